import Foundation

/// The Load stage: walks the content folder, reads and checks every file, splits front matter.
public struct ContentLoader: Sendable {
  /// The content folder as the user named it (e.g. `content`).
  public var contentDirectory: String
  /// Texts read instead of files, by path relative to the content folder (see `BuildOptions`).
  public var overlay: [String: String] = [:]

  /// Creates a loader for a content folder.
  public init(contentDirectory: String) {
    self.contentDirectory = contentDirectory
  }

  /// Reads everything; problems go to `diagnostics`.
  public func load(diagnostics: inout Diagnostics) -> LoadedContent {
    var content = LoadedContent(site: nil, files: [:], staticFiles: [], contentDirectory: contentDirectory)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: contentDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
      diagnostics.error(
        contentDirectory, 0, "content-missing",
        "không tìm thấy thư mục nội dung \"\(contentDirectory)\"; hãy chạy lệnh trong thư mục của đơn vị (nơi có \(contentDirectory)/site.yml), chỉ rõ --content THƯ_MỤC, hoặc tạo thư mục mới bằng cchc khoi-tao"
      )
      return content
    }
    content.site = siteFile(diagnostics: &diagnostics)
    if content.site == nil && !FileManager.default.fileExists(atPath: path("site.yml")) {
      diagnostics.error(display("site.yml"), 0, "site-missing", "thiếu tệp site.yml (thông tin của cổng)")
    }
    for kind in ContentKind.allCases {
      var paths = listFiles(under: kind.rawValue, into: &content, diagnostics: &diagnostics)
      let added = overlay.keys.filter { $0.hasPrefix(kind.rawValue + "/") && !paths.contains($0) }
      if !added.isEmpty { paths = (paths + added).sorted() }
      let loaded = ParallelMap.map(paths) { relative -> (SourceFile?, Diagnostics) in
        var local = Diagnostics()
        guard let text = readText(relative, diagnostics: &local) else { return (nil, local) }
        let file = FrontMatterSplitter.split(text, relativePath: relative, displayPath: display(relative), diagnostics: &local)
        return (file, local)
      }
      for (_, local) in loaded { diagnostics.merge(local) }
      content.files[kind] = loaded.compactMap(\.0)
    }
    if FileManager.default.fileExists(atPath: path(SearchVocabulary.siteFileName)) {
      content.searchVocabulary = readText(SearchVocabulary.siteFileName, diagnostics: &diagnostics).map {
        SourceFile(
          relativePath: SearchVocabulary.siteFileName, displayPath: display(SearchVocabulary.siteFileName),
          frontMatter: "", frontMatterLine: 0, body: $0, bodyLine: 1)
      }
    }
    let published = listFiles(under: "tep", into: &content, diagnostics: &diagnostics)
    let refusals = ParallelMap.map(published) { relative in PublishableFile.problem(relativePath: relative, bytes: head(relative)) }
    for (relative, refusal) in zip(published, refusals) {
      if let refusal { diagnostics.error(display(relative), 0, "file-not-publishable", refusal) }
    }
    content.staticFiles = zip(published, refusals).filter { $0.1 == nil }.map { relative, _ in
      StaticFile(relativePath: relative, size: FileTree.size(of: path(relative)) ?? 0)
    }
    return content
  }

  /// The first bytes of a file, enough to tell its kind; all of an SVG, whose text is checked.
  func head(_ relative: String) -> Data {
    if relative.lowercased().hasSuffix(".svg") { return FileManager.default.contents(atPath: path(relative)) ?? Data() }
    guard let handle = FileHandle(forReadingAtPath: path(relative)) else { return Data() }
    defer { try? handle.close() }
    return (try? handle.read(upToCount: 4096)) ?? Data()
  }

  /// `site.yml` as a source file (all of it front matter); nil when missing or unreadable.
  public func siteFile(diagnostics: inout Diagnostics) -> SourceFile? {
    readText("site.yml", diagnostics: &diagnostics).map {
      SourceFile(relativePath: "site.yml", displayPath: display("site.yml"), frontMatter: $0, frontMatterLine: 1, body: "", bodyLine: 0)
    }
  }

  /// Full path of a file given relative to the content folder.
  public func path(_ relative: String) -> String {
    contentDirectory.hasSuffix("/") ? contentDirectory + relative : contentDirectory + "/" + relative
  }

  func display(_ relative: String) -> String { path(relative) }

  /// The files below a sub-folder that the build reads (`isSource`), relative to the
  /// content folder, sorted. Links leading outside the content folder are errors; hidden and
  /// system files are noted in `content.ignored`.
  func listFiles(under folder: String, into content: inout LoadedContent, diagnostics: inout Diagnostics) -> [String] {
    let tree = ContentTree.walk(root: contentDirectory, folder: folder)
    for link in tree.outsideLinks {
      diagnostics.error(
        display(link.path), 0, "link-outside",
        "liên kết \"\(link.path)\" trỏ ra ngoài thư mục nội dung (tới \(link.target)); cchc không đọc, không đăng "
          + "tệp ngoài thư mục nội dung: hãy chép tệp vào thư mục nội dung thay cho liên kết")
    }
    content.ignored += tree.ignored
    return tree.files.filter(Self.isSource)
  }

  /// Whether the build reads a file of the content folder (by its relative path): `site.yml`,
  /// the site's search vocabulary, the Markdown files of each kind's folder, the files under
  /// `tep/` and everything under `giao-dien/` (theme overrides). Hidden and system files
  /// (`ContentTree.isIgnored`) and other files are ignored, so editors' swap and backup files
  /// change nothing.
  public static func isSource(_ relative: String) -> Bool {
    if relative == "site.yml" || relative == SearchVocabulary.siteFileName || relative.hasPrefix("giao-dien/") { return true }
    // The file's own name (after the last slash; paths of files never end with one).
    let name = relative.utf8.lastIndex(of: UInt8(ascii: "/")).map { relative[relative.utf8.index(after: $0)...] } ?? relative[...]
    if ContentTree.isIgnored(String(name)) { return false }
    if relative.hasPrefix("tep/") { return true }
    return relative.hasSuffix(".md") && ContentKind.allCases.contains { relative.hasPrefix($0.rawValue + "/") }
  }

  /// Reads a file as UTF-8 text in NFC, reporting empty files and invalid UTF-8 with the line.
  public func readText(_ relative: String, diagnostics: inout Diagnostics) -> String? {
    guard let data = overlay[relative].map({ Data($0.utf8) }) ?? FileManager.default.contents(atPath: path(relative)) else {
      return nil
    }
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      diagnostics.error(display(relative), 1, "empty-file", "tệp rỗng, không có nội dung")
      return nil
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let line = Self.lineOfFirstInvalidUTF8(bytes)
      diagnostics.error(
        display(relative), line, "invalid-utf8",
        "tệp không phải văn bản UTF-8 hợp lệ (hãy lưu lại tệp với bảng mã UTF-8)")
      return nil
    }
    let unixText = bytes.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    // Text without combining marks is already NFC for every script content uses. The marks
    // U+0300–U+036F are the only scalars whose UTF-8 starts with the byte 0xCC or 0xCD.
    let mayHaveMarks = bytes.contains { $0 == 0xCC || $0 == 0xCD }
    return mayHaveMarks && unixText.unicodeScalars.contains(where: VietnameseText.isCombiningMark)
      ? VietnameseText.nfc(unixText) : unixText
  }

  /// The 1-based line holding the first byte sequence that is not valid UTF-8.
  static func lineOfFirstInvalidUTF8(_ bytes: [UInt8]) -> Int {
    var line = 1
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
      line += 1
      start = index + 1
    }
    return line
  }
}
