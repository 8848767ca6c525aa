import Foundation
import Testing

@testable import CCHCCore

/// Decoding documents and assembling them, on in-memory sources.
@Suite struct DecodeAssembleTests {
  let config = SiteConfig.placeholder
  let resolver = ReferenceResolver(files: ["tep/mau-don/a.docx"])

  func file(_ path: String, _ text: String) -> SourceFile {
    var diagnostics = Diagnostics()
    return FrontMatterSplitter.split(text, relativePath: path, displayPath: "content/" + path, diagnostics: &diagnostics)!
  }

  func procedure(_ path: String, _ front: String, diagnostics: inout Diagnostics) -> Procedure? {
    DocumentDecoder(site: config, resolver: resolver).procedure(
      file(path, "---\n\(front)\n---\n## Trình tự thực hiện\n"),
      diagnostics: &diagnostics)
  }

  @Test func decodesEveryProcedureShape() throws {
    var diagnostics = Diagnostics()
    let p = try #require(
      procedure(
        "thu-tuc/a.md",
        """
        ma: 2.000720
        ten: Thủ tục chứng thực
        linh_vuc: CHỨNG THỰC
        cap_thuc_hien: [Cấp xã]
        quyet_dinh_cong_bo: {so_hieu: 12/QĐ-UBND, ngay: 2025-07-01}
        co_quan_phoi_hop: Không có thông tin
        cach_thuc:
          - hinh_thuc: Trực tiếp
            thoi_han: Trong ngày
            phi_le_phi: [2.000 đồng/trang, Miễn phí cho người có công]
        can_cu_phap_ly:
          - Nghị định 23/2015/NĐ-CP
          - {so_hieu: 60/2014/QH13, trich_yeu: Luật Hộ tịch}
        dvc_truc_tuyen: muc_do_4
        trang_thai: thay_the
        thay_the_boi: 1.000001
        mau_don: [{ten: Tờ khai, tep: tep/mau-don/a.docx}]
        """, diagnostics: &diagnostics))
    #expect(diagnostics.items.isEmpty)
    #expect(p.code == "2.000720")
    #expect(p.coordinatingAgency == nil)
    #expect(p.ways.first?.fees == ["2.000 đồng/trang", "Miễn phí cho người có công"])
    #expect(p.legalBasis.map(\.number) == ["Nghị định 23/2015/NĐ-CP", "60/2014/QH13"])
    #expect(p.onlineLevel == .full)
    #expect(p.status == .replaced && p.status.isWithdrawn)
    #expect(p.forms == [FormFile(name: "Tờ khai", file: "tep/mau-don/a.docx")])
    #expect(p.announcement?.number == "12/QĐ-UBND")
  }

  @Test func reportsBadProcedureValuesWithLines() {
    var diagnostics = Diagnostics()
    _ = procedure(
      "thu-tuc/b.md",
      """
      ten: Thủ tục
      linh_vuc: Hộ tịch
      dvc_truc_tuyen: muc_do_9
      link_dvc: javascript:alert(1)
      mau_don: [{ten: Tờ khai, tep: tep/khong-co.docx}]
      """, diagnostics: &diagnostics)
    let found = diagnostics.items.map { "\($0.line):\($0.code)" }
    #expect(found.contains("2:missing-field"))
    #expect(found.contains("4:invalid-value"))
    #expect(found.contains("5:invalid-url"))
    #expect(found.contains("6:file-missing"))
  }

  @Test func groupsFieldsCaseInsensitivelyInVietnameseOrder() {
    var diagnostics = Diagnostics()
    let rows = [
      ("1", "Đăng ký khai tử", "HỘ TỊCH"), ("2", "Chứng thực chữ ký", "Chứng thực"),
      ("3", "Đăng ký khai sinh", "Hộ tịch"), ("4", "Bãi bỏ cũ", "Hộ tịch"),
    ]
    let procedures = rows.compactMap { code, name, field -> RenderedProcedure? in
      var front = "ma: \(code)\nten: \(name)\nlinh_vuc: \(field)"
      if code == "4" { front += "\ntrang_thai: bai_bo" }
      guard let p = procedure("thu-tuc/\(code).md", front, diagnostics: &diagnostics) else { return nil }
      return Rendered(document: p, path: Routes.procedure(p.code), body: MarkdownDocument.render(p.body))
    }
    let site = SiteAssembler.assemble(
      config: config,
      routes: Routes(
        base: config.baseURL, articles: [], procedures: [],
        hotlines: [], pages: [], diagnostics: &diagnostics),
      articles: [], procedures: procedures, hotlines: [], pages: [], staticFiles: [],
      now: ContentDate(instant: Date(), hasTime: true), includesDrafts: false)
    #expect(site.fields.map(\.name) == ["Chứng thực", "Hộ tịch"])
    #expect(site.fields[1].active.map(\.document.name) == ["Đăng ký khai sinh", "Đăng ký khai tử"])
    #expect(site.fields[1].withdrawn.map(\.document.code) == ["4"])
    #expect(site.fields[1].path == "thu-tuc/linh-vuc/ho-tich/")
  }

  @Test func duplicateCodesAndURLsAreReported() {
    var diagnostics = Diagnostics()
    let a = procedure("thu-tuc/a.md", "ma: 1.001193\nten: A\nlinh_vuc: Hộ tịch", diagnostics: &diagnostics)!
    let b = procedure("thu-tuc/b.md", "linh_vuc: Hộ tịch\nten: B\nma: 1.001193", diagnostics: &diagnostics)!
    _ = Routes(base: config.baseURL, articles: [], procedures: [a, b], hotlines: [], pages: [], diagnostics: &diagnostics)
    let error = diagnostics.errors.first
    #expect(error?.code == "duplicate-code")
    #expect(error?.path == "content/thu-tuc/b.md")
    #expect(error?.line == 4)
  }
}
