/// Template data (strings, integers, booleans, lists and dictionaries with text keys) as
/// bytes, so that the build state can keep the part of a page's data that a quick rebuild
/// cannot compute (the home page's procedures and hotlines). Read back, the values have the
/// same template output and the same `ContextFingerprint` as the originals.
enum TemplateValueCoder {
  /// The bytes of a value; nil when it holds a value of another type.
  static func encode(_ value: Any) -> [UInt8]? {
    var writer = ByteWriter()
    return write(value, to: &writer) ? writer.bytes : nil
  }

  /// The value of `encode`'s bytes; nil when they are damaged.
  static func decode(_ bytes: [UInt8]) -> Any? {
    var reader = ByteReader(bytes)
    guard let value = read(&reader), reader.isAtEnd else { return nil }
    return value
  }

  /// Kinds of value, as written before each one.
  enum Kind: Int {
    case text, integer, yes, no, list, dictionary
  }

  static func write(_ value: Any, to w: inout ByteWriter) -> Bool {
    switch value {
    case let text as String:
      w.int(Kind.text.rawValue)
      w.string(text)
    case let flag as Bool:  // before Int: a Bool is never written as a number
      w.int((flag ? Kind.yes : Kind.no).rawValue)
    case let number as Int:
      guard number >= 0 else { return false }
      w.int(Kind.integer.rawValue)
      w.int(number)
    case let object as [String: Any]:
      w.int(Kind.dictionary.rawValue)
      w.int(object.count)
      for (key, item) in object.sorted(by: { $0.key < $1.key }) {
        w.string(key)
        guard write(item, to: &w) else { return false }
      }
    case let list as [Any]:
      w.int(Kind.list.rawValue)
      w.int(list.count)
      for item in list {
        guard write(item, to: &w) else { return false }
      }
    default:
      return false
    }
    return true
  }

  static func read(_ r: inout ByteReader) -> Any? {
    guard let raw = r.int(), let kind = Kind(rawValue: raw) else { return nil }
    switch kind {
    case .text: return r.string()
    case .integer: return r.int()
    case .yes: return true
    case .no: return false
    case .list:
      guard let count = r.int() else { return nil }
      var list: [Any] = []
      for _ in 0..<count {
        guard let item = read(&r) else { return nil }
        list.append(item)
      }
      return list
    case .dictionary:
      guard let count = r.int() else { return nil }
      var object: [String: Any] = [:]
      for _ in 0..<count {
        guard let key = r.string(), let item = read(&r) else { return nil }
        object[key] = item
      }
      return object
    }
  }
}
