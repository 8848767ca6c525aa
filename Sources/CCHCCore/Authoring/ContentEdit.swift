import Foundation
import Yams

/// The new text of a content file after a form was saved: only the keys whose value the form
/// changed are rewritten (a changed text in place, keeping its quoting; a changed list or
/// group as a block), every other line and, unless it was edited, the body stay byte for byte.
public enum ContentEdit {
  /// The text of a file of `kind` holding `values` and `body` (nil: the body as it was).
  /// `original` is the file's current text, nil for a new file.
  public static func text(kind: ContentKind, original: String?, values: [String: FormValue], body: String?) -> String {
    let fields = ContentSchema.fields(of: kind)
    let order = fields.map(\.key)
    let newBody = body.map(bodyText)
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

  /// A submitted body as written to the file: Unix line breaks, ending with one.
  static func bodyText(_ submitted: String) -> String {
    let text = submitted.replacingOccurrences(of: "\r\n", with: "\n")
    return text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
  }
}
