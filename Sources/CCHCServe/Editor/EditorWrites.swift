import CCHCCore
import CCHCSite
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Yams

/// The editor's three writes: saving a form, uploading a file, previewing a body. Each is a
/// POST that `EditorGuard` has let through; nothing is written before every check passed.
extension ContentEditor {
  // MARK: Save

  func save(_ request: Request) async -> Response {
    guard let buffer = try? await request.body.collect(upTo: 4 * 1024 * 1024) else {
      return plain("Biểu mẫu quá lớn.", status: .contentTooLarge)
    }
    let pairs = Self.formPairs(String(buffer: buffer))
    func first(_ name: String) -> String? { pairs.first { $0.0 == name }?.1 }
    if let refusal = await guardian.refusal(of: request, csrf: first("_csrf")) {
      return plain("Không lưu: \(refusal).", status: .forbidden)
    }
    let csrf = await guardian.session(of: request).csrf
    guard let kind = first("loai").flatMap(ContentKind.init(rawValue:)) else {
      return plain("Không lưu: loại nội dung không hợp lệ.", status: .badRequest)
    }
    let fields = ContentSchema.fields(of: kind)
    var values = FormValues.submitted(pairs, fields: fields)
    let action = first("hanh_dong")
    switch action {
    case "nhap": values["ban_nhap"] = .flag
    case "dang", "hen_gio": values["ban_nhap"] = nil
    default: break
    }
    let submittedBody = first("noi_dung") ?? ""
    var state = FormState(kind: kind, path: nil, version: first("phien_ban") ?? "", values: values, body: submittedBody)
    var original: String?
    var target: ContentPath
    if let relative = first("tep"), !relative.isEmpty {
      switch ContentPath.document(relative, in: contentDirectory) {
      case .failure(let refusal): return plain("Không lưu: \(refusal.message).", status: .badRequest)
      case .success(let (path, pathKind)):
        guard pathKind == kind else {
          return plain("Không lưu: tệp \"\(relative)\" không phải \(kind.editorLabel.lowercased()).", status: .badRequest)
        }
        guard let text = try? String(contentsOfFile: path.absolute, encoding: .utf8) else {
          return plain("Không lưu: không đọc được tệp \"\(relative)\".", status: .notFound)
        }
        target = path
        original = text
        state.path = relative
        state.kept =
          FormValues.read(
            FrontMatterText.split(text).flatMap { try? Yams.compose(yaml: $0.front) }?.mapping, fields: fields
          ).kept
        guard Self.version(of: text) == state.version else {
          state.problems = [
            .init(
              message:
                "Tệp đã được sửa ở nơi khác sau khi mở biểu mẫu này; những gì vừa nhập chưa được lưu. Hãy chép lại phần cần giữ, rồi mở lại tệp.",
              field: nil)
          ]
          return formResponse(state, csrf: csrf, status: .conflict)
        }
      }
    } else {
      switch newPath(kind: kind, values: values) {
      case .failure(let refusal): return plain("Không lưu: \(refusal.message).", status: .badRequest)
      case .success(let path): target = path
      }
    }
    let text = ContentEdit.text(kind: kind, original: original, values: values, body: submittedBody)
    let check = validate(text, at: target.relative)
    var placed = ProblemPlacement.place(check.errors, text: text, fields: fields)
    if action == "hen_gio", let problem = notAhead(values["ngay"]) {
      placed.all.insert(.init(message: "Ngày đăng: " + problem, field: "f-ngay"), at: 0)
      placed.byField["ngay", default: []].append(problem)
    }
    state.otherFiles = check.otherFiles
    guard placed.all.isEmpty else {
      state.problems = placed.all
      state.byField = placed.byField
      return formResponse(state, csrf: csrf, status: .unprocessableContent)
    }
    do {
      try Self.write(Data(text.utf8), to: target, replacing: original != nil)
    } catch {
      state.problems = [.init(message: "Không ghi được tệp \(target.relative): \(error.localizedDescription)", field: nil)]
      return formResponse(state, csrf: csrf, status: .internalServerError)
    }
    await flash.put(target.relative, check.warnings)
    let location =
      Self.root + "sua?tep=" + ContentPath.queryValue(target.relative) + "&da_luu=1"
    return Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
  }

  func formResponse(_ state: FormState, csrf: String, status: HTTPResponse.Status) -> Response {
    Response(
      status: status, headers: Self.pageHeaders(), body: .init(byteBuffer: ByteBuffer(string: render("form", formPage(state, csrf: csrf)))))
  }

  /// Why a date cannot schedule a publication: missing or not ahead of now; nil when it can.
  func notAhead(_ value: FormValue?) -> String? {
    guard let date = value.flatMap({ ContentDate.parse($0.text, timeZone: siteConfig().timeZone) }) else { return nil }
    guard date.instant > Date() else {
      return "muốn hẹn giờ đăng, hãy chọn ngày giờ sau lúc này; bài có ngày đã qua thì đăng ngay (nút “Lưu và đăng”)"
    }
    return nil
  }

  /// What the build says of `text` at `relative`: its errors and warnings, and other files'
  /// errors; an error in another file that the files on disk do not have (a slug or code taken
  /// twice) counts as this file's, shown at the top of the form.
  func validate(_ text: String, at relative: String) -> (errors: [ContentError], warnings: [String], otherFiles: [String]) {
    func errors(_ overlay: [String: String]) -> Diagnostics {
      var options = BuildOptions(contentDirectory: contentDirectory, includeDrafts: true)
      options.preview = true
      options.overlay = overlay
      return ContentPipeline.run(options).diagnostics
    }
    let diagnostics = errors([relative: text])
    let shown = ContentLoader(contentDirectory: contentDirectory).path(relative)
    let mine = diagnostics.items.filter { $0.path == shown }
    var others = diagnostics.errors.filter { $0.path != shown }
    var caused: [ContentError] = []
    if !others.isEmpty {
      let before = Set(errors([:]).errors.map(\.description))
      caused = others.filter { !before.contains($0.description) }.map {
        ContentError(path: shown, line: 0, code: $0.code, message: $0.description)
      }
      others = others.filter { before.contains($0.description) }
    }
    return (
      mine.filter { $0.severity == .error } + caused, mine.filter { $0.severity == .warning }.map(\.message), others.map(\.description)
    )
  }

  /// The name `cchc new` gives a new file of `kind` (with `-2`, `-3`… when taken).
  func newPath(kind: ContentKind, values: [String: FormValue]) -> Result<ContentPath, PathRefusal> {
    let newKind = NewContent.Kind.allCases.first { $0.folder == kind.rawValue } ?? .article
    let site = siteConfig()
    let title = values["tieu_de"]?.text ?? values["ten"]?.text ?? ""
    let facts = NewContent.SiteFacts(timeZone: site.timeZone)
    var relative = NewContent.draft(newKind, title: title, code: values["ma"]?.text, site: facts, now: Date()).relativePath
    if kind == .procedure, let code = values["ma"]?.text, DocumentDecoder.isValidCode(code) { relative = "thu-tuc/\(code).md" }
    let stem = String(relative.dropLast(3))
    var number = 1
    while FileManager.default.fileExists(atPath: contentDirectory + "/" + relative) {
      number += 1
      relative = "\(stem)-\(number).md"
    }
    return ContentPath.document(relative, in: contentDirectory).map(\.0)
  }

  /// Writes through a new file in the same folder renamed over the target, so that readers
  /// see the old or the new text, never part of one. A new file never replaces another.
  static func write(_ data: Data, to path: ContentPath, replacing: Bool) throws {
    let folder = (path.absolute as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let temporary = folder + "/.cchc-" + EditorGuard.randomToken().prefix(12)
    guard FileManager.default.createFile(atPath: temporary, contents: data) else { throw CocoaError(.fileWriteUnknown) }
    if !replacing && FileManager.default.fileExists(atPath: path.absolute) {
      try? FileManager.default.removeItem(atPath: temporary)
      throw CocoaError(.fileWriteFileExists)
    }
    guard rename(temporary, path.absolute) == 0 else {
      try? FileManager.default.removeItem(atPath: temporary)
      throw CocoaError(.fileWriteUnknown)
    }
  }

  /// The name–value pairs of an `application/x-www-form-urlencoded` body.
  static func formPairs(_ body: String) -> [(String, String)] {
    var components = URLComponents()
    components.percentEncodedQuery = body.replacingOccurrences(of: "+", with: "%20")
    return (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }
  }

  // MARK: Upload

  /// The extensions each upload folder takes.
  static let uploadTypes: [String: Set<String>] = [
    "tep/anh": ["jpg", "jpeg", "png", "webp", "gif"],
    "tep/am-thanh": ["mp3", "m4a", "ogg", "oga", "wav"],
    "tep/mau-don": ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods"],
  ]

  struct UploadAnswer: Encodable {
    var duong_dan: String?
    var rong: Int?
    var cao: Int?
    var loi: String?
  }

  func upload(_ request: Request) async -> Response {
    func refuse(_ text: String, _ status: HTTPResponse.Status) -> Response { json(UploadAnswer(loi: text), status: status) }
    if let refusal = await guardian.refusal(of: request, csrf: request.headers[HTTPField.Name("X-CCHC-CSRF")!]) {
      return refuse("Không tải lên: \(refusal).", .forbidden)
    }
    let query = Self.query(of: request)
    let folder = query["thu_muc"] ?? ""
    guard let allowed = Self.uploadTypes[folder] else {
      return refuse("Không tải lên: thư mục \"\(folder)\" không nhận tệp tải lên.", .badRequest)
    }
    guard let name = query["ten"].flatMap(ContentPath.safeName) else {
      return refuse("Không tải lên: tên tệp không hợp lệ (cần có đuôi, ví dụ anh-hop.jpg).", .badRequest)
    }
    let ext = (name as NSString).pathExtension
    guard allowed.contains(ext) else {
      return refuse(
        "Không tải lên: \(folder)/ chỉ nhận tệp \(allowed.sorted().map { "." + $0 }.joined(separator: ", ")); tệp này có đuôi .\(ext).",
        .unsupportedMediaType)
    }
    let megabytes = Self.uploadLimit / 1024 / 1024
    if let length = request.headers[.contentLength].flatMap(Int.init), length > Self.uploadLimit {
      return refuse("Không tải lên: tệp lớn hơn \(megabytes) MB.", .contentTooLarge)
    }
    guard let buffer = try? await request.body.collect(upTo: Self.uploadLimit) else {
      return refuse("Không tải lên: tệp lớn hơn \(megabytes) MB.", .contentTooLarge)
    }
    let data = Data(buffer: buffer)
    guard !data.isEmpty else { return refuse("Không tải lên: tệp rỗng.", .badRequest) }
    if let problem = PublishableFile.problem(relativePath: folder + "/" + name, bytes: data.prefix(4096)) {
      return refuse("Không tải lên: \(problem).", .unsupportedMediaType)
    }
    var relative = folder + "/" + name
    let stem = (name as NSString).deletingPathExtension
    var number = 1
    while FileManager.default.fileExists(atPath: contentDirectory + "/" + relative) {
      number += 1
      relative = "\(folder)/\(stem)-\(number).\(ext)"
    }
    switch ContentPath.upload(relative, in: contentDirectory) {
    case .failure(let refusal): return refuse("Không tải lên: \(refusal.message).", .badRequest)
    case .success(let path):
      do {
        try Self.write(data, to: path, replacing: false)
      } catch {
        return refuse("Không ghi được tệp \(relative): \(error.localizedDescription)", .internalServerError)
      }
      let size = ImageSize.of(data)
      return json(UploadAnswer(duong_dan: relative, rong: size?.width, cao: size?.height), status: .ok)
    }
  }

  // MARK: Preview

  /// A body rendered by cchc as the page will show it: links to files and other content
  /// rewritten to their addresses in the preview.
  func preview(_ request: Request) async -> Response {
    if let refusal = await guardian.refusal(of: request, csrf: request.headers[HTTPField.Name("X-CCHC-CSRF")!]) {
      return plain("Không xem trước: \(refusal).", status: .forbidden)
    }
    guard let buffer = try? await request.body.collect(upTo: 2 * 1024 * 1024) else {
      return plain("Nội dung quá lớn.", status: .contentTooLarge)
    }
    // Links are resolved from the file's folder; a path that is not a content file counts as a new one.
    let query = Self.query(of: request)
    let kind = query["loai"].flatMap(ContentKind.init(rawValue:)) ?? .article
    let from = query["tep"] ?? ""
    let file = (try? ContentPath.document(from, in: contentDirectory).get())?.0.relative ?? kind.rawValue + "/moi.md"
    let site = siteConfig()
    let catalogue = EditorCatalogue.read(content: contentDirectory, timeZone: site.timeZone, now: Date())
    let routes = Routes(base: site.baseURL, byFile: Dictionary(catalogue.items.map { ($0.path, $0.page) }) { a, _ in a })
    let files = ContentTree.walk(root: contentDirectory, folder: "tep").files
    let resolver = ReferenceResolver(files: Set(files))
    let html = ContentPipeline.renderBody(String(buffer: buffer), file: file, routes: routes, resolver: resolver).html
    return Response(
      status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
      body: .init(byteBuffer: ByteBuffer(string: html)))
  }
}
