/// A news item of the CCHC column (`content/tin-bai/**/*.md`).
public struct Article: Sendable, Equatable {
  /// Where it came from.
  public var source: SourceRef
  /// URL slug: `duong_dan`, else the file name without date prefix, folded.
  public var slug: String
  /// `tieu_de`.
  public var title: String
  /// `ngay`.
  public var date: ContentDate
  /// `chuyen_muc`: category slugs.
  public var categories: [String]
  /// `tom_tat`, when written.
  public var summary: String?
  /// `anh`: a content path (`tep/…`) or an absolute URL.
  public var image: String?
  /// `tac_gia`.
  public var author: String?
  /// `nguon`.
  public var origin: String?
  /// `tu_khoa`.
  public var tags: [String]
  /// `am_thanh`: a content path.
  public var audio: String?
  /// `ban_nhap`.
  public var isDraft: Bool
  /// The Markdown body.
  public var body: String
}

/// The file and line a document came from, for messages and for resolving relative links.
public struct SourceRef: Sendable, Equatable {
  /// Path relative to the content folder.
  public var relativePath: String
  /// Path shown in messages.
  public var displayPath: String
  /// First line of the body in the file.
  public var bodyLine: Int
  /// Lines of the keys that later stages report on (`ma`, `duong_dan`).
  public var keyLines: [String: Int] = [:]

  /// The line of a key, or 1 when it was not written.
  public func line(ofKey key: String) -> Int { keyLines[key] ?? 1 }

  /// Creates a reference to a source file.
  public init(relativePath: String, displayPath: String, bodyLine: Int) {
    self.relativePath = relativePath
    self.displayPath = displayPath
    self.bodyLine = bodyLine
  }
}

/// A document that knows the file it came from.
public protocol HasSource: Sendable {
  /// Where it came from.
  var source: SourceRef { get }
}

extension Article: HasSource {}
extension Procedure: HasSource {}
extension HotlinePage: HasSource {}
extension Page: HasSource {}
