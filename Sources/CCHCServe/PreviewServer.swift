import CCHCCore
import CCHCSite
import Foundation
import Hummingbird
import NIOCore

/// `cchc serve`: builds the site with drafts into a private folder, serves it on loopback
/// under the path of `base_url`, rebuilds when `content/` or `theme/` change, and tells open
/// pages to reload. A failed rebuild keeps the last good site and shows its errors.
public struct PreviewServer: Sendable {
  /// The content folder.
  public var contentDirectory: String
  /// The theme folder.
  public var themeDirectory: String
  /// Address to listen on (loopback by default).
  public var host: String
  /// Port to listen on.
  public var port: Int
  /// Whether the browser editor is open (`--soan-thao`).
  public var editor: Bool
  /// Where messages for the editor go (the terminal).
  public var log: @Sendable (String) -> Void
  /// The build state, decoded documents, rendered bodies, search keys and cards kept between
  /// rebuilds.
  let memo = BuildMemo()

  /// Creates a preview server.
  public init(
    contentDirectory: String, themeDirectory: String, host: String = "127.0.0.1", port: Int, editor: Bool = false,
    log: @escaping @Sendable (String) -> Void
  ) {
    self.editor = editor
    self.contentDirectory = contentDirectory
    self.themeDirectory = themeDirectory
    self.host = host
    self.port = port
    self.log = log
  }

  /// The public address of the site (`base_url` of `site.yml`, even when other content has
  /// errors); nil when `site.yml` is missing or cannot be read.
  func publicBase() -> BaseURL? {
    ContentPipeline.siteConfig(contentDirectory: contentDirectory)?.baseURL
  }

  /// Builds once into `output`; records the outcome in `state` and on the terminal.
  func rebuild(into output: String, basePath: String, state: PreviewState) async {
    let started = Date()
    // Links are root-relative, so the preview keeps `base_url`: QR codes, printed addresses and
    // share data are the public ones, as on the published site.
    var options = BuildOptions(contentDirectory: contentDirectory, includeDrafts: true)
    options.preview = true
    var builder = SiteBuilder(options: options, themeDirectory: themeDirectory, outputDirectory: output)
    builder.memo = memo
    do {
      let report = try builder.build()
      for warning in report.warnings { log(warning.description) }
      logTargets(options)
      await state.succeeded()
      let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
      if let edits = report.quickEdits {
        log("Đã tạo lại nhanh những gì phụ thuộc vào \(edits) bài đã sửa trong \(milliseconds) ms.")
      } else {
        log("Đã tạo lại \(report.pageCount) trang trong \(milliseconds) ms.")
      }
    } catch let failure as BuildFailure {
      let problems = failure.diagnostics.sorted
      for problem in problems { log(problem.description) }
      log("Không tạo lại được trang: \(failure.diagnostics.errors.count) lỗi. Vẫn hiển thị bản tốt gần nhất.")
      await state.failed(problems)
    } catch {
      log("Không tạo lại được trang: \(error)")
      await state.failed([ContentError(path: output, line: 0, code: "write-failed", message: "\(error)")])
    }
  }

  /// The targets of the current month and week still short, after the first good build.
  /// (Counted on a build of its own without drafts, and without the memo, whose rendered
  /// bodies a build with other routes would throw away.)
  func logTargets(_ options: BuildOptions) {
    guard memo.takeTargetsTurn() else { return }
    var options = options
    options.includeDrafts = false
    options.preview = false
    options.memo = nil
    guard let site = ContentPipeline.run(options).0 else { return }
    for line in TargetProgress.behind(site: site, today: Date()) { log("Chỉ tiêu: " + line) }
  }

  /// Runs until the process is stopped. Throws `PreviewError` when there is no site to show
  /// or the address cannot be listened on.
  public func run() async throws {
    let siteFile = (contentDirectory as NSString).appendingPathComponent("site.yml")
    guard FileManager.default.fileExists(atPath: siteFile) else { throw PreviewError.noSite(siteFile) }
    let output = NSTemporaryDirectory() + "cchc-serve-\(getpid())/site"
    defer { try? FileManager.default.removeItem(atPath: (output as NSString).deletingLastPathComponent) }
    let publicBase = publicBase()
    let base = publicBase?.path ?? "/"
    let state = PreviewState(siteDirectory: output, publicURL: publicBase.map { $0.origin + $0.path })
    let watcher = ChangeWatcher(folders: [contentDirectory, themeDirectory])
    let server = self
    // The first build runs while the server starts listening, so that a busy port is told at
    // once; until it is done, pages say the site is being made.
    let watching = Task.detached {
      var last = watcher.fingerprint()
      await server.rebuild(into: output, basePath: base, state: state)
      while !Task.isCancelled {
        try? await Task.sleep(nanoseconds: 300_000_000)
        let now = watcher.fingerprint()
        if now != last {
          last = now
          await server.rebuild(into: output, basePath: base, state: state)
        }
      }
    }
    defer { watching.cancel() }
    let router = Router()
    let editing = try editor ? ContentEditor(contentDirectory: contentDirectory, basePath: base, host: host, port: port) : nil
    let files = PreviewFiles(state: state, basePath: base, editor: editing != nil)
    @Sendable func answer(_ request: Request) async throws -> Response {
      let path = request.uri.path
      if path.hasPrefix(ContentEditor.root) || path == ContentEditor.root.dropLast() {
        guard let editing else { return files.notFound(state.siteDirectory) }
        return await editing.respond(to: request, path: path == ContentEditor.root.dropLast() ? ContentEditor.root : path)
      }
      guard request.method != .post else { return Response(status: .methodNotAllowed) }
      return try await files.respond(to: path)
    }
    for path in ["/", "**"] {
      router.get(RouterPath(path)) { request, _ in try await answer(request) }
      router.head(RouterPath(path)) { request, _ in try await answer(request) }
      router.post(RouterPath(path)) { request, _ in try await answer(request) }
    }
    if let token = editing?.guardian.accessToken {
      log("CẢNH BÁO: trình soạn thảo đang mở trên địa chỉ \(host), không chỉ máy này. Ai có mã truy cập đều sửa được nội dung.")
      log("Mở trình soạn thảo bằng: http://\(host):\(port)\(ContentEditor.root)?ma=\(token)")
    }
    let app = Application(
      router: router, configuration: .init(address: .hostname(host, port: port), serverName: "cchc"),
      onServerRunning: { _ in
        server.log("Đang xem trước tại http://\(server.host):\(server.port)\(base) (Ctrl+C để dừng)")
        if editing != nil && EditorGuard.isLoopback(server.host) {
          server.log("Trình soạn thảo: http://\(server.host):\(server.port)\(ContentEditor.root)")
        }
      })
    do {
      try await app.runService()
    } catch let error as IOError where error.errnoCode == EADDRINUSE {
      throw PreviewError.portInUse(host: host, port: port)
    } catch let error as IOError {
      throw PreviewError.cannotListen(host: host, port: port, reason: String(cString: strerror(error.errnoCode)))
    }
  }
}

/// Answers requests from the preview folder, plus the preview's own endpoints.
struct PreviewFiles: Sendable {
  let state: PreviewState
  let basePath: String
  /// Whether the editor is open.
  var editor = false

  func respond(to rawPath: String) async throws -> Response {
    let path = rawPath.removingPercentEncoding ?? rawPath
    switch path {
    case "/__cchc/status":
      let problems = await state.problems.map(\.description)
      let status = PreviewStatus(version: await state.version, problems: problems, publicURL: state.publicURL, editor: editor)
      let data = try PreviewStatus.encoder.encode(status)
      return response(data, type: "application/json", status: .ok, cache: false)
    case "/__cchc/reload.js":
      return response(Data(PreviewPages.reloadScript.utf8), type: MediaType.of("x.js"), status: .ok, cache: false)
    case "/__cchc/loi":
      let page = PreviewPages.errorPage(await state.problems)
      return response(Data(page.utf8), type: MediaType.of("x.html"), status: .ok, cache: false)
    default:
      break
    }
    let root = state.siteDirectory
    if path == "/" && basePath != "/" {
      return Response(status: .found, headers: [.location: basePath])
    }
    if await state.version == 0 {
      return response(Data(PreviewPages.buildingPage.utf8), type: MediaType.of("x.html"), status: .serviceUnavailable, cache: false)
    }
    guard path.hasPrefix(basePath), !path.split(separator: "/").contains("..") else { return notFound(root) }
    let relative = OutputPaths.file(ofPage: String(path.dropFirst(basePath.count)))
    var isDirectory: ObjCBool = false
    let file = root + "/" + relative
    if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
      return Response(status: .movedPermanently, headers: [.location: path + "/"])
    }
    guard let data = FileManager.default.contents(atPath: file) else { return notFound(root) }
    return response(data, type: MediaType.of(relative), status: .ok, cache: false)
  }

  func notFound(_ root: String) -> Response {
    let page = FileManager.default.contents(atPath: root + "/" + OutputPaths.notFound) ?? Data("Không tìm thấy trang".utf8)
    return response(page, type: MediaType.of(OutputPaths.notFound), status: .notFound, cache: false)
  }

  func response(_ data: Data, type: String, status: HTTPResponse.Status, cache: Bool) -> Response {
    var headers: HTTPFields = [.contentType: type]
    if !cache { headers[.cacheControl] = "no-store" }
    return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
  }
}
