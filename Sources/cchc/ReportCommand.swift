import ArgumentParser
import CCHCCore
import CCHCSite
import Foundation

/// `cchc bao-cao`.
struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bao-cao",
    abstract: "Đếm tin bài, bản tin, hỏi đáp và thủ tục thay đổi trong một kỳ, so với chỉ tiêu trong site.yml.",
    discussion: """
      Ví dụ: cchc bao-cao --quy 4 --nam 2026
             cchc bao-cao --thang 11 --nam 2026
             cchc bao-cao --tu 2026-10-01 --den 2026-12-31
             cchc bao-cao --quy 4 --nam 2026 --ra bao-cao/
      Chỉ đếm bài đã đăng (không tính bản nháp, bài hẹn giờ chưa tới giờ). Chỉ ghi tệp khi có --ra.
      """,
    helpNames: [.short, .long]
  )

  @OptionGroup var site: SiteOptions

  @Option(name: .customLong("quy"), help: ArgumentHelp("Quý (1–4), cùng --nam.", valueName: "quý"))
  var quarter: Int?

  @Option(name: .customLong("thang"), help: ArgumentHelp("Tháng (1–12), cùng --nam.", valueName: "tháng"))
  var month: Int?

  @Option(name: .customLong("nam"), help: ArgumentHelp("Năm của quý hoặc tháng.", valueName: "năm"))
  var year: Int?

  @Option(name: .customLong("tu"), help: ArgumentHelp("Ngày đầu kỳ (YYYY-MM-DD), cùng --den.", valueName: "ngày"))
  var from: String?

  @Option(name: .customLong("den"), help: ArgumentHelp("Ngày cuối kỳ (YYYY-MM-DD), tính cả ngày này.", valueName: "ngày"))
  var to: String?

  @Option(
    name: .customLong("ra"),
    help: ArgumentHelp("Ghi thêm bản in HTML (khổ A4, có biểu đồ) và tệp CSV vào thư mục này.", valueName: "thư-mục"))
  var output: String?

  func validate() throws {
    _ = try period()
  }

  /// The period the options name.
  func period() throws -> ReportPeriod {
    switch (quarter, month, from, to) {
    case (let q?, nil, nil, nil):
      guard (1...4).contains(q), let year else { throw ValidationError("--quy cần một số từ 1 đến 4 và --nam") }
      return .quarter(q, year: year)
    case (nil, let m?, nil, nil):
      guard (1...12).contains(m), let year else { throw ValidationError("--thang cần một số từ 1 đến 12 và --nam") }
      return .month(m, year: year)
    case (nil, nil, let from?, let to?):
      guard let first = Self.day(from), let last = Self.day(to), first <= last else {
        throw ValidationError("--tu và --den phải là ngày dạng YYYY-MM-DD, --tu không sau --den")
      }
      return .days(first, last)
    default:
      throw ValidationError("hãy chọn một kỳ: --quy Q --nam N, hoặc --thang T --nam N, hoặc --tu NGÀY --den NGÀY")
    }
  }

  /// "2026-10-01" as days since 1970 (read as content dates are); nil when not a date.
  static func day(_ text: String) -> Int? {
    let utc = TimeZone(secondsFromGMT: 0)!
    guard let date = ContentDate.parse(text, timeZone: utc), !date.hasTime else { return nil }
    let local = LocalTime(date.instant, in: utc)
    return CivilCalendar.days(year: local.year, month: local.month, day: local.day)
  }

  func run() throws {
    let (built, diagnostics) = ContentPipeline.run(BuildOptions(contentDirectory: site.content))
    guard let built, !diagnostics.hasErrors else {
      for problem in diagnostics.sorted where problem.severity == .error { printError(problem.description) }
      printError("Không lập được báo cáo: nội dung có \(diagnostics.errors.count) lỗi (xem cchc check).")
      throw ExitCode(1)
    }
    let report = PublishingReport(site: built, period: try period())
    print(ReportTable.text(report, site: built))
    guard let output else { return }
    var problems = Diagnostics()
    let theme = Theme.load(themeDirectory: site.themeDirectory, contentDirectory: site.content, diagnostics: &problems)
    do {
      let files = try ReportFiles.write(report, site: built, theme: theme, to: output)
      print("\nĐã ghi: " + files.joined(separator: ", "))
    } catch {
      printError("Không ghi được báo cáo vào \(output): \(error.localizedDescription)")
      throw ExitCode(1)
    }
  }
}
