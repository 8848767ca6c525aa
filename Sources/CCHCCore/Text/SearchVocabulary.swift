import Foundation

/// The everyday vocabulary that procedure search expands queries with: what people say
/// ("sổ đỏ", "hộ khẩu") mapped to the official terms ("giấy chứng nhận quyền sử dụng đất",
/// "thường trú"), and the function words of a question that carry no meaning ("xin", "ở đâu").
///
/// The text format, one entry per line (`#` starts a comment line):
/// - `sổ đỏ, sổ hồng = giấy chứng nhận quyền sử dụng đất`: phrases people type, separated by
///   commas, `=`, then the official terms, separated by commas;
/// - `bỏ qua: xin, làm, ở đâu`: words and phrases that count for little in a query.
///
/// cchc ships one (`Resources/tu-dien-tim-kiem.txt`, built into the binary); a site adds its
/// own in `content/tu-dien-tim-kiem.txt`.
public struct SearchVocabulary: Sendable, Equatable {
  /// One line `phrases = terms`.
  public struct Entry: Sendable, Equatable {
    /// What people type, as written.
    public var phrases: [String]
    /// The official terms they stand for, as written.
    public var terms: [String]
  }

  /// Entries in file order (the built-in ones first).
  public var entries: [Entry] = []
  /// Function words and phrases, as written.
  public var ignored: [String] = []

  /// An empty vocabulary.
  public init() {}

  /// The name of a site's own vocabulary file in the content folder.
  public static let siteFileName = "tu-dien-tim-kiem.txt"

  /// The vocabulary that ships with cchc.
  public static let builtIn: SearchVocabulary = {
    var diagnostics = Diagnostics()
    let text = String(decoding: PackageResources.tu_dien_tim_kiem_txt, as: UTF8.self)
    return parse(text, path: "tu-dien-tim-kiem.txt", diagnostics: &diagnostics)
  }()

  /// Reads the text format; every malformed line is reported with its number.
  public static func parse(_ text: String, path: String, diagnostics: inout Diagnostics) -> SearchVocabulary {
    var vocabulary = SearchVocabulary()
    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmed
      if line.isEmpty || line.hasPrefix("#") { continue }
      if let rest = ignoredList(line) {
        let words = items(rest)
        if words.isEmpty {
          diagnostics.error(path, offset + 1, "vocabulary-line", "dòng “bỏ qua:” không có từ nào sau dấu hai chấm")
        }
        vocabulary.ignored += words
        continue
      }
      let sides = line.split(separator: "=", omittingEmptySubsequences: false)
      guard sides.count == 2 else {
        diagnostics.error(
          path, offset + 1, "vocabulary-line",
          sides.count == 1
            ? "dòng thiếu dấu “=”: viết “cách người dân nói = từ chính thức”, ví dụ “sổ đỏ, sổ hồng = giấy chứng nhận quyền sử dụng đất”"
            : "dòng có nhiều hơn một dấu “=”: mỗi dòng chỉ một mục “cách người dân nói = từ chính thức”")
        continue
      }
      let (phrases, terms) = (items(sides[0]), items(sides[1]))
      guard !phrases.isEmpty, !terms.isEmpty else {
        diagnostics.error(
          path, offset + 1, "vocabulary-line",
          phrases.isEmpty
            ? "thiếu cách người dân nói ở bên trái dấu “=”"
            : "thiếu từ chính thức ở bên phải dấu “=”")
        continue
      }
      vocabulary.entries.append(Entry(phrases: phrases, terms: terms))
    }
    return vocabulary
  }

  /// This vocabulary followed by another's entries and function words.
  public func adding(_ other: SearchVocabulary) -> SearchVocabulary {
    var merged = self
    merged.entries += other.entries
    merged.ignored += other.ignored
    return merged
  }

  /// The text after `bỏ qua:` (diacritics and case as typed or not), nil for other lines.
  static func ignoredList(_ line: String) -> Substring? {
    guard let colon = line.firstIndex(of: ":") else { return nil }
    let head = SearchText.tokens(String(line[..<colon])).map(SearchText.key)
    return head == ["bo", "qua"] ? line[line.index(after: colon)...] : nil
  }

  /// Comma-separated items, trimmed, empty ones dropped, each with at least one word.
  static func items(_ text: Substring) -> [String] {
    text.split(separator: ",").map { String($0).trimmed }.filter { !SearchText.tokens($0).isEmpty }
  }
}
