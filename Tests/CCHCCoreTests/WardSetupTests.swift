import Foundation
import Testing

@testable import CCHCCore

/// What a ward's editors meet first: dates as offices write them, YAML mistakes told by their
/// cause, categories by name, changes that apply later, placeholder text.
@Suite struct WardSetupTests {
  let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

  @Test(arguments: [
    ("07/12/2026 08:30", true), ("7/12/2026 8h30", true), ("8h30 ngày 07/12/2026", true), ("2026-12-07 8:30", true),
    ("07.12.2026 08:30", true), ("07-12-2026 8 giờ 30", true), ("07/12/2026", false), ("ngày 07/12/2026 lúc 08:30", true),
  ])
  func readsOfficeDateForms(text: String, hasTime: Bool) throws {
    let date = try ContentDate.read(text, timeZone: zone).get()
    let expected = try #require(ContentDate.parse(hasTime ? "2026-12-07 08:30" : "2026-12-07", timeZone: zone))
    #expect(date == expected && date.hasTime == hasTime, "\(text)")
  }

  @Test(arguments: [
    ("31/11/2026", "tháng 11 năm 2026 chỉ có 30 ngày"), ("29/02/2026", "năm 2026 không nhuận"),
    ("12/31/2026", "ngày/tháng/năm"), ("07/12/2026 24:10", "giờ 24:10 không có"), ("hôm qua", "không đọc được ngày"),
  ])
  func explainsImpossibleDates(text: String, reason: String) {
    guard case .failure(let problem) = ContentDate.read(text, timeZone: zone) else {
      Issue.record("\(text) was read")
      return
    }
    #expect(problem.reason.contains(reason), "\(problem.reason)")
  }

  @Test(arguments: [
    ("tieu_de: a\ntu_khoa:\n\t- b\n", 3, "phím Tab"),
    ("tieu_de: \"Hội nghị \"Một cửa\" phường\"\nngay: 2026-01-01\n", 1, "bên trong"),
    ("tu_khoa:\n   - a\n  - b\n", 3, "lùi 2 dấu cách còn dòng 3 lùi 3"),
    ("chuyen_muc: a\n   tac_gia: b\n", 2, "thẳng hàng"),
  ])
  func namesTheCauseOfYAMLMistakes(yaml: String, line: Int, cause: String) {
    var diagnostics = Diagnostics()
    let file = SourceFile(
      relativePath: "tin-bai/a.md", displayPath: "content/tin-bai/a.md", frontMatter: yaml, frontMatterLine: 2, body: "",
      bodyLine: 10)
    _ = FrontMatter.parse(file, diagnostics: &diagnostics)
    let error = diagnostics.errors.first
    #expect(error?.line == line + 1, "\(diagnostics.items)")
    #expect(error?.message.contains(cause) == true, "\(diagnostics.items)")
  }

  @Test func findsCategoriesByCodeOrName() {
    var config = SiteConfig.placeholder
    config.categories = [
      .init(slug: "chinh-quyen-so", name: "Chính quyền điện tử – chính quyền số", description: nil)
    ]
    #expect(config.category(named: "chinh-quyen-so") == "chinh-quyen-so")
    #expect(config.category(named: "Chính quyền điện tử – chính quyền số") == "chinh-quyen-so")
    #expect(config.category(named: "chinh quyen dien tu - chinh quyen so") == "chinh-quyen-so")
    #expect(config.category(named: "Chính quyền điện tử") == nil)
    #expect(config.unknownCategoryMessage("Chính quyền điện tử").contains("chinh-quyen-so (Chính quyền điện tử – chính quyền số)"))
  }

  func procedure(_ front: String, diagnostics: inout Diagnostics) -> Procedure? {
    var split = Diagnostics()
    let file = FrontMatterSplitter.split(
      "---\n\(front)\n---\nNội dung.\n", relativePath: "thu-tuc/a.md", displayPath: "content/thu-tuc/a.md",
      diagnostics: &split)!
    return DocumentDecoder(site: .placeholder, resolver: ReferenceResolver(files: [])).procedure(file, diagnostics: &diagnostics)
  }

  @Test func appliesChangesFromTheirDate() throws {
    var diagnostics = Diagnostics()
    let p = try #require(
      procedure(
        """
        ma: 1.000001
        ten: Thủ tục A
        linh_vuc: Hộ tịch
        phi_le_phi: Miễn lệ phí
        thay_doi:
          - tu_ngay: 01/01/2027
            quyet_dinh: QĐ 1
            phi_le_phi: 10.000 đồng
          - tu_ngay: 01/07/2027
            trang_thai: bai_bo
        """, diagnostics: &diagnostics))
    #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
    func at(_ text: String) throws -> Procedure { p.applying(at: try ContentDate.read(text, timeZone: zone).get().instant) }
    let today = try at("07/12/2026")
    #expect(today.fees == ["Miễn lệ phí"] && today.changes.count == 2 && today.status == .inForce)
    let january = try at("02/01/2027")
    #expect(january.fees == ["10.000 đồng"] && january.changes.count == 1)
    #expect(january.updated == p.changes[0].date && january.effectiveDate == p.changes[0].date)
    let july = try at("02/07/2027")
    #expect(july.status == .abolished && july.fees == ["10.000 đồng"] && july.changes.isEmpty)
  }

  @Test func reportsBadChangesAtTheirLines() {
    var diagnostics = Diagnostics()
    _ = procedure(
      """
      ma: 1.000001
      ten: Thủ tục A
      linh_vuc: Hộ tịch
      thay_doi:
        - tu_ngay: 31/11/2026
          phi_le_phi: 1 đồng
        - tu_ngay: 01/01/2027
          ma: 1.000002
          dvc_truc_tuyen: het_muc
      """, diagnostics: &diagnostics)
    let lines = diagnostics.errors.map { "\($0.line) \($0.code)" }
    #expect(lines.contains("6 invalid-date"), "\(diagnostics.items)")
    #expect(lines.contains("9 change-fixed-key"), "\(diagnostics.items)")
    #expect(lines.contains("10 invalid-value"), "\(diagnostics.items)")
    #expect(diagnostics.errors.count == 3, "\(diagnostics.items)")
  }

  @Test func placeholderLinesAreFoundWhateverSpacesAndLineEndsSurroundThem() {
    let body = "Đoạn thật.\r\n\t## Tiêu đề mục  \r\n## Tiêu đề mục khác\nNội dung mục.\n\n   Nội dung trang."
    #expect(
      PlaceholderLines.find(in: body) == [
        .init(offset: 1, text: "## Tiêu đề mục"), .init(offset: 3, text: "Nội dung mục."),
        .init(offset: 5, text: "Nội dung trang."),
      ])
    #expect(PlaceholderLines.find(in: "").isEmpty)
    #expect(PlaceholderLines.find(in: "Nội dung mục. Và thêm.").isEmpty)
  }

  @Test func placeholderTextIsAnErrorOnlyWhenPublished() {
    let source = SourceRef(relativePath: "tin-bai/a.md", displayPath: "content/tin-bai/a.md", bodyLine: 8)
    var published = Diagnostics()
    PublicationCheck.placeholders(body: "Đoạn thật.\n\n## Tiêu đề mục\n", source: source, isError: true, diagnostics: &published)
    #expect(published.errors.map(\.line) == [10])
    var preview = Diagnostics()
    PublicationCheck.placeholders(body: "## Tiêu đề mục\n", source: source, isError: false, diagnostics: &preview)
    #expect(preview.errors.isEmpty && preview.warnings.count == 1)
    for line in NewContent.placeholderLines {
      let texts = NewContent.Kind.allCases.map { NewContent.draft($0, title: "A", code: "1.1", site: .init(), now: Date()).text }
      #expect(texts.contains { $0.contains(line) }, "\(line) is a line of a cchc new template")
    }
  }
}
