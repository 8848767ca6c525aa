import CCHCCore

/// Printed notices (niêm yết): QR codes of pages, the printable catalogue of procedures and
/// the hotline poster.
extension ContextBuilder {
  /// The caption printed under a procedure's QR code.
  static let qrCaption = "Quét mã để xem chi tiết và nộp hồ sơ trực tuyến"

  /// The `qr` block of a page: image URL, what it encodes, and its caption.
  func qr(for path: String, caption: String) -> QRData {
    QRData(
      url: routes.href(OutputPaths.qrCode(ofPage: path)), target: routes.absolute(path), caption: caption,
      alt: "Mã QR dẫn tới \(routes.absolute(path))")
  }

  /// Phone numbers of the first hotline page, for the foot of printed notices.
  func printHotlines() -> [Contact] {
    guard let hotline = site.hotlines.first else { return [] }
    return hotline.document.contacts.filter { !$0.phones.isEmpty }.prefix(3).map { contact in
      Contact(unit: contact.unit, phones: contact.phones.map { Phone(display: $0.display, tel: $0.telURL) })
    }
  }

  /// One-line deadline of a procedure: `thoi_han`, else each way's deadline.
  func deadlineSummary(_ p: Procedure) -> String? {
    if let deadline = p.deadline { return deadline }
    let parts = p.ways.compactMap { way in way.deadline.map { "\(way.method): \($0)" } }
    return parts.isEmpty ? nil : parts.joined(separator: "; ")
  }

  /// One-line fees of a procedure: `phi_le_phi`, else each way's fees.
  func feeSummary(_ p: Procedure) -> String? {
    if !p.fees.isEmpty { return p.fees.joined(separator: "; ") }
    let parts = p.ways.filter { !$0.fees.isEmpty }.map { "\($0.method): \($0.fees.joined(separator: ", "))" }
    return parts.isEmpty ? nil : parts.joined(separator: "; ")
  }

  /// The printable catalogue: every procedure in force, by field, with a small QR code each.
  public func catalogue() -> CataloguePage {
    CataloguePage(
      common: common(
        PageInfo(
          path: OutputPaths.catalogue, heading: "Danh mục thủ tục hành chính", kind: "catalogue",
          description: "Danh mục thủ tục hành chính đang tiếp nhận tại \(config.unitName), bản để in.",
          trail: [("Thủ tục hành chính", Routes.procedures)])),
      fields: site.fields.filter { !$0.active.isEmpty }.map { group in
        CatalogueField(
          name: group.name, count: group.active.count,
          procedures: group.active.map { rendered in
            let p = rendered.document
            return CatalogueRow(
              code: p.code, name: p.name, url: routes.href(rendered.path), qr: qr(for: rendered.path, caption: ""),
              deadline: deadlineSummary(p), fee: feeSummary(p),
              online: p.onlineLevel.map { Badge(label: $0.label, cssClass: $0.cssClass) })
          })
      },
      procedureCount: site.fields.reduce(0) { $0 + $1.active.count }, printHotlines: printHotlines())
  }

  /// The hotline poster of a hotline page.
  public func hotlinePoster(_ rendered: Rendered<HotlinePage>) -> HotlinePosterPage {
    let h = rendered.document
    return HotlinePosterPage(
      common: common(
        PageInfo(
          path: OutputPaths.poster(ofHotline: rendered.path), heading: h.title, kind: "hotline-poster",
          description: h.description, trail: [(h.title, rendered.path)])),
      hotline: PosterHotline(
        title: h.title, contacts: h.contacts.map(contact), url: routes.href(rendered.path), description: h.description),
      qr: qr(for: rendered.path, caption: "Quét mã để xem đầy đủ danh sách đường dây nóng"))
  }

  /// The satisfaction survey's A4 poster (`khao-sat/in/`): a large QR code, the unit, the
  /// hotline numbers.
  public func surveyPoster() -> SurveyPosterPage {
    let title = config.survey?.title ?? Survey.defaultTitle
    return SurveyPosterPage(
      common: common(
        PageInfo(
          path: OutputPaths.surveyPoster, heading: title, kind: "survey-poster",
          description: "Áp phích \(title.lowercased()) để in và dán tại Bộ phận một cửa.")),
      printHotlines: printHotlines())
  }
}
