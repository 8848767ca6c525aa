/// Escaping for the markup cchc writes: the templates' HTML (`FastHTML`), the sitemap and the
/// feeds. Both scan bytes and return the text itself when nothing needs escaping, which is
/// most text.
public enum Escape {
  /// XML text and attribute values (`&apos;` for the apostrophe).
  public static func xml(_ text: String) -> String {
    markup(text, apostrophe: "&apos;")
  }

  /// HTML text and attribute values, as swift-mustache's own escaping (`&#39;` for the apostrophe).
  public static func html(_ text: String) -> String {
    markup(text, apostrophe: "&#39;")
  }

  /// `&`, `<`, `>`, `"` and `'` replaced by entities.
  static func markup(_ text: String, apostrophe: StaticString) -> String {
    var text = text
    let escaped = text.withUTF8 { bytes -> String? in
      guard let first = bytes.firstIndex(where: isSpecial) else { return nil }
      var out = Array(bytes[..<first])
      out.reserveCapacity(bytes.count + 16)
      for byte in bytes[first...] {
        switch byte {
        case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"): apostrophe.withUTF8Buffer { out.append(contentsOf: $0) }
        default: out.append(byte)
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
    return escaped ?? text
  }

  /// Whether a byte is one of `& < > " '`.
  static func isSpecial(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
      || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
  }
}
