import ArgumentParser
import Foundation

/// Options shared by every command that reads a site.
struct SiteOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Thư mục nội dung (chứa site.yml).", valueName: "thư-mục"))
  var content = "content"

  @Option(name: .long, help: ArgumentHelp("Thư mục giao diện (mẫu và tài nguyên).", valueName: "thư-mục"))
  var theme = "theme"
}

/// Writes a line to standard error.
func printError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}
