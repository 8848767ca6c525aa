/// Where citizens send feedback and complaints (`phan_anh` in `site.yml`): the national
/// portal's feedback page, the province's system, the unit's own line.
public struct FeedbackChannel: Sendable, Equatable {
  /// `ten`.
  public var name: String
  /// `link`: an http(s) address.
  public var link: String?
  /// `dien_thoai`.
  public var phones: [PhoneNumber]
  /// `email`.
  public var email: String?
}

/// The unit's satisfaction survey (`khao_sat`): a web form or a Zalo mini app.
public struct Survey: Sendable, Equatable {
  /// `link`: an http(s) address.
  public var url: String
  /// `ten`: what the survey is called on pages and posters.
  public var title: String

  /// The title when `ten` is not given.
  public static let defaultTitle = "Đánh giá mức độ hài lòng"
}

/// The screen at the one-stop desk (`man_hinh` in `site.yml`).
public struct DeskScreenSettings: Sendable, Equatable {
  /// A panel the screen can show.
  public enum Panel: String, Sendable, CaseIterable {
    case articles = "tin_bai"
    case procedures = "thu_tuc"
    case hotlines = "duong_day_nong"
    case survey = "khao_sat"
  }

  /// `bang`: the panels, in the order shown.
  public var panels: [Panel] = Panel.allCases
  /// `giay`: seconds each panel stays.
  public var seconds: Int = 15
  /// `tai_lai_phut`: minutes between checks for a new build.
  public var reloadMinutes: Int = 30
  /// `so_bai`: how many of the newest articles the articles panel shows.
  public var articleCount: Int = 5
  /// `so_thang`: how many months back the procedures panel looks for changes.
  public var months: Int = 3

  /// The defaults.
  public init() {}
}
