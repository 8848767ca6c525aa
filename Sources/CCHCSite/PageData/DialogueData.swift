/// A dialogue's or Q&A collection's page (`hoi-dap/<slug>/`).
public final class DialoguePage: TemplateData {
  let common: PageCommon
  let dialogue: DialogueDetail

  init(common: PageCommon, dialogue: DialogueDetail) {
    self.common = common
    self.dialogue = dialogue
  }

  public func child(named name: String) -> Any? {
    name == "dialogue" ? dialogue : common.child(named: name)
  }
}

/// `dialogue`: what a dialogue's page shows of it.
public final class DialogueDetail: TemplateData {
  let title: String
  let date: String
  let datetime: String
  let host: String
  let format: String?
  let summary: String?
  let bodyHTML: String
  let questions: [QuestionData]

  init(
    title: String, date: String, datetime: String, host: String, format: String?, summary: String?, bodyHTML: String,
    questions: [QuestionData]
  ) {
    self.title = title
    self.date = date
    self.datetime = datetime
    self.host = host
    self.format = format
    self.summary = summary
    self.bodyHTML = bodyHTML
    self.questions = questions
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "date": date
    case "datetime": datetime
    case "host": host
    case "format": format
    case "summary": summary
    case "body_html": bodyHTML
    case "questions": questions
    case "question_count": questions.count
    default: nil
    }
  }
}

/// One question on a dialogue's page, with its anchor and its own share links.
public final class QuestionData: TemplateData {
  let number: Int
  let anchor: String
  let asker: String
  let address: String?
  let askedDate: String?
  let askedDatetime: String?
  let question: String
  let answerHTML: String
  let answerer: String?
  let field: String?
  let procedures: [NamedLink]
  let share: QuestionShare

  init(
    number: Int, anchor: String, asker: String, address: String?, askedDate: String?, askedDatetime: String?, question: String,
    answerHTML: String, answerer: String?, field: String?, procedures: [NamedLink], share: QuestionShare
  ) {
    self.number = number
    self.anchor = anchor
    self.asker = asker
    self.address = address
    self.askedDate = askedDate
    self.askedDatetime = askedDatetime
    self.question = question
    self.answerHTML = answerHTML
    self.answerer = answerer
    self.field = field
    self.procedures = procedures
    self.share = share
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "number": number
    case "anchor": anchor
    case "asker": asker
    case "address": address
    case "asked_date": askedDate
    case "asked_datetime": askedDatetime
    case "question": question
    case "answer_html": answerHTML
    case "answerer": answerer
    case "field": field
    case "procedures": procedures.isEmpty ? nil : procedures
    case "share": share
    default: nil
    }
  }
}

/// `share` of a question: its own address (the page's with the question's anchor), the text
/// a share shows (the question, cut short) and the links to share it.
public final class QuestionShare: TemplateData {
  let url: String
  let text: String
  let facebookURL: String
  let zaloURL: String

  init(url: String, text: String, facebookURL: String, zaloURL: String) {
    self.url = url
    self.text = text
    self.facebookURL = facebookURL
    self.zaloURL = zaloURL
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "url": url
    case "text": text
    case "facebook_url": facebookURL
    case "zalo_url": zaloURL
    default: nil
    }
  }
}

/// The list of dialogues (`hoi-dap/`), newest first.
public final class DialogueListPage: TemplateData {
  let common: PageCommon
  let dialogues: [DialogueCard]

  init(common: PageCommon, dialogues: [DialogueCard]) {
    self.common = common
    self.dialogues = dialogues
  }

  public func child(named name: String) -> Any? {
    name == "dialogues" ? dialogues : common.child(named: name)
  }
}

/// A dialogue as the list shows it.
public final class DialogueCard: TemplateData {
  let title: String
  let url: String
  let date: String
  let datetime: String
  let host: String
  let format: String?
  let summary: String?
  let questionCount: Int

  init(title: String, url: String, date: String, datetime: String, host: String, format: String?, summary: String?, questionCount: Int) {
    self.title = title
    self.url = url
    self.date = date
    self.datetime = datetime
    self.host = host
    self.format = format
    self.summary = summary
    self.questionCount = questionCount
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "url": url
    case "date": date
    case "datetime": datetime
    case "host": host
    case "format": format
    case "summary": summary
    case "question_count": questionCount
    default: nil
    }
  }
}

/// A question that names a procedure, as the procedure's page links it ("Hỏi đáp liên quan").
public final class RelatedQuestion: TemplateData {
  let question: String
  let url: String
  let dialogue: String
  let date: String

  init(question: String, url: String, dialogue: String, date: String) {
    self.question = question
    self.url = url
    self.dialogue = dialogue
    self.date = date
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "question": question
    case "url": url
    case "dialogue": dialogue
    case "date": date
    default: nil
    }
  }
}
