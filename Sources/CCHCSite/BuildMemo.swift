import CCHCCore

/// What a long-running process (the preview server) keeps between builds so that a rebuild
/// redoes only what changed: decoded documents and rendered bodies (`ContentMemo`), each
/// article's search keys and card. Every value is found by its inputs (the card by their
/// 64-bit fingerprint, as pages in the page cache).
public final class BuildMemo: @unchecked Sendable {
  /// Decoded documents and rendered Markdown.
  public let content = ContentMemo()
  /// Each article's search keys, by the article's text.
  let articleKeys = Memo<SearchIndexBuilder.ArticleText, [[RankedKey]]>()
  /// Each article card's HTML, by the fingerprint of its data and the theme.
  let cardHTML = Memo<UInt64, String?>()

  /// An empty memo.
  public init() {}
}
