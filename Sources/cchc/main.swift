import ArgumentParser
import CCHCCore
import CCHCSite
import Foundation

/// The `cchc` command line.
struct CCHC: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cchc",
    abstract: "Tạo chuyên mục \"Cải cách hành chính\" tĩnh cho cổng thông tin điện tử của phường, xã, sở, ngành.",
    discussion: "Đọc nội dung Markdown (tin bài, thủ tục hành chính, đường dây nóng) và xuất ra trang web tĩnh.",
    subcommands: [Build.self],
    defaultSubcommand: nil,
    helpNames: [.short, .long]
  )
}

/// Options shared by every command that reads a site.
struct SiteOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Thư mục nội dung (chứa site.yml).", valueName: "thư-mục"))
  var content = "content"

  @Option(name: .long, help: ArgumentHelp("Thư mục giao diện (mẫu và tài nguyên).", valueName: "thư-mục"))
  var theme = "theme"
}

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

  @Option(name: .long, help: ArgumentHelp("Thời điểm coi là \"bây giờ\" (ví dụ 2026-11-26 08:00), dùng để kiểm thử.", valueName: "thời-điểm",
                                         visibility: .hidden))
  var now: String?

  func validate() throws {
    if let now, ContentDate.parse(now, timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!) == nil {
      throw ValidationError("--now \"\(now)\" không phải thời điểm hợp lệ (ví dụ 2026-11-26 08:00)")
    }
  }

  func run() throws {
    let instant = now.flatMap { ContentDate.parse($0, timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)?.instant } ?? Date()
    let options = BuildOptions(contentDirectory: site.content, baseURLOverride: baseURL, includeDrafts: drafts, now: instant)
    let builder = SiteBuilder(options: options, themeDirectory: site.theme, outputDirectory: output)
    do {
      let report = try builder.build()
      for warning in report.warnings { printError(warning.description) }
      print("Đã tạo \(report.pageCount) trang (\(report.fileCount) tệp) vào \(output)/")
    } catch let failure as BuildFailure {
      for problem in failure.diagnostics.sorted { printError(problem.description) }
      let count = failure.diagnostics.errors.count
      printError("Không tạo được trang: \(count) lỗi. Thư mục \(output)/ được giữ nguyên.")
      throw ExitCode(1)
    }
  }
}

func printError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}

VietnameseHelp.main(CCHC.self)
