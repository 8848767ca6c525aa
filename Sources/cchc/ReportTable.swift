import CCHCCore

/// The publishing report as the terminal shows it.
enum ReportTable {
  /// The summary: a row per month, the weeks when there is a weekly target, procedure changes,
  /// the catalogue, and each target met or missed.
  static func text(_ report: PublishingReport, site: Site) -> String {
    var lines = ["Báo cáo đăng tin \(report.period.label) – \(site.config.unitName)", ""]
    lines.append(row("Tháng", "Tin bài", "Âm thanh", "Bản tin", "Hỏi đáp"))
    for month in report.months {
      lines.append(row("\(month.month)/\(month.year)", "\(month.articles)", "\(month.audio)", "\(month.bulletins)", "\(month.dialogues)"))
    }
    let total = { (value: (PublishingReport.Month) -> Int) in "\(report.months.map(value).reduce(0, +))" }
    lines.append(row("Cả kỳ", total(\.articles), total(\.audio), total(\.bulletins), total(\.dialogues)))
    let counted = site.config.categories.filter { category in report.months.contains { $0.byCategory[category.slug] != nil } }
    if !counted.isEmpty {
      lines += ["", "Tin bài theo chuyên mục (" + report.months.map { "\($0.month)/\($0.year)" }.joined(separator: ", ") + "):"]
      for category in counted {
        lines.append("  \(category.name): " + report.months.map { "\($0.byCategory[category.slug] ?? 0)" }.joined(separator: ", "))
      }
    }
    let changes = [ProcedureStatus.new, .amended, .replaced, .abolished].map {
      "\($0.label.lowercased()) \(report.procedureChanges[$0] ?? 0)"
    }
    lines += [
      "", "Thủ tục thay đổi trong kỳ: " + changes.joined(separator: ", "),
      "Danh mục thủ tục: \(report.catalogueSize) thủ tục, \(report.fullyOnline) trực tuyến toàn trình, \(report.partlyOnline) trực tuyến một phần",
    ]
    if report.targets.isEmpty {
      lines += ["", "site.yml chưa có chỉ tiêu (chi_tieu)."]
    } else {
      lines += ["", "Chỉ tiêu:"]
      for target in report.targets {
        let mark = target.isMet ? "đạt" : "chưa đạt, thiếu \(target.target - target.actual)"
        lines.append("  \(target.label): \(target.actual)/\(target.target) (\(mark))")
      }
    }
    return lines.joined(separator: "\n")
  }

  static func row(_ cells: String...) -> String {
    cells.enumerated().map { index, cell in
      let width = index == 0 ? 10 : 9
      return cell + String(repeating: " ", count: max(1, width - cell.count))
    }.joined()
  }
}
