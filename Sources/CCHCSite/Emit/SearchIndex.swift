import CCHCCore
import Foundation

/// Builds the static search index (see `docs/search-index.md`): a small main file naming the
/// others, the procedures in parts fetched as a query needs them (`ProcedureIndex`), and the
/// articles as an inverted index with one file per search key, fetched only for the words of
/// a query.
public struct SearchIndexBuilder {
  let site: Site
  /// Each article's keys from earlier builds of this process (the preview server).
  var memo: Memo<ArticleText, [[RankedKey]]>?

  /// The text of an article that its search keys come from.
  public struct ArticleText: Hashable, Sendable {
    var title: ExactText
    var body: ExactText
    var summary: ExactText
    var tags: ExactText
  }

  /// Creates an index builder.
  init(site: Site, memo: Memo<ArticleText, [[RankedKey]]>? = nil) {
    self.site = site
    self.memo = memo
  }

  /// Articles per metadata chunk.
  static let chunkSize = 100

  /// The index files (the main one is `OutputPaths.searchMain`), and what a quick rebuild
  /// needs to update the article index (`BuildState.SearchRecord`, each article's keys as
  /// (key number, rank) pairs).
  public struct Built {
    /// Every file of the index.
    public var files: [OutputFile]
    var record: BuildState.SearchRecord
    var articleKeys: [[UInt8]]
  }

  /// Makes the index.
  public func build() -> Built {
    var files: [OutputFile] = []
    let (articleFiles, articleInfo, record, articleKeys) = articleIndex()
    files += articleFiles
    let procedures = ProcedureIndex(site: site)
    files += procedures.files
    let entry = procedures.entry
    let main: JSONValue = [
      "v": 3, "base": .string(site.routes.base.path), "articles": articleInfo, "table": .string(entry.table),
      "codes": .string(entry.codes), "words": .string(entry.words), "text": .string(entry.text),
      "vocabulary": .object(entry.vocabulary.mapValues(JSONValue.string)), "hotlines": .array(entry.hotlines.map(JSONValue.strings)),
    ]
    files.append(OutputFile(path: OutputPaths.searchMain, contents: .data(JSONWriter.data(main))))
    return Built(files: files, record: record, articleKeys: articleKeys)
  }

  /// Folder of the article index.
  static let articleDirectory = OutputPaths.articleIndexFolder

  /// The article index in `tim-kiem/bai/`: `tu-khoa.<hash>.json` (every key with its document
  /// frequency and the hash of its postings file), `k/<key>.<hash>.json` (postings: document id
  /// deltas and the best field rank) and `m/<n>.<hash>.json` (titles, URLs, dates, excerpts).
  /// Every file carries a hash of its own bytes, so an edit changes only the files it touches.
  func articleIndex() -> ([OutputFile], JSONValue, BuildState.SearchRecord, [[UInt8]]) {
    // Each article's keys with their best rank, split into shards by key so that the
    // postings of the shards can be gathered in parallel.
    let shardCount = 32
    let memo = self.memo
    let perArticle = ParallelMap.map(site.articles) { article -> [[RankedKey]] in
      let text = Self.text(of: article)
      guard let memo else { return Self.keys(of: text, shardCount: shardCount) }
      return memo.value(for: text) { Self.keys(of: text, shardCount: shardCount) }
    }
    memo?.endBuild()
    // Postings (article id, rank) in article order, per shard, by the key's number in its shard.
    let shards = ParallelMap.map(Array(0..<shardCount)) { shard -> (KeyNumbers, [[(Int, Int)]]) in
      var numbers = KeyNumbers()
      var postings: [[(Int, Int)]] = []
      for (id, articleShards) in perArticle.enumerated() {
        for ranked in articleShards[shard] {
          let number = numbers.number(of: ranked.key, hash: ranked.hash)
          if number == postings.count { postings.append([]) }
          postings[number].append((id, ranked.rank))
        }
      }
      return (numbers, postings)
    }
    let located = shards.enumerated().flatMap { shard, entry in entry.0.keys.indices.map { (shard, $0) } }
    let order = located.sorted { Self.codeUnitOrder(shards[$0.0].0.keys[$0.1], shards[$1.0].0.keys[$1.1]) }
    let keyFiles = ParallelMap.map(order) { shard, number in Self.postingsFile(shards[shard].0.keys[number], shards[shard].1[number]) }
    var files = keyFiles
    func add(_ stem: String, _ data: Data) -> String {
      let file = Self.hashedFile(stem, data)
      files.append(file)
      return String(file.path.dropFirst(Self.articleDirectory.count))
    }
    var records: [BuildState.KeyRecord] = []
    var articleKeys = [[(number: Int, rank: Int)]](repeating: [], count: site.articles.count)
    for (number, ((shard, local), file)) in zip(order, keyFiles).enumerated() {
      let postings = shards[shard].1[local]
      records.append(BuildState.KeyRecord(key: shards[shard].0.keys[local], count: postings.count, file: Self.postingsName(file)))
      for (id, rank) in postings { articleKeys[id].append((number, rank)) }
    }
    let vocabularyName = add("tu-khoa", Self.vocabulary(records))
    let dates = DateFormatting(timeZone: site.config.timeZone)
    var chunks: [String] = []
    for (number, start) in stride(from: 0, to: site.articles.count, by: Self.chunkSize).enumerated() {
      let file = Self.chunkFile(number, site.articles[start..<min(start + Self.chunkSize, site.articles.count)], dates: dates)
      files.append(file)
      chunks.append(String(file.path.dropFirst(Self.articleDirectory.count)))
    }
    let info: JSONValue = [
      "dir": .string(Self.articleDirectory), "vocabulary": .string(vocabularyName), "chunks": .strings(chunks),
      "count": .int(site.articles.count), "chunk": .int(Self.chunkSize),
    ]
    let record = BuildState.SearchRecord(vocabularyName: vocabularyName, keys: records, chunks: chunks)
    return (files, info, record, ParallelMap.map(articleKeys) { BuildState.ArticleRecord.encodeKeys($0) })
  }

  /// Metadata file `number` of the article index: title, path, date and excerpt of each
  /// article of the chunk.
  static func chunkFile(_ number: Int, _ articles: ArraySlice<RenderedArticle>, dates: DateFormatting) -> OutputFile {
    let rows = articles.map { article -> JSONValue in
      .strings([
        article.document.title, article.path, dates.display(article.document.date),
        Text.excerpt(ContextBuilder.summary(of: article), limit: 160),
      ])
    }
    return hashedFile("m/\(number)", JSONWriter.data(.array(rows)))
  }

  /// A key's postings file: article number deltas and ranks, `[Δid, rank, Δid, rank, …]`.
  static func postingsFile(_ key: String, _ postings: [(Int, Int)]) -> OutputFile {
    var flat: [Int] = []
    flat.reserveCapacity(postings.count * 2)
    var previous = 0
    for (id, rank) in postings {
      flat.append(id - previous)
      flat.append(rank)
      previous = id
    }
    return hashedFile("k/\(fileName(forKey: key))", JSONWriter.data(integers: flat))
  }

  /// A postings file's name as the vocabulary gives it (relative to `k/`).
  static func postingsName(_ file: OutputFile) -> String {
    String(file.path.dropFirst(articleDirectory.count + 2))
  }

  /// The vocabulary file: every key with postings, its document count and postings file.
  static func vocabulary(_ records: [BuildState.KeyRecord]) -> Data {
    JSONWriter.data(["keys": .array(records.map { [.string($0.key), .int($0.count), .string($0.file)] })])
  }

  /// The text of an article its keys come from.
  static func text(of article: RenderedArticle) -> ArticleText {
    ArticleText(
      title: ExactText(article.document.title), body: ExactText(article.body.text),
      summary: ExactText(ContextBuilder.summary(of: article)), tags: ExactText(article.document.tags.joined(separator: " ")))
  }

  /// An article's search keys with their best rank (title 2, summary and tags 1, body 0),
  /// split into shards.
  static func keys(of text: ArticleText, shardCount: Int) -> [[RankedKey]] {
    var ranks = KeyRanks()
    SearchText.forEachKey(text.body.text) { ranks.raise($0, to: 0) }
    SearchText.forEachKey(text.summary.text) { ranks.raise($0, to: 1) }
    SearchText.forEachKey(text.tags.text) { ranks.raise($0, to: 1) }
    SearchText.forEachKey(text.title.text) { ranks.raise($0, to: 2) }
    return ranks.sharded(count: shardCount)
  }

  /// A file of the article index named by its stem and a hash of its bytes.
  static func hashedFile(_ stem: String, _ data: Data) -> OutputFile {
    OutputFile(
      path: OutputPaths.searchFile(stem, hash: ContentHash.hex(data).prefix(8), in: articleDirectory), contents: .data(data))
  }

  /// The file name of a key: the key itself when it is plain ASCII, else `x` and its UTF-8 in hex.
  public static func fileName(forKey key: String) -> String {
    if key.unicodeScalars.allSatisfy({ ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }) { return key }
    return "x" + key.utf8.map { String(format: "%02x", $0) }.joined()
  }

  /// The order JavaScript sorts strings in (UTF-16 code units), so the client can binary-search.
  static func codeUnitOrder(_ a: String, _ b: String) -> Bool {
    a.utf16.lexicographicallyPrecedes(b.utf16)
  }

}

/// Numbers search keys while documents are read, then renumbers them in sorted order.
struct Vocabulary {
  private var ids: [String: Int] = [:]
  /// Each token seen, with its id: `keyOf` runs once per distinct token.
  private var tokenIds: [String: Int] = [:]
  private var keys: [String] = []
  /// What a token is numbered by: its search key, or another form of it.
  let keyOf: (String) -> String

  /// A vocabulary of tokens' search keys (`keyOf: SearchText.toneNormalized` numbers spellings).
  init(keyOf: @escaping (String) -> String = SearchText.key) {
    self.keyOf = keyOf
  }

  /// The ids of the tokens' keys, in order (positions matter for phrase bonuses).
  mutating func ids(_ tokens: [String]) -> [Int] {
    tokens.map { token in
      if let id = tokenIds[token] { return id }
      let key = keyOf(token)
      let id = ids[key] ?? keys.count
      if id == keys.count {
        keys.append(key)
        ids[key] = id
      }
      tokenIds[token] = id
      return id
    }
  }

  /// The distinct ids of the tokens' keys.
  mutating func uniqueIds(_ tokens: [String]) -> [Int] {
    Array(Set(ids(tokens))).sorted()
  }

  /// The keys in sorted order and a function mapping old ids to sorted ids (sets stay sorted).
  func sorted() -> ([String], ([Int]) -> [Int]) {
    let order = keys.indices.sorted { SearchIndexBuilder.codeUnitOrder(keys[$0], keys[$1]) }
    var newId = [Int](repeating: 0, count: keys.count)
    for (position, old) in order.enumerated() { newId[old] = position }
    return (order.map { keys[$0] }, { $0.map { newId[$0] } })
  }
}
