import CCHCCore
import Foundation
import Testing

@testable import CCHCSite

@Suite struct SearchIndexTests {
  @Test func keyFileNamesAreSafe() {
    #expect(SearchIndexBuilder.fileName(forKey: "khai") == "khai")
    #expect(SearchIndexBuilder.fileName(forKey: "中") == "xe4b8ad")
  }

  @Test func keysSortInJavaScriptOrder() {
    let keys = ["b", "a", "Z", "é", "e"].sorted(by: SearchIndexBuilder.codeUnitOrder)
    #expect(keys == ["Z", "a", "b", "e", "é"])
  }

  @Test func vocabularyRenumbersInSortedOrder() {
    var vocabulary = Vocabulary()
    let name = vocabulary.ids(SearchText.tokens("Đăng ký khai sinh"))
    let other = vocabulary.uniqueIds(SearchText.tokens("khai tử, đăng ký"))
    let (keys, remap) = vocabulary.sorted()
    #expect(keys == ["dang", "khai", "ki", "sinh", "tu"])
    #expect(remap(name).map { keys[$0] } == ["dang", "ki", "khai", "sinh"])
    #expect(Set(remap(other).map { keys[$0] }) == ["dang", "ki", "khai", "tu"])
  }

  @Test func indexJSONNeverCarriesMarkup() {
    let data = JSONWriter.data(["<script>alert(1)</script> & ]]>"])
    let text = String(decoding: data, as: UTF8.self)
    #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
    let back = try? JSONSerialization.jsonObject(with: data) as? [String]
    #expect(back == ["<script>alert(1)</script> & ]]>"])
  }
}

@Suite struct QueryVocabularyTests {
  @Test func keepsOnlyTermsTheIndexCanMatch() {
    var diagnostics = Diagnostics()
    let vocabulary = SearchVocabulary.parse(
      """
      Sổ Đỏ, sổ hồng = giấy chứng nhận quyền sử dụng đất, bằng lái
      hộ khẩu = thường trú
      """, path: "x", diagnostics: &diagnostics)
    let known: Set<String> = ["giai", "chung", "nhan", "quyen", "su", "dung", "dat", "giay"]
    #expect(QueryVocabulary.synonyms(vocabulary, known: known) == [[["sổ đỏ", "sổ hồng"], ["giay chung nhan quyen su dung dat"]]])
  }

  @Test func functionWordsThatAreAlsoWordsOfTheIndexNeedTheirMarks() {
    var diagnostics = Diagnostics()
    let vocabulary = SearchVocabulary.parse("bỏ qua: Xin, cần, ở đâu, xin, hỏi", path: "x", diagnostics: &diagnostics)
    let words = QueryVocabulary.functionWords(vocabulary, among: ["Công nhận hộ cận nghèo", "Xin phép", "Hội nghị"])
    #expect(words.always == ["xin", "ở đâu"])
    #expect(words.marked == ["cần", "hỏi"])
  }

  @Test func partsByTheStartOfTheFirstKey() {
    let parts = QueryVocabulary.shards(
      synonyms: [[["sổ đỏ", "bìa đỏ", "đất"], ["giay chung nhan"]]], functionWords: (always: ["xin", "ở đâu"], marked: ["cần"]))
    #expect(parts.map(\.0) == ["bi", "ca", "da", "o", "so", "xi"])
    #expect(parts[0].1 == .init(syn: [[["bìa đỏ"], ["giay chung nhan"]]], stop: [], stopMarked: []))
    #expect(parts[2].1.syn == [[["đất"], ["giay chung nhan"]]])
    #expect(parts[1].1 == .init(syn: [], stop: [], stopMarked: ["cần"]))
    #expect(QueryVocabulary.letter(of: "中文") == "_")
  }
}

@Suite struct TypedJSONTests {
  @Test func typedValuesAreWrittenLikeTheUntypedWriter() {
    let rows = [
      ProcedureIndex.Row(code: "1.001193", name: "Khai <sinh> & \u{2028}\"x\"/y", field: 2, levels: [0, 1], online: -1, status: 0)
    ]
    let typed = JSONWriter.data(
      encoding: ProcedureIndex.Table(
        fields: [["Hộ tịch", "ho-tich"]], levels: ["Cấp xã"], procs: rows, withdrawn: [["1.000748", "QĐ <1>", "", ""]]))
    let untyped = JSONWriter.data(
      [
        "fields": [["Hộ tịch", "ho-tich"]], "levels": ["Cấp xã"],
        "procs": [["1.001193", "Khai <sinh> & \u{2028}\"x\"/y", 2, [0, 1], -1, 0]],
        "withdrawn": [["1.000748", "QĐ <1>", "", ""]],
      ])
    #expect(String(decoding: typed, as: UTF8.self) == String(decoding: untyped, as: UTF8.self))
    #expect(!String(decoding: typed, as: UTF8.self).contains("<"))
  }
}
