import Foundation

/// Writes JSON for the values cchc builds (`JSONValue`), keys sorted for deterministic
/// output, with `<`, `>`, `&` and the line separators escaped so that text from content can
/// never close a `<script>` element. Much faster than `JSONSerialization` in the emit loop.
public enum JSONWriter {
  /// The JSON text of a value.
  public static func string(_ value: JSONValue) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(value, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// The JSON bytes of a value.
  public static func data(_ value: JSONValue) -> Data {
    var out: [UInt8] = []
    out.reserveCapacity(1024)
    write(value, to: &out)
    return Data(out)
  }

  /// The JSON bytes of a list of integers (a postings file: the index's largest lists).
  static func data(integers: [Int]) -> Data {
    var out: [UInt8] = []
    out.reserveCapacity(integers.count * 4 + 2)
    out.append(UInt8(ascii: "["))
    for (index, number) in integers.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      writeInt(number, to: &out)
    }
    out.append(UInt8(ascii: "]"))
    return Data(out)
  }

  static func write(_ value: JSONValue, to out: inout [UInt8]) {
    switch value {
    case .string(let text): writeString(text, to: &out)
    case .int(let number): writeInt(number, to: &out)
    case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .raw(let bytes): out.append(contentsOf: bytes)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        write(item, to: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let object):
      out.append(UInt8(ascii: "{"))
      for (index, entry) in object.sorted(by: { $0.key < $1.key }).enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        writeString(entry.key, to: &out)
        out.append(UInt8(ascii: ":"))
        write(entry.value, to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Appends the decimal digits of a number.
  static func writeInt(_ number: Int, to out: inout [UInt8]) {
    if number < 0 { out.append(UInt8(ascii: "-")) }
    var magnitude = number.magnitude
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      } while magnitude > 0
      for index in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[index]) }
    }
  }

  static func writeString(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    let needsEscape: (UInt8) -> Bool = { $0 < 0x20 || $0 == 34 || $0 == 92 || $0 == 60 || $0 == 62 || $0 == 38 || $0 == 0xE2 }
    // Over the string's own buffer where it has one (a scan of the UTF-8 view is slower).
    guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: needsEscape) }) ?? text.utf8.contains(where: needsEscape) else {
      out.append(contentsOf: text.utf8)
      out.append(UInt8(ascii: "\""))
      return
    }
    var bytes = Array(text.utf8)[...]
    while let byte = bytes.popFirst() {
      switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: [92, 34])
      case UInt8(ascii: "\\"): out.append(contentsOf: [92, 92])
      case 0x0A: out.append(contentsOf: [92, UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [92, UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [92, UInt8(ascii: "t")])
      case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0x00...0x1F:
        escape(UInt16(byte), to: &out)
      case 0xE2
      where bytes.count >= 2 && bytes[bytes.startIndex] == 0x80
        && (bytes[bytes.startIndex + 1] == 0xA8 || bytes[bytes.startIndex + 1] == 0xA9):
        // U+2028 and U+2029 end a line in JavaScript.
        escape(bytes[bytes.startIndex + 1] == 0xA8 ? 0x2028 : 0x2029, to: &out)
        bytes.removeFirst(2)
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  static func escape(_ unit: UInt16, to out: inout [UInt8]) {
    out.append(contentsOf: [92, UInt8(ascii: "u")])
    for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((unit >> UInt16(shift)) & 0xF)]) }
  }
}
