import ArgumentParser
import CCHCCore
import CCHCSite
import Foundation

/// `cchc build`.
struct Build: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Tạo trang web tĩnh từ nội dung vào thư mục kết quả.",
    discussion: "Mọi lỗi nội dung được báo cùng lúc theo dạng TỆP:DÒNG: thông báo; khi có lỗi, thư mục kết quả cũ được giữ nguyên.",
    helpNames: [.short, .long]
  )

  @OptionGroup var site: SiteOptions

  @Option(name: .long, help: ArgumentHelp("Thư mục kết quả.", valueName: "thư-mục"))
  var output = "public"

  @Option(name: .customLong("base-url"), help: ArgumentHelp("Thay base_url của site.yml (địa chỉ tuyệt đối http/https).", valueName: "url"))
  var baseURL: String?

  @Flag(name: .long, help: "Xuất cả bản nháp và bài hẹn giờ đăng.")
  var drafts = false

  @Flag(name: .long, help: "In thời gian của từng giai đoạn.")
  var timings = false

  @Flag(name: .long, help: "Tạo lại đầy đủ, không dùng dựng nhanh (khi đã sửa tay thư mục kết quả).")
  var full = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Thời điểm coi là \"bây giờ\" (ví dụ 2026-11-26 08:00), dùng để kiểm thử.", valueName: "thời-điểm",
      visibility: .hidden))
  var now: String?

  func validate() throws {
    if let now, Self.instant(now) == nil {
      throw ValidationError("--now \"\(now)\" không phải thời điểm hợp lệ (ví dụ 2026-11-26 08:00)")
    }
  }

  /// The line that tells a quick rebuild (`QuickRebuild`) from a full one.
  static func quickNote(_ edits: Int) -> String {
    edits == 0
      ? "Dựng nhanh: nội dung và giao diện không đổi từ lần trước."
      : "Dựng nhanh: chỉ làm lại các trang, RSS và tệp chỉ mục tìm kiếm phụ thuộc vào \(edits) bài đã sửa."
  }

  static func instant(_ text: String) -> Date? {
    try? ContentDate.read(text, timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!).get().instant
  }

  func run() throws {
    let options = BuildOptions(
      contentDirectory: site.content, baseURLOverride: baseURL, includeDrafts: drafts,
      now: now.flatMap(Self.instant) ?? Date())
    var builder = SiteBuilder(options: options, themeDirectory: site.themeDirectory, outputDirectory: output)
    builder.allowsQuickRebuild = !full
    do {
      let report = try builder.build()
      for warning in report.warnings { printError(warning.description) }
      if timings {
        for stage in options.timings.stages { print(String(format: "%8.3f s  %@  (từ giây %.2f)", stage.seconds, stage.name, stage.start)) }
      }
      print(
        "Đã tạo \(report.pageCount) trang (\(report.fileCount) tệp; ghi \(report.writtenCount) tệp, xóa \(report.removedCount) tệp cũ) vào \(output)/"
      )
      if let edits = report.quickEdits { print(Self.quickNote(edits)) }
      let unpublished = report.notices.filter { $0.code == "draft" || $0.code == "scheduled" }
      if !unpublished.isEmpty {
        print("Chưa đăng \(unpublished.count) bài (bản nháp và bài hẹn giờ):")
        for notice in unpublished { print("  " + notice.description) }
      }
      let ignored = report.notices.filter { $0.code == "ignored-file" }
      if !ignored.isEmpty {
        print("Đã bỏ qua \(ignored.count) tệp, thư mục ẩn hoặc tệp hệ thống (không đăng); cchc check liệt kê từng tệp.")
      }
      for notice in report.notices where !unpublished.contains(notice) && !ignored.contains(notice) {
        print("Lưu ý: " + notice.description)
      }
    } catch let failure as BuildFailure {
      for problem in failure.diagnostics.sorted { printError(problem.description) }
      let kept =
        FileManager.default.fileExists(atPath: output)
        ? "Thư mục \(output)/ được giữ nguyên." : "Chưa ghi tệp nào."
      printError("Không tạo được trang: \(failure.diagnostics.errors.count) lỗi. \(kept)")
      throw ExitCode(1)
    }
  }
}
