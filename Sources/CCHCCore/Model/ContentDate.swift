import Foundation

/// A date from front matter: an instant, and whether a time of day was written.
public struct ContentDate: Sendable, Equatable, Comparable {
  /// The instant (dates without a time are midnight in the site's zone).
  public var instant: Date
  /// Whether the text gave a time of day.
  public var hasTime: Bool

  /// Creates a content date.
  public init(instant: Date, hasTime: Bool) {
    self.instant = instant
    self.hasTime = hasTime
  }

  /// Orders by instant.
  public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool { lhs.instant < rhs.instant }

  /// Parses `2026-01-22`, `2026-01-22 08:30`, `2026-01-22T08:30:00`, with an optional zone
  /// (`Z`, `+07:00`, `+0700`), and `22/01/2026` as editors write it. Nil when invalid.
  public static func parse(_ text: String, timeZone: TimeZone) -> ContentDate? {
    let trimmed = text.trimmed
    if let date = parseDayFirst(trimmed, timeZone: timeZone) { return date }
    let scalars = Array(trimmed.unicodeScalars)
    var index = 0
    func number(_ digits: Int) -> Int? {
      guard index + digits <= scalars.count else { return nil }
      var value = 0
      for scalar in scalars[index..<(index + digits)] {
        guard scalar.value >= 0x30 && scalar.value <= 0x39 else { return nil }
        value = value * 10 + Int(scalar.value - 0x30)
      }
      index += digits
      return value
    }
    func expect(_ character: Unicode.Scalar) -> Bool {
      guard index < scalars.count, scalars[index] == character else { return false }
      index += 1
      return true
    }
    guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2) else { return nil }
    var hour = 0, minute = 0, second = 0
    var hasTime = false
    var zone: TimeZone = timeZone
    if index < scalars.count {
      guard scalars[index] == " " || scalars[index] == "T" else { return nil }
      index += 1
      guard let h = number(2), expect(":"), let m = number(2) else { return nil }
      hour = h; minute = m; hasTime = true
      if expect(":") {
        guard let s = number(2) else { return nil }
        second = s
        if expect(".") { while index < scalars.count, scalars[index].properties.numericType != nil { index += 1 } }
      }
      while index < scalars.count, scalars[index] == " " { index += 1 }
      if index < scalars.count {
        if expect("Z") {
          zone = TimeZone(secondsFromGMT: 0)!
        } else {
          let sign: Int
          if expect("+") { sign = 1 } else if expect("-") { sign = -1 } else { return nil }
          guard let zh = number(2) else { return nil }
          _ = expect(":")
          let zm = number(2) ?? 0
          zone = TimeZone(secondsFromGMT: sign * (zh * 3600 + zm * 60))!
        }
        guard index == scalars.count else { return nil }
      }
    }
    return make(year: year, month: month, day: day, hour: hour, minute: minute, second: second, zone: zone, hasTime: hasTime)
  }

  static func parseDayFirst(_ text: String, timeZone: TimeZone) -> ContentDate? {
    let parts = text.split(separator: "/")
    guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
      let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
    else { return nil }
    return make(year: year, month: month, day: day, hour: 0, minute: 0, second: 0, zone: timeZone, hasTime: false)
  }

  /// The instant of a local date and time in `zone`; nil when the date does not exist. Worked
  /// out with `CivilCalendar`; Foundation's calendar decides the rare cases where the two could
  /// differ: years before 1583 and times near a change of the zone's offset (summer time).
  static func make(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, zone: TimeZone, hasTime: Bool) -> ContentDate? {
    guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
    let viaCalendar = {
      calendarMake(year: year, month: month, day: day, hour: hour, minute: minute, second: second, zone: zone, hasTime: hasTime)
    }
    guard year >= CivilCalendar.firstYear else { return viaCalendar() }
    guard day <= CivilCalendar.daysIn(month: month, year: year) else { return nil }
    let local = TimeInterval(CivilCalendar.days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second)
    let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: local))
    let instant = Date(timeIntervalSince1970: local - TimeInterval(offset))
    // The same offset a day either side: no change of offset near this time.
    let around = [instant.addingTimeInterval(-86_400), instant, instant.addingTimeInterval(86_400)]
    guard around.allSatisfy({ zone.secondsFromGMT(for: $0) == offset }) else { return viaCalendar() }
    return ContentDate(instant: instant, hasTime: hasTime)
  }

  /// `make` through Foundation's Gregorian calendar.
  static func calendarMake(
    year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, zone: TimeZone, hasTime: Bool
  ) -> ContentDate? {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    guard let date = calendar.date(from: components) else { return nil }
    let check = calendar.dateComponents([.year, .month, .day], from: date)
    guard check.year == year, check.month == month, check.day == day else { return nil }
    return ContentDate(instant: date, hasTime: hasTime)
  }
}
