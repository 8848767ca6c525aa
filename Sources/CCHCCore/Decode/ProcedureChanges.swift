import Yams

/// `thay_doi`: values of a procedure that apply from a later date. Each entry names `tu_ngay`,
/// optionally `quyet_dinh`, and any procedure keys with their new values; an entry builds on
/// the ones before it. Every entry is decoded as a whole procedure (the file's keys with the
/// entry's on top), so its values are checked exactly as the file's own.
extension DocumentDecoder {
  /// Keys of an entry that are about the change itself, not the procedure.
  static let changeKeys: Set<String> = ["tu_ngay", "quyet_dinh"]
  /// Procedure keys a change may not set.
  static let fixedKeys: Set<String> = ["ma", "thay_doi"]

  /// The entries of `thay_doi` in `reader`'s mapping, oldest first, each decoded by `decode`.
  func changes(
    _ reader: inout FieldReader, decode: (inout FieldReader) -> Procedure?
  ) -> [ProcedureChange] {
    guard let node = reader.value("thay_doi", label: "thay đổi từ ngày sau") else { return [] }
    guard let entries = node.sequence else {
      reader.error(node, "wrong-type", "trường \"thay_doi\" phải là một danh sách, mỗi mục bắt đầu bằng \"- tu_ngay: …\"")
      return []
    }
    var overlay: [(Node, Node)] = []
    var result: [ProcedureChange] = []
    for (index, entry) in entries.enumerated() {
      guard let mapping = entry.mapping else {
        reader.error(entry, "wrong-type", "mỗi mục của \"thay_doi\" phải có dạng \"tu_ngay: …\" kèm các khóa thay đổi")
        continue
      }
      var own = FieldReader(mapping: mapping, path: reader.path, lineOffset: reader.lineOffset)
      let date = own.date("tu_ngay", required: true, label: "áp dụng từ ngày", timeZone: site.timeZone)
      let decision = own.string("quyet_dinh", label: "quyết định thay đổi")
      var changed = 0
      var setsEffectiveDate = false
      for (key, value) in mapping {
        guard let name = key.scalar?.string, !Self.changeKeys.contains(name) else { continue }
        if Self.fixedKeys.contains(name) {
          own.error(key, "change-fixed-key", "không thể đổi \"\(name)\" trong thay_doi; mã thủ tục cố định, mỗi thay đổi là một mục riêng")
          continue
        }
        setsEffectiveDate = setsEffectiveDate || name == "ngay_hieu_luc"
        overlay.removeAll { $0.0.scalar?.string == name }
        overlay.append((key, value))
        changed += 1
      }
      if changed == 0 {
        own.diagnostics.warning(
          reader.path, own.line(of: entry), "empty-change",
          "mục thay_doi này không có khóa nào thay đổi (ví dụ phi_le_phi, thoi_han, trang_thai)")
      }
      reader.diagnostics.merge(own.diagnostics)
      if let previous = result.last, let date, date <= previous.date {
        reader.error(entry, "change-order", "các mục của thay_doi phải xếp theo tu_ngay tăng dần, mỗi ngày một mục")
        continue
      }
      let lines = own.line(of: entry)...(index + 1 < entries.count ? own.line(of: entries[index + 1]) - 1 : Int.max)
      // Decoded even without a valid date, so that every problem of the entry is reported.
      let merged = decodeMerged(reader, overlay: overlay, ownLines: lines, into: &reader.diagnostics, decode)
      guard let date, var state = merged else { continue }
      // What the entry sets applies from its date unless it says otherwise.
      if !setsEffectiveDate { state.effectiveDate = date }
      result.append(ProcedureChange(date: date, decision: decision, state: state))
    }
    return result
  }

  /// The file's mapping with `overlay` on top, decoded; only problems on `ownLines` (the
  /// entry's own) are reported, the others being the file's, already reported.
  func decodeMerged(
    _ reader: FieldReader, overlay: [(Node, Node)], ownLines: ClosedRange<Int>, into diagnostics: inout Diagnostics,
    _ decode: (inout FieldReader) -> Procedure?
  ) -> Procedure? {
    let names = Set(overlay.compactMap { $0.0.scalar?.string })
    var pairs = reader.mapping.filter { pair in !(pair.key.scalar.map { names.contains($0.string) } ?? false) }.map { ($0.key, $0.value) }
    pairs.removeAll { $0.0.scalar?.string == "thay_doi" }
    pairs += overlay
    var merged = FieldReader(
      mapping: Node.Mapping(pairs, reader.mapping.tag, reader.mapping.style, reader.mapping.mark), path: reader.path,
      lineOffset: reader.lineOffset)
    let state = decode(&merged)
    merged.finish()
    for item in merged.diagnostics.items where ownLines.contains(item.line) {
      diagnostics.add(item)
    }
    return merged.diagnostics.hasErrors ? nil : state
  }
}
