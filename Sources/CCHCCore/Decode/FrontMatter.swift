import Yams

/// Parses YAML front matter into a node tree, mapping YAML errors to the file's line.
public enum FrontMatter {
  /// The root mapping of a file's front matter, or nil after reporting why there is none.
  public static func parse(_ file: SourceFile, diagnostics: inout Diagnostics) -> Node.Mapping? {
    let node: Node?
    do {
      node = try Yams.compose(yaml: file.frontMatter, .basic, .default, .utf8)
    } catch let error as YamlError {
      var (line, problem) = describe(error)
      if isSyntax(error), let mistake = YAMLMistakes.explain(file.frontMatter, line: line, firstLine: file.frontMatterLine) {
        (line, problem) = mistake
      }
      diagnostics.error(
        file.displayPath, file.frontMatterLine + max(line, 1) - 1, "yaml-syntax",
        "lỗi cú pháp YAML: \(problem)")
      return nil
    } catch {
      diagnostics.error(file.displayPath, file.frontMatterLine, "yaml-syntax", "lỗi cú pháp YAML: \(error)")
      return nil
    }
    guard let node else {
      diagnostics.error(file.displayPath, file.frontMatterLine, "front-matter-empty", "phần thông tin đầu trống")
      return nil
    }
    guard case .mapping(let mapping) = node else {
      diagnostics.error(
        file.displayPath, file.frontMatterLine, "front-matter-not-mapping",
        "phần thông tin đầu phải là các dòng \"khóa: giá trị\"")
      return nil
    }
    return mapping
  }

  /// The line (within the YAML text) and the problem of a YAML error.
  static func describe(_ error: YamlError) -> (Int, String) {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      if let context, context.text.contains("quoted scalar") {
        return (context.mark.line, "dấu ngoặc kép mở ở dòng này nhưng không đóng lại")
      }
      return (mark.line, translate(problem))
    case .duplicatedKeysInMapping(let keys, let context):
      let key = keys.first ?? ""
      return (
        secondOccurrence(of: key, in: context.text) ?? context.mark.line,
        "khóa \"\(key)\" bị lặp lại; mỗi khóa chỉ được viết một lần"
      )
    case .reader(let problem, _, _, _):
      return (1, translate(problem))
    default:
      return (1, String("\(error)".split(separator: "\n").first ?? ""))
    }
  }

  /// Whether libyaml failed to read the text (rather than found duplicate keys or bad bytes).
  static func isSyntax(_ error: YamlError) -> Bool {
    switch error {
    case .scanner, .parser, .composer: return true
    default: return false
    }
  }

  /// The line of the second `key:` in the YAML text.
  static func secondOccurrence(of key: String, in text: String) -> Int? {
    var seen = 0
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = line.drop { $0 == " " || $0 == "-" }
      if trimmed.hasPrefix(key + ":") || trimmed.hasPrefix("\"\(key)\":") {
        seen += 1
        if seen == 2 { return index + 1 }
      }
    }
    return nil
  }

  /// libyaml's English problems, said in Vietnamese where we know them.
  static func translate(_ problem: String) -> String {
    let known: [(String, String)] = [
      ("mapping values are not allowed in this context", "không được có dấu \":\" ở đây (giá trị có dấu hai chấm cần đặt trong ngoặc kép)"),
      ("did not find expected key", "không tìm thấy khóa như mong đợi (kiểm tra thụt lề)"),
      (
        "found character that cannot start any token",
        "có ký tự không được phép ở đầu giá trị (ví dụ @ hoặc `; hãy đặt giá trị trong ngoặc kép)"
      ),
      ("could not find expected ':'", "thiếu dấu \":\" sau khóa"),
      ("found undefined tag handle", "thẻ YAML không xác định"),
      ("did not find expected '-' indicator", "thiếu dấu \"-\" của danh sách (kiểm tra thụt lề)"),
      ("found unexpected end of stream", "tệp kết thúc bất ngờ (thiếu dấu ngoặc kép hoặc ngoặc đóng)"),
      ("found a tab character that violates indentation", "dùng phím Tab để thụt lề; hãy dùng dấu cách"),
      ("did not find expected node content", "thiếu giá trị"),
      ("found duplicate key", "khóa bị lặp lại"),
      ("did not find expected ',' or ']'", "thiếu dấu \",\" hoặc \"]\" trong danh sách viết trong ngoặc vuông"),
      ("did not find expected ',' or '}'", "thiếu dấu \",\" hoặc \"}\" trong nhóm viết trong ngoặc nhọn"),
      ("found undefined alias", "tham chiếu * tới một neo & không tồn tại"),
      ("found unexpected end of stream while scanning a quoted scalar", "dấu ngoặc kép mở nhưng không đóng lại"),
      ("while scanning a quoted scalar", "dấu ngoặc kép mở nhưng không đóng lại"),
      ("found unknown escape character", "ký tự thoát sau dấu \\ không hợp lệ trong ngoặc kép"),
      ("block sequence entries are not allowed in this context", "không được mở danh sách \"-\" ở đây (kiểm tra thụt lề)"),
      ("could not find expected ':'", "thiếu dấu \":\" sau khóa"),
      ("did not find the expected", "thiếu ký tự đóng như mong đợi"),
      ("invalid leading UTF-8 octet", "ký tự không phải UTF-8"),
      ("control characters are not allowed", "có ký tự điều khiển không được phép"),
    ]
    for (english, vietnamese) in known where problem.contains(english) {
      return vietnamese
    }
    return problem
  }
}
