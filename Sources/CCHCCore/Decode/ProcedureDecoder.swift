import Foundation

extension DocumentDecoder {
  /// Decodes a procedure, keeping its code exactly as written.
  public func procedure(_ file: SourceFile, diagnostics: inout Diagnostics) -> Procedure? {
    guard var r = reader(for: file, diagnostics: &diagnostics) else { return nil }
    var source = SourceRef(relativePath: file.relativePath, displayPath: file.displayPath, bodyLine: file.bodyLine)
    source.keyLines["ma"] = r.line(ofKey: "ma")
    var procedure = procedure(&r, source: source, body: file.body)
    let changes = self.changes(&r) { merged in self.procedure(&merged, source: source, body: file.body) }
    r.finish()
    diagnostics.merge(r.diagnostics)
    procedure?.changes = changes
    return procedure
  }

  /// The procedure's keys read from `r` (unknown keys are left for `finish`).
  func procedure(_ r: inout FieldReader, source: SourceRef, body: String) -> Procedure? {
    var source = source
    let file = (displayPath: source.displayPath, body: body)
    let zone = site.timeZone
    let code = r.string("ma", required: true, label: "mã thủ tục")
    if let code, !Self.isValidCode(code) {
      r.diagnostics.error(
        file.displayPath, r.line(ofKey: "ma"), "invalid-code",
        "mã thủ tục \"\(code)\" chỉ được gồm chữ, số, dấu chấm và dấu gạch, ví dụ 1.001193")
    }
    let name = r.string("ten", required: true, label: "tên thủ tục")
    let field = r.string("linh_vuc", required: true, label: "lĩnh vực")
    let levels = r.strings("cap_thuc_hien", label: "cấp thực hiện")
    let type = r.string("loai_thu_tuc", label: "loại thủ tục")
    let ministryDecision = r.string("so_quyet_dinh", label: "số quyết định")
    let announcement = decision(&r, "quyet_dinh_cong_bo", label: "quyết định công bố")
    let agency = r.string("co_quan_thuc_hien", label: "cơ quan thực hiện")
    let authority = r.string("co_quan_tham_quyen", label: "cơ quan có thẩm quyền")
    let receivingAddress = r.string("dia_chi_tiep_nhan", label: "địa chỉ tiếp nhận hồ sơ")
    let coordinating = r.string("co_quan_phoi_hop", label: "cơ quan phối hợp")
    let subjects = r.strings("doi_tuong", label: "đối tượng thực hiện")
    let ways: [FilingWay] = r.records("cach_thuc", label: "cách thức thực hiện") { item in
      let method = item.string("hinh_thuc", required: true, label: "hình thức nộp")
      let deadline = item.string("thoi_han", label: "thời hạn giải quyết")
      let fees = item.strings("phi_le_phi", label: "phí, lệ phí")
      let description = item.string("mo_ta", label: "mô tả")
      return method.map { FilingWay(method: $0, deadline: deadline, fees: fees, description: description) }
    }
    let deadline = r.string("thoi_han", label: "thời hạn giải quyết")
    let fees = r.strings("phi_le_phi", label: "phí, lệ phí")
    let results = r.strings("ket_qua", label: "kết quả thực hiện")
    let legal: [LegalDocument] = r.records(
      "can_cu_phap_ly", label: "căn cứ pháp lý",
      stringForm: { LegalDocument(number: $0, title: nil, issued: nil, issuer: nil) }
    ) { item in
      let number = item.string("so_hieu", required: true, label: "số hiệu văn bản")
      let title = item.string("trich_yeu", label: "trích yếu")
      let issued = item.date("ngay_ban_hanh", label: "ngày ban hành", timeZone: zone)
      let issuer = item.string("co_quan_ban_hanh", label: "cơ quan ban hành")
      return number.map { LegalDocument(number: $0, title: title, issued: issued, issuer: issuer) }
    }
    let online = r.choice(
      "dvc_truc_tuyen", label: "mức dịch vụ công trực tuyến",
      allowed: ["toan_trinh", "mot_phan", "thong_tin", "khong"], parse: OnlineLevel.init(text:))
    let onlineLink = r.string("link_dvc", label: "liên kết dịch vụ công")
    if let onlineLink { r.checkURL(onlineLink, key: "link_dvc") }
    let anywhere = r.bool("phi_dia_gioi", label: "tiếp nhận phi địa giới")
    let status =
      r.choice(
        "trang_thai", label: "trạng thái", allowed: ProcedureStatus.allCases.map(\.rawValue),
        parse: ProcedureStatus.init(rawValue:)) ?? .inForce
    let effective = r.date("ngay_hieu_luc", label: "ngày có hiệu lực", timeZone: zone)
    if effective != nil { source.keyLines["ngay_hieu_luc"] = r.line(ofKey: "ngay_hieu_luc") }
    let replacedBy = r.string("thay_the_boi", label: "mã thủ tục thay thế")
    let updated = r.date("ngay_cap_nhat", label: "ngày cập nhật", timeZone: zone)
    let forms: [FormFile] = r.records("mau_don", label: "mẫu đơn, tờ khai") { item in
      let name = item.string("ten", required: true, label: "tên mẫu đơn")
      let fileRef = item.string("tep", required: true, label: "tệp mẫu đơn")
      let path = resolver.check(fileRef, key: "tep", from: source, line: item.line(ofKey: "tep"), diagnostics: &item.diagnostics)
      guard let name, let path else { return nil }
      return FormFile(name: name, file: path)
    }
    let keywords = r.strings("tu_khoa", label: "từ khóa")
    let description = r.string("mo_ta", label: "mô tả")
    let withdrawal = decision(&r, "quyet_dinh_bai_bo", label: "quyết định bãi bỏ")
    _ = r.value("thay_doi", label: "thay đổi từ ngày sau")  // read by `changes`
    _ = r.string("nhap_noi_dung", label: "dấu của nội dung do cchc nhap viết")  // read by `cchc nhap`
    guard let code, let name, let field else { return nil }
    return Procedure(
      source: source, code: code, name: name, field: field, levels: levels, type: type,
      ministryDecision: ministryDecision, announcement: announcement, agency: agency, authority: authority,
      receivingAddress: receivingAddress, coordinatingAgency: coordinating, subjects: subjects, ways: ways,
      deadline: deadline, fees: fees, results: results, legalBasis: legal, onlineLevel: online,
      onlineLink: onlineLink, acceptedAnywhere: anywhere, status: status, effectiveDate: effective,
      replacedBy: replacedBy, updated: updated, forms: forms, keywords: keywords,
      description: description, body: file.body, withdrawal: withdrawal)
  }

  /// A decision written as its number or as `{so_hieu, ngay?, link?}`.
  func decision(_ r: inout FieldReader, _ key: String, label: String) -> Decision? {
    let zone = site.timeZone
    return r.record(key, label: label, stringForm: { Decision(number: $0, date: nil, link: nil) }) { item in
      let number = item.string("so_hieu", required: true, label: "số hiệu quyết định")
      let date = item.date("ngay", label: "ngày quyết định", timeZone: zone)
      let link = item.string("link", label: "liên kết")
      if let link { item.checkURL(link, key: "link") }
      return number.map { Decision(number: $0, date: date, link: link) }
    }
  }

  /// Whether a code is usable in a URL: letters, digits, dots and dashes.
  public static func isValidCode(_ code: String) -> Bool {
    !code.isEmpty
      && code.unicodeScalars.allSatisfy {
        ($0 >= "0" && $0 <= "9") || ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || $0 == "." || $0 == "-"
      } && !code.hasPrefix(".")
  }
}

extension FieldReader {
  /// Reports a value that is not an absolute http(s) URL.
  mutating func checkURL(_ text: String, key: String) {
    if !URLSafety.isHTTP(text) {
      diagnostics.error(
        path, line(ofKey: key), "invalid-url",
        "liên kết \"\(text)\" ở trường \"\(key)\" phải là địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://")
    }
  }
}
