import CCHCCore

/// A province's announcement list (the annex of a Quyết định công bố) or any catalogue table:
/// the header row found by its spellings, the heading rows that set the level ("A. … CẤP
/// TỈNH") and what the announcement does ("I. … mới ban hành", "III. … bị bãi bỏ"), and one
/// procedure per row with a code.
struct AnnouncementTable {
  /// What a column holds.
  enum Column: String, CaseIterable {
    case code = "mã thủ tục"
    case name = "tên thủ tục"
    case field = "lĩnh vực"
    case level = "cấp thực hiện"
    case deadline = "thời hạn giải quyết"
    case fees = "phí, lệ phí"
    case place = "địa điểm thực hiện"
    case legal = "căn cứ pháp lý"
    case agency = "cơ quan thực hiện"
    case subjects = "đối tượng thực hiện"
    case results = "kết quả"
    case steps = "trình tự thực hiện"
    case documents = "thành phần hồ sơ"
    case online = "mức độ dịch vụ công trực tuyến"
    case change = "tình trạng"

    /// Whether a header cell (folded, as a slug) names this column.
    func matches(_ slug: String) -> Bool {
      switch self {
      case .code: return slug.hasPrefix("ma-tthc") || slug.hasPrefix("ma-thu-tuc") || slug.hasPrefix("ma-so") || slug == "ma"
      case .name: return slug.hasPrefix("ten-thu-tuc") || slug.hasPrefix("ten-tthc") || slug == "ten"
      case .field: return slug.contains("linh-vuc")
      case .level: return slug.contains("cap-thuc-hien")
      case .deadline: return slug.contains("thoi-han")
      case .fees: return slug == "phi" || slug.hasPrefix("phi-le-phi") || slug.hasPrefix("le-phi") || slug.hasPrefix("phi-va-le-phi")
      case .place: return slug.contains("dia-diem")
      case .legal: return slug.contains("can-cu-phap-ly")
      case .agency: return slug.contains("co-quan-thuc-hien")
      case .subjects: return slug.contains("doi-tuong")
      case .results: return slug.hasPrefix("ket-qua")
      case .steps: return slug.contains("trinh-tu")
      case .documents: return slug.contains("thanh-phan-ho-so")
      case .online: return slug.contains("muc-do") || slug.contains("dvc-truc-tuyen") || slug.contains("dich-vu-cong-truc-tuyen")
      case .change: return slug == "tinh-trang" || slug == "trang-thai" || slug.hasPrefix("loai-cong-bo") || slug == "hinh-thuc-cong-bo"
      }
    }
  }

  /// The level a unit imports (`--cap`).
  enum Level: String { case commune = "xa", province = "tinh" }

  /// A row that gave no procedure, and why.
  struct Skipped: Equatable { var origin: String; var reason: String }

  var procedures: [ImportedProcedure] = []
  var skipped: [Skipped] = []
  var problems: [String] = []
  /// "cột B “Mã TTHC” → mã thủ tục", for the report.
  var columnsRead: [String] = []

  /// Reads a sheet of `file` (its name as the user wrote it), keeping rows of `level` (all when nil).
  init(sheet: Sheet, file: String, level: Level?) {
    let place = sheet.name == file || sheet.name.hasSuffix(".csv") ? file : "\(file):\(sheet.name)"
    guard
      let headerIndex = sheet.rows.firstIndex(where: {
        Self.columns(of: $0.cells)[.code] != nil && Self.columns(of: $0.cells)[.name] != nil
      })
    else {
      problems.append("\(place): không tìm thấy dòng tiêu đề có cột “Mã thủ tục” (hay “Mã TTHC”, “Mã số”) và cột “Tên thủ tục hành chính”")
      return
    }
    let header = sheet.rows[headerIndex]
    let columns = Self.columns(of: header.cells)
    columnsRead = columns.sorted { $0.value < $1.value }.map { column, index in
      "cột \(Self.letter(index)) “\(header.cells[index].collapsed)” → \(column.rawValue)"
    }
    var sectionLevel: Level?
    var sectionChange: ImportedProcedure.Change?
    for row in sheet.rows[(headerIndex + 1)...] {
      let origin = "\(place):\(row.number)"
      let cell = { (column: Column) -> String in columns[column].flatMap { $0 < row.cells.count ? row.cells[$0].trimmed : nil } ?? "" }
      let texts = Set(row.cells.map(\.trimmed).filter { !$0.isEmpty })
      if texts.isEmpty { continue }
      if Self.columns(of: row.cells)[.code] == columns[.code] && Self.code(cell(.code)) == nil {
        skipped.append(Skipped(origin: origin, reason: "dòng tiêu đề lặp lại"))
        continue
      }
      let codeText = cell(.code)
      if Self.code(codeText) == nil && (texts.count == 1 || codeText.isEmpty) {
        if texts.count == 1 || (cell(.name).isEmpty && texts.count <= 2) {
          let heading = texts.sorted { $0.count > $1.count }.first!
          let folded = VietnameseText.slug(heading)
          if folded.contains("cap-tinh") { sectionLevel = .province }
          if folded.contains("cap-xa") { sectionLevel = .commune }
          if let change = Self.change(in: folded) { sectionChange = change }
          skipped.append(Skipped(origin: origin, reason: "dòng tiêu đề nhóm “\(heading.collapsed)”"))
          continue
        }
      }
      guard let code = Self.code(codeText) else {
        problems.append("\(origin): mã thủ tục “\(codeText)” không hợp lệ (mã có dạng 1.001193)")
        continue
      }
      var p = ImportedProcedure(code: code, origin: origin)
      p.name = cell(.name).collapsed.nonEmpty
      p.field = cell(.field).collapsed.nonEmpty
      let levelText = cell(.level)
      p.levels = Self.lines(levelText).flatMap { $0.split(separator: ";").map { String($0).collapsed } }.filter { !$0.isEmpty }
      let rowLevel: Level? =
        VietnameseText.slug(levelText).contains("cap-xa")
        ? .commune : VietnameseText.slug(levelText).contains("cap-tinh") ? .province : sectionLevel
      if let level, let rowLevel, rowLevel != level, !(p.levels.count > 1) {
        skipped.append(
          Skipped(origin: origin, reason: "thủ tục \(rowLevel == .province ? "cấp tỉnh" : "cấp xã") (--cap \(level.rawValue))"))
        continue
      }
      if p.levels.isEmpty, let sectionLevel { p.levels = [sectionLevel == .province ? "Cấp tỉnh" : "Cấp xã"] }
      p.deadline = cell(.deadline).collapsed.nonEmpty
      p.fees = Self.lines(cell(.fees))
      p.legalBasis = Self.lines(cell(.legal)).map { LegalDocument(number: $0, title: nil, issued: nil, issuer: nil) }
      p.agency = cell(.agency).collapsed.nonEmpty
      p.subjects = Self.lines(cell(.subjects))
      p.results = Self.lines(cell(.results))
      p.onlineLevel = Self.onlineLevel(cell(.online))
      p.body = Self.body(steps: Self.lines(cell(.steps)), documents: Self.lines(cell(.documents)))
      p.change = Self.change(in: VietnameseText.slug(cell(.change))) ?? sectionChange
      procedures.append(p)
    }
  }

  /// Column positions by what they hold, from a header row.
  static func columns(of cells: [String]) -> [Column: Int] {
    var found: [Column: Int] = [:]
    for (index, cell) in cells.enumerated() {
      let slug = VietnameseText.slug(cell)
      if let column = Column.allCases.first(where: { found[$0] == nil && $0.matches(slug) }) { found[column] = index }
    }
    return found
  }

  /// What a heading or a status cell says the announcement does.
  static func change(in slug: String) -> ImportedProcedure.Change? {
    if slug.contains("bai-bo") { return .abolished }
    if slug.contains("thay-the") { return .replaced }
    if slug.contains("sua-doi") || slug.contains("bo-sung") { return .amended }
    if slug.contains("moi-ban-hanh") || slug == "moi" { return .new }
    return nil
  }

  /// The national code in a cell: `1.001193`, also as a number that lost its trailing zeros
  /// (`2.00072`) or followed by a local suffix (`1.001193.000.00.00.H12`); nil when none.
  static func code(_ text: String) -> String? {
    let parts = text.collapsed.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count >= 2, parts[0].count == 1, parts[0].allSatisfy(\.isNumber) else { return nil }
    let digits = parts[1]
    guard (1...6).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    if digits.count < 6 && parts.count > 2 { return nil }
    return "\(parts[0]).\(digits)\(String(repeating: "0", count: 6 - digits.count))"
  }

  /// The non-empty lines of a cell, each without list marks ("- ", "+ ", "1. ").
  static func lines(_ text: String) -> [String] {
    text.split(whereSeparator: \.isNewline).map { line -> String in
      var s = Substring(String(line).collapsed)
      for mark in ["- ", "+ ", "* ", "• "] where s.hasPrefix(mark) { s = s.dropFirst(mark.count) }
      return String(s)
    }.filter { !$0.isEmpty }
  }

  static func onlineLevel(_ text: String) -> String? {
    let slug = VietnameseText.slug(text)
    if slug.isEmpty { return nil }
    if slug.contains("toan-trinh") || slug.contains("muc-do-4") || slug == "4" { return "toan_trinh" }
    if slug.contains("mot-phan") || slug.contains("muc-do-3") || slug == "3" { return "mot_phan" }
    if slug.contains("thong-tin") || slug.contains("muc-do-2") || slug == "2" { return "thong_tin" }
    if slug == "khong" { return "khong" }
    return nil
  }

  /// Steps and documents as the body's sections; nil when the row has neither.
  static func body(steps: [String], documents: [String]) -> String? {
    var sections: [String] = []
    if !steps.isEmpty {
      sections.append("## Trình tự thực hiện\n\n" + steps.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n"))
    }
    if !documents.isEmpty { sections.append("## Thành phần hồ sơ\n\n" + documents.map { "- " + $0 }.joined(separator: "\n")) }
    return sections.isEmpty ? nil : sections.joined(separator: "\n\n") + "\n"
  }

  /// "A", "B", … "AA" for a 0-based column.
  static func letter(_ index: Int) -> String {
    var n = index + 1
    var text = ""
    while n > 0 {
      let r = (n - 1) % 26
      text = String(UnicodeScalar(65 + r)!) + text
      n = (n - 1) / 26
    }
    return text
  }
}
