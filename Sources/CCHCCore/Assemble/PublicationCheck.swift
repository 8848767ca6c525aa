import Foundation

/// What a build leaves out on purpose, told to the editor, and what must never be published:
/// the placeholder text of `cchc new`.
public enum PublicationCheck {
  /// A notice for each article not published at `now`: a draft, or scheduled for later.
  static func unpublished(_ articles: [Article], now: Date, timeZone: TimeZone, diagnostics: inout Diagnostics) {
    for article in articles {
      let source = article.source
      if article.isDraft {
        diagnostics.notice(
          source.displayPath, source.line(ofKey: "ban_nhap"), "draft",
          "chưa đăng: bản nháp \"\(article.title)\" (ban_nhap: true); xóa dòng này hoặc đổi thành false để đăng")
      } else if article.date.instant > now {
        diagnostics.notice(
          source.displayPath, source.line(ofKey: "ngay"), "scheduled",
          "chưa đăng: \"\(article.title)\" hẹn đăng lúc \(spoken(article.date, timeZone: timeZone)); "
            + "bài hiện ra khi tạo lại trang sau thời điểm đó")
      }
    }
  }

  /// Warns about an amended procedure whose amendment takes effect later but whose page would
  /// show the amended values already: the old values belong in the file, the new in `thay_doi`.
  static func futureAmendments(_ procedures: [Procedure], now: Date, diagnostics: inout Diagnostics) {
    for p in procedures where p.status == .amended && p.changes.isEmpty {
      guard let effective = p.effectiveDate, effective.instant > now else { continue }
      diagnostics.warning(
        p.source.displayPath, p.source.line(ofKey: "ngay_hieu_luc"), "amendment-ahead",
        "phần sửa đổi có hiệu lực từ ngày sau (ngay_hieu_luc) nhưng trang đang hiện nội dung sửa đổi như đã áp dụng; "
          + "nếu đến ngày đó người dân vẫn làm theo nội dung cũ, hãy giữ nội dung cũ và ghi phần thay đổi vào "
          + "thay_doi (tu_ngay: ngày hiệu lực)")
    }
  }

  /// "08:30 ngày 07/12/2026" in the site's zone.
  static func spoken(_ date: ContentDate, timeZone: TimeZone) -> String {
    let local = LocalTime(date.instant, in: timeZone)
    return "\(local.clock) ngày \(local.spokenDay)"
  }

  /// Reports lines of `body` left from a `cchc new` template: an error for a document that
  /// will be published, a warning in a preview or for a draft shown by `--drafts`.
  static func placeholders(body: String, source: SourceRef, isError: Bool, diagnostics: inout Diagnostics) {
    let found = PlaceholderLines.find(in: body)
    guard let first = found.first else { return }
    let others = found.count > 1 ? " (và \(found.count - 1) dòng mẫu khác)" : ""
    let message =
      "còn chữ mẫu của lệnh cchc new: \"\(first.text)\"\(others); hãy thay bằng nội dung thật trước khi đăng"
    let line = source.bodyLine + first.offset
    if isError {
      diagnostics.error(source.displayPath, line, "placeholder-text", message)
    } else {
      diagnostics.warning(source.displayPath, line, "placeholder-text", message)
    }
  }
}
