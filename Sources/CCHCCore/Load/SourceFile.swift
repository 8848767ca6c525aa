/// A content file as read from disk: NFC text split into front matter and body.
public struct SourceFile: Sendable, Equatable {
  /// Path relative to the content folder, with `/` separators (e.g. `thu-tuc/khai-sinh.md`).
  public var relativePath: String
  /// Path as shown in messages (the content folder as the user named it, joined with `relativePath`).
  public var displayPath: String
  /// The YAML between the `---` lines.
  public var frontMatter: String
  /// Line number of the first line of `frontMatter` in the file.
  public var frontMatterLine: Int
  /// The Markdown after the closing `---`.
  public var body: String
  /// Line number of the first line of `body` in the file.
  public var bodyLine: Int

  /// Creates a source file from its parts.
  public init(relativePath: String, displayPath: String, frontMatter: String, frontMatterLine: Int, body: String, bodyLine: Int) {
    self.relativePath = relativePath
    self.displayPath = displayPath
    self.frontMatter = frontMatter
    self.frontMatterLine = frontMatterLine
    self.body = body
    self.bodyLine = bodyLine
  }
}

/// The kinds of content a site holds, by the folder they live in.
public enum ContentKind: String, Sendable, CaseIterable {
  case article = "tin-bai"
  case procedure = "thu-tuc"
  case hotline = "duong-day-nong"
  case page = "trang"
  case dialogue = "hoi-dap"
}

/// Everything the Load stage read: the site file, the content files by kind, and the static files.
public struct LoadedContent: Sendable {
  /// `site.yml`, parsed later by Decode (its text is all front matter).
  public var site: SourceFile?
  /// Markdown files by kind, sorted by path.
  public var files: [ContentKind: [SourceFile]]
  /// Files under `tep/`, relative to the content folder (e.g. `tep/anh/a.jpg`), sorted, with their sizes.
  public var staticFiles: [StaticFile]
  /// The content folder as the user named it.
  public var contentDirectory: String
  /// The site's own search vocabulary (`tu-dien-tim-kiem.txt`), all of it as the body.
  public var searchVocabulary: SourceFile?
  /// Hidden and system files and folders left out, relative to the content folder (folders end with `/`).
  public var ignored: [String] = []
}

/// A file copied as it is (under `tep/`).
public struct StaticFile: Sendable, Equatable {
  /// Path relative to the content folder, e.g. `tep/anh/a.jpg`.
  public var relativePath: String
  /// Size in bytes.
  public var size: Int

  /// Describes a static file.
  public init(relativePath: String, size: Int) {
    self.relativePath = relativePath
    self.size = size
  }
}
