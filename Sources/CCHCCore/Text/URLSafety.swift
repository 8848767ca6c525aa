import Foundation

/// Checks on URLs that come from content before they reach an `href`.
public enum URLSafety {
  /// Whether text is an absolute http(s) URL with a host.
  public static func isHTTP(_ text: String) -> Bool {
    guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
          scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty else { return false }
    return true
  }
}
