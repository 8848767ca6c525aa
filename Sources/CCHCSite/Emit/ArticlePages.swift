import CCHCCore

extension ContextBuilder {
  /// The home page of the section.
  /// `extras`: `homeExtras()`, or what the build state kept of it (a quick rebuild, which
  /// reads no procedures nor hotlines).
  public func home(extras: [String: Any]? = nil) -> [String: Any] {
    var context = common(PageInfo(path: "", heading: config.sectionTitle, kind: "home", description: config.description))
    context["latest_articles"] = site.articles.prefix(homeArticleCount).map(listedCard)
    context.merge(extras ?? homeExtras()) { own, _ in own }
    return context
  }

  /// The home page's keys that do not come from articles: procedure and field counts, the
  /// first hotline contacts, links.
  public func homeExtras() -> [String: Any] {
    var extras: [String: Any] = [:]
    extras["procedure_count"] = site.procedures.filter { !$0.document.status.isWithdrawn }.count
    extras["online_count"] = site.procedures.filter { $0.document.onlineLevel == .full && !$0.document.status.isWithdrawn }.count
    extras["fields"] = site.fields.filter { !$0.active.isEmpty }.map {
      ["name": $0.name, "slug": $0.slug, "url": routes.href($0.path), "count": $0.active.count]
    }
    if let hotline = site.hotlines.first {
      extras["hotlines"] = hotline.document.contacts.prefix(3).map(contact)
      extras["hotline_url"] = routes.href(hotline.path)
    }
    extras["all_articles_url"] = routes.href(Routes.articles)
    extras["procedures_url"] = routes.href(Routes.procedures)
    return extras
  }

  /// How many of the newest articles the home page shows.
  public var homeArticleCount: Int { max(config.articlesPerPage, 6) }

  /// One page of a paginated article list at `path`.
  public func articleListPage(
    path: String, title: String, description: String?, slice: Pagination<RenderedArticle>.PageSlice,
    trail: [(String, String)] = []
  ) -> [String: Any] {
    let pagePath = Routes.paginated(path, page: slice.number)
    let heading = slice.number > 1 ? "\(title) – trang \(slice.number)" : title
    var context = common(
      PageInfo(
        path: pagePath, heading: heading, kind: "article-list",
        description: description, trail: slice.number > 1 ? trail + [(title, path)] : trail))
    context["list_title"] = heading
    context["list_description"] = description
    // By index: iterating the articles would copy each one.
    var listed: [Any] = []
    var html: [String] = []
    for index in slice.items.indices {
      if let card = cards[slice.items[index].path] {
        listed.append(card)
        if let text = card["card_html"] as? String { html.append(text) }
      } else {
        listed.append(articleCard(slice.items[index]))
      }
    }
    context["articles"] = listed
    if !html.isEmpty, html.count == slice.items.count { context["cards_html"] = html.map { $0 + "\n" }.joined() }
    context["pagination"] = pagination(path: path, number: slice.number, total: slice.total)
    return context
  }

  /// One article's page.
  public func article(at index: Int) -> [String: Any] {
    let rendered = site.articles[index]
    let a = rendered.document
    let text = Self.summary(of: rendered)
    let description = Self.metaDescription(text)
    let section = categoryLinks(a.categories).first?["name"] as? String
    let share = ShareInfo(
      type: "article", image: a.image, imageAlt: a.title, published: a.date, section: section,
      jsonLD: articleLD(rendered, description: description))
    var context = common(
      PageInfo(
        path: rendered.path, heading: a.title, kind: "article", description: text,
        excerpt: description, trail: [("Tin bài", Routes.articles)], isDraft: a.isDraft,
        share: share))
    var model: [String: Any] = [
      "title": a.title, "date": dates.display(a.date), "datetime": dates.iso(a.date),
      "categories": categoryLinks(a.categories),
      "tags": a.tags.map { ["name": $0, "url": tagURLs[$0] ?? routes.href(Routes.tag($0))] },
      "summary": text, "body_html": rendered.body.html,
      "is_draft": a.isDraft, "is_scheduled": a.date.instant > site.now.instant,
    ]
    model["cover"] = cover(a)
    model["author"] = a.author
    model["source"] = a.origin
    if let audio = a.audio {
      model["audio"] = ["url": fileURL(audio), "type": MediaType.of(audio)]
    }
    if index + 1 < site.articles.count {
      let older = site.articles[index + 1]
      model["previous"] = ["title": older.document.title, "url": routes.href(older.path)]
    }
    if index > 0 {
      let newer = site.articles[index - 1]
      model["next"] = ["title": newer.document.title, "url": routes.href(newer.path)]
    }
    context["article"] = model
    return context
  }

  /// An other page.
  public func page(_ rendered: Rendered<Page>) -> [String: Any] {
    var context = common(
      PageInfo(
        path: rendered.path, heading: rendered.document.title, kind: "page",
        description: rendered.body.firstParagraph))
    context["page_content"] = ["title": rendered.document.title, "body_html": rendered.body.html]
    return context
  }

  /// A hotline page.
  public func hotline(_ rendered: Rendered<HotlinePage>) -> [String: Any] {
    let h = rendered.document
    var context = common(
      PageInfo(
        path: rendered.path, heading: h.title, kind: "hotline",
        description: h.description ?? rendered.body.firstParagraph,
        share: ShareInfo(jsonLD: hotlineLD(rendered))))
    var model: [String: Any] = ["title": h.title, "body_html": rendered.body.html, "contacts": h.contacts.map(contact)]
    model["description"] = h.description
    model["poster_url"] = routes.href(OutputPaths.poster(ofHotline: rendered.path))
    context["hotline"] = model
    context["qr"] = qr(for: rendered.path, caption: "Quét mã để mở trang đường dây nóng")
    return context
  }

  /// One hotline entry.
  func contact(_ c: HotlineContact) -> [String: Any] {
    var model: [String: Any] = ["unit": c.unit, "phones": c.phones.map { ["display": $0.display, "tel": $0.telURL] }]
    model["name"] = c.person
    model["position"] = c.position
    model["email"] = c.email
    model["address"] = c.address
    model["hours"] = c.hours
    model["topics"] = c.topics
    return model
  }

  /// The site-wide search page (procedures first, then articles and other pages).
  public func searchPage() -> [String: Any] {
    var context = common(
      PageInfo(
        path: Routes.search, heading: "Tìm kiếm", kind: "search",
        description: "Tìm thủ tục hành chính, tin bài và đường dây nóng của \(config.unitName)."))
    context["search_filters"] = searchFilters()
    context["search_mode"] = "all"
    context["search_label"] = "Tìm thủ tục, tin bài, đường dây nóng"
    return context
  }

  /// The filter choices of the procedure search: fields, levels, online levels.
  func searchFilters() -> [String: Any] {
    var levels: [String] = []
    for procedure in site.procedures { for level in procedure.document.levels where !levels.contains(level) { levels.append(level) } }
    return [
      "fields": site.fields.map { ["name": $0.name, "slug": $0.slug] },
      "levels": levels.sorted(by: VietnameseCollation.precedes).map { ["name": $0] },
      "online": OnlineLevel.allCases.map { ["name": $0.label, "value": $0.cssClass] },
    ]
  }

  /// The "not found" page.
  public func notFound() -> [String: Any] {
    common(
      PageInfo(
        path: OutputPaths.notFound, heading: "Không tìm thấy trang", kind: "not-found",
        description: "Trang bạn tìm không tồn tại hoặc đã được chuyển đi."))
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
