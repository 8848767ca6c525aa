extension StringProtocol {
  /// The text without leading and trailing white space and line breaks. A native version of
  /// Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`, which bridges through
  /// `NSString` and shows up in profiles of large sites.
  public var trimmed: String {
    // Most text has nothing to trim: look at its two ends before searching, first as bytes (a
    // visible ASCII character at an end is never part of white space there), then as characters.
    let string = String(self)
    if let head = string.utf8.first, let tail = string.utf8.last, head > 0x20 && head < 0x7F, tail > 0x20 && tail < 0x7F {
      return string
    }
    if let head = first, let tail = last, !head.isWhitespace, !tail.isWhitespace {
      return string
    }
    guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let last = lastIndex(where: { !$0.isWhitespace })!
    return String(self[first...last])
  }
}

extension String {
  /// The text without leading and trailing punctuation and spaces (Unicode categories P* and
  /// Zs, tab and the zero-width space): a native version of Foundation's
  /// `trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))`.
  public var trimmingPunctuationAndSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !Self.isPunctuationOrSpace($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !Self.isPunctuationOrSpace($0) })!
    return String(scalars[first...last])
  }

  static func isPunctuationOrSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return value == 0x20 || value == 0x09 || (0x21...0x2F).contains(value) && value != 0x24 && value != 0x2B
        || (0x3A...0x40).contains(value) && ![0x3C, 0x3D, 0x3E].contains(value)
        || (0x5B...0x60).contains(value) && value != 0x5E && value != 0x60
        || value == 0x7B || value == 0x7D
    }
    if scalar.value == 0x200B { return true }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation, .spaceSeparator:
      return true
    default:
      return false
    }
  }
}
