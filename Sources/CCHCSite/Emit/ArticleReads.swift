import CCHCCore

/// The articles a page's template data showed, as `ContextBuilder` noted them while it built
/// the data: shown whole (the article's own page) or as a card or link (lists, the home page,
/// previous/next links). The build state keeps them for every page (`BuildState.PageRecord`),
/// and a quick rebuild remakes exactly the pages that read an edited article in a way the edit
/// changed: no list of which page shows what is kept by hand.
struct ArticleReads: Equatable, Sendable {
  /// Paths of the articles shown whole.
  var whole: [String] = []
  /// Paths of the articles shown as a card or link, in the order shown.
  var cards: [String] = []
}

/// Where `ContextBuilder` notes the reads of the data being built (one log per page).
final class ReadLog: @unchecked Sendable {
  private(set) var reads = ArticleReads()

  func whole(_ article: RenderedArticle) {
    reads.whole.append(article.path)
  }

  func card(_ article: RenderedArticle) {
    reads.cards.append(article.path)
  }
}
