import Foundation

/// Reads the pixel size of PNG, JPEG, GIF and WebP files from their headers, for
/// `og:image:width`/`height` (Facebook often shows no picture on a first share without them).
public enum ImageSize {
  /// `(width, height)`, or nil when the format is unknown or the header is damaged.
  public static func of(_ data: Data) -> (width: Int, height: Int)? {
    let b = [UInt8](data.prefix(512 * 1024))
    func be16(_ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
    func be32(_ i: Int) -> Int { be16(i) << 16 | be16(i + 2) }
    func le16(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
    if b.count >= 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
      return (be32(16), be32(20))
    }
    if b.count >= 10, b.starts(with: [0x47, 0x49, 0x46]) {
      return (le16(6), le16(8))
    }
    if b.count >= 30, b.starts(with: [0x52, 0x49, 0x46, 0x46]), b[8..<12].elementsEqual([0x57, 0x45, 0x42, 0x50]) {
      switch String(decoding: b[12..<16], as: UTF8.self) {
      case "VP8X": return (1 + (Int(b[24]) | Int(b[25]) << 8 | Int(b[26]) << 16), 1 + (Int(b[27]) | Int(b[28]) << 8 | Int(b[29]) << 16))
      case "VP8 ": return (le16(26) & 0x3FFF, le16(28) & 0x3FFF)
      case "VP8L":
        let bits = Int(b[21]) | Int(b[22]) << 8 | Int(b[23]) << 16 | Int(b[24]) << 24
        return ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
      default: return nil
      }
    }
    if b.count >= 4, b[0] == 0xFF, b[1] == 0xD8 {
      var i = 2
      while i + 9 < b.count {
        guard b[i] == 0xFF else { return nil }
        let marker = b[i + 1]
        if marker == 0xD8 || (0xD0...0xD7).contains(marker) || marker == 0x01 { i += 2; continue }
        let length = be16(i + 2)
        let isFrame = (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
        if isFrame { return (be16(i + 7), be16(i + 5)) }
        i += 2 + length
      }
    }
    return nil
  }
}
