/// The commonest ways editors break YAML, recognised from the text itself, because libyaml's
/// own message names a symptom ("did not find expected key") rather than the cause.
enum YAMLMistakes {
  /// The line (1-based, within `text`) and the cause of a syntax error libyaml reported at
  /// `line`; nil when the text shows none of the known mistakes. Messages name other lines by
  /// their number in the file, `firstLine` being the number of the text's first line.
  static func explain(_ text: String, line: Int, firstLine: Int = 1) -> (Int, String)? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let tab = tabIndent(lines) { return tab }
    for candidate in [line, line - 1] where candidate >= 1 && candidate <= lines.count {
      if let quote = innerQuote(lines[candidate - 1]) { return (candidate, quote) }
    }
    return unevenIndent(lines, line: line, firstLine: firstLine)
  }

  /// A line indented with a Tab (YAML allows spaces only).
  static func tabIndent(_ lines: [String]) -> (Int, String)? {
    for (index, line) in lines.enumerated() {
      let indent = line.prefix { $0 == " " || $0 == "\t" }
      if indent.contains("\t") && indent.count < line.count {
        return (
          index + 1,
          "dòng này thụt lề bằng phím Tab, YAML chỉ nhận dấu cách: hãy xóa Tab và lùi bằng dấu cách (2 dấu cách mỗi cấp)"
        )
      }
    }
    return nil
  }

  /// A value in quotes that holds the same quote inside: `tieu_de: "Hội nghị "Một cửa""`.
  static func innerQuote(_ line: String) -> String? {
    var rest = Substring(line).drop { $0 == " " }
    if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
    guard let colon = rest.firstIndex(of: ":") else { return nil }
    let key = rest[..<colon]
    guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
    let value = rest[rest.index(after: colon)...].drop { $0 == " " }
    guard let quote = value.first, quote == "\"" || quote == "'" else { return nil }
    var index = value.index(after: value.startIndex)
    while index < value.endIndex {
      if quote == "\"" && value[index] == "\\" {
        index = value.index(index, offsetBy: 2, limitedBy: value.endIndex) ?? value.endIndex
        continue
      }
      if value[index] == quote {
        let after = value[value.index(after: index)...].drop { $0 == " " }
        if quote == "'" && after.first == "'" {  // '' is a quote inside single quotes
          index = value.index(index, offsetBy: 2, limitedBy: value.endIndex) ?? value.endIndex
          continue
        }
        guard !after.isEmpty, !after.hasPrefix("#") else { return nil }
        let mark = quote == "\"" ? "ngoặc kép (\")" : "dấu nháy đơn (')"
        return "giá trị của \"\(key)\" có \(mark) bên trong chính \(mark) bao quanh nó: "
          + "hãy dùng ngoặc kép cong “…” cho phần bên trong, hoặc viết \\\" thay cho mỗi dấu \" bên trong, "
          + "hoặc bao cả giá trị bằng dấu nháy đơn '…'"
      }
      index = value.index(after: index)
    }
    return nil
  }

  /// A line whose indentation matches neither the line above nor the key it would belong to.
  static func unevenIndent(_ lines: [String], line: Int, firstLine: Int) -> (Int, String)? {
    guard line >= 2, line <= lines.count else { return nil }
    let current = lines[line - 1]
    guard let previousIndex = (0..<(line - 1)).last(where: { isContent(lines[$0]) }) else { return nil }
    let previous = lines[previousIndex]
    let indent = indentation(current), above = indentation(previous)
    let trimmedAbove = previous.dropFirst(above)
    let isItem = current.dropFirst(indent).hasPrefix("- ")
    // Sibling list items align on their dashes, a key of an item's mapping on the item's text.
    let column = trimmedAbove.hasPrefix("- ") && !isItem ? above + 2 : above
    if trimmedAbove.hasSuffix(":") && indent > above { return nil }  // a key opening a block
    if indent == above || indent == column { return nil }
    let above1 = previousIndex + firstLine
    if indent > column {
      return (
        line,
        "dòng này lùi \(indent) dấu cách, sâu hơn dòng \(above1) (\(column)), nên bị hiểu là phần tiếp theo của dòng đó; "
          + "nếu đây là khóa mới, hãy cho nó thẳng hàng với khóa ở dòng \(above1)"
      )
    }
    return (
      line,
      "thụt lề không đều: dòng này lùi \(indent) dấu cách còn dòng \(above1) lùi \(column); "
        + "các mục cùng cấp phải thẳng hàng (nên lùi đúng 2 dấu cách mỗi cấp)"
    )
  }

  static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }

  static func isContent(_ line: String) -> Bool {
    let trimmed = line.drop { $0 == " " }
    return !trimmed.isEmpty && !trimmed.hasPrefix("#")
  }
}
