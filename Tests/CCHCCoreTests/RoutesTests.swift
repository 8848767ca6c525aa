import Testing

@testable import CCHCCore

@Suite struct RoutesTests {
  @Test func baseURLKeepsItsPath() throws {
    let base = try #require(BaseURL("https://chilinh.haiphong.gov.vn/cai-cach-hanh-chinh"))
    #expect(base.path == "/cai-cach-hanh-chinh/")
    #expect(base.absolute == "https://chilinh.haiphong.gov.vn/cai-cach-hanh-chinh/")
    #expect(BaseURL("/cchc/") == nil)
    #expect(BaseURL("ftp://x.vn/") == nil)
  }

  @Test func slugFromFileNameDropsDate() {
    #expect(DocumentDecoder.slug(fromFileName: "tin-bai/2026-01-22-hoi-nghi-cchc.md") == "hoi-nghi-cchc")
    #expect(DocumentDecoder.slug(fromFileName: "tin-bai/2026/Hội nghị.md") == "hoi-nghi")
    // Only a real date is dropped, and only when a name follows it.
    #expect(DocumentDecoder.slug(fromFileName: "tin-bai/2026-13-45-hoi-nghi.md") == "2026-13-45-hoi-nghi")
    #expect(DocumentDecoder.slug(fromFileName: "tin-bai/2026-01-22-.md") == "2026-01-22")
    #expect(DocumentDecoder.slug(fromFileName: "2026-01-22-Đường dây nóng.md") == "duong-day-nong")
    #expect(DocumentDecoder.slug(fromFileName: "thu-tuc/linh-vuc/Khai sinh.MD") == "khai-sinh-md")
    #expect(DocumentDecoder.slug(fromFileName: "tin-bai/2026/ghi-chu") == "ghi-chu")
    #expect(DocumentDecoder.slug(fromFileName: "tin-bai/2026-01-22-Hội nghị tổng kết năm 2026.md") == "hoi-nghi-tong-ket-nam-2026")
  }

  @Test func resolverKeepsReferencesInsideContent() {
    let resolver = ReferenceResolver(files: ["tep/anh/a.jpg"])
    #expect(resolver.resolve("tep/anh/a.jpg", from: "tin-bai/x.md") == .file("tep/anh/a.jpg"))
    #expect(resolver.resolve("../tep/anh/a.jpg", from: "tin-bai/x.md") == .file("tep/anh/a.jpg"))
    #expect(resolver.resolve("../../etc/passwd", from: "tin-bai/x.md") == .outside)
    #expect(resolver.resolve("tep/khong-co.jpg", from: "tin-bai/x.md") == .missing("tep/khong-co.jpg"))
    #expect(resolver.resolve("https://x.vn/a.jpg", from: "tin-bai/x.md") == .external("https://x.vn/a.jpg"))
  }

  @Test func paginationSplitsIntoPages() {
    let pages = Pagination(Array(1...23), size: 10).pages
    #expect(pages.map(\.items.count) == [10, 10, 3])
    #expect(pages.last?.total == 3)
    #expect(Pagination([Int](), size: 10).pages.count == 1)
    #expect(Routes.paginated("tin-bai/", page: 1) == "tin-bai/")
    #expect(Routes.paginated("tin-bai/", page: 3) == "tin-bai/trang/3/")
  }
}
