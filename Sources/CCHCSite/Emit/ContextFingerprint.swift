import CCHCCore

/// A 64-bit fingerprint of template data (strings, numbers, booleans, lists, dictionaries and
/// `SharedContext` objects), computed directly over the values without encoding them first.
/// A dictionary's entries count in any order, so equal data always gives the same fingerprint.
/// The page cache compares these to decide whether a page must be rendered again.
public struct ContextFingerprint {
  /// The fingerprint so far.
  public private(set) var value: UInt64 = 0x243F_6A88_85A3_08D3

  /// An empty fingerprint.
  public init() {}

  /// The fingerprint of one value.
  public static func of(_ value: Any) -> UInt64 {
    var fingerprint = ContextFingerprint()
    fingerprint.add(value)
    return fingerprint.value
  }

  /// The fingerprint as 16 hex digits.
  public static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  mutating func mix(_ word: UInt64) {
    ExactText.mix(&value, word)
  }

  /// Adds a value: its kind, then its contents.
  public mutating func add(_ any: Any) {
    // Exact types by their metadata first (cheap); a cast chain would try Foundation's
    // bridging for every miss.
    let type = Swift.type(of: any)
    if type == String.self {
      mix(1); add(text: any as! String)
    } else if type == [String: Any].self {
      add(object: any as! [String: Any])
    } else if type == SharedContext.self {
      mix(2); mix(unsafeDowncast(any as AnyObject, to: SharedContext.self).fingerprint)
    } else if type == Bool.self {
      mix(any as! Bool ? 3 : 4)
    } else if type == Int.self {
      mix(5); mix(UInt64(bitPattern: Int64(any as! Int)))
    } else if type == [Any].self {
      add(list: any as! [Any])
    } else if type == [[String: Any]].self {
      let list = any as! [[String: Any]]
      mix(7); mix(UInt64(list.count)); for item in list { add(object: item) }
    } else if type == [String: String].self {
      add(strings: any as! [String: String])
    } else if type == [[String: String]].self {
      let list = any as! [[String: String]]
      mix(7); mix(UInt64(list.count)); for item in list { add(strings: item) }
    } else if type == [String].self {
      let list = any as! [String]
      mix(7); mix(UInt64(list.count)); for item in list { mix(1); add(text: item) }
    } else if type == [SharedContext].self {
      let list = any as! [SharedContext]
      mix(7); mix(UInt64(list.count)); for item in list { mix(2); mix(item.fingerprint) }
    } else {
      addByCasting(any)
    }
  }

  mutating func add(list: [Any]) {
    mix(7)
    mix(UInt64(list.count))
    for item in list { add(item) }
  }

  /// Values of the other types (typed lists and dictionaries such as `[String]`, `Double`,
  /// optionals), by casting.
  mutating func addByCasting(_ any: Any) {
    switch any {
    case let object as [String: Any]: add(object: object)
    case let list as [Any]: add(list: list)
    case let number as Double: mix(8); mix(number.bitPattern)
    case Optional<Any>.none: mix(9)
    default: mix(10); add(text: String(describing: any))
    }
  }

  /// A dictionary: its size, then the sum of its entries' own fingerprints, which does not
  /// depend on the order a dictionary lists its entries in (that order changes from one
  /// process to the next), without sorting them.
  mutating func add(object: [String: Any]) {
    add(entries: object) { $0.add($1) }
  }

  /// A dictionary of strings, as `add(object:)` would add it (without converting it to `[String: Any]`).
  mutating func add(strings object: [String: String]) {
    add(entries: object) { entry, item in
      entry.mix(1)
      entry.add(text: item)
    }
  }

  /// A dictionary's size and the sum of its entries' fingerprints (key, then `value`).
  mutating func add<Value>(entries object: [String: Value], value: (inout ContextFingerprint, Value) -> Void) {
    mix(6)
    mix(UInt64(object.count))
    var sum: UInt64 = 0
    for (key, item) in object {
      var entry = ContextFingerprint()
      entry.add(text: key)
      value(&entry, item)
      sum &+= entry.value
    }
    mix(sum)
  }

  /// Adds a string's UTF-8 bytes (their hash, with the length).
  mutating func add(text: String) {
    mix(UInt64(text.utf8.count))
    mix(ExactText.hash(of: text))
  }
}
