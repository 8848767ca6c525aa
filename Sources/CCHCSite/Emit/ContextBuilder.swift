import CCHCCore
import Foundation

/// Builds the data each template receives (see `docs/theme-context.md`) from the assembled site.
public struct ContextBuilder: @unchecked Sendable {
  /// The assembled site.
  public let site: Site
  /// URLs of theme assets by their own file name.
  public let assetURLs: [String: String]
  /// Pixel sizes of the site's pictures by content path (`tep/anh/a.jpg`).
  public let imageSizes: [String: (width: Int, height: Int)]
  /// Pixel size of the theme's default share picture.
  public let defaultImageSize: (width: Int, height: Int)?
  let dates: DateFormatting
  /// Index in `site.fields` of each procedure's field, by code.
  let fieldOfCode: [String: Int]
  /// The URL of each tag as articles spell it (a slug is worked out once per spelling).
  let tagURLs: [String: String]
  /// Common keys shared by many pages; set by `init`.
  private(set) var shared: SharedParts!
  /// The rendered site header and footer (`chrome`: `header_html`, `footer_html`) for each
  /// menu state: index 0 for no current item, then one per menu item (empty: none).
  public var chrome: [Shared<Chrome>] = []
  /// The rendered `head-links.mustache` for each kind of page (empty: none printed).
  public var headLinks: [HeadLinks: String] = [:]
  /// Every article's card, rendered once, by article path (empty: lists build their cards).
  public var cards: [String: Shared<ArticleCard>] = [:]
  /// Where the articles the data shows are noted (`SiteEmitter.make` sets one per page).
  var reads: ReadLog?
  /// The articles the parts shared by every page read (the footer's year).
  private(set) var siteWideReads = ArticleReads()

  /// Creates a builder for one site.
  public init(
    site: Site, assetURLs: [String: String], imageSizes: [String: (width: Int, height: Int)] = [:],
    defaultImageSize: (width: Int, height: Int)? = nil
  ) {
    self.site = site
    self.assetURLs = assetURLs
    self.imageSizes = imageSizes
    self.defaultImageSize = defaultImageSize
    self.dates = DateFormatting(timeZone: site.config.timeZone)
    var fieldOfCode: [String: Int] = [:]
    for (index, group) in site.fields.enumerated() {
      for procedure in group.active + group.withdrawn { fieldOfCode[procedure.document.code] = index }
    }
    self.fieldOfCode = fieldOfCode
    let spellings = Set(site.articles.flatMap(\.document.tags))
    self.tagURLs = Dictionary(uniqueKeysWithValues: spellings.map { ($0, site.routes.href(Routes.tag($0))) })
    self.shared = nil
    let log = ReadLog()
    self.reads = log
    self.shared = sharedParts()
    self.reads = nil
    self.siteWideReads = log.reads
  }

  var routes: Routes { site.routes }
  var config: SiteConfig { site.config }

  /// Facts about the page being made, for the common keys.
  public struct PageInfo {
    /// Path relative to `base_url`.
    public var path: String
    /// The `h1` text.
    public var heading: String
    /// Template kind (`article`, `procedure`, …).
    public var kind: String
    /// Meta description.
    public var description: String?
    /// The meta description already cut to 200 characters (`Text.excerpt`), when the caller
    /// needed it too (nil: cut here).
    public var excerpt: String?
    /// Breadcrumbs between home and the page.
    public var trail: [(String, String)] = []
    /// Whether the page shows a draft.
    public var isDraft = false
    /// Link-preview data.
    public var share = ShareInfo()
  }

  /// The keys present on every page. The parts that many pages share (`site`, `assets`,
  /// `search`, `feeds`, `menu` items) are built once, in `SharedParts`.
  public func common(_ info: PageInfo) -> PageCommon {
    let isHome = info.kind == "home"
    let title = isHome ? "\(config.sectionTitle) – \(config.unitName)" : "\(info.heading) – \(config.sectionTitle) – \(config.unitName)"
    // Only the pages with a search box name the index and load its script.
    let hasSearchBox = Self.searchBoxKinds.contains(info.kind)
    let category = config.categories.first { info.path.hasPrefix(Routes.category($0.slug)) }?.slug
    let links = HeadLinks(hasSearchBox: hasSearchBox, category: category)
    let description = info.excerpt ?? Self.metaDescription(info.description ?? config.description ?? config.sectionTitle)
    let canonical = routes.absolute(info.path)
    let menuIndex = currentMenuIndex(current: info.path, kind: info.kind)
    return PageCommon(
      search: hasSearchBox ? shared.searchWithIndex : shared.search,
      share: shareContext(
        info.share, title: isHome ? config.sectionTitle : info.heading, description: description,
        canonical: canonical),
      feeds: feeds(links), site: shared.site, menu: menu(currentIndex: menuIndex),
      assets: hasSearchBox ? shared.searchAssets : shared.assets,
      page: PageMeta(
        title: title, heading: info.heading, canonical: canonical, kind: info.kind, description: description,
        isDraft: info.isDraft),
      breadcrumbs: isHome ? nil : breadcrumbs(info), preview: shared.preview,
      chrome: chrome.isEmpty ? nil : chrome[(menuIndex ?? -1) + 1], headLinksHTML: headLinks[links])
  }

  /// A page's meta description: its text cut to 200 characters.
  static func metaDescription(_ text: String) -> String {
    Text.excerpt(text, limit: 200)
  }

  /// The links between home and a page (`links`), and the page's own title (`current`).
  func breadcrumbs(_ info: PageInfo) -> Breadcrumbs {
    Breadcrumbs(links: [shared.sectionCrumb] + info.trail.map { Link(title: $0.0, url: routes.href($0.1)) }, current: info.heading)
  }

  /// Which `head-links.mustache` a page prints: pages with a search box load its script, and
  /// a category's pages announce that category's feed too.
  public struct HeadLinks: Hashable, Sendable {
    /// Whether the page has a search box (`searchBoxKinds`).
    public var hasSearchBox: Bool
    /// The slug of the category whose pages these are, if any.
    public var category: String?
  }

  /// Every kind of `HeadLinks` the site's pages can need.
  public var headLinkKinds: [HeadLinks] {
    let categories: [String?] = [nil] + config.categories.map(\.slug)
    return [false, true].flatMap { box in categories.map { HeadLinks(hasSearchBox: box, category: $0) } }
  }

  /// The feeds a page announces: the column's, the procedure changes', and its category's.
  func feeds(_ links: HeadLinks) -> [Shared<Link>] {
    shared.feeds + (links.category.flatMap { shared.categoryFeeds[$0] }.map { [$0] } ?? [])
  }

  /// The data `head-links.mustache` sees.
  public func headLinksContext(_ links: HeadLinks) -> HeadLinksData {
    HeadLinksData(
      site: shared.site, feeds: feeds(links), assets: links.hasSearchBox ? shared.searchAssets : shared.assets,
      preview: shared.preview)
  }

  /// The kinds of page with a search box: the only pages that name the search index file
  /// and load `search.js`.
  /// (Their templates carry the same names.)
  public static let searchBoxKinds: Set<String> = ["home", "procedure-index", "search"]

  /// The parts of the common keys that are the same on many pages.
  struct SharedParts {
    var site: Shared<SiteInfo>
    var assets: Shared<AssetLinks>
    var searchAssets: Shared<AssetLinks>
    var search: Shared<SearchLinks>
    var searchWithIndex: Shared<SearchLinks>
    var feeds: [Shared<Link>]
    var categoryFeeds: [String: Shared<Link>]
    /// The menu entries, and each one's item for templates, not current and current.
    var menuEntries: [MenuEntry]
    var menuItems: [(normal: Shared<MenuItem>, current: Shared<MenuItem>)]
    var sectionCrumb: Link
    var preview: Shared<PreviewInfo>?
    /// The publishing organisation for JSON-LD (`organization()`).
    var organization: [String: JSONValue]
    /// The same, written as JSON (the publisher of every article).
    var organizationJSON: JSONValue
    /// The share picture of pages without their own: URL, size and description.
    var defaultShareImage: (url: String, size: (width: Int, height: Int)?, alt: String)?
  }

  /// Builds the shared parts once per build.
  func sharedParts() -> SharedParts {
    let siteInfo = SiteInfo(
      name: config.unitName, sectionTitle: config.sectionTitle, homeURL: routes.href(""), isSample: config.isSample,
      year: newestYear(), description: config.description, address: config.address, phone: config.phone,
      phoneTel: config.phone.flatMap(PhoneNumber.init)?.dialable, email: config.email,
      feedback: config.feedback.map {
        FeedbackData(name: $0.name, link: $0.link, phones: $0.phones.map { Phone(display: $0.display, tel: $0.telURL) }, email: $0.email)
      },
      survey: config.survey.map {
        SurveyData(
          title: $0.title, url: $0.url, qrURL: routes.href(OutputPaths.surveyQR), posterURL: routes.href(OutputPaths.surveyPoster))
      })
    let assets = AssetLinks(css: assetURLs["style.css"], js: assetURLs["site.js"], icon: assetURLs["favicon.png"])
    let searchAssets = AssetLinks(
      css: assets.css, js: assets.js, icon: assets.icon, searchJS: assetURLs["search.js"])
    let search = SearchLinks(page: routes.href(Routes.search))
    let searchWithIndex = SearchLinks(page: search.page, index: routes.href(OutputPaths.searchMain))
    var feeds = [
      Link(title: "Tin bài \(config.sectionTitle.lowercased())", url: routes.href(OutputPaths.columnFeed)),
      Link(title: "Thủ tục hành chính mới, sửa đổi, bãi bỏ", url: routes.href(OutputPaths.proceduresFeed)),
    ]
    if !site.dialogues.isEmpty { feeds.append(Link(title: "Hỏi đáp, đối thoại", url: routes.href(OutputPaths.dialogueFeed))) }
    var categoryFeeds: [String: Shared<Link>] = [:]
    for category in config.categories {
      categoryFeeds[category.slug] = Shared(
        Link(title: "Chuyên mục \(category.name)", url: routes.href(OutputPaths.categoryFeed(category.slug))))
    }
    let organization = makeOrganization()
    let entries = menuEntries()
    let menuItems = entries.map { entry in
      (
        normal: Shared(MenuItem(title: entry.title, url: routes.href(entry.path), current: false)),
        current: Shared(MenuItem(title: entry.title, url: routes.href(entry.path), current: true))
      )
    }
    return SharedParts(
      site: Shared(siteInfo), assets: Shared(assets), searchAssets: Shared(searchAssets),
      search: Shared(search), searchWithIndex: Shared(searchWithIndex), feeds: feeds.map { Shared($0) },
      categoryFeeds: categoryFeeds, menuEntries: entries, menuItems: menuItems,
      sectionCrumb: Link(title: config.sectionTitle, url: routes.href("")),
      preview: site.isPreview ? Shared(PreviewInfo(reloadJS: Self.reloadScriptPath)) : nil,
      organization: organization, organizationJSON: .written(.object(organization)),
      defaultShareImage: defaultShareImage())
  }

  /// Where the preview server serves its live-reload script (never written to the output).
  public static let reloadScriptPath = "/__cchc/reload.js"

  func newestYear() -> String? {
    guard let newest = site.articles.first else { return nil }
    reads?.card(newest)
    return String(dates.display(newest.document.date).suffix(4))
  }

  /// The main navigation: the shared menu items with the one at `currentIndex` (if any) marked current.
  func menu(currentIndex: Int?) -> [Shared<MenuItem>] {
    shared.menuItems.enumerated().map { $0.offset == currentIndex ? $0.element.current : $0.element.normal }
  }

  /// Which menu entry a page belongs to (the first that claims it), if any.
  func currentMenuIndex(current: String, kind: String) -> Int? {
    shared.menuEntries.firstIndex { $0.isCurrent(current, kind) }
  }

  /// The data `site-header.mustache` and `site-footer.mustache` see, for a menu state.
  public func chromeContext(currentIndex: Int?) -> ChromeData {
    ChromeData(site: shared.site, menu: menu(currentIndex: currentIndex), assets: shared.assets)
  }

  /// A fingerprint of what every page shares that content can change: the `site` block and
  /// the rendered header and footer (set `chrome` first).
  var siteWideFingerprint: UInt64 {
    Fingerprint.of([shared.site.fingerprint] + chrome.map(\.fingerprint))
  }

  /// The shared `site` block.
  var siteInfo: Shared<SiteInfo> { shared.site }

  /// A menu entry and the pages (by path and template kind) it is current on.
  struct MenuEntry {
    var title: String
    var path: String
    var isCurrent: (_ path: String, _ kind: String) -> Bool
  }

  /// The menu entries in order: Trang chủ, Tin bài, Thủ tục hành chính, Đường dây nóng (the
  /// first hotline page, current on every hotline page), then the other pages.
  func menuEntries() -> [MenuEntry] {
    var items = [
      MenuEntry(title: "Trang chủ", path: "") { _, kind in kind == "home" },
      MenuEntry(title: "Tin bài", path: Routes.articles) { path, kind in
        ["article", "article-list"].contains(kind) && !path.hasPrefix("thu-tuc")
      },
      MenuEntry(title: "Thủ tục hành chính", path: Routes.procedures) { _, kind in kind.hasPrefix("procedure") },
    ]
    if !site.dialogues.isEmpty {
      items.append(MenuEntry(title: "Hỏi đáp", path: Routes.dialogues) { _, kind in kind.hasPrefix("dialogue") })
    }
    if let hotline = site.hotlines.first {
      items.append(MenuEntry(title: "Đường dây nóng", path: hotline.path) { _, kind in kind == "hotline" })
    }
    for page in site.pages {
      items.append(MenuEntry(title: page.document.menuTitle ?? page.document.title, path: page.path) { path, _ in path == page.path })
    }
    return items
  }

  /// The card a list shows for an article: the shared one when rendered, else built now.
  func listedCard(_ article: RenderedArticle) -> Shared<ArticleCard> {
    // Not `??`: its closure would copy the article.
    if let card = cards[article.path] {
      reads?.card(article)
      return card
    }
    return Shared(articleCard(article))
  }

  /// An article's card for lists.
  public func articleCard(_ article: RenderedArticle) -> ArticleCard {
    reads?.card(article)
    let a = article.document
    return ArticleCard(
      title: a.title, url: routes.href(article.path), date: dates.display(a.date), datetime: dates.iso(a.date),
      summary: Text.excerpt(Self.summary(of: article), limit: 240), categories: categoryLinks(a.categories),
      hasAudio: a.audio != nil, isDraft: a.isDraft, cover: cover(a))
  }

  /// `tom_tat`, else the first paragraph of the body.
  public static func summary(of article: RenderedArticle) -> String {
    article.document.summary ?? article.body.firstParagraph ?? ""
  }

  func cover(_ article: Article) -> Cover? {
    article.image.map { Cover(url: fileURL($0), alt: article.title) }
  }

  /// URL of a content file reference (`tep/…`) or an external URL as it is.
  public func fileURL(_ reference: String) -> String {
    URLSafety.isHTTP(reference) ? reference : routes.href(Routes.file(reference))
  }

  func categoryLinks(_ slugs: [String]) -> [NamedLink] {
    slugs.compactMap { slug in
      guard let category = config.categories.first(where: { $0.slug == slug }) else { return nil }
      return NamedLink(name: category.name, url: routes.href(Routes.category(slug)))
    }
  }

  /// A procedure's row for indexes.
  public func procedureRow(_ procedure: RenderedProcedure) -> ProcedureRow {
    let p = procedure.document
    return ProcedureRow(
      code: p.code, name: p.name, url: routes.href(procedure.path), field: fieldName(p),
      level: p.levels.joined(separator: ", "), status: Badge(label: p.status.label, cssClass: p.status.cssClass),
      isAbolished: p.status.isWithdrawn, online: p.onlineLevel.map { Badge(label: $0.label, cssClass: $0.cssClass) })
  }

  /// The display name of a procedure's field.
  func fieldName(_ procedure: Procedure) -> String {
    field(of: procedure)?.name ?? procedure.field
  }

  func field(of procedure: Procedure) -> FieldGroup? {
    fieldOfCode[procedure.code].map { site.fields[$0] }
  }

  /// The pagination block of page `number` of `total` of the list at `path`: links to the
  /// first and last pages and to two pages either side of this one, with gaps between.
  func pagination(path: String, number: Int, total: Int) -> PaginationBlock? {
    guard total > 1 else { return nil }
    var pages: [PageLink] = []
    var previous = 0
    for page in Self.paginationWindow(number: number, total: total) {
      if page > previous + 1 { pages.append(PageLink(gap: true)) }
      pages.append(PageLink(gap: false, number: page, url: routes.href(Routes.paginated(path, page: page)), current: page == number))
      previous = page
    }
    return PaginationBlock(
      current: number, total: total, pages: pages,
      previousURL: number > 1 ? routes.href(Routes.paginated(path, page: number - 1)) : nil,
      nextURL: number < total ? routes.href(Routes.paginated(path, page: number + 1)) : nil)
  }

  /// The page numbers a pagination block links to: 1, the last, and `number` ± 2; a gap of a
  /// single page is filled with that page rather than shown as "…".
  static func paginationWindow(number: Int, total: Int) -> [Int] {
    var shown = Set([1, total]).union(max(1, number - 2)...min(total, number + 2))
    for page in shown where page + 2 <= total && !shown.contains(page + 1) && shown.contains(page + 2) {
      shown.insert(page + 1)
    }
    return shown.sorted()
  }
}
