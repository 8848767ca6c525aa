import ArgumentParser
import CCHCCore
import CCHCSite
import Foundation

/// `cchc check`.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Kiểm tra nội dung trước khi xuất bản, không ghi tệp nào.",
    discussion: """
      Kiểm tra mọi điều build kiểm tra, thêm: liên kết giữa các tệp nội dung và tới tệp trong tep/ \
      không tồn tại, ảnh thiếu mô tả (alt), liên kết dịch vụ công không phải http(s), đường dây nóng \
      thiếu số điện thoại hoặc thư điện tử hợp lệ. Mỗi vấn đề một dòng TỆP:DÒNG: thông báo.
      """,
    helpNames: [.short, .long]
  )

  @OptionGroup var site: SiteOptions

  func run() throws {
    let builder = SiteBuilder(
      options: BuildOptions(contentDirectory: site.content), themeDirectory: site.themeDirectory,
      outputDirectory: "")
    let (diagnostics, checked) = builder.checkedSite()
    for problem in diagnostics.sorted { print(problem.description) }
    if let checked {
      for line in TargetProgress.behind(site: checked, today: Date()) { print("Chỉ tiêu: " + line) }
    }
    let errors = diagnostics.errors.count, warnings = diagnostics.warnings.count
    if errors > 0 {
      printError("Có \(errors) lỗi và \(warnings) cảnh báo.")
      throw ExitCode(1)
    }
    print(warnings > 0 ? "Không có lỗi; \(warnings) cảnh báo." : "Không có lỗi.")
  }
}
