import CCHCCore
import Foundation
import Yams

/// The text of a procedure file made or updated from an imported procedure: front-matter keys
/// in the content format's order, written with Yams; an update replaces only the keys whose
/// value changes, line for line, and keeps every other key, comment and the body an editor wrote.
struct ProcedureFile {
  /// A key and its new value.
  typealias Entry = (key: String, value: Node)

  /// Key order of the content format (the editor's order), then the body's fingerprint.
  static let order = ContentSchema.order(of: .procedure) + [bodyKey]

  /// The key holding the fingerprint of a body the importer wrote: while the body still has
  /// that fingerprint, nobody edited it and a later import may replace it.
  static let bodyKey = "nhap_noi_dung"

  /// The keys `p` carries, as YAML nodes, with the announcement's status and decision.
  static func entries(_ p: ImportedProcedure, decision: String?, day: String) -> [Entry] {
    var entries: [Entry] = [("ma", Node(p.code))]
    func add(_ key: String, _ value: Node?) { if let value { entries.append((key, value)) } }
    func list(_ items: [String]) -> Node? { items.isEmpty ? nil : items.count == 1 ? Node(items[0]) : Node(items.map { Node($0) }) }
    add("ten", p.name.map { Node($0) })
    add("linh_vuc", p.field.map { Node($0) })
    add("cap_thuc_hien", list(p.levels))
    add("so_quyet_dinh", p.ministryDecision.map { Node($0) })
    add("co_quan_thuc_hien", p.agency.map { Node($0) })
    add("doi_tuong", list(p.subjects))
    if !p.ways.isEmpty {
      add(
        "cach_thuc",
        Node(
          p.ways.map { way in
            var pairs: [(Node, Node)] = [(Node("hinh_thuc"), Node(way.method))]
            if let deadline = way.deadline { pairs.append((Node("thoi_han"), Node(deadline))) }
            if let fees = list(way.fees) { pairs.append((Node("phi_le_phi"), fees)) }
            if let description = way.description { pairs.append((Node("mo_ta"), Node(description))) }
            return Node(pairs)
          }))
    }
    add("thoi_han", p.deadline.map { Node($0) })
    add("phi_le_phi", list(p.fees))
    add("ket_qua", list(p.results))
    if !p.legalBasis.isEmpty {
      add(
        "can_cu_phap_ly",
        Node(
          p.legalBasis.map { doc in
            guard let title = doc.title else { return Node(doc.number) }
            return Node([(Node("so_hieu"), Node(doc.number)), (Node("trich_yeu"), Node(title))])
          }))
    }
    add("dvc_truc_tuyen", p.onlineLevel.map { Node($0) })
    add("phi_dia_gioi", p.acceptedAnywhere.map { Node($0 ? "true" : "false") })
    if let change = p.change {
      add("trang_thai", Node(change.rawValue))
      if let decision {
        add("quyet_dinh_cong_bo", Node([(Node("so_hieu"), Node(decision)), (Node("ngay"), Node(day))]))
        if change == .abolished || change == .replaced { add("quyet_dinh_bai_bo", Node(decision)) }
      }
    }
    return entries
  }

  /// One key as YAML lines (ending with a line break).
  static func yaml(_ entry: Entry) -> String { FrontMatterText.yaml(entry.key, entry.value) }

  /// A new file: the entries, `ngay_cap_nhat`, the body and its fingerprint.
  static func new(_ entries: [Entry], body: String?, day: String) -> String {
    var all = entries
    all.append(("ngay_cap_nhat", Node(day)))
    if let body { all.append((bodyKey, Node(fingerprint(body)))) }
    return "---\n" + sorted(all).map(yaml).joined() + "---\n" + (body.map { "\n" + $0 } ?? "")
  }

  /// The entries in the content format's order.
  static func sorted(_ entries: [Entry]) -> [Entry] {
    entries.sorted { FrontMatterText.rank($0.key, order) < FrontMatterText.rank($1.key, order) }
  }

  /// An existing file updated: each entry whose value differs replaces its key's lines (or is
  /// added after the keys before it); the body is replaced only when the importer wrote it and
  /// nobody edited it since. Returns the text and the keys changed (empty: nothing to write).
  static func update(
    _ text: String, with entries: [Entry], body: String?, day: String, announces: Bool
  ) -> (text: String, changed: [String], keptBody: Bool) {
    guard let (front, oldBody) = FrontMatterText.split(text), let mapping = (try? Yams.compose(yaml: front))??.mapping else {
      return (text, [], false)
    }
    var updates: [FrontMatterText.Entry] = []
    var changed: [String] = []
    func replace(_ entry: Entry) {
      updates.append((entry.key, entry.value))
      changed.append(entry.key)
    }
    for entry in entries where FrontMatterText.canonical(mapping[entry.key]) != FrontMatterText.canonical(entry.value) {
      replace(entry)
    }
    var newBody = oldBody
    var keptBody = false
    if let body {
      let written = oldBody.hasPrefix("\n") ? String(oldBody.dropFirst()) : oldBody
      let unedited = oldBody.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || mapping[bodyKey]?.string == fingerprint(written)
      if unedited && written != body {
        newBody = "\n" + body
        replace((bodyKey, Node(fingerprint(body))))
        changed.append("nội dung")
      } else if !unedited {
        keptBody = true
      }
    }
    if !changed.isEmpty && announces && mapping["ngay_cap_nhat"]?.string != day {
      replace(("ngay_cap_nhat", Node(day)))
    }
    guard !changed.isEmpty else { return (text, [], keptBody) }
    let newFront = FrontMatterText.update(front, with: updates, order: order)
    return ("---\n" + newFront + "\n---\n" + newBody.drop { $0 == "\r" }, changed.filter { $0 != bodyKey }, keptBody)
  }

  /// Front matter and body of a file (the body is everything after the closing `---` line).
  static func split(_ text: String) -> (String, String)? { FrontMatterText.split(text) }

  /// The fingerprint of a body (`TextFingerprint`).
  static func fingerprint(_ body: String) -> String { TextFingerprint.of(body) }

}
