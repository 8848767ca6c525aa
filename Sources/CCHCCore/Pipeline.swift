import Foundation

/// Options of one build, from the command line.
public struct BuildOptions: Sendable {
  /// The content folder (holding `site.yml`).
  public var contentDirectory: String
  /// Replaces `base_url` of `site.yml` (e.g. for a preview).
  public var baseURLOverride: String?
  /// Publish drafts and scheduled articles too.
  public var includeDrafts: Bool
  /// The build's "now"; articles dated later are scheduled.
  public var now: Date
  /// A preview build for `cchc serve`: pages load the live-reload script.
  public var preview = false
  /// Where stage times are recorded.
  public var timings = StageTimings()
  /// Decoded documents and rendered bodies kept from earlier builds of this process (the
  /// preview server); nil for a one-off build.
  public var memo: ContentMemo?
  /// Texts that stand in for content files (by path relative to the content folder), read as
  /// if they were on disk: the browser editor checks a form this way before it writes.
  public var overlay: [String: String] = [:]

  /// Creates build options.
  public init(contentDirectory: String, baseURLOverride: String? = nil, includeDrafts: Bool = false, now: Date = Date()) {
    self.contentDirectory = contentDirectory
    self.baseURLOverride = baseURLOverride
    self.includeDrafts = includeDrafts
    self.now = now
  }
}

/// The content half of the pipeline: Load → Decode → Route → Render → Assemble.
public enum ContentPipeline {
  /// Runs every content stage; returns the site, or every problem found.
  public static func run(_ options: BuildOptions) -> (site: Site?, diagnostics: Diagnostics) {
    var diagnostics = Diagnostics()
    // Load
    let clock = options.timings
    var loader = ContentLoader(contentDirectory: options.contentDirectory)
    loader.overlay = options.overlay
    let loaded = clock.measure("Load") { loader.load(diagnostics: &diagnostics) }
    for path in loaded.ignored {
      diagnostics.notice(
        loader.path(path), 0, "ignored-file",
        path.hasSuffix("/")
          ? "bỏ qua thư mục ẩn hoặc thư mục hệ thống: không đọc, không đăng gì trong đó"
          : "bỏ qua tệp ẩn, tệp hệ thống hoặc tệp tạm (tệp khóa ~$ của Office, Thumbs.db, tệp sao lưu…): không đọc, không đăng")
    }
    // Decode
    let siteFile =
      loaded.site
      ?? SourceFile(
        relativePath: "site.yml", displayPath: loader.path("site.yml"),
        frontMatter: "", frontMatterLine: 1, body: "", bodyLine: 0)
    let setup = DecodeSetup(
      siteFile: loaded.site, placeholder: siteFile, staticFiles: loaded.staticFiles,
      baseURLOverride: options.baseURLOverride, diagnostics: &diagnostics)
    let (config, resolver, decoder) = (setup.config, setup.resolver, setup.decoder)
    if config.isSample {
      diagnostics.notice(
        siteFile.displayPath, DecodeSetup.lineOfKey("du_lieu_mau", in: siteFile), "sample-data",
        "đây là trang mẫu (du_lieu_mau: true): mọi trang hiện dòng “Dữ liệu mẫu” và nội dung nói về đơn vị mẫu; "
          + "trang của đơn vị mình hãy bắt đầu bằng cchc khoi-tao")
    }
    let files = loaded.files
    let memo = options.memo
    let staticList = loaded.staticFiles.map(\.relativePath).joined(separator: "\n")
    let decodeSettings = [siteFile.frontMatter, options.baseURLOverride ?? "", staticList].joined(separator: "\u{0}")
    memo?.beginDecode(decodeSettings)
    let (allArticles, decodedProcedures, hotlines, pages, dialogues) = clock.measure("Decode") {
      (
        decodeAll(files[.article], memo?.articles, &diagnostics) { decoder.article($0, diagnostics: &$1) },
        decodeAll(files[.procedure], memo?.procedures, &diagnostics) { decoder.procedure($0, diagnostics: &$1) },
        decodeAll(files[.hotline], memo?.hotlines, &diagnostics) { decoder.hotlinePage($0, diagnostics: &$1) },
        decodeAll(files[.page], memo?.pages, &diagnostics) { decoder.page($0, diagnostics: &$1) },
        decodeAll(files[.dialogue], memo?.dialogues, &diagnostics) { decoder.dialogue($0, diagnostics: &$1) }
      )
    }
    // What applies today: changes dated later stay announced on the page (`thay_doi`).
    let procedures = decodedProcedures.map { $0.applying(at: options.now) }
    PublicationCheck.futureAmendments(procedures, now: options.now, diagnostics: &diagnostics)
    checkReplacements(procedures, diagnostics: &diagnostics)
    checkQuestionCodes(dialogues, procedures, diagnostics: &diagnostics)
    let siteVocabulary = loaded.searchVocabulary.map {
      SearchVocabulary.parse($0.body, path: $0.displayPath, diagnostics: &diagnostics)
    }
    let now = ContentDate(instant: options.now, hasTime: true)
    let articles = allArticles.filter { options.includeDrafts || (!$0.isDraft && $0.date.instant <= options.now) }
    if !options.includeDrafts {
      let left = allArticles.filter { $0.isDraft || $0.date.instant > options.now }
      PublicationCheck.unpublished(left, now: options.now, timeZone: config.timeZone, diagnostics: &diagnostics)
    }
    checkPlaceholders(articles, procedures, hotlines, pages, dialogues, options: options, diagnostics: &diagnostics)
    // Route
    let routes = Routes(
      base: config.baseURL, articles: articles, procedures: procedures, hotlines: hotlines,
      pages: pages, dialogues: dialogues, diagnostics: &diagnostics)
    // Render (also after errors, so that broken links are reported in the same run)
    let render: @Sendable (String, String) -> MarkdownDocument = { body, file in
      let make = { renderBody(body, file: file, routes: routes, resolver: resolver) }
      guard let memo else { return make() }
      return memo.bodies.value(for: ContentMemo.FileKey(relativePath: file, frontMatter: ExactText(""), body: ExactText(body)), make)
    }
    memo?.beginRender(routes.fingerprint + "\u{0}" + staticList)
    let (renderedArticles, renderedProcedures) = clock.measure("Render") {
      (
        ParallelMap.map(articles) {
          Rendered(document: $0, path: Routes.article($0.slug), body: render($0.body, $0.source.relativePath))
        },
        ParallelMap.map(procedures) {
          Rendered(document: $0, path: Routes.procedure($0.code), body: render($0.body, $0.source.relativePath))
        }
      )
    }
    let renderedHotlines = hotlines.map {
      Rendered(document: $0, path: Routes.hotline($0.slug), body: render($0.body, $0.source.relativePath))
    }
    let renderedPages = pages.map {
      Rendered(document: $0, path: Routes.page($0.slug), body: render($0.body, $0.source.relativePath))
    }
    let renderedDialogues = ParallelMap.map(dialogues) { dialogue in
      RenderedDialogue(
        rendered: Rendered(
          document: dialogue, path: Routes.dialogue(dialogue.slug), body: render(dialogue.body, dialogue.source.relativePath)),
        answers: dialogue.questions.map { render($0.answer, dialogue.source.relativePath) })
    }
    clock.measure("Kiểm tra liên kết") {
      reportBrokenLinks(renderedArticles, routes: routes, resolver: resolver, diagnostics: &diagnostics)
      reportBrokenLinks(renderedProcedures, routes: routes, resolver: resolver, diagnostics: &diagnostics)
      reportBrokenLinks(renderedHotlines, routes: routes, resolver: resolver, diagnostics: &diagnostics)
      reportBrokenLinks(renderedPages, routes: routes, resolver: resolver, diagnostics: &diagnostics)
      reportBrokenLinks(renderedDialogues.map(\.rendered), routes: routes, resolver: resolver, diagnostics: &diagnostics)
      reportBrokenLinks(answers(of: renderedDialogues), routes: routes, resolver: resolver, diagnostics: &diagnostics)
    }
    memo?.end()
    if diagnostics.hasErrors { return (nil, diagnostics) }
    // Assemble
    var site = clock.measure("Assemble") {
      SiteAssembler.assemble(
        config: config, routes: routes, articles: renderedArticles,
        procedures: renderedProcedures, hotlines: renderedHotlines, pages: renderedPages,
        staticFiles: loaded.staticFiles, now: now, includesDrafts: options.includeDrafts)
    }
    site.isPreview = options.preview
    site.siteVocabulary = siteVocabulary
    (site.dialogues, site.questionsByProcedure) = SiteAssembler.dialogues(renderedDialogues)
    let ahead =
      allArticles.map(\.date.instant)
      + procedures.flatMap { [$0.updated, $0.effectiveDate].compactMap { $0?.instant } + $0.changes.map(\.date.instant) }
      + dialogues.map(\.date.instant)
    site.timeBoundary = ahead.filter { $0 > options.now }.min()
    return (site, diagnostics)
  }

  /// A document's Markdown body rendered, its links to content files rewritten to their pages.
  public static func renderBody(_ body: String, file: String, routes: Routes, resolver: ReferenceResolver) -> MarkdownDocument {
    MarkdownDocument.render(body) { destination, _ in routes.rewrite(destination, from: file, resolver: resolver) }
  }

  /// Codes of the problems `build` only warns about and `check` treats as errors.
  public static let strictCodes: Set<String> = ["broken-link", "image-no-alt"]

  /// Reports images in bodies that point at no file (errors), relative links that point at no
  /// file and images without alt text (warnings).
  public static func reportBrokenLinks<D>(
    _ documents: [Rendered<D>], routes: Routes, resolver: ReferenceResolver,
    diagnostics: inout Diagnostics
  ) where D: HasSource {
    // Checked on every core, reported in document order.
    let found = ParallelMap.map(documents) { document -> Diagnostics in
      var local = Diagnostics()
      reportBrokenLinks(document, routes: routes, resolver: resolver, diagnostics: &local)
      return local
    }
    for local in found { diagnostics.merge(local) }
  }

  /// The warnings of `reportBrokenLinks` for one document.
  static func reportBrokenLinks<D>(
    _ document: Rendered<D>, routes: Routes, resolver: ReferenceResolver,
    diagnostics: inout Diagnostics
  ) where D: HasSource {
    let source = document.document.source
    for reference in document.body.references {
      let line = source.bodyLine + max(reference.line, 1) - 1
      if reference.isImage && reference.alt.trimmed.isEmpty {
        diagnostics.warning(
          source.displayPath, line, "image-no-alt",
          "ảnh \"\(reference.destination)\" thiếu mô tả (alt): hãy viết ![mô tả ảnh](\(reference.destination)) để người khiếm thị cũng hiểu"
        )
      }
      guard Routes.isLocalReference(reference.destination),
        routes.rewrite(reference.destination, from: source.relativePath, resolver: resolver) == nil
      else { continue }
      let hint = missingCaseHint(reference.destination, from: source.relativePath, resolver: resolver)
      if reference.isImage {
        // A broken image on a published page is an error: the page would show an empty box.
        diagnostics.error(
          source.displayPath, line, "image-missing",
          "không tìm thấy ảnh \"\(reference.destination)\"\(hint.isEmpty ? "; ảnh phải nằm trong thư mục tep/ (ví dụ tep/anh/hoi-nghi.jpg), đường dẫn tính từ tệp đang viết hoặc từ thư mục nội dung" : hint)"
        )
      } else {
        diagnostics.warning(
          source.displayPath, line, "broken-link",
          "liên kết \"\(reference.destination)\" không trỏ tới tệp nội dung hay tệp nào trong tep/\(hint)")
      }
    }
  }

  /// The case-mismatch hint for a reference written in `file` that resolves to no file, tried
  /// both relative to the file and to the content folder, as `Routes.rewrite` does.
  static func missingCaseHint(_ destination: String, from file: String, resolver: ReferenceResolver) -> String {
    var target = destination
    if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
    for candidate in ["./" + target, target] {
      if case .missing(let path) = resolver.resolve(candidate, from: file) {
        let hint = resolver.caseHint(path)
        if !hint.isEmpty { return hint }
      }
    }
    return ""
  }

  /// Only `site.yml`, decoded (nil when missing or unreadable), for commands that need the
  /// site's settings without building it.
  public static func siteConfig(contentDirectory: String) -> SiteConfig? {
    var diagnostics = Diagnostics()
    guard let file = ContentLoader(contentDirectory: contentDirectory).siteFile(diagnostics: &diagnostics) else { return nil }
    return SiteDecoder.decode(file, diagnostics: &diagnostics)
  }

  /// Decodes files on every core, keeping file order and collecting every problem in order.
  static func decodeAll<T: Sendable>(
    _ files: [SourceFile]?, _ memo: Memo<ContentMemo.FileKey, (T?, Diagnostics)>?,
    _ diagnostics: inout Diagnostics,
    _ decode: @Sendable (SourceFile, inout Diagnostics) -> T?
  ) -> [T] {
    let results = ParallelMap.map(files ?? []) { file -> (T?, Diagnostics) in
      guard let memo else { return decodeOne(file, decode) }
      let key = ContentMemo.FileKey(
        relativePath: file.relativePath, frontMatter: ExactText(file.frontMatter),
        body: ExactText(file.body))
      return memo.value(for: key) { decodeOne(file, decode) }
    }
    for (_, local) in results { diagnostics.merge(local) }
    return results.compactMap(\.0)
  }

  /// One file decoded, with its own problems.
  static func decodeOne<T>(_ file: SourceFile, _ decode: (SourceFile, inout Diagnostics) -> T?) -> (T?, Diagnostics) {
    var local = Diagnostics()
    let value = decode(file, &local)
    return (value, local)
  }

  /// Placeholder text of `cchc new` in what will be published: errors, except in a preview
  /// (`cchc serve`, `--drafts`), where they are warnings.
  static func checkPlaceholders(
    _ articles: [Article], _ procedures: [Procedure], _ hotlines: [HotlinePage], _ pages: [Page], _ dialogues: [Dialogue],
    options: BuildOptions, diagnostics: inout Diagnostics
  ) {
    let strict = !options.preview && !options.includeDrafts
    let bodies: [(String, SourceRef)] =
      articles.map { ($0.body, $0.source) } + procedures.map { ($0.body, $0.source) }
      + hotlines.map { ($0.body, $0.source) } + pages.map { ($0.body, $0.source) } + dialogues.map { ($0.body, $0.source) }
    for (body, source) in bodies {
      PublicationCheck.placeholders(body: body, source: source, isError: strict, diagnostics: &diagnostics)
    }
  }

  /// Each answer of the dialogues as a document of its own, located at its first line (so
  /// that its links are checked like a body's).
  static func answers(of dialogues: [RenderedDialogue]) -> [Rendered<AnswerText>] {
    dialogues.flatMap { dialogue in
      zip(dialogue.document.questions, dialogue.answers).map { question, answer in
        let source = dialogue.document.source
        return Rendered(
          document: AnswerText(
            source: SourceRef(relativePath: source.relativePath, displayPath: source.displayPath, bodyLine: question.answerLine)),
          path: dialogue.path, body: answer)
      }
    }
  }

  /// An answer's place in its file.
  struct AnswerText: HasSource {
    var source: SourceRef
  }

  /// Errors for procedure codes in questions (`thu_tuc`) that no procedure has.
  static func checkQuestionCodes(_ dialogues: [Dialogue], _ procedures: [Procedure], diagnostics: inout Diagnostics) {
    let codes = Set(procedures.map(\.code))
    for dialogue in dialogues {
      for question in dialogue.questions {
        for code in question.procedures where !codes.contains(code) {
          diagnostics.error(
            dialogue.source.displayPath, question.proceduresLine, "unknown-procedure",
            "mã thủ tục \"\(code)\" (thu_tuc) không có trong danh sách thủ tục của trang (thư mục thu-tuc/); hãy kiểm tra lại mã")
        }
      }
    }
  }

  /// Warns when `thay_the_boi` names a code that no procedure has.
  static func checkReplacements(_ procedures: [Procedure], diagnostics: inout Diagnostics) {
    let codes = Set(procedures.map(\.code))
    for procedure in procedures {
      if let replacement = procedure.replacedBy, !codes.contains(replacement) {
        diagnostics.warning(
          procedure.source.displayPath, 1, "unknown-replacement",
          "thủ tục thay thế \"\(replacement)\" (thay_the_boi) không có trong danh sách thủ tục; sẽ hiển thị mã không kèm liên kết")
      }
    }
  }

}
