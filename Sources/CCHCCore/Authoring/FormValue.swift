import Foundation
import Yams

/// What a form shows for one field, read from a file or from a submitted form, normalised so
/// that two values are equal exactly when they mean the same: text trimmed, empty text and
/// unticked boxes absent, empty lines and empty rows dropped.
public indirect enum FormValue: Equatable, Sendable {
  /// Text, a date (`YYYY-MM-DD`), a date and time (`YYYY-MM-DD HH:MM`), a number or a choice.
  case text(String)
  /// A ticked box.
  case flag
  /// Several texts (lines, categories).
  case list([String])
  /// Rows of sub-fields (one row for a record).
  case rows([[String: FormValue]])

  /// The text, or "" when the value is not text.
  public var text: String {
    if case .text(let text) = self { return text }
    return ""
  }

  /// The texts of a list (a text is a list of one).
  public var items: [String] {
    switch self {
    case .list(let items): return items
    case .text(let text): return [text]
    default: return []
    }
  }

  /// The rows of a group.
  public var rows: [[String: FormValue]] {
    if case .rows(let rows) = self { return rows }
    return []
  }
}

/// Reads values from front matter and submitted forms, and writes them back as YAML nodes.
public enum FormValues {
  /// The values of `fields` in a front-matter mapping, and the keys whose value the form
  /// cannot show (a list where text is expected, …): those are left as written.
  public static func read(
    _ mapping: Node.Mapping?, fields: [ContentSchema.Field]
  ) -> (
    values: [String: FormValue], kept: Set<String>
  ) {
    var values: [String: FormValue] = [:]
    var kept: Set<String> = []
    for field in fields {
      guard let node = mapping?[field.key] else { continue }
      switch value(of: node, input: field.input) {
      case .some(.some(let value)): values[field.key] = value
      case .some(.none): break
      case .none: kept.insert(field.key)
      }
    }
    return (values, kept)
  }

  /// The value of a node for an input: nil when the form cannot show it, `.some(nil)` when absent.
  static func value(of node: Node, input: ContentSchema.Input) -> FormValue?? {
    if FieldReader.isAbsent(node) { return .some(nil) }
    switch input {
    case .text, .paragraph, .number, .choice, .file, .date:
      guard let text = node.scalar?.string else { return nil }
      return .some(normalised(.text(text)))
    case .dateTime:
      guard let text = node.scalar?.string else { return nil }
      return .some(.text(shownDateTime(text)))
    case .flag:
      guard let text = node.scalar?.string.lowercased() else { return nil }
      switch text {
      case "true", "yes", "on", "có", "co": return .some(.flag)
      case "false", "no", "off", "không", "khong": return .some(nil)
      default: return nil
      }
    case .lines, .categories:
      if let text = node.scalar?.string { return .some(normalised(.list([text]))) }
      guard let sequence = node.sequence, sequence.allSatisfy({ $0.scalar != nil }) else { return nil }
      return .some(normalised(.list(sequence.compactMap { $0.scalar?.string })))
    case .rows(let fields, let scalarKey):
      guard let sequence = node.sequence else { return nil }
      var rows: [[String: FormValue]] = []
      for element in sequence {
        guard let row = row(of: element, fields: fields, scalarKey: scalarKey) else { return nil }
        rows.append(row)
      }
      return .some(normalised(.rows(rows)))
    case .record(let fields, let scalarKey):
      guard let row = row(of: node, fields: fields, scalarKey: scalarKey) else { return nil }
      return .some(normalised(.rows([row])))
    }
  }

  /// One row of a group from a mapping (or a text, when the group takes one).
  static func row(of node: Node, fields: [ContentSchema.Field], scalarKey: String?) -> [String: FormValue]? {
    if let text = node.scalar?.string, let scalarKey { return [scalarKey: .text(text)] }
    guard let mapping = node.mapping else { return nil }
    let known = Set(fields.map(\.key))
    guard mapping.keys.allSatisfy({ $0.scalar.map { known.contains($0.string) } ?? false }) else { return nil }
    let (values, kept) = read(mapping, fields: fields)
    return kept.isEmpty ? values : nil
  }

  /// `2026-11-20T08:00:00+07:00` as the form shows it: `2026-11-20 08:00`.
  public static func shownDateTime(_ written: String) -> String {
    let text = written.trimmingCharacters(in: .whitespaces)
    let utf8 = Array(text.utf8)
    guard utf8.count >= 16, utf8[10] == UInt8(ascii: " ") || utf8[10] == UInt8(ascii: "T") else { return text }
    return String(decoding: utf8[0..<10], as: UTF8.self) + " " + String(decoding: utf8[11..<16], as: UTF8.self)
  }

  /// A value without empty parts; nil when nothing is left.
  public static func normalised(_ value: FormValue) -> FormValue? {
    switch value {
    case .text(let text):
      let trimmed = text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
      return FieldReader.isEmptyText(trimmed) ? nil : .text(trimmed)
    case .flag: return .flag
    case .list(let items):
      let kept = items.compactMap { normalised(.text($0))?.text }
      return kept.isEmpty ? nil : .list(kept)
    case .rows(let rows):
      let kept = rows.map { $0.compactMapValues(normalised) }.filter { !$0.isEmpty }
      return kept.isEmpty ? nil : .rows(kept)
    }
  }

  /// The values a submitted form holds for `fields`. Names: `key` (several for categories),
  /// `key__gio` for the time of a date and time, `key.N.sub` for the rows of a group.
  public static func submitted(_ pairs: [(String, String)], fields: [ContentSchema.Field]) -> [String: FormValue] {
    var all: [String: [String]] = [:]
    for (name, value) in pairs { all[name, default: []].append(value) }
    return submitted(all, prefix: "", fields: fields)
  }

  static func submitted(_ all: [String: [String]], prefix: String, fields: [ContentSchema.Field]) -> [String: FormValue] {
    var values: [String: FormValue] = [:]
    for field in fields {
      let name = prefix + field.key
      let first = all[name]?.first ?? ""
      let raw: FormValue
      switch field.input {
      case .text, .paragraph, .number, .choice, .file, .date: raw = .text(first)
      case .dateTime:
        let time = (all[name + "__gio"]?.first ?? "").trimmingCharacters(in: .whitespaces)
        raw = .text(first.isEmpty || time.isEmpty ? first : first + " " + time.prefix(5))
      case .flag:
        guard !first.isEmpty else { continue }
        raw = .flag
      case .lines: raw = .list(first.components(separatedBy: .newlines))
      case .categories: raw = .list(all[name] ?? [])
      case .rows(let subfields, _), .record(let subfields, _):
        let indexes = Set(
          all.keys.compactMap { key -> Int? in
            guard key.hasPrefix(name + ".") else { return nil }
            return Int(key.dropFirst(name.count + 1).prefix { $0 != "." })
          }
        ).sorted()
        raw = .rows(indexes.map { submitted(all, prefix: "\(name).\($0).", fields: subfields) })
      }
      if let value = normalised(raw) { values[field.key] = value }
    }
    return values
  }

  /// The YAML node of a value. `original` (the node in the file) keeps its shape: a list
  /// stays a list, a text stays a text where it still can.
  public static func node(_ value: FormValue, input: ContentSchema.Input, original: Node?) -> Node {
    switch (value, input) {
    case (.flag, _): return Node("true")
    case (.list(let items), _):
      if items.count == 1, original?.sequence == nil { return Node(items[0]) }
      return Node(items.map { Node($0) })
    case (.rows(let rows), .rows(let fields, let scalarKey)):
      let originals = original?.sequence.map(Array.init) ?? []
      return Node(
        rows.enumerated().map { index, row in
          rowNode(row, fields: fields, scalarKey: scalarKey, original: index < originals.count ? originals[index] : nil)
        })
    case (.rows(let rows), .record(let fields, let scalarKey)):
      return rowNode(rows.first ?? [:], fields: fields, scalarKey: scalarKey, original: original)
    default:
      return Node(value.text)
    }
  }

  static func rowNode(
    _ row: [String: FormValue], fields: [ContentSchema.Field], scalarKey: String?, original: Node?
  )
    -> Node
  {
    if let scalarKey, row.count == 1, let text = row[scalarKey]?.text, original?.mapping == nil { return Node(text) }
    return Node(
      fields.compactMap { field in
        row[field.key].map { (Node(field.key), node($0, input: field.input, original: original?.mapping?[field.key])) }
      })
  }
}
