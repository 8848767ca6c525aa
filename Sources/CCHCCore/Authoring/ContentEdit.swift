import Foundation
import Yams

/// The new text of a content file after a form was saved: only the keys whose value the form
/// changed are rewritten (a changed text in place, keeping its quoting; a changed list or
/// group as a block), every other line and, unless it was edited, the body stay byte for byte.
public enum ContentEdit {
  /// The text of a file of `kind` holding `values` and `body` as the form sent it (nil: the
  /// body as it was). A body that differs from the shown one only in line breaks (a browser
  /// sends CRLF) or a final line break counts as not edited, and keeps its bytes.
  /// `original` is the file's current text, nil for a new file.
  public static func text(kind: ContentKind, original: String?, values: [String: FormValue], body: String?) -> String {
    let fields = ContentSchema.fields(of: kind)
    let order = fields.map(\.key)
    var newBody = body.map(bodyText)
    if let shown = original.flatMap(FrontMatterText.split).map({ shownBody($0.body) }), let body,
      sameText(shown, body)
    {
      newBody = nil
    }
    guard let original, let (front, oldBody) = FrontMatterText.split(original) else {
      let entries = fields.map { field in
        (field.key, values[field.key].map { FormValues.node($0, input: field.input, original: nil) })
      }
      return FrontMatterText.compose(entries, order: order, body: newBody ?? "", indentsLists: true)
    }
    let mapping = (try? Yams.compose(yaml: front))??.mapping
    let (shown, kept) = FormValues.read(mapping, fields: fields)
    var lines = front.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    var blocks: [FrontMatterText.Entry] = []
    for field in fields where !kept.contains(field.key) && shown[field.key] != values[field.key] {
      let old = mapping?[field.key]
      let new = values[field.key].map { FormValues.node($0, input: field.input, original: old) }
      if let old, let new, FrontMatterText.patch(&lines, old: old, new: new) { continue }
      blocks.append((field.key, new))
    }
    let newFront = FrontMatterText.update(lines.joined(separator: "\n"), with: blocks, order: order, indentsLists: true)
    return "---\n" + newFront + (newFront.isEmpty ? "" : "\n") + "---\n" + (newBody.map { "\n" + $0 } ?? oldBody)
  }

  /// The body as the form shows it: without the empty line after the front matter.
  public static func shownBody(_ body: String) -> String {
    body.hasPrefix("\n") ? String(body.dropFirst()) : body
  }

  /// Whether two bodies read the same: equal up to line breaks and one final line break.
  static func sameText(_ a: String, _ b: String) -> Bool {
    func unix(_ text: String) -> Substring {
      let lf = text.replacingOccurrences(of: "\r\n", with: "\n")
      return lf.hasSuffix("\n") ? lf.dropLast() : Substring(lf)
    }
    return unix(a) == unix(b)
  }

  /// A submitted body as written to the file: Unix line breaks, ending with one.
  static func bodyText(_ submitted: String) -> String {
    let text = submitted.replacingOccurrences(of: "\r\n", with: "\n")
    return text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
  }
}
