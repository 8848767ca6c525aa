import CCHCCore

/// Small text helpers for templates.
public enum Text {
  /// The text cut at a word boundary to at most `limit` characters, with "…" when cut;
  /// runs of white space become one space.
  public static func excerpt(_ text: String, limit: Int) -> String {
    if isFlat(text, limit: limit) { return text }
    return scalarExcerpt(text, limit: limit) ?? characterExcerpt(text, limit: limit)
  }

  /// Short text on one line, without doubled, leading or trailing spaces: kept as it is.
  static func isFlat(_ text: String, limit: Int) -> Bool {
    let utf8 = text.utf8
    guard utf8.count <= limit, utf8.first != 0x20, utf8.last != 0x20 else { return false }
    var previous: UInt8 = 0
    for byte in utf8 {
      if byte == 10 || byte == 13 || byte == 9 || (byte == 0x20 && previous == 0x20) { return false }
      previous = byte
    }
    return text.first?.isWhitespace != true && text.last?.isWhitespace != true
  }

  /// Whether a scalar is always a character of its own: Latin letters and punctuation,
  /// Vietnamese precomposed letters, general punctuation (not the zero-width joiners).
  static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x300 || (0x1E00...0x1EFF).contains(value)
      || ((0x2000...0x206F).contains(value) && value != 0x200C && value != 0x200D)
  }

  /// The excerpt computed over scalars, when every scalar up to the cut stands alone (then
  /// scalars are characters); nil otherwise.
  static func scalarExcerpt(_ text: String, limit: Int) -> String? {
    var flat: [Unicode.Scalar] = []
    flat.reserveCapacity(limit + 1)
    var space = false
    for scalar in text.unicodeScalars {
      guard standsAlone(scalar) else { return nil }
      if scalar.isASCII ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace {
        space = !flat.isEmpty
        continue
      }
      if space {
        flat.append(" ")
        space = false
      }
      guard flat.count <= limit else { break }
      flat.append(scalar)
    }
    guard flat.count > limit else { return String(String.UnicodeScalarView(flat)) }
    let cut = flat[..<limit]
    let end = cut.lastIndex(of: " ") ?? cut.endIndex
    return String(String.UnicodeScalarView(cut[..<end])).trimmingPunctuationAndSpaces + "…"
  }

  /// The excerpt computed over characters (any text).
  static func characterExcerpt(_ text: String, limit: Int) -> String {
    var flat = ""
    var count = 0
    var space = false
    for character in text {
      if character.isWhitespace {
        space = count > 0
        continue
      }
      if space {
        flat.append(" ")
        count += 1
        space = false
      }
      guard count <= limit else { break }
      flat.append(character)
      count += 1
    }
    guard count > limit else { return flat }
    let cut = flat.prefix(limit)
    let end = cut.lastIndex(of: " ") ?? cut.endIndex
    return String(cut[..<end]).trimmingPunctuationAndSpaces + "…"
  }
}
