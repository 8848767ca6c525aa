/// The printable publishing report (`cchc bao-cao --ra`), as `report.mustache` sees it.
public final class ReportPage: TemplateData {
  let unit: String
  let period: String
  let months: [ReportMonth]
  let total: ReportMonth
  let monthLabels: [String]
  let categories: [ReportCategory]
  let changes: String
  let catalogue: String
  let targets: [ReportTarget]
  let items: [ReportItem]
  let chart: ReportChart

  init(
    unit: String, period: String, months: [ReportMonth], total: ReportMonth, monthLabels: [String],
    categories: [ReportCategory], changes: String, catalogue: String,
    targets: [ReportTarget], items: [ReportItem], chart: ReportChart
  ) {
    self.unit = unit
    self.period = period
    self.months = months
    self.total = total
    self.monthLabels = monthLabels
    self.categories = categories
    self.changes = changes
    self.catalogue = catalogue
    self.targets = targets
    self.items = items
    self.chart = chart
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "unit": unit
    case "period": period
    case "months": months
    case "total": total
    case "month_labels": monthLabels
    case "categories": categories.isEmpty ? nil : categories
    case "changes": changes
    case "catalogue": catalogue
    case "targets": targets.isEmpty ? nil : targets
    case "items": items.isEmpty ? nil : items
    case "chart": chart
    default: nil
    }
  }
}

/// A row of the report's table: a month, or the whole period.
public final class ReportMonth: TemplateData {
  let label: String
  let articles: Int
  let audio: Int
  let bulletins: Int
  let dialogues: Int

  init(label: String, articles: Int, audio: Int, bulletins: Int, dialogues: Int) {
    self.label = label
    self.articles = articles
    self.audio = audio
    self.bulletins = bulletins
    self.dialogues = dialogues
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "label": label
    case "articles": articles
    case "audio": audio
    case "bulletins": bulletins
    case "dialogues": dialogues
    default: nil
    }
  }
}

/// A target of the plan and what was done.
public final class ReportTarget: TemplateData {
  let label: String
  let target: Int
  let actual: Int
  let isMet: Bool

  init(label: String, target: Int, actual: Int) {
    self.label = label
    self.target = target
    self.actual = actual
    self.isMet = actual >= target
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "label": label
    case "target": target
    case "actual": actual
    case "is_met": isMet
    case "shortfall": isMet ? nil : target - actual
    default: nil
    }
  }
}

/// An item published in the period.
public final class ReportItem: TemplateData {
  let date: String
  let kind: String
  let title: String
  let url: String

  init(date: String, kind: String, title: String, url: String) {
    self.date = date
    self.kind = kind
    self.title = title
    self.url = url
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "date": date
    case "kind": kind
    case "title": title
    case "url": url
    default: nil
    }
  }
}

/// The SVG chart of articles per month against the monthly target, laid out in user units.
public final class ReportChart: TemplateData {
  let width: Int
  let height: Int
  let baseline: Int
  let bars: [ReportBar]
  /// The target line's height, when the plan has a monthly target.
  let targetY: Int?
  let target: Int?

  init(width: Int, height: Int, baseline: Int, bars: [ReportBar], targetY: Int?, target: Int?) {
    self.width = width
    self.height = height
    self.baseline = baseline
    self.bars = bars
    self.targetY = targetY
    self.target = target
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "width": width
    case "height": height
    case "baseline": baseline
    case "bars": bars
    case "target_y": targetY
    case "target": target
    case "right": width - 10
    default: nil
    }
  }
}

/// One bar of the chart: a month's articles.
public final class ReportBar: TemplateData {
  let x: Int
  let y: Int
  let width: Int
  let height: Int
  let value: Int
  let label: String

  init(x: Int, y: Int, width: Int, height: Int, value: Int, label: String) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
    self.value = value
    self.label = label
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "x": x
    case "y": y
    case "width": width
    case "height": height
    case "value": value
    case "label": label
    case "center": x + width / 2
    default: nil
    }
  }
}

/// A category's articles, month by month.
public final class ReportCategory: TemplateData {
  let name: String
  let counts: [Int]

  init(name: String, counts: [Int]) {
    self.name = name
    self.counts = counts
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "counts": counts
    default: nil
    }
  }
}
