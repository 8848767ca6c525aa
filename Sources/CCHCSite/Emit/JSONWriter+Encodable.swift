import Foundation

extension JSONWriter {
  /// The JSON bytes of a typed value, as `data(_:)` writes them: compact, keys sorted, slashes as
  /// they are, and `<`, `>`, `&`, U+2028 and U+2029 escaped so that no text from content reads as
  /// markup or ends a line in a script.
  static func data<Value: Encodable>(encoding value: Value) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let plain = [UInt8](try! encoder.encode(value))  // the values are strings, numbers and lists only
    var out: [UInt8] = []
    out.reserveCapacity(plain.count)
    var index = 0
    while index < plain.count {
      let byte = plain[index]
      if byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") {
        escape(UInt16(byte), to: &out)
      } else if byte == 0xE2, index + 2 < plain.count, plain[index + 1] == 0x80, plain[index + 2] == 0xA8 || plain[index + 2] == 0xA9 {
        escape(plain[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
        index += 2
      } else {
        out.append(byte)
      }
      index += 1
    }
    return Data(out)
  }
}

/// A value written as a JSON list of its items, in order (a row of an index file).
protocol EncodedAsList: Encodable {
  /// The items, in the order they are written.
  var items: [any Encodable] { get }
}

extension EncodedAsList {
  func encode(to encoder: Encoder) throws {
    var list = encoder.unkeyedContainer()
    for item in items { try list.encode(item) }
  }
}
