import Testing
import Yams

@testable import CCHCCore

/// The browser editor's writes: only what a form changed is rewritten, the rest stays byte for byte.
@Suite struct ContentEditTests {
  let procedure = """
    ---
    ma: 1.000001
    ten: "Thủ tục mẫu để thử"
    linh_vuc: "Hộ tịch"
    # Ghi chú của người soạn, phải được giữ lại.
    cach_thuc:
      - hinh_thuc: "Trực tiếp"
        thoi_han: "03 ngày làm việc"
        phi_le_phi: "8.000 đồng"
      - hinh_thuc: "Trực tuyến"
        phi_le_phi: "4.000 đồng"
    khoa_la: giữ nguyên
    ---

    ## Trình tự thực hiện\r
    Nội dung có dấu cách cuối dòng.   \n
    """

  /// The values a form shows for a text, and the form sent back with `change` applied.
  func edited(_ text: String, kind: ContentKind, body: String? = nil, _ change: (inout [String: FormValue]) -> Void) -> String {
    let front = FrontMatterText.split(text)!.front
    var values = FormValues.read(try! Yams.compose(yaml: front)!.mapping, fields: ContentSchema.fields(of: kind)).values
    change(&values)
    return ContentEdit.text(kind: kind, original: text, values: values, body: body)
  }

  func changedLines(_ a: String, _ b: String) -> [String] {
    let x = a.split(separator: "\n", omittingEmptySubsequences: false)
    let y = b.split(separator: "\n", omittingEmptySubsequences: false)
    guard x.count == y.count else { return ["line count \(x.count) → \(y.count)"] }
    return zip(x, y).filter { $0 != $1 }.map { "\($0.0) → \($0.1)" }
  }

  @Test func savingUnchangedKeepsEveryByte() {
    #expect(edited(procedure, kind: .procedure) { _ in } == procedure)
  }

  @Test func aBodySentBackAsABrowserSendsItKeepsItsBytes() {
    let shown = ContentEdit.shownBody(FrontMatterText.split(procedure)!.body)
    let sent = shown.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
    #expect(edited(procedure, kind: .procedure, body: sent) { _ in } == procedure)
    #expect(edited(procedure, kind: .procedure, body: String(shown.dropLast())) { _ in } == procedure)
  }

  @Test func oneFeeChangesOneLineKeepingItsQuotes() {
    let text = edited(procedure, kind: .procedure) { values in
      var rows = values["cach_thuc"]!.rows
      rows[1]["phi_le_phi"] = .list(["Miễn phí"])
      values["cach_thuc"] = .rows(rows)
    }
    #expect(changedLines(procedure, text) == ["    phi_le_phi: \"4.000 đồng\" →     phi_le_phi: \"Miễn phí\""])
  }

  @Test func addingARowRewritesOnlyThatKeysBlock() {
    let text = edited(procedure, kind: .procedure) { values in
      values["cach_thuc"] = .rows(values["cach_thuc"]!.rows + [["hinh_thuc": .text("Dịch vụ bưu chính")]])
    }
    #expect(text.contains("  - hinh_thuc: Dịch vụ bưu chính\n"))
    #expect(text.contains("# Ghi chú của người soạn, phải được giữ lại.\ncach_thuc:\n  - hinh_thuc: Trực tiếp\n"))
    #expect(text.contains("khoa_la: giữ nguyên\n---\n"))
    #expect(text.hasSuffix("## Trình tự thực hiện\r\nNội dung có dấu cách cuối dòng.   \n"))
    let decoded = try! Yams.compose(yaml: FrontMatterText.split(text)!.front)!.mapping!
    #expect(decoded["cach_thuc"]?.sequence?.count == 3)
  }

  @Test func aNewKeyGoesInTheFormatsOrderAndARemovedKeyLeaves() {
    let article = "---\ntieu_de: Họp\nngay: 2026-11-20\nban_nhap: true\n---\nThân bài.\n"
    let text = edited(article, kind: .article) { values in
      values["tom_tat"] = .text("Tóm tắt: ngắn")
      values["ban_nhap"] = nil
    }
    #expect(text == "---\ntieu_de: Họp\nngay: 2026-11-20\ntom_tat: 'Tóm tắt: ngắn'\n---\nThân bài.\n")
  }

  @Test func anEditedBodyIsWrittenWithUnixLineBreaks() {
    let article = "---\ntieu_de: Họp\nngay: 2026-11-20\n---\nCũ.\n"
    let text = edited(article, kind: .article, body: "Mới.\r\n\r\nĐoạn hai.") { _ in }
    #expect(text == "---\ntieu_de: Họp\nngay: 2026-11-20\n---\n\nMới.\n\nĐoạn hai.\n")
  }

  @Test func aNewFileQuotesOnlyWhereYAMLNeedsIt() {
    let values: [String: FormValue] = [
      "ngay": .text("2026-12-01 08:00"), "tieu_de": .text("Phường ra mắt tổ công nghệ số"), "tu_khoa": .list(["số hóa", "null"]),
      "chuyen_muc": .list(["chinh-quyen-so"]), "ban_nhap": .flag,
    ]
    let text = ContentEdit.text(kind: .article, original: nil, values: values, body: "Nội dung.")
    #expect(
      text == """
        ---
        tieu_de: Phường ra mắt tổ công nghệ số
        ngay: 2026-12-01 08:00
        chuyen_muc: chinh-quyen-so
        tu_khoa:
          - số hóa
          - "null"
        ban_nhap: true
        ---

        Nội dung.

        """)
  }

  @Test func aValueTheFormCannotShowIsKept() {
    let article = "---\ntieu_de: [một, hai]\nngay: 2026-11-20\n---\n"
    let front = FrontMatterText.split(article)!.front
    let read = FormValues.read(try! Yams.compose(yaml: front)!.mapping, fields: ContentSchema.fields(of: .article))
    #expect(read.kept == ["tieu_de"])
    let text = ContentEdit.text(kind: .article, original: article, values: ["ngay": .text("2026-11-21")], body: nil)
    #expect(text == "---\ntieu_de: [một, hai]\nngay: 2026-11-21\n---\n")
  }

  @Test func aSubmittedFormReadsRowsDatesAndLines() {
    let pairs = [
      ("ngay", "2026-12-01"), ("ngay__gio", "08:30"), ("tu_khoa", "một\r\n\r\nhai "), ("chuyen_muc", "a"), ("chuyen_muc", "b"),
      ("ban_nhap", "true"), ("tieu_de", "  Tiêu đề  "), ("tom_tat", "Không có thông tin"),
    ]
    let values = FormValues.submitted(pairs, fields: ContentSchema.fields(of: .article))
    #expect(values["ngay"] == .text("2026-12-01 08:30"))
    #expect(values["tu_khoa"] == .list(["một", "hai"]))
    #expect(values["chuyen_muc"] == .list(["a", "b"]))
    #expect(values["ban_nhap"] == .flag)
    #expect(values["tieu_de"] == .text("Tiêu đề"))
    #expect(values["tom_tat"] == nil)
    let rows = FormValues.submitted(
      [("cach_thuc.1.hinh_thuc", "Trực tuyến"), ("cach_thuc.0.hinh_thuc", "Trực tiếp"), ("cach_thuc.2.hinh_thuc", "")],
      fields: ContentSchema.fields(of: .procedure))
    #expect(rows["cach_thuc"] == .rows([["hinh_thuc": .text("Trực tiếp")], ["hinh_thuc": .text("Trực tuyến")]]))
  }
}
