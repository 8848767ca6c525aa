import Foundation

/// The assembled site: every published document with its URL and rendered body, grouped,
/// sorted and paginated. The Emit stage only reads it.
public struct Site: Sendable {
  /// `site.yml`.
  public var config: SiteConfig
  /// URLs of every document.
  public var routes: Routes
  /// Published articles, newest first.
  public var articles: [RenderedArticle]
  /// Every procedure, by Vietnamese order of name.
  public var procedures: [RenderedProcedure]
  /// Procedures grouped by field, fields in Vietnamese order.
  public var fields: [FieldGroup]
  /// Hotline pages, in file order.
  public var hotlines: [Rendered<HotlinePage>]
  /// Other pages, in menu order.
  public var pages: [Rendered<Page>]
  /// Dialogues and Q&A collections, newest first.
  public var dialogues: [RenderedDialogue] = []
  /// The questions that name each procedure (by code), in dialogue order.
  public var questionsByProcedure: [String: [QuestionRef]] = [:]
  /// Categories with their published articles (declared order).
  public var categories: [ArticleGroup]
  /// Tags with their published articles (Vietnamese order).
  public var tags: [ArticleGroup]
  /// Static files under `tep/`.
  public var staticFiles: [StaticFile]
  /// The build's "now": later articles are scheduled.
  public var now: ContentDate
  /// Whether drafts and scheduled articles are shown (`--drafts`).
  public var includesDrafts: Bool
  /// Whether this is a preview build for `cchc serve`.
  public var isPreview = false
  /// The site's own search vocabulary (`tu-dien-tim-kiem.txt`), when it has one.
  public var siteVocabulary: SearchVocabulary?
  /// The vocabulary procedure search expands queries with: cchc's own and the site's (cchc's
  /// own is parsed when first asked for, which a quick rebuild never does).
  public var searchVocabulary: SearchVocabulary {
    siteVocabulary.map { SearchVocabulary.builtIn.adding($0) } ?? SearchVocabulary.builtIn
  }
  /// The first instant after `now` at which time alone changes the site: an article dated
  /// later is published, a procedure's date passes. Nil when no date lies ahead.
  public var timeBoundary: Date?
}

/// A document with its URL path and rendered Markdown body.
public struct Rendered<Document: Sendable>: Sendable {
  /// The decoded document.
  public var document: Document
  /// Its path relative to `base_url`.
  public var path: String
  /// Its body rendered by cmark.
  public var body: MarkdownDocument

  /// Pairs a document with its path and rendered body.
  public init(document: Document, path: String, body: MarkdownDocument) {
    self.document = document
    self.path = path
    self.body = body
  }
}

/// A published article with its URL, body and summary.
public typealias RenderedArticle = Rendered<Article>
/// A procedure with its URL and body.
public typealias RenderedProcedure = Rendered<Procedure>

/// Procedures of one field (lĩnh vực).
public struct FieldGroup: Sendable {
  /// Display name ("Hộ tịch" even when sources wrote "HỘ TỊCH").
  public var name: String
  /// Slug of the name.
  public var slug: String
  /// Path of the field's page.
  public var path: String
  /// Procedures that can be filed (in force, new, amended), Vietnamese order.
  public var active: [RenderedProcedure]
  /// Abolished and replaced procedures.
  public var withdrawn: [RenderedProcedure]
}

/// A category or tag and its articles.
public struct ArticleGroup: Sendable {
  /// Slug.
  public var slug: String
  /// Display name.
  public var name: String
  /// Description (categories only).
  public var description: String?
  /// Path of the list's first page.
  public var path: String
  /// Articles, newest first.
  public var articles: [RenderedArticle]
}
