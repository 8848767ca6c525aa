import Foundation
import Testing
@testable import CCHCCore

@Suite struct ContentDateTests {
  let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

  @Test func dateOnlyIsMidnightInSiteZone() throws {
    let date = try #require(ContentDate.parse("2026-01-22", timeZone: zone))
    #expect(!date.hasTime)
    #expect(date.instant.timeIntervalSince1970 == 1_769_014_800)  // 2026-01-21T17:00:00Z
  }

  @Test func dateTimeForms() throws {
    let a = try #require(ContentDate.parse("2026-01-22 08:30", timeZone: zone))
    let b = try #require(ContentDate.parse("2026-01-22T08:30:00+07:00", timeZone: zone))
    let c = try #require(ContentDate.parse("2026-01-22T01:30:00Z", timeZone: zone))
    let d = try #require(ContentDate.parse("22/01/2026", timeZone: zone))
    #expect(a.instant == b.instant && b.instant == c.instant)
    #expect(a.hasTime && !d.hasTime)
  }

  @Test(arguments: ["2026-13-01", "2026-02-30", "hôm qua", "2026-01-22 25:00", "2026-1-2"])
  func rejectsInvalid(text: String) {
    #expect(ContentDate.parse(text, timeZone: zone) == nil)
  }
}
