import Foundation

/// Results kept between builds of one process (the preview server), so that a rebuild redoes
/// only the work whose inputs changed. A value is looked up by a key that holds everything it
/// depends on; the values a build did not use are dropped when the next build ends, so the
/// memo holds about one site's worth. Safe to use from several threads.
public final class Memo<Key: Hashable & Sendable, Value>: @unchecked Sendable {
  private var previous: [Key: Value] = [:]
  private var current: [Key: Value] = [:]
  private let lock = NSLock()

  /// An empty memo.
  public init() {}

  /// The remembered value for `key`, else `make()` (remembered for next time).
  public func value(for key: Key, _ make: () -> Value) -> Value {
    lock.lock()
    if let value = current[key] ?? previous[key] {
      current[key] = value
      lock.unlock()
      return value
    }
    lock.unlock()
    let value = make()
    lock.lock()
    current[key] = value
    lock.unlock()
    return value
  }

  /// Ends a build: values it did not use are forgotten.
  public func endBuild() {
    lock.lock()
    previous = current
    current = [:]
    lock.unlock()
  }

  /// Forgets everything (when something every value depends on has changed).
  public func removeAll() {
    lock.lock()
    previous = [:]
    current = [:]
    lock.unlock()
  }
}

/// What the content stages keep between builds of the preview server: each file's decoded
/// document (valid while `site.yml`, the base URL and the set of files under `tep/` stay the
/// same) and each body's HTML (valid while every document keeps its URL).
public final class ContentMemo: @unchecked Sendable {
  /// A source file as read.
  public struct FileKey: Hashable, Sendable {
    var relativePath: String
    var frontMatter: ExactText
    var body: ExactText
  }

  let articles = Memo<FileKey, (Article?, Diagnostics)>()
  let procedures = Memo<FileKey, (Procedure?, Diagnostics)>()
  let hotlines = Memo<FileKey, (HotlinePage?, Diagnostics)>()
  let pages = Memo<FileKey, (Page?, Diagnostics)>()
  let dialogues = Memo<FileKey, (Dialogue?, Diagnostics)>()
  let bodies = Memo<FileKey, MarkdownDocument>()
  private var decodeSettings = ""
  private var renderSettings = ""
  private let lock = NSLock()

  /// An empty memo.
  public init() {}

  /// Starts decoding with these settings (`site.yml`, base URL, files under `tep/`): when
  /// they changed since the last build, no decoded document is reused.
  func beginDecode(_ settings: String) {
    lock.lock()
    defer { lock.unlock() }
    guard settings != decodeSettings else { return }
    for memo in [articles, procedures, hotlines, pages, dialogues] as [any Forgetting] { memo.removeAll() }
    decodeSettings = settings
  }

  /// Starts rendering with these settings (every document's URL, files under `tep/`): when
  /// they changed since the last build, no rendered body is reused.
  func beginRender(_ settings: String) {
    lock.lock()
    defer { lock.unlock() }
    guard settings != renderSettings else { return }
    bodies.removeAll()
    renderSettings = settings
  }

  /// Ends a build.
  func end() {
    for memo in [articles, procedures, hotlines, pages, dialogues, bodies] as [any Forgetting] { memo.endBuild() }
  }
}

/// A memo that can be emptied (for `ContentMemo`'s lists of memos).
protocol Forgetting {
  func removeAll()
  func endBuild()
}

extension Memo: Forgetting {}
