import ArgumentParser
import CCHCCore
import CCHCImport
import Foundation

/// `cchc nhap`.
struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "nhap",
    abstract: "Nhập thủ tục hành chính từ Cổng Dịch vụ công (.json) và danh mục công bố của tỉnh (.xlsx, .csv).",
    discussion: """
      Ví dụ: cchc nhap 2.000815.json
             cchc nhap phu-luc-556.xlsx --quyet-dinh "556/QĐ-UBND" --ngay 09/02/2026 --cap xa
             cchc nhap du-lieu/ --thu
      Tạo tệp cho thủ tục trang chưa có, cập nhật đúng các trường nguồn có cho thủ tục đã có; \
      danh mục công bố đặt trạng thái mới ban hành, sửa đổi, thay thế, bãi bỏ theo nhóm. Có lỗi thì không ghi tệp nào.
      """,
    helpNames: [.short, .long]
  )

  @Argument(help: ArgumentHelp("Tệp hoặc thư mục nguồn (.json, .xlsx, .csv).", valueName: "nguồn"))
  var inputs: [String]

  @Option(name: .long, help: ArgumentHelp("Thư mục nội dung (chứa site.yml).", valueName: "thư-mục"))
  var content = "content"

  @Option(name: .customLong("quyet-dinh"), help: ArgumentHelp("Số hiệu quyết định công bố, ví dụ \"556/QĐ-UBND\".", valueName: "số-hiệu"))
  var decision: String?

  @Option(name: .long, help: ArgumentHelp("Ngày của quyết định (mặc định hôm nay).", valueName: "ngày"))
  var ngay: String?

  @Option(name: .long, help: ArgumentHelp("Chỉ nhập phần của cấp này: xa hoặc tinh (mặc định: mọi phần).", valueName: "cấp"))
  var cap: String?

  @Flag(name: .long, help: "Chạy thử: in báo cáo, không ghi tệp nào.")
  var thu = false

  static let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

  func validate() throws {
    if let cap, cap != "xa" && cap != "tinh" { throw ValidationError("--cap \"\(cap)\" không có; hãy dùng xa hoặc tinh") }
    if let ngay, case .failure(let problem) = ContentDate.read(ngay, timeZone: Self.zone) {
      throw ValidationError("--ngay \"\(ngay)\" không hợp lệ: \(problem.reason)")
    }
  }

  func run() throws {
    let date = try ngay.map { try ContentDate.read($0, timeZone: Self.zone).get().instant } ?? Date()
    let importer = Importer(
      options: .init(contentDirectory: content, decision: decision, day: LocalTime(date, in: Self.zone).isoDay, level: cap))
    let plan = importer.plan(inputs: inputs)
    ImportReport(plan: plan, dryRun: thu).lines.forEach { print($0) }
    if !plan.problems.isEmpty {
      for problem in plan.problems { printError(problem) }
      printError("Không nhập được: \(plan.problems.count) lỗi. Không tệp nào được ghi.")
      throw ExitCode(1)
    }
    if thu || plan.writes.isEmpty { return }
    do {
      try importer.write(plan)
    } catch {
      printError("Không ghi được tệp: \(error.localizedDescription). Không tệp nào được thay đổi.")
      throw ExitCode(1)
    }
    print(
      "Đã ghi \(plan.writes.count) tệp. Xem lại bằng cchc serve; hoàn tác bằng git checkout -- \(content)/thu-tuc (nếu thư mục được lưu bằng git)."
    )
  }
}
