/// An online dialogue with citizens or a collection of questions and answers
/// (`content/hoi-dap/*.md`).
public struct Dialogue: Sendable, Equatable {
  /// Where it came from.
  public var source: SourceRef
  /// URL slug (file name without its date, folded).
  public var slug: String
  /// `tieu_de`.
  public var title: String
  /// `ngay`: when it was held or published.
  public var date: ContentDate
  /// `chu_tri`: who hosts and answers.
  public var host: String
  /// `hinh_thuc`.
  public var format: DialogueFormat?
  /// `tom_tat`.
  public var summary: String?
  /// `cau_hoi`, in the file's order.
  public var questions: [DialogueQuestion]
  /// The Markdown body, shown above the questions.
  public var body: String
}

/// How a dialogue was held (`hinh_thuc`).
public enum DialogueFormat: String, Sendable, CaseIterable {
  case online = "trực tuyến"
  case inPerson = "trực tiếp"
}

/// One question of a dialogue and its answer.
public struct DialogueQuestion: Sendable, Equatable {
  /// `nguoi_hoi`.
  public var asker: String
  /// `dia_chi`.
  public var address: String?
  /// `ngay_hoi`.
  public var askedOn: ContentDate?
  /// `cau_hoi`.
  public var question: String
  /// `tra_loi`: Markdown.
  public var answer: String
  /// `nguoi_tra_loi`.
  public var answerer: String?
  /// `thu_tuc`: codes of the procedures it concerns (checked against the site's procedures).
  public var procedures: [String]
  /// `linh_vuc`.
  public var field: String?
  /// Line of the question's first key, of its `thu_tuc` and of the answer's first line (for messages).
  public var line: Int
  public var proceduresLine: Int
  public var answerLine: Int
}

extension Dialogue: HasSource {}

/// A dialogue with its URL, rendered body and rendered answers (in question order).
public struct RenderedDialogue: Sendable {
  /// The dialogue, its path and body.
  public var rendered: Rendered<Dialogue>
  /// Each question's answer, rendered.
  public var answers: [MarkdownDocument]

  /// Pairs a rendered dialogue with its rendered answers.
  public init(rendered: Rendered<Dialogue>, answers: [MarkdownDocument]) {
    self.rendered = rendered
    self.answers = answers
  }

  public var document: Dialogue { rendered.document }
  public var path: String { rendered.path }
  public var body: MarkdownDocument { rendered.body }
}

/// A question of a dialogue: positions in `Site.dialogues` and in its questions.
public struct QuestionRef: Sendable, Equatable {
  public var dialogue: Int
  public var question: Int
}
