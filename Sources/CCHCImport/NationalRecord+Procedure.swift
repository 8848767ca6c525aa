import CCHCCore

/// A national record read as the content format's procedure: the portal's labels to cchc's keys.
extension NationalRecord {
  /// The procedure this record describes; nil without a code.
  func procedure(origin: String) -> ImportedProcedure? {
    guard let code = code?.trimmed, !code.isEmpty else { return nil }
    var p = ImportedProcedure(code: code, origin: origin)
    p.name = name?.trimmed.nonEmpty
    p.field = categoriesDetails?.compactMap { $0.name?.trimmed.nonEmpty }.first
    p.levels = levels
    p.agency = (unitGroupsExecuting ?? []).compactMap { $0.name?.trimmed.nonEmpty }.first ?? executingAgencies?.trimmed.nonEmpty
    p.subjects = (subjectTypesDetails ?? []).compactMap { $0.name?.trimmed.nonEmpty }
    p.ways = (executionMethods ?? []).map(\.way)
    if p.ways.allSatisfy({ $0.deadline == nil }) { p.deadline = caseDeadline }
    p.results = (resultsDetails ?? []).compactMap { $0.name?.trimmed.nonEmpty }
    p.legalBasis = (legalBasisesDetails ?? []).compactMap { basis in
      guard let number = (basis.code ?? basis.name)?.collapsed.nonEmpty else { return nil }
      let title = basis.name?.collapsed.nonEmpty
      return LegalDocument(number: number, title: title == number ? nil : title, issued: nil, issuer: nil)
    }
    p.acceptedAnywhere = isNonTerritorial
    p.ministryDecision = procedureProposal?.proposalNumber?.trimmed.nonEmpty
    p.body = body
    return p
  }

  /// Thời hạn giải quyết from the sub-cases' processing days, when the ways of filing give none:
  /// "1 ngày làm việc", or each sub-case's when they differ.
  var caseDeadline: String? {
    let timed = (cases ?? []).compactMap { c -> (String, String)? in
      guard let days = c.processingDay, let qty = days.qty, qty > 0 else { return nil }
      let unit = days.type?.uppercased() == "WORKING_DAY" ? "ngày làm việc" : "ngày"
      return (c.code ?? "", "\(NumberText.plain(qty)) \(unit)")
    }
    let distinct = Set(timed.map(\.1))
    if distinct.count == 1 { return distinct.first }
    return timed.isEmpty ? nil : timed.map { "\($0.0): \($0.1)" }.joined(separator: "; ")
  }

  /// Cấp thực hiện from the `is…` flags.
  var levels: [String] {
    [(isMinistry, "Cấp bộ"), (isProvince, "Cấp tỉnh"), (isWard, "Cấp xã")].compactMap { $0.0 == true ? $0.1 : nil }
  }

  /// The body: Trình tự thực hiện, Thành phần hồ sơ (by case, with quantities), Yêu cầu, điều kiện.
  var body: String? {
    var sections: [String] = []
    let steps = (executionSteps ?? []).compactMap { step -> String? in
      let text = [step.name?.trimmed.nonEmpty, step.description?.trimmed.nonEmpty].compactMap { $0 }.joined(separator: "\n\n")
      return text.isEmpty ? nil : text
    }
    if !steps.isEmpty { sections.append("## Trình tự thực hiện\n\n" + steps.joined(separator: "\n\n")) }
    let cases = (executionCases ?? []).compactMap { group -> String? in
      let items = (group.profileComponents ?? []).compactMap { component -> String? in
        guard let name = component.name?.collapsed.nonEmpty else { return nil }
        return "- \(name) (Bản chính: \(component.originalQty ?? 0), Bản sao: \(component.copyQty ?? 0))"
      }
      guard !items.isEmpty else { return nil }
      let heading = group.name?.trimmed.nonEmpty.map { "**\($0)**\n\n" } ?? ""
      return heading + items.joined(separator: "\n")
    }
    if !cases.isEmpty { sections.append("## Thành phần hồ sơ\n\n" + cases.joined(separator: "\n\n")) }
    if let requirements = requirementsAndConditions?.trimmed.nonEmpty {
      sections.append("## Yêu cầu, điều kiện thực hiện\n\n" + requirements)
    }
    return sections.isEmpty ? nil : sections.joined(separator: "\n\n") + "\n"
  }
}

extension NationalRecord.Method {
  /// One row of Cách thức thực hiện.
  var way: FilingWay {
    let method: String
    switch submissionMethod?.uppercased() {
    case "DIRECT": method = "Trực tiếp"
    case "ONLINE": method = "Trực tuyến"
    case "POSTAL": method = "Dịch vụ bưu chính"
    default: method = submissionMethod?.trimmed.nonEmpty ?? "Khác"
    }
    return FilingWay(
      method: method, deadline: deadline, fees: (fees ?? []).compactMap(\.text), description: description?.collapsed.nonEmpty)
  }

  /// "1 ngày làm việc"; nil when the record gives no number of a known unit.
  var deadline: String? {
    guard let time = processingTime, time > 0 else { return nil }
    let unit: String
    switch processingTimeUnit?.uppercased() {
    case "WORKING_DAY": unit = "ngày làm việc"
    case "DAY": unit = "ngày"
    case "HOUR", "WORKING_HOUR": unit = "giờ làm việc"
    case "MONTH": unit = "tháng"
    default: return nil
    }
    return "\(NumberText.plain(time)) \(unit)"
  }
}

extension NationalRecord.Fee {
  /// "Lệ phí: 2.000 đồng/trang", "Phí: 10 USD/bản"; nil for a zero value without words.
  var text: String? {
    guard let value, value > 0 else { return description?.trimmed.nonEmpty.map { "Không thu: \($0)" } }
    let kind = type?.uppercased() == "SERVICE_FEE" ? "Phí" : "Lệ phí"
    let currency = currencyName.map { $0 == "Việt Nam Đồng" ? "đồng" : $0 } ?? "đồng"
    return "\(kind): \(NumberText.grouped(value)) \(currency)\(description?.trimmed ?? "")"
  }
}
