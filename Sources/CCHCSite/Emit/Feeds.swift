import CCHCCore
import Foundation

/// Builds the site's feeds: the whole column, one per category, and procedure changes.
public struct FeedBuilder {
  let site: Site
  let builder: ContextBuilder

  /// Creates a feed builder.
  public init(site: Site, builder: ContextBuilder) {
    self.site = site
    self.builder = builder
  }

  /// Every feed of the site.
  public func feeds() -> [RSSFeed] {
    let config = site.config
    var feeds = articleFeeds().map { feed in
      RSSFeed(title: feed.title, link: feed.link, description: feed.description, path: feed.path, items: feed.articles.map(item))
    }
    feeds.append(
      RSSFeed(
        title: "Thủ tục hành chính mới, sửa đổi, bãi bỏ – \(config.unitName)",
        link: site.routes.absolute(Routes.procedures),
        description: "Thủ tục hành chính mới ban hành, sửa đổi, bổ sung, thay thế hoặc bãi bỏ tại \(config.unitName)",
        path: OutputPaths.proceduresFeed, items: procedureChanges()))
    return feeds
  }

  /// An article feed before its items are made: channel data and the articles it holds.
  struct ArticleFeed {
    var title: String
    var link: String
    var description: String
    var path: String
    var articles: [RenderedArticle]
  }

  /// The column's feed, then one per category: the newest `feedSize` articles of each.
  func articleFeeds() -> [ArticleFeed] {
    let config = site.config
    var feeds = [
      ArticleFeed(
        title: "\(config.sectionTitle) – \(config.unitName)", link: site.routes.absolute(Routes.articles),
        description: config.description ?? "Tin bài \(config.sectionTitle.lowercased()) của \(config.unitName)",
        path: OutputPaths.columnFeed, articles: Array(site.articles.prefix(config.feedSize)))
    ]
    for category in site.categories {
      feeds.append(
        ArticleFeed(
          title: "\(category.name) – \(config.unitName)", link: site.routes.absolute(category.path),
          description: category.description ?? "Tin bài chuyên mục \(category.name) của \(config.unitName)",
          path: OutputPaths.categoryFeed(category.slug), articles: Array(category.articles.prefix(config.feedSize))))
    }
    return feeds
  }

  /// A feed item for an article.
  func item(_ article: RenderedArticle) -> RSSFeed.Item {
    let a = article.document
    let names = a.categories.compactMap { slug in site.config.categories.first { $0.slug == slug }?.name }
    return RSSFeed.Item(
      title: a.title, link: site.routes.absolute(article.path), published: a.date.instant,
      summary: ContextBuilder.summary(of: article),
      contentHTML: Self.absolutize(article.body.html, pageURL: site.routes.absolute(article.path)),
      categories: names, enclosure: enclosure(a.audio ?? a.image))
  }

  /// Changed procedures (new, amended, replaced, abolished), newest `ngay_cap_nhat` first,
  /// never dated after the build.
  func procedureChanges() -> [RSSFeed.Item] {
    let changed = site.procedures.filter { $0.document.status != .inForce }
    let dated = changed.compactMap { p -> (RenderedProcedure, Date)? in
      guard let date = (p.document.updated ?? p.document.effectiveDate)?.instant, date <= site.now.instant else { return nil }
      return (p, date)
    }
    return dated.sorted { a, b in a.1 != b.1 ? a.1 > b.1 : a.0.document.code < b.0.document.code }
      .prefix(site.config.feedSize).map { procedure, date in
        let p = procedure.document
        let verb: String
        switch p.status {
        case .new: verb = "Mới ban hành"
        case .amended: verb = "Sửa đổi"
        case .replaced: verb = "Thay thế"
        case .abolished: verb = "Bãi bỏ"
        case .inForce: verb = "Cập nhật"
        }
        var summary = "\(p.status.label): \(p.name) (mã \(p.code)), lĩnh vực \(builder.fieldName(p))."
        if let decision = p.announcement?.number ?? p.ministryDecision { summary += " Theo \(decision)." }
        if let replacement = p.replacedBy { summary += " Thủ tục thay thế: mã \(replacement)." }
        return RSSFeed.Item(
          title: "\(verb): \(p.name) (\(p.code))", link: site.routes.absolute(procedure.path),
          published: date, summary: summary, contentHTML: nil,
          categories: [builder.fieldName(p)], enclosure: nil)
      }
  }

  /// An enclosure for a local file (its exact size and type); none for external URLs.
  func enclosure(_ reference: String?) -> RSSFeed.Enclosure? {
    guard let reference, let file = site.staticFiles.first(where: { $0.relativePath == reference }) else { return nil }
    return RSSFeed.Enclosure(
      url: site.routes.absolute(Routes.file(file.relativePath)), length: file.size,
      type: MediaType.of(file.relativePath))
  }

  /// Every `href` and `src` of cmark's HTML resolved against the page's absolute URL, so
  /// `#anchor`, `/root/path`, `relative/path` and `//host/path` all work in a feed reader.
  public static func absolutize(_ html: String, pageURL: String) -> String {
    guard let base = URL(string: pageURL) else { return html }
    let bytes = Array(html.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 256)
    var index = 0
    var copied = 0
    while let start = nextAttribute(in: bytes, from: index) {
      // `start` is the first byte of the value, after `href="` or `src="`.
      guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
      result.append(contentsOf: bytes[copied..<start])
      let value = String(decoding: bytes[start..<end], as: UTF8.self)
      let raw = value.replacingOccurrences(of: "&amp;", with: "&")
      if let absolute = URL(string: raw, relativeTo: base)?.absoluteString, !raw.isEmpty {
        result.append(contentsOf: absolute.replacingOccurrences(of: "&", with: "&amp;").utf8)
      } else {
        result.append(contentsOf: bytes[start..<end])
      }
      copied = end
      index = end
    }
    result.append(contentsOf: bytes[copied...])
    return String(decoding: result, as: UTF8.self)
  }

  /// The position just after the next `href="` or `src="` at or after `from`.
  static func nextAttribute(in bytes: [UInt8], from: Int) -> Int? {
    var index = from
    while index + 5 <= bytes.count {
      if bytes[index] == UInt8(ascii: "h"), index + 6 <= bytes.count, bytes[index..<index + 6].elementsEqual("href=\"".utf8) {
        return index + 6
      }
      if bytes[index] == UInt8(ascii: "s"), bytes[index..<index + 5].elementsEqual("src=\"".utf8) {
        return index + 5
      }
      index += 1
    }
    return nil
  }
}
