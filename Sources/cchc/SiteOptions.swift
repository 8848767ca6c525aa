import ArgumentParser
import Foundation

/// Options shared by every command that reads a site.
struct SiteOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Thư mục nội dung (chứa site.yml).", valueName: "thư-mục"))
  var content = "content"

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Thư mục giao diện (mẫu và tài nguyên). Mặc định: theme/ nếu thư mục hiện tại có, nếu không thì giao diện cài cùng cchc.",
      valueName: "thư-mục"))
  var theme: String?

  /// The theme folder: `--theme`, else `theme/` here, else the theme installed with the binary.
  var themeDirectory: String { theme ?? ThemeLocation.default() }
}

/// Writes a line to standard error.
func printError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}
