import Foundation

/// Precomputed facts about the Latin letters Vietnamese uses (ASCII, Latin-1, Latin Extended-A/B
/// and Latin Extended Additional), so that folding and tokenising do not decompose text
/// character by character in hot loops. Built once from Foundation's own decomposition, so it
/// agrees with `decomposedStringWithCanonicalMapping`.
enum LatinTable {
  /// One entry per scalar of the covered ranges.
  struct Entry {
    /// The folded form: base letter without marks, `đ → d`, lower case (0 when not a letter).
    var folded: UInt8
    /// The lower-case scalar.
    var lower: Unicode.Scalar
  }

  static let ranges: [ClosedRange<UInt32>] = [0x0000...0x024F, 0x1E00...0x1EFF]

  static let low: [Entry] = (0x0000...0x024F).map(entry)
  static let extended: [Entry] = (0x1E00...0x1EFF).map(entry)

  static func entry(_ value: UInt32) -> Entry {
    guard let scalar = Unicode.Scalar(value) else { return Entry(folded: 0, lower: "\u{0}") }
    let lowerText = String(scalar).lowercased()
    let lower = lowerText.unicodeScalars.count == 1 ? lowerText.unicodeScalars.first! : scalar
    if value == 0x0110 || value == 0x0111 { return Entry(folded: UInt8(ascii: "d"), lower: lower) }
    let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first!
    let baseLower = String(base).lowercased().unicodeScalars.first!
    let isASCIIAlphanumeric = baseLower.isASCII && (("a"..."z").contains(baseLower) || ("0"..."9").contains(baseLower))
    return Entry(folded: isASCIIAlphanumeric ? UInt8(baseLower.value) : 0, lower: lower)
  }

  /// The entry of a scalar when it lies in the covered ranges.
  @inline(__always) static func lookup(_ scalar: Unicode.Scalar) -> Entry? {
    let value = scalar.value
    if value <= 0x024F { return low[Int(value)] }
    if value >= 0x1E00 && value <= 0x1EFF { return extended[Int(value - 0x1E00)] }
    return nil
  }
}
