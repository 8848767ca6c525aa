import CCHCCore

extension ContextBuilder {
  /// The procedure index: every field with its procedures, and the withdrawn ones apart.
  public func procedureIndex() -> [String: Any] {
    var context = common(
      PageInfo(
        path: Routes.procedures, heading: "Thủ tục hành chính", kind: "procedure-index",
        description: "Danh mục thủ tục hành chính do \(config.unitName) tiếp nhận, giải quyết: mã, tên, lĩnh vực, mức độ trực tuyến."))
    let active = site.fields.filter { !$0.active.isEmpty }
    context["procedure_count"] = active.reduce(0) { $0 + $1.active.count }
    context["fields"] = active.map { group in
      [
        "name": group.name, "slug": group.slug, "url": routes.href(group.path), "count": group.active.count,
        "procedures": group.active.map(procedureRow),
      ] as [String: Any]
    }
    context["abolished"] = site.procedures.filter { $0.document.status.isWithdrawn }.map(procedureRow)
    context["search_filters"] = searchFilters()
    context["catalogue_url"] = routes.href(OutputPaths.catalogue)
    context["search_mode"] = "procedures"
    context["search_label"] = "Tìm thủ tục hành chính"
    return context
  }

  /// One field's page.
  public func procedureField(_ group: FieldGroup) -> [String: Any] {
    var context = common(
      PageInfo(
        path: group.path, heading: "Lĩnh vực \(group.name)", kind: "procedure-field",
        description: "Thủ tục hành chính lĩnh vực \(group.name) tại \(config.unitName).",
        trail: [("Thủ tục hành chính", Routes.procedures)]))
    context["field"] = ["name": group.name, "url": routes.href(group.path), "count": group.active.count]
    context["procedures"] = group.active.map(procedureRow)
    context["abolished"] = group.withdrawn.map(procedureRow)
    return context
  }

  /// One procedure's page.
  public func procedure(_ rendered: RenderedProcedure) -> [String: Any] {
    let p = rendered.document
    let group = field(of: p)
    var trail = [("Thủ tục hành chính", Routes.procedures)]
    if let group { trail.append(("Lĩnh vực \(group.name)", group.path)) }
    let description = p.description ?? "\(p.name) (mã \(p.code)), lĩnh vực \(fieldName(p))."
    var context = common(
      PageInfo(
        path: rendered.path, heading: p.name, kind: "procedure", description: description,
        trail: trail, share: ShareInfo(jsonLD: procedureLD(rendered, description: description))))
    var model: [String: Any] = [
      "code": p.code, "name": p.name, "field": fieldName(p), "field_url": routes.href(group?.path ?? Routes.procedures),
      "url": routes.href(rendered.path), "status": ["label": p.status.label, "class": p.status.cssClass],
      "facts": facts(p), "body_html": rendered.body.html,
    ]
    if let online = p.onlineLevel { model["online"] = ["label": online.label, "class": online.cssClass] }
    model["notice"] = notice(p)
    model["upcoming"] = upcoming(p)
    if !p.ways.isEmpty {
      model["ways"] = p.ways.map { way -> [String: Any] in
        var row: [String: Any] = ["method": way.method, "fees": way.fees]
        row["deadline"] = way.deadline
        row["description"] = way.description
        return row
      }
    }
    if !p.legalBasis.isEmpty {
      model["legal"] = p.legalBasis.map { doc -> [String: Any] in
        var row: [String: Any] = ["number": doc.number]
        row["title"] = doc.title
        row["date"] = doc.issued.map(dates.display)
        row["issuer"] = doc.issuer
        return row
      }
    }
    if !p.forms.isEmpty {
      model["forms"] = p.forms.map { form -> [String: Any] in
        let size = site.staticFiles.first { $0.relativePath == form.file }?.size ?? 0
        let ext = form.file.split(separator: ".").last.map { $0.uppercased() } ?? ""
        return ["name": form.name, "url": fileURL(form.file), "ext": ext, "size": Self.byteSize(size)]
      }
    }
    if let link = p.onlineLink, !p.status.isWithdrawn {
      let label = p.onlineLevel == .full || p.onlineLevel == .partial ? "Nộp hồ sơ trực tuyến" : "Xem trên Cổng Dịch vụ công"
      model["online_link"] = ["url": link, "label": label]
    }
    model["description"] = p.description
    model["qr"] = qr(for: rendered.path, caption: p.status.isWithdrawn ? "Quét mã để xem chi tiết" : Self.qrCaption)
    model["deadline_summary"] = deadlineSummary(p)
    model["fee_summary"] = feeSummary(p)
    context["procedure"] = model
    context["print_hotlines"] = printHotlines()
    context["catalogue_url"] = routes.href(OutputPaths.catalogue)
    return context
  }

  /// The notice shown when a procedure is not simply in force, saying what holds from which
  /// day: "đã bị bãi bỏ từ 01/12/2026", not "(hiệu lực từ 01/12/2026)".
  func notice(_ p: Procedure) -> [String: Any]? {
    let now = site.now.instant
    let day = p.effectiveDate.map { (date: dates.display($0), ahead: $0.instant > now) }
    var text: String
    switch p.status {
    case .inForce:
      guard let day, day.ahead else { return nil }
      return ["class": "hieu-luc", "text": "Thủ tục có hiệu lực từ \(day.date)"]
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
    var model: [String: Any] = ["class": p.status.cssClass, "text": text]
    let basis = p.status.isWithdrawn ? p.withdrawal ?? p.announcement : p.announcement
    if let decision = basis.map(decisionText) ?? p.ministryDecision {
      model["decision"] = decision
    }
    if let replacement = replacement(p.replacedBy) { model["replacement"] = replacement }
    return model
  }

  /// "Quyết định số 12/QĐ-UBND ngày 01/12/2026".
  func decisionText(_ decision: Decision) -> String {
    decision.number + (decision.date.map { " ngày \(dates.display($0))" } ?? "")
  }

  /// Code, name and URL of a replacing procedure (name and URL when the site lists it).
  func replacement(_ code: String?) -> [String: Any]? {
    guard let code else { return nil }
    var replacement: [String: Any] = ["code": code]
    if let target = site.procedures.first(where: { $0.document.code == code }) {
      replacement["name"] = target.document.name
      replacement["url"] = routes.href(target.path)
    }
    return replacement
  }

  /// The label/value rows, in the national portal's order; absent facts are left out.
  /// Each row's `html` is its value ready to print: the text escaped, a list as `<ul>`, the
  /// announcing decision as a link when it has one.
  func facts(_ p: Procedure) -> [[String: Any]] {
    var rows: [[String: Any]] = []
    func add(_ label: String, _ value: String?) {
      if let value, !value.isEmpty { rows.append(["label": label, "value": value, "html": Escape.html(value)]) }
    }
    func addList(_ label: String, _ values: [String]) {
      if values.count == 1 {
        add(label, values[0])
      } else if !values.isEmpty {
        let items = values.map { "<li>\(Escape.html($0))</li>" }.joined()
        rows.append(["label": label, "values": values, "html": "<ul>\(items)</ul>"])
      }
    }
    add("Mã thủ tục", p.code)
    add("Số quyết định", p.ministryDecision)
    if let decision = p.announcement {
      var text = decision.number
      if let date = decision.date { text += " ngày \(dates.display(date))" }
      var row: [String: Any] = ["label": "Quyết định công bố", "value": text, "html": Escape.html(text)]
      if let link = decision.link {
        row["link"] = link
        row["html"] = "<a href=\"\(Escape.html(link))\" rel=\"noopener\">\(Escape.html(text))</a>"
      }
      rows.append(row)
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
