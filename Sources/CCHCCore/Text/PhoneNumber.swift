import Foundation

/// A phone number as people write it in Vietnam, and its `tel:` form.
public struct PhoneNumber: Sendable, Equatable {
  /// As written: `0225.3822.468`, `(+84-28) 38 653 050`, `1022`.
  public var display: String
  /// Digits only, with a leading `+` for international numbers: `02253822468`, `+842838653050`.
  public var dialable: String

  /// Parses a written number; nil when it has no digits or letters other than separators.
  public init?(_ text: String) {
    let trimmed = text.trimmed
    var digits = ""
    var plus = false
    for character in trimmed {
      if character.isASCII, character.isNumber {
        digits.append(character)
      } else if character == "+" && digits.isEmpty {
        plus = true
      } else if !" .-()/".contains(character) {
        return nil
      }
    }
    guard digits.count >= 3, digits.count <= 15 else { return nil }
    display = trimmed
    dialable = (plus ? "+" : "") + digits
  }

  /// The `tel:` URL.
  public var telURL: String { "tel:" + dialable }
}
