/// Text compared and hashed by its UTF-8 bytes. Swift's own `String` hashing and `==` work
/// on canonical equivalence and normalize non-ASCII text on every call, which made looking up
/// 12,000 Vietnamese article bodies in a dictionary cost more than decoding them. Content is
/// NFC already (the Load stage normalizes it), so comparing bytes is exact.
public struct ExactText: Hashable, Sendable {
  /// The text.
  public let text: String
  /// `ExactText.hash(of: text)`.
  public let hash: UInt64

  /// Wraps text, hashing its bytes once.
  public init(_ text: String) {
    self.text = text
    hash = Self.hash(of: text)
  }

  public static func == (a: ExactText, b: ExactText) -> Bool {
    guard a.hash == b.hash, a.text.utf8.count == b.text.utf8.count else { return false }
    var left = a.text
    var right = b.text
    return left.withUTF8 { l in right.withUTF8 { r in l.elementsEqual(r) } }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(hash)
  }

  /// One step of the hash: folds a 64-bit word into the state (multiply and shift).
  public static func mix(_ state: inout UInt64, _ word: UInt64) {
    state = (state ^ word) &* 0xFF51_AFD7_ED55_8CCD
    state ^= state >> 31
  }

  /// A 64-bit hash of text's UTF-8 bytes, eight at a time (fast, stable across runs).
  public static func hash(of text: String) -> UInt64 {
    var text = text
    return text.withUTF8 { bytes in
      var state: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
      var index = 0
      while index + 8 <= bytes.count {
        mix(&state, UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: index, as: UInt64.self)))
        index += 8
      }
      if index < bytes.count {
        var word: UInt64 = 0
        for byte in bytes[index...].reversed() { word = word << 8 | UInt64(byte) }
        mix(&state, word)
      }
      return state
    }
  }
}
