import CCHCCore

/// A 64-bit fingerprint of template data, made from its values through `Encodable`: every
/// string, number and flag with the key it is stored under, in the order the data declares
/// them; each nested value (an object, a list) is fingerprinted on its own first and counts
/// as that number, so the shape counts too (`[["a"], []]` and `[[], ["a"]]` differ). The
/// page cache compares these to decide whether a page is rendered again.
public enum Fingerprint {
  /// The fingerprint of a value.
  public static func of(_ value: some Encodable) -> UInt64 {
    let encoder = FingerprintEncoder()
    encoder.mix(nested: value)
    return encoder.value
  }
}

/// The encoder behind `Fingerprint`: it keeps a running 64-bit value and never throws.
final class FingerprintEncoder: Encoder {
  private(set) var value: UInt64 = 0x243F_6A88_85A3_08D3
  var codingPath: [CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func mix(_ word: UInt64) {
    ExactText.mix(&value, word)
  }

  func mix(text: String) {
    mix(1)
    mix(UInt64(text.utf8.count))
    mix(ExactText.hash(of: text))
  }

  func mix(key: some CodingKey) {
    mix(ExactText.hash(of: key.stringValue))
  }

  func mix(integer: some BinaryInteger) {
    mix(5)
    mix(UInt64(truncatingIfNeeded: integer))
  }

  /// A nested value: fingerprinted apart, then mixed in as that number.
  func mix(nested: some Encodable) {
    if let text = nested as? String { return mix(text: text) }
    let inner = FingerprintEncoder()
    try? nested.encode(to: inner)
    mix(2)
    mix(inner.value)
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(Keyed(encoder: self))
  }

  func unkeyedContainer() -> UnkeyedEncodingContainer {
    Unkeyed(encoder: self)
  }

  func singleValueContainer() -> SingleValueEncodingContainer {
    Single(encoder: self)
  }

  /// The values of an object, each after its key.
  struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: FingerprintEncoder
    var codingPath: [CodingKey] { [] }

    func encodeNil(forKey key: Key) { encoder.mix(key: key); encoder.mix(9) }
    func encode(_ value: Bool, forKey key: Key) { encoder.mix(key: key); encoder.mix(value ? 3 : 4) }
    func encode(_ value: String, forKey key: Key) { encoder.mix(key: key); encoder.mix(text: value) }
    func encode(_ value: Double, forKey key: Key) { encoder.mix(key: key); encoder.mix(8); encoder.mix(value.bitPattern) }
    func encode(_ value: Float, forKey key: Key) { encode(Double(value), forKey: key) }
    func encode(_ value: Int, forKey key: Key) { encoder.mix(key: key); encoder.mix(integer: value) }
    func encode(_ value: Int8, forKey key: Key) { encoder.mix(key: key); encoder.mix(integer: value) }
    func encode(_ value: Int16, forKey key: Key) { encoder.mix(key: key); encoder.mix(integer: value) }
    func encode(_ value: Int32, forKey key: Key) { encoder.mix(key: key); encoder.mix(integer: value) }
    func encode(_ value: Int64, forKey key: Key) { encoder.mix(key: key); encoder.mix(integer: value) }
    func encode(_ value: UInt, forKey key: Key) { encoder.mix(key: key); encoder.mix(integer: value) }
    func encode(_ value: UInt8, forKey key: Key) { encoder.mix(key: key); encoder.mix(integer: value) }
    func encode(_ value: UInt16, forKey key: Key) { encoder.mix(key: key); encoder.mix(integer: value) }
    func encode(_ value: UInt32, forKey key: Key) { encoder.mix(key: key); encoder.mix(integer: value) }
    func encode(_ value: UInt64, forKey key: Key) { encoder.mix(key: key); encoder.mix(integer: value) }
    func encode<T: Encodable>(_ value: T, forKey key: Key) { encoder.mix(key: key); encoder.mix(nested: value) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
      encoder.mix(key: key)
      return KeyedEncodingContainer(Keyed<NestedKey>(encoder: encoder))
    }

    func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
      encoder.mix(key: key)
      return Unkeyed(encoder: encoder)
    }

    func superEncoder() -> Encoder { encoder }
    func superEncoder(forKey key: Key) -> Encoder { encoder }
  }

  /// The items of a list, in order.
  struct Unkeyed: UnkeyedEncodingContainer {
    let encoder: FingerprintEncoder
    var codingPath: [CodingKey] { [] }
    private(set) var count = 0

    mutating func encodeNil() { count += 1; encoder.mix(9) }
    mutating func encode(_ value: Bool) { count += 1; encoder.mix(value ? 3 : 4) }
    mutating func encode(_ value: String) { count += 1; encoder.mix(text: value) }
    mutating func encode(_ value: Int) { count += 1; encoder.mix(integer: value) }
    mutating func encode<T: Encodable>(_ value: T) { count += 1; encoder.mix(nested: value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
      count += 1
      return KeyedEncodingContainer(Keyed<NestedKey>(encoder: encoder))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
      count += 1
      return Unkeyed(encoder: encoder)
    }

    mutating func superEncoder() -> Encoder { encoder }
  }

  /// A single value (a shared object's own fingerprint).
  struct Single: SingleValueEncodingContainer {
    let encoder: FingerprintEncoder
    var codingPath: [CodingKey] { [] }

    func encodeNil() { encoder.mix(9) }
    func encode(_ value: Bool) { encoder.mix(value ? 3 : 4) }
    func encode(_ value: String) { encoder.mix(text: value) }
    func encode(_ value: Int) { encoder.mix(integer: value) }
    func encode(_ value: UInt64) { encoder.mix(11); encoder.mix(value) }
    func encode<T: Encodable>(_ value: T) { encoder.mix(nested: value) }
  }
}
