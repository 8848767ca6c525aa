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

  /// The arithmetic gives the calendar's instants, for every day of years around leap years
  /// and centuries, at times on both sides of summer-time changes.
  @Test(arguments: ["Asia/Ho_Chi_Minh", "Europe/Berlin", "America/New_York", "UTC"])
  func arithmeticMatchesTheCalendar(zoneName: String) throws {
    let zone = try #require(TimeZone(identifier: zoneName))
    for year in [1899, 1900, 1975, 2000, 2024, 2026, 2100] {
      for month in 1...12 {
        for day in 1...31 {
          for (hour, minute) in [(0, 0), (2, 30), (3, 0), (23, 59)] {
            let fast = ContentDate.make(
              year: year, month: month, day: day, hour: hour, minute: minute, second: 0,
              zone: zone, hasTime: true)
            let slow = ContentDate.calendarMake(
              year: year, month: month, day: day, hour: hour, minute: minute, second: 0,
              zone: zone, hasTime: true)
            #expect(fast == slow, "\(zoneName) \(year)-\(month)-\(day) \(hour):\(minute)")
          }
        }
      }
    }
  }

  @Test(arguments: ["2026-13-01", "2026-02-30", "hôm qua", "2026-01-22 25:00", "2026-1-2"])
  func rejectsInvalid(text: String) {
    #expect(ContentDate.parse(text, timeZone: zone) == nil)
  }
}
