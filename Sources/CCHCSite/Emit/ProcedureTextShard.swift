import CCHCCore
import Foundation

/// The weaker text of every procedure as search keys: its details (mô tả, đối tượng, cơ quan,
/// thời hạn), and its text: the Markdown body (thành phần hồ sơ, trình tự…) and the descriptions
/// of its ways of filing. Written as `tim-kiem/thu-tuc-noi-dung.<hash>.json`, `{"keys": [sorted
/// keys], "details": [[key numbers], …], "docs": [[key numbers], …]}` in the order of the main index. The client loads it only when
/// the names, keywords and results give too few results, so the first download stays small.
struct ProcedureTextShard {
  /// The file.
  let file: OutputFile
  /// Every key it holds.
  let keys: [String]

  init(procedures: [RenderedProcedure]) {
    let perProcedure = ParallelMap.map(procedures) { rendered -> (details: [String], text: [String]) in
      (Array(Set(SearchText.keys(Self.details(of: rendered.document)))), Array(Set(SearchText.keys(Self.text(of: rendered)))))
    }
    let keys = Set(perProcedure.flatMap { $0.details + $0.text }).sorted(by: SearchIndexBuilder.codeUnitOrder)
    let number = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
    let numbers: ([String]) -> [Int] = { $0.map { number[$0]! }.sorted() }
    self.keys = keys
    let data = Self.json(keys: keys, details: perProcedure.map { numbers($0.details) }, docs: perProcedure.map { numbers($0.text) })
    self.file = OutputFile(path: OutputPaths.searchFile("thu-tuc-noi-dung", hash: ContentHash.hex(data).prefix(8)), contents: .data(data))
  }

  /// The file's JSON, `{"details": …, "docs": …, "keys": …}` (keys in order), written directly:
  /// hundreds of thousands of numbers.
  static func json(keys: [String], details: [[Int]], docs: [[Int]]) -> Data {
    var out: [UInt8] = []
    out.reserveCapacity((details.count + docs.count) * 256)
    func lists(_ name: String, _ lists: [[Int]]) {
      out.append(contentsOf: "\"\(name)\":[".utf8)
      for (index, list) in lists.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        out.append(contentsOf: JSONWriter.data(integers: list))
      }
      out.append(UInt8(ascii: "]"))
    }
    out.append(UInt8(ascii: "{"))
    lists("details", details)
    out.append(UInt8(ascii: ","))
    lists("docs", docs)
    out.append(contentsOf: ",\"keys\":".utf8)
    JSONWriter.write(.strings(keys), to: &out)
    out.append(UInt8(ascii: "}"))
    return Data(out)
  }

  /// A procedure's details: description, subjects, agency, deadline.
  static func details(of p: Procedure) -> String {
    ([p.description] + p.subjects.map(Optional.some) + [p.agency, p.deadline]).compactMap { $0 }.joined(separator: " ")
  }

  /// A procedure's text: its body and the descriptions of its ways of filing.
  static func text(of rendered: RenderedProcedure) -> String {
    ([rendered.body.text] + rendered.document.ways.compactMap(\.description)).joined(separator: " ")
  }
}
