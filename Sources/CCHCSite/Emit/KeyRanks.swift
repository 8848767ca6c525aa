import CCHCCore

/// The distinct search keys of one article with the best rank each reached, gathered from
/// the key bytes `SearchText.forEachKey` gives: an open-addressing table hashed with FNV-1a
/// (`ContentHash.fnv1a32`), so that a string is made once per distinct key and the shard
/// comes with the hash.
struct KeyRanks {
  private struct Entry {
    var hash: UInt32
    var start: Int32
    var count: Int32
    var rank: Int8
  }

  private var slots: [Int32]
  private var entries: [Entry] = []
  private var arena: [UInt8] = []

  /// An empty table sized for about `expected` distinct keys.
  init(expected: Int = 512) {
    var capacity = 16
    while capacity < expected * 2 { capacity *= 2 }
    slots = [Int32](repeating: -1, count: capacity)
    arena.reserveCapacity(expected * 8)
    entries.reserveCapacity(expected)
  }

  /// Notes `key` with `rank`, keeping the higher rank when it is already there.
  mutating func raise(_ key: UnsafeBufferPointer<UInt8>, to rank: Int) {
    let hash = ContentHash.fnv1a32(key)
    let mask = slots.count - 1
    var slot = Int(hash) & mask
    while slots[slot] >= 0 {
      let entry = entries[Int(slots[slot])]
      if entry.hash == hash, Int(entry.count) == key.count, arena[Int(entry.start)..<Int(entry.start + entry.count)].elementsEqual(key) {
        if Int(entry.rank) < rank { entries[Int(slots[slot])].rank = Int8(rank) }
        return
      }
      slot = (slot + 1) & mask
    }
    slots[slot] = Int32(entries.count)
    entries.append(Entry(hash: hash, start: Int32(arena.count), count: Int32(key.count), rank: Int8(rank)))
    arena.append(contentsOf: key)
    if entries.count * 2 > slots.count { grow() }
  }

  /// Doubles the slots and places every entry again.
  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for (index, entry) in entries.enumerated() {
      var slot = Int(entry.hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index)
    }
  }

  /// The keys with their ranks, split into `count` shards by `hash % count`,
  /// each shard in first-seen order.
  func sharded(count: Int) -> [[RankedKey]] {
    var shards = [[RankedKey]](repeating: [], count: count)
    arena.withUnsafeBufferPointer { bytes in
      for entry in entries {
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(entry.start)..<Int(entry.start + entry.count)]), as: UTF8.self)
        shards[Int(entry.hash % UInt32(count))].append(RankedKey(key: key, hash: entry.hash, rank: Int(entry.rank)))
      }
    }
    return shards
  }
}

/// A search key of an article with its FNV-1a hash and the best rank it reached (title 2,
/// summary and tags 1, body 0).
struct RankedKey: Sendable {
  var key: String
  var hash: UInt32
  var rank: Int
}

/// Numbers distinct keys in the order they are first seen, finding them by the FNV-1a hash
/// they come with (`RankedKey`) instead of hashing the string again.
struct KeyNumbers {
  private var slots = [Int32](repeating: -1, count: 1024)
  private var hashes: [UInt32] = []
  /// The keys, by number.
  private(set) var keys: [String] = []

  /// The number of `key`, given a new one when it is not there yet.
  mutating func number(of key: String, hash: UInt32) -> Int {
    let mask = slots.count - 1
    var slot = Int(hash) & mask
    while slots[slot] >= 0 {
      let number = Int(slots[slot])
      if hashes[number] == hash, keys[number] == key { return number }
      slot = (slot + 1) & mask
    }
    slots[slot] = Int32(keys.count)
    hashes.append(hash)
    keys.append(key)
    if keys.count * 2 > slots.count { grow() }
    return keys.count - 1
  }

  /// Doubles the slots and places every key again.
  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for (number, hash) in hashes.enumerated() {
      var slot = Int(hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(number)
    }
  }
}
