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
    excerpt(
      of: text.unicodeScalars, limit: limit, space: " ", accepts: standsAlone,
      isSpace: { $0.isASCII ? ($0 == " " || (0x09...0x0D).contains($0.value)) : $0.properties.isWhitespace },
      text: utf8String)
  }

  /// Scalars as a string, through their UTF-8 bytes (much faster than appending them to a
  /// `String.UnicodeScalarView` one by one).
  static func utf8String(_ scalars: [Unicode.Scalar]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count * 3)
    for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The excerpt computed over characters (any text).
  static func characterExcerpt(_ text: String, limit: Int) -> String {
    excerpt(of: text, limit: limit, space: " ", accepts: { _ in true }, isSpace: \.isWhitespace, text: { String($0) })!
  }

  /// Runs of spaces become one space and the first `limit + 1` elements are kept; cut at the
  /// last space before `limit` with "…" when longer. Nil when `accepts` refuses an element.
  static func excerpt<Elements: Sequence>(
    of elements: Elements, limit: Int, space: Elements.Element, accepts: (Elements.Element) -> Bool,
    isSpace: (Elements.Element) -> Bool, text: ([Elements.Element]) -> String
  ) -> String? where Elements.Element: Equatable {
    var flat: [Elements.Element] = []
    flat.reserveCapacity(limit + 1)
    var pendingSpace = false
    for element in elements {
      guard accepts(element) else { return nil }
      if isSpace(element) {
        pendingSpace = !flat.isEmpty
        continue
      }
      if pendingSpace {
        flat.append(space)
        pendingSpace = false
      }
      guard flat.count <= limit else { break }
      flat.append(element)
    }
    guard flat.count > limit else { return text(flat) }
    let cut = flat[..<limit]
    let end = cut.lastIndex(of: space) ?? cut.endIndex
    return text(Array(cut[..<end])).trimmingPunctuationAndSpaces + "…"
  }
}
