import Foundation

/// Checks on URLs that come from content before they reach an `href`.
public enum URLSafety {
  /// Whether text is an absolute http(s) URL with a host.
  public static func isHTTP(_ text: String) -> Bool {
    guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
      scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
    else { return false }
    return true
  }
}

extension URLSafety {
  /// Percent-encodes every UTF-8 byte that `keep` rejects (upper-case hex), like Foundation's
  /// `addingPercentEncoding(withAllowedCharacters:)` for an ASCII set, without bridging.
  public static func percentEncode(_ text: String, keeping keep: (UInt8) -> Bool) -> String {
    guard !text.utf8.allSatisfy(keep) else { return text }
    let hex = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count * 3)
    for byte in text.utf8 {
      if keep(byte) {
        out.append(byte)
      } else {
        out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// RFC 3986 unreserved characters: letters, digits, `-._~` (safe in a query value).
  public static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
      UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }

  /// Characters allowed in a path segment (Foundation's `urlPathSegmentAllowed`): unreserved,
  /// sub-delimiters, `:` and `@`.
  public static func isPathSegmentAllowed(_ byte: UInt8) -> Bool {
    if isUnreserved(byte) { return true }
    return Array("!$&'()*+,;=:@".utf8).contains(byte)
  }
}
