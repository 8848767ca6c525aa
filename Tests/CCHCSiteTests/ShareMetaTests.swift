import Mustache
import Testing

@testable import CCHCSite

@Suite struct ShareMetaTests {
  /// The block `head.mustache` used before `share.meta_html`: the tags must stay byte for byte.
  static let templateBlock = """
    {{#share}}
    <meta property="og:type" content="{{type}}">
    <meta property="og:title" content="{{title}}">
    <meta property="og:description" content="{{description}}">
    <meta property="og:url" content="{{url}}">
    {{#image}}
    <meta property="og:image" content="{{url}}">
    {{#width}}
    <meta property="og:image:width" content="{{.}}">
    {{/width}}
    {{#height}}
    <meta property="og:image:height" content="{{.}}">
    {{/height}}
    <meta property="og:image:alt" content="{{alt}}">
    <meta name="twitter:card" content="summary_large_image">
    {{/image}}
    {{#published_time}}
    <meta property="article:published_time" content="{{.}}">
    {{/published_time}}
    {{#section}}
    <meta property="article:section" content="{{.}}">
    {{/section}}
    {{#json_ld}}
    <script type="application/ld+json">{{{.}}}</script>
    {{/json_ld}}
    {{/share}}

    """

  @Test func metaTagsAreWhatTheTemplateBlockPrinted() throws {
    FastHTML.register()
    var library = MustacheLibrary()
    library.register(try MustacheTemplate(string: FastHTML.pragma + Self.templateBlock), named: "block")
    let base: [String: Any] = [
      "type": "article", "title": "Hội nghị \"CCHC\" <2026> & 'một cửa'", "description": "Mô tả",
      "url": "https://xa.gov.vn/tin-bai/hoi-nghi/",
    ]
    let image: [String: Any] = ["url": "https://xa.gov.vn/tep/anh.jpg?a=1&b=2", "width": 1200, "height": 630, "alt": "Ảnh \"hội trường\""]
    var variants: [[String: Any]] = [base]
    variants.append(
      base.merging([
        "image": image, "published_time": "2026-11-20T08:00:00+07:00", "section": "Tin hoạt động",
        "json_ld": #"{"@type":"NewsArticle","headline":"\u003cb\u003e"}"#,
      ]) { $1 })
    variants.append(
      base.merging([
        "image": ["url": "https://xa.gov.vn/assets/chia-se.png", "alt": "CCHC"] as [String: Any],
        "section": "",
      ]) { $1 })
    variants.append(base.merging(["image": ["url": "https://xa.gov.vn/a.png", "width": 0, "alt": ""] as [String: Any]]) { $1 })
    for share in variants {
      let expected = try #require(library.render(["share": share], withTemplate: "block"))
      #expect(ContextBuilder.metaHTML(share) + "\n" == expected)
    }
  }
}
