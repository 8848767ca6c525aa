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
    func share(image: ShareImage? = nil, publishedTime: String? = nil, section: String? = nil, jsonLD: String? = nil) -> ShareData {
      ShareData(
        type: "article", title: "Hội nghị \"CCHC\" <2026> & 'một cửa'", description: "Mô tả",
        url: "https://xa.gov.vn/tin-bai/hoi-nghi/", facebookURL: "", zaloURL: "", image: image, publishedTime: publishedTime,
        section: section, jsonLD: jsonLD)
    }
    let variants = [
      share(),
      share(
        image: ShareImage(url: "https://xa.gov.vn/tep/anh.jpg?a=1&b=2", alt: "Ảnh \"hội trường\"", width: 1200, height: 630),
        publishedTime: "2026-11-20T08:00:00+07:00", section: "Tin hoạt động",
        jsonLD: #"{"@type":"NewsArticle","headline":"\u003cb\u003e"}"#),
      share(image: ShareImage(url: "https://xa.gov.vn/assets/chia-se.png", alt: "CCHC"), section: ""),
      share(image: ShareImage(url: "https://xa.gov.vn/a.png", alt: "", width: 0)),
    ]
    for share in variants {
      let expected = try #require(library.render(SharePage(share: share), withTemplate: "block"))
      #expect(ContextBuilder.metaHTML(share) + "\n" == expected)
    }
  }

  /// The block's data: a page holding only `share`.
  struct SharePage: TemplateData {
    var share: ShareData
    func child(named name: String) -> Any? { name == "share" ? share : nil }
  }
}
