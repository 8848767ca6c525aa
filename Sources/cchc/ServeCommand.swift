import ArgumentParser
import CCHCServe
import Foundation

/// `cchc serve`.
struct Serve: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Xem trước trang trên máy: tạo trang (kể cả bản nháp), tự tạo lại và tải lại khi sửa tệp.",
    discussion: """
      Chỉ mở trên máy này (127.0.0.1). Khi có lỗi, lỗi hiện ở đây và trên trình duyệt, trang tốt gần nhất vẫn được hiển thị. \
      Mã QR và địa chỉ in trên bản niêm yết luôn là địa chỉ công khai (base_url của site.yml), kể cả khi xem trước.
      """,
    helpNames: [.short, .long]
  )

  @OptionGroup var site: SiteOptions

  @Option(name: .long, help: ArgumentHelp("Cổng.", valueName: "số"))
  var port = 8080

  @Option(name: .long, help: ArgumentHelp("Địa chỉ lắng nghe (mặc định chỉ máy này).", valueName: "địa-chỉ"))
  var host = "127.0.0.1"

  @Flag(
    name: .customLong("soan-thao"),
    help: "Mở trình soạn thảo trên trình duyệt (/__cchc/soan-thao/): viết, sửa nội dung bằng biểu mẫu, tải ảnh và tệp lên.")
  var editor = false

  func validate() throws {
    if !(1...65535).contains(port) { throw ValidationError("cổng \(port) không hợp lệ (1–65535)") }
  }

  func run() async throws {
    let server = PreviewServer(contentDirectory: site.content, themeDirectory: site.themeDirectory, host: host, port: port, editor: editor)
    { line in
      FileHandle.standardError.write(Data((line + "\n").utf8))
    }
    do {
      try await server.run()
    } catch let error as PreviewError {
      printError(error.description)
      throw ExitCode(1)
    }
  }
}
