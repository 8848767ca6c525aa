import CCHCCore
import Foundation

/// Updates the article search index of the last build for articles whose keys changed:
/// only the postings files of those keys are rewritten (and the metadata chunks of articles
/// whose title or summary changed), then the vocabulary that names them and the main index
/// file that names the vocabulary and the chunks. Every file read back from the output is
/// checked against the hash in its name (the main file: its recorded size); any doubt makes
/// the whole rebuild fall back to a full build.
struct SearchPatch {
  /// The index as it will be after the patch.
  private(set) var record: BuildState.SearchRecord
  /// New or changed files.
  private(set) var files: [OutputFile] = []
  /// Files the new ones replace.
  private(set) var removed: [String] = []
  let outputDirectory: String
  let outputSizes: [String: Int]
  private var numbers: [String: Int] = [:]
  /// Per key number, the articles whose rank changed (nil: no longer has the key).
  private var changes: [Int: [(article: Int, rank: Int?)]] = [:]
  /// Names the main file must change, old to new (metadata chunks).
  private var renamed: [(String, String)] = []

  init(record: BuildState.SearchRecord, outputDirectory: String, outputSizes: [String: Int]) {
    self.record = record
    self.outputDirectory = outputDirectory
    self.outputSizes = outputSizes
    for (number, key) in record.keys.enumerated() where numbers[key.key] == nil { numbers[key.key] = number }
  }

  /// Records article `article`'s new keys (with their ranks) against its old ones (encoded
  /// pairs from the state); returns the new ones encoded, nil when the old ones are damaged.
  mutating func setKeys(article: Int, old: [UInt8], new: [(String, Int)]) -> [UInt8]? {
    guard let pairs = BuildState.ArticleRecord.decodeKeys(old), pairs.allSatisfy({ record.keys.indices.contains($0.number) }) else {
      return nil
    }
    let oldRanks = Dictionary(pairs.map { ($0.number, $0.rank) }, uniquingKeysWith: { first, _ in first })
    var newRanks: [Int: Int] = [:]
    for (key, rank) in new { newRanks[number(for: key)] = rank }
    for number in Set(oldRanks.keys).union(newRanks.keys).sorted() where oldRanks[number] != newRanks[number] {
      changes[number, default: []].append((article, newRanks[number]))
    }
    return BuildState.ArticleRecord.encodeKeys(newRanks.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
  }

  /// Replaces metadata chunk `number` with `file` (when its bytes changed).
  mutating func setChunk(_ number: Int, _ file: OutputFile) {
    let name = String(file.path.dropFirst(SearchIndexBuilder.articleDirectory.count))
    guard record.chunks.indices.contains(number), record.chunks[number] != name else { return }
    files.append(file)
    removed.append(SearchIndexBuilder.articleDirectory + record.chunks[number])
    renamed.append((record.chunks[number], name))
    record.chunks[number] = name
  }

  /// The number of a key, adding it (without postings yet) when new.
  mutating func number(for key: String) -> Int {
    if let number = numbers[key] { return number }
    record.keys.append(BuildState.KeyRecord(key: key, count: 0, file: ""))
    numbers[key] = record.keys.count - 1
    return record.keys.count - 1
  }

  /// Rewrites what the changes touch; false when a file of the last build cannot be trusted.
  mutating func finish() -> Bool {
    let directory = SearchIndexBuilder.articleDirectory
    for (number, edits) in changes.sorted(by: { $0.key < $1.key }) {
      let key = record.keys[number]
      let oldPath = key.count > 0 ? directory + "k/" + key.file : nil
      var postings: [(Int, Int)] = []
      if let oldPath {
        guard let data = read(oldPath),
          SearchIndexBuilder.hashedFile("k/" + SearchIndexBuilder.fileName(forKey: key.key), data).path == oldPath,
          let list = Self.postings(data), list.count == key.count
        else { return false }
        postings = list
      }
      for edit in edits {
        postings.removeAll { $0.0 == edit.article }
        if let rank = edit.rank {
          postings.insert((edit.article, rank), at: postings.firstIndex { $0.0 > edit.article } ?? postings.count)
        }
      }
      record.keys[number].count = postings.count
      record.keys[number].file = ""
      if !postings.isEmpty {
        let file = SearchIndexBuilder.postingsFile(key.key, postings)
        record.keys[number].file = SearchIndexBuilder.postingsName(file)
        if file.path == oldPath { continue }
        files.append(file)
      }
      if let oldPath { removed.append(oldPath) }
    }
    return rewriteVocabulary()
  }

  /// The vocabulary, then the main file (which names the vocabulary and the metadata chunks)
  /// when either changed.
  mutating func rewriteVocabulary() -> Bool {
    let directory = SearchIndexBuilder.articleDirectory
    let listed = record.keys.filter { $0.count > 0 }.sorted { SearchIndexBuilder.codeUnitOrder($0.key, $1.key) }
    let vocabulary = SearchIndexBuilder.hashedFile("tu-khoa", SearchIndexBuilder.vocabulary(listed))
    let vocabularyName = String(vocabulary.path.dropFirst(directory.count))
    if vocabularyName != record.vocabularyName {
      files.append(vocabulary)
      removed.append(directory + record.vocabularyName)
      renamed.append((record.vocabularyName, vocabularyName))
      record.vocabularyName = vocabularyName
    }
    if renamed.isEmpty { return true }
    let mainPath = OutputPaths.searchMain
    guard var main = read(mainPath), main.count == outputSizes[mainPath] else { return false }
    for (old, new) in renamed {
      let (patched, count) = ByteReplace.all(in: main, "\"\(old)\"", "\"\(new)\"")
      guard count == 1 else { return false }
      main = patched
    }
    files.append(OutputFile(path: mainPath, contents: .data(main)))
    return true
  }

  func read(_ path: String) -> Data? {
    FileManager.default.contents(atPath: outputDirectory + "/" + path)
  }

  /// The (article, rank) pairs of a postings file (`[Δid, rank, …]`).
  static func postings(_ data: Data) -> [(Int, Int)]? {
    guard data.first == UInt8(ascii: "["), data.last == UInt8(ascii: "]") else { return nil }
    var numbers: [Int] = []
    var current = 0
    var digits = 0
    for byte in data.dropFirst().dropLast() {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        current = current * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
      case UInt8(ascii: ","):
        guard digits > 0 else { return nil }
        numbers.append(current)
        (current, digits) = (0, 0)
      default: return nil
      }
    }
    if digits > 0 { numbers.append(current) }
    guard numbers.count % 2 == 0 else { return nil }
    var pairs: [(Int, Int)] = []
    var id = 0
    for index in stride(from: 0, to: numbers.count, by: 2) {
      id += numbers[index]
      pairs.append((id, numbers[index + 1]))
    }
    return pairs
  }
}

/// Replaces every occurrence of a text in bytes, comparing bytes (never Unicode equivalence).
enum ByteReplace {
  /// The bytes with every `pattern` replaced, and how many there were.
  static func all(in data: Data, _ pattern: String, _ replacement: String) -> (Data, Int) {
    let needle = Array(pattern.utf8)
    let bytes = [UInt8](data)
    guard !needle.isEmpty, bytes.count >= needle.count else { return (data, 0) }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var count = 0
    var index = 0
    while index < bytes.count {
      if bytes[index] == needle[0], index + needle.count <= bytes.count, bytes[index..<index + needle.count].elementsEqual(needle) {
        result.append(contentsOf: replacement.utf8)
        index += needle.count
        count += 1
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return (Data(result), count)
  }
}
