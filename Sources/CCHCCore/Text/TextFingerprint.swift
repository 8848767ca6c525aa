/// FNV-1a of a text's UTF-8 bytes, as 16 hexadecimal digits: a short name for "this exact
/// text" (not a secret; equal texts, equal names).
public enum TextFingerprint {
  /// The fingerprint of `text`.
  public static func of(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
