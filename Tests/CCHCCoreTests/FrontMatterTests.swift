import Testing

@testable import CCHCCore

@Suite struct FrontMatterTests {
  func split(_ text: String) -> (SourceFile?, Diagnostics) {
    var diagnostics = Diagnostics()
    let file = FrontMatterSplitter.split(text, relativePath: "tin-bai/a.md", displayPath: "content/tin-bai/a.md", diagnostics: &diagnostics)
    return (file, diagnostics)
  }

  @Test func splitsFrontMatterAndBody() throws {
    let (file, diagnostics) = split("---\ntieu_de: A\nngay: 2026-01-01\n---\nThân bài\n")
    let source = try #require(file)
    #expect(source.frontMatter == "tieu_de: A\nngay: 2026-01-01")
    #expect(source.body == "Thân bài")
    #expect(source.bodyLine == 5)
    #expect(diagnostics.items.isEmpty)
  }

  @Test func reportsMissingAndUnclosedBlocks() {
    #expect(split("tieu_de: A\n").1.items.first?.code == "front-matter-missing")
    #expect(split("---\ntieu_de: A\n").1.items.first?.code == "front-matter-unclosed")
  }

  @Test func yamlErrorCarriesFileLine() throws {
    let (file, _) = split("---\ntieu_de: A\nngay: [2026\nx: y\n---\n")
    var diagnostics = Diagnostics()
    let source = try #require(file)
    #expect(FrontMatter.parse(source, diagnostics: &diagnostics) == nil)
    let error = try #require(diagnostics.items.first)
    #expect(error.code == "yaml-syntax")
    #expect(error.path == "content/tin-bai/a.md")
    #expect(error.line >= 3)
  }

  @Test func codesKeepTheirTextAsWritten() throws {
    let (file, _) = split("---\nma: 2.000720\nten: Thủ tục\nlinh_vuc: Hộ tịch\n---\n")
    var diagnostics = Diagnostics()
    let source = try #require(file)
    let mapping = try #require(FrontMatter.parse(source, diagnostics: &diagnostics))
    var reader = FieldReader(mapping: mapping, path: "x", lineOffset: 2)
    #expect(reader.string("ma", label: "mã") == "2.000720")
  }

  @Test func readerReportsMissingWrongTypeAndUnknownKeys() throws {
    let (file, _) = split("---\ntieu_dee: A\nso: nhiều\nngay: 2026-02-30\n---\n")
    var diagnostics = Diagnostics()
    let source = try #require(file)
    let mapping = try #require(FrontMatter.parse(source, diagnostics: &diagnostics))
    var reader = FieldReader(mapping: mapping, path: "content/tin-bai/a.md", lineOffset: 2)
    _ = reader.string("tieu_de", required: true, label: "tiêu đề")
    _ = reader.int("so", label: "số")
    _ = reader.date("ngay", label: "ngày", timeZone: .current)
    reader.finish()
    let items = reader.diagnostics.items
    #expect(items.map(\.code) == ["missing-field", "wrong-type", "invalid-date", "unknown-key"])
    #expect(items.map(\.line) == [2, 3, 4, 2])
    #expect(items[3].severity == .warning)
    #expect(items[3].message.contains("\"tieu_de\""))
    #expect(items[0].description == "content/tin-bai/a.md:2: thiếu trường bắt buộc \"tieu_de\" (tiêu đề)")
  }

  @Test func emptyPortalValueCountsAsAbsent() {
    #expect(FieldReader.isEmptyText("Không có thông tin"))
    #expect(FieldReader.isEmptyText("  "))
    #expect(!FieldReader.isEmptyText("Không"))
  }
}
