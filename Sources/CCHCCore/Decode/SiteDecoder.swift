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
    var targets: [String: Int] = [:]
    _ = reader.record("chi_tieu", label: "chỉ tiêu") { item -> Bool? in
      for (key, value) in item.mapping {
        guard let name = key.scalar?.string else { continue }
        if let number = value.scalar.flatMap({ Int($0.string) }) {
          targets[name] = number
        } else {
          item.error(value, "wrong-type", "chỉ tiêu \"\(name)\" phải là một số nguyên")
        }
        item.known.append(name)
      }
      return true
    }
    let isSample = reader.bool("du_lieu_mau", label: "dữ liệu mẫu") ?? false
    reader.finish()
    diagnostics.merge(reader.diagnostics)
    return SiteConfig(
      unitName: unitName ?? "", sectionTitle: sectionTitle,
      baseURL: baseURL ?? SiteConfig.placeholder.baseURL, description: description,
      address: address, phone: phone, email: email, defaultImage: image, articlesPerPage: perPage,
      timeZone: timeZone, categories: categories, targets: targets, isSample: isSample, feedSize: feedSize)
  }
}
