import CCHCCore
import Foundation

/// Everything the pages of other documents read from an article, as two hashes: where it is
/// listed (`placement`) and what is shown where it is listed (`card`), the summary being
/// `tom_tat` or else the body's first paragraph. The author and source (`tac_gia`, `nguon`)
/// and the rest of the body appear only on the article's own page, in the feeds that carry it
/// in full and in the search keys. An edit that keeps the placement is rebuilt quickly
/// (`QuickRebuild`); one that keeps the card too touches no list.
enum ArticleOutline {
  /// Every field of `Article` (a test keeps this list in step with the type: a field added to
  /// `Article` must be added here, and to the hash unless only the article's page shows it).
  static let fields = [
    "source", "slug", "title", "date", "categories", "summary", "image", "author", "origin", "tags",
    "audio", "isDraft", "body",
  ]

  /// What decides where an article is listed: its path, date, categories, tags and draft
  /// state. When it changes, lists reorder or change members: a full build.
  static func placement(_ article: RenderedArticle) -> UInt64 {
    let a = article.document
    let parts: [String] = [
      article.path, a.slug, String(a.date.instant.timeIntervalSince1970), a.date.hasTime ? "1" : "0",
      a.categories.joined(separator: "\u{1}"), a.tags.joined(separator: "\u{1}"), a.isDraft ? "1" : "0",
    ]
    return ExactText.hash(of: parts.joined(separator: "\u{0}"))
  }

  /// What other pages show of an article where it is listed or linked: title, summary,
  /// picture and sound (cards, lists, previous/next links, feeds, search metadata).
  /// `summary` is what `ContextBuilder.summary` gives.
  static func card(_ article: RenderedArticle, summary: String) -> UInt64 {
    let a = article.document
    // Not hashed here or in `placement`: `source` only locates messages (recomputed for the
    // edited file); `author`, `origin` and `body` appear on the article's own page (and
    // `body` in the feeds and search keys the quick rebuild makes again).
    let parts: [String] = [a.title, optional(a.summary), optional(a.image), optional(a.audio), summary]
    return ExactText.hash(of: parts.joined(separator: "\u{0}"))
  }

  static func optional(_ text: String?) -> String {
    text.map { "+" + $0 } ?? "-"
  }
}
