import Foundation

/// Dates as Vietnamese offices write them, and why a date is refused.
extension ContentDate {
  /// Why a date was refused, in words an editor understands.
  public struct Problem: Error, Sendable, Equatable {
    /// The explanation, e.g. "tháng 11 chỉ có 30 ngày".
    public var reason: String
  }

  /// Reads `text` as `parse` does, and also the forms offices write: `07/12/2026 08:30`,
  /// `7/12/2026 8h30`, `8h30 ngày 07/12/2026`, `07-12-2026`, `07.12.2026`, `2026-12-07 8:30`,
  /// `8 giờ 30`; a date that does not exist is refused with the reason (31/11: November has
  /// 30 days).
  public static func read(_ text: String, timeZone: TimeZone) -> Result<ContentDate, Problem> {
    if let date = parse(text, timeZone: timeZone) { return .success(date) }
    guard let parts = VietnameseDateText(text) else {
      return .failure(Problem(reason: "không đọc được ngày; hãy viết 07/12/2026, 07/12/2026 08:30 hoặc 2026-12-07 08:30"))
    }
    if let reason = parts.problem { return .failure(Problem(reason: reason)) }
    guard
      let date = make(
        year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute,
        second: parts.second, zone: timeZone, hasTime: parts.hasTime)
    else { return .failure(Problem(reason: "ngày này không có trong lịch")) }
    return .success(date)
  }
}

/// The day, month, year and time of day read from free Vietnamese date text, before checking
/// that they exist.
struct VietnameseDateText {
  var year = 0, month = 0, day = 0
  var hour = 0, minute = 0, second = 0
  var hasTime = false

  /// Words around the numbers that carry no value ("ngày 07/12/2026 lúc 8h30").
  static let fillers: Set<String> = ["ngày", "ngay", "lúc", "luc", "vào", "vao", "hồi", "hoi"]

  /// Reads one date and at most one time, in either order; nil when the text is not of that shape.
  init?(_ text: String) {
    let spaced = Self.joinHourWords(text.lowercased().replacingOccurrences(of: ",", with: " "))
    var foundDate = false
    for token in spaced.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) {
      if Self.fillers.contains(token) { continue }
      if !foundDate, let (y, m, d) = Self.date(token) {
        (year, month, day) = (y, m, d)
        foundDate = true
      } else if !hasTime, let (h, mi, s) = Self.time(token) {
        (hour, minute, second) = (h, mi, s)
        hasTime = true
      } else {
        return nil
      }
    }
    if !foundDate { return nil }
  }

  /// "8 giờ 30 phút", "8 h 30", "8g30" → "8h30".
  static func joinHourWords(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    words.removeAll { $0 == "phút" || $0 == "phut" }
    var joined: [String] = []
    var index = 0
    while index < words.count {
      let word = words[index]
      if ["giờ", "gio", "h", "g"].contains(word), let last = joined.last, last.allSatisfy(\.isNumber) {
        joined[joined.count - 1] = last + "h"
        if index + 1 < words.count, words[index + 1].allSatisfy(\.isNumber) {
          joined[joined.count - 1] += words[index + 1]
          index += 1
        }
      } else if let hourWord = ["giờ", "gio"].first(where: { word.hasSuffix($0) && word.dropLast($0.count).allSatisfy(\.isNumber) }) {
        joined.append(String(word.dropLast(hourWord.count)) + "h")
      } else {
        joined.append(word)
      }
      index += 1
    }
    return joined.joined(separator: " ")
  }

  /// `07/12/2026`, `7-12-2026`, `07.12.2026` (day first) or `2026-12-07` (year first).
  static func date(_ token: String) -> (Int, Int, Int)? {
    for separator in ["/", "-", "."] {
      let parts = token.split(separator: Character(separator), omittingEmptySubsequences: false)
      guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
        continue
      }
      let numbers = parts.compactMap { Int($0) }
      if parts[0].count == 4 && separator == "-" && parts[1].count <= 2 && parts[2].count <= 2 {
        return (numbers[0], numbers[1], numbers[2])
      }
      if parts[0].count <= 2 && parts[1].count <= 2 && parts[2].count == 4 { return (numbers[2], numbers[1], numbers[0]) }
    }
    return nil
  }

  /// `08:30`, `8:30:15`, `8h30`, `8h`, `8g30`.
  static func time(_ token: String) -> (Int, Int, Int)? {
    var text = Substring(token)
    guard let hourEnd = text.firstIndex(where: { !($0.isASCII && $0.isNumber) }), hourEnd != text.startIndex,
      let hour = Int(text[..<hourEnd]), text.distance(from: text.startIndex, to: hourEnd) <= 2
    else { return nil }
    let mark = text[hourEnd]
    guard mark == ":" || mark == "h" || mark == "g" else { return nil }
    text = text[text.index(after: hourEnd)...]
    if text.isEmpty { return mark == ":" ? nil : (hour, 0, 0) }
    let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
    guard pieces.count <= 2, pieces.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
    return (hour, Int(pieces[0])!, pieces.count == 2 ? Int(pieces[1])! : 0)
  }

  /// Why these numbers are not a date and time that exist; nil when they are.
  var problem: String? {
    if !(1...12).contains(month) {
      let swapped = (1...12).contains(day) ? "; ngày viết theo thứ tự ngày/tháng/năm, ví dụ 07/12/2026" : ""
      return "tháng \(month) không có (tháng từ 1 đến 12)\(swapped)"
    }
    let days = CivilCalendar.daysIn(month: month, year: year)
    if day < 1 || day > days {
      if month == 2 && day == 29 { return "năm \(year) không nhuận, tháng 2 chỉ có 28 ngày" }
      return "tháng \(month) năm \(year) chỉ có \(days) ngày"
    }
    if hour > 23 || minute > 59 || second > 59 {
      return "giờ \(hour):\(minute < 10 ? "0" : "")\(minute) không có (giờ từ 0 đến 23, phút từ 0 đến 59)"
    }
    return nil
  }
}
