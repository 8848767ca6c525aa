import Foundation
import Testing

@testable import CCHCCore

@Suite struct SearchTextTests {
  @Test func tokenisesWordsAndNumbers() {
    #expect(
      SearchText.tokens("Thủ tục đăng ký khai sinh (mã 1.001193)") == ["thủ", "tục", "đăng", "ký", "khai", "sinh", "mã", "1", "001193"])
    #expect(SearchText.tokens("ĐĂNG KÝ, kết hôn!") == ["đăng", "ký", "kết", "hôn"])
    #expect(SearchText.tokens("Đăng ký".decomposedStringWithCanonicalMapping) == ["đăng", "ký"])
  }

  @Test(arguments: [
    ("ký", "ki"), ("kí", "ki"), ("lý", "li"), ("quy", "qui"), ("Quý", "qui"), ("thủy", "thuy"), ("tay", "tay"),
    ("yên", "yen"), ("đất", "dat"), ("Đai", "dai"), ("my", "mi"),
  ])
  func keysFoldAndMergeFinalY(token: String, key: String) {
    #expect(SearchText.key(token) == key)
  }

  @Test func tonePlacementComparesEqual() {
    #expect(SearchText.toneNormalized("hoà") == SearchText.toneNormalized("hòa"))
    #expect(SearchText.toneNormalized("thuỷ") == SearchText.toneNormalized("thủy"))
    #expect(SearchText.toneNormalized("ký") == SearchText.toneNormalized("kí"))
    #expect(SearchText.toneNormalized("hộ") != SearchText.toneNormalized("hồ"))
    #expect(SearchText.toneNormalized("đăng") != SearchText.toneNormalized("dang"))
  }

  @Test(arguments: [
    ("ddawng", "đăng"), ("kys", "ký"), ("chuwngs", "chứng"), ("thuwcj", "thực"), ("hoon", "hôn"), ("vieetj", "việt"),
  ])
  func readsTelex(typed: String, word: String) throws {
    let decoded = try #require(SearchText.telex(typed))
    #expect(SearchText.toneNormalized(decoded) == SearchText.toneNormalized(word))
  }

  @Test func plainWordsAreNotTelex() {
    #expect(SearchText.telex("khai") == nil)
    #expect(SearchText.telex("sinh") == nil)
    #expect(SearchText.telex("đăng") == nil)
  }

  @Test func regionalSpellingsShareAKey() {
    #expect(SearchText.regional("xac") == SearchText.regional("sac"))
    #expect(SearchText.regional("tro") == SearchText.regional("cho"))
    #expect(SearchText.regional("khai") == "khai")
  }

  @Test func marksAreDetected() {
    #expect(SearchText.hasMarks("hộ"))
    #expect(SearchText.hasMarks("đat"))
    #expect(!SearchText.hasMarks("ho tich"))
  }
}

@Suite struct SearchKeysTests {
  @Test(arguments: [
    "Thủ tục đăng ký khai sinh (mã 1.001193), QUÝ IV – thủy lợi, yên ổn; ĐẤT ĐAI!",
    "Người dân quy định lý lịch kỹ thuật my ty hy, tay thuỷ",
    "D\u{0323}ie\u{0302}\u{0301}p va\u{0300} ca\u{0301}c",
    "中文 và tiếng Việt, Ελληνικά, ǅemal × 3½",
    "a \u{0301}b, \u{0300}",
    "",
  ])
  func keysMatchTokensThroughKey(text: String) {
    #expect(SearchText.keys(text) == SearchText.tokens(text).map(SearchText.key))
  }
}

@Suite struct NativeTextTests {
  @Test func punctuationTrimmingMatchesFoundation() {
    let set = CharacterSet.punctuationCharacters.union(.whitespaces)
    for value in Array(0x20...0x2FFF) + Array(0x3000...0x303F) + Array(0xFF00...0xFF65) {
      // Foundation's tables predate the punctuation added in Unicode 14 and later.
      guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age, age.major < 14 else { continue }
      let text = "a\(scalar)"
      #expect(text.trimmingPunctuationAndSpaces == text.trimmingCharacters(in: set), "U+\(String(value, radix: 16))")
    }
    #expect("…Thủ tục, ".trimmingPunctuationAndSpaces == "Thủ tục")
  }

  @Test func trimmingMatchesFoundation() {
    // Not U+200B: Foundation trims the zero-width space, which Unicode does not count as white space.
    let ends = ["a", "Đ", "\u{0301}", " ", "\t", "\n", "\r\n", "\u{00A0}", "\u{2003}", "\u{3000}", ".", "~", "\u{7F}", "e\u{0301}", ""]
    for head in ends {
      for tail in ends {
        let text = head + "Thủ tục hành chính" + tail
        #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(Array(text.unicodeScalars))")
      }
    }
  }

  @Test func percentEncodingMatchesFoundation() {
    for text in ["tep/Biểu mẫu số 1.docx", "a b&c=d?e#f/g", "đơn_đăng-ký~(1).pdf", "100%", "日本"] {
      #expect(
        URLSafety.percentEncode(text, keeping: URLSafety.isPathSegmentAllowed)
          == text.addingPercentEncoding(withAllowedCharacters: .urlPathSegmentAllowed))
      let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
      #expect(
        URLSafety.percentEncode(text, keeping: URLSafety.isUnreserved) == text.addingPercentEncoding(withAllowedCharacters: unreserved))
    }
  }
}
