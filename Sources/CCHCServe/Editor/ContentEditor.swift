import CCHCCore
import CCHCSite
import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import NIOCore
import Yams

/// The editor of `cchc serve --soan-thao` at `/__cchc/soan-thao/`: lists the content, shows a
/// form per file generated from the content contract, checks a saved form with the build's
/// own rules and writes the file, and takes uploads into `tep/`.
struct ContentEditor: Sendable {
  let contentDirectory: String
  /// The preview's base path (`/cai-cach-hanh-chinh/`).
  let basePath: String
  let port: Int
  let guardian: EditorGuard
  let flash = EditorFlash()
  let templates: MustacheLibrary

  static let root = "/__cchc/soan-thao/"
  /// The editor's pages load nothing from elsewhere, run only its own script, post only to
  /// itself and cannot be framed by another page.
  static let policy =
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-src 'self'; "
    + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

  /// The headers of an editor page.
  static func pageHeaders() -> HTTPFields {
    [
      .contentType: "text/html; charset=utf-8", .cacheControl: "no-store", .contentSecurityPolicy: policy,
      HTTPField.Name("X-Content-Type-Options")!: "nosniff", HTTPField.Name("Referrer-Policy")!: "same-origin",
    ]
  }
  /// The largest upload taken.
  static let uploadLimit = 20 * 1024 * 1024

  init(contentDirectory: String, basePath: String, host: String, port: Int) throws {
    self.contentDirectory = contentDirectory
    self.basePath = basePath
    self.port = port
    guardian = EditorGuard(host: host)
    var library = MustacheLibrary()
    for (name, text) in [
      ("head", EditorTemplates.head), ("foot", EditorTemplates.foot), ("list", EditorTemplates.list),
      ("simple", EditorTemplates.simple), ("field", EditorTemplates.field), ("form", EditorTemplates.form),
    ] {
      library.register(try MustacheTemplate(string: text), named: name)
    }
    templates = library
  }

  /// The site's settings as the editor needs them (categories, time zone).
  func siteConfig() -> SiteConfig { ContentPipeline.siteConfig(contentDirectory: contentDirectory) ?? .placeholder }

  // MARK: Routing

  /// Answers a request under `/__cchc/soan-thao/`.
  func respond(to request: Request, path: String) async -> Response {
    guard guardian.hostAllowed(request, port: port) else {
      return plain("Địa chỉ không đúng: hãy mở trình soạn thảo bằng địa chỉ cchc serve in ra.", status: .forbidden)
    }
    guard guardian.hasAccess(request) else {
      return plain(
        "Cần mã truy cập: hãy mở đúng địa chỉ có ?ma=… mà cchc serve in ra trong cửa sổ dòng lệnh.", status: .unauthorized)
    }
    if request.method == .get || request.method == .head {
      if request.uri.queryParameters.get("ma") != nil && guardian.accessToken != nil {
        return withCookies(
          Response(status: .seeOther, headers: [.location: Self.root]), request: request, session: await guardian.session(of: request))
      }
      switch path {
      case Self.root: return await page(request) { session in list(request, csrf: session) }
      case Self.root + "moi", Self.root + "sua": return await page(request) { session in await form(request, csrf: session) }
      case Self.root + "soan-thao.css": return asset(EditorAssets.css, type: "text/css; charset=utf-8")
      case Self.root + "soan-thao.js": return asset(EditorAssets.script, type: "text/javascript; charset=utf-8")
      default: return plain("Không có trang này trong trình soạn thảo.", status: .notFound)
      }
    }
    guard request.method == .post else { return plain("Phương thức không được hỗ trợ.", status: .methodNotAllowed) }
    switch path {
    case Self.root + "luu": return await save(request)
    case Self.root + "tai-len": return await upload(request)
    case Self.root + "xem-truoc": return await preview(request)
    default: return plain("Không có trang này trong trình soạn thảo.", status: .notFound)
    }
  }

  /// A page of the editor, with the session (and its cookie when new).
  func page(_ request: Request, _ make: (String) async -> (String, HTTPResponse.Status)) async -> Response {
    let session = await guardian.session(of: request)
    let (html, status) = await make(session.csrf)
    var response = Response(status: status, headers: Self.pageHeaders(), body: .init(byteBuffer: ByteBuffer(string: html)))
    response = withCookies(response, request: request, session: session)
    return response
  }

  func withCookies(_ response: Response, request: Request, session: (id: String, csrf: String, isNew: Bool)) -> Response {
    var response = response
    let needsAccess = guardian.accessToken != nil && EditorGuard.cookie(EditorGuard.accessCookie, in: request) == nil
    guard session.isNew || needsAccess else { return response }
    for cookie in guardian.cookieHeaders(session: session.id) { response.headers.append(HTTPField(name: .setCookie, value: cookie)) }
    return response
  }

  func render(_ template: String, _ data: Any) -> String {
    templates.render(data, withTemplate: template) ?? ""
  }

  // MARK: List

  struct ListPage {
    var title = "Nội dung"
    var previewBase: String
    var kinds: [EditorViews.Option]
    var categories: [EditorViews.Option]
    var standings: [EditorViews.Option]
    var statuses: [EditorViews.Option]
    var filter: EditorFilter
    var count: Int
    var items: [ListItem]
  }

  struct ListItem {
    var path: String
    var pathQuery: String
    var title: String
    var kind: String
    var date: String
    var standing: String
    var standingValue: String
    var status: String?
  }

  func list(_ request: Request, csrf: String) -> (String, HTTPResponse.Status) {
    let site = siteConfig()
    let query = Self.query(of: request)
    var filter = EditorFilter()
    filter.query = query["tim"] ?? ""
    filter.kind = query["loai"].flatMap(ContentKind.init(rawValue:))
    filter.standing = query["tinh_trang"].flatMap(EditorCatalogue.Standing.init(rawValue:))
    filter.category = query["chuyen_muc"] ?? ""
    filter.status = query["trang_thai"] ?? ""
    let catalogue = EditorCatalogue.read(content: contentDirectory, timeZone: site.timeZone, now: Date())
    let items = catalogue.filtered(filter).map { item in
      ListItem(
        path: item.path, pathQuery: ContentPath.queryValue(item.path), title: item.title, kind: item.kind.editorLabel, date: item.date,
        standing: item.standing.label,
        standingValue: item.standing.rawValue,
        status: item.kind == .procedure
          ? ProcedureStatus(rawValue: item.status)?.label ?? item.status.nilIfEmpty ?? ProcedureStatus.inForce.label : nil)
    }
    let page = ListPage(
      previewBase: basePath, kinds: EditorViews.kinds(selected: filter.kind),
      categories: site.categories.map { .init(value: $0.slug, label: $0.name, selected: $0.slug == filter.category) },
      standings: EditorCatalogue.Standing.allCases.map { .init(value: $0.rawValue, label: $0.label, selected: $0 == filter.standing) },
      statuses: ProcedureStatus.allCases.map { .init(value: $0.rawValue, label: $0.label, selected: $0.rawValue == filter.status) },
      filter: filter, count: items.count, items: items)
    return (render("list", page), .ok)
  }

  // MARK: Form

  struct FormPage {
    var title: String
    var heading: String
    var previewBase: String
    var csrf: String
    var kind: String
    var kindLabel: String
    var path: String
    var shownPath: String?
    var version: String
    var fields: [EditorViews.FieldView]
    var body: String
    var bodyError: String?
    var hasDraft: Bool
    var standing: String?
    var saved: Bool
    var pageURL: String?
    var warnings: [String]
    var hasWarnings: Bool
    var problems: [ProblemPlacement.Placed]
    var hasProblems: Bool
    var problemCount: Int
    var otherFiles: [String]
    var hasOtherFiles: Bool
  }

  /// What a form shows besides its values.
  struct FormState {
    var kind: ContentKind
    var path: String?
    var version: String
    var values: [String: FormValue]
    var kept: Set<String> = []
    var body: String
    var problems: [ProblemPlacement.Placed] = []
    var byField: EditorViews.Problems = [:]
    var otherFiles: [String] = []
    var saved = false
    var warnings: [String] = []
    /// The file's page in the preview, after a save.
    var pageURL: String?
  }

  func form(_ request: Request, csrf: String) async -> (String, HTTPResponse.Status) {
    let query = Self.query(of: request)
    if let relative = query["tep"] {
      switch ContentPath.document(relative, in: contentDirectory) {
      case .failure(let refusal): return (message(refusal.message), .badRequest)
      case .success(let (path, kind)):
        guard let text = try? String(contentsOfFile: path.absolute, encoding: .utf8) else {
          return (message("Không đọc được tệp \"\(relative)\"."), .notFound)
        }
        let split = FrontMatterText.split(text)
        let mapping = split.flatMap { try? Yams.compose(yaml: $0.front) }?.mapping
        guard split != nil, mapping != nil || split?.front.isEmpty == true else {
          return (
            message("Phần thông tin đầu của \"\(relative)\" có lỗi cú pháp YAML; hãy sửa trong tệp (cchc check cho biết dòng lỗi)."), .ok
          )
        }
        let (values, kept) = FormValues.read(mapping, fields: ContentSchema.fields(of: kind))
        var state = FormState(
          kind: kind, path: relative, version: Self.version(of: text), values: values, kept: kept,
          body: ContentEdit.shownBody(split?.body ?? ""))
        if query["da_luu"] != nil {
          state.saved = true
          state.pageURL =
            basePath + EditorCatalogue.item(path: relative, kind: kind, text: text, timeZone: siteConfig().timeZone, now: Date()).page
          state.warnings = await flash.take(relative)
        }
        return (render("form", formPage(state, csrf: csrf)), .ok)
      }
    }
    guard let kind = query["loai"].flatMap(ContentKind.init(rawValue:)) else {
      return (message("Hãy chọn loại nội dung cần tạo."), .badRequest)
    }
    return (render("form", formPage(FormState(kind: kind, path: nil, version: "", values: starting(kind), body: ""), csrf: csrf)), .ok)
  }

  /// The values a new file starts with: today's date for a dated kind, a draft for an article.
  func starting(_ kind: ContentKind) -> [String: FormValue] {
    let local = LocalTime(Date(), in: siteConfig().timeZone)
    switch kind {
    case .article: return ["ngay": .text("\(local.isoDay) \(local.clock)"), "ban_nhap": .flag]
    case .dialogue: return ["ngay": .text("\(local.isoDay) \(local.clock)")]
    default: return [:]
    }
  }

  func formPage(_ state: FormState, csrf: String) -> FormPage {
    let site = siteConfig()
    let fields = ContentSchema.fields(of: state.kind)
    let hasDraft = fields.contains { $0.key == "ban_nhap" }
    return FormPage(
      title: state.path == nil ? "\(state.kind.editorLabel) mới" : "Sửa \(state.kind.editorLabel.lowercased())",
      heading: state.path == nil ? "\(state.kind.editorLabel) mới" : "Sửa \(state.kind.editorLabel.lowercased())",
      previewBase: basePath, csrf: csrf, kind: state.kind.rawValue, kindLabel: state.kind.editorLabel, path: state.path ?? "",
      shownPath: state.path, version: state.version,
      fields: EditorViews.fields(fields, values: state.values, kept: state.kept, problems: state.byField, categories: site.categories),
      body: state.body, bodyError: state.byField["noi_dung"]?.joined(separator: " "), hasDraft: hasDraft,
      standing: standing(state, timeZone: site.timeZone), saved: state.saved,
      pageURL: state.pageURL,
      warnings: state.warnings, hasWarnings: !state.warnings.isEmpty, problems: state.problems,
      hasProblems: !state.problems.isEmpty, problemCount: state.problems.count, otherFiles: state.otherFiles,
      hasOtherFiles: !state.otherFiles.isEmpty)
  }

  /// Draft, scheduled or published, for a dated kind (as it is on disk, or will be once saved).
  func standing(_ state: FormState, timeZone: TimeZone) -> String? {
    let onDisk = state.path != nil && state.problems.isEmpty
    let unsaved = onDisk ? nil : "Chưa lưu"
    guard state.kind == .article || state.kind == .dialogue else { return unsaved }
    var standing = onDisk ? "Đã đăng" : "Đăng khi lưu"
    if state.values["ban_nhap"] == .flag {
      standing = "Bản nháp: chỉ hiện khi xem trước"
    } else if let date = state.values["ngay"].flatMap({ ContentDate.parse($0.text, timeZone: timeZone) }), date.instant > Date() {
      standing = "Hẹn giờ đăng lúc \(state.values["ngay"]?.text ?? "")"
    }
    return [unsaved, standing].compactMap { $0 }.joined(separator: " · ")
  }

  struct MessagePage {
    var title = "Trình soạn thảo"
    var previewBase: String
    var text: String
  }

  func message(_ text: String) -> String {
    render("head", MessagePage(previewBase: basePath, text: text)) + "<h1>Trình soạn thảo</h1>\n<p>"
      + Escape.xml(text) + "</p>\n<p><a href=\"\(Self.root)\">Về danh sách nội dung</a></p>\n" + EditorTemplates.foot
  }

  /// A short fingerprint of a file's text: saving checks nobody changed the file since the form was opened.
  static func version(of text: String) -> String { TextFingerprint.of(text) }

  // MARK: Responses

  /// The query parameters of a request, decoded as a browser's GET form encodes them (`+` is a space).
  static func query(of request: Request) -> [String: String] {
    Dictionary(formPairs(request.uri.query ?? ""), uniquingKeysWith: { first, _ in first })
  }

  func plain(_ text: String, status: HTTPResponse.Status) -> Response {
    Response(
      status: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
      body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
  }

  func json(_ value: some Encodable, status: HTTPResponse.Status) -> Response {
    let data = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
    return Response(
      status: status, headers: [.contentType: "application/json", .cacheControl: "no-store"],
      body: .init(byteBuffer: ByteBuffer(bytes: data)))
  }

  func asset(_ text: String, type: String) -> Response {
    Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: .init(byteBuffer: ByteBuffer(string: text)))
  }
}

/// Messages a save leaves for the page it leads to (the build's warnings about the file).
actor EditorFlash {
  private var messages: [String: [String]] = [:]

  func put(_ path: String, _ lines: [String]) { messages[path] = lines }

  func take(_ path: String) -> [String] {
    defer { messages[path] = nil }
    return messages[path] ?? []
  }
}
