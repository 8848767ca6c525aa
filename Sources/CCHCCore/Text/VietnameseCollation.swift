import Foundation

/// Sorting in Vietnamese alphabetical order (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s
/// t u ư v x y), letters first, then tones (ngang, huyền, hỏi, ngã, sắc, nặng), then case.
public enum VietnameseCollation {
  /// The order of base letters; a letter's modifier (breve, circumflex, horn, stroke) makes
  /// it a letter of its own that sorts after the plain one.
  private static let letterOrder: [String] = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
    "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
  ]
  private static let letterRank: [String: Int] = {
    var ranks: [String: Int] = [:]
    for (index, letter) in letterOrder.enumerated() { ranks[letter] = index }
    return ranks
  }()
  private static let toneRank: [UInt32: Int] = [0x0300: 1, 0x0309: 2, 0x0303: 3, 0x0301: 4, 0x0323: 5]
  private static let modifiers: Set<UInt32> = [0x0306, 0x0302, 0x031B]

  /// A key whose lexicographic order is Vietnamese order.
  public struct Key: Comparable, Sendable {
    fileprivate var primary: [Int]
    fileprivate var secondary: [Int]
    fileprivate var tertiary: [Int]

    /// Compares letters, then tones, then case.
    public static func < (lhs: Key, rhs: Key) -> Bool {
      if lhs.primary != rhs.primary { return lhs.primary.lexicographicallyPrecedes(rhs.primary) }
      if lhs.secondary != rhs.secondary { return lhs.secondary.lexicographicallyPrecedes(rhs.secondary) }
      return lhs.tertiary.lexicographicallyPrecedes(rhs.tertiary)
    }
  }

  /// The collation key of a text.
  public static func key(_ text: String) -> Key {
    var key = Key(primary: [], secondary: [], tertiary: [])
    for character in text.decomposedStringWithCanonicalMappingCompat {
      let scalars = Array(character.unicodeScalars)
      guard let base = scalars.first else { continue }
      let lowerBase = String(base).lowercased()
      var letter = lowerBase
      var tone = 0
      for mark in scalars.dropFirst() {
        if modifiers.contains(mark.value) {
          letter = lowerBase + String(mark)
        } else if let rank = toneRank[mark.value] {
          tone = rank
        }
      }
      let composed = letter.precomposedStringWithCanonicalMappingCompat
      if let rank = letterRank[composed] {
        key.primary.append(1000 + rank)
      } else if let rank = letterRank[lowerBase] {
        key.primary.append(1000 + rank)
      } else if base.properties.isWhitespace {
        key.primary.append(1)
      } else {
        // Digits and punctuation sort before letters, by code point.
        key.primary.append(Int(min(base.value, 999)) + 2)
      }
      key.secondary.append(tone)
      key.tertiary.append(String(base) == lowerBase ? 0 : 1)
    }
    return key
  }

  /// The elements sorted by a text in Vietnamese order (each key computed once, on every
  /// core), ties by `tieBreak`.
  public static func sorted<T>(_ items: [T], by text: (T) -> String, tieBreak: (T, T) -> Bool = { _, _ in false }) -> [T] {
    let keys = ParallelMap.map(items.map(text), key)
    let keyed = zip(keys, items)
    return keyed.sorted { a, b in a.0 != b.0 ? a.0 < b.0 : tieBreak(a.1, b.1) }.map(\.1)
  }

  /// Whether `a` sorts before `b` in Vietnamese order.
  public static func precedes(_ a: String, _ b: String) -> Bool {
    let ka = key(a), kb = key(b)
    if ka != kb { return ka < kb }
    return a < b
  }
}

extension StringProtocol {
  fileprivate var decomposedStringWithCanonicalMappingCompat: String {
    String(self).decomposedStringWithCanonicalMapping
  }
  fileprivate var precomposedStringWithCanonicalMappingCompat: String {
    String(self).precomposedStringWithCanonicalMapping
  }
}
