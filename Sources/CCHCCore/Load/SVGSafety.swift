/// Whether an SVG file is only a picture: no script, no event attribute, no embedded page,
/// no reference outside itself. Read as text, conservatively: anything that could be one of
/// those is refused, since a browser opening the file from the site runs it under the site's
/// origin.
enum SVGSafety {
  /// What makes the SVG unsafe, in words an editor reads; nil when it is only a picture.
  static func problem(_ svg: String) -> String? {
    let text = svg.lowercased()
    for (tag, reason) in [
      ("<script", "có thẻ <script>"), ("<foreignobject", "có thẻ <foreignObject> (nhúng trang web)"),
      ("<iframe", "có thẻ <iframe>"), ("<embed", "có thẻ <embed>"), ("<object", "có thẻ <object>"),
      ("<!entity", "khai báo <!ENTITY>"), ("javascript:", "có liên kết javascript:"), ("@import", "nạp kiểu trình bày từ ngoài (@import)"),
    ] where text.contains(tag) {
      return reason
    }
    if let attribute = eventAttribute(text) { return "có thuộc tính sự kiện \(attribute) (chạy mã khi mở ảnh)" }
    if let reference = externalReference(text) { return "tham chiếu ra ngoài ảnh (\(reference))" }
    return nil
  }

  /// The first `on…=` attribute inside a tag (`onload`, `onclick`…).
  static func eventAttribute(_ text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    var inTag = false
    var quote: Unicode.Scalar?
    var index = 0
    while index < scalars.count {
      let c = scalars[index]
      if let open = quote {
        if c == open { quote = nil }
      } else if c == "<" {
        inTag = true
      } else if c == ">" {
        inTag = false
      } else if inTag && (c == "\"" || c == "'") {
        quote = c
      } else if inTag, c == "o", index > 0, [" ", "\n", "\t", "\r", "/"].contains(scalars[index - 1]), index + 2 < scalars.count,
        scalars[index + 1] == "n", scalars[index + 2].properties.isAlphabetic
      {
        var end = index + 2
        while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
        var after = end
        while after < scalars.count, scalars[after] == " " { after += 1 }
        if after < scalars.count, scalars[after] == "=" {
          return String(String.UnicodeScalarView(scalars[index..<end]))
        }
      }
      index += 1
    }
    return nil
  }

  /// The first `href`, `xlink:href` or `url(…)` that points outside the file (anything but
  /// `#fragment` and embedded `data:image/…`).
  static func externalReference(_ text: String) -> String? {
    for marker in ["href=\"", "href='", "url(\"", "url('", "url("] {
      var rest = Substring(text)
      while let range = rest.range(of: marker) {
        let value = rest[range.upperBound...].prefix { $0 != "\"" && $0 != "'" && $0 != ")" }
        let trimmed = value.drop { $0 == " " }
        if !trimmed.hasPrefix("#") && !trimmed.hasPrefix("data:image/") && !(marker.hasPrefix("url(") && trimmed.hasPrefix("\"")) {
          return String(trimmed.prefix(60))
        }
        rest = rest[range.upperBound...]
      }
    }
    return nil
  }
}
