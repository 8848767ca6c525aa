import Foundation

/// Finds the lines of a body that are placeholder text of `cchc new`
/// (`NewContent.placeholderLines`), spaces and tabs around them ignored. Every published body
/// is scanned, so the scan reads bytes and compares only lines of a placeholder's length.
enum PlaceholderLines {
  /// A placeholder line: its number from 0 (the body's first line) and its text.
  struct Found: Equatable {
    var offset: Int
    var text: String
  }

  /// The placeholders' UTF-8 bytes, by length.
  static let byLength: [Int: [[UInt8]]] = Dictionary(grouping: NewContent.placeholderLines.sorted().map { Array($0.utf8) }, by: \.count)

  /// Every placeholder line of `body`, in order.
  static func find(in body: String) -> [Found] {
    var body = body
    return body.withUTF8 { bytes in
      var found: [Found] = []
      var (lineStart, offset) = (0, 0)
      for end in bytes.indices where bytes[end] == UInt8(ascii: "\n") {
        if let text = placeholder(bytes, lineStart, end) { found.append(Found(offset: offset, text: text)) }
        (lineStart, offset) = (end + 1, offset + 1)
      }
      if let text = placeholder(bytes, lineStart, bytes.count) { found.append(Found(offset: offset, text: text)) }
      return found
    }
  }

  /// The placeholder that the bytes `start..<end` hold, spaces, tabs and a final carriage
  /// return around it ignored; nil when they hold none.
  static func placeholder(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
    var (start, end) = (start, end)
    let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    while start < end, blank(bytes[start]) { start += 1 }
    while end > start, blank(bytes[end - 1]) { end -= 1 }
    guard let candidates = byLength[end - start] else { return nil }
    let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
    return candidates.first { $0.elementsEqual(line) }.map { String(decoding: $0, as: UTF8.self) }
  }
}
