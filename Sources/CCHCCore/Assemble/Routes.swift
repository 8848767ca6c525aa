import Foundation

/// Every URL of the site, decided once from the decoded documents and only read afterwards.
/// Paths are relative to `base_url` and end with `/` (folders served as `index.html`).
public struct Routes: Sendable {
  /// Content file (relative to the content folder) → its page path.
  public private(set) var byFile: [String: String] = [:]
  /// The site's base URL.
  public let base: BaseURL

  /// The path of an article.
  public static func article(_ slug: String) -> String { "tin-bai/\(slug)/" }
  /// The path of a procedure, from its code (never its name).
  public static func procedure(_ code: String) -> String { "thu-tuc/\(code)/" }
  /// The path of a hotline page.
  public static func hotline(_ slug: String) -> String { "duong-day-nong/\(slug)/" }
  /// The path of an other page.
  public static func page(_ slug: String) -> String { "trang/\(slug)/" }
  /// The path of a dialogue or Q&A collection.
  public static func dialogue(_ slug: String) -> String { "hoi-dap/\(slug)/" }
  /// The list of dialogues.
  public static let dialogues = "hoi-dap/"
  /// The anchor of question `number` (1…) on a dialogue's page.
  public static func question(_ number: Int) -> String { "cau-\(number)" }
  /// The path of a category's list.
  public static func category(_ slug: String) -> String { "chuyen-muc/\(slug)/" }
  /// The path of a tag's list.
  public static func tag(_ name: String) -> String { "tu-khoa/\(VietnameseText.slug(name))/" }
  /// The path of a field's procedures.
  public static func field(_ slug: String) -> String { "thu-tuc/linh-vuc/\(slug)/" }
  /// The list of all articles.
  public static let articles = "tin-bai/"
  /// The procedure index.
  public static let procedures = "thu-tuc/"
  /// The site-wide search page.
  public static let search = "tim-kiem/"
  /// Page `number` (2…) of a paginated list at `path`.
  public static func paginated(_ path: String, page number: Int) -> String {
    number <= 1 ? path : "\(path)trang/\(number)/"
  }
  /// A file under `tep/`, each segment percent-encoded.
  public static func file(_ relativePath: String) -> String {
    relativePath.split(separator: "/").map { segment in
      URLSafety.percentEncode(String(segment), keeping: URLSafety.isPathSegmentAllowed)
    }.joined(separator: "/")
  }

  /// Routes decided by an earlier build (content path → page path).
  public init(base: BaseURL, byFile: [String: String]) {
    self.base = base
    self.byFile = byFile
  }

  /// Decides the URL of every document, reporting duplicated codes and two documents with one URL.
  public init(
    base: BaseURL, articles: [Article], procedures: [Procedure], hotlines: [HotlinePage], pages: [Page],
    dialogues: [Dialogue] = [], diagnostics: inout Diagnostics
  ) {
    self.base = base
    var owners: [String: SourceRef] = [:]
    func claim(_ path: String, _ source: SourceRef, _ diagnostics: inout Diagnostics) {
      if let other = owners[path] {
        diagnostics.error(
          source.displayPath, source.line(ofKey: "duong_dan"), "duplicate-url",
          "trùng đường dẫn \"\(path)\" với \(other.displayPath); hãy đổi tên tệp hoặc đặt \"duong_dan\" khác")
        return
      }
      owners[path] = source
      byFile[source.relativePath] = path
    }
    var codes: [String: SourceRef] = [:]
    for procedure in procedures {
      if let other = codes[procedure.code] {
        diagnostics.error(
          procedure.source.displayPath, procedure.source.line(ofKey: "ma"), "duplicate-code",
          "mã thủ tục \"\(procedure.code)\" đã được dùng ở \(other.displayPath); mỗi thủ tục phải có mã riêng")
        continue
      }
      codes[procedure.code] = procedure.source
      claim(Self.procedure(procedure.code), procedure.source, &diagnostics)
    }
    for article in articles { claim(Self.article(article.slug), article.source, &diagnostics) }
    for hotline in hotlines { claim(Self.hotline(hotline.slug), hotline.source, &diagnostics) }
    for page in pages { claim(Self.page(page.slug), page.source, &diagnostics) }
    for dialogue in dialogues { claim(Self.dialogue(dialogue.slug), dialogue.source, &diagnostics) }
  }

  /// Root-relative URL (`/base/path/`) of a site path.
  public func href(_ path: String) -> String { base.path + path }

  /// Absolute URL of a site path.
  public func absolute(_ path: String) -> String { base.absolute + path }

  /// Rewrites a Markdown destination written in `fromFile`: links to content files become
  /// their page URLs, links to `tep/` files their copied URLs; anything else is kept.
  /// Everything `rewrite` depends on besides its arguments and the resolver: the base URL and
  /// every file's page, as one string (equal strings, equal rewrites).
  public var fingerprint: String {
    base.origin + base.path + "\u{0}" + byFile.sorted { $0.key < $1.key }.map { $0.key + "\u{1}" + $0.value }.joined(separator: "\u{0}")
  }

  public func rewrite(_ destination: String, from fromFile: String, resolver: ReferenceResolver) -> String? {
    let lower = destination.lowercased()
    if destination.isEmpty || destination.hasPrefix("#") || lower.contains(":") || destination.hasPrefix("//") { return nil }
    var fragment = ""
    var target = destination
    if let hash = destination.firstIndex(of: "#") {
      fragment = String(destination[hash...])
      target = String(destination[..<hash])
    }
    // Markdown links are relative to the file that holds them, as in every Markdown editor;
    // `tep/…` written from the content root is accepted too.
    var candidates = [target]
    if !target.hasPrefix("./") && !target.hasPrefix("../") && !target.hasPrefix("/") { candidates.insert("./" + target, at: 0) }
    for candidate in candidates {
      switch resolver.resolve(candidate, from: fromFile) {
      case .file(let path): return href(Self.file(path)) + fragment
      case .missing(let path): if let page = byFile[path] { return href(page) + fragment }
      default: continue
      }
    }
    return nil
  }

  /// Whether a destination is a relative link that should point at a content file or `tep/` file.
  public static func isLocalReference(_ destination: String) -> Bool {
    let lower = destination.lowercased()
    return !destination.isEmpty && !destination.hasPrefix("#") && !destination.hasPrefix("/") && !lower.contains(":")
  }
}

extension CharacterSet {
  /// Characters allowed unescaped in one URL path segment.
  static let urlPathSegmentAllowed: CharacterSet = {
    var set = CharacterSet.urlPathAllowed
    set.remove(charactersIn: "/;?#")
    return set
  }()
}
