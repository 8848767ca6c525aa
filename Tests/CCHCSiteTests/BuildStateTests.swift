import Foundation
import Testing

@testable import CCHCCore
@testable import CCHCSite

@Suite struct BuildStateTests {
  @Test func bytesRoundTrip() {
    var writer = ByteWriter()
    writer.int(0)
    writer.int(127)
    writer.int(128)
    writer.int(1 << 40)
    writer.word(0xDEAD_BEEF_0123_4567)
    writer.string("Ủy ban nhân dân")
    writer.raw([1, 2, 255])
    writer.list([3, 1_000_000]) { $0.int($1) }
    var reader = ByteReader(writer.bytes)
    #expect(reader.int() == 0)
    #expect(reader.int() == 127)
    #expect(reader.int() == 128)
    #expect(reader.int() == 1 << 40)
    #expect(reader.word() == 0xDEAD_BEEF_0123_4567)
    #expect(reader.string() == "Ủy ban nhân dân")
    #expect(reader.raw() == [1, 2, 255])
    #expect(reader.list { $0.int() } == [3, 1_000_000])
    #expect(reader.isAtEnd)
    #expect(reader.int() == nil, "reading past the end fails")
  }

  @Test func articleKeysRoundTrip() {
    let pairs = [(number: 0, rank: 2), (number: 3, rank: 0), (number: 40, rank: 1), (number: 70_000, rank: 2)]
    let bytes = BuildState.ArticleRecord.encodeKeys(pairs)
    #expect(bytes.count <= 7, "small gaps take one byte")
    let decoded = BuildState.ArticleRecord.decodeKeys(bytes)
    #expect(decoded?.map { [$0.number, $0.rank] } == pairs.map { [$0.number, $0.rank] })
    #expect(BuildState.ArticleRecord.decodeKeys([0x80]) == nil, "a cut number is damage")
  }

  @Test func damagedBytesAreRejected() {
    var writer = ByteWriter()
    writer.string("một chuỗi dài")
    var truncated = ByteReader(Array(writer.bytes.dropLast(3)))
    #expect(truncated.string() == nil)
    var hugeCount = ByteReader([0xFF, 0xFF, 0x03])
    #expect(hugeCount.list { $0.int() } == nil)
  }

  @Test func stateRoundTrip() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-state-\(UUID().uuidString)")
    let output = folder.appendingPathComponent("public").path
    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let state = BuildState(
      generator: PageCache.generator, settings: "content\u{0}theme", timeBoundary: 1_800_000_000.5,
      sources: [
        "c/site.yml": .init(size: 10, modified: 123, changed: 456, inode: 789), "t/templates/a.mustache": .init(size: 4, modified: -1),
      ],
      routes: ["tin-bai/a.md": "tin-bai/a/"], staticFiles: [StaticFile(relativePath: "tep/a.pdf", size: 99)],
      articles: [.init(relativePath: "tin-bai/a.md", path: "tin-bai/a/", placement: 42, card: 43, keys: [0, 2, 1, 0])],
      pageReads: [
        .init(
          file: "tin-bai/index.html",
          recipe: .list(
            .init(path: "tin-bai/", title: "Tin bài", description: nil, trail: [("Tin bài", "tin-bai/")], number: 1, total: 1)),
          whole: [], cards: [0]),
        .init(file: "index.html", recipe: .home, whole: [], cards: [0]),
        .init(file: "tin-bai/a/index.html", recipe: .article, whole: [0], cards: []),
        .init(file: "hoi-dap/index.html", recipe: .none, whole: [], cards: [0]),
      ],
      siteWideReads: [0], siteWide: 0xFEDC_BA98_7654_3210, homeExtras: Array("{\"procedureCount\":3}".utf8),
      feeds: [.init(path: "rss.xml", articles: [0])],
      search: .init(
        vocabularyName: "tu-khoa.2.json",
        keys: [.init(key: "a", count: 1, file: "a.3.json"), .init(key: "b", count: 1, file: "b.4.json")],
        chunks: ["m/0.5.json"]),
      outputs: ["index.html": 12], pages: ["index.html": .init(fingerprint: 0xFF, size: 12)],
      warnings: [ContentError(path: "content/tin-bai/a.md", line: 3, code: "broken-link", message: "liên kết hỏng", severity: .warning)])
    state.save(outputDirectory: output)
    let loaded = try #require(BuildState.load(outputDirectory: output))
    #expect(loaded.settings == state.settings)
    #expect(loaded.timeBoundary == state.timeBoundary)
    #expect(loaded.sources == state.sources)
    #expect(loaded.routes == state.routes)
    #expect(loaded.staticFiles == state.staticFiles)
    #expect(loaded.articles.map(\.keys) == [[0, 2, 1, 0]])
    #expect(loaded.articles.map(\.placement) == [42])
    #expect(loaded.articles.map(\.card) == [43])
    #expect(loaded.pageReads.map(\.file) == state.pageReads.map(\.file))
    #expect(loaded.pageReads.map(\.whole) == [[], [], [0], []])
    #expect(loaded.pageReads.map(\.cards) == [[0], [0], [], [0]])
    guard case .list(let list) = loaded.pageReads[0].recipe else { Issue.record("not a list"); return }
    #expect(list.title == "Tin bài" && list.description == nil && list.number == 1 && list.total == 1)
    #expect(list.trail.map(\.1) == ["tin-bai/"])
    #expect(loaded.pageReads[1...].map { "\($0.recipe)" } == ["home", "article", "none"])
    #expect(loaded.siteWideReads == [0])
    #expect(loaded.siteWide == 0xFEDC_BA98_7654_3210)
    #expect(loaded.homeExtras == state.homeExtras && !loaded.homeExtras.isEmpty)
    #expect(loaded.search.chunks == ["m/0.5.json"])
    #expect(loaded.feeds.map(\.articles) == [[0]])
    #expect(loaded.search.keys.map(\.file) == ["a.3.json", "b.4.json"])
    #expect(loaded.search.chunks == ["m/0.5.json"])
    #expect(loaded.outputs == state.outputs)
    #expect(loaded.pages == state.pages)
    #expect(loaded.warnings == state.warnings)
    // A damaged file is not used.
    let file = BuildState.file(for: output)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
    try bytes.dropLast(5).write(to: URL(fileURLWithPath: file))
    #expect(BuildState.load(outputDirectory: output) == nil)
  }

  /// A field added to `Article` must be added to the outline hash: other pages may read it.
  @Test func outlineCoversEveryArticleField() {
    let article = Article(
      source: SourceRef(relativePath: "a.md", displayPath: "a.md", bodyLine: 1), slug: "a", title: "A",
      date: ContentDate(instant: Date(timeIntervalSince1970: 0), hasTime: false), categories: [],
      summary: nil, image: nil, author: nil, origin: nil, tags: [], audio: nil, isDraft: false, body: "")
    let labels = Mirror(reflecting: article).children.compactMap(\.label)
    #expect(labels == ArticleOutline.fields)
  }

  @Test func outlineChangesWithFrontMatterAndSummaryOnly() {
    func rendered(
      title: String = "Tiêu đề", date: Double = 0, summary: String? = nil, author: String? = nil,
      body: String
    ) -> RenderedArticle {
      let article = Article(
        source: SourceRef(relativePath: "a.md", displayPath: "a.md", bodyLine: 1), slug: "a", title: title,
        date: ContentDate(instant: Date(timeIntervalSince1970: date), hasTime: false), categories: ["x"],
        summary: summary, image: nil, author: author, origin: nil, tags: [], audio: nil, isDraft: false, body: body)
      return Rendered(document: article, path: "tin-bai/a/", body: MarkdownDocument.render(body) { _, _ in nil })
    }
    func card(_ article: RenderedArticle) -> UInt64 { ArticleOutline.card(article, summary: ContextBuilder.summary(of: article)) }
    let base = rendered(body: "Đoạn đầu.\n\nĐoạn hai.")
    #expect(card(rendered(body: "Đoạn đầu.\n\nĐoạn hai đã sửa.")) == card(base), "a later paragraph is not on cards")
    #expect(card(rendered(body: "Đoạn đầu đã sửa.\n\nĐoạn hai.")) != card(base), "the first paragraph is the summary")
    #expect(card(rendered(summary: "Tóm tắt", body: "Đoạn đầu đã sửa.")) == card(rendered(summary: "Tóm tắt", body: "Khác.")))
    #expect(card(rendered(title: "Tiêu đề khác", body: "Đoạn đầu.\n\nĐoạn hai.")) != card(base))
    #expect(card(rendered(author: "Tác giả", body: "Đoạn đầu.\n\nĐoạn hai.")) == card(base), "the author is on its page only")
    #expect(ArticleOutline.placement(rendered(title: "Khác", body: "Khác.")) == ArticleOutline.placement(base))
    #expect(ArticleOutline.placement(rendered(date: 86_400, body: "Đoạn đầu.\n\nĐoạn hai.")) != ArticleOutline.placement(base))
  }

  @Test func postingsAndReplacement() {
    let file = SearchIndexBuilder.postingsFile("xa", [(2, 0), (5, 2), (9, 1)])
    guard case .data(let data) = file.contents else { Issue.record("postings are data"); return }
    #expect(SearchPatch.postings(data)?.map { [$0.0, $0.1] } == [[2, 0], [5, 2], [9, 1]])
    #expect(SearchPatch.postings(Data("[1,2,3]".utf8)) == nil, "odd count")
    #expect(SearchPatch.postings(Data("{\"a\":1}".utf8)) == nil)
    let (replaced, count) = ByteReplace.all(in: Data("a chi-muc.1.json b chi-muc.1.json".utf8), "chi-muc.1.json", "chi-muc.22.json")
    #expect(String(decoding: replaced, as: UTF8.self) == "a chi-muc.22.json b chi-muc.22.json")
    #expect(count == 2)
  }
}

@Suite struct HomeExtrasTests {
  /// Read back from the build state, the home page's extras have the same fingerprint (so the
  /// page cache agrees with a full build).
  @Test func roundTripKeepsEveryValue() throws {
    let extras = HomeExtras(
      procedureCount: 12, onlineCount: 0,
      fields: [FieldSummary(name: "Hộ tịch", slug: "ho-tich", url: "/thu-tuc/linh-vuc/ho-tich/", count: 3)],
      hotlines: [Contact(unit: "UBND", phones: [Phone(display: "0225 3822 468", tel: "tel:02253822468")], topics: "a, b")],
      hotlineURL: nil, allArticlesURL: "/a/<b>&\"c\"", proceduresURL: "/thu-tuc/")
    let decoded = try #require(HomeExtras.decoded(extras.encoded))
    #expect(Fingerprint.of(decoded) == Fingerprint.of(extras))
    #expect(decoded.encoded == extras.encoded)
    #expect(HomeExtras.decoded(Array(extras.encoded.dropLast())) == nil)
  }
}
