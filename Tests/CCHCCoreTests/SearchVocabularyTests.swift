import Testing

@testable import CCHCCore

@Suite struct SearchVocabularyTests {
  @Test func readsEntriesAndFunctionWords() {
    var diagnostics = Diagnostics()
    let text = """
      # chú thích
      sổ đỏ, sổ hồng = giấy chứng nhận quyền sử dụng đất, đăng ký đất đai

      Bỏ qua: xin, ở đâu
      bo qua: the nao
      hộ khẩu=thường trú
      """
    let vocabulary = SearchVocabulary.parse(text, path: "tu-dien-tim-kiem.txt", diagnostics: &diagnostics)
    #expect(diagnostics.items.isEmpty)
    #expect(
      vocabulary.entries == [
        .init(phrases: ["sổ đỏ", "sổ hồng"], terms: ["giấy chứng nhận quyền sử dụng đất", "đăng ký đất đai"]),
        .init(phrases: ["hộ khẩu"], terms: ["thường trú"]),
      ])
    #expect(vocabulary.ignored == ["xin", "ở đâu", "the nao"])
  }

  @Test func reportsEveryBadLineWithItsNumber() {
    var diagnostics = Diagnostics()
    let text = "sổ đỏ giấy chứng nhận\n\n= thường trú\nhộ khẩu =\na = b = c\nbỏ qua:\nđúng = đúng\n"
    let vocabulary = SearchVocabulary.parse(text, path: "content/tu-dien-tim-kiem.txt", diagnostics: &diagnostics)
    #expect(diagnostics.items.map(\.line) == [1, 3, 4, 5, 6])
    #expect(diagnostics.items.allSatisfy { $0.path == "content/tu-dien-tim-kiem.txt" && $0.severity == .error })
    #expect(diagnostics.items[0].message.contains("thiếu dấu “=”"))
    #expect(diagnostics.items[1].message.contains("bên trái"))
    #expect(diagnostics.items[2].message.contains("bên phải"))
    #expect(vocabulary.entries.count == 1)
  }

  @Test func builtInVocabularyIsLargeAndClean() {
    let builtIn = SearchVocabulary.builtIn
    #expect(builtIn.entries.count >= 300)
    #expect(builtIn.ignored.contains("xin"))
    // Every phrase is written once across the file (entries for one phrase are merged).
    var seen: Set<String> = []
    var repeated: [String] = []
    for phrase in builtIn.entries.flatMap(\.phrases) {
      let key = SearchText.tokens(phrase).map(SearchText.key).joined(separator: " ")
      if !seen.insert(key).inserted { repeated.append(phrase) }
    }
    #expect(repeated == [])
  }

  @Test func siteEntriesFollowTheBuiltInOnes() {
    var diagnostics = Diagnostics()
    let site = SearchVocabulary.parse("bìa xanh = giấy phép xây dựng\nbỏ qua: nhờ", path: "x", diagnostics: &diagnostics)
    let merged = SearchVocabulary.builtIn.adding(site)
    #expect(merged.entries.last == .init(phrases: ["bìa xanh"], terms: ["giấy phép xây dựng"]))
    #expect(merged.ignored.last == "nhờ")
    #expect(merged.entries.count == SearchVocabulary.builtIn.entries.count + 1)
  }
}
