import CCHCCore
import Foundation

extension ContextBuilder {
  /// The screen at the one-stop desk. `extras`: `deskExtras()`, or what the build state kept
  /// of it (a quick rebuild, which reads no procedures).
  public func deskScreen(extras: DeskExtras? = nil) -> DeskScreenPage {
    let extras = extras ?? deskExtras()
    let showsArticles = extras.panels.contains { $0.kind == DeskScreenSettings.Panel.articles.rawValue }
    return DeskScreenPage(
      common: common(
        PageInfo(
          path: OutputPaths.deskScreen, heading: "Màn hình Bộ phận một cửa", kind: "desk-screen",
          description: "Tin mới, thủ tục mới, đường dây nóng và khảo sát mức độ hài lòng của \(config.unitName).")),
      articles: showsArticles ? site.articles.prefix(config.deskScreen.articleCount).map(listedCard) : [],
      extras: extras, scriptURL: assetURLs["man-hinh.js"])
  }

  /// Everything the desk screen shows besides articles: the panels (those with something to
  /// show), the procedures announced or changed in the last months, the first hotline page's
  /// numbers, the survey and the feedback channels.
  public func deskExtras() -> DeskExtras {
    let settings = config.deskScreen
    let procedures = recentProcedures(months: settings.months)
    let hotlines = site.hotlines.first.map { $0.document.contacts.filter { !$0.phones.isEmpty }.prefix(4).map(contact) } ?? []
    let feedback = config.feedback.map { channel in
      ([channel.name] + channel.phones.map(\.display) + [channel.email].compactMap { $0 }).joined(separator: " · ")
    }
    let shown = settings.panels.filter { panel in
      switch panel {
      case .articles: !site.articles.isEmpty
      case .procedures: true
      case .hotlines: !hotlines.isEmpty
      case .survey: config.survey != nil || !feedback.isEmpty
      }
    }
    return DeskExtras(
      panels: shown.enumerated().map { DeskPanel(kind: $1.rawValue, number: $0 + 1) }, seconds: settings.seconds,
      reloadMinutes: settings.reloadMinutes, timeZone: config.timeZone.identifier, months: settings.months,
      procedures: procedures, hotlines: Array(hotlines), surveyTitle: config.survey?.title,
      surveyQR: config.survey.map { _ in routes.href(OutputPaths.surveyQR) }, surveyURL: config.survey?.url, feedback: feedback)
  }

  /// Procedures new, amended, replaced or abolished with a date (`ngay_cap_nhat`, else
  /// `ngay_hieu_luc`) in the `months` before now, newest first (at most 6, what fits the screen).
  func recentProcedures(months: Int) -> [DeskProcedure] {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = config.timeZone
    let now = site.now.instant
    let start = calendar.date(byAdding: .month, value: -months, to: now) ?? now
    let dated = site.procedures.compactMap { procedure -> (RenderedProcedure, ContentDate)? in
      let p = procedure.document
      guard p.status != .inForce, let date = p.updated ?? p.effectiveDate, date.instant >= start, date.instant <= now
      else { return nil }
      return (procedure, date)
    }
    return dated.sorted { a, b in a.1 != b.1 ? a.1 > b.1 : a.0.document.code < b.0.document.code }.prefix(6).map { procedure, date in
      let p = procedure.document
      return DeskProcedure(code: p.code, name: p.name, status: p.status.label, statusClass: p.status.cssClass, date: dates.display(date))
    }
  }
}
