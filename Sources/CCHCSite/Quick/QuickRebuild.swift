import CCHCCore
import Foundation

/// The quick path of a rebuild (`cchc build` again, the preview server after an edit). When
/// the only files changed since the last build are published articles that keep their place
/// (`ArticleOutline.placement`: path, date, categories, tags, draft), only what read them is
/// made again, as the last build recorded it: the pages that read an edited article whole, or
/// its card when what lists show of it changed (`ArticleOutline.card`: title, summary,
/// picture, sound), as each page's data noted (`ArticleReads`, kept in
/// `BuildState.pageReads`); the feeds that carry it; its search keys' postings files, the
/// metadata chunk that shows it and the index files that name them. The articles read
/// besides the edited ones are those these files read. Each page made again must read the
/// same articles as before, and the parts every page shares must come out the same
/// (`ContextBuilder.siteWideFingerprint`). Anything else (a new, removed or renamed file,
/// another kind of file, the theme, `site.yml`, the settings, a date that has come, a
/// top-level output file or folder missing, a file read back whose bytes do not match its
/// name or size, a page to make again that has no `BuildState.Recipe`) means a full build,
/// so the result is always what a full build gives; the tests compare the two byte for byte.
struct QuickRebuild {
  let options: BuildOptions
  let themeDirectory: String
  let outputDirectory: String
  /// `SiteBuilder.settings` of this build.
  let settings: String
  /// The state the last build left.
  let state: BuildState
  /// Every source file now.
  let snapshot: SourceSnapshot

  /// The report of the quick rebuild and the state to keep (nil: the last one stands); nil
  /// when a full build is needed. Throws `BuildFailure` when an edited article has errors
  /// (nothing is written then).
  func run() throws -> (report: SiteBuilder.Report, next: BuildState?)? {
    let timings = options.timings
    guard let edited = editedArticles(), timings.measure("Dựng nhanh: kiểm tra thư mục kết quả", outputLooksIntact) else { return nil }
    if edited.isEmpty {
      return (report(state, written: 0, removed: 0, edits: 0), nil)
    }
    guard let context = try timings.measure("Dựng nhanh: đọc bài cần dùng", { try load(edited) }) else { return nil }
    var next = state
    guard let search = timings.measure("Dựng nhanh: chỉ mục tìm kiếm", { searchPatch(context, edited: edited, next: &next) })
    else { return nil }
    let builder = SiteEmitter(site: context.site, theme: context.theme, contentDirectory: options.contentDirectory)
      .contextBuilder()
    guard let (pages, entries) = timings.measure("Dựng nhanh: trang", { makePages(context, builder: builder) }),
      let feeds = timings.measure("Dựng nhanh: RSS", { feeds(context, builder: builder) })
    else { return nil }
    let files = pages + feeds + search.files
    let written = try SiteBuilder.write(into: outputDirectory, timings: timings, problems: Diagnostics()) { writer in
      try writer.patch(files, removing: search.removed)
    }
    next.sources = snapshot.settled
    next.search = search.record
    for path in search.removed {
      next.outputs[path] = nil
      next.pages[path] = nil
    }
    for file in files {
      if case .data(let data) = file.contents { next.outputs[file.path] = data.count }
      next.pages[file.path] = entries[file.path]
    }
    next.warnings = Self.merge(
      state.warnings, replacing: Set(context.edited.map(\.document.source.displayPath)),
      with: context.problems.sorted.filter { $0.severity != .error })
    return (report(next, written: written.written, removed: written.removed, edits: edited.count), next)
  }

  /// The edited articles' new search keys (noted in `next`) and the metadata chunks that
  /// changed, applied to the index of the last build; nil when its files cannot be trusted.
  func searchPatch(_ context: Context, edited: [Int], next: inout BuildState) -> SearchPatch? {
    var search = SearchPatch(record: state.search, outputDirectory: outputDirectory, outputSizes: state.outputs)
    for (index, article) in zip(edited, context.edited) {
      let keys = SearchIndexBuilder.keys(of: SearchIndexBuilder.text(of: article), shardCount: 1)[0].map { ($0.key, $0.rank) }
      guard let encoded = search.setKeys(article: index, old: state.articles[index].keys, new: keys) else { return nil }
      next.articles[index].keys = encoded
    }
    let dates = DateFormatting(timeZone: context.site.config.timeZone)
    for chunk in context.chunks {
      let first = chunk * SearchIndexBuilder.chunkSize
      let members = (first..<min(first + SearchIndexBuilder.chunkSize, state.articles.count)).map {
        context.site.articles[context.position[$0]!]
      }
      search.setChunk(chunk, SearchIndexBuilder.chunkFile(chunk, members[...], dates: dates))
    }
    return search.finish() ? search : nil
  }

  /// What the quick rebuild reads: the small site of the articles the new files need.
  struct Context {
    var site: Site
    var theme: Theme
    /// The edited articles, in the order of `edited`.
    var edited: [RenderedArticle]
    /// Position in `site.articles` of each article read, by its position in the last build.
    var position: [Int: Int]
    /// The pages made again (those that read what the edits changed).
    var pages: [BuildState.PageRecord]
    /// The search metadata chunks that hold an article whose card changed.
    var chunks: [Int]
    /// The home page's data besides its articles, when it is made again.
    var homeExtras: HomeExtras?
    /// The desk screen's data besides its articles, when it is made again.
    var deskExtras: DeskExtras?
    /// The article feeds that hold an edited article.
    var feedPaths: Set<String>
    /// The edited articles' problems (warnings only; errors were thrown).
    var problems: Diagnostics
  }

  /// The most articles a quick rebuild takes on.
  static let maximumEdits = 50

  /// Positions (in `state.articles`) of the articles changed since the last build, in
  /// order; nil when anything else changed or the last build's state does not apply.
  func editedArticles() -> [Int]? {
    guard state.settings == settings, options.now.timeIntervalSince1970 < (state.timeBoundary ?? .infinity),
      state.sources.count == snapshot.signatures.count
    else { return nil }
    var changed: [String] = []
    for (path, signature) in snapshot.signatures {
      guard let old = state.sources[path] else { return nil }
      if old != signature { changed.append(path) }
    }
    if changed.isEmpty { return [] }
    // Past a few dozen edits (a search-and-replace over the whole column) a full build is as quick.
    guard changed.count <= Self.maximumEdits else { return nil }
    let position = Dictionary(state.articles.enumerated().map { ($1.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
    var edited: [Int] = []
    for path in changed {
      guard path.hasPrefix("c/"), let index = position[String(path.dropFirst(2))] else { return nil }
      edited.append(index)
    }
    return edited.sorted()
  }

  /// Whether the output still looks like the last build's: every top-level file is there
  /// with its size and every top-level folder is there (so an emptied or half-deleted output
  /// means a full build). Files the quick rebuild reads are checked when read. A file deleted
  /// by hand deep inside the output is not looked for (walking 20,000 files costs as much as
  /// the rest of a quick rebuild): `cchc build --full` makes everything again.
  func outputLooksIntact() -> Bool {
    var folders: Set<Substring> = []
    for (path, size) in state.outputs {
      if let slash = path.firstIndex(of: "/") {
        folders.insert(path[..<slash])
      } else if FileTree.size(of: outputDirectory + "/" + path) != size {
        return false
      }
    }
    return folders.allSatisfy { folder in
      var info = stat()
      return stat(outputDirectory + "/" + folder, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
  }

  /// Decodes the articles the new files read, the hotline pages and other pages (the menu)
  /// and the theme; nil when anything differs from what the quick path can redo.
  func load(_ edited: [Int]) throws -> Context? {
    let loader = ContentLoader(contentDirectory: options.contentDirectory)
    guard let (setup, theme) = siteAndTheme(loader) else { return nil }
    let reader = DocumentReader(loader: loader, setup: setup, routes: Routes(base: setup.config.baseURL, byFile: state.routes))
    guard let (read, problems, recarded) = try readEdited(edited, reader: reader, loader: loader),
      let (needed, pagesToMake, feedPaths, chunks) = articlesNeeded(Set(edited), recarded: Set(recarded))
    else { return nil }
    let remakesHome = pagesToMake.contains { if case .home = $0.recipe { true } else { false } }
    let homeExtras = remakesHome ? HomeExtras.decoded(state.homeExtras) : nil
    if remakesHome && homeExtras == nil { return nil }
    let remakesDesk = pagesToMake.contains { if case .deskScreen = $0.recipe { true } else { false } }
    let deskExtras = remakesDesk ? DeskExtras.decoded(state.deskExtras) : nil
    if remakesDesk && deskExtras == nil { return nil }
    let editedSet = Set(edited)
    let others = needed.filter { !editedSet.contains($0) }.sorted()
    let unchanged = ParallelMap.map(others) { reader.article(state.articles[$0].relativePath) }
    guard unchanged.allSatisfy({ $0.0 != nil && !$0.1.hasErrors }) else { return nil }
    let hotlines = reader.all(ContentKind.hotline, in: state.routes) { reader.hotline($0) }
    let pages = reader.all(ContentKind.page, in: state.routes) { reader.page($0) }
    guard let hotlines, let pages, let dialogues = reader.dialogues(in: state.routes) else { return nil }
    var site = SiteAssembler.assemble(
      config: setup.config, routes: reader.routes,
      articles: read + unchanged.compactMap(\.0),
      procedures: [], hotlines: hotlines, pages: pages, staticFiles: state.staticFiles,
      now: ContentDate(instant: options.now, hasTime: true), includesDrafts: options.includeDrafts)
    (site.dialogues, site.questionsByProcedure) = dialogues
    site.isPreview = options.preview
    // The same places as in the last build.
    let order = needed.sorted()
    guard site.articles.map(\.path) == order.map({ state.articles[$0].path }) else { return nil }
    let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    return Context(
      site: site, theme: theme, edited: edited.map { site.articles[position[$0]!] }, position: position,
      pages: pagesToMake, chunks: chunks, homeExtras: homeExtras, deskExtras: deskExtras, feedPaths: feedPaths,
      problems: problems)
  }

  /// The edited articles, their problems (thrown when there are errors) and those whose card
  /// changed; nil when one moved in the lists.
  func readEdited(
    _ edited: [Int], reader: DocumentReader, loader: ContentLoader
  ) throws
    -> (articles: [RenderedArticle], problems: Diagnostics, recarded: [Int])?
  {
    let read = ParallelMap.map(edited) { reader.article(state.articles[$0].relativePath) }
    var problems = Diagnostics()
    for (_, local) in read { problems.merge(local) }
    if problems.hasErrors { throw failure(problems, edited: edited, loader: loader) }
    var recarded: [Int] = []
    for (index, (article, _)) in zip(edited, read) {
      guard let article, ArticleOutline.placement(article) == state.articles[index].placement else { return nil }
      if ArticleOutline.card(article, summary: ContextBuilder.summary(of: article)) != state.articles[index].card {
        recarded.append(index)
      }
    }
    return (read.compactMap(\.0), problems, recarded)
  }

  /// `site.yml` decoded and the theme loaded; nil when either has problems (they were fine at
  /// the last build and have not changed, so that would be a surprise worth a full build).
  func siteAndTheme(_ loader: ContentLoader) -> (DecodeSetup, Theme)? {
    var diagnostics = Diagnostics()
    guard let siteFile = loader.siteFile(diagnostics: &diagnostics) else { return nil }
    let setup = DecodeSetup(
      siteFile: siteFile, placeholder: siteFile, staticFiles: state.staticFiles,
      baseURLOverride: options.baseURLOverride, diagnostics: &diagnostics)
    let theme = Theme.load(themeDirectory: themeDirectory, contentDirectory: options.contentDirectory, diagnostics: &diagnostics)
    return diagnostics.hasErrors ? nil : (setup, theme)
  }

  /// What the edits make again, from what each file read at the last build: the pages that
  /// read an edited article whole or the card of one whose card changed, the feeds that hold an
  /// edited article, the search metadata chunks that show one whose card changed; and the
  /// articles (positions in the last build) those read, with those the parts every page shares
  /// read. Nil when a page to make again has no recipe.
  func articlesNeeded(
    _ edited: Set<Int>, recarded: Set<Int>
  )
    -> (needed: Set<Int>, pages: [BuildState.PageRecord], feedPaths: Set<String>, chunks: [Int])?
  {
    let pages = state.pageReads.filter { !edited.isDisjoint(with: $0.whole) || !recarded.isDisjoint(with: $0.cards) }
    var needed = edited.union(state.siteWideReads)
    for page in pages {
      if case .none = page.recipe { return nil }
      needed.formUnion(page.whole)
      needed.formUnion(page.cards)
    }
    let feedPaths = Set(state.feeds.filter { !edited.isDisjoint(with: $0.articles) }.map(\.path))
    for feed in state.feeds where feedPaths.contains(feed.path) { needed.formUnion(feed.articles) }
    let chunks = Set(recarded.map { $0 / SearchIndexBuilder.chunkSize }).sorted()
    for chunk in chunks {
      let first = chunk * SearchIndexBuilder.chunkSize
      needed.formUnion(first..<first + SearchIndexBuilder.chunkSize)
    }
    return (needed.filter(state.articles.indices.contains), pages, feedPaths, chunks)
  }

  /// The failure a full build would report: the edited articles' problems, and the other
  /// files' warnings of the last build.
  func failure(_ problems: Diagnostics, edited: [Int], loader: ContentLoader) -> BuildFailure {
    var failure = Diagnostics()
    let editedFiles = Set(edited.map { loader.path(state.articles[$0].relativePath) })
    for warning in state.warnings where !editedFiles.contains(warning.path) { failure.add(warning) }
    failure.merge(problems)
    return BuildFailure(failure)
  }

  /// The pages to make again, with their page-cache entries; nil when the theme lacks a
  /// template, a page reads other articles than at the last build, or the parts every page
  /// shares differ.
  func makePages(_ context: Context, builder: ContextBuilder) -> ([OutputFile], [String: PageCache.Entry])? {
    let emitter = SiteEmitter(site: context.site, theme: context.theme, contentDirectory: options.contentDirectory)
    var builder = builder
    emitter.addChrome(to: &builder)
    guard builder.siteWideFingerprint == state.siteWide else { return nil }
    if context.pages.contains(where: { if case .article = $0.recipe { false } else { true } }) {
      builder.cards = emitter.articleCards(builder)
    }
    var files: [OutputFile] = []
    var entries: [String: PageCache.Entry] = [:]
    for record in context.pages {
      guard let job = job(record, context), context.theme.templateNames.contains(job.template) else { return nil }
      let page = emitter.make(job, builder)
      let paths = { (positions: [Int]) in positions.map { state.articles[$0].path } }
      guard let html = page.html, page.reads == ArticleReads(whole: paths(record.whole), cards: paths(record.cards)),
        OutputPaths.file(ofPage: job.path) == record.file
      else { return nil }
      files.append(OutputFile(path: record.file, contents: .data(html)))
      entries[record.file] = PageCache.Entry(fingerprint: page.fingerprint, size: html.count)
    }
    return (files, entries)
  }

  /// The job that made a page, over the articles read (the same jobs as a full build's,
  /// `SiteEmitter.pageJobs`); nil when it cannot be made again.
  func job(_ record: BuildState.PageRecord, _ context: Context) -> SiteEmitter.PageJob? {
    let articles = context.site.articles
    switch record.recipe {
    case .none: return nil
    case .home: return context.homeExtras.map { .home(lastModified: nil, extras: $0) }
    case .deskScreen: return context.deskExtras.map { .deskScreen(extras: $0) }
    case .article:
      guard record.whole.count == 1, let position = context.position[record.whole[0]] else { return nil }
      return .article(articles[position], at: position)
    case .list(let list):
      let positions = record.cards.compactMap { context.position[$0] }
      guard positions.count == record.cards.count else { return nil }
      let slice = Pagination<RenderedArticle>.PageSlice(number: list.number, total: list.total, items: positions.map { articles[$0] })
      let info = SiteEmitter.ListInfo(path: list.path, title: list.title, description: list.description, trail: list.trail, slice: slice)
      return .listPage(info, lastModified: nil)
    }
  }

  /// The feeds that carry an edited article; nil when one of them is missing.
  func feeds(_ context: Context, builder: ContextBuilder) -> [OutputFile]? {
    let dates = DateFormatting(timeZone: context.site.config.timeZone)
    let feeds = FeedBuilder(site: context.site, builder: builder).feeds().filter { context.feedPaths.contains($0.path) }
    guard feeds.count == context.feedPaths.count else { return nil }
    return feeds.map { OutputFile.text($0.path, $0.xml(base: context.site.routes.base, dates: dates)) }
  }

  /// The report of a build whose output is now `state`.
  func report(_ state: BuildState, written: Int, removed: Int, edits: Int) -> SiteBuilder.Report {
    SiteBuilder.Report(
      warnings: state.warnings.filter { $0.severity == .warning }, notices: state.warnings.filter { $0.severity == .notice },
      fileCount: state.outputs.count, pageCount: state.outputs.keys.filter { $0.hasSuffix(".html") }.count,
      writtenCount: written, removedCount: removed, quickEdits: edits)
  }

  /// The last build's warnings with those of the edited files replaced, sorted by file and line.
  static func merge(_ warnings: [ContentError], replacing files: Set<String>, with new: [ContentError]) -> [ContentError] {
    var diagnostics = Diagnostics()
    for warning in warnings where !files.contains(warning.path) { diagnostics.add(warning) }
    for warning in new { diagnostics.add(warning) }
    return diagnostics.sorted
  }
}
