import Foundation

/// A span of days, both ends included, in the site's calendar.
public struct ReportPeriod: Sendable, Equatable {
  /// First and last day as days since 1970-01-01 (`CivilCalendar.days`).
  public var first: Int
  public var last: Int
  /// "Quý 4/2026", "Tháng 11/2026", "01/10/2026 – 31/12/2026".
  public var label: String

  /// Quarter `quarter` (1–4) of `year`.
  public static func quarter(_ quarter: Int, year: Int) -> ReportPeriod {
    let firstMonth = (quarter - 1) * 3 + 1
    return ReportPeriod(
      first: CivilCalendar.days(year: year, month: firstMonth, day: 1),
      last: CivilCalendar.days(year: year, month: firstMonth + 2, day: CivilCalendar.daysIn(month: firstMonth + 2, year: year)),
      label: "Quý \(quarter)/\(year)")
  }

  /// Month `month` of `year`.
  public static func month(_ month: Int, year: Int) -> ReportPeriod {
    ReportPeriod(
      first: CivilCalendar.days(year: year, month: month, day: 1),
      last: CivilCalendar.days(year: year, month: month, day: CivilCalendar.daysIn(month: month, year: year)),
      label: "Tháng \(month)/\(year)")
  }

  /// The days from `first` to `last`.
  public static func days(_ first: Int, _ last: Int) -> ReportPeriod {
    ReportPeriod(first: first, last: last, label: "\(Self.spoken(first)) – \(Self.spoken(last))")
  }

  /// "07/12/2026".
  public static func spoken(_ day: Int) -> String {
    let (year, month, date) = CivilCalendar.date(days: day)
    return String(format: "%02d/%02d/%d", date, month, year)
  }

  /// The months the period touches, as (year, month), in order.
  public var months: [(year: Int, month: Int)] {
    var result: [(Int, Int)] = []
    var (year, month, _) = CivilCalendar.date(days: first)
    let end = CivilCalendar.date(days: last)
    while (year, month) <= (end.year, end.month) {
      result.append((year, month))
      (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
    }
    return result
  }

  /// The weeks (Monday to Sunday) that hold a day of the period, as their first days.
  public var weeks: [Int] {
    Array(stride(from: Self.monday(of: first), through: last, by: 7))
  }

  /// The Monday of the week that holds `day` (days since 1970-01-01, a Thursday).
  public static func monday(of day: Int) -> Int {
    day - ((day + 3) % 7 + 7) % 7
  }
}

/// What a unit published in a period, counted against its plan (`cchc bao-cao`): articles
/// (published ones only), by category, with audio, bulletins, dialogues, procedure changes.
public struct PublishingReport: Sendable {
  /// One month of the period (only its days inside the period count).
  public struct Month: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var articles = 0
    public var audio = 0
    public var bulletins = 0
    public var dialogues = 0
    public var byCategory: [String: Int] = [:]
  }

  /// One week (Monday to Sunday) that touches the period; a week across two months is one row.
  public struct Week: Sendable, Equatable {
    public var first: Int
    public var bulletins = 0
  }

  /// A target of the plan and what was done.
  public struct Target: Sendable, Equatable {
    /// What is counted and over which span ("Tin bài – tháng 11/2026").
    public var label: String
    public var target: Int
    public var actual: Int
    public var isMet: Bool { actual >= target }
  }

  /// A published item, as the report lists it.
  public struct Item: Sendable, Equatable {
    public var day: Int
    public var kind: String
    public var title: String
    public var path: String
  }

  public var period: ReportPeriod
  public var months: [Month]
  public var weeks: [Week]
  /// Procedures changed in the period (by `ngay_cap_nhat`), by status.
  public var procedureChanges: [ProcedureStatus: Int]
  /// The catalogue now: every procedure not withdrawn, and how many are online in full or in part.
  public var catalogueSize: Int
  public var fullyOnline: Int
  public var partlyOnline: Int
  public var targets: [Target]
  public var items: [Item]

  /// Counts `site` (built without drafts) over `period`.
  public init(site: Site, period: ReportPeriod) {
    self.period = period
    let zone = site.config.timeZone
    func day(_ date: ContentDate) -> Int {
      let local = LocalTime(date.instant, in: zone)
      return CivilCalendar.days(year: local.year, month: local.month, day: local.day)
    }
    let inPeriod = { (d: Int) in d >= period.first && d <= period.last }
    let plan = site.config.targets
    let isBulletin: (Article) -> Bool = { article in
      plan.bulletinCategory.map { article.categories.contains($0) } ?? (article.audio != nil)
    }
    var months = period.months.map { Month(year: $0.year, month: $0.month) }
    var weeks = period.weeks.map { Week(first: $0) }
    var items: [Item] = []
    let monthIndex = { (d: Int) -> Int? in
      let (y, m, _) = CivilCalendar.date(days: d)
      return months.firstIndex { $0.year == y && $0.month == m }
    }
    for rendered in site.articles where !rendered.document.isDraft && rendered.document.date.instant <= site.now.instant {
      let a = rendered.document
      let d = day(a.date)
      guard inPeriod(d), let m = monthIndex(d) else { continue }
      months[m].articles += 1
      if a.audio != nil { months[m].audio += 1 }
      for category in a.categories { months[m].byCategory[category, default: 0] += 1 }
      if isBulletin(a) {
        months[m].bulletins += 1
        if let w = weeks.lastIndex(where: { $0.first <= d }) { weeks[w].bulletins += 1 }
      }
      items.append(Item(day: d, kind: "Tin bài", title: a.title, path: rendered.path))
    }
    for dialogue in site.dialogues {
      let d = day(dialogue.document.date)
      guard inPeriod(d), let m = monthIndex(d) else { continue }
      months[m].dialogues += 1
      items.append(Item(day: d, kind: "Hỏi đáp", title: dialogue.document.title, path: dialogue.path))
    }
    var changes: [ProcedureStatus: Int] = [:]
    for procedure in site.procedures where procedure.document.status != .inForce {
      guard let updated = procedure.document.updated, inPeriod(day(updated)) else { continue }
      changes[procedure.document.status, default: 0] += 1
      let p = procedure.document
      items.append(Item(day: day(updated), kind: "Thủ tục: \(p.status.label.lowercased())", title: p.name, path: procedure.path))
    }
    let active = site.procedures.filter { !$0.document.status.isWithdrawn }
    self.months = months
    self.weeks = weeks
    procedureChanges = changes
    catalogueSize = active.count
    fullyOnline = active.filter { $0.document.onlineLevel == .full }.count
    partlyOnline = active.filter { $0.document.onlineLevel == .partial }.count
    self.items = items.sorted { ($0.day, $0.kind, $0.title) < ($1.day, $1.kind, $1.title) }
    targets = Self.targets(plan, months: months, weeks: weeks, period: period, categories: site.config.categories)
  }

  /// Each target of the plan against each month (week, quarter) of the period.
  static func targets(
    _ plan: PlanTargets, months: [Month], weeks: [Week], period: ReportPeriod, categories: [Category]
  ) -> [Target] {
    var result: [Target] = []
    for month in months {
      let when = "tháng \(month.month)/\(month.year)"
      if let n = plan.articlesPerMonth { result.append(Target(label: "Tin bài – \(when)", target: n, actual: month.articles)) }
      if let n = plan.audioPerMonth { result.append(Target(label: "Bài có âm thanh – \(when)", target: n, actual: month.audio)) }
      for category in categories {
        if let n = plan.perCategoryMonthly[category.slug] {
          result.append(Target(label: "\(category.name) – \(when)", target: n, actual: month.byCategory[category.slug] ?? 0))
        }
      }
    }
    if let n = plan.bulletinsPerWeek {
      for week in weeks {
        let label = "Bản tin – tuần \(ReportPeriod.spoken(week.first)) – \(ReportPeriod.spoken(week.first + 6))"
        result.append(Target(label: label, target: n, actual: week.bulletins))
      }
    }
    if let n = plan.dialoguesPerQuarter {
      var quarters: [(year: Int, quarter: Int, count: Int)] = []
      for month in months {
        let quarter = (month.month - 1) / 3 + 1
        if let last = quarters.last, last.year == month.year, last.quarter == quarter {
          quarters[quarters.count - 1].count += month.dialogues
        } else {
          quarters.append((month.year, quarter, month.dialogues))
        }
      }
      for q in quarters { result.append(Target(label: "Hỏi đáp, đối thoại – quý \(q.quarter)/\(q.year)", target: n, actual: q.count)) }
    }
    return result
  }
}
