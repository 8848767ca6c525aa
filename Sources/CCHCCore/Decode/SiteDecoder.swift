import Foundation

/// Decodes `site.yml` into a `SiteConfig`.
public enum SiteDecoder {
  /// Decodes the site file. Missing or invalid keys are reported and replaced by placeholders so
  /// that the documents can still be checked in the same run; nil only when the YAML cannot be read.
  public static func decode(_ file: SourceFile, diagnostics: inout Diagnostics) -> SiteConfig? {
    guard let mapping = FrontMatter.parse(file, diagnostics: &diagnostics) else { return nil }
    var reader = FieldReader(mapping: mapping, path: file.displayPath, lineOffset: file.frontMatterLine)
    let unitName = reader.string("ten_don_vi", required: true, label: "tên đơn vị")
    let sectionTitle = reader.string("ten_chuyen_muc", label: "tên chuyên mục") ?? "Cải cách hành chính"
    var baseURL: BaseURL?
    if let text = reader.string("base_url", required: true, label: "địa chỉ gốc của trang") {
      baseURL = BaseURL(text)
      if baseURL == nil {
        reader.diagnostics.error(
          file.displayPath, reader.line(ofKey: "base_url"), "invalid-base-url",
          "base_url \"\(text)\" phải là địa chỉ tuyệt đối bắt đầu bằng http:// hoặc https://, ví dụ https://phuong.gov.vn/cai-cach-hanh-chinh/"
        )
      }
    }
    let description = reader.string("mo_ta", label: "mô tả")
    let address = reader.string("dia_chi", label: "địa chỉ")
    let phone = reader.string("dien_thoai", label: "điện thoại")
    let email = reader.string("email", label: "thư điện tử")
    let image = reader.string("anh_mac_dinh", label: "ảnh chia sẻ mặc định")
    let perPage = reader.int("so_bai_moi_trang", label: "số bài mỗi trang", minimum: 1) ?? 10
    let feedSize = reader.int("so_bai_rss", label: "số bài trong RSS", minimum: 1) ?? 20
    var timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!
    if let zoneName = reader.string("mui_gio", label: "múi giờ") {
      if let zone = TimeZone(identifier: zoneName) {
        timeZone = zone
      } else {
        reader.diagnostics.error(
          file.displayPath, reader.line(ofKey: "mui_gio"), "invalid-time-zone",
          "múi giờ \"\(zoneName)\" không tồn tại; hãy dùng tên IANA như Asia/Ho_Chi_Minh")
      }
    }
    let categories: [Category] = reader.records("chuyen_muc", label: "chuyên mục bài viết") { item in
      let slug = item.string("ma", required: true, label: "mã chuyên mục")
      let name = item.string("ten", required: true, label: "tên chuyên mục")
      let description = item.string("mo_ta", label: "mô tả chuyên mục")
      if let slug, !VietnameseText.isSlug(slug) {
        item.diagnostics.error(
          item.path, item.line(ofKey: "ma"), "invalid-slug",
          "mã chuyên mục \"\(slug)\" chỉ được gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ \"\(VietnameseText.slug(slug))\"")
        return nil
      }
      guard let slug, let name else { return nil }
      return Category(slug: slug, name: name, description: description)
    }
    let targets = planTargets(&reader, categories: categories)
    let isSample = reader.bool("du_lieu_mau", label: "dữ liệu mẫu") ?? false
    let feedback = feedbackChannels(&reader)
    let survey = survey(&reader)
    let deskScreen = deskScreen(&reader)
    reader.finish()
    diagnostics.merge(reader.diagnostics)
    return SiteConfig(
      unitName: unitName ?? "", sectionTitle: sectionTitle,
      baseURL: baseURL ?? SiteConfig.placeholder.baseURL, description: description,
      address: address, phone: phone, email: email, defaultImage: image, articlesPerPage: perPage,
      timeZone: timeZone, categories: categories, targets: targets, isSample: isSample, feedSize: feedSize,
      feedback: feedback, survey: survey, deskScreen: deskScreen)
  }

  /// `chi_tieu`: the documented targets; an unknown key is a warning at its line (with the
  /// nearest known key), a category that `chuyen_muc` does not declare an error.
  static func planTargets(_ reader: inout FieldReader, categories: [Category]) -> PlanTargets {
    var targets = PlanTargets()
    _ = reader.record("chi_tieu", label: "chỉ tiêu") { item -> Bool? in
      targets.articlesPerMonth = item.int("bai_moi_thang", label: "số bài mỗi tháng", minimum: 0)
      targets.bulletinsPerWeek = item.int("ban_tin_moi_tuan", label: "số bản tin mỗi tuần", minimum: 0)
      targets.audioPerMonth = item.int("am_thanh_moi_thang", label: "số bài có âm thanh mỗi tháng", minimum: 0)
      targets.dialoguesPerQuarter = item.int("hoi_dap_moi_quy", label: "số buổi hỏi đáp, đối thoại mỗi quý", minimum: 0)
      let slugs = Set(categories.map(\.slug))
      targets.bulletinCategory = item.string("ban_tin_chuyen_muc", label: "chuyên mục bản tin")
      if let slug = targets.bulletinCategory, !slugs.contains(slug) {
        item.diagnostics.error(
          item.path, item.line(ofKey: "ban_tin_chuyen_muc"), "unknown-category",
          "chuyên mục \"\(slug)\" (ban_tin_chuyen_muc) chưa được khai báo trong chuyen_muc")
      }
      _ = item.record("chuyen_muc", label: "chỉ tiêu từng chuyên mục") { perCategory -> Bool? in
        for (key, value) in perCategory.mapping {
          guard let slug = key.scalar?.string else { continue }
          perCategory.known.append(slug)
          guard let number = value.scalar.flatMap({ Int($0.string) }), number >= 0 else {
            perCategory.error(value, "wrong-type", "chỉ tiêu của chuyên mục \"\(slug)\" phải là một số nguyên")
            continue
          }
          if slugs.contains(slug) {
            targets.perCategoryMonthly[slug] = number
          } else {
            perCategory.error(key, "unknown-category", "chuyên mục \"\(slug)\" chưa được khai báo trong chuyen_muc")
          }
        }
        return true
      }
      return true
    }
    return targets
  }

  /// `phan_anh`: each channel needs a name and at least a link, a phone or an e-mail.
  static func feedbackChannels(_ reader: inout FieldReader) -> [FeedbackChannel] {
    reader.records("phan_anh", label: "nơi tiếp nhận phản ánh, kiến nghị") { item in
      let name = item.string("ten", required: true, label: "tên nơi tiếp nhận")
      let link = item.string("link", label: "địa chỉ trang phản ánh")
      if let link { item.checkURL(link, key: "link") }
      let phones = item.strings("dien_thoai", label: "điện thoại").compactMap { text -> PhoneNumber? in
        if let phone = PhoneNumber(text) { return phone }
        item.diagnostics.error(
          item.path, item.line(ofKey: "dien_thoai"), "invalid-phone",
          "số điện thoại \"\(text)\" không hợp lệ; chỉ dùng chữ số, dấu chấm, dấu cách, dấu gạch, ngoặc và dấu + ở đầu")
        return nil
      }
      let email = item.string("email", label: "thư điện tử")
      if let email, !DocumentDecoder.isEmail(email) {
        item.diagnostics.error(item.path, item.line(ofKey: "email"), "invalid-email", "địa chỉ thư điện tử \"\(email)\" không hợp lệ")
      }
      if link == nil && phones.isEmpty && email == nil && item.entry("dien_thoai") == nil {
        item.diagnostics.error(
          item.path, item.line(of: nil), "contact-missing",
          "mỗi nơi tiếp nhận phản ánh cần ít nhất một trong các trường \"link\", \"dien_thoai\", \"email\"")
      }
      guard let name else { return nil }
      return FeedbackChannel(name: name, link: link, phones: phones, email: email)
    }
  }

  /// `khao_sat`: the survey's address, written alone or as `{link, ten}`.
  static func survey(_ reader: inout FieldReader) -> Survey? {
    let line = reader.line(ofKey: "khao_sat")
    let survey = reader.record(
      "khao_sat", label: "khảo sát mức độ hài lòng",
      stringForm: { Survey(url: $0, title: Survey.defaultTitle) }
    ) { item -> Survey? in
      guard let link = item.string("link", required: true, label: "địa chỉ khảo sát") else { return nil }
      return Survey(url: link, title: item.string("ten", label: "tên khảo sát") ?? Survey.defaultTitle)
    }
    if let survey, !URLSafety.isHTTP(survey.url) {
      reader.diagnostics.error(
        reader.path, line, "invalid-url",
        "địa chỉ khảo sát \"\(survey.url)\" phải là địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://")
      return nil
    }
    return survey
  }

  /// `man_hinh`: which panels, how long each, how often to look for a new build.
  static func deskScreen(_ reader: inout FieldReader) -> DeskScreenSettings {
    var settings = DeskScreenSettings()
    _ = reader.record("man_hinh", label: "màn hình tại Bộ phận một cửa") { item -> Bool? in
      let allowed = DeskScreenSettings.Panel.allCases.map(\.rawValue)
      if item.entry("bang") != nil {
        let names = item.strings("bang", label: "các bảng")
        settings.panels = names.compactMap { name in
          if let panel = DeskScreenSettings.Panel(rawValue: name) { return panel }
          item.diagnostics.error(
            item.path, item.line(ofKey: "bang"), "invalid-value",
            "bảng \"\(name)\" không có; chỉ nhận: \(allowed.joined(separator: ", "))")
          return nil
        }
      }
      settings.seconds = item.int("giay", label: "số giây mỗi bảng", minimum: 3) ?? settings.seconds
      settings.reloadMinutes = item.int("tai_lai_phut", label: "số phút giữa hai lần tải lại", minimum: 1) ?? settings.reloadMinutes
      settings.articleCount = item.int("so_bai", label: "số bài mới", minimum: 1) ?? settings.articleCount
      settings.months = item.int("so_thang", label: "số tháng thủ tục mới, sửa đổi", minimum: 1) ?? settings.months
      return true
    }
    return settings
  }
}
