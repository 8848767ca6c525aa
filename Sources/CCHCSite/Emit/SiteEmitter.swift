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

  /// Where stage times are recorded.
  public let timings: StageTimings
  /// Pages of the previous build, to skip rendering unchanged ones (nil: render everything).
  public var cache: PageCache?
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
    /// The pages whose data read articles, and what the parts every page shares read.
    var pageReads: [BuildState.PageRecord] = []
    var siteWideReads: [Int] = []
    var siteWide: UInt64 = 0
    /// `ContextBuilder.homeExtras()` as JSON (`HomeExtras.encoded`).
    var homeExtras: [UInt8] = []
    /// `ContextBuilder.deskExtras()` as JSON (`DeskExtras.encoded`).
    var deskExtras: [UInt8] = []
  }

  /// Creates an emitter.
  public init(site: Site, theme: Theme, contentDirectory: String, timings: StageTimings = StageTimings()) {
    self.site = site
    self.theme = theme
    self.contentDirectory = contentDirectory
    self.timings = timings
  }

  /// A page to make: its output path, template and how to build its template data (built
  /// only by the process that makes the page).
  struct PageJob: @unchecked Sendable {
    var path: String
    var template: String
    /// The page's `lastmod` in the sitemap.
    var lastModified: ContentDate?
    /// How a quick rebuild makes the page again (`BuildState.Recipe`).
    var recipe: BuildState.Recipe = .none
    var context: (ContextBuilder) -> any TemplateData
  }

  /// A page of an article list.
  struct ListInfo {
    var path: String
    var title: String
    var description: String?
    var trail: [(String, String)]
    var slice: Pagination<RenderedArticle>.PageSlice
  }

  /// Every output file, sorted by path; template problems go to `diagnostics`.
  public mutating func emit(diagnostics: inout Diagnostics) -> [OutputFile] {
    var builder = contextBuilder()
    timings.measure("Emit: đầu và chân trang") { addChrome(to: &builder) }
    let jobs = pageJobs()
    for name in Set(jobs.map(\.template)).union(Self.fragmentTemplates).sorted() where !theme.templateNames.contains(name) {
      diagnostics.error("theme/templates/\(name).mustache", 0, "template-missing", "thiếu mẫu giao diện \"\(name).mustache\"")
    }
    if diagnostics.hasErrors { return [] }
    let (made, others) = makePages(jobs, builder)
    var files = pageFiles(jobs, made)
    for (file, entry) in others.codes {
      files.append(file)
      fingerprints[file.path] = entry
    }
    files += others.files
    record = others.record
    (record.pageReads, record.siteWideReads) = pageReads(jobs, made, builder)
    record.siteWide = builder.siteWideFingerprint
    return timings.measure("Emit: xếp tệp") { files.sorted { $0.path < $1.path } }
  }

  /// The files that do not come from templates, and the build state's record.
  struct OtherFiles: Sendable {
    /// The QR codes, with their page-cache entries.
    var codes: [(OutputFile, PageCache.Entry)] = []
    /// The search index, the sitemap, the feeds, `robots.txt`, the assets and the files of `tep/`.
    var files: [OutputFile] = []
    var record = Record()
  }

  /// Every page, with the files that do not come from templates. The article cards are made
  /// first (on every core), so that every page that shows them can be made; then the search
  /// index, the QR codes and the other files are made on one thread while the pages are made
  /// on the others.
  func makePages(_ jobs: [PageJob], _ builder: ContextBuilder) -> (made: [PageResult], others: OtherFiles) {
    var withCards = builder
    withCards.cards = timings.measure("Emit: thẻ tin bài") { articleCards(builder) }
    let emitter = self
    let ready = withCards
    let (others, made) = Concurrently.run(
      { emitter.otherFiles(jobs, ready) },
      and: {
        emitter.timings.measure("Emit: trang (dữ liệu, dấu vân tay, mẫu giao diện)") {
          ParallelMap.map(jobs) { emitter.make($0, ready) }
        }
      })
    return (made, others)
  }

  /// The pages' files (kept ones as `.keep`), noting their page-cache entries.
  mutating func pageFiles(_ jobs: [PageJob], _ made: [PageResult]) -> [OutputFile] {
    var files: [OutputFile] = []
    for (job, page) in zip(jobs, made) {
      let path = OutputPaths.file(ofPage: job.path)
      if let html = page.html {
        files.append(OutputFile(path: path, contents: .data(html)))
        fingerprints[path] = PageCache.Entry(fingerprint: page.fingerprint, size: html.count)
      } else {
        files.append(OutputFile(path: path, contents: .keep))
        fingerprints[path] = cache?.entries[path]
      }
    }
    return files
  }

  /// What the build state keeps of the search index, the feeds, the lists and the home page.
  func record(_ jobs: [PageJob], _ search: SearchIndexBuilder.Built, _ builder: ContextBuilder) -> Record {
    var record = Record()
    record.search = search.record
    record.articleKeys = search.articleKeys
    let position = articlePositions
    record.feeds = FeedBuilder(site: site, builder: builder).articleFeeds().map { feed in
      BuildState.FeedRecord(path: feed.path, articles: feed.articles.compactMap { position[$0.path] })
    }
    record.homeExtras = builder.homeExtras().encoded
    record.deskExtras = builder.deskExtras().encoded
    return record
  }

  /// Each article's position in the site's articles, by path.
  var articlePositions: [String: Int] {
    Dictionary(uniqueKeysWithValues: site.articles.indices.map { (site.articles[$0].path, $0) })
  }

  /// What the pages and the parts every page shares read, as positions in the site's articles.
  func pageReads(
    _ jobs: [PageJob], _ made: [PageResult], _ builder: ContextBuilder
  ) -> (pages: [BuildState.PageRecord], siteWide: [Int]) {
    let position = articlePositions
    let positions = { (paths: [String]) in paths.compactMap { position[$0] } }
    let pages = zip(jobs, made).compactMap { job, page -> BuildState.PageRecord? in
      if page.reads.whole.isEmpty && page.reads.cards.isEmpty { return nil }
      return BuildState.PageRecord(
        file: OutputPaths.file(ofPage: job.path), recipe: job.recipe, whole: positions(page.reads.whole),
        cards: positions(page.reads.cards))
    }
    return (pages, positions(builder.siteWideReads.whole + builder.siteWideReads.cards))
  }

  /// The search index, the QR codes and the build state's record, then `fixedFiles`.
  func otherFiles(_ jobs: [PageJob], _ builder: ContextBuilder) -> OtherFiles {
    var others = OtherFiles()
    let search = timings.measure("Emit: chỉ mục tìm kiếm") { SearchIndexBuilder(site: site, memo: memo?.articleKeys).build() }
    others.codes = timings.measure("Emit: mã QR") { qrFiles() }
    others.record = timings.measure("Emit: ghi nhận cho lần dựng sau") { record(jobs, search, builder) }
    others.files = search.files + fixedFiles(jobs, builder)
    return others
  }

  /// The sitemap, the feeds, `robots.txt`, the theme's assets and the files of `tep/`.
  func fixedFiles(_ jobs: [PageJob], _ builder: ContextBuilder) -> [OutputFile] {
    var files: [OutputFile] = []
    let listed = jobs.filter {
      $0.path != OutputPaths.notFound && !["hotline-poster", "survey-poster", "desk-screen"].contains($0.template)
    }
    let dates = DateFormatting(timeZone: site.config.timeZone)
    timings.measure("Emit: RSS, sitemap") {
      files.append(.text(OutputPaths.sitemap, Sitemap.xml(site: site, entries: listed.map { ($0.path, $0.lastModified) })))
      for feed in FeedBuilder(site: site, builder: builder).feeds() {
        files.append(.text(feed.path, feed.xml(base: site.routes.base, dates: dates)))
      }
    }
    files.append(.text(OutputPaths.robots, "User-agent: *\nAllow: /\n\nSitemap: \(site.routes.absolute(OutputPaths.sitemap))\n"))
    for asset in theme.assets { files.append(OutputFile(path: asset.outputPath, contents: .data(asset.data))) }
    let loader = ContentLoader(contentDirectory: contentDirectory)
    for file in site.staticFiles { files.append(OutputFile(path: file.relativePath, contents: .copy(loader.path(file.relativePath)))) }
    return files
  }

  /// Builds a page's template data, fingerprints it, and renders it unless the page cache
  /// keeps the file.
  func make(_ job: PageJob, _ builder: ContextBuilder) -> PageResult {
    var builder = builder
    let log = ReadLog()
    builder.reads = log
    let context = job.context(builder)
    let fingerprint = Self.fingerprint(template: job.template, theme: theme, context)
    if let cache, cache.canKeep(OutputPaths.file(ofPage: job.path), fingerprint: fingerprint) {
      return PageResult(fingerprint: fingerprint, html: nil, reads: log.reads)
    }
    let html = theme.render(job.template, context) ?? ""
    return PageResult(fingerprint: fingerprint, html: Data(html.utf8), reads: log.reads)
  }

  /// URLs of the theme's assets by their own file name.
  var assetURLs: [String: String] {
    Dictionary(uniqueKeysWithValues: theme.assets.map { ($0.name, site.routes.href($0.outputPath)) })
  }

  /// The builder of template data, with the pictures' sizes.
  func contextBuilder() -> ContextBuilder {
    let loader = ContentLoader(contentDirectory: contentDirectory)
    var imageSizes: [String: (width: Int, height: Int)] = [:]
    for file in site.staticFiles where MediaType.of(file.relativePath).hasPrefix("image/") {
      if let data = FileManager.default.contents(atPath: loader.path(file.relativePath)), let size = ImageSize.of(data) {
        imageSizes[file.relativePath] = size
      }
    }
    let defaultSize = theme.assets.first { $0.name == "chia-se.png" }.flatMap { ImageSize.of($0.data) }
    return ContextBuilder(site: site, assetURLs: assetURLs, imageSizes: imageSizes, defaultImageSize: defaultSize)
  }

  /// The fingerprint of a page or fragment: its template, the theme and its data.
  static func fingerprint(template: String, theme: Theme, _ data: any TemplateData) -> UInt64 {
    let encoder = FingerprintEncoder()
    encoder.mix(text: template)
    encoder.mix(text: theme.fingerprint)
    encoder.mix(nested: data)
    return encoder.value
  }

  /// A template rendered for a fragment of other pages, without its final line end.
  func fragment(_ name: String, _ context: any TemplateData) -> String? {
    theme.render(name, context).map(Self.droppingLineEnd)
  }

  /// A text without its final `\n` (one that is not part of `\r\n`), cut on its bytes:
  /// `String.dropLast` walks the text's characters.
  static func droppingLineEnd(_ text: String) -> String {
    let bytes = text.utf8
    guard bytes.last == UInt8(ascii: "\n"), bytes.dropLast().last != UInt8(ascii: "\r") else { return text }
    return String(Substring(bytes.dropLast()))
  }

  /// The templates rendered once and printed by many pages (see `docs/theme-context.md`).
  static let fragmentTemplates: Set<String> = ["site-header", "site-footer", "head-links", "article-card"]

  /// Renders the fragments every page prints: the site header (one per menu state), the
  /// footer, and the head links (one per kind of page).
  func addChrome(to builder: inout ContextBuilder) {
    builder.chrome = chrome(builder)
    for kind in builder.headLinkKinds {
      builder.headLinks[kind] = fragment("head-links", builder.headLinksContext(kind))
    }
  }

  /// The site header (one per menu state) and footer, rendered once for every page.
  func chrome(_ builder: ContextBuilder) -> [Shared<Chrome>] {
    let footer = fragment("site-footer", builder.chromeContext(currentIndex: nil))
    let states: [Int?] = [nil] + builder.menu(currentIndex: nil).indices.map { $0 }
    return states.map { index in
      Shared(Chrome(headerHTML: fragment("site-header", builder.chromeContext(currentIndex: index)), footerHTML: footer))
    }
  }

  /// Every article's card, rendered once with `article-card.mustache` (as `card_html`) for
  /// all the lists that show it; by article path.
  func articleCards(_ builder: ContextBuilder) -> [String: Shared<ArticleCard>] {
    let emitter = self
    let site = builder.siteInfo
    let memo = self.memo?.cardHTML
    let cards = ParallelMap.map(self.site.articles) { article -> (String, Shared<ArticleCard>) in
      let card = builder.articleCard(article)
      let context = CardContext(card: card, site: site)
      let render = { emitter.fragment("article-card", context) }
      let html =
        memo.map { $0.value(for: Self.fingerprint(template: "article-card", theme: emitter.theme, context), render) }
        ?? render()
      return (article.path, Shared(card.with(html: html)))
    }
    memo?.endBuild()
    return Dictionary(cards, uniquingKeysWith: { first, _ in first })
  }

  /// A QR code (SVG) of every procedure page and hotline page, beside the page, and of the
  /// satisfaction survey. A code whose target URL did not change since the last build is
  /// kept (page cache).
  func qrFiles() -> [(OutputFile, PageCache.Entry)] {
    var targets = (site.procedures.map(\.path) + site.hotlines.map(\.path)).map {
      (file: OutputPaths.qrCode(ofPage: $0), target: site.routes.absolute($0))
    }
    if let survey = site.config.survey { targets.append((OutputPaths.surveyQR, survey.url)) }
    let cache = self.cache
    let codes = ParallelMap.map(targets) { file, target -> (OutputFile, PageCache.Entry) in
      let fingerprint = Fingerprint.of(["qr-svg", target])
      if let cache, cache.canKeep(file, fingerprint: fingerprint), let entry = cache.entries[file] {
        return (OutputFile(path: file, contents: .keep), entry)
      }
      let svg = Data((QRCode.encode(target)?.svg(title: "Mã QR: \(target)") ?? "").utf8)
      return (OutputFile(path: file, contents: .data(svg)), PageCache.Entry(fingerprint: fingerprint, size: svg.count))
    }
    return codes
  }

  /// Every page of the site with its template and how to build its data.
  func pageJobs() -> [PageJob] {
    var jobs: [PageJob] = []
    let newest = site.articles.first?.document.date
    jobs.append(.home(lastModified: newest))
    jobs += listJobs(
      path: Routes.articles, title: "Tin bài", description: site.config.description, articles: site.articles,
      trail: [], lastModified: newest)
    for group in site.categories {
      jobs += listJobs(
        path: group.path, title: group.name, description: group.description, articles: group.articles,
        trail: [("Tin bài", Routes.articles)], lastModified: group.articles.first?.document.date)
    }
    for group in site.tags {
      jobs += listJobs(
        path: group.path, title: "Từ khóa: \(group.name)", description: nil, articles: group.articles,
        trail: [("Tin bài", Routes.articles)], lastModified: group.articles.first?.document.date)
    }
    for index in site.articles.indices {
      jobs.append(.article(site.articles[index], at: index))
    }
    let procedureUpdated = site.procedures.compactMap { $0.document.updated }.max()
    jobs.append(PageJob(path: Routes.procedures, template: "procedure-index", lastModified: procedureUpdated) { $0.procedureIndex() })
    for group in site.fields {
      jobs.append(
        PageJob(
          path: group.path, template: "procedure-field",
          lastModified: (group.active + group.withdrawn).compactMap { $0.document.updated }.max()
        ) {
          $0.procedureField(group)
        })
    }
    for procedure in site.procedures {
      jobs.append(
        PageJob(path: procedure.path, template: "procedure", lastModified: procedure.document.updated) {
          $0.procedure(procedure)
        })
    }
    if site.config.survey != nil {
      jobs.append(PageJob(path: OutputPaths.surveyPoster, template: "survey-poster", lastModified: nil) { $0.surveyPoster() })
    }
    for hotline in site.hotlines {
      jobs.append(PageJob(path: hotline.path, template: "hotline", lastModified: nil) { $0.hotline(hotline) })
      jobs.append(
        PageJob(path: OutputPaths.poster(ofHotline: hotline.path), template: "hotline-poster", lastModified: nil) {
          $0.hotlinePoster(hotline)
        })
    }
    jobs.append(
      PageJob(path: OutputPaths.catalogue, template: "procedure-catalogue", lastModified: procedureUpdated) {
        $0.catalogue()
      })
    for page in site.pages {
      jobs.append(PageJob(path: page.path, template: "page", lastModified: nil) { $0.page(page) })
    }
    if !site.dialogues.isEmpty {
      jobs.append(
        PageJob(path: Routes.dialogues, template: "dialogue-list", lastModified: site.dialogues.first?.document.date) {
          $0.dialogueList()
        })
    }
    for dialogue in site.dialogues {
      jobs.append(PageJob(path: dialogue.path, template: "dialogue", lastModified: dialogue.document.date) { $0.dialogue(dialogue) })
    }
    jobs.append(.deskScreen())
    jobs.append(PageJob(path: Routes.search, template: "search", lastModified: nil) { $0.searchPage() })
    jobs.append(PageJob(path: OutputPaths.notFound, template: "404", lastModified: nil) { $0.notFound() })
    return jobs
  }

  /// The pages of a paginated article list at `path`.
  func listJobs(
    path: String, title: String, description: String?, articles: [RenderedArticle],
    trail: [(String, String)], lastModified: ContentDate?
  ) -> [PageJob] {
    Pagination(articles, size: site.config.articlesPerPage).pages.map { slice in
      .listPage(ListInfo(path: path, title: title, description: description, trail: trail, slice: slice), lastModified: lastModified)
    }
  }
}

extension SiteEmitter.PageJob {
  /// The home page; `extras`: what the build state kept of its data (`ContextBuilder.home`).
  static func home(lastModified: ContentDate?, extras: HomeExtras? = nil) -> Self {
    Self(path: "", template: "home", lastModified: lastModified, recipe: .home) { $0.home(extras: extras) }
  }

  /// The desk screen; `extras`: what the build state kept of its data (`ContextBuilder.deskScreen`).
  static func deskScreen(extras: DeskExtras? = nil) -> Self {
    Self(path: OutputPaths.deskScreen, template: "desk-screen", lastModified: nil, recipe: .deskScreen) {
      $0.deskScreen(extras: extras)
    }
  }

  /// The page of the article at `index` of the site's articles.
  static func article(_ article: RenderedArticle, at index: Int) -> Self {
    Self(path: article.path, template: "article", lastModified: article.document.date, recipe: .article) {
      $0.article(at: index)
    }
  }

  /// A page of an article list.
  static func listPage(_ list: SiteEmitter.ListInfo, lastModified: ContentDate?) -> Self {
    let recipe = BuildState.Recipe.list(
      BuildState.ListRecipe(
        path: list.path, title: list.title, description: list.description, trail: list.trail, number: list.slice.number,
        total: list.slice.total))
    return Self(
      path: Routes.paginated(list.path, page: list.slice.number), template: "article-list", lastModified: lastModified,
      recipe: recipe
    ) {
      $0.articleListPage(path: list.path, title: list.title, description: list.description, slice: list.slice, trail: list.trail)
    }
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
