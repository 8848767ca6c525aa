import Foundation
import Testing

@testable import CCHCSite

@Suite struct QRCodeTests {
  let url = "https://chilinh.haiphong.gov.vn/cai-cach-hanh-chinh/thu-tuc/1.001193/"

  @Test func encodesAURLAtLevelM() throws {
    let code = try #require(QRCode.encode(url))
    // 70 bytes at level M exceed version 4 (62 bytes): version 5, 37 modules a side.
    #expect(code.size == 37)
    #expect(code.modules.count == 37 * 37)
    // The three finder patterns: dark 7×7 rings around a dark 3×3 centre, in three corners.
    for (x, y) in [(0, 0), (30, 0), (0, 30)] {
      #expect(code.isDark(x, y) && code.isDark(x + 6, y + 6) && !code.isDark(x + 1, y + 1) && code.isDark(x + 3, y + 3))
    }
  }

  @Test func higherCorrectionNeedsMoreModules() throws {
    let low = try #require(QRCode.encode(url, correction: .low))
    let high = try #require(QRCode.encode(url, correction: .high))
    #expect(high.size > low.size)
  }

  @Test func svgHasQuietZoneAndCrispEdges() throws {
    let svg = try #require(QRCode.encode(url)).svg(title: "Mã QR <trang>")
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 45 45\""))
    #expect(svg.contains("shape-rendering=\"crispEdges\""))
    #expect(svg.contains("<title>Mã QR &lt;trang&gt;</title>"))
    #expect(svg.contains("M4 4h7v1h-7z"))  // the top-left finder starts after 4 quiet modules
  }

  @Test func tooMuchDataGivesNoCode() {
    #expect(QRCode.encode(String(repeating: "x", count: 5000)) == nil)
  }
}
