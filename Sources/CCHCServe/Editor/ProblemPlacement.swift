import CCHCCore

/// Puts each problem the build found in a file next to the form field it is about: the key
/// the message names when the file lacks it, else the key (and row of a group) whose lines
/// hold the problem's line, else the body; anything else goes to the page's summary only.
enum ProblemPlacement {
  /// A problem for the summary, with the id of the field it links to.
  struct Placed {
    var message: String
    var field: String?
  }

  /// Problems of `text` (a file of `fields`) by form name, and in the order of the file.
  static func place(
    _ problems: [ContentError], text: String, fields: [ContentSchema.Field]
  ) -> (
    byField: EditorViews.Problems, all: [Placed]
  ) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let frontEnd = lines.dropFirst().firstIndex(of: "---").map { $0 + 1 } ?? 1  // 1-based line of the closing `---`
    let front = Array(lines[1..<max(1, frontEnd - 1)])
    var byField: EditorViews.Problems = [:]
    var all: [Placed] = []
    for problem in problems.sorted(by: { $0.line < $1.line }) {
      let name = fieldName(of: problem, front: front, frontEnd: frontEnd, fields: fields)
      if let name { byField[name, default: []].append(problem.message) }
      var shown = problem.message
      if let name, let label = label(of: name, fields: fields) { shown = label + ": " + problem.message }
      all.append(Placed(message: shown, field: name.map(fieldID)))
    }
    return (byField, all)
  }

  static func fieldName(of problem: ContentError, front: [String], frontEnd: Int, fields: [ContentSchema.Field]) -> String? {
    let quoted = quotedWords(problem.message)
    let keys = fields.map(\.key)
    if let missing = quoted.first(where: { keys.contains($0) && FrontMatterText.block(of: $0, in: front) == nil }) {
      return missing
    }
    if problem.line > frontEnd { return "noi_dung" }
    let index = problem.line - 2  // front line 1 is file line 2
    guard index >= 0, let field = fields.first(where: { FrontMatterText.block(of: $0.key, in: front)?.contains(index) ?? false }),
      let block = FrontMatterText.block(of: field.key, in: front)
    else { return nil }
    guard case .rows(let subfields, _) = field.input else {
      if case .record(let subfields, _) = field.input, let sub = quoted.first(where: { subfields.map(\.key).contains($0) }) {
        return "\(field.key).0.\(sub)"
      }
      return field.key
    }
    // Rows start with "- " at the list's own indentation.
    let dash =
      front[block].dropFirst().first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- ") })
      .map { $0.prefix { $0 == " " }.count } ?? 0
    let row =
      front[block.lowerBound...index].filter { $0.prefix { $0 == " " }.count == dash && $0.dropFirst(dash).hasPrefix("- ") }.count - 1
    guard row >= 0 else { return field.key }
    let sub = quoted.first { subfields.map(\.key).contains($0) && $0 != field.key } ?? quoted.first { subfields.map(\.key).contains($0) }
    return sub.map { "\(field.key).\(row).\($0)" } ?? field.key
  }

  /// The HTML id of a field's input (`cach_thuc.1.phi_le_phi` → `f-cach_thuc-1-phi_le_phi`).
  static func fieldID(_ name: String) -> String {
    name == "noi_dung" ? name : "f-" + name.replacingOccurrences(of: ".", with: "-")
  }

  /// The words a message puts in double quotes.
  static func quotedWords(_ message: String) -> [String] {
    message.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
  }

  /// The label of a form name (`cach_thuc.1.phi_le_phi` → "Cách thức thực hiện, dòng 2, Phí, lệ phí").
  static func label(of name: String, fields: [ContentSchema.Field]) -> String? {
    if name == "noi_dung" { return "Nội dung" }
    let parts = name.split(separator: ".").map(String.init)
    guard let field = fields.first(where: { $0.key == parts[0] }) else { return nil }
    guard parts.count == 3, let row = Int(parts[1]) else { return field.label }
    switch field.input {
    case .rows(let subfields, _):
      return "\(field.label), dòng \(row + 1)" + (subfields.first { $0.key == parts[2] }.map { ", \($0.label)" } ?? "")
    case .record(let subfields, _):
      return field.label + (subfields.first { $0.key == parts[2] }.map { ", \($0.label)" } ?? "")
    default: return field.label
    }
  }
}
