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

  @Test func fingerprintFollowsEveryValueButNotKeyOrder() {
    let a: [String: Any] = ["title": "Thủ tục", "count": 3, "items": [["x": true]], "html": String(repeating: "ạ", count: 40)]
    let b: [String: Any] = ["html": String(repeating: "ạ", count: 40), "items": [["x": true]], "count": 3, "title": "Thủ tục"]
    #expect(ContextFingerprint.of(a) == ContextFingerprint.of(b))
    var changed = a
    changed["html"] = String(repeating: "ạ", count: 39) + "a"
    #expect(ContextFingerprint.of(a) != ContextFingerprint.of(changed))
    changed = a
    changed["items"] = [["x": false]]
    #expect(ContextFingerprint.of(a) != ContextFingerprint.of(changed))
    changed = a
    changed["count"] = "3"
    #expect(ContextFingerprint.of(a) != ContextFingerprint.of(changed))
    // A shared card counts by its contents.
    let card = SharedContext(["title": "Bài 1"])
    #expect(ContextFingerprint.of(["articles": [card]]) == ContextFingerprint.of(["articles": [SharedContext(["title": "Bài 1"])]]))
    #expect(ContextFingerprint.of(["articles": [card]]) != ContextFingerprint.of(["articles": [SharedContext(["title": "Bài 2"])]]))
  }

  @Test func fingerprintDoesNotDependOnTheOrderADictionaryListsItsEntries() {
    // Dictionaries of different capacities list the same entries in different orders (as two
    // processes with their own hash seeds do).
    let keys = (0..<40).map { "khóa \($0)" }
    var small: [String: Any] = [:]
    var large = [String: Any](minimumCapacity: 4096)
    var strings: [String: String] = [:]
    var largeStrings = [String: String](minimumCapacity: 4096)
    for key in keys { small[key] = "giá trị \(key)" }
    for key in keys.reversed() { large[key] = "giá trị \(key)" }
    for key in keys { strings[key] = key }
    for key in keys.reversed() { largeStrings[key] = key }
    #expect(Array(small.keys) != Array(large.keys), "the test needs two different orders")
    #expect(ContextFingerprint.of(small) == ContextFingerprint.of(large))
    #expect(ContextFingerprint.of(strings) == ContextFingerprint.of(largeStrings))
    // Moving a value to another key changes it.
    var swapped = small
    swapped["khóa 0"] = small["khóa 1"]
    swapped["khóa 1"] = small["khóa 0"]
    #expect(ContextFingerprint.of(swapped) != ContextFingerprint.of(small))
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
