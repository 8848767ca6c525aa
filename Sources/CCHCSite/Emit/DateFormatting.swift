import CCHCCore
import Foundation

/// Dates as Vietnamese readers and machines expect them, in the site's time zone.
public struct DateFormatting: Sendable {
  /// The site's time zone.
  public let timeZone: TimeZone
  private let calendar: Calendar

  /// Creates a formatter for one time zone.
  public init(timeZone: TimeZone) {
    self.timeZone = timeZone
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    self.calendar = calendar
  }

  /// The local date and time of an instant, in whole seconds.
  struct Parts {
    var year, month, day, hour, minute, second: Int
  }

  /// The local date and time of an instant (`CivilCalendar`; Foundation's calendar before 1583).
  func parts(_ date: Date) -> Parts {
    let local = Int((date.timeIntervalSince1970).rounded(.down)) + timeZone.secondsFromGMT(for: date)
    let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    let seconds = local - days * 86_400
    let (year, month, day) = CivilCalendar.date(days: days)
    guard year >= CivilCalendar.firstYear else {
      let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
      return Parts(year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute!, second: p.second!)
    }
    return Parts(year: year, month: month, day: day, hour: seconds / 3600, minute: seconds / 60 % 60, second: seconds % 60)
  }

  /// `22/01/2026`.
  public func display(_ date: ContentDate) -> String {
    let p = parts(date.instant)
    return "\(pad(p.day))/\(pad(p.month))/\(p.year)"
  }

  /// `2026-01-22` for a date, `2026-01-22T08:30:00+07:00` for a date-time.
  public func iso(_ date: ContentDate) -> String {
    let p = parts(date.instant)
    let day = "\(p.year)-\(pad(p.month))-\(pad(p.day))"
    guard date.hasTime else { return day }
    return day + "T\(pad(p.hour)):\(pad(p.minute)):\(pad(p.second))" + offset(date.instant, separator: ":")
  }

  /// The zone offset at an instant: `+07:00` (or `+0700` with an empty separator).
  public func offset(_ date: Date, separator: String) -> String {
    let seconds = timeZone.secondsFromGMT(for: date)
    let sign = seconds < 0 ? "-" : "+"
    let minutes = abs(seconds) / 60
    return "\(sign)\(pad(minutes / 60))\(separator)\(pad(minutes % 60))"
  }

  func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
