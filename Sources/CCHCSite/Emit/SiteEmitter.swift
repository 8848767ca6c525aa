import CCHCCore
import Foundation

/// The Emit stage: every page through the theme, plus sitemap, robots.txt, assets and files.
public struct SiteEmitter: Sendable {
  /// The assembled site.
  public let site: Site
  /// The loaded theme.
  public let theme: Theme
  /// The content folder (to copy `tep/` files from).
  public let contentDirectory: String

  /// Creates an emitter.
  /// Where stage times are recorded.
  public let timings: StageTimings
  /// Pages of the previous build, to skip rendering unchanged ones (nil: render everything).
  public var cache: PageCache?
  /// Render pages in two processes (`ProcessSplit`); only for a command-line build.
  public var splitProcesses = false
  /// Work kept from earlier builds (the preview server).
  public var memo: BuildMemo?
  /// Fingerprints of the pages of this build, to save once it is written.
  public private(set) var fingerprints: [String: PageCache.Entry] = [:]
  /// What the build state keeps of this build's search index and feeds (set by `emit`).
  private(set) var record = Record()

  /// The parts of the build state (`BuildState`) that only the Emit stage knows.
  struct Record {
    var search = BuildState.SearchRecord()
    /// Each article's search keys (in site order), encoded.
    var articleKeys: [[UInt8]] = []
    var feeds: [BuildState.FeedRecord] = []
  }

  public init(site: Site, theme: Theme, contentDirectory: String, timings: StageTimings = StageTimings()) {
    self.site = site
    self.theme = theme
    self.contentDirectory = contentDirectory
    self.timings = timings
  }

  /// A page to render: its output path, template and context.
  struct PageJob: @unchecked Sendable {
    var path: String
    var template: String
    var context: [String: Any]
    var lastModified: ContentDate?
  }

  /// Every output file, sorted by path; template problems go to `diagnostics`.
  public mutating func emit(diagnostics: inout Diagnostics) -> [OutputFile] {
    let loader = ContentLoader(contentDirectory: contentDirectory)
    let (searchFiles, searchIndexPath, searchRecord, articleKeys) = timings.measure("Emit: chỉ mục tìm kiếm") {
      SearchIndexBuilder(site: site, builder: ContextBuilder(site: site, assetURLs: assetURLs), memo: memo?.articleKeys).buildWithRecord()
    }
    var builder = contextBuilder(searchIndexPath: searchIndexPath)
    timings.measure("Emit: thẻ tin bài, đầu và chân trang") {
      builder.chrome = chrome(builder)
      builder.cards = articleCards(builder)
    }
    let jobs = timings.measure("Emit: dữ liệu trang") { pageJobs(builder) }
    record.search = searchRecord
    record.search.searchBoxPages = jobs.filter { ContextBuilder.searchBoxKinds.contains($0.template) }.map { Self.filePath($0.path) }
    record.articleKeys = articleKeys
    let position = Dictionary(uniqueKeysWithValues: site.articles.enumerated().map { ($1.path, $0) })
    record.feeds = FeedBuilder(site: site, builder: builder).articleFeeds().map { feed in
      BuildState.FeedRecord(path: feed.path, articles: feed.articles.compactMap { position[$0.path] })
    }
    for name in Set(jobs.map(\.template)).sorted() where !theme.templateNames.contains(name) {
      diagnostics.error("theme/templates/\(name).mustache", 0, "template-missing", "thiếu mẫu giao diện \"\(name).mustache\"")
    }
    if diagnostics.hasErrors { return [] }
    let cache = self.cache
    let emitter = self
    // Fingerprints first (on every core), then only the pages that changed through the theme.
    let fingerprinted = timings.measure("Emit: dấu vân tay trang") {
      ParallelMap.map(jobs.map { JobBox(job: $0) }) { box -> (path: String, fingerprint: String, kept: Bool) in
        let (path, fingerprint) = emitter.fingerprint(box.job)
        return (path, fingerprint, cache?.canKeep(path, fingerprint: fingerprint) ?? false)
      }
    }
    let toRender = fingerprinted.indices.filter { !fingerprinted[$0].kept }
    let html = timings.measure("Emit: mẫu giao diện") { renderPages(toRender.map { jobs[$0] }) }
    var pages: [OutputFile] = []
    for page in fingerprinted where page.kept {
      pages.append(OutputFile(path: page.path, contents: .keep))
      fingerprints[page.path] = cache?.entries[page.path]
    }
    for (index, data) in zip(toRender, html) {
      let page = fingerprinted[index]
      pages.append(OutputFile(path: page.path, contents: .data(data)))
      fingerprints[page.path] = PageCache.Entry(fingerprint: page.fingerprint, size: data.count)
    }
    var files = pages + searchFiles + timings.measure("Emit: mã QR") { qrFiles() }
    let listed = jobs.filter { $0.path != "404.html" && $0.template != "hotline-poster" }
    files.append(.text("sitemap.xml", Sitemap.xml(site: site, entries: listed.map { ($0.path, $0.lastModified) })))
    let dates = DateFormatting(timeZone: site.config.timeZone)
    timings.measure("Emit: RSS, sitemap") {
      for feed in FeedBuilder(site: site, builder: builder).feeds() {
        files.append(.text(feed.path, feed.xml(base: site.routes.base, dates: dates)))
      }
    }
    files.append(.text("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: \(site.routes.absolute("sitemap.xml"))\n"))
    for asset in theme.assets { files.append(OutputFile(path: asset.outputPath, contents: .data(asset.data))) }
    for file in site.staticFiles { files.append(OutputFile(path: file.relativePath, contents: .copy(loader.path(file.relativePath)))) }
    return files.sorted { $0.path < $1.path }
  }

  struct JobBox: @unchecked Sendable { var job: PageJob }

  /// URLs of the theme's assets by their own file name.
  var assetURLs: [String: String] {
    Dictionary(uniqueKeysWithValues: theme.assets.map { ($0.name, site.routes.href($0.outputPath)) })
  }

  /// The builder of template data, with the pictures' sizes and the search index's URL.
  func contextBuilder(searchIndexPath: String) -> ContextBuilder {
    let loader = ContentLoader(contentDirectory: contentDirectory)
    var imageSizes: [String: (width: Int, height: Int)] = [:]
    for file in site.staticFiles where MediaType.of(file.relativePath).hasPrefix("image/") {
      if let data = FileManager.default.contents(atPath: loader.path(file.relativePath)), let size = ImageSize.of(data) {
        imageSizes[file.relativePath] = size
      }
    }
    let defaultSize = theme.assets.first { $0.name == "chia-se.png" }.flatMap { ImageSize.of($0.data) }
    return ContextBuilder(site: site, assetURLs: assetURLs, imageSizes: imageSizes, defaultImageSize: defaultSize,
                          searchIndex: site.routes.href(searchIndexPath))
  }

  /// A page job's file path and fingerprint: everything the page is made from.
  func fingerprint(_ job: PageJob) -> (path: String, fingerprint: String) {
    (Self.filePath(job.path), ContextFingerprint.hex(ContextFingerprint.of([job.template, theme.fingerprint, job.context] as [Any])))
  }

  /// Renders pages through the theme: in two processes when `splitProcesses` (see
  /// `ProcessSplit`), else on every core of this one.
  func renderPages(_ jobs: [PageJob]) -> [Data] {
    let theme = self.theme
    if splitProcesses { return ProcessSplit.map(count: jobs.count) { Self.render(jobs[$0], theme) } }
    return ParallelMap.map(jobs.map { JobBox(job: $0) }) { Self.render($0.job, theme) }
  }

  /// A page's HTML bytes.
  static func render(_ job: PageJob, _ theme: Theme) -> Data {
    Data((theme.render(job.template, job.context) ?? "").utf8)
  }

  /// A template rendered for a fragment of other pages, without its final line end.
  func fragment(_ name: String, _ context: [String: Any]) -> String? {
    theme.render(name, context).map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }
  }

  /// The site header (one per menu state) and footer, rendered once for every page.
  func chrome(_ builder: ContextBuilder) -> [SharedContext] {
    let footer = fragment("site-footer", builder.chromeContext(currentIndex: nil))
    let states: [Int?] = [nil] + builder.menu(currentIndex: nil).indices.map { $0 }
    return states.map { index in
      var values: [String: Any] = [:]
      values["header_html"] = fragment("site-header", builder.chromeContext(currentIndex: index))
      values["footer_html"] = footer
      return SharedContext(values)
    }
  }

  /// Every article's card, rendered once with `article-card.mustache` (as `card_html`) for
  /// all the lists that show it; by article path.
  func articleCards(_ builder: ContextBuilder) -> [String: SharedContext] {
    let emitter = self
    nonisolated(unsafe) let site = builder.common(ContextBuilder.PageInfo(path: "", heading: "", kind: "article-card"))["site"] ?? [:]
    let memo = self.memo?.cardHTML
    let cards = ParallelMap.map(self.site.articles) { article -> (String, SharedContext) in
      var card = builder.articleCard(article)
      let context = card.merging(["site": site]) { own, _ in own }
      let render = { emitter.fragment("article-card", context) }
      card["card_html"] = memo.map { $0.value(for: ContextFingerprint.of([emitter.theme.fingerprint, context] as [Any]), render) }
        ?? render()
      return (article.path, SharedContext(card))
    }
    memo?.endBuild()
    return Dictionary(cards, uniquingKeysWith: { first, _ in first })
  }

  /// A QR code (SVG) of every procedure page and hotline page, beside the page.
  /// A code whose target URL did not change since the last build is kept (page cache).
  mutating func qrFiles() -> [OutputFile] {
    let paths = site.procedures.map(\.path) + site.hotlines.map(\.path)
    let cache = self.cache
    let site = self.site
    let codes = ParallelMap.map(paths) { path -> (OutputFile, PageCache.Entry) in
      let target = site.routes.absolute(path)
      let file = path + ContextBuilder.qrFile
      let fingerprint = ContextFingerprint.hex(ContextFingerprint.of(["qr-svg", target]))
      if let cache, cache.canKeep(file, fingerprint: fingerprint), let entry = cache.entries[file] {
        return (OutputFile(path: file, contents: .keep), entry)
      }
      let svg = Data((QRCode.encode(target)?.svg(title: "Mã QR: \(target)") ?? "").utf8)
      return (OutputFile(path: file, contents: .data(svg)), PageCache.Entry(fingerprint: fingerprint, size: svg.count))
    }
    for (file, entry) in codes { fingerprints[file.path] = entry }
    return codes.map(\.0)
  }

  /// `tin-bai/x/` → `tin-bai/x/index.html`; `404.html` stays.
  static func filePath(_ path: String) -> String {
    path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
  }

  /// Every page of the site with its template and context.
  func pageJobs(_ b: ContextBuilder) -> [PageJob] {
    var jobs: [PageJob] = []
    let newest = site.articles.first?.document.date
    jobs.append(PageJob(path: "", template: "home", context: b.home(), lastModified: newest))
    for (path, context) in b.articleListPages(path: Routes.articles, title: "Tin bài", description: site.config.description,
                                              articles: site.articles) {
      jobs.append(PageJob(path: path, template: "article-list", context: context, lastModified: newest))
    }
    for group in site.categories {
      for (path, context) in b.articleListPages(path: group.path, title: group.name, description: group.description,
                                                articles: group.articles, trail: [("Tin bài", Routes.articles)]) {
        jobs.append(PageJob(path: path, template: "article-list", context: context, lastModified: group.articles.first?.document.date))
      }
    }
    for group in site.tags {
      for (path, context) in b.articleListPages(path: group.path, title: "Từ khóa: \(group.name)", description: nil,
                                                articles: group.articles, trail: [("Tin bài", Routes.articles)]) {
        jobs.append(PageJob(path: path, template: "article-list", context: context, lastModified: group.articles.first?.document.date))
      }
    }
    let articleJobs = ParallelMap.map(Array(site.articles.indices)) { index in
      JobBox(job: PageJob(path: site.articles[index].path, template: "article", context: b.article(at: index),
                          lastModified: site.articles[index].document.date))
    }
    jobs += articleJobs.map(\.job)
    let procedureUpdated = site.procedures.compactMap { $0.document.updated }.max()
    jobs.append(PageJob(path: Routes.procedures, template: "procedure-index", context: b.procedureIndex(), lastModified: procedureUpdated))
    for group in site.fields {
      jobs.append(PageJob(path: group.path, template: "procedure-field", context: b.procedureField(group),
                          lastModified: (group.active + group.withdrawn).compactMap { $0.document.updated }.max()))
    }
    let procedureJobs = ParallelMap.map(site.procedures) { procedure in
      JobBox(job: PageJob(path: procedure.path, template: "procedure", context: b.procedure(procedure),
                          lastModified: procedure.document.updated))
    }
    jobs += procedureJobs.map(\.job)
    for hotline in site.hotlines {
      jobs.append(PageJob(path: hotline.path, template: "hotline", context: b.hotline(hotline), lastModified: nil))
      jobs.append(PageJob(path: hotline.path + "in/", template: "hotline-poster", context: b.hotlinePoster(hotline),
                          lastModified: nil))
    }
    jobs.append(PageJob(path: ContextBuilder.cataloguePath, template: "procedure-catalogue", context: b.catalogue(),
                        lastModified: procedureUpdated))
    for page in site.pages {
      jobs.append(PageJob(path: page.path, template: "page", context: b.page(page), lastModified: nil))
    }
    jobs.append(PageJob(path: Routes.search, template: "search", context: b.searchPage(), lastModified: nil))
    jobs.append(PageJob(path: "404.html", template: "404", context: b.notFound(), lastModified: nil))
    return jobs
  }
}

/// `sitemap.xml`: every published page, absolute URLs, `lastmod` where known.
public enum Sitemap {
  /// The sitemap of the given page paths.
  public static func xml(site: Site, entries: [(String, ContentDate?)]) -> String {
    let dates = DateFormatting(timeZone: site.config.timeZone)
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    for (path, modified) in entries.sorted(by: { $0.0 < $1.0 }) {
      xml += "  <url><loc>\(Escape.xml(site.routes.absolute(path)))</loc>"
      if let modified { xml += "<lastmod>\(dates.iso(modified))</lastmod>" }
      xml += "</url>\n"
    }
    return xml + "</urlset>\n"
  }
}

/// Escaping for the contexts cchc writes itself (templates escape HTML on their own).
public enum Escape {
  /// XML text and attribute values.
  public static func xml(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      default: result.append(character)
      }
    }
    return result
  }
}
