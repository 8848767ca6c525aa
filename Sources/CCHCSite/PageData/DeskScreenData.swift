import CCHCCore
import Foundation

/// The screen at the one-stop desk (`man-hinh/`): panels that take turns on a TV.
public final class DeskScreenPage: TemplateData {
  let common: PageCommon
  /// The newest articles' cards (the articles panel).
  let articles: [Shared<ArticleCard>]
  let extras: DeskExtras
  let scriptURL: String?

  init(common: PageCommon, articles: [Shared<ArticleCard>], extras: DeskExtras, scriptURL: String?) {
    self.common = common
    self.articles = articles
    self.extras = extras
    self.scriptURL = scriptURL
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "desk": extras
    case "desk_articles": articles.isEmpty ? nil : articles
    case "desk_script": scriptURL
    default: common.child(named: name)
    }
  }
}

/// What the desk screen shows besides articles, kept by the build state as JSON for quick
/// rebuilds (as `HomeExtras`).
public final class DeskExtras: TemplateData, KeptInState {
  let panels: [DeskPanel]
  let seconds: Int
  let reloadMinutes: Int
  let timeZone: String
  let months: Int
  let procedures: [DeskProcedure]
  let hotlines: [Contact]
  let surveyTitle: String?
  let surveyQR: String?
  let surveyURL: String?
  let feedback: [String]

  init(
    panels: [DeskPanel], seconds: Int, reloadMinutes: Int, timeZone: String, months: Int, procedures: [DeskProcedure],
    hotlines: [Contact], surveyTitle: String?, surveyQR: String?, surveyURL: String?, feedback: [String]
  ) {
    self.panels = panels
    self.seconds = seconds
    self.reloadMinutes = reloadMinutes
    self.timeZone = timeZone
    self.months = months
    self.procedures = procedures
    self.hotlines = hotlines
    self.surveyTitle = surveyTitle
    self.surveyQR = surveyQR
    self.surveyURL = surveyURL
    self.feedback = feedback
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "panels": panels
    case "seconds": seconds
    case "reload_minutes": reloadMinutes
    case "time_zone": timeZone
    case "months": months
    case "procedures": procedures.isEmpty ? nil : procedures
    case "hotlines": hotlines.isEmpty ? nil : hotlines
    case "survey_title": surveyTitle
    case "survey_qr": surveyQR
    case "survey_url": surveyURL
    case "feedback": feedback.isEmpty ? nil : feedback
    default: nil
    }
  }
}

/// One panel of the desk screen, in the configured order; the flag names its kind for the
/// template (`{{#is_articles}}` …).
public final class DeskPanel: TemplateData, Codable {
  let kind: String
  let number: Int

  init(kind: String, number: Int) {
    self.kind = kind
    self.number = number
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "kind": kind
    case "number": number
    case "is_first": number == 1
    case "is_articles": kind == DeskScreenSettings.Panel.articles.rawValue
    case "is_procedures": kind == DeskScreenSettings.Panel.procedures.rawValue
    case "is_hotlines": kind == DeskScreenSettings.Panel.hotlines.rawValue
    case "is_survey": kind == DeskScreenSettings.Panel.survey.rawValue
    default: nil
    }
  }
}

/// A procedure announced or changed lately, as the desk screen lists it.
public final class DeskProcedure: TemplateData, Codable {
  let code: String
  let name: String
  let status: String
  let statusClass: String
  let date: String

  init(code: String, name: String, status: String, statusClass: String, date: String) {
    self.code = code
    self.name = name
    self.status = status
    self.statusClass = statusClass
    self.date = date
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "code": code
    case "name": self.name
    case "status": status
    case "status_class": statusClass
    case "date": date
    default: nil
    }
  }
}
