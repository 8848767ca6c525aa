import Foundation
import Testing

@testable import CCHCCore

/// `cchc bao-cao`'s counts on a content folder whose numbers are known.
@Suite struct PublishingReportTests {
  /// Writes a small site and builds it as of 2026-12-07 09:00 (Asia/Ho_Chi_Minh).
  func site() throws -> Site {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-report-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: root) }
    func write(_ path: String, _ text: String) throws {
      let url = URL(fileURLWithPath: root + "/" + path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    try write(
      "site.yml",
      """
      ten_don_vi: UBND xã Thử
      base_url: https://xa.example.vn/
      chuyen_muc:
        - {ma: a, ten: Chuyên mục A}
        - {ma: b, ten: Bản tin}
      chi_tieu:
        bai_moi_thang: 2
        ban_tin_moi_tuan: 1
        ban_tin_chuyen_muc: b
        hoi_dap_moi_quy: 1
        chuyen_muc: {a: 1}
      """)
    func article(_ name: String, _ date: String, _ categories: String, extra: String = "") throws {
      try write("tin-bai/\(name).md", "---\ntieu_de: \(name)\nngay: \(date)\nchuyen_muc: [\(categories)]\n\(extra)---\nThân bài.\n")
    }
    try article("fri-oct-30", "2026-10-30 08:00", "a, b")  // two categories; a bulletin
    try article("sun-nov-1", "2026-11-01 08:00", "b")  // a bulletin, same week as Oct 30
    try article("mon-nov-2", "2026-11-02 08:00", "a")
    try article("draft", "2026-11-05 08:00", "a", extra: "ban_nhap: true\n")
    try article("scheduled", "2027-01-10 08:00", "a")  // after the period and after now
    try article("september", "2026-09-30 23:00", "a")  // before the period
    try write(
      "hoi-dap/2026-11-20-doi-thoai.md",
      "---\ntieu_de: Đối thoại\nngay: 2026-11-20\nchu_tri: Chủ tịch\ncau_hoi:\n  - {nguoi_hoi: A, cau_hoi: Hỏi?, tra_loi: Đáp.}\n---\nGiới thiệu.\n"
    )
    func procedure(_ code: String, _ status: String, _ updated: String) throws {
      try write(
        "thu-tuc/\(code).md",
        "---\nma: \(code)\nten: Thủ tục \(code)\nlinh_vuc: Hộ tịch\ncap_thuc_hien: Cấp xã\ntrang_thai: \(status)\nngay_cap_nhat: \(updated)\n---\n## Trình tự thực hiện\n\nNộp hồ sơ.\n"
      )
    }
    try procedure("1.000001", "sua_doi", "2026-11-10")
    try procedure("1.000002", "bai_bo", "2026-09-01")
    try procedure("1.000003", "hieu_luc", "2026-10-15")
    let now = ContentDate.parse("2026-12-07 09:00", timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)!.instant
    let (site, diagnostics) = ContentPipeline.run(BuildOptions(contentDirectory: root, now: now))
    #expect(!diagnostics.hasErrors, "\(diagnostics.sorted)")
    return try #require(site)
  }

  @Test func countsAQuarterMonthByMonthAndWeekByWeek() throws {
    let report = PublishingReport(site: try site(), period: .quarter(4, year: 2026))
    #expect(report.period.label == "Quý 4/2026")
    #expect(report.months.map(\.articles) == [1, 2, 0], "drafts, scheduled and other quarters' articles left out")
    #expect(report.months.map(\.bulletins) == [1, 1, 0])
    #expect(report.months.map(\.dialogues) == [0, 1, 0])
    #expect(report.months[0].byCategory == ["a": 1, "b": 1], "an article in two categories counts in each")
    let straddling = CivilCalendar.days(year: 2026, month: 10, day: 26)
    #expect(report.weeks.first { $0.first == straddling }?.bulletins == 2, "the week of 26/10–01/11 holds both bulletins")
    #expect(report.weeks.first?.first == CivilCalendar.days(year: 2026, month: 9, day: 28), "weeks start on Monday")
    #expect(report.procedureChanges == [.amended: 1], "only changes dated in the period")
    #expect(report.catalogueSize == 2)
    let targets = Dictionary(uniqueKeysWithValues: report.targets.map { ($0.label, ($0.actual, $0.target)) })
    #expect(targets["Tin bài – tháng 10/2026"]! == (1, 2))
    #expect(targets["Tin bài – tháng 11/2026"]! == (2, 2))
    #expect(targets["Chuyên mục A – tháng 12/2026"]! == (0, 1))
    #expect(targets["Bản tin – tuần 26/10/2026 – 01/11/2026"]! == (2, 1))
    #expect(targets["Hỏi đáp, đối thoại – quý 4/2026"]! == (1, 1))
    #expect(report.items.map(\.title) == ["fri-oct-30", "sun-nov-1", "mon-nov-2", "Thủ tục 1.000001", "Đối thoại"])
  }

  @Test func aMonthAndARangeOfDays() throws {
    let site = try site()
    #expect(PublishingReport(site: site, period: .month(11, year: 2026)).months.map(\.articles) == [2])
    let range = ReportPeriod.days(CivilCalendar.days(year: 2026, month: 10, day: 31), CivilCalendar.days(year: 2026, month: 11, day: 1))
    #expect(range.label == "31/10/2026 – 01/11/2026")
    #expect(PublishingReport(site: site, period: range).months.map(\.articles) == [0, 1])
  }

  @Test func targetsAreCheckedAtTheirLines() {
    let text =
      "ten_don_vi: X\nbase_url: https://x.vn/\nchuyen_muc: [{ma: a, ten: A}]\nchi_tieu:\n  bai_moi_thag: 4\n  chuyen_muc: {zz: 1}\n"
    let file = SourceFile(
      relativePath: "site.yml", displayPath: "content/site.yml", frontMatter: text, frontMatterLine: 1, body: "", bodyLine: 0)
    var diagnostics = Diagnostics()
    let config = SiteDecoder.decode(file, diagnostics: &diagnostics)
    #expect(config?.targets.articlesPerMonth == nil)
    #expect(diagnostics.warnings.map { "\($0.line) \($0.code)" } == ["5 unknown-key"])
    #expect(diagnostics.warnings.first?.message.contains("bai_moi_thang") == true, "the nearest known key is suggested")
    #expect(diagnostics.errors.map { "\($0.line) \($0.code)" } == ["6 unknown-category"])
  }
}
