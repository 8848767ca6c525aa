import CCHCCore

extension ContextBuilder {
  /// The procedure index: every field with its procedures, and the withdrawn ones apart.
  public func procedureIndex() -> ProcedureIndexPage {
    let active = site.fields.filter { !$0.active.isEmpty }
    return ProcedureIndexPage(
      common: common(
        PageInfo(
          path: Routes.procedures, heading: "Thủ tục hành chính", kind: "procedure-index",
          description: "Danh mục thủ tục hành chính do \(config.unitName) tiếp nhận, giải quyết: mã, tên, lĩnh vực, mức độ trực tuyến.")),
      procedureCount: active.reduce(0) { $0 + $1.active.count },
      fields: active.map { group in
        FieldBlock(
          name: group.name, slug: group.slug, url: routes.href(group.path), count: group.active.count,
          procedures: group.active.map(procedureRow))
      },
      abolished: site.procedures.filter { $0.document.status.isWithdrawn }.map(procedureRow), filters: searchFilters(),
      catalogueURL: routes.href(OutputPaths.catalogue), mode: "procedures", label: "Tìm thủ tục hành chính")
  }

  /// One field's page.
  public func procedureField(_ group: FieldGroup) -> ProcedureFieldPage {
    ProcedureFieldPage(
      common: common(
        PageInfo(
          path: group.path, heading: "Lĩnh vực \(group.name)", kind: "procedure-field",
          description: "Thủ tục hành chính lĩnh vực \(group.name) tại \(config.unitName).",
          trail: [("Thủ tục hành chính", Routes.procedures)])),
      field: FieldInfo(name: group.name, url: routes.href(group.path), count: group.active.count),
      procedures: group.active.map(procedureRow), abolished: group.withdrawn.map(procedureRow))
  }

  /// One procedure's page.
  public func procedure(_ rendered: RenderedProcedure) -> ProcedurePage {
    let p = rendered.document
    let group = field(of: p)
    var trail = [("Thủ tục hành chính", Routes.procedures)]
    if let group { trail.append(("Lĩnh vực \(group.name)", group.path)) }
    let description = p.description ?? "\(p.name) (mã \(p.code)), lĩnh vực \(fieldName(p))."
    let common = self.common(
      PageInfo(
        path: rendered.path, heading: p.name, kind: "procedure", description: description,
        trail: trail, share: ShareInfo(jsonLD: procedureLD(rendered, description: description))))
    let label = p.onlineLevel == .full || p.onlineLevel == .partial ? "Nộp hồ sơ trực tuyến" : "Xem trên Cổng Dịch vụ công"
    let detail = ProcedureDetail(
      code: p.code, name: p.name, field: fieldName(p), fieldURL: routes.href(group?.path ?? Routes.procedures),
      url: routes.href(rendered.path), status: Badge(label: p.status.label, cssClass: p.status.cssClass),
      facts: facts(p), bodyHTML: rendered.body.html,
      online: p.onlineLevel.map { Badge(label: $0.label, cssClass: $0.cssClass) }, notice: notice(p), upcoming: upcoming(p),
      ways: p.ways.isEmpty
        ? nil : p.ways.map { Way(method: $0.method, fees: $0.fees, deadline: $0.deadline, description: $0.description) },
      legal: p.legalBasis.isEmpty
        ? nil
        : p.legalBasis.map { Legal(number: $0.number, title: $0.title, date: $0.issued.map(dates.display), issuer: $0.issuer) },
      forms: p.forms.isEmpty
        ? nil
        : p.forms.map { form in
          let size = site.staticFiles.first { $0.relativePath == form.file }?.size ?? 0
          let ext = form.file.split(separator: ".").last.map { $0.uppercased() } ?? ""
          return FormLink(name: form.name, url: fileURL(form.file), ext: ext, size: Self.byteSize(size))
        },
      onlineLink: p.status.isWithdrawn ? nil : p.onlineLink.map { OnlineLink(url: $0, label: label) },
      description: p.description,
      qr: qr(for: rendered.path, caption: p.status.isWithdrawn ? "Quét mã để xem chi tiết" : Self.qrCaption),
      deadlineSummary: deadlineSummary(p), feeSummary: feeSummary(p))
    return ProcedurePage(
      common: common, procedure: detail, printHotlines: printHotlines(), catalogueURL: routes.href(OutputPaths.catalogue),
      relatedQuestions: relatedQuestions(p.code))
  }

  /// The notice shown when a procedure is not simply in force, saying what holds from which
  /// day: "đã bị bãi bỏ từ 01/12/2026", not "(hiệu lực từ 01/12/2026)".
  func notice(_ p: Procedure) -> Notice? {
    let now = site.now.instant
    let day = p.effectiveDate.map { (date: dates.display($0), ahead: $0.instant > now) }
    var text: String
    switch p.status {
    case .inForce:
      guard let day, day.ahead else { return nil }
      return Notice(cssClass: "hieu-luc", text: "Thủ tục có hiệu lực từ \(day.date)")
    case .new:
      text = "Thủ tục mới ban hành" + (day.map { ", có hiệu lực từ \($0.date)" } ?? "")
    case .amended:
      text =
        "Thủ tục đã được sửa đổi, bổ sung"
        + (day.map { $0.ahead ? "; nội dung sửa đổi có hiệu lực từ \($0.date)" : "; nội dung dưới đây có hiệu lực từ \($0.date)" } ?? "")
    case .replaced:
      text =
        day.map {
          $0.ahead
            ? "Thủ tục này được thay thế, có hiệu lực từ \($0.date)" : "Thủ tục này đã được thay thế từ \($0.date), không còn áp dụng"
        }
        ?? "Thủ tục này đã được thay thế, không còn áp dụng"
    case .abolished:
      text =
        day.map {
          $0.ahead
            ? "Thủ tục này bị bãi bỏ, có hiệu lực từ \($0.date)" : "Thủ tục này đã bị bãi bỏ từ \($0.date), không còn tiếp nhận hồ sơ"
        }
        ?? "Thủ tục này đã bị bãi bỏ, không còn tiếp nhận hồ sơ"
    }
    let basis = p.status.isWithdrawn ? p.withdrawal ?? p.announcement : p.announcement
    return Notice(
      cssClass: p.status.cssClass, text: text, decision: basis.map(decisionText) ?? p.ministryDecision,
      replacement: replacement(p.replacedBy))
  }

  /// "Quyết định số 12/QĐ-UBND ngày 01/12/2026".
  func decisionText(_ decision: Decision) -> String {
    decision.number + (decision.date.map { " ngày \(dates.display($0))" } ?? "")
  }

  /// Code, name and URL of a replacing procedure (name and URL when the site lists it).
  func replacement(_ code: String?) -> Replacement? {
    guard let code else { return nil }
    let target = site.procedures.first { $0.document.code == code }
    return Replacement(code: code, name: target?.document.name, url: target.map { routes.href($0.path) })
  }

  /// The label/value rows, in the national portal's order; absent facts are left out.
  /// Each row's `html` is its value ready to print: the text escaped, a list as `<ul>`, the
  /// announcing decision as a link when it has one.
  func facts(_ p: Procedure) -> [Fact] {
    var rows: [Fact] = []
    func add(_ label: String, _ value: String?) {
      if let value, !value.isEmpty { rows.append(Fact(label: label, value: value, html: Escape.html(value))) }
    }
    func addList(_ label: String, _ values: [String]) {
      if values.count == 1 {
        add(label, values[0])
      } else if !values.isEmpty {
        let items = values.map { "<li>\(Escape.html($0))</li>" }.joined()
        rows.append(Fact(label: label, values: values, html: "<ul>\(items)</ul>"))
      }
    }
    add("Mã thủ tục", p.code)
    add("Số quyết định", p.ministryDecision)
    if let decision = p.announcement {
      var text = decision.number
      if let date = decision.date { text += " ngày \(dates.display(date))" }
      let link = decision.link
      let html = link.map { "<a href=\"\(Escape.html($0))\" rel=\"noopener\">\(Escape.html(text))</a>" } ?? Escape.html(text)
      rows.append(Fact(label: "Quyết định công bố", value: text, html: html, link: link))
    }
    add("Tên thủ tục", p.name)
    add("Cấp thực hiện", p.levels.joined(separator: ", "))
    add("Loại thủ tục", p.type)
    add("Lĩnh vực", fieldName(p))
    addList("Đối tượng thực hiện", p.subjects)
    add("Cơ quan thực hiện", p.agency)
    add("Cơ quan có thẩm quyền", p.authority)
    add("Địa chỉ tiếp nhận hồ sơ", p.receivingAddress)
    add("Cơ quan phối hợp", p.coordinatingAgency)
    addList("Kết quả thực hiện", p.results)
    add("Thời hạn giải quyết", p.deadline)
    addList("Phí, lệ phí", p.fees)
    add("Mức độ dịch vụ công trực tuyến", p.onlineLevel?.label)
    if let anywhere = p.acceptedAnywhere {
      add("Tiếp nhận không phụ thuộc địa giới hành chính", anywhere ? "Có: nộp hồ sơ tại bất kỳ điểm tiếp nhận nào trong tỉnh" : "Không")
    }
    add("Tình trạng", p.status.label)
    if p.status.isWithdrawn, let withdrawal = p.withdrawal {
      add(p.status == .replaced ? "Quyết định thay thế" : "Quyết định bãi bỏ", decisionText(withdrawal))
    }
    if let effective = p.effectiveDate { add("Ngày có hiệu lực", dates.display(effective)) }
    if let updated = p.updated { add("Ngày cập nhật", dates.display(updated)) }
    return rows
  }

  /// "24 KB", "1,2 MB".
  static func byteSize(_ bytes: Int) -> String {
    if bytes < 1024 { return "\(bytes) byte" }
    if bytes < 1024 * 1024 { return "\((bytes + 512) / 1024) KB" }
    let tenths = (bytes * 10 + 524_288) / 1_048_576
    return "\(tenths / 10),\(tenths % 10) MB"
  }
}
