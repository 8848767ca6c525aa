import ArgumentParser
import CCHCCore
import Foundation

/// `cchc khoi-tao`.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "khoi-tao",
    abstract: "Tạo thư mục mới cho trang của một đơn vị: site.yml, chuyên mục, đường dây nóng, một bài chào mừng (bản nháp).",
    discussion: """
      Ví dụ: cchc khoi-tao hong-bang --ten-don-vi "Ủy ban nhân dân phường Hồng Bàng" \\
               --base-url https://hongbang.haiphong.gov.vn/cai-cach-hanh-chinh/
      Sau đó: cd hong-bang && cchc serve (xem trước) hoặc cchc build (tạo trang vào public/).
      Không ghi vào thư mục đã có tệp.
      """,
    helpNames: [.short, .long]
  )

  @Argument(help: ArgumentHelp("Thư mục mới (chưa có, hoặc rỗng).", valueName: "thư-mục"))
  var folder: String

  @Option(name: .customLong("ten-don-vi"), help: ArgumentHelp("Tên đơn vị, ví dụ \"Ủy ban nhân dân phường Hồng Bàng\".", valueName: "tên"))
  var unitName: String

  @Option(name: .customLong("base-url"), help: ArgumentHelp("Địa chỉ công khai của chuyên mục (http:// hoặc https://).", valueName: "url"))
  var baseURL: String

  @Option(name: .long, help: ArgumentHelp("Cấp của đơn vị: xa (phường, xã) hoặc tinh (sở, ngành).", valueName: "cấp"))
  var cap = "xa"

  func validate() throws {
    if unitName.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("tên đơn vị không được để trống") }
    if BaseURL(baseURL) == nil {
      throw ValidationError(
        "--base-url \"\(baseURL)\" phải là địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://, ví dụ https://hongbang.haiphong.gov.vn/cai-cach-hanh-chinh/"
      )
    }
    if UnitSkeleton.Level(rawValue: cap) == nil { throw ValidationError("--cap \"\(cap)\" không có; hãy dùng xa hoặc tinh") }
  }

  func run() throws {
    let manager = FileManager.default
    if let existing = try? manager.contentsOfDirectory(atPath: folder), !existing.isEmpty {
      printError("Thư mục \(folder) đã có tệp; cchc không ghi đè. Hãy chọn thư mục mới.")
      throw ExitCode(1)
    }
    let url = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    let files = UnitSkeleton.files(
      unitName: VietnameseText.nfc(unitName.trimmingCharacters(in: .whitespaces)), baseURL: url, level: UnitSkeleton.Level(rawValue: cap)!,
      now: Date(), timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)
    do {
      for file in files {
        let path = (folder as NSString).appendingPathComponent(file.relativePath)
        try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(file.text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
      }
      for empty in ["content/thu-tuc", "content/trang", "content/tep/anh", "content/tep/mau-don"] {
        try manager.createDirectory(atPath: (folder as NSString).appendingPathComponent(empty), withIntermediateDirectories: true)
      }
    } catch {
      printError("Không ghi được thư mục \(folder): \(error.localizedDescription)")
      throw ExitCode(1)
    }
    print("Đã tạo thư mục \(folder) cho \(unitName):")
    for file in files { print("  \(folder)/\(file.relativePath)") }
    print("Tiếp theo: cd \(folder) && cchc serve   (xem trước, sửa content/site.yml cho đúng đơn vị)")
  }
}
