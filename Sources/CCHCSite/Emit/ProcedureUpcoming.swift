import CCHCCore

/// What a procedure page announces of `thay_doi` entries still ahead: from which day, by which
/// decision, and each value that changes with its new wording.
extension ContextBuilder {
  /// One block per change ahead, oldest first; nil when none.
  func upcoming(_ p: Procedure) -> [Upcoming]? {
    guard !p.changes.isEmpty else { return nil }
    var before = p
    return p.changes.map { change in
      let after = change.state
      let withdrawn = after.status.isWithdrawn && !before.status.isWithdrawn
      let block = Upcoming(
        date: dates.display(change.date), iso: dates.iso(change.date), decision: change.decision,
        withdrawn: withdrawn ? (after.status == .abolished ? "thủ tục này bị bãi bỏ" : "thủ tục này được thay thế") : nil,
        replacement: withdrawn ? replacement(after.replacedBy) : nil,
        items: changedFacts(from: before, to: after).map { LabelValue(label: $0.0, value: $0.1) })
      before = after
      return block
    }
  }

  /// The facts whose text differs between two states of a procedure, with the new text
  /// ("Không còn" when a fact is dropped).
  func changedFacts(from old: Procedure, to new: Procedure) -> [(String, String)] {
    let was = Dictionary(comparableFacts(old), uniquingKeysWith: { a, _ in a })
    let now = comparableFacts(new)
    var changed = now.filter { was[$0.0] != $0.1 }
    let labels = Set(now.map(\.0))
    changed += comparableFacts(old).filter { !labels.contains($0.0) }.map { ($0.0, "Không còn") }
    return changed.filter { !["Tình trạng", "Ngày cập nhật", "Ngày có hiệu lực"].contains($0.0) }
  }

  /// Every fact of a procedure as one line of text per label, deadlines and fees summed up
  /// over its ways of filing.
  func comparableFacts(_ p: Procedure) -> [(String, String)] {
    var rows = facts(p).map { ($0.label, $0.text) }
    rows.removeAll { $0.0 == "Thời hạn giải quyết" || $0.0 == "Phí, lệ phí" }
    if let deadline = deadlineSummary(p) { rows.append(("Thời hạn giải quyết", deadline)) }
    if let fee = feeSummary(p) { rows.append(("Phí, lệ phí", fee)) }
    if p.ways.contains(where: { $0.description != nil }) {
      rows.append(("Cách thức thực hiện", p.ways.map { $0.method + ($0.description.map { ": " + $0 } ?? "") }.joined(separator: "; ")))
    }
    if !p.forms.isEmpty { rows.append(("Mẫu đơn, tờ khai", p.forms.map(\.name).joined(separator: "; "))) }
    if !p.legalBasis.isEmpty { rows.append(("Căn cứ pháp lý", p.legalBasis.map(\.number).joined(separator: "; "))) }
    if let link = p.onlineLink { rows.append(("Nộp trực tuyến", link)) }
    return rows
  }
}
