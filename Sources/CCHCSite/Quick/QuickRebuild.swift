import CCHCCore
import Foundation

/// The quick path of a rebuild (`cchc build` again, the preview server after an edit). When
/// the only files changed since the last build are published articles that keep their place
/// (`ArticleOutline.placement`: path, date, categories, tags, draft), only what depends on
/// them is made again: each one's page, the feeds that carry it, its search keys' postings
/// files and the index files and pages that name them; when what lists show of it changed
/// (`ArticleOutline.card`: title, summary, picture), also its neighbours' pages, the list
/// pages that show it, its search metadata chunk, and the home page when it is one of the
/// newest (with the home page's procedure and hotline data the build state kept). The
/// articles read besides the edited ones are those these files show. Anything else (a new,
/// removed or renamed file, another kind of file, the theme, `site.yml`, the settings, a date
/// that has come, a top-level output file or folder missing, a file read back whose bytes do
/// not match its name or size) means a full build, so the result is always what a full build
/// gives; the tests compare the two byte for byte.
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

  /// The report of the quick rebuild; nil when a full build is needed. Throws `BuildFailure`
  /// when an edited article has errors (nothing is written then).
  func run() throws -> SiteBuilder.Report? {
    let timings = options.timings
    guard let edited = editedArticles(), timings.measure("Dựng nhanh: kiểm tra thư mục kết quả", outputLooksIntact) else { return nil }
    if edited.isEmpty {
      return report(state, written: 0, removed: 0, edits: 0)
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
    timings.measure("Trạng thái bản dựng: ghi") { next.save(outputDirectory: outputDirectory) }
    return report(next, written: written.written, removed: written.removed, edits: edited.count)
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
    /// The articles whose page is made again (positions in the last build): the edited ones,
    /// and the neighbours of those whose card changed (their previous/next links).
    var pages: [Int]
    /// The list pages that show an edited article whose card changed.
    var lists: [BuildState.ListPageRecord]
    /// The search metadata chunks that hold such an article.
    var chunks: [Int]
    /// The home page's data besides its articles, when one of them has a new card.
    var homeExtras: HomeExtras?
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
    guard let (read, problems, recarded) = try readEdited(edited, reader: reader, loader: loader) else { return nil }
    let remakesHome = recarded.contains { $0 < state.homeArticles }
    let homeExtras = remakesHome ? HomeExtras.decoded(state.homeExtras) : nil
    if remakesHome && homeExtras == nil { return nil }
    var (needed, feedPaths, lists, chunks) = articlesNeeded(Set(edited), recarded: Set(recarded))
    if homeExtras != nil { needed.formUnion(0..<min(state.homeArticles, state.articles.count)) }
    let editedSet = Set(edited)
    let others = needed.filter { !editedSet.contains($0) }.sorted()
    let unchanged = ParallelMap.map(others) { reader.article(state.articles[$0].relativePath) }
    guard unchanged.allSatisfy({ $0.0 != nil && !$0.1.hasErrors }) else { return nil }
    let hotlines = reader.all(ContentKind.hotline, in: state.routes) { reader.hotline($0) }
    let pages = reader.all(ContentKind.page, in: state.routes) { reader.page($0) }
    guard let hotlines, let pages else { return nil }
    var site = SiteAssembler.assemble(
      config: setup.config, routes: reader.routes,
      articles: read + unchanged.compactMap(\.0),
      procedures: [], hotlines: hotlines, pages: pages, staticFiles: state.staticFiles,
      now: ContentDate(instant: options.now, hasTime: true), includesDrafts: options.includeDrafts)
    site.isPreview = options.preview
    // The same places as in the last build.
    let order = needed.sorted()
    guard site.articles.map(\.path) == order.map({ state.articles[$0].path }) else { return nil }
    let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    var rendered = Set(edited)
    for index in recarded { rendered.formUnion([index - 1, index + 1].filter(state.articles.indices.contains)) }
    return Context(
      site: site, theme: theme, edited: edited.map { site.articles[position[$0]!] }, position: position,
      pages: rendered.sorted(), lists: lists, chunks: chunks, homeExtras: homeExtras, feedPaths: feedPaths,
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

  /// The articles the new files read (positions in the last build): the newest (the
  /// footer's year), each edited one and its neighbours (previous/next links), every article
  /// of a feed that holds an edited one; for those whose card changed, their neighbours'
  /// neighbours, the articles of the list pages and of the search metadata chunk that show
  /// them. Also those feeds, list pages and chunks.
  func articlesNeeded(
    _ edited: Set<Int>, recarded: Set<Int>
  )
    -> (needed: Set<Int>, feedPaths: Set<String>, lists: [BuildState.ListPageRecord], chunks: [Int])
  {
    let feedPaths = Set(state.feeds.filter { !edited.isDisjoint(with: $0.articles) }.map(\.path))
    var needed: Set<Int> = [0]
    for index in edited { needed.formUnion([index - 1, index, index + 1]) }
    for index in recarded { needed.formUnion([index - 2, index + 2]) }
    for feed in state.feeds where feedPaths.contains(feed.path) { needed.formUnion(feed.articles) }
    let lists = recarded.isEmpty ? [] : state.lists.filter { !recarded.isDisjoint(with: $0.articles) }
    for list in lists { needed.formUnion(list.articles) }
    let chunks = Set(recarded.map { $0 / SearchIndexBuilder.chunkSize }).sorted()
    for chunk in chunks {
      let first = chunk * SearchIndexBuilder.chunkSize
      needed.formUnion(first..<first + SearchIndexBuilder.chunkSize)
    }
    return (needed.filter(state.articles.indices.contains), feedPaths, lists, chunks)
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

  /// The article pages, list pages and home page to make again, with their page-cache entries; nil
  /// when the theme lacks a template.
  func makePages(_ context: Context, builder: ContextBuilder) -> ([OutputFile], [String: PageCache.Entry])? {
    let emitter = SiteEmitter(site: context.site, theme: context.theme, contentDirectory: options.contentDirectory)
    var builder = builder
    emitter.addChrome(to: &builder)
    // The same jobs as a full build's (`SiteEmitter.pageJobs`), over the articles read.
    var jobs = context.pages.map { index in
      let position = context.position[index]!
      return SiteEmitter.PageJob.article(context.site.articles[position], at: position)
    }
    if !context.lists.isEmpty || context.homeExtras != nil { builder.cards = emitter.articleCards(builder) }
    if let extras = context.homeExtras { jobs.append(.home(lastModified: nil, extras: extras)) }
    for list in context.lists {
      let slice = Pagination<RenderedArticle>.PageSlice(
        number: list.number, total: list.total,
        items: list.articles.map { context.site.articles[context.position[$0]!] })
      let info = SiteEmitter.ListInfo(path: list.path, title: list.title, description: list.description, trail: list.trail, slice: slice)
      jobs.append(.listPage(info, lastModified: nil))
    }
    var files: [OutputFile] = []
    var entries: [String: PageCache.Entry] = [:]
    for job in jobs {
      guard context.theme.templateNames.contains(job.template) else { return nil }
      let page = emitter.make(job, builder)
      guard let html = page.html else { return nil }
      let path = OutputPaths.file(ofPage: job.path)
      files.append(OutputFile(path: path, contents: .data(html)))
      entries[path] = PageCache.Entry(fingerprint: page.fingerprint, size: html.count)
    }
    return (files, entries)
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
