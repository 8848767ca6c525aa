extension StringProtocol {
  /// The text without leading and trailing white space and line breaks. A native version of
  /// Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`, which bridges through
  /// `NSString` and shows up in profiles of large sites.
  public var trimmed: String {
    guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let last = lastIndex(where: { !$0.isWhitespace })!
    return String(self[first...last])
  }
}
