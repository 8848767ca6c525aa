import Foundation

/// How search sees Vietnamese text: tokens, their search keys, and the spelling variants
/// people type. The client script (`theme/assets/search.js`) implements the same rules for
/// queries; the Node tests check both agree on the real index.
public enum SearchText {
  /// Splits text into word tokens: maximal runs of letters (with their marks) and digits, in NFC, lower case.
  public static func tokens(_ text: String) -> [String] {
    let source = text.unicodeScalars.contains(where: VietnameseText.isCombiningMark) ? VietnameseText.nfc(text) : text
    var tokens: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in source.unicodeScalars {
      let lower: Unicode.Scalar
      let isWordScalar: Bool
      if let entry = LatinTable.lookup(scalar) {
        lower = entry.lower
        isWordScalar = entry.folded != 0 || VietnameseText.isCombiningMark(scalar)
      } else {
        isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil || VietnameseText.isCombiningMark(scalar)
        let lowered = String(scalar).lowercased().unicodeScalars
        lower = lowered.count == 1 ? lowered.first! : scalar
      }
      if isWordScalar {
        current.append(lower)
      } else if !current.isEmpty {
        tokens.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { tokens.append(String(current)) }
    return tokens
  }

  /// The keys of every token of a text: the same as `tokens(text).map(key)`, computed in one
  /// pass over the text's UTF-8 (see `forEachKey`).
  public static func keys(_ text: String) -> [String] {
    var keys: [String] = []
    forEachKey(text) { keys.append(String(decoding: $0, as: UTF8.self)) }
    return keys
  }

  /// Calls `body` with the key of every token of `text`, in order, as UTF-8 bytes that are
  /// valid during the call only: the keys of `tokens(text).map(key)` without making a string
  /// per token (the article index's hot loop).
  public static func forEachKey(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var text = text
    text.withUTF8 { forEachKey(utf8: $0, body) }
  }

  /// `forEachKey` over UTF-8 bytes. A token whose letters are all in the Latin table is folded
  /// byte by byte (ASCII letters straight from the table); any other token goes through `key`.
  static func forEachKey(utf8 text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    let (low, extended) = (LatinTable.low, LatinTable.extended)  // read once, not per letter
    var bytes: [UInt8] = []  // the folded token, while every letter is in the table
    var start: Int?  // the byte where the current token began
    var slow = false  // the token has letters the table does not know
    func finish(at end: Int) {
      guard let tokenStart = start else { return }
      if slow || bytes.isEmpty {
        var slowKey = key(String(decoding: UnsafeBufferPointer(rebasing: text[tokenStart..<end]), as: UTF8.self))
        slowKey.withUTF8(body)
      } else {
        mergeFinalY(&bytes)
        bytes.withUnsafeBufferPointer(body)
      }
      bytes.removeAll(keepingCapacity: true)
      start = nil
      slow = false
    }
    var index = 0
    while index < text.count {
      let lead = text[index]
      if lead < 0x80 {
        let folded = low[Int(lead)].folded
        if folded != 0 {
          if start == nil { start = index }
          bytes.append(folded)
        } else {
          finish(at: index)
        }
        index += 1
        continue
      }
      let (value, length) = decodeScalar(text, at: index)
      if value >= 0x0300 && value <= 0x036F {  // a combining mark
        if start == nil { start = index }
      } else if value <= 0x024F || (value >= 0x1E00 && value <= 0x1EFF) {
        let folded = value <= 0x024F ? low[Int(value)].folded : extended[Int(value - 0x1E00)].folded
        if folded != 0 {
          if start == nil { start = index }
          bytes.append(folded)
        } else {
          finish(at: index)
        }
      } else if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        if start == nil { start = index }
        slow = true
      } else {
        finish(at: index)
      }
      index += length
    }
    finish(at: text.count)
  }

  /// The scalar value and byte length of the (valid, multi-byte) UTF-8 sequence at `index`.
  @inline(__always) static func decodeScalar(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
    let lead = UInt32(text[index])
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(text[index + 1]) & 0x3F, 2) }
    if lead < 0xF0 {
      return ((lead & 0x0F) << 12 | (UInt32(text[index + 1]) & 0x3F) << 6 | UInt32(text[index + 2]) & 0x3F, 3)
    }
    return (
      (lead & 0x07) << 18 | (UInt32(text[index + 1]) & 0x3F) << 12 | (UInt32(text[index + 2]) & 0x3F) << 6
        | UInt32(text[index + 3]) & 0x3F, 4
    )
  }

  /// Merges the final `y` of a folded ASCII token like `normalizeFinalY`: `i` after a
  /// consonant or `qu`.
  static func mergeFinalY(_ bytes: inout [UInt8]) {
    let y = UInt8(ascii: "y")
    guard bytes.count >= 2, bytes[bytes.count - 1] == y else { return }
    let before = bytes[bytes.count - 2]
    let isVowel =
      before == UInt8(ascii: "a") || before == UInt8(ascii: "e") || before == UInt8(ascii: "i")
      || before == UInt8(ascii: "o") || before == UInt8(ascii: "u") || before == y
    let isQu = bytes.count >= 3 && bytes[bytes.count - 3] == UInt8(ascii: "q") && before == UInt8(ascii: "u")
    if !isVowel || isQu { bytes[bytes.count - 1] = UInt8(ascii: "i") }
  }

  /// The key a token is indexed and matched by: folded (no marks, `đ → d`) with the
  /// syllable-final `y` written `i` after a consonant or `qu` (ký/kí, lý/lí, quy/qui).
  public static func key(_ token: String) -> String {
    normalizeFinalY(VietnameseText.fold(token))
  }

  /// `ky → ki`, `quy → qui`, `ly → li`; `thuy`, `tay`, `yen` unchanged.
  public static func normalizeFinalY(_ folded: String) -> String {
    guard folded.hasSuffix("y"), folded.count >= 2 else { return folded }
    let stem = folded.dropLast()
    let before = stem.last!
    let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
    if !vowels.contains(before) || stem.hasSuffix("qu") { return stem + "i" }
    return folded
  }

  /// The token with its marks but the tone written in one place (after the syllable), so
  /// old and new tone placement compare equal: "hoà" and "hòa" → "hoa\u{0300}".
  public static func toneNormalized(_ token: String) -> String {
    var base = String.UnicodeScalarView()
    var tone: Unicode.Scalar?
    for scalar in token.decomposedStringWithCanonicalMapping.unicodeScalars {
      switch scalar.value {
      case 0x0300, 0x0301, 0x0303, 0x0309, 0x0323: tone = scalar
      default: base.append(scalar)
      }
    }
    let letters = normalizeFinalYKeepingMarks(String(base).precomposedStringWithCanonicalMapping)
    return tone.map { letters + String($0) } ?? letters
  }

  static func normalizeFinalYKeepingMarks(_ text: String) -> String {
    guard text.hasSuffix("y"), text.count >= 2 else { return text }
    return key(text) == VietnameseText.fold(text) ? text : String(text.dropLast()) + "i"
  }

  /// Reads a token typed with the input method off, as Telex keystrokes: "ddawng" → "đăng",
  /// "kys" → "ký". Nil when the token has no Telex keys.
  public static func telex(_ token: String) -> String? {
    guard token.unicodeScalars.allSatisfy({ $0.isASCII }) else { return nil }
    var letters = Array(token)
    var tone: Character?
    if let last = letters.last, letters.count > 1, "sfrxj".contains(last),
      letters.dropLast().contains(where: { "aeiouy".contains($0) })
    {
      tone = last
      letters.removeLast()
    }
    var out: [Character] = []
    var i = 0
    var changed = tone != nil
    while i < letters.count {
      let c = letters[i]
      let next: Character? = i + 1 < letters.count ? letters[i + 1] : nil
      switch (c, next) {
      case ("d", "d"): out.append("đ"); i += 2; changed = true; continue
      case ("a", "a"): out.append("â"); i += 2; changed = true; continue
      case ("e", "e"): out.append("ê"); i += 2; changed = true; continue
      case ("o", "o"): out.append("ô"); i += 2; changed = true; continue
      case ("a", "w"): out.append("ă"); i += 2; changed = true; continue
      case ("o", "w"): out.append("ơ"); i += 2; changed = true; continue
      case ("u", "w"): out.append("ư"); i += 2; changed = true; continue
      default: break
      }
      if c == "w" { out.append("ư"); changed = true } else { out.append(c) }
      i += 1
    }
    guard changed else { return nil }
    var word = String(out)
    if let tone, let mark = telexTones[tone] {
      word = placeTone(mark, in: word)
    }
    return VietnameseText.nfc(word)
  }

  static let telexTones: [Character: Unicode.Scalar] = [
    "s": "\u{0301}", "f": "\u{0300}", "r": "\u{0309}", "x": "\u{0303}", "j": "\u{0323}",
  ]

  /// Puts a tone mark on a vowel of the syllable: a modified vowel when there is one, else
  /// the last vowel. Matching compares tones wherever they stand (`toneNormalized`), so the
  /// exact position does not matter here.
  static func placeTone(_ mark: Unicode.Scalar, in word: String) -> String {
    var characters = Array(word)
    let vowels: Set<Character> = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    let modified: Set<Character> = ["ă", "â", "ê", "ô", "ơ", "ư"]
    guard
      let target = characters.indices.last(where: { modified.contains(characters[$0]) })
        ?? characters.indices.last(where: { vowels.contains(characters[$0]) })
    else { return word }
    characters[target] = Character(String(characters[target]) + String(mark))
    return String(characters)
  }

  /// The regional spelling people confuse, as one key: onsets `x → s` and `tr → ch`.
  public static func regional(_ key: String) -> String {
    if key.hasPrefix("tr") { return "ch" + key.dropFirst(2) }
    if key.hasPrefix("x") { return "s" + key.dropFirst() }
    return key
  }

  /// Whether a query token carries any Vietnamese marks (then exact matches rank first).
  public static func hasMarks(_ token: String) -> Bool {
    VietnameseText.fold(token) != token.lowercased()
  }
}
