import CCHCImport

/// The report `cchc nhap` prints, in Vietnamese: what was read, which column as what, what is
/// created, updated (which fields), abolished, unchanged, and the rows skipped with why.
struct ImportReport {
  var plan: Importer.Plan
  var dryRun: Bool

  var lines: [String] {
    var out: [String] = []
    out += plan.read.map { "Đọc \($0)" }
    out += plan.columns.map { "  Cột đã nhận: \($0)" }
    let created = plan.writes.filter(\.isNew)
    let updated = plan.writes.filter { !$0.isNew }
    if !created.isEmpty {
      out.append("Tạo mới \(created.count) tệp:")
      out += created.map { "  \($0.path) (\($0.code) – \($0.name))\(status($0))" }
    }
    if !updated.isEmpty {
      out.append("Cập nhật \(updated.count) tệp:")
      out += updated.map { "  \($0.path) (\($0.code)): \($0.changed.joined(separator: ", "))\(status($0))" }
    }
    let abolished = plan.writes.filter { $0.change == .abolished || $0.change == .replaced }
    if !abolished.isEmpty { out.append("Bãi bỏ, thay thế: \(abolished.map(\.code).joined(separator: ", "))") }
    if !plan.unchanged.isEmpty { out.append("Không đổi \(plan.unchanged.count) thủ tục: \(plan.unchanged.joined(separator: ", "))") }
    if !plan.keptBodies.isEmpty {
      out.append(
        "Giữ nguyên phần nội dung do cán bộ viết (nguồn có trình tự, thành phần hồ sơ khác): \(plan.keptBodies.joined(separator: ", "))")
    }
    if !plan.skipped.isEmpty {
      out.append("Bỏ qua \(plan.skipped.count) dòng:")
      out += plan.skipped.map { "  " + $0 }
    }
    if plan.writes.isEmpty && plan.problems.isEmpty { out.append("Không có gì thay đổi.") }
    if dryRun && !plan.writes.isEmpty { out.append("Chạy thử (--thu): chưa ghi tệp nào.") }
    return out
  }

  func status(_ write: Importer.Write) -> String {
    switch write.change {
    case .new?: return " — mới ban hành"
    case .amended?: return " — sửa đổi, bổ sung"
    case .replaced?: return " — bị thay thế"
    case .abolished?: return " — bị bãi bỏ"
    case nil: return ""
    }
  }
}
