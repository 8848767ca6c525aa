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

  /// Every feed of the site. The column's feed carries the dialogues too (those held by
  /// now: a dialogue announced for a later day is on the site, not yet in the feeds).
  public func feeds() -> [RSSFeed] {
    let config = site.config
    let dialogueItems = site.dialogues.filter { $0.document.date.instant <= site.now.instant }.map(item)
    var feeds = articleFeeds().map { feed in
      var items = feed.articles.map(item)
      if feed.path == OutputPaths.columnFeed { items = Self.newest(items, dialogueItems, count: config.feedSize) }
      return RSSFeed(title: feed.title, link: feed.link, description: feed.description, path: feed.path, items: items)
    }
    if !site.dialogues.isEmpty {
      feeds.append(
        RSSFeed(
          title: "Hỏi đáp, đối thoại – \(config.unitName)", link: site.routes.absolute(Routes.dialogues),
          description: "Câu hỏi của người dân và trả lời của \(config.unitName), các buổi đối thoại trực tuyến",
          path: OutputPaths.dialogueFeed, items: Array(dialogueItems.prefix(config.feedSize))))
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

  /// The newest `count` of two lists that are each newest first; on the same instant the
  /// first list's item comes first.
  static func newest(_ first: [RSSFeed.Item], _ second: [RSSFeed.Item], count: Int) -> [RSSFeed.Item] {
    var merged: [RSSFeed.Item] = []
    var (i, j) = (0, 0)
    while merged.count < count, i < first.count || j < second.count {
      if j >= second.count || (i < first.count && first[i].published >= second[j].published) {
        merged.append(first[i])
        i += 1
      } else {
        merged.append(second[j])
        j += 1
      }
    }
    return merged
  }

  /// A feed item for a dialogue: its introduction, then every question and answer.
  func item(_ dialogue: RenderedDialogue) -> RSSFeed.Item {
    let d = dialogue.document
    let url = site.routes.absolute(dialogue.path)
    var html = dialogue.body.html
    for (index, (question, answer)) in zip(d.questions, dialogue.answers).enumerated() {
      html += "<h3 id=\"\(Routes.question(index + 1))\">Câu \(index + 1). \(Escape.html(question.question))</h3>\n"
      html += "<p><em>\(Escape.html(question.asker))\(question.address.map { ", " + Escape.html($0) } ?? "")</em></p>\n"
      html += answer.html
    }
    return RSSFeed.Item(
      title: d.title, link: url, published: d.date.instant,
      summary: d.summary ?? dialogue.body.firstParagraph ?? "\(d.questions.count) câu hỏi, \(d.host) trả lời.",
      contentHTML: Self.absolutize(html, pageURL: url), categories: ["Hỏi đáp"], enclosure: nil)
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
