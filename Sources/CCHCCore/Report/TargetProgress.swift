import Foundation

/// How the current month and week stand against the plan's targets, for `cchc check` and
/// `cchc serve` ("Tháng 12/2026: đã đăng 2/4 bài"). Only targets not yet met are listed.
public enum TargetProgress {
  /// One line per monthly or weekly target still short on `today`.
  public static func behind(site: Site, today: Date) -> [String] {
    let local = LocalTime(today, in: site.config.timeZone)
    let day = CivilCalendar.days(year: local.year, month: local.month, day: local.day)
    let month = ReportPeriod.month(local.month, year: local.year)
    let daysLeft = month.last - day
    let left = daysLeft > 0 ? " (tháng còn \(daysLeft) ngày)" : ""
    var lines: [String] = []
    let report = PublishingReport(site: site, period: month)
    let plan = site.config.targets
    if let row = report.months.first {
      let when = "Tháng \(local.month)/\(local.year)"
      if let n = plan.articlesPerMonth, row.articles < n { lines.append("\(when): đã đăng \(row.articles)/\(n) bài\(left)") }
      if let n = plan.audioPerMonth, row.audio < n { lines.append("\(when): đã đăng \(row.audio)/\(n) bài có âm thanh\(left)") }
      for category in site.config.categories {
        if let n = plan.perCategoryMonthly[category.slug], (row.byCategory[category.slug] ?? 0) < n {
          lines.append("\(when): chuyên mục \(category.name) đã có \(row.byCategory[category.slug] ?? 0)/\(n) bài\(left)")
        }
      }
    }
    if let n = plan.bulletinsPerWeek {
      let monday = ReportPeriod.monday(of: day)
      let week = PublishingReport(site: site, period: .days(monday, monday + 6))
      let count = week.months.map(\.bulletins).reduce(0, +)
      if count < n {
        lines.append("Tuần \(ReportPeriod.spoken(monday)) – \(ReportPeriod.spoken(monday + 6)): đã đăng \(count)/\(n) bản tin")
      }
    }
    return lines
  }
}
