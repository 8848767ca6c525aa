import CCHCCore
import Foundation
import Testing
@testable import CCHCSite

@Suite struct SearchIndexTests {
  @Test func keyFileNamesAreSafe() {
    #expect(SearchIndexBuilder.fileName(forKey: "khai") == "khai")
    #expect(SearchIndexBuilder.fileName(forKey: "中") == "xe4b8ad")
  }

  @Test func keysSortInJavaScriptOrder() {
    let keys = ["b", "a", "Z", "é", "e"].sorted(by: SearchIndexBuilder.codeUnitOrder)
    #expect(keys == ["Z", "a", "b", "e", "é"])
  }

  @Test func vocabularyRenumbersInSortedOrder() {
    var vocabulary = Vocabulary()
    let name = vocabulary.ids(SearchText.tokens("Đăng ký khai sinh"))
    let other = vocabulary.uniqueIds(SearchText.tokens("khai tử, đăng ký"))
    let (keys, remap) = vocabulary.sorted()
    #expect(keys == ["dang", "khai", "ki", "sinh", "tu"])
    #expect(remap(name).map { keys[$0] } == ["dang", "ki", "khai", "sinh"])
    #expect(Set(remap(other).map { keys[$0] }) == ["dang", "ki", "khai", "tu"])
  }

  @Test func indexJSONNeverCarriesMarkup() {
    let data = SearchIndexBuilder.json(["<script>alert(1)</script> & ]]>"])
    let text = String(decoding: data, as: UTF8.self)
    #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
    let back = try? JSONSerialization.jsonObject(with: data) as? [String]
    #expect(back == ["<script>alert(1)</script> & ]]>"])
  }
}
