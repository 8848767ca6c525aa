import CCHCCore
import Foundation
import Hummingbird
import Testing

@testable import CCHCServe

@Suite struct PreviewFilesTests {
  /// A built site, as the preview serves it after its first build.
  func site() async throws -> (String, PreviewFiles) {
    let root = NSTemporaryDirectory() + "cchc-preview-test-\(UUID().uuidString)"
    let files = [
      "index.html": "<h1>Trang chủ</h1>", "404.html": "<h1>Không tìm thấy</h1>", "rss.xml": "<rss/>",
      "thu-tuc/1.001193/index.html": "thủ tục", "thu-tuc/1.001193/ma-qr.svg": "<svg/>",
      "tep/a.mp3": "ID3", "site.webmanifest": "{}",
    ]
    for (path, text) in files {
      let full = root + "/" + path
      try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }
    let state = PreviewState(siteDirectory: root)
    await state.succeeded()
    return (root, PreviewFiles(state: state, basePath: "/cchc/"))
  }

  @Test func beforeTheFirstBuildPagesSayTheSiteIsBeingMade() async throws {
    let files = PreviewFiles(state: PreviewState(siteDirectory: "/khong-co"), basePath: "/cchc/")
    let response = try await files.respond(to: "/cchc/")
    #expect(response.status == .serviceUnavailable)
    #expect(try await body(response).contains("Đang tạo trang"))
    #expect(try await files.respond(to: "/").status == .found, "the root still redirects")
  }

  func body(_ response: Response) async throws -> String {
    var collected = ByteBuffer()
    var body = response.body
    let writer = CollectingWriter()
    try await body.write(writer)
    collected = await writer.buffer
    _ = body
    return String(buffer: collected)
  }

  @Test(arguments: [
    ("/cchc/", "text/html; charset=utf-8"), ("/cchc/rss.xml", "application/xml"),
    ("/cchc/thu-tuc/1.001193/ma-qr.svg", "image/svg+xml"), ("/cchc/tep/a.mp3", "audio/mpeg"),
    ("/cchc/site.webmanifest", "application/manifest+json"), ("/cchc/thu-tuc/1.001193/", "text/html; charset=utf-8"),
  ])
  func servesFilesWithTheirTypes(path: String, type: String) async throws {
    let (root, files) = try await site()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let response = try await files.respond(to: path)
    #expect(response.status == .ok)
    #expect(response.headers[.contentType] == type)
  }

  @Test func missesGetTheSites404Page() async throws {
    let (root, files) = try await site()
    defer { try? FileManager.default.removeItem(atPath: root) }
    for path in ["/cchc/khong-co/", "/cchc/../etc/passwd", "/khac/", "/cchc/thu-tuc/9.999999/"] {
      let response = try await files.respond(to: path)
      #expect(response.status == .notFound, "\(path)")
      #expect(try await body(response).contains("Không tìm thấy"))
    }
  }

  @Test func foldersRedirectToTheirSlashAndRootToTheBasePath() async throws {
    let (root, files) = try await site()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let folder = try await files.respond(to: "/cchc/thu-tuc/1.001193")
    #expect(folder.status == .movedPermanently)
    #expect(folder.headers[.location] == "/cchc/thu-tuc/1.001193/")
    let top = try await files.respond(to: "/")
    #expect(top.status == .found)
    #expect(top.headers[.location] == "/cchc/")
  }

  @Test func statusAndErrorPageFollowTheLastRebuild() async throws {
    let (root, files) = try await site()
    defer { try? FileManager.default.removeItem(atPath: root) }
    await files.state.failed([ContentError(path: "content/a.md", line: 3, code: "x", message: "thiếu <trường>")])
    let status = try await body(try await files.respond(to: "/__cchc/status"))
    #expect(status.contains("\"version\":2"), "the first build, then the failed one")
    #expect(status.contains("content\\/a.md:3: thiếu <trường>") || status.contains("content/a.md:3: thiếu <trường>"))
    let page = try await body(try await files.respond(to: "/__cchc/loi"))
    #expect(page.contains("content/a.md:3: thiếu &lt;trường&gt;"))
    await files.state.succeeded()
    let after = try await body(try await files.respond(to: "/__cchc/status"))
    #expect(after.contains("\"problems\":[]"))
  }

  @Test func watcherSeesChanges() async throws {
    let (root, _) = try await site()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let watcher = ChangeWatcher(folders: [root])
    let before = watcher.fingerprint()
    try Data("mới hơn".utf8).write(to: URL(fileURLWithPath: root + "/index.html"))
    #expect(watcher.fingerprint() != before)
  }
}

/// Collects a response body in memory.
actor CollectingWriter: ResponseBodyWriter {
  var buffer = ByteBuffer()
  func write(_ buffer: ByteBuffer) async throws {
    var copy = buffer
    self.buffer.writeBuffer(&copy)
  }
  func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
