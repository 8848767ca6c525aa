import Mustache
import Testing

@testable import CCHCSite

@Suite struct ContextTests {
  @Test func paginationLinksAWindowWithGaps() {
    #expect(ContextBuilder.paginationWindow(number: 1, total: 2) == [1, 2])
    #expect(ContextBuilder.paginationWindow(number: 1, total: 500) == [1, 2, 3, 500])
    #expect(ContextBuilder.paginationWindow(number: 10, total: 500) == [1, 8, 9, 10, 11, 12, 500])
    #expect(ContextBuilder.paginationWindow(number: 500, total: 500) == [1, 498, 499, 500])
    // A gap of one page shows that page instead of "…".
    #expect(ContextBuilder.paginationWindow(number: 5, total: 9) == [1, 2, 3, 4, 5, 6, 7, 8, 9])
    #expect(ContextBuilder.paginationWindow(number: 4, total: 7) == [1, 2, 3, 4, 5, 6, 7])
  }

  @Test func fingerprintFollowsEveryValueAndTheShape() {
    func card(summary: String = String(repeating: "ạ", count: 40), hasAudio: Bool = false, cover: Cover? = nil) -> ArticleCard {
      ArticleCard(
        title: "Thủ tục", url: "/a/", date: "01/12/2026", datetime: "2026-12-01", summary: summary,
        categories: [NamedLink(name: "Tin", url: "/t/")], hasAudio: hasAudio, isDraft: false, cover: cover)
    }
    #expect(Fingerprint.of(card()) == Fingerprint.of(card()))
    #expect(Fingerprint.of(card(summary: String(repeating: "ạ", count: 39) + "a")) != Fingerprint.of(card()))
    #expect(Fingerprint.of(card(hasAudio: true)) != Fingerprint.of(card()))
    #expect(Fingerprint.of(card(cover: Cover(url: "/anh.jpg", alt: ""))) != Fingerprint.of(card()))
    // The same text under another key, and the same items in other lists, differ.
    #expect(
      Fingerprint.of(ShareImage(url: "/a.png", alt: "", width: 1, height: nil))
        != Fingerprint.of(ShareImage(url: "/a.png", alt: "", width: nil, height: 1)))
    #expect(Fingerprint.of([["a"], []]) != Fingerprint.of([[], ["a"]]))
    #expect(Fingerprint.of([["a", "b"]]) != Fingerprint.of([["a"], ["b"]]))
    // Shared data counts by its contents.
    #expect(Fingerprint.of([Shared(card())]) == Fingerprint.of([Shared(card())]))
    #expect(Fingerprint.of([Shared(card())]) != Fingerprint.of([Shared(card(hasAudio: true))]))
  }

  @Test func excerptsCutAtWordsAndAgreeOverScalarsAndCharacters() {
    let words = [
      "Ủy", "ban", "nhân", "dân", "phường", "Chí", "Linh", "thông", "báo:", "lịch", "tiếp", "công", "dân",
      "—", "“Một", "cửa”", "(liên", "thông)", "2026.", "Hồ", "sơ…", "A.", "–", "đăng", "ký", "khai", "sinh,",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      let count = Int.random(in: 1...80, using: &generator)
      let separators = [" ", "  ", "\n", " \t", "\n\n"]
      let text = (0..<count).map { _ in words.randomElement(using: &generator)! + separators.randomElement(using: &generator)! }
        .joined()
      for limit in [20, 160, 200, 240] {
        let fast = Text.scalarExcerpt(text, limit: limit)
        #expect(fast != nil)
        #expect(fast == Text.characterExcerpt(text, limit: limit), "\(limit): \(text)")
      }
    }
    #expect(Text.excerpt("Thủ tục  đăng ký\nkhai sinh", limit: 200) == "Thủ tục đăng ký khai sinh")
    #expect(Text.excerpt("Một hai ba bốn năm", limit: 12) == "Một hai ba…")
    // A combining mark or an emoji sends the text to the character path.
    #expect(Text.scalarExcerpt("Cafe\u{301} 👍🏽", limit: 5) == nil)
    #expect(Text.excerpt("Cafe\u{301} 👍🏽 rất ngon", limit: 7) == "Cafe\u{301} 👍🏽…")
  }
}

@Suite struct TemplateDataTests {
  /// A key whose value is nil is absent: Mustache finds it in the enclosing data, as it did
  /// for a key missing from a dictionary (a gap of the pagination has no `current`).
  @Test func templatesSeeTypedDataLikeDictionaries() throws {
    var library = MustacheLibrary()
    let template = "{{#pages}}[{{number}}{{#gap}}…{{/gap}}{{#current}}*{{/current}}]{{/pages}} {{current}}/{{total}}"
    library.register(try MustacheTemplate(string: template), named: "t")
    let block = PaginationBlock(
      current: 3, total: 9,
      pages: [
        PageLink(gap: false, number: 1, url: "/", current: false), PageLink(gap: true),
        PageLink(gap: false, number: 3, url: "/3/", current: true),
      ])
    #expect(library.render(block, withTemplate: "t") == "[1][…*][3*] 3/9")
    let dictionary: [String: Any] = [
      "current": 3, "total": 9,
      "pages": [
        ["gap": false, "number": 1, "url": "/", "current": false], ["gap": true],
        ["gap": false, "number": 3, "url": "/3/", "current": true],
      ] as [[String: Any]],
    ]
    #expect(library.render(block, withTemplate: "t") == library.render(dictionary, withTemplate: "t"))
  }
}
