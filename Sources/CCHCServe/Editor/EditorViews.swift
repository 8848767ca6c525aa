import CCHCCore

/// What the editor's templates show, made from the content contract and the values of one
/// file (typed values; the templates see their properties by name).
enum EditorViews {
  /// A choice in a select or a set of boxes.
  struct Option {
    var value: String
    var label: String
    var selected: Bool
  }

  /// One form field.
  struct FieldView {
    var name: String
    var id: String
    var label: String
    var help: String?
    var required: Bool
    var error: String?
    var describedBy: String?
    var value = ""
    var time = ""
    var checked = false
    var options: [Option] = []
    var folder = ""
    var rows: [RowView] = []
    var repeats = false
    var isText = false, isParagraph = false, isNumber = false, isDate = false, isDateTime = false, isFlag = false
    var isChoice = false, isCategories = false, isLines = false, isFile = false, isGroup = false, isKept = false
  }

  /// One row of a group.
  struct RowView {
    var index: Int
    var legend: String
    var fields: [FieldView]
    var removable: Bool
  }

  /// Where a problem is shown: the form name of its field (`cach_thuc.1.phi_le_phi`), or
  /// nil for the page's summary only.
  typealias Problems = [String: [String]]

  /// The fields of a form for `values`, with `problems` at their fields.
  static func fields(
    _ fields: [ContentSchema.Field], values: [String: FormValue], kept: Set<String>, problems: Problems,
    categories: [Category], prefix: String = ""
  ) -> [FieldView] {
    fields.map { field in
      let name = prefix + field.key
      var view = FieldView(
        name: name, id: "f-" + name.replacingOccurrences(of: ".", with: "-"), label: field.label,
        help: field.help.isEmpty ? nil : field.help, required: field.required,
        error: problems[name].map { $0.joined(separator: " ") })
      view.describedBy =
        [view.help.map { _ in view.id + "-goi-y" }, view.error.map { _ in view.id + "-loi" }].compactMap { $0 }
        .joined(separator: " ").nilIfEmpty
      if kept.contains(field.key) {
        view.isKept = true
        return view
      }
      let value = values[field.key]
      switch field.input {
      case .text: view.isText = true
      case .paragraph: view.isParagraph = true
      case .number: view.isNumber = true
      case .date: view.isDate = true
      case .dateTime:
        view.isDateTime = true
        let parts = value?.text.split(separator: " ", maxSplits: 1).map(String.init) ?? []
        view.value = parts.first ?? ""
        view.time = parts.count > 1 ? parts[1] : ""
        return view
      case .flag:
        view.isFlag = true
        view.checked = value == .flag
      case .choice(let choices):
        view.isChoice = true
        let current = value?.text ?? ""
        view.options = choices.map { Option(value: $0.0, label: $0.1, selected: $0.0 == current) }
        // A value the list does not offer is shown as written, so that saving keeps it.
        if !current.isEmpty && !choices.contains(where: { $0.0 == current }) {
          view.options.append(Option(value: current, label: current, selected: true))
        }
      case .categories:
        view.isCategories = true
        let chosen = value?.items ?? []
        view.options = categories.map { Option(value: $0.slug, label: $0.name, selected: chosen.contains($0.slug)) }
        for slug in chosen where !categories.contains(where: { $0.slug == slug }) {
          view.options.append(Option(value: slug, label: slug + " (chưa khai báo trong site.yml)", selected: true))
        }
      case .lines:
        view.isLines = true
        view.value = (value?.items ?? []).joined(separator: "\n")
        return view
      case .file(let folder):
        view.isFile = true
        view.folder = folder
      case .rows(let subfields, _), .record(let subfields, _):
        view.isGroup = true
        let isRecord = if case .record = field.input { true } else { false }
        let rows = value?.rows ?? []
        // One empty row after the others, so that a row can be added without the script.
        let shown = isRecord ? [rows.first ?? [:]] : rows + [[:]]
        view.repeats = !isRecord
        view.rows = shown.enumerated().map { index, row in
          RowView(
            index: index, legend: isRecord ? field.label : "Dòng \(index + 1)",
            fields: Self.fields(subfields, values: row, kept: [], problems: problems, categories: [], prefix: "\(name).\(index)."),
            removable: !isRecord)
        }
        return view
      }
      if view.value.isEmpty { view.value = value?.text ?? "" }
      return view
    }
  }

  /// The list page's choices of kind.
  static func kinds(selected: ContentKind?) -> [Option] {
    ContentKind.allCases.map { Option(value: $0.rawValue, label: $0.editorLabel, selected: $0 == selected) }
  }
}

extension ContentKind {
  /// The kind's name in the editor.
  var editorLabel: String {
    switch self {
    case .article: return "Tin bài"
    case .procedure: return "Thủ tục hành chính"
    case .hotline: return "Đường dây nóng"
    case .page: return "Trang"
    case .dialogue: return "Hỏi đáp, đối thoại"
    }
  }
}

extension String {
  /// nil for the empty string.
  var nilIfEmpty: String? { isEmpty ? nil : self }
}
