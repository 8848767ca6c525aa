import CCHCCore
import Foundation

/// What a successful build leaves beside its output for the next one (`.public.cchc-cache`
/// for `public/`, a compact binary file): the page cache, and what a quick rebuild after an
/// edit needs without reading the whole site again (`QuickRebuild`). Safe to delete: without
/// it the next build renders every page. Ignored when another build of cchc (or another
/// libcmark or libqrencode) or other build settings wrote it, and removed before a full
/// build writes anything, so that it never describes an output it did not see.
struct BuildState {
  /// Size, modification time and status-change time (nanoseconds) and inode of a source file
  /// when the build started. The status-change time cannot be set by programs (copying with
  /// the original times, `touch -d`), so an edit is seen even when the size and modification
  /// time were put back.
  struct FileSignature: Equatable {
    var size: Int
    var modified: Int
    var changed: Int = 0
    var inode: Int = 0
  }

  /// A published article, in the site's order.
  struct ArticleRecord {
    /// Content path (`tin-bai/2024/x.md`).
    var relativePath: String
    /// Page path (`tin-bai/x/`).
    var path: String
    /// `ArticleOutline.placement`: where it is listed.
    var placement: UInt64
    /// `ArticleOutline.card`: what lists and links show of it.
    var card: UInt64
    /// Its search keys as (key number in `SearchRecord.keys`, rank) pairs in increasing
    /// number order, encoded by `encodeKeys` (decoded only for an article that changed).
    var keys: [UInt8]

    /// Each pair as one integer, the gap from the previous number times 4 plus the rank
    /// (0–2): mostly one byte per key.
    static func encodeKeys(_ pairs: [(number: Int, rank: Int)]) -> [UInt8] {
      var writer = ByteWriter()
      var previous = 0
      for (number, rank) in pairs {
        writer.int((number - previous) << 2 | rank)
        previous = number
      }
      return writer.bytes
    }

    /// The pairs `encodeKeys` wrote; nil when damaged.
    static func decodeKeys(_ bytes: [UInt8]) -> [(number: Int, rank: Int)]? {
      var reader = ByteReader(bytes)
      var pairs: [(number: Int, rank: Int)] = []
      var number = 0
      while !reader.isAtEnd {
        guard let value = reader.int(), value >= 0 else { return nil }
        number += value >> 2
        pairs.append((number, value & 3))
      }
      return pairs
    }
  }

  /// How a quick rebuild makes a page again: the page job it came from
  /// (`SiteEmitter.PageJob`), the articles being those it read (`PageRecord`).
  enum Recipe {
    /// The quick rebuild cannot make it: a page to make again means a full build.
    case none
    /// The home page (`PageJob.home`, with the kept `homeExtras`).
    case home
    /// An article's page (`PageJob.article`; the article is the one it read whole).
    case article
    /// A page of an article list (`PageJob.listPage`; its articles are the cards it read).
    case list(ListRecipe)
    /// The desk screen (`PageJob.deskScreen`, with the kept `deskExtras`).
    case deskScreen
  }

  /// What `ContextBuilder.articleListPage` needs besides the articles.
  struct ListRecipe {
    /// The list's path (its first page).
    var path: String
    var title: String
    var description: String?
    /// Breadcrumbs between home and the list, as (title, path).
    var trail: [(String, String)]
    var number: Int
    var total: Int
  }

  /// A page whose data read articles (`ArticleReads`, as positions in `articles`).
  struct PageRecord {
    /// Output file.
    var file: String
    var recipe: Recipe
    var whole: [Int]
    var cards: [Int]
  }

  /// An article feed and the articles (positions in `articles`) it holds.
  struct FeedRecord {
    var path: String
    var articles: [Int]
  }

  /// A search key of the article index: its document count and postings file name.
  struct KeyRecord {
    var key: String
    var count: Int
    var file: String
  }

  /// The search index files a quick rebuild updates.
  struct SearchRecord {
    /// The article vocabulary, relative to `tim-kiem/bai/` (`tu-khoa.<hash>.json`).
    var vocabularyName = ""
    /// Every key of the article index (numbers stay stable across quick rebuilds).
    var keys: [KeyRecord] = []
    /// The article metadata files, relative to `tim-kiem/bai/` (`m/<n>.<hash>.json`).
    var chunks: [String] = []
  }

  /// File format version.
  static let version = 9
  /// `PageCache.generator` of the build that wrote it.
  var generator: String
  /// The build settings (folders, base URL, drafts, preview) it was made with.
  var settings: String
  /// The first instant after the build at which time alone changes the site (a scheduled
  /// article appears, a procedure takes effect); nil when none.
  var timeBoundary: Double?
  /// Every file of the content and theme folders (`c/…`, `t/…`).
  var sources: [String: FileSignature]
  /// Content path → page path of every document.
  var routes: [String: String]
  /// Files under `tep/`.
  var staticFiles: [StaticFile]
  var articles: [ArticleRecord]
  /// Every page whose data read articles.
  var pageReads: [PageRecord]
  /// The articles the parts every page shares read (`ContextBuilder.siteWideReads`).
  var siteWideReads: [Int]
  /// `ContextBuilder.siteWideFingerprint`.
  var siteWide: UInt64
  /// The home page's data that does not come from articles (`ContextBuilder.homeExtras`), as
  /// `HomeExtras.encoded` JSON.
  var homeExtras: [UInt8]
  /// The desk screen's data that does not come from articles (`ContextBuilder.deskExtras`),
  /// as `DeskExtras.encoded` JSON.
  var deskExtras: [UInt8] = []
  var feeds: [FeedRecord]
  var search: SearchRecord
  /// Every output file with its size.
  var outputs: [String: Int]
  /// The page cache (`PageCache`).
  var pages: [String: PageCache.Entry]
  /// The warnings and notices the build reported.
  var warnings: [ContentError]

  /// The state file of an output folder.
  static func file(for outputDirectory: String) -> String {
    let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
    return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).cchc-cache").path
  }

  /// Reads the state of an output folder; nil when missing, damaged, or written by another cchc.
  static func load(outputDirectory: String) -> BuildState? {
    guard FileManager.default.fileExists(atPath: outputDirectory),
      let data = FileManager.default.contents(atPath: file(for: outputDirectory))
    else { return nil }
    var reader = ByteReader([UInt8](data))
    guard reader.int() == version, reader.string() == PageCache.generator else { return nil }
    return decode(&reader)
  }

  /// Writes the state beside the output (best effort: a state that cannot be written only
  /// makes the next build slower).
  func save(outputDirectory: String) {
    // About 64 bytes per record (measured: 9.8 MB for 10,000 articles and 2,000 procedures).
    let records = sources.count + routes.count + outputs.count + pages.count + 4 * articles.count + search.keys.count
    var writer = ByteWriter(capacity: 64 * records)
    writer.int(Self.version)
    writer.string(generator)
    encode(&writer)
    try? Data(writer.bytes).write(to: URL(fileURLWithPath: Self.file(for: outputDirectory)))
    unlink(Self.file(for: outputDirectory) + ".json")  // the page cache of earlier versions of cchc
  }

  /// Removes the state of an output folder (before a full build changes the output).
  static func remove(outputDirectory: String) {
    unlink(file(for: outputDirectory))
  }

  func encode(_ w: inout ByteWriter) {
    w.string(settings)
    w.string(timeBoundary.map { String($0) } ?? "")
    w.list(Array(sources)) { w, entry in
      w.string(entry.key)
      w.int(entry.value.size)
      w.int(entry.value.modified)
      w.int(entry.value.changed)
      w.int(entry.value.inode)
    }
    w.pairs(routes.map { ($0.key, $0.value) })
    w.counts(staticFiles.map { ($0.relativePath, $0.size) })
    w.list(articles) { w, article in
      w.string(article.relativePath)
      w.string(article.path)
      w.word(article.placement)
      w.word(article.card)
      w.raw(article.keys)
    }
    w.list(pageReads) { w, page in
      w.string(page.file)
      switch page.recipe {
      case .none: w.int(0)
      case .home: w.int(1)
      case .article: w.int(2)
      case .list(let list):
        w.int(3)
        w.string(list.path)
        w.string(list.title)
        w.string(list.description.map { "+" + $0 } ?? "-")
        w.pairs(list.trail)
        w.int(list.number)
        w.int(list.total)
      case .deskScreen: w.int(4)
      }
      w.list(page.whole) { $0.int($1) }
      w.list(page.cards) { $0.int($1) }
    }
    w.list(siteWideReads) { $0.int($1) }
    w.word(siteWide)
    w.raw(homeExtras)
    w.raw(deskExtras)
    w.list(feeds) { w, feed in
      w.string(feed.path)
      w.list(feed.articles) { $0.int($1) }
    }
    w.string(search.vocabularyName)
    w.list(search.keys) { w, key in
      w.string(key.key)
      w.int(key.count)
      w.string(key.file)
    }
    w.list(search.chunks) { $0.string($1) }
    w.counts(outputs.map { ($0.key, $0.value) })
    w.list(Array(pages)) { w, entry in
      w.string(entry.key)
      w.word(entry.value.fingerprint)
      w.int(entry.value.size)
    }
    w.list(warnings) { w, warning in
      w.string(warning.severity.rawValue)
      w.string(warning.path)
      w.int(warning.line)
      w.string(warning.code)
      w.string(warning.message)
    }
  }

  static func decode(_ r: inout ByteReader) -> BuildState? {
    guard let settings = r.string(), let boundary = r.string(),
      let sources = r.list({ r -> (String, FileSignature)? in
        guard let path = r.string(), let size = r.int(), let modified = r.int(), let changed = r.int(),
          let inode = r.int()
        else { return nil }
        return (path, FileSignature(size: size, modified: modified, changed: changed, inode: inode))
      }),
      let routes = r.pairs(), let staticFiles = r.counts(),
      let articles = r.list({ r -> ArticleRecord? in
        guard let file = r.string(), let path = r.string(), let placement = r.word(), let card = r.word(),
          let keys = r.raw()
        else { return nil }
        return ArticleRecord(relativePath: file, path: path, placement: placement, card: card, keys: keys)
      }),
      let pageReads = r.list({ r -> PageRecord? in
        guard let file = r.string(), let recipe = decodeRecipe(&r), let whole = r.list({ $0.int() }),
          let cards = r.list({ $0.int() })
        else { return nil }
        return PageRecord(file: file, recipe: recipe, whole: whole, cards: cards)
      }),
      let siteWideReads = r.list({ $0.int() }), let siteWide = r.word(), let homeExtras = r.raw(), let deskExtras = r.raw(),
      let feeds = r.list({ r -> FeedRecord? in
        guard let path = r.string(), let members = r.list({ $0.int() }) else { return nil }
        return FeedRecord(path: path, articles: members)
      }),
      let vocabularyName = r.string(),
      let keys = r.list({ r -> KeyRecord? in
        guard let key = r.string(), let count = r.int(), let file = r.string() else { return nil }
        return KeyRecord(key: key, count: count, file: file)
      }),
      let chunks = r.list({ $0.string() }),
      let outputs = r.counts(),
      let pages = r.list({ r -> (String, PageCache.Entry)? in
        guard let path = r.string(), let fingerprint = r.word(), let size = r.int() else { return nil }
        return (path, PageCache.Entry(fingerprint: fingerprint, size: size))
      }),
      let warnings = r.list({ r -> ContentError? in
        guard let severity = r.string().flatMap(ContentError.Severity.init(rawValue:)), let path = r.string(), let line = r.int(),
          let code = r.string(), let message = r.string()
        else { return nil }
        return ContentError(path: path, line: line, code: code, message: message, severity: severity)
      }),
      r.isAtEnd
    else { return nil }
    return BuildState(
      generator: PageCache.generator, settings: settings, timeBoundary: boundary.isEmpty ? nil : Double(boundary),
      sources: Dictionary(sources, uniquingKeysWith: { a, _ in a }), routes: Dictionary(routes, uniquingKeysWith: { a, _ in a }),
      staticFiles: staticFiles.map { StaticFile(relativePath: $0.0, size: $0.1) }, articles: articles,
      pageReads: pageReads, siteWideReads: siteWideReads, siteWide: siteWide, homeExtras: homeExtras, deskExtras: deskExtras, feeds: feeds,
      search: SearchRecord(
        vocabularyName: vocabularyName, keys: keys, chunks: chunks),
      outputs: Dictionary(outputs, uniquingKeysWith: { a, _ in a }), pages: Dictionary(pages, uniquingKeysWith: { a, _ in a }),
      warnings: warnings)
  }

  static func decodeRecipe(_ r: inout ByteReader) -> Recipe? {
    switch r.int() {
    case 0: return Recipe.none
    case 1: return .home
    case 2: return .article
    case 3:
      guard let path = r.string(), let title = r.string(), let description = r.string(), let trail = r.pairs(),
        let number = r.int(), let total = r.int()
      else { return nil }
      return .list(
        ListRecipe(
          path: path, title: title, description: description.hasPrefix("+") ? String(description.dropFirst()) : nil,
          trail: trail, number: number, total: total))
    case 4: return .deskScreen
    default: return nil
    }
  }
}
