import Foundation

/// An instant as the local date and time of a zone, for the dates cchc writes into files and
/// messages (`2026-12-07`, "08:30 ngày 07/12/2026").
public struct LocalTime: Sendable, Equatable {
  public var year: Int, month: Int, day: Int, hour: Int, minute: Int

  /// The local date and time of `date` in `zone`.
  public init(_ date: Date, in zone: TimeZone) {
    let local = Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: date)
    let days = Int((Double(local) / 86_400).rounded(.down))
    (year, month, day) = CivilCalendar.date(days: days)
    let seconds = local - days * 86_400
    (hour, minute) = (seconds / 3600, seconds / 60 % 60)
  }

  static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  /// "2026-12-07".
  public var isoDay: String { "\(year)-\(Self.pad(month))-\(Self.pad(day))" }
  /// "08:30".
  public var clock: String { "\(Self.pad(hour)):\(Self.pad(minute))" }
  /// "07/12/2026".
  public var spokenDay: String { "\(Self.pad(day))/\(Self.pad(month))/\(year)" }
}
