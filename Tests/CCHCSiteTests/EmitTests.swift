import CCHCCore
import Foundation
import Testing

@testable import CCHCSite

@Suite struct EscapeTests {
  @Test func xmlEscapesMarkupAndQuotes() {
    #expect(Escape.xml("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;")
    #expect(Escape.xml("]]> 🎉 Đăng ký") == "]]&gt; 🎉 Đăng ký")
  }

  @Test func jsonLDCannotCloseItsScript() throws {
    let text = "</script><script>alert(1)</script> & \u{2028}"
    let json = JSONLD.serialize(["name": .string(text)])
    #expect(!json.contains("<"))
    #expect(!json.contains(">"))
    #expect(!json.contains("&"))
    let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
    #expect(decoded?["name"] == text)
  }

  @Test func shareLinksCarryTheURL() throws {
    let url = "https://xa.gov.vn/cchc/thu-tuc/1.001193/"
    #expect(
      ShareLinks.facebook(url) == "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fxa.gov.vn%2Fcchc%2Fthu-tuc%2F1.001193%2F")
    let zalo = try #require(URLComponents(string: ShareLinks.zalo(url)))
    let token = try #require(zalo.queryItems?.first { $0.name == "d" }?.value)
    let payload = try #require(Data(base64Encoded: token))
    let object = try JSONSerialization.jsonObject(with: payload) as? [String: String]
    #expect(object?["url"] == url)
  }
}

@Suite struct DateFormattingTests {
  let dates = DateFormatting(timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)

  @Test func rfc822UsesEnglishNamesAndNumericZone() throws {
    let date = try #require(ContentDate.parse("2026-01-20 08:00", timeZone: dates.timeZone))
    #expect(dates.rfc822(date.instant) == "Tue, 20 Jan 2026 08:00:00 +0700")
  }

  @Test func displayAndISO() throws {
    let day = try #require(ContentDate.parse("2026-01-02", timeZone: dates.timeZone))
    let time = try #require(ContentDate.parse("2026-01-02 07:05", timeZone: dates.timeZone))
    #expect(dates.display(day) == "02/01/2026")
    #expect(dates.iso(day) == "2026-01-02")
    #expect(dates.iso(time) == "2026-01-02T07:05:00+07:00")
  }

  /// The arithmetic gives Foundation's calendar's local date and time, every 7 h 13 min 7 s
  /// from 1890 to 2110, in zones with and without summer time.
  @Test(arguments: ["Asia/Ho_Chi_Minh", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe"])
  func partsMatchTheCalendar(zoneName: String) throws {
    let zone = try #require(TimeZone(identifier: zoneName))
    let dates = DateFormatting(timeZone: zone)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    var instant = -2_524_521_600.0  // 1890-01-01
    while instant < 4_418_236_800 {  // 2110-01-01
      let date = Date(timeIntervalSince1970: instant)
      let p = dates.parts(date)
      let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
      #expect(
        [p.year, p.month, p.day, p.hour, p.minute, p.second] == [c.year, c.month, c.day, c.hour, c.minute, c.second],
        "\(zoneName) \(instant)")
      instant += 25_987
    }
  }
}

@Suite struct AssetTests {
  @Test func hashedNamesFollowContent() {
    let a = ThemeAsset(name: "style.css", data: Data("body{}".utf8))
    let b = ThemeAsset(name: "style.css", data: Data("body{color:red}".utf8))
    #expect(a.outputPath.hasPrefix("assets/style."))
    #expect(a.outputPath.hasSuffix(".css"))
    #expect(a.outputPath != b.outputPath)
    #expect(a.outputPath == ThemeAsset(name: "style.css", data: Data("body{}".utf8)).outputPath)
  }

  @Test func readsPNGAndJPEGSizes() {
    var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
    png += [0, 0, 0x04, 0xB0, 0, 0, 0x02, 0x76]  // 1200 x 630
    #expect(ImageSize.of(Data(png))! == (1200, 630))
    // SOI, APP0 (length 16), SOF0 with height 630 and width 1200.
    var jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + [UInt8](repeating: 0, count: 14)
    jpeg += [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x02, 0x76, 0x04, 0xB0, 0x03, 0, 0, 0, 0, 0, 0, 0, 0]
    #expect(ImageSize.of(Data(jpeg))! == (1200, 630))
    #expect(ImageSize.of(Data("not an image".utf8)) == nil)
  }

  @Test func mediaTypes() {
    #expect(MediaType.of("tep/a.mp3") == "audio/mpeg")
    #expect(MediaType.of("tep/A.JPG") == "image/jpeg")
    #expect(MediaType.of("tep/to-khai.docx") == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
  }
}

@Suite struct RSSFeedTests {
  @Test func writesChannelAndItems() throws {
    let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
    let date = try #require(ContentDate.parse("2026-01-20 08:00", timeZone: zone)).instant
    let feed = RSSFeed(
      title: "A & B", link: "https://x.vn/c/tin-bai/", description: "Mô tả", path: "rss.xml",
      items: [
        .init(
          title: "<Tin>", link: "https://x.vn/c/tin-bai/a/", published: date, summary: "Tóm tắt",
          contentHTML: "<p>x</p>", categories: ["Chuyên mục"],
          enclosure: .init(url: "https://x.vn/c/tep/a.mp3", length: 42, type: "audio/mpeg"))
      ])
    let xml = feed.xml(base: BaseURL(origin: "https://x.vn", path: "/c/"), dates: DateFormatting(timeZone: zone))
    #expect(xml.contains("<title>A &amp; B</title>"))
    #expect(xml.contains("<atom:link href=\"https://x.vn/c/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>"))
    #expect(xml.contains("<lastBuildDate>Tue, 20 Jan 2026 08:00:00 +0700</lastBuildDate>"))
    #expect(xml.contains("<guid isPermaLink=\"true\">https://x.vn/c/tin-bai/a/</guid>"))
    #expect(xml.contains("<title>&lt;Tin&gt;</title>"))
    #expect(xml.contains("<enclosure url=\"https://x.vn/c/tep/a.mp3\" length=\"42\" type=\"audio/mpeg\"/>"))
  }
}

@Suite struct FeedHTMLTests {
  @Test func linksBecomeAbsoluteAgainstThePage() {
    let html =
      ##"<a href="#muc">a</a><a href="/c/thu-tuc/1.001193/">b</a><a href="//dichvucong.gov.vn/p">c</a><img src="../../tep/a.jpg" alt=""><a href="https://x.vn/?a=1&amp;b=2">d</a>"##
    let out = FeedBuilder.absolutize(html, pageURL: "https://xa.gov.vn/c/tin-bai/bai/")
    #expect(out.contains(##"href="https://xa.gov.vn/c/tin-bai/bai/#muc""##))
    #expect(out.contains(##"href="https://xa.gov.vn/c/thu-tuc/1.001193/""##))
    #expect(out.contains(##"href="https://dichvucong.gov.vn/p""##))
    #expect(out.contains(##"src="https://xa.gov.vn/c/tep/a.jpg""##))
    #expect(out.contains(##"href="https://x.vn/?a=1&amp;b=2""##))
  }
}

@Suite struct FragmentTests {
  @Test func fragmentsLoseOnlyTheirLastLineEnd() {
    #expect(SiteEmitter.droppingLineEnd("<li>Một</li>\n") == "<li>Một</li>")
    #expect(SiteEmitter.droppingLineEnd("ạ\n\n") == "ạ\n")
    #expect(SiteEmitter.droppingLineEnd("\n") == "")
    #expect(SiteEmitter.droppingLineEnd("") == "")
    #expect(SiteEmitter.droppingLineEnd("không đổi") == "không đổi")
    // As `hasSuffix("\n")` and `dropLast()` decided before: "\r\n" is one character, kept.
    #expect(SiteEmitter.droppingLineEnd("dòng\r\n") == "dòng\r\n")
  }
}
