import Mustache
import Testing

@testable import CCHCSite

@Suite struct TemplateObjectTests {
  /// Template data with every shape the pages use: strings, numbers, flags, nested objects,
  /// lists of objects, lists of strings, a shared card and an empty object.
  let data: [String: Any] = [
    "title": "Thủ tục <hộ tịch>", "count": 3, "yes": true, "no": false, "empty": [String: Any](),
    "page": ["heading": "Đăng ký khai sinh", "kind": "procedure", "nested": ["deep": "sâu"] as [String: Any]] as [String: Any],
    "items": [["name": "Một", "fees": ["10.000 đồng", "Miễn phí"]], ["name": "Hai", "fees": [String]()]] as [[String: Any]],
    "mixed": ["chữ", ["name": "trong danh sách"] as [String: Any], 7] as [Any],
    "card": SharedContext(["name": "Thẻ"]),
    "labels": ["b": "Bê", "a": "A"] as [String: Any],
  ]

  let template = """
    {{title}}|{{{title}}}|{{count}}|{{#yes}}có{{/yes}}{{^no}}không{{/no}}|{{#empty}}rỗng{{/empty}}|{{^empty}}x{{/empty}}
    {{page.heading}}|{{page.nested.deep}}|{{#page}}{{heading}}/{{title}}/{{#nested}}{{deep}}:{{kind}}{{/nested}}{{/page}}|{{page.missing}}
    Danh sách: {{#items}}[{{name}}:{{#first(.fees)}}có phí{{/first(.fees)}}{{#fees}}<{{.}}>{{^last()}},{{/last()}}{{/fees}}{{title}}]{{/items}}
    Đầu: {{#first(items)}}đầu: {{name}}{{/first(items)}}|{{count(items)}}|{{#mixed}}({{name}}{{.}}){{/mixed}}
    Thẻ: {{#card}}{{name}}{{/card}}|{{count(labels)}}|{{#empty(empty)}}trống{{/empty(empty)}}|{{#sorted(labels)}}{{key}}={{value}};{{/sorted(labels)}}
    """

  @Test func templatesSeeTheSameDataAsThroughADictionary() throws {
    var library = MustacheLibrary()
    library.register(try MustacheTemplate(string: template), named: "t")
    let direct = library.render(data, withTemplate: "t")
    let wrapped = library.render(TemplateObject(values: data), withTemplate: "t")
    #expect(wrapped == direct)
    // The template did reach the nested values (a guard against both renderings being empty).
    #expect(wrapped?.contains("Đăng ký khai sinh/Thủ tục &lt;hộ tịch&gt;/sâu:procedure") == true)
    #expect(wrapped?.contains("[Một:có phí<10.000 đồng>,<Miễn phí>Thủ tục") == true)
    #expect(wrapped?.contains("a=A;b=Bê;") == true)
  }
}
