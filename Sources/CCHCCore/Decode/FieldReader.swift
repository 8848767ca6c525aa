import Foundation
import Yams

/// Reads typed fields from one front-matter mapping, reporting every problem with its line.
///
/// Each accessor marks its key as known; `finish()` then warns about unknown keys and
/// suggests the nearest known one.
public struct FieldReader {
  let mapping: Node.Mapping
  /// Each key's node and value, by key text (the first one when a key repeats).
  let entries: [String: (key: Node, value: Node)]
  let path: String
  let lineOffset: Int
  let fallbackLine: Int
  var known: [String] = []
  /// Problems found so far.
  public var diagnostics = Diagnostics()

  /// Creates a reader for `mapping`, whose line 1 is line `lineOffset` of the file.
  public init(mapping: Node.Mapping, path: String, lineOffset: Int) {
    self.mapping = mapping
    var entries: [String: (key: Node, value: Node)] = [:]
    entries.reserveCapacity(mapping.count)
    for (key, value) in mapping {
      if let text = key.scalar?.string, entries[text] == nil { entries[text] = (key, value) }
    }
    self.entries = entries
    self.path = path
    self.lineOffset = lineOffset
    self.fallbackLine = lineOffset + (mapping.mark.map { $0.line - 1 } ?? 0)
  }

  /// The file line of a node.
  public func line(of node: Node?) -> Int {
    guard let mark = node?.mark else { return fallbackLine }
    return lineOffset + mark.line - 1
  }

  /// The key node and value of `key`.
  func entry(_ key: String) -> (key: Node, value: Node)? {
    entries[key]
  }

  /// The line of a key, or of the mapping when absent.
  public func line(ofKey key: String) -> Int {
    line(of: entry(key)?.key)
  }

  mutating func error(_ node: Node?, _ code: String, _ message: String) {
    diagnostics.error(path, line(of: node), code, message)
  }

  /// Whether a value counts as absent: null, empty, or "Không có thông tin".
  static func isAbsent(_ node: Node) -> Bool {
    if let scalar = node.scalar {
      if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return true }
      return isEmptyText(scalar.string)
    }
    if let sequence = node.sequence { return sequence.isEmpty }
    return false
  }

  /// Empty text or the national portal's empty value.
  public static func isEmptyText(_ text: String) -> Bool {
    let trimmed = text.trimmed
    if trimmed.isEmpty { return true }
    // "Không có thông tin": 18 letters and spaces, each at most 5 bytes with two combining marks.
    guard (18...90).contains(trimmed.utf8.count), trimmed.utf8.first == UInt8(ascii: "K") || trimmed.utf8.first == UInt8(ascii: "k")
    else { return false }
    return VietnameseText.fold(trimmed) == "khong co thong tin"
  }

  /// The value node of `key`, marking the key known; nil when absent.
  mutating func value(_ key: String, required: Bool = false, label: String) -> Node? {
    known.append(key)
    guard let (_, value) = entry(key), !Self.isAbsent(value) else {
      if required {
        diagnostics.error(path, line(ofKey: key), "missing-field", "thiếu trường bắt buộc \"\(key)\" (\(label))")
      }
      return nil
    }
    return value
  }

  /// A string value; numbers and other scalars are kept as written.
  public mutating func string(_ key: String, required: Bool = false, label: String) -> String? {
    guard let node = value(key, required: required, label: label) else { return nil }
    return text(node, key: key, label: label)
  }

  /// The scalar text of a node, or an error naming the key.
  mutating func text(_ node: Node, key: String, label: String) -> String? {
    guard let scalar = node.scalar else {
      error(node, "wrong-type", "trường \"\(key)\" (\(label)) phải là một đoạn văn bản")
      return nil
    }
    let text = scalar.string.trimmed
    return Self.isEmptyText(text) ? nil : text
  }

  /// A string or a list of strings.
  public mutating func strings(_ key: String, required: Bool = false, label: String) -> [String] {
    guard let node = value(key, required: required, label: label) else { return [] }
    return texts(node, key: key, label: label)
  }

  /// The texts of a scalar or a sequence of scalars.
  mutating func texts(_ node: Node, key: String, label: String) -> [String] {
    if node.scalar != nil { return text(node, key: key, label: label).map { [$0] } ?? [] }
    guard let sequence = node.sequence else {
      error(node, "wrong-type", "trường \"\(key)\" (\(label)) phải là văn bản hoặc danh sách")
      return []
    }
    var result: [String] = []
    for item in sequence where !Self.isAbsent(item) {
      if let text = text(item, key: key, label: label) { result.append(text) }
    }
    return result
  }

  /// A boolean (`true`/`false`, `yes`/`no`, `có`/`không`).
  public mutating func bool(_ key: String, label: String) -> Bool? {
    guard let node = value(key, label: label) else { return nil }
    switch node.scalar?.string.lowercased() {
    case "true", "yes", "on", "có", "co": return true
    case "false", "no", "off", "không", "khong": return false
    default:
      error(node, "wrong-type", "trường \"\(key)\" (\(label)) phải là true hoặc false")
      return nil
    }
  }

  /// A whole number, optionally at least `minimum`.
  public mutating func int(_ key: String, label: String, minimum: Int = Int.min) -> Int? {
    guard let node = value(key, label: label) else { return nil }
    guard let text = node.scalar?.string, let number = Int(text), number >= minimum else {
      let range = minimum > Int.min ? " lớn hơn hoặc bằng \(minimum)" : ""
      error(node, "wrong-type", "trường \"\(key)\" (\(label)) phải là một số nguyên\(range)")
      return nil
    }
    return number
  }

  /// A date or date-time.
  public mutating func date(_ key: String, required: Bool = false, label: String, timeZone: TimeZone) -> ContentDate? {
    guard let node = value(key, required: required, label: label) else { return nil }
    return date(node, key: key, label: label, timeZone: timeZone)
  }

  /// A date from a node.
  mutating func date(_ node: Node, key: String, label: String, timeZone: TimeZone) -> ContentDate? {
    let written = node.scalar?.string ?? ""
    switch ContentDate.read(written, timeZone: timeZone) {
    case .success(let date): return date
    case .failure(let problem):
      error(node, "invalid-date", "ngày \"\(written)\" của trường \"\(key)\" (\(label)) không hợp lệ: \(problem.reason)")
      return nil
    }
  }

  /// One of a fixed set of values.
  public mutating func choice<T>(_ key: String, label: String, allowed: [String], parse: (String) -> T?) -> T? {
    guard let node = value(key, label: label) else { return nil }
    guard let text = node.scalar?.string, let value = parse(text) else {
      let written = node.scalar?.string ?? ""
      error(
        node, "invalid-value",
        "giá trị \"\(written)\" của trường \"\(key)\" (\(label)) không hợp lệ; chỉ nhận: \(allowed.joined(separator: ", "))")
      return nil
    }
    return value
  }

  /// A list of mappings, each read by `item` with its own reader (whose problems are merged).
  public mutating func records<T>(
    _ key: String, label: String, stringForm: ((String) -> T)? = nil,
    item: (inout FieldReader) -> T?
  ) -> [T] {
    guard let node = value(key, label: label) else { return [] }
    guard let sequence = node.sequence else {
      error(node, "wrong-type", "trường \"\(key)\" (\(label)) phải là một danh sách (mỗi mục bắt đầu bằng \"- \")")
      return []
    }
    var result: [T] = []
    for element in sequence where !Self.isAbsent(element) {
      if let mapping = element.mapping {
        var reader = FieldReader(mapping: mapping, path: path, lineOffset: lineOffset)
        if let value = item(&reader) { result.append(value) }
        reader.finish()
        diagnostics.merge(reader.diagnostics)
      } else if let stringForm, let text = element.scalar?.string {
        result.append(stringForm(text.trimmed))
      } else {
        error(element, "wrong-type", "mỗi mục của \"\(key)\" (\(label)) phải có dạng \"khóa: giá trị\"")
      }
    }
    return result
  }

  /// A mapping read with a nested reader, or a plain string handled by `stringForm`.
  public mutating func record<T>(
    _ key: String, label: String, stringForm: ((String) -> T)? = nil,
    item: (inout FieldReader) -> T?
  ) -> T? {
    guard let node = value(key, label: label) else { return nil }
    if let mapping = node.mapping {
      var reader = FieldReader(mapping: mapping, path: path, lineOffset: lineOffset)
      let value = item(&reader)
      reader.finish()
      diagnostics.merge(reader.diagnostics)
      return value
    }
    if let stringForm, let text = node.scalar?.string {
      return stringForm(text.trimmed)
    }
    error(node, "wrong-type", "trường \"\(key)\" (\(label)) có kiểu không đúng")
    return nil
  }

  /// Warns about every key no accessor asked for, suggesting the nearest known key.
  public mutating func finish() {
    for (keyNode, _) in mapping {
      guard let key = keyNode.scalar?.string, !known.contains(key) else { continue }
      var message = "khóa \"\(key)\" không được hỗ trợ và sẽ bị bỏ qua"
      if let suggestion = Suggestion.nearest(to: key, among: known) {
        message += "; có phải ý bạn là \"\(suggestion)\"?"
      }
      diagnostics.warning(path, line(of: keyNode), "unknown-key", message)
    }
  }
}
