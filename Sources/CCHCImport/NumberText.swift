import Foundation

/// Numbers as Vietnamese documents print them.
enum NumberText {
  /// "2.000", "200.000", "10", "1,5".
  static func grouped(_ value: Double) -> String {
    let whole = Int(value.rounded(.towardZero))
    var digits = String(whole)
    var groups: [String] = []
    while digits.count > 3 {
      groups.insert(String(digits.suffix(3)), at: 0)
      digits.removeLast(3)
    }
    groups.insert(digits, at: 0)
    let fraction = value - Double(whole)
    return groups.joined(separator: ".") + (fraction > 0 ? "," + plain(fraction).dropFirst(2) : "")
  }

  /// "1", "0.5" without a trailing ".0".
  static func plain(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}

extension String {
  /// The text without surrounding white space, nil when nothing is left.
  var nonEmpty: String? { isEmpty ? nil : self }
  /// White space runs (tabs, line breaks) as one space, trimmed.
  var collapsed: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
