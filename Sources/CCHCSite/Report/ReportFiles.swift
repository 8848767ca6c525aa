import CCHCCore
import CSV
import Foundation

/// The files of `cchc bao-cao --ra`: a printable HTML report (A4, with an SVG chart of
/// articles per month against the target), and the same numbers as CSV and as an Excel
/// workbook.
public enum ReportFiles {
  /// Writes `bao-cao-<period>.html`, `.csv` and `.xlsx` into `directory` (made when missing); returns
  /// their paths. Throws when the folder or a file cannot be written, or the theme lacks
  /// `report.mustache`.
  public static func write(_ report: PublishingReport, site: Site, theme: Theme, to directory: String) throws -> [String] {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let stem = directory + "/bao-cao-" + VietnameseText.slug(report.period.label)
    guard let html = theme.render("report", page(report, site: site)) else {
      throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: "report.mustache"])
    }
    try Data(html.utf8).write(to: URL(fileURLWithPath: stem + ".html"))
    try csv(report, site: site).write(to: URL(fileURLWithPath: stem + ".csv"))
    try Spreadsheet.xlsx(rows(report, site: site), sheet: "Báo cáo").write(to: URL(fileURLWithPath: stem + ".xlsx"))
    return [stem + ".html", stem + ".csv", stem + ".xlsx"]
  }

  /// The report's template data.
  static func page(_ report: PublishingReport, site: Site) -> ReportPage {
    let rows = report.months.map {
      ReportMonth(label: "\($0.month)/\($0.year)", articles: $0.articles, audio: $0.audio, bulletins: $0.bulletins, dialogues: $0.dialogues)
    }
    let sum = { (value: (PublishingReport.Month) -> Int) in report.months.map(value).reduce(0, +) }
    return ReportPage(
      unit: site.config.unitName, period: report.period.label, months: rows,
      total: ReportMonth(
        label: "Cả kỳ", articles: sum(\.articles), audio: sum(\.audio), bulletins: sum(\.bulletins), dialogues: sum(\.dialogues)),
      monthLabels: report.months.map { "\($0.month)/\($0.year)" },
      categories: site.config.categories.map { category in
        ReportCategory(name: category.name, counts: report.months.map { $0.byCategory[category.slug] ?? 0 })
      },
      changes: changes(report), catalogue: catalogue(report),
      targets: report.targets.map { ReportTarget(label: $0.label, target: $0.target, actual: $0.actual) },
      items: report.items.map {
        ReportItem(date: ReportPeriod.spoken($0.day), kind: $0.kind, title: $0.title, url: site.routes.absolute($0.path))
      },
      chart: chart(report, target: site.config.targets.articlesPerMonth))
  }

  static func changes(_ report: PublishingReport) -> String {
    [ProcedureStatus.new, .amended, .replaced, .abolished].map { "\($0.label.lowercased()) \(report.procedureChanges[$0] ?? 0)" }
      .joined(separator: ", ")
  }

  static func catalogue(_ report: PublishingReport) -> String {
    "\(report.catalogueSize) thủ tục, \(report.fullyOnline) trực tuyến toàn trình, \(report.partlyOnline) trực tuyến một phần"
  }

  /// Bars of articles per month on a 640 × 240 plot, scaled so the tallest bar or the target
  /// line reaches the top.
  static func chart(_ report: PublishingReport, target: Int?) -> ReportChart {
    let (width, height, left, top, baseline) = (640, 240, 40, 20, 210)
    let top_ = max(report.months.map(\.articles).max() ?? 0, target ?? 0, 1)
    let slot = (width - left - 10) / max(report.months.count, 1)
    let scale = { (value: Int) in (baseline - top) * value / top_ }
    let bars = report.months.enumerated().map { index, month in
      ReportBar(
        x: left + index * slot + slot / 5, y: baseline - scale(month.articles), width: slot * 3 / 5, height: scale(month.articles),
        value: month.articles, label: "\(month.month)/\(month.year)")
    }
    return ReportChart(
      width: width, height: height, baseline: baseline, bars: bars, targetY: target.map { baseline - scale($0) }, target: target)
  }

  /// A cell of the CSV and the spreadsheet.
  enum Cell: Equatable {
    case text(String)
    case number(Int)

    var text: String {
      switch self {
      case .text(let text): text
      case .number(let number): String(number)
      }
    }
  }

  /// The numbers as rows: the months, the targets, then the items, each table under its own
  /// header row (what the CSV and the spreadsheet hold).
  static func rows(_ report: PublishingReport, site: Site) -> [[Cell]] {
    var rows: [[Cell]] = [[.text("Báo cáo đăng tin"), .text(report.period.label), .text(site.config.unitName)]]
    rows.append(["Tháng", "Tin bài", "Bài có âm thanh", "Bản tin", "Hỏi đáp, đối thoại"].map(Cell.text))
    for month in report.months {
      rows.append(
        [.text("\(month.month)/\(month.year)")] + [month.articles, month.audio, month.bulletins, month.dialogues].map(Cell.number))
    }
    rows.append([.text("Chuyên mục")] + report.months.map { .text("\($0.month)/\($0.year)") })
    for category in site.config.categories {
      rows.append([.text(category.name)] + report.months.map { .number($0.byCategory[category.slug] ?? 0) })
    }
    rows.append([.text("Thủ tục thay đổi"), .text(changes(report))])
    rows.append([.text("Danh mục thủ tục"), .text(catalogue(report))])
    rows.append(["Chỉ tiêu", "Kế hoạch", "Đã thực hiện", "Đạt"].map(Cell.text))
    for target in report.targets {
      rows.append([.text(target.label), .number(target.target), .number(target.actual), .text(target.isMet ? "Đạt" : "Chưa đạt")])
    }
    rows.append(["Ngày", "Loại", "Tiêu đề", "Địa chỉ"].map(Cell.text))
    for item in report.items {
      rows.append([ReportPeriod.spoken(item.day), item.kind, item.title, site.routes.absolute(item.path)].map(Cell.text))
    }
    return rows
  }

  /// The rows as CSV (UTF-8 with a byte order mark, so that Excel reads the diacritics).
  static func csv(_ report: PublishingReport, site: Site) throws -> Data {
    let writer = try CSVWriter(stream: .toMemory())
    for row in rows(report, site: site) { try writer.write(row: row.map(\.text)) }
    writer.stream.close()
    let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    return Data([0xEF, 0xBB, 0xBF]) + data
  }
}
