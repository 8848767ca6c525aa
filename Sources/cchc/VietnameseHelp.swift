import ArgumentParser
import Foundation

/// swift-argument-parser prints its own headings and messages in English; this puts the
/// ones editors see into Vietnamese. Our own help strings are already Vietnamese.
enum VietnameseHelp {
  /// English phrases of swift-argument-parser and their Vietnamese wording, longest first.
  static let phrases: [(String, String)] = [
    ("Show help information.", "Hiện hướng dẫn này."),
    ("Show the version.", "Hiện phiên bản."),
    ("for detailed help.", "để xem hướng dẫn chi tiết."),
    ("for more information.", "để biết thêm."),
    ("Missing expected argument", "Thiếu tham số bắt buộc"),
    ("Unknown option", "Tùy chọn không tồn tại"),
    ("Unexpected argument", "Tham số không mong đợi"),
    ("Missing value for", "Thiếu giá trị cho"),
    ("The value", "Giá trị"),
    ("is invalid for", "không hợp lệ cho"),
    ("OVERVIEW:", "TỔNG QUAN:"),
    ("USAGE:", "CÁCH DÙNG:"),
    ("Usage:", "Cách dùng:"),
    ("ARGUMENTS:", "THAM SỐ:"),
    ("OPTIONS:", "TÙY CHỌN:"),
    ("SUBCOMMANDS:", "LỆNH CON:"),
    ("(default:", "(mặc định:"),
    ("Error:", "Lỗi:"),
    ("See '", "Xem '"),
    ("<subcommand>", "<lệnh-con>"),
  ]

  /// The text with every known phrase translated.
  static func translate(_ text: String) -> String {
    var result = text
    for (english, vietnamese) in phrases { result = result.replacingOccurrences(of: english, with: vietnamese) }
    return result
  }

  /// Parses the arguments and runs the command, printing help and errors in Vietnamese.
  static func main(_ command: CCHC.Type) async {
    do {
      var parsed = try command.parseAsRoot()
      if var asyncCommand = parsed as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try parsed.run()
      }
    } catch {
      let code = command.exitCode(for: error)
      let message = translate(command.fullMessage(for: error))
      if !message.isEmpty {
        if code == .success { print(message) } else { printError(message) }
      }
      command.exit(withError: code == .success ? nil : ExitCode(code.rawValue))
    }
  }
}
