import Foundation
import Yams

/// Edits the text of a content file key by key: a key whose value changes has its lines
/// replaced (written by Yams), a new key goes after the keys that come before it in the
/// content format's order, every other line (other keys, comments) and the body stay as
/// written, so that diffs under version control show only what changed.
public enum FrontMatterText {
  /// A top-level key and its new value; nil removes the key.
  public typealias Entry = (key: String, value: Node?)

  /// Front matter (without its `---` lines) and body (everything after the closing `---` line).
  public static func split(_ text: String) -> (front: String, body: String)? {
    guard text.hasPrefix("---\n") else { return nil }
    let rest = text.dropFirst(4)
    if rest.hasPrefix("---\n") { return ("", String(rest.dropFirst(4))) }
    guard let close = rest.range(of: "\n---\n") else {
      return rest.hasSuffix("\n---") ? (String(rest.dropLast(4)), "") : nil
    }
    return (String(rest[..<close.lowerBound]), String(rest[close.upperBound...]))
  }

  /// One key as YAML lines, each ending with a line break. Strings are plain where YAML reads
  /// them back as the same text, quoted otherwise; text of several lines is a literal block.
  /// With `indentsLists`, a list is indented under its key (`  - item`), as people write it.
  public static func yaml(_ key: String, _ value: Node, indentsLists: Bool = false) -> String {
    let text = (try? Yams.serialize(node: Node([(Node(key), styled(value))]), width: -1, allowUnicode: true)) ?? ""
    guard indentsLists, value.sequence != nil else { return text }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for index in lines.indices.dropFirst() where !lines[index].isEmpty { lines[index] = "  " + lines[index] }
    return lines.joined(separator: "\n")
  }

  /// `node` with scalars styled for reading: several lines as a literal block, words YAML
  /// would read as empty (`null`, `~`) quoted.
  static func styled(_ node: Node) -> Node {
    switch node {
    case .scalar(let scalar):
      if scalar.string.contains("\n") { return Node(scalar.string, .implicit, .literal) }
      if ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return Node(scalar.string, .implicit, .doubleQuoted) }
      return node
    case .sequence(let sequence): return Node(sequence.map(styled))
    case .mapping(let mapping): return Node(mapping.map { (styled($0.key), styled($0.value)) })
    case .alias: return node
    }
  }

  /// A new file: the entries in `order`, then the body after one empty line.
  public static func compose(_ entries: [Entry], order: [String], body: String, indentsLists: Bool = false) -> String {
    let present = entries.compactMap { entry in entry.value.map { (entry.key, $0) } }
    let sorted = present.sorted { rank($0.0, order) < rank($1.0, order) }
    let trimmedBody = body.hasSuffix("\n") || body.isEmpty ? body : body + "\n"
    return "---\n" + sorted.map { yaml($0.0, $0.1, indentsLists: indentsLists) }.joined() + "---\n\n" + trimmedBody
  }

  /// `front` with each entry applied: a changed key's lines replaced, a removed key's lines
  /// dropped, a new key inserted after the last present key that `order` puts before it.
  public static func update(_ front: String, with entries: [Entry], order: [String], indentsLists: Bool = false) -> String {
    var lines = front.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    for entry in entries {
      let newLines = entry.value.map { yaml(entry.key, $0, indentsLists: indentsLists).split(separator: "\n").map(String.init) } ?? []
      if let range = block(of: entry.key, in: lines) {
        lines.replaceSubrange(range, with: newLines)
      } else if !newLines.isEmpty {
        lines.insert(contentsOf: newLines, at: insertionLine(for: entry.key, in: lines, order: order))
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The line a new key goes to: after the block of the nearest earlier key in `order`, else
  /// before the first later key, else at the end.
  static func insertionLine(for key: String, in lines: [String], order: [String]) -> Int {
    let position = rank(key, order)
    let present = order.filter { block(of: $0, in: lines) != nil }
    if let before = present.last(where: { rank($0, order) < position }), let range = block(of: before, in: lines) {
      return range.upperBound
    }
    if let after = present.first(where: { rank($0, order) > position }), let range = block(of: after, in: lines) {
      return range.lowerBound
    }
    return lines.count
  }

  /// Rewrites in place each scalar of `old` whose text differs in `new`, keeping its quoting,
  /// when both values have the same shape and each such scalar is the rest of its line.
  /// Returns false, lines untouched, otherwise. `old` carries its marks in `lines`.
  public static func patch(_ lines: inout [String], old: Node, new: Node) -> Bool {
    guard let changes = changedScalars(old, new) else { return false }
    var patched = lines
    for (scalar, text) in changes {
      guard let mark = scalar.mark, mark.line >= 1, mark.line <= patched.count else { return false }
      let line = Array(patched[mark.line - 1].unicodeScalars)
      guard mark.column >= 1, mark.column <= line.count else { return false }
      let rest = String(String.UnicodeScalarView(line[(mark.column - 1)...])).trimmingCharacters(in: .whitespaces)
      let style: Node.Scalar.Style = scalar.style == .plain ? .any : scalar.style
      guard rest == inline(Node.Scalar(scalar.string, .implicit, scalar.style)),
        let written = inline(Node.Scalar(text, .implicit, style))
      else { return false }
      patched[mark.line - 1] = String(String.UnicodeScalarView(line[..<(mark.column - 1)])) + written
    }
    lines = patched
    return true
  }

  /// The scalars of `old` whose text `new` changes, with the new text; nil when the shapes differ.
  static func changedScalars(_ old: Node, _ new: Node) -> [(Node.Scalar, String)]? {
    switch (old, new) {
    case (.scalar(let a), .scalar(let b)): return a.string == b.string ? [] : [(a, b.string)]
    case (.sequence(let a), .sequence(let b)):
      guard a.count == b.count else { return nil }
      var all: [(Node.Scalar, String)] = []
      for (x, y) in zip(a, b) {
        guard let changes = changedScalars(x, y) else { return nil }
        all += changes
      }
      return all
    case (.mapping(let a), .mapping(let b)):
      guard a.keys.map(\.scalar?.string) == b.keys.map(\.scalar?.string) else { return nil }
      var all: [(Node.Scalar, String)] = []
      for (x, y) in zip(a.values, b.values) {
        guard let changes = changedScalars(x, y) else { return nil }
        all += changes
      }
      return all
    default: return nil
    }
  }

  /// A one-line scalar as YAML writes it after `key: `; nil when it takes several lines.
  static func inline(_ scalar: Node.Scalar) -> String? {
    guard !scalar.string.contains("\n"),
      let text = try? Yams.serialize(node: Node([(Node("k"), .scalar(scalar))]), width: -1, allowUnicode: true),
      text.hasPrefix("k: "), text.hasSuffix("\n")
    else { return nil }
    let value = text.dropFirst(3).dropLast()
    return value.contains("\n") ? nil : String(value)
  }

  /// Where `key` comes in `order` (keys it does not name come last).
  public static func rank(_ key: String, _ order: [String]) -> Int { order.firstIndex(of: key) ?? order.count }

  /// The lines of a top-level key: its line and the indented, list or empty lines after it
  /// (trailing empty lines excluded).
  public static func block(of key: String, in lines: [String]) -> Range<Int>? {
    guard let start = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else { return nil }
    var end = start + 1
    while end < lines.count, lines[end].isEmpty || lines[end].first == " " || lines[end].first == "\t" || lines[end].hasPrefix("- ") {
      end += 1
    }
    while end > start + 1, lines[end - 1].trimmingCharacters(in: .whitespaces).isEmpty { end -= 1 }
    return start..<end
  }

  /// A value as comparable text: scalars trimmed, lists and mappings in order.
  public static func canonical(_ node: Node?) -> String {
    guard let node else { return "∅" }
    switch node {
    case .scalar(let scalar): return "s:" + scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
    case .sequence(let sequence): return "[" + sequence.map { canonical($0) }.joined(separator: ",") + "]"
    case .mapping(let mapping): return "{" + mapping.map { canonical($0.key) + ":" + canonical($0.value) }.joined(separator: ",") + "}"
    case .alias: return "alias"
    }
  }
}
