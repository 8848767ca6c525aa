import CCHCCore

extension ContextBuilder {
  /// A dialogue's or Q&A collection's page.
  public func dialogue(_ rendered: RenderedDialogue) -> DialoguePage {
    let d = rendered.document
    let canonical = routes.absolute(rendered.path)
    let questions = zip(d.questions, rendered.answers).enumerated().map { index, pair in
      question(pair.0, answer: pair.1, number: index + 1, pageURL: canonical)
    }
    let description = d.summary ?? rendered.body.firstParagraph ?? "\(d.title): \(d.questions.count) câu hỏi, \(d.host) trả lời."
    let common = self.common(
      PageInfo(
        path: rendered.path, heading: d.title, kind: "dialogue", description: description,
        trail: [(Self.dialogueListTitle, Routes.dialogues)],
        share: ShareInfo(type: "article", published: d.date, jsonLD: dialogueLD(rendered, description: description))))
    return DialoguePage(
      common: common,
      dialogue: DialogueDetail(
        title: d.title, date: dates.display(d.date), datetime: dates.iso(d.date), host: d.host, format: d.format?.rawValue,
        summary: d.summary, bodyHTML: rendered.body.html, questions: questions))
  }

  /// The heading of the list of dialogues, and its menu entry.
  static let dialogueListTitle = "Hỏi đáp, đối thoại"

  /// One question with its answer, anchor and share links.
  func question(_ q: DialogueQuestion, answer: MarkdownDocument, number: Int, pageURL: String) -> QuestionData {
    let anchor = Routes.question(number)
    let url = pageURL + "#" + anchor
    return QuestionData(
      number: number, anchor: anchor, asker: q.asker, address: q.address, askedDate: q.askedOn.map(dates.display),
      askedDatetime: q.askedOn.map(dates.iso), question: q.question, answerHTML: answer.html, answerer: q.answerer,
      field: q.field,
      procedures: q.procedures.compactMap { code in
        site.procedures.first { $0.document.code == code }.map {
          NamedLink(name: "\($0.document.name) (\(code))", url: routes.href($0.path))
        }
      },
      share: QuestionShare(
        url: url, text: Text.excerpt(q.question, limit: 160), facebookURL: ShareLinks.facebook(url),
        zaloURL: ShareLinks.zalo(url)))
  }

  /// JSON-LD of a dialogue: a `FAQPage` whose questions carry their answers as text.
  func dialogueLD(_ rendered: RenderedDialogue, description: String) -> [String: JSONValue] {
    let d = rendered.document
    let url = routes.absolute(rendered.path)
    let questions = zip(d.questions, rendered.answers).enumerated().map { index, pair -> JSONValue in
      [
        "@type": "Question", "name": .string(pair.0.question), "url": .string(url + "#" + Routes.question(index + 1)),
        "acceptedAnswer": ["@type": "Answer", "text": .string(pair.1.text)],
      ]
    }
    return [
      "@context": "https://schema.org", "@type": "FAQPage", "name": .string(d.title), "url": .string(url),
      "description": .string(description), "inLanguage": "vi", "datePublished": .string(dates.iso(d.date)),
      "publisher": shared.organizationJSON, "mainEntity": .array(questions),
    ]
  }

  /// The list of dialogues, newest first.
  public func dialogueList() -> DialogueListPage {
    DialogueListPage(
      common: common(
        PageInfo(
          path: Routes.dialogues, heading: Self.dialogueListTitle, kind: "dialogue-list",
          description: "Các buổi đối thoại trực tuyến và câu hỏi của người dân được \(config.unitName) trả lời.")),
      dialogues: site.dialogues.map { rendered in
        let d = rendered.document
        return DialogueCard(
          title: d.title, url: routes.href(rendered.path), date: dates.display(d.date), datetime: dates.iso(d.date), host: d.host,
          format: d.format?.rawValue, summary: d.summary ?? rendered.body.firstParagraph, questionCount: d.questions.count)
      })
  }

  /// The questions that name a procedure, as its page links them.
  func relatedQuestions(_ code: String) -> [RelatedQuestion] {
    (site.questionsByProcedure[code] ?? []).map { ref in
      let rendered = site.dialogues[ref.dialogue]
      return RelatedQuestion(
        question: Text.excerpt(rendered.document.questions[ref.question].question, limit: 200),
        url: routes.href(rendered.path) + "#" + Routes.question(ref.question + 1), dialogue: rendered.document.title,
        date: dates.display(rendered.document.date))
    }
  }
}
