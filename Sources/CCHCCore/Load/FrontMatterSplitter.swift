/// Splits a Markdown file into its YAML front matter and its body.
public enum FrontMatterSplitter {
  /// Splits `text` (already decoded and NFC); reports a missing or unclosed block.
  public static func split(_ text: String, relativePath: String, displayPath: String, diagnostics: inout Diagnostics) -> SourceFile? {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if let last = lines.last, last.isEmpty { lines.removeLast() }
    func isFence(_ line: Substring) -> Bool {
      line.trimmingTrailingWhitespace() == "---"
    }
    guard let first = lines.first, isFence(first) else {
      diagnostics.error(displayPath, 1, "front-matter-missing",
        "tệp phải bắt đầu bằng dòng \"---\" mở phần thông tin đầu (front matter)")
      return nil
    }
    guard let close = lines.dropFirst().firstIndex(where: { isFence($0) || $0.trimmingTrailingWhitespace() == "..." }) else {
      diagnostics.error(displayPath, 1, "front-matter-unclosed",
        "phần thông tin đầu mở bằng \"---\" nhưng không có dòng \"---\" đóng lại")
      return nil
    }
    let front = lines[1..<close].joined(separator: "\n")
    let body = lines[(close + 1)...].joined(separator: "\n")
    return SourceFile(relativePath: relativePath, displayPath: displayPath,
                      frontMatter: front, frontMatterLine: 2, body: body, bodyLine: close + 2)
  }
}

extension Substring {
  func trimmingTrailingWhitespace() -> Substring {
    var s = self
    while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
    return s
  }
}
