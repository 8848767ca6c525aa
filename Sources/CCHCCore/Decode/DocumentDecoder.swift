import Foundation

/// Decodes articles, procedures, hotline pages and pages from their source files.
public struct DocumentDecoder: Sendable {
  /// The decoded site configuration (time zone, categories).
  public let site: SiteConfig
  /// Resolves references to files under `tep/`.
  public let resolver: ReferenceResolver

  /// Whether categories are checked against `site.yml` (not when it could not be read).
  public let checksCategories: Bool

  /// Creates a decoder for one site.
  public init(site: SiteConfig, resolver: ReferenceResolver, checksCategories: Bool = true) {
    self.site = site
    self.resolver = resolver
    self.checksCategories = checksCategories
  }

  /// Opens a file's front matter with a reader; nil after reporting a YAML problem.
  func reader(for file: SourceFile, diagnostics: inout Diagnostics) -> FieldReader? {
    guard let mapping = FrontMatter.parse(file, diagnostics: &diagnostics) else { return nil }
    return FieldReader(mapping: mapping, path: file.displayPath, lineOffset: file.frontMatterLine)
  }

  /// The URL slug of a file: `duong_dan` when given, else its name without a leading date, folded.
  func slug(for file: SourceFile, reader: inout FieldReader) -> String {
    if let custom = reader.string("duong_dan", label: "đường dẫn") {
      if VietnameseText.isSlug(custom) { return custom }
      reader.diagnostics.error(
        file.displayPath, reader.line(ofKey: "duong_dan"), "invalid-slug",
        "đường dẫn \"\(custom)\" chỉ được gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ \"\(VietnameseText.slug(custom))\"")
      return VietnameseText.slug(custom)
    }
    return Self.slug(fromFileName: file.relativePath)
  }

  static let utc = TimeZone(secondsFromGMT: 0)!

  /// "tin-bai/2026-01-22-Hội nghị.md" → "hoi-nghi".
  public static func slug(fromFileName path: String) -> String {
    // The file's own name without ".md", cut on bytes (the separators are ASCII).
    let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
    var name = path[(slash.map { path.utf8.index(after: $0) } ?? path.startIndex)...]
    if name.utf8.count >= 3, name.utf8.suffix(3).elementsEqual(".md".utf8) {
      name = name[..<name.utf8.index(name.endIndex, offsetBy: -3)]
    }
    // A "YYYY-MM-DD-" prefix (checked on bytes first, then as a real date) is not part of the slug.
    let bytes = Array(name.utf8.prefix(11))
    let looksDated =
      bytes.count == 11
      && bytes.enumerated().allSatisfy { index, byte in
        [4, 7, 10].contains(index) ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      }
    if looksDated, name.utf8.count > 11, ContentDate.parse(String(decoding: bytes.prefix(10), as: UTF8.self), timeZone: Self.utc) != nil {
      name = name[name.utf8.index(name.startIndex, offsetBy: 11)...]
    }
    return VietnameseText.slug(String(name))
  }

  /// Decodes an article.
  public func article(_ file: SourceFile, diagnostics: inout Diagnostics) -> Article? {
    guard var reader = reader(for: file, diagnostics: &diagnostics) else { return nil }
    var source = SourceRef(relativePath: file.relativePath, displayPath: file.displayPath, bodyLine: file.bodyLine)
    let title = reader.string("tieu_de", required: true, label: "tiêu đề")
    let date = reader.date("ngay", required: true, label: "ngày đăng", timeZone: site.timeZone)
    var categories = reader.strings("chuyen_muc", label: "chuyên mục")
    if checksCategories {
      categories = categories.compactMap { written in
        if let slug = site.category(named: written) { return slug }
        reader.diagnostics.error(
          file.displayPath, reader.line(ofKey: "chuyen_muc"), "unknown-category", site.unknownCategoryMessage(written))
        return nil
      }
    }
    let summary = reader.string("tom_tat", label: "tóm tắt")
    let image = resolver.check(
      reader.string("anh", label: "ảnh bìa"), key: "anh", from: source,
      line: reader.line(ofKey: "anh"), diagnostics: &reader.diagnostics)
    let author = reader.string("tac_gia", label: "tác giả")
    let origin = reader.string("nguon", label: "nguồn")
    let tags = reader.strings("tu_khoa", label: "từ khóa")
    let audio = resolver.check(
      reader.string("am_thanh", label: "tệp âm thanh"), key: "am_thanh", from: source,
      line: reader.line(ofKey: "am_thanh"), diagnostics: &reader.diagnostics)
    let isDraft = reader.bool("ban_nhap", label: "bản nháp") ?? false
    let slug = slug(for: file, reader: &reader)
    for key in ["duong_dan", "ban_nhap", "ngay"] where reader.entry(key) != nil { source.keyLines[key] = reader.line(ofKey: key) }
    reader.finish()
    diagnostics.merge(reader.diagnostics)
    guard let title, let date else { return nil }
    return Article(
      source: source, slug: slug, title: title, date: date, categories: categories, summary: summary,
      image: image, author: author, origin: origin, tags: tags, audio: audio, isDraft: isDraft, body: file.body)
  }

  /// Decodes a hotline page.
  public func hotlinePage(_ file: SourceFile, diagnostics: inout Diagnostics) -> HotlinePage? {
    guard var reader = reader(for: file, diagnostics: &diagnostics) else { return nil }
    var source = SourceRef(relativePath: file.relativePath, displayPath: file.displayPath, bodyLine: file.bodyLine)
    let title = reader.string("tieu_de", required: true, label: "tiêu đề")
    let description = reader.string("mo_ta", label: "mô tả")
    let contacts: [HotlineContact] = reader.records("danh_sach", label: "danh sách đường dây nóng") { item in
      let unit = item.string("don_vi", required: true, label: "đơn vị")
      let person = item.string("ho_ten", label: "họ tên")
      let position = item.string("chuc_vu", label: "chức vụ")
      let phoneTexts = item.strings("dien_thoai", label: "điện thoại")
        .flatMap { $0.split(whereSeparator: { ",;".contains($0) }).map { $0.trimmed } }
        .filter { !$0.isEmpty }
      var phones: [PhoneNumber] = []
      for text in phoneTexts {
        if let phone = PhoneNumber(text) {
          phones.append(phone)
        } else {
          item.diagnostics.error(
            item.path, item.line(ofKey: "dien_thoai"), "invalid-phone",
            "số điện thoại \"\(text)\" không hợp lệ; chỉ dùng chữ số, dấu chấm, dấu cách, dấu gạch, ngoặc và dấu + ở đầu")
        }
      }
      let email = item.string("email", label: "thư điện tử")
      if let email, !Self.isEmail(email) {
        item.diagnostics.error(item.path, item.line(ofKey: "email"), "invalid-email", "địa chỉ thư điện tử \"\(email)\" không hợp lệ")
      }
      let address = item.string("dia_chi", label: "địa chỉ")
      let hours = item.string("thoi_gian", label: "thời gian tiếp nhận")
      let topics = item.string("noi_dung", label: "nội dung tiếp nhận")
      if phoneTexts.isEmpty && email == nil {
        item.diagnostics.error(
          item.path, item.line(of: nil), "contact-missing",
          "mỗi mục đường dây nóng cần ít nhất một trong hai trường \"dien_thoai\" hoặc \"email\"")
      }
      guard let unit else { return nil }
      return HotlineContact(
        unit: unit, person: person, position: position, phones: phones, email: email,
        address: address, hours: hours, topics: topics)
    }
    let slug = slug(for: file, reader: &reader)
    if reader.entry("duong_dan") != nil { source.keyLines["duong_dan"] = reader.line(ofKey: "duong_dan") }
    reader.finish()
    diagnostics.merge(reader.diagnostics)
    guard let title else { return nil }
    return HotlinePage(source: source, slug: slug, title: title, description: description, contacts: contacts, body: file.body)
  }

  /// Decodes an other page.
  public func page(_ file: SourceFile, diagnostics: inout Diagnostics) -> Page? {
    guard var reader = reader(for: file, diagnostics: &diagnostics) else { return nil }
    var source = SourceRef(relativePath: file.relativePath, displayPath: file.displayPath, bodyLine: file.bodyLine)
    let title = reader.string("tieu_de", required: true, label: "tiêu đề")
    let order = reader.int("thu_tu", label: "thứ tự trong menu")
    let menuTitle = reader.string("ten_menu", label: "tên ngắn trong menu")
    let slug = slug(for: file, reader: &reader)
    if reader.entry("duong_dan") != nil { source.keyLines["duong_dan"] = reader.line(ofKey: "duong_dan") }
    reader.finish()
    diagnostics.merge(reader.diagnostics)
    guard let title else { return nil }
    return Page(source: source, slug: slug, title: title, order: order, menuTitle: menuTitle, body: file.body)
  }

  /// Decodes a dialogue or collection of questions and answers.
  public func dialogue(_ file: SourceFile, diagnostics: inout Diagnostics) -> Dialogue? {
    guard var reader = reader(for: file, diagnostics: &diagnostics) else { return nil }
    var source = SourceRef(relativePath: file.relativePath, displayPath: file.displayPath, bodyLine: file.bodyLine)
    let title = reader.string("tieu_de", required: true, label: "tiêu đề")
    let date = reader.date("ngay", required: true, label: "ngày tổ chức", timeZone: site.timeZone)
    let host = reader.string("chu_tri", required: true, label: "người chủ trì, trả lời")
    let format = reader.choice(
      "hinh_thuc", label: "hình thức", allowed: DialogueFormat.allCases.map(\.rawValue),
      parse: { written in DialogueFormat.allCases.first { VietnameseText.fold($0.rawValue) == VietnameseText.fold(written) } })
    let summary = reader.string("tom_tat", label: "tóm tắt")
    let questions: [DialogueQuestion] = reader.records("cau_hoi", label: "câu hỏi") { item in
      let asker = item.string("nguoi_hoi", required: true, label: "người hỏi")
      let address = item.string("dia_chi", label: "địa chỉ người hỏi")
      let askedOn = item.date("ngay_hoi", label: "ngày hỏi", timeZone: site.timeZone)
      let question = item.string("cau_hoi", required: true, label: "nội dung câu hỏi")
      let answer = item.string("tra_loi", required: true, label: "trả lời")
      let answerer = item.string("nguoi_tra_loi", label: "người trả lời")
      let procedures = item.strings("thu_tuc", label: "mã thủ tục liên quan")
      let field = item.string("linh_vuc", label: "lĩnh vực")
      guard let asker, let question, let answer else { return nil }
      return DialogueQuestion(
        asker: asker, address: address, askedOn: askedOn, question: question, answer: answer, answerer: answerer,
        procedures: procedures, field: field, line: item.line(of: nil), proceduresLine: item.line(ofKey: "thu_tuc"),
        answerLine: item.line(ofKey: "tra_loi") + (answer.contains("\n") ? 1 : 0))
    }
    if reader.entry("cau_hoi") == nil {
      reader.diagnostics.error(
        file.displayPath, reader.line(ofKey: "cau_hoi"), "missing-field",
        "thiếu trường bắt buộc \"cau_hoi\" (danh sách câu hỏi và câu trả lời)")
    }
    let slug = slug(for: file, reader: &reader)
    for key in ["duong_dan", "ngay"] where reader.entry(key) != nil { source.keyLines[key] = reader.line(ofKey: key) }
    reader.finish()
    diagnostics.merge(reader.diagnostics)
    guard let title, let date, let host else { return nil }
    return Dialogue(
      source: source, slug: slug, title: title, date: date, host: host, format: format, summary: summary,
      questions: questions, body: file.body)
  }

  /// A loose check that text looks like an e-mail address.
  static func isEmail(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(" ")
      && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
  }
}
