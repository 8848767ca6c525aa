import Foundation

/// An article's card in lists (`article-card.mustache`), with its rendered HTML once made.
public final class ArticleCard: TemplateData {
  let title: String
  let url: String
  let date: String
  let datetime: String
  let summary: String
  let categories: [NamedLink]
  let hasAudio: Bool
  let isDraft: Bool
  let cover: Cover?
  /// The card rendered with `article-card.mustache` (absent while it is being rendered).
  let html: String?

  init(
    title: String, url: String, date: String, datetime: String, summary: String, categories: [NamedLink], hasAudio: Bool, isDraft: Bool,
    cover: Cover? = nil, html: String? = nil
  ) {
    self.title = title
    self.url = url
    self.date = date
    self.datetime = datetime
    self.summary = summary
    self.categories = categories
    self.hasAudio = hasAudio
    self.isDraft = isDraft
    self.cover = cover
    self.html = html
  }

  /// The same card with its rendered HTML.
  func with(html: String?) -> ArticleCard {
    ArticleCard(
      title: title, url: url, date: date, datetime: datetime, summary: summary, categories: categories,
      hasAudio: hasAudio, isDraft: isDraft, cover: cover, html: html)
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "url": url
    case "date": date
    case "datetime": datetime
    case "summary": summary
    case "categories": categories
    case "has_audio": hasAudio
    case "is_draft": isDraft
    case "cover": cover
    case "card_html": html
    default: nil
    }
  }
}

/// What `article-card.mustache` sees: the card, and the site.
public final class CardContext: TemplateData {
  let card: ArticleCard
  let site: Shared<SiteInfo>

  init(card: ArticleCard, site: Shared<SiteInfo>) {
    self.card = card
    self.site = site
  }

  public func child(named name: String) -> Any? {
    card.child(named: name) ?? (name == "site" ? site : nil)
  }
}

/// An article's picture.
public final class Cover: TemplateData {
  let url: String
  let alt: String

  init(url: String, alt: String) {
    self.url = url
    self.alt = alt
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "url": url
    case "alt": alt
    default: nil
    }
  }
}

/// The home page.
public final class HomePage: TemplateData {
  let common: PageCommon
  let latestArticles: [Shared<ArticleCard>]
  let extras: HomeExtras

  init(common: PageCommon, latestArticles: [Shared<ArticleCard>], extras: HomeExtras) {
    self.common = common
    self.latestArticles = latestArticles
    self.extras = extras
  }

  public func child(named name: String) -> Any? {
    if let value = common.child(named: name) { return value }
    return name == "latest_articles" ? latestArticles : extras.child(named: name)
  }
}

/// The home page's keys that do not come from articles; the build state keeps them for a quick
/// rebuild, which reads no procedures nor hotlines.
public final class HomeExtras: TemplateData, KeptInState {
  let procedureCount: Int
  let onlineCount: Int
  let fields: [FieldSummary]
  let hotlines: [Contact]?
  let hotlineURL: String?
  let allArticlesURL: String
  let proceduresURL: String

  init(
    procedureCount: Int, onlineCount: Int, fields: [FieldSummary], hotlines: [Contact]? = nil, hotlineURL: String? = nil,
    allArticlesURL: String, proceduresURL: String
  ) {
    self.procedureCount = procedureCount
    self.onlineCount = onlineCount
    self.fields = fields
    self.hotlines = hotlines
    self.hotlineURL = hotlineURL
    self.allArticlesURL = allArticlesURL
    self.proceduresURL = proceduresURL
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "procedure_count": procedureCount
    case "online_count": onlineCount
    case "fields": fields
    case "hotlines": hotlines
    case "hotline_url": hotlineURL
    case "all_articles_url": allArticlesURL
    case "procedures_url": proceduresURL
    default: nil
    }
  }
}

/// A field of procedures on the home page.
public final class FieldSummary: TemplateData, Codable {
  let name: String
  let slug: String
  let url: String
  let count: Int

  init(name: String, slug: String, url: String, count: Int) {
    self.name = name
    self.slug = slug
    self.url = url
    self.count = count
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "slug": slug
    case "url": url
    case "count": count
    default: nil
    }
  }
}

/// One page of an article list.
public final class ArticleListPage: TemplateData {
  let common: PageCommon
  let listTitle: String
  let listDescription: String?
  let articles: [Shared<ArticleCard>]
  /// Every card's HTML joined, when every card has it.
  let cardsHTML: String?
  let pagination: PaginationBlock?

  init(
    common: PageCommon, listTitle: String, listDescription: String? = nil, articles: [Shared<ArticleCard>], cardsHTML: String? = nil,
    pagination: PaginationBlock? = nil
  ) {
    self.common = common
    self.listTitle = listTitle
    self.listDescription = listDescription
    self.articles = articles
    self.cardsHTML = cardsHTML
    self.pagination = pagination
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "list_title": listTitle
    case "list_description": listDescription
    case "articles": articles
    case "cards_html": cardsHTML
    case "pagination": pagination
    default: common.child(named: name)
    }
  }
}

/// The pagination block of a list page.
public final class PaginationBlock: TemplateData {
  let current: Int
  let total: Int
  let pages: [PageLink]
  let previousURL: String?
  let nextURL: String?

  init(current: Int, total: Int, pages: [PageLink], previousURL: String? = nil, nextURL: String? = nil) {
    self.current = current
    self.total = total
    self.pages = pages
    self.previousURL = previousURL
    self.nextURL = nextURL
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "current": current
    case "total": total
    case "pages": pages
    case "previous_url": previousURL
    case "next_url": nextURL
    default: nil
    }
  }
}

/// A page number of a pagination block, or a gap ("…", with no number, URL nor `current`).
public final class PageLink: TemplateData {
  let gap: Bool
  let number: Int?
  let url: String?
  let current: Bool?

  init(gap: Bool, number: Int? = nil, url: String? = nil, current: Bool? = nil) {
    self.gap = gap
    self.number = number
    self.url = url
    self.current = current
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "gap": gap
    case "number": number
    case "url": url
    case "current": current
    default: nil
    }
  }
}

/// An article's page.
public final class ArticlePage: TemplateData {
  let common: PageCommon
  let article: ArticleDetail

  init(common: PageCommon, article: ArticleDetail) {
    self.common = common
    self.article = article
  }

  public func child(named name: String) -> Any? {
    name == "article" ? article : common.child(named: name)
  }
}

/// `article`: everything an article's page shows of it.
public final class ArticleDetail: TemplateData {
  let title: String
  let date: String
  let datetime: String
  let categories: [NamedLink]
  let tags: [NamedLink]
  let summary: String
  let bodyHTML: String
  let isDraft: Bool
  let isScheduled: Bool
  let cover: Cover?
  let author: String?
  let source: String?
  let audio: Audio?
  let previous: Link?
  let next: Link?

  init(
    title: String, date: String, datetime: String, categories: [NamedLink], tags: [NamedLink], summary: String, bodyHTML: String,
    isDraft: Bool, isScheduled: Bool, cover: Cover? = nil, author: String? = nil, source: String? = nil, audio: Audio? = nil,
    previous: Link? = nil, next: Link? = nil
  ) {
    self.title = title
    self.date = date
    self.datetime = datetime
    self.categories = categories
    self.tags = tags
    self.summary = summary
    self.bodyHTML = bodyHTML
    self.isDraft = isDraft
    self.isScheduled = isScheduled
    self.cover = cover
    self.author = author
    self.source = source
    self.audio = audio
    self.previous = previous
    self.next = next
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "date": date
    case "datetime": datetime
    case "categories": categories
    case "tags": tags
    case "summary": summary
    case "body_html": bodyHTML
    case "is_draft": isDraft
    case "is_scheduled": isScheduled
    case "cover": cover
    case "author": author
    case "source": source
    case "audio": audio
    case "previous": previous
    case "next": next
    default: nil
    }
  }
}

/// An article's audio file.
public final class Audio: TemplateData {
  let url: String
  let type: String

  init(url: String, type: String) {
    self.url = url
    self.type = type
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "url": url
    case "type": type
    default: nil
    }
  }
}
