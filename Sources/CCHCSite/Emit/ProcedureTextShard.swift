import CCHCCore

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
    self.file = ProcedureIndex.file(
      "thu-tuc-noi-dung",
      Contents(keys: keys, details: perProcedure.map { numbers($0.details) }, docs: perProcedure.map { numbers($0.text) }))
  }

  /// The file's contents.
  struct Contents: Encodable {
    var keys: [String]
    var details: [[Int]]
    var docs: [[Int]]
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
