import Testing

@testable import CCHCCore

@Suite struct MarkdownDocumentTests {
  @Test func rendersHTMLAndText() {
    let doc = MarkdownDocument.render("Đoạn **một**.\n\n## Trình tự\n\n- bước 1\n- bước 2\n")
    #expect(doc.html.contains("<strong>một</strong>"))
    #expect(doc.html.contains("<h2>Trình tự</h2>"))
    #expect(doc.firstParagraph == "Đoạn một.")
    #expect(doc.text.contains("bước 2"))
    #expect(doc.headings == [.init(level: 2, text: "Trình tự")])
  }

  @Test func safeModeDropsRawHTMLAndScriptLinks() {
    let doc = MarkdownDocument.render("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=\"x\">b</b>")
    #expect(!doc.html.contains("<script"))
    #expect(!doc.html.contains("javascript:"))
    #expect(!doc.html.contains("onclick"))
  }

  @Test func demotesLevelOneHeadings() {
    let doc = MarkdownDocument.render("# Một\n\n## Hai\n")
    #expect(doc.html.contains("<h2>Một</h2>"))
    #expect(doc.html.contains("<h3>Hai</h3>"))
  }

  @Test func rewritesDestinationsAndRecordsReferences() {
    let doc = MarkdownDocument.render("Xem [thủ tục](../thu-tuc/a.md).\n\n![Ảnh](../tep/a.jpg)\n") { destination, _ in
      destination == "../thu-tuc/a.md" ? "/x/thu-tuc/1.001193/" : nil
    }
    #expect(doc.html.contains("href=\"/x/thu-tuc/1.001193/\""))
    #expect(doc.html.contains("src=\"../tep/a.jpg\""))
    #expect(doc.references.count == 2)
    #expect(doc.references[1].isImage && doc.references[1].alt == "Ảnh")
  }
}
