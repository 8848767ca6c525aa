import ArgumentParser
import Foundation

/// The `cchc` command line.
struct CCHC: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cchc",
    abstract: "Tạo chuyên mục \"Cải cách hành chính\" tĩnh cho cổng thông tin điện tử của phường, xã, sở, ngành.",
    discussion: "Đọc nội dung Markdown (tin bài, thủ tục hành chính, đường dây nóng) và xuất ra trang web tĩnh.",
    subcommands: [Build.self, Serve.self, New.self, Check.self, Init.self, Import.self, Report.self],
    helpNames: [.short, .long]
  )
}

await VietnameseHelp.main(CCHC.self)
