import Foundation

/// Writes the build state's compact binary form: unsigned LEB128 integers and
/// length-prefixed UTF-8 strings, nothing else (`ByteReader` reads it back).
struct ByteWriter {
  /// The bytes written so far.
  private(set) var bytes: [UInt8] = []

  /// A writer with room for `capacity` bytes (a large file is not copied each time it grows).
  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends a non-negative integer (7 bits per byte, low bits first).
  mutating func int(_ value: Int) {
    var rest = UInt64(bitPattern: Int64(value))
    while rest >= 0x80 {
      bytes.append(UInt8(rest & 0x7F) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// Appends a 64-bit value as it is (8 bytes, little-endian).
  mutating func word(_ value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
  }

  /// Appends a string: its UTF-8 length, then its bytes.
  mutating func string(_ value: String) {
    int(value.utf8.count)
    bytes.append(contentsOf: value.utf8)
  }

  /// Appends raw bytes: their count, then the bytes.
  mutating func raw(_ value: [UInt8]) {
    int(value.count)
    bytes.append(contentsOf: value)
  }

  /// Appends a count, then every element.
  mutating func list<T>(_ items: [T], _ each: (inout ByteWriter, T) -> Void) {
    int(items.count)
    for item in items { each(&self, item) }
  }

  /// Appends a list of (text, text) pairs.
  mutating func pairs(_ items: [(String, String)]) {
    list(items) { w, item in
      w.string(item.0)
      w.string(item.1)
    }
  }

  /// Appends a list of (text, number) pairs.
  mutating func counts(_ items: [(String, Int)]) {
    list(items) { w, item in
      w.string(item.0)
      w.int(item.1)
    }
  }
}

/// Reads what `ByteWriter` wrote; every read fails (returns nil) past the end or on a
/// malformed value, so that a damaged file is simply not used.
struct ByteReader {
  private let bytes: [UInt8]
  private var offset = 0

  /// A reader at the start of `bytes`.
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Whether every byte was read.
  var isAtEnd: Bool { offset == bytes.count }

  /// Reads an integer written by `ByteWriter.int`.
  mutating func int() -> Int? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while offset < bytes.count, shift < 64 {
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return Int(truncatingIfNeeded: Int64(bitPattern: value)) }
      shift += 7
    }
    return nil
  }

  /// Reads a value written by `ByteWriter.word`.
  mutating func word() -> UInt64? {
    guard offset + 8 <= bytes.count else { return nil }
    var value: UInt64 = 0
    for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
    offset += 8
    return value
  }

  /// Reads a string written by `ByteWriter.string`.
  mutating func string() -> String? {
    guard let count = int(), count >= 0, offset + count <= bytes.count else { return nil }
    defer { offset += count }
    return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
  }

  /// Reads bytes written by `ByteWriter.raw`.
  mutating func raw() -> [UInt8]? {
    guard let count = int(), count >= 0, offset + count <= bytes.count else { return nil }
    defer { offset += count }
    return Array(bytes[offset..<offset + count])
  }

  /// Reads pairs written by `ByteWriter.pairs`.
  mutating func pairs() -> [(String, String)]? {
    list { r -> (String, String)? in
      guard let first = r.string(), let second = r.string() else { return nil }
      return (first, second)
    }
  }

  /// Reads pairs written by `ByteWriter.counts`.
  mutating func counts() -> [(String, Int)]? {
    list { r -> (String, Int)? in
      guard let text = r.string(), let number = r.int() else { return nil }
      return (text, number)
    }
  }

  /// Reads a list written by `ByteWriter.list`; nil when any element fails.
  mutating func list<T>(_ each: (inout ByteReader) -> T?) -> [T]? {
    guard let count = int(), count >= 0, count <= bytes.count - offset else { return nil }
    var items: [T] = []
    items.reserveCapacity(count)
    for _ in 0..<count {
      guard let item = each(&self) else { return nil }
      items.append(item)
    }
    return items
  }
}
