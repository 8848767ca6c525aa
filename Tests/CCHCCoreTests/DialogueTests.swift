import Foundation
import Testing

@testable import CCHCCore

/// Decoding dialogues (`content/hoi-dap/`) and linking their questions to procedures.
@Suite struct DialogueTests {
  func decode(_ text: String, diagnostics: inout Diagnostics) -> Dialogue? {
    var problems = Diagnostics()
    let file = FrontMatterSplitter.split(
      text, relativePath: "hoi-dap/2026-11-20-doi-thoai.md", displayPath: "content/hoi-dap/2026-11-20-doi-thoai.md",
      diagnostics: &problems)!
    return DocumentDecoder(site: .placeholder, resolver: ReferenceResolver(files: [])).dialogue(file, diagnostics: &diagnostics)
  }

  @Test func decodesQuestionsWithTheirLinesAndFoldsTheFormat() throws {
    var diagnostics = Diagnostics()
    let d = try #require(
      decode(
        """
        ---
        tieu_de: Đối thoại
        ngay: 2026-11-20 08:30
        chu_tri: Chủ tịch UBND phường
        hinh_thuc: Truc tuyen
        cau_hoi:
          - nguoi_hoi: Chị A
            ngay_hoi: 2026-11-09
            cau_hoi: Làm khai sinh ở đâu?
            tra_loi: |
              Tại **Bộ phận một cửa**.

              Hoặc trực tuyến.
            thu_tuc: [1.001193, 2.000815]
            linh_vuc: Hộ tịch
          - nguoi_hoi: Ông B
            cau_hoi: Giờ làm việc?
            tra_loi: Giờ hành chính.
        ---
        Giới thiệu.
        """, diagnostics: &diagnostics))
    #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
    #expect(d.slug == "doi-thoai" && d.format == .online && d.host == "Chủ tịch UBND phường")
    #expect(d.questions.map(\.asker) == ["Chị A", "Ông B"])
    #expect(d.questions[0].procedures == ["1.001193", "2.000815"] && d.questions[1].procedures.isEmpty)
    #expect(d.questions[0].answer.hasPrefix("Tại **Bộ phận một cửa**.\n\nHoặc"))
    #expect(d.questions[0].proceduresLine == 14 && d.questions[0].answerLine == 11)
    #expect(d.questions[1].answerLine == 18, "a one-line answer starts on its key's line")
  }

  @Test func reportsMissingFieldsAndAnUnknownFormatAtTheirLines() {
    var diagnostics = Diagnostics()
    let d = decode(
      """
      ---
      tieu_de: Đối thoại
      ngay: 2026-11-20
      hinh_thuc: qua điện thoại
      ---
      """, diagnostics: &diagnostics)
    #expect(d == nil, "chu_tri is required")
    let errors = diagnostics.errors.map { "\($0.line) \($0.code)" }.sorted()
    #expect(errors == ["2 missing-field", "2 missing-field", "4 invalid-value"], "\(diagnostics.errors)")
  }

  @Test func questionsAreLinkedToTheProceduresTheyName() {
    func dialogue(_ slug: String, _ date: String, _ codes: [[String]]) -> RenderedDialogue {
      let questions = codes.map {
        DialogueQuestion(
          asker: "A", question: "Q", answer: "A", procedures: $0, line: 1, proceduresLine: 1, answerLine: 1)
      }
      let d = Dialogue(
        source: SourceRef(relativePath: "hoi-dap/\(slug).md", displayPath: slug, bodyLine: 1), slug: slug, title: slug,
        date: ContentDate.parse(date, timeZone: TimeZone(secondsFromGMT: 7 * 3600)!)!, host: "H", questions: questions, body: "")
      return RenderedDialogue(
        rendered: Rendered(document: d, path: Routes.dialogue(slug), body: MarkdownDocument.render("")),
        answers: questions.map { _ in MarkdownDocument.render("") })
    }
    let (sorted, byProcedure) = SiteAssembler.dialogues([
      dialogue("cu", "2026-01-01", [["1.1"], ["1.2", "1.1"]]), dialogue("moi", "2026-06-01", [[], ["1.1", "1.1"]]),
    ])
    #expect(sorted.map(\.path) == ["hoi-dap/moi/", "hoi-dap/cu/"])
    #expect(
      byProcedure["1.1"] == [
        QuestionRef(dialogue: 0, question: 1), QuestionRef(dialogue: 1, question: 0), QuestionRef(dialogue: 1, question: 1),
      ])
    #expect(byProcedure["1.2"] == [QuestionRef(dialogue: 1, question: 1)])
  }
}
