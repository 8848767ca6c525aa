import CCHCCore
import Foundation

/// Everything the pages of other documents read from an article, as one hash: its path, its
/// front-matter fields but the author and source (`tac_gia`, `nguon`: shown only on its own
/// page), and its summary (`tom_tat`, else the body's first paragraph, which cards, lists,
/// feeds' descriptions and the search metadata show). The rest of the body appears only on
/// the article's own page, in the feeds that carry it in full and in the search keys. An
/// edit that keeps the outline can be rebuilt quickly (`QuickRebuild`).
enum ArticleOutline {
  /// Every field of `Article` (a test keeps this list in step with the type: a field added to
  /// `Article` must be added here, and to the hash unless only the article's page shows it).
  static let fields = ["source", "slug", "title", "date", "categories", "summary", "image", "author", "origin", "tags",
                       "audio", "isDraft", "body"]

  /// The outline hash of a rendered article, `summary` being what `ContextBuilder.summary` gives.
  static func hash(_ article: RenderedArticle, summary: String) -> UInt64 {
    let a = article.document
    // Not hashed: `source` only locates messages (recomputed for the edited file); `author`,
    // `origin` and `body` appear on the article's own page (and `body` in the feeds and search
    // keys the quick rebuild makes again).
    let parts: [String] = [
      article.path, a.slug, a.title, String(a.date.instant.timeIntervalSince1970), a.date.hasTime ? "1" : "0",
      a.categories.joined(separator: "\u{1}"), optional(a.summary), optional(a.image),
      a.tags.joined(separator: "\u{1}"), optional(a.audio), a.isDraft ? "1" : "0", summary,
    ]
    return ExactText.hash(of: parts.joined(separator: "\u{0}"))
  }

  static func optional(_ text: String?) -> String {
    text.map { "+" + $0 } ?? "-"
  }
}
