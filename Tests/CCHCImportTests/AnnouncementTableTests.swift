import Testing

@testable import CCHCImport

@Suite struct AnnouncementTableTests {
  @Test func readsCodesAsWrittenAndAsNumbers() {
    #expect(AnnouncementTable.code("1.001193") == "1.001193")
    #expect(AnnouncementTable.code("2.00072") == "2.000720", "a number cell lost the trailing zero")
    #expect(AnnouncementTable.code("1.001193.000.00.00.H12") == "1.001193")
    #expect(AnnouncementTable.code("abc") == nil && AnnouncementTable.code("1001193") == nil)
  }

  @Test func recognisesHeaderSpellings() {
    let columns = AnnouncementTable.columns(of: [
      "STT", "Mã TTHC", "TÊN THỦ TỤC\nHÀNH CHÍNH", "Thời hạn giải quyết", "Phí/lệ phí", "Lĩnh vực",
    ])
    #expect(columns[.code] == 1 && columns[.name] == 2 && columns[.deadline] == 3 && columns[.fees] == 4 && columns[.field] == 5)
  }

  @Test func sectionsSetLevelAndChange() {
    let sheet = Sheet(
      name: "Phụ lục",
      rows: [
        (1, ["DANH MỤC THỦ TỤC HÀNH CHÍNH"]), (2, ["STT", "Mã thủ tục", "Tên thủ tục hành chính"]),
        (3, ["A. THỦ TỤC HÀNH CHÍNH CẤP XÃ", "A. THỦ TỤC HÀNH CHÍNH CẤP XÃ", "A. THỦ TỤC HÀNH CHÍNH CẤP XÃ"]),
        (4, ["I. Danh mục thủ tục hành chính mới ban hành"]), (5, ["1", "1.000001", "Thủ tục một"]),
        (6, ["III. Danh mục thủ tục hành chính bị bãi bỏ"]), (7, ["2", "1.000002", "Thủ tục hai"]),
        (8, ["B. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"]), (9, ["3", "2.000003", "Thủ tục ba"]), (10, ["4", "", "Không có mã"]),
      ])
    let table = AnnouncementTable(sheet: sheet, file: "pl.xlsx", level: .commune)
    #expect(table.procedures.map(\.code) == ["1.000001", "1.000002"])
    #expect(table.procedures.map(\.change) == [.new, .abolished])
    #expect(table.procedures[0].levels == ["Cấp xã"])
    #expect(table.skipped.contains { $0.origin == "pl.xlsx:Phụ lục:9" && $0.reason.contains("cấp tỉnh") })
    #expect(table.problems == ["pl.xlsx:Phụ lục:10: mã thủ tục “” không hợp lệ (mã có dạng 1.001193)"])
  }
}
