import CCHCCore
import Foundation

/// What a long-running process (the preview server) keeps between builds so that a rebuild
/// redoes only what changed: the build state the last build left (the same one `cchc build`
/// keeps beside its output, held in memory rather than read back), decoded documents and
/// rendered bodies (`ContentMemo`), each article's search keys and card. Every value is found
/// by its inputs (the card by their 64-bit fingerprint, as pages in the page cache).
public final class BuildMemo: @unchecked Sendable {
  /// Decoded documents and rendered Markdown.
  public let content = ContentMemo()
  /// Each article's search keys, by the article's text.
  let articleKeys = Memo<SearchIndexBuilder.ArticleText, [[RankedKey]]>()
  /// Each article card's HTML, by the fingerprint of its data and the theme.
  let cardHTML = Memo<UInt64, String?>()

  private var state: (outputDirectory: String, state: BuildState)?
  private var targetsShown = false
  private let lock = NSLock()

  /// An empty memo.
  public init() {}

  /// The state the last build of this process left in `outputDirectory`; nil when none.
  func state(of outputDirectory: String) -> BuildState? {
    lock.withLock { state?.outputDirectory == outputDirectory ? state?.state : nil }
  }

  /// True the first time only: the preview server shows how the plan's targets stand once.
  public func takeTargetsTurn() -> Bool {
    lock.withLock {
      defer { targetsShown = true }
      return !targetsShown
    }
  }

  /// Keeps the state a build left in `outputDirectory` (nil: forget it, before the output changes).
  func keep(_ next: BuildState?, of outputDirectory: String) {
    lock.withLock { state = next.map { (outputDirectory, $0) } }
  }
}
