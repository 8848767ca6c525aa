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
  /// Root-relative URL of the main search index file.
  public let searchIndex: String?
  let dates: DateFormatting
  /// Index in `site.fields` of each procedure's field, by code.
  let fieldOfCode: [String: Int]
  /// Every article's card, rendered once, by article path (empty: lists build their cards).
  public var cards: [String: SharedContext] = [:]

  /// Creates a builder for one site.
  public init(site: Site, assetURLs: [String: String], imageSizes: [String: (width: Int, height: Int)] = [:],
              defaultImageSize: (width: Int, height: Int)? = nil, searchIndex: String? = nil) {
    self.searchIndex = searchIndex
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
    /// Breadcrumbs between home and the page.
    public var trail: [(String, String)] = []
    /// Whether the page shows a draft.
    public var isDraft = false
    /// Link-preview data.
    public var share = ShareInfo()
  }

  /// The keys present on every page.
  public func common(_ info: PageInfo) -> [String: Any] {
    let isHome = info.kind == "home"
    let title = isHome ? "\(config.sectionTitle) – \(config.unitName)" : "\(info.heading) – \(config.sectionTitle) – \(config.unitName)"
    var siteInfo: [String: Any] = [
      "name": config.unitName, "section_title": config.sectionTitle, "home_url": routes.href(""),
      "is_sample": config.isSample,
    ]
    siteInfo["year"] = newestYear()
    siteInfo["description"] = config.description
    siteInfo["address"] = config.address
    siteInfo["phone"] = config.phone
    siteInfo["phone_tel"] = config.phone.flatMap(PhoneNumber.init)?.dialable
    siteInfo["email"] = config.email
    var crumbs: [[String: Any]] = []
    if !isHome {
      crumbs.append(["title": config.sectionTitle, "url": routes.href("")])
      for (title, path) in info.trail { crumbs.append(["title": title, "url": routes.href(path)]) }
      crumbs.append(["title": info.heading, "url": ""])
    }
    var assets: [String: Any] = [:]
    assets["css"] = assetURLs["style.css"]
    assets["js"] = assetURLs["site.js"]
    assets["icon"] = assetURLs["favicon.png"]
    // Only the pages with a search box name the index (whose name changes with the content),
    // so that other pages stay the same when unrelated content changes.
    let hasSearchBox = ["home", "procedure-index", "search"].contains(info.kind)
    var search: [String: Any] = ["page": routes.href(Routes.search)]
    if hasSearchBox {
      assets["search_js"] = assetURLs["search.js"]
      search["index"] = searchIndex
    }
    var feeds: [[String: Any]] = [
      ["title": "Tin bài \(config.sectionTitle.lowercased())", "url": routes.href(FeedBuilder.columnPath)],
      ["title": "Thủ tục hành chính mới, sửa đổi, bãi bỏ", "url": routes.href(FeedBuilder.proceduresPath)],
    ]
    if let category = config.categories.first(where: { info.path.hasPrefix(Routes.category($0.slug)) }) {
      feeds.append(["title": "Chuyên mục \(category.name)", "url": routes.href(FeedBuilder.categoryPath(category.slug))])
    }
    let description = Text.excerpt(info.description ?? config.description ?? config.sectionTitle, limit: 200)
    let canonical = routes.absolute(info.path)
    var context: [String: Any] = [
      "search": search,
      "share": shareContext(info.share, title: isHome ? config.sectionTitle : info.heading, description: description,
                            canonical: canonical),
      "feeds": feeds,
      "site": siteInfo,
      "menu": menu(current: info.path, kind: info.kind),
      "assets": assets,
      "page": [
        "title": title, "heading": info.heading, "canonical": canonical, "kind": info.kind,
        "description": description,
        "is_draft": info.isDraft,
      ] as [String: Any],
      "breadcrumbs": crumbs,
    ]
    if site.isPreview { context["preview"] = ["reload_js": Self.reloadScriptPath] }
    return context
  }

  /// Where the preview server serves its live-reload script (never written to the output).
  public static let reloadScriptPath = "/__cchc/reload.js"

  func newestYear() -> String? {
    guard let newest = site.articles.first?.document.date else { return nil }
    return String(dates.display(newest).suffix(4))
  }

  /// The main navigation.
  func menu(current: String, kind: String) -> [[String: Any]] {
    var items: [(String, String, Bool)] = [
      ("Trang chủ", "", kind == "home"),
      ("Tin bài", Routes.articles, ["article", "article-list"].contains(kind) && !current.hasPrefix("thu-tuc")),
      ("Thủ tục hành chính", Routes.procedures, kind.hasPrefix("procedure")),
    ]
    if let hotline = site.hotlines.first {
      items.append(("Đường dây nóng", hotline.path, kind == "hotline"))
    }
    for page in site.pages { items.append((page.document.menuTitle ?? page.document.title, page.path, current == page.path)) }
    return items.map { ["title": $0.0, "url": routes.href($0.1), "current": $0.2] }
  }

  /// The card a list shows for an article: the shared one when rendered, else built now.
  func listedCard(_ article: RenderedArticle) -> Any {
    cards[article.path] ?? articleCard(article)
  }

  /// An article's card for lists.
  public func articleCard(_ article: RenderedArticle) -> [String: Any] {
    let a = article.document
    var card: [String: Any] = [
      "title": a.title, "url": routes.href(article.path), "date": dates.display(a.date), "datetime": dates.iso(a.date),
      "summary": Text.excerpt(summary(article), limit: 240), "categories": categoryLinks(a.categories),
      "has_audio": a.audio != nil, "is_draft": a.isDraft,
    ]
    card["cover"] = cover(a)
    return card
  }

  /// `tom_tat`, else the first paragraph of the body.
  public func summary(_ article: RenderedArticle) -> String {
    article.document.summary ?? article.body.firstParagraph ?? ""
  }

  func cover(_ article: Article) -> [String: Any]? {
    guard let image = article.image else { return nil }
    return ["url": fileURL(image), "alt": article.title]
  }

  /// URL of a content file reference (`tep/…`) or an external URL as it is.
  public func fileURL(_ reference: String) -> String {
    URLSafety.isHTTP(reference) ? reference : routes.href(Routes.file(reference))
  }

  func categoryLinks(_ slugs: [String]) -> [[String: Any]] {
    slugs.compactMap { slug in
      guard let category = config.categories.first(where: { $0.slug == slug }) else { return nil }
      return ["name": category.name, "url": routes.href(Routes.category(slug))]
    }
  }

  /// A procedure's row for indexes.
  public func procedureRow(_ procedure: RenderedProcedure) -> [String: Any] {
    let p = procedure.document
    var row: [String: Any] = [
      "code": p.code, "name": p.name, "url": routes.href(procedure.path), "field": fieldName(p),
      "level": p.levels.joined(separator: ", "),
      "status": ["label": p.status.label, "class": p.status.cssClass],
      "is_abolished": p.status.isWithdrawn,
    ]
    if let online = p.onlineLevel { row["online"] = ["label": online.label, "class": online.cssClass] }
    return row
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
  func pagination(path: String, number: Int, total: Int) -> [String: Any]? {
    guard total > 1 else { return nil }
    var pages: [[String: Any]] = []
    var previous = 0
    for page in Self.paginationWindow(number: number, total: total) {
      if page > previous + 1 { pages.append(["gap": true]) }
      pages.append(["number": page, "url": routes.href(Routes.paginated(path, page: page)), "current": page == number, "gap": false])
      previous = page
    }
    var block: [String: Any] = ["current": number, "total": total, "pages": pages]
    if number > 1 { block["previous_url"] = routes.href(Routes.paginated(path, page: number - 1)) }
    if number < total { block["next_url"] = routes.href(Routes.paginated(path, page: number + 1)) }
    return block
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

/// Small text helpers for templates.
public enum Text {
  /// The text cut at a word boundary to at most `limit` characters, with "…" when cut.
  public static func excerpt(_ text: String, limit: Int) -> String {
    let isFlat = text.utf8.count <= limit && !text.utf8.contains(where: { $0 == 10 || $0 == 13 || $0 == 9 })
      && !text.contains("  ") && text.first?.isWhitespace != true && text.last?.isWhitespace != true
    if isFlat { return text }
    // Whitespace runs become one space; only the first `limit + 1` characters are looked at.
    var flat = ""
    var count = 0
    var space = false
    for character in text {
      if character.isWhitespace {
        space = count > 0
        continue
      }
      if space {
        flat.append(" ")
        count += 1
        space = false
      }
      guard count <= limit else { break }
      flat.append(character)
      count += 1
    }
    guard count > limit else { return flat }
    let cut = flat.prefix(limit)
    let end = cut.lastIndex(of: " ") ?? cut.endIndex
    return String(cut[..<end]).trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
  }
}
