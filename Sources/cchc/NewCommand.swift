import ArgumentParser
import CCHCCore
import Foundation

/// `cchc new`.
struct New: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Tạo tệp nội dung mới từ mẫu, đúng thư mục, với đủ các khóa cần thiết.",
    discussion: """
      Ví dụ: cchc new bai-viet "Hội nghị cải cách hành chính quý IV"
             cchc new thu-tuc --ma 1.001193 "Thủ tục đăng ký khai sinh"
             cchc new duong-day-nong "Đường dây nóng"
             cchc new trang "Hướng dẫn nộp hồ sơ trực tuyến"
             cchc new hoi-dap "Đối thoại trực tuyến về cải cách hành chính"
      Không bao giờ ghi đè tệp đã có.
      """,
    helpNames: [.short, .long]
  )

  @OptionGroup var site: SiteOptions

  @Argument(help: ArgumentHelp("Loại nội dung: bai-viet, thu-tuc, duong-day-nong, trang hoặc hoi-dap.", valueName: "loại"))
  var kind: String

  @Argument(help: ArgumentHelp("Tiêu đề (hoặc tên thủ tục).", valueName: "tiêu-đề"))
  var title: String

  @Option(name: .long, help: ArgumentHelp("Mã thủ tục (bắt buộc với thu-tuc), ví dụ 1.001193.", valueName: "mã"))
  var ma: String?

  @Option(name: .customLong("linh-vuc"), help: ArgumentHelp("Lĩnh vực của thủ tục, ví dụ \"Hộ tịch\".", valueName: "lĩnh-vực"))
  var field: String?

  func validate() throws {
    guard let kind = NewContent.Kind(rawValue: kind) else {
      throw ValidationError("loại \"\(kind)\" không có; hãy dùng: \(NewContent.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("tiêu đề không được để trống") }
    if kind == .procedure {
      guard let ma else { throw ValidationError("thủ tục cần mã: cchc new thu-tuc --ma 1.001193 \"Tên thủ tục\"") }
      if ma.isEmpty || !ma.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) {
        throw ValidationError("mã thủ tục \"\(ma)\" chỉ được gồm chữ, số, dấu chấm và dấu gạch, ví dụ 1.001193")
      }
    }
  }

  func run() throws {
    let kind = NewContent.Kind(rawValue: kind)!
    let (facts, existingCodes) = siteFacts()
    let draft = NewContent.draft(kind, title: VietnameseText.nfc(title), code: ma, field: field, site: facts, now: Date())
    let loader = ContentLoader(contentDirectory: site.content)
    let path = loader.path(draft.relativePath)
    if FileManager.default.fileExists(atPath: path) {
      printError("Tệp \(path) đã có; cchc không ghi đè. Hãy đặt tiêu đề khác hoặc sửa tệp đó.")
      throw ExitCode(1)
    }
    if kind == .procedure, let ma, let owner = existingCodes[ma] {
      printError("Mã thủ tục \(ma) đã có trong \(owner); không tạo tệp mới.")
      throw ExitCode(1)
    }
    do {
      try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      guard FileManager.default.createFile(atPath: path, contents: Data(draft.text.utf8)) else {
        throw CocoaError(.fileWriteUnknown)
      }
    } catch {
      printError("Không ghi được \(path): \(error.localizedDescription)")
      throw ExitCode(1)
    }
    print("Đã tạo \(path)")
  }

  /// Categories, contact and time zone from `site.yml`, and the codes already used.
  func siteFacts() -> (NewContent.SiteFacts, [String: String]) {
    let (site, _) = ContentPipeline.run(BuildOptions(contentDirectory: self.site.content, includeDrafts: true))
    guard let site else { return (NewContent.SiteFacts(), [:]) }
    let config = site.config
    var codes: [String: String] = [:]
    for procedure in site.procedures { codes[procedure.document.code] = procedure.document.source.displayPath }
    return (
      NewContent.SiteFacts(
        categories: config.categories.map(\.slug), phone: config.phone, email: config.email,
        unitName: config.unitName.isEmpty ? nil : config.unitName, timeZone: config.timeZone), codes
    )
  }
}
