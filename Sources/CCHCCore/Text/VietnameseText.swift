import Foundation

/// Vietnamese text handling shared by slugs, search and sorting: normalisation, folding,
/// slugs and collation.
public enum VietnameseText {
  /// The text in Unicode NFC, the form every output uses.
  public static func nfc(_ text: String) -> String {
    text.precomposedStringWithCanonicalMapping
  }

  /// Folds text for matching: NFD, combining marks dropped, `đ/Đ → d`, lower case.
  /// "Đăng Ký" → "dang ky".
  public static func fold(_ text: String) -> String {
    // Fast path: every scalar is a letter, digit or mark the Latin table knows.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var simple = true
    for scalar in text.unicodeScalars {
      if isCombiningMark(scalar) { continue }
      if let entry = LatinTable.lookup(scalar), entry.folded != 0 {
        bytes.append(entry.folded)
      } else if scalar.isASCII {
        bytes.append(UInt8(scalar.value | (scalar.value >= 65 && scalar.value <= 90 ? 0x20 : 0)))
      } else {
        simple = false
        break
      }
    }
    if simple { return String(decoding: bytes, as: UTF8.self) }
    return slowFold(text)
  }

  static func slowFold(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
      if isCombiningMark(scalar) { continue }
      switch scalar {
      case "đ", "Đ": result.append("d")
      default:
        for lower in String(scalar).lowercased().unicodeScalars { result.append(lower) }
      }
    }
    return String(result)
  }

  /// A URL slug: folded, every run of other characters turned into one `-`.
  /// "Thủ tục Đăng ký khai sinh!" → "thu-tuc-dang-ky-khai-sinh".
  public static func slug(_ text: String) -> String {
    var slug = ""
    var pendingDash = false
    for scalar in fold(text).unicodeScalars {
      let isAllowed = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
      if isAllowed {
        if pendingDash && !slug.isEmpty { slug.append("-") }
        pendingDash = false
        slug.unicodeScalars.append(scalar)
      } else {
        pendingDash = true
      }
    }
    return slug
  }

  /// Whether the text is a valid slug: lower-case ASCII letters and digits joined by single dashes.
  public static func isSlug(_ text: String) -> Bool {
    !text.isEmpty && slug(text) == text
  }

  /// Writes text that arrived in capitals ("HỘ TỊCH") as a sentence ("Hộ tịch"); other text unchanged.
  public static func sentenceCaseIfShouting(_ text: String) -> String {
    let letters = text.filter(\.isLetter)
    guard !letters.isEmpty, letters == letters.uppercased(), letters != letters.lowercased() else {
      return text
    }
    let lower = text.lowercased()
    return lower.prefix(1).uppercased() + lower.dropFirst()
  }

  @inline(__always) static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
    (0x0300...0x036F).contains(scalar.value)
  }
}
