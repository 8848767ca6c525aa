/// Categories as editors write them in `chuyen_muc`: by code (`chinh-quyen-so`) or by the
/// name the site shows ("Chính quyền điện tử – chính quyền số"), with or without marks and
/// whatever dash.
extension SiteConfig {
  /// The code of the declared category written as `written` (its code, its name, or either
  /// without marks); nil when none matches.
  public func category(named written: String) -> String? {
    if categories.contains(where: { $0.slug == written }) { return written }
    let key = VietnameseText.slug(written)
    guard !key.isEmpty else { return nil }
    return categories.first { VietnameseText.slug($0.name) == key }?.slug ?? categories.first { $0.slug == key }?.slug
  }

  /// Why `written` is not a category, with the nearest declared one and every declared one.
  public func unknownCategoryMessage(_ written: String) -> String {
    var message = "chuyên mục \"\(written)\" chưa được khai báo trong site.yml (chuyen_muc)"
    let key = VietnameseText.slug(written)
    if let near = Suggestion.nearest(to: key, among: categories.map(\.slug) + categories.map { VietnameseText.slug($0.name) }),
      let category = categories.first(where: { $0.slug == near || VietnameseText.slug($0.name) == near })
    {
      message += "; có phải ý bạn là \"\(category.slug)\" (\(category.name))?"
    }
    if categories.isEmpty {
      message += "; site.yml chưa khai báo chuyên mục nào"
    } else {
      message +=
        (message.hasSuffix("?") ? " " : ". ") + "Các chuyên mục đã khai báo (viết mã hoặc đúng tên): "
        + categories.map { "\($0.slug) (\($0.name))" }.joined(separator: ", ")
    }
    return message
  }
}
