import CCHCCore
import Foundation
import Testing

@testable import CCHCServe

/// What the editor refuses before it touches a file, and where it shows the build's problems.
@Suite struct EditorSafetyTests {
  func contentFolder() throws -> String {
    let root = NSTemporaryDirectory() + "cchc-editor-test-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: root + "/content/tin-bai", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: root + "/ngoai", withIntermediateDirectories: true)
    return root
  }

  func refused(_ relative: String, in content: String) -> Bool {
    if case .failure = ContentPath.document(relative, in: content) { return true }
    return false
  }

  @Test func pathsOutsideTheContentKindsAreRefused() throws {
    let content = try contentFolder() + "/content"
    for path in [
      "../site.yml", "/etc/passwd.md", "tin-bai/../site.md", "tin-bai/./a.md", "site.yml", "tin-bai/a.txt", "tin-bai//a.md",
      "tin-bai/.an.md", "tin-bai\\..\\a.md", "tin-bai/a\u{0}.md", "giao-dien/a.md", "tep/anh/a.md",
    ] {
      #expect(refused(path, in: content), "\(path)")
    }
    #expect(!refused("tin-bai/2026-12-01-hop.md", in: content))
    #expect(!refused("hoi-dap/moi/2026-12-01-hoi.md", in: content))
  }

  @Test func aLinkAnywhereOnThePathIsRefused() throws {
    let root = try contentFolder()
    try FileManager.default.createSymbolicLink(atPath: root + "/content/tin-bai/ngoai", withDestinationPath: root + "/ngoai")
    try FileManager.default.createSymbolicLink(atPath: root + "/content/tin-bai/a.md", withDestinationPath: root + "/ngoai/a.md")
    #expect(refused("tin-bai/ngoai/b.md", in: root + "/content"))
    #expect(refused("tin-bai/a.md", in: root + "/content"))
    try FileManager.default.createSymbolicLink(atPath: root + "/content/tep", withDestinationPath: root + "/ngoai")
    if case .success = ContentPath.upload("tep/anh/a.png", in: root + "/content") { Issue.record("upload through a link") }
  }

  @Test func uploadNamesAreFoldedAndKeptInTheirFolder() {
    #expect(ContentPath.safeName("Ảnh Họp Dân.PNG") == "anh-hop-dan.png")
    #expect(ContentPath.safeName("../../x.jpg") == "x.jpg")
    #expect(ContentPath.safeName("không-đuôi") == nil)
    #expect(ContentPath.safeName("a.p/hp") == nil)
    if case .success = ContentPath.upload("tep/anh/sub/a.png", in: "/tmp/x") { Issue.record("nested upload folder") }
    if case .success = ContentPath.upload("giao-dien/a.png", in: "/tmp/x") { Issue.record("upload outside tep/") }
  }

  @Test func onlyLoopbackNeedsNoToken() {
    #expect(EditorGuard.isLoopback("127.0.0.1") && EditorGuard.isLoopback("localhost") && EditorGuard.isLoopback("::1"))
    #expect(!EditorGuard.isLoopback("0.0.0.0") && !EditorGuard.isLoopback("192.168.1.5"))
    #expect(EditorGuard(host: "0.0.0.0").accessToken?.count == 64)
    #expect(EditorGuard(host: "127.0.0.1").accessToken == nil)
    #expect(EditorGuard.same("abc", "abc") && !EditorGuard.same("abc", "abd") && !EditorGuard.same("abc", "ab"))
  }

  @Test func problemsAreShownAtTheirFields() {
    let text = """
      ---
      ma: 1.000001
      linh_vuc: Hộ tịch
      cach_thuc:
        - hinh_thuc: Trực tiếp
        - thoi_han: 3 ngày
          phi_le_phi: Không
      ---
      Thân bài.
      """
    let problems = [
      ContentError(path: "x", line: 2, code: "missing-field", message: "thiếu trường bắt buộc \"ten\" (tên thủ tục)"),
      ContentError(path: "x", line: 6, code: "missing-field", message: "thiếu trường bắt buộc \"hinh_thuc\" (hình thức nộp)"),
      ContentError(path: "x", line: 9, code: "broken-link", message: "liên kết hỏng"),
      ContentError(path: "x", line: 3, code: "x", message: "lĩnh vực lạ"),
    ]
    let placed = ProblemPlacement.place(problems, text: text, fields: ContentSchema.fields(of: .procedure))
    #expect(Set(placed.byField.keys) == ["ten", "cach_thuc.1.hinh_thuc", "noi_dung", "linh_vuc"])
    #expect(placed.all.map(\.field) == ["f-ten", "f-linh_vuc", "f-cach_thuc-1-hinh_thuc", "noi_dung"])
    #expect(placed.all[2].message.hasPrefix("Cách thức thực hiện, dòng 2, Hình thức nộp: "))
  }
}
