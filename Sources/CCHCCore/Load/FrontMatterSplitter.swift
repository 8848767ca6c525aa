/// Splits a Markdown file into its YAML front matter and its body.
public enum FrontMatterSplitter {
  /// Splits `text` (already decoded and NFC, with `\n` line ends); reports a missing or
  /// unclosed block. The front matter is the text between the opening `---` line and the
  /// next `---` (or `...`) line; the body is what follows, without the file's final line end.
  public static func split(_ text: String, relativePath: String, displayPath: String, diagnostics: inout Diagnostics) -> SourceFile? {
    var text = text
    let parts = text.withUTF8 { bytes -> (front: String, body: String, closeLine: Int)? in
      let newline = UInt8(ascii: "\n")
      func lineEnd(_ start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != newline { index += 1 }
        return index
      }
      func isFence(_ start: Int, _ end: Int, _ mark: UInt8) -> Bool {
        var end = end
        while end > start, [0x20, 0x09, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        return end - start == 3 && bytes[start] == mark && bytes[start + 1] == mark && bytes[start + 2] == mark
      }
      func string(_ start: Int, _ end: Int) -> String {
        start < end ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) : ""
      }
      let firstEnd = lineEnd(0)
      guard isFence(0, firstEnd, UInt8(ascii: "-")) else { return nil }
      var start = firstEnd + 1
      var line = 1
      while start < bytes.count {
        let end = lineEnd(start)
        if isFence(start, end, UInt8(ascii: "-")) || isFence(start, end, UInt8(ascii: ".")) {
          var bodyEnd = bytes.count
          if bodyEnd > end + 1, bytes[bodyEnd - 1] == newline { bodyEnd -= 1 }
          return (string(firstEnd + 1, max(firstEnd + 1, start - 1)), string(end + 1, bodyEnd), line)
        }
        start = end + 1
        line += 1
      }
      return ("", "", 0)
    }
    guard let parts else {
      diagnostics.error(
        displayPath, 1, "front-matter-missing",
        "tệp phải bắt đầu bằng dòng \"---\" mở phần thông tin đầu (front matter)")
      return nil
    }
    guard parts.closeLine > 0 else {
      diagnostics.error(
        displayPath, 1, "front-matter-unclosed",
        "phần thông tin đầu mở bằng \"---\" nhưng không có dòng \"---\" đóng lại")
      return nil
    }
    return SourceFile(
      relativePath: relativePath, displayPath: displayPath,
      frontMatter: parts.front, frontMatterLine: 2, body: parts.body, bodyLine: parts.closeLine + 2)
  }
}
