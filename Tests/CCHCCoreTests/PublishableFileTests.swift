import Foundation
import Testing

@testable import CCHCCore

/// What `tep/` may publish, by extension and first bytes, and which SVG files are only pictures.
@Suite struct PublishableFileTests {
  func problem(_ path: String, _ bytes: [UInt8]) -> String? { PublishableFile.problem(relativePath: path, bytes: Data(bytes)) }

  @Test func acceptsTheKindsAPortalPublishes() {
    #expect(problem("tep/a.jpg", [0xFF, 0xD8, 0xFF, 0xE0]) == nil)
    #expect(problem("tep/a.PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) == nil)
    #expect(problem("tep/a.mp3", Array("ID3\u{3}".utf8)) == nil)
    #expect(problem("tep/a.m4a", [0, 0, 0, 0x20] + Array("ftypM4A ".utf8)) == nil)
    #expect(problem("tep/a.pdf", Array("%PDF-1.7".utf8)) == nil)
    #expect(problem("tep/a.xlsx", [0x50, 0x4B, 0x03, 0x04]) == nil)
    #expect(problem("tep/a.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) == nil)
    #expect(problem("tep/a.csv", Array("Tháng,Số\n11,2\n".utf8)) == nil)
  }

  @Test func refusesOtherKindsAndMisnamedFiles() {
    #expect(problem("tep/a.html", Array("<html>".utf8))?.contains("loại tệp .html") == true)
    #expect(problem("tep/a.js", Array("alert(1)".utf8))?.contains("loại tệp .js") == true)
    #expect(problem("tep/chay", [0x7F, 0x45, 0x4C, 0x46])?.contains("không có đuôi") == true)
    #expect(
      problem("tep/a.pdf", [0xFF, 0xD8, 0xFF, 0xE0])?.contains("nội dung là ảnh JPEG; nếu đúng tệp cần đăng, hãy đổi đuôi thành .jpg")
        == true)
    #expect(problem("tep/a.txt", Array("<!DOCTYPE html><script>".utf8)) != nil, "a page renamed .txt")
    #expect(problem("tep/a.svg", Array("%PDF-1.4".utf8)) != nil)
  }

  @Test(arguments: [
    "<svg onload=\"x()\"/>", "<svg><g\nonclick='x()'/></svg>", "<svg><script>x()</script></svg>",
    "<svg><foreignObject><div/></foreignObject></svg>", "<svg><a href=\"javascript:x()\"/></svg>",
    "<svg><image xlink:href=\"http://example.com/a.png\"/></svg>", "<svg><rect style=\"fill:url(https://e.com/#a)\"/></svg>",
    "<!DOCTYPE svg [<!ENTITY x \"y\">]><svg/>", "<svg><style>@import url(a.css);</style></svg>",
  ])
  func refusesActiveSVG(svg: String) {
    #expect(SVGSafety.problem(svg) != nil, "\(svg)")
  }

  @Test(arguments: [
    "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"url(#g)\"/><use href=\"#a\"/></svg>",
    "<svg><text>onion = hành tây</text></svg>", "<svg><image href=\"data:image/png;base64,AAAA\"/></svg>",
  ])
  func acceptsPictures(svg: String) {
    #expect(SVGSafety.problem(svg) == nil, "\(svg)")
  }
}
