import CCHCCore

extension ContextBuilder {
  /// The home page of the section.
  /// `extras`: `homeExtras()`, or what the build state kept of it (a quick rebuild, which
  /// reads no procedures nor hotlines).
  public func home(extras: HomeExtras? = nil) -> HomePage {
    HomePage(
      common: common(PageInfo(path: "", heading: config.sectionTitle, kind: "home", description: config.description)),
      latestArticles: site.articles.prefix(homeArticleCount).map(listedCard), extras: extras ?? homeExtras())
  }

  /// The home page's keys that do not come from articles: procedure and field counts, the
  /// first hotline contacts, links.
  public func homeExtras() -> HomeExtras {
    let hotline = site.hotlines.first
    return HomeExtras(
      procedureCount: site.procedures.filter { !$0.document.status.isWithdrawn }.count,
      onlineCount: site.procedures.filter { $0.document.onlineLevel == .full && !$0.document.status.isWithdrawn }.count,
      fields: site.fields.filter { !$0.active.isEmpty }.map {
        FieldSummary(name: $0.name, slug: $0.slug, url: routes.href($0.path), count: $0.active.count)
      },
      hotlines: hotline.map { $0.document.contacts.prefix(3).map(contact) }, hotlineURL: hotline.map { routes.href($0.path) },
      allArticlesURL: routes.href(Routes.articles), proceduresURL: routes.href(Routes.procedures))
  }

  /// How many of the newest articles the home page shows.
  public var homeArticleCount: Int { max(config.articlesPerPage, 6) }

  /// One page of a paginated article list at `path`.
  public func articleListPage(
    path: String, title: String, description: String?, slice: Pagination<RenderedArticle>.PageSlice,
    trail: [(String, String)] = []
  ) -> ArticleListPage {
    let pagePath = Routes.paginated(path, page: slice.number)
    let heading = slice.number > 1 ? "\(title) – trang \(slice.number)" : title
    let common = self.common(
      PageInfo(
        path: pagePath, heading: heading, kind: "article-list",
        description: description, trail: slice.number > 1 ? trail + [(title, path)] : trail))
    // By index: iterating the articles would copy each one.
    let listed = slice.items.indices.map { listedCard(slice.items[$0]) }
    let html = listed.compactMap(\.data.html)
    return ArticleListPage(
      common: common, listTitle: heading, listDescription: description, articles: listed,
      cardsHTML: !html.isEmpty && html.count == listed.count ? html.map { $0 + "\n" }.joined() : nil,
      pagination: pagination(path: path, number: slice.number, total: slice.total))
  }

  /// One article's page.
  public func article(at index: Int) -> ArticlePage {
    let rendered = site.articles[index]
    reads?.whole(rendered)
    let a = rendered.document
    let text = Self.summary(of: rendered)
    let description = Self.metaDescription(text)
    let categories = categoryLinks(a.categories)
    let share = ShareInfo(
      type: "article", image: a.image, imageAlt: a.title, published: a.date, section: categories.first?.name,
      jsonLD: articleLD(rendered, description: description))
    let common = self.common(
      PageInfo(
        path: rendered.path, heading: a.title, kind: "article", description: text,
        excerpt: description, trail: [("Tin bài", Routes.articles)], isDraft: a.isDraft,
        share: share))
    let older = index + 1 < site.articles.count ? site.articles[index + 1] : nil
    let newer = index > 0 ? site.articles[index - 1] : nil
    return ArticlePage(
      common: common,
      article: ArticleDetail(
        title: a.title, date: dates.display(a.date), datetime: dates.iso(a.date), categories: categories,
        tags: a.tags.map { NamedLink(name: $0, url: tagURLs[$0] ?? routes.href(Routes.tag($0))) },
        summary: text, bodyHTML: rendered.body.html, isDraft: a.isDraft, isScheduled: a.date.instant > site.now.instant,
        cover: cover(a), author: a.author, source: a.origin,
        audio: a.audio.map { Audio(url: fileURL($0), type: MediaType.of($0)) },
        previous: older.map(articleLink), next: newer.map(articleLink)))
  }

  /// A link to an article (its title).
  func articleLink(_ article: RenderedArticle) -> Link {
    reads?.card(article)
    return Link(title: article.document.title, url: routes.href(article.path))
  }

  /// An other page.
  public func page(_ rendered: Rendered<Page>) -> PlainPage {
    PlainPage(
      common: common(
        PageInfo(
          path: rendered.path, heading: rendered.document.title, kind: "page",
          description: rendered.body.firstParagraph)),
      content: PageContent(title: rendered.document.title, bodyHTML: rendered.body.html))
  }

  /// A hotline page.
  public func hotline(_ rendered: Rendered<HotlinePage>) -> HotlinePageData {
    let h = rendered.document
    return HotlinePageData(
      common: common(
        PageInfo(
          path: rendered.path, heading: h.title, kind: "hotline",
          description: h.description ?? rendered.body.firstParagraph,
          share: ShareInfo(jsonLD: hotlineLD(rendered)))),
      hotline: HotlineDetail(
        title: h.title, bodyHTML: rendered.body.html, contacts: h.contacts.map(contact), description: h.description,
        posterURL: routes.href(OutputPaths.poster(ofHotline: rendered.path))),
      qr: qr(for: rendered.path, caption: "Quét mã để mở trang đường dây nóng"))
  }

  /// One hotline entry.
  func contact(_ c: HotlineContact) -> Contact {
    Contact(
      unit: c.unit, phones: c.phones.map { Phone(display: $0.display, tel: $0.telURL) }, name: c.person,
      position: c.position, email: c.email, address: c.address, hours: c.hours, topics: c.topics)
  }

  /// The site-wide search page (procedures first, then articles and other pages).
  public func searchPage() -> SearchPageData {
    SearchPageData(
      common: common(
        PageInfo(
          path: Routes.search, heading: "Tìm kiếm", kind: "search",
          description: "Tìm thủ tục hành chính, tin bài và đường dây nóng của \(config.unitName).")),
      filters: searchFilters(), mode: "all", label: "Tìm thủ tục, tin bài, đường dây nóng")
  }

  /// The filter choices of the procedure search: fields, levels, online levels.
  func searchFilters() -> SearchFilters {
    var levels: [String] = []
    for procedure in site.procedures { for level in procedure.document.levels where !levels.contains(level) { levels.append(level) } }
    return SearchFilters(
      fields: site.fields.map { FieldOption(name: $0.name, slug: $0.slug) },
      levels: levels.sorted(by: VietnameseCollation.precedes).map { LevelOption(name: $0) },
      online: OnlineLevel.allCases.map { OnlineOption(name: $0.label, value: $0.cssClass) })
  }

  /// The "not found" page.
  public func notFound() -> CommonPage {
    CommonPage(
      common: common(
        PageInfo(
          path: OutputPaths.notFound, heading: "Không tìm thấy trang", kind: "not-found",
          description: "Trang bạn tìm không tồn tại hoặc đã được chuyển đi.")))
  }
}

/// MIME types of the files a site serves.
public enum MediaType {
  /// The type of a file by its extension.
  public static func of(_ path: String) -> String {
    let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
    switch ext {
    case "mp3": return "audio/mpeg"
    case "m4a", "aac": return "audio/mp4"
    case "ogg", "oga": return "audio/ogg"
    case "wav": return "audio/wav"
    case "jpg", "jpeg": return "image/jpeg"
    case "png": return "image/png"
    case "webp": return "image/webp"
    case "gif": return "image/gif"
    case "svg": return "image/svg+xml"
    case "pdf": return "application/pdf"
    case "doc": return "application/msword"
    case "docx": return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    case "xls": return "application/vnd.ms-excel"
    case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    case "html": return "text/html; charset=utf-8"
    case "css": return "text/css; charset=utf-8"
    case "js": return "text/javascript; charset=utf-8"
    case "json": return "application/json"
    case "xml": return "application/xml"
    case "txt": return "text/plain; charset=utf-8"
    case "webmanifest": return "application/manifest+json"
    case "mp4": return "video/mp4"
    default: return "application/octet-stream"
    }
  }
}
