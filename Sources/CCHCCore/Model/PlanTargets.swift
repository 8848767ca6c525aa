/// Publishing targets from the unit's plan (`chi_tieu` in `site.yml`).
public struct PlanTargets: Sendable, Equatable {
  /// `bai_moi_thang`: published articles a month.
  public var articlesPerMonth: Int?
  /// `ban_tin_moi_tuan`: bulletins a week.
  public var bulletinsPerWeek: Int?
  /// `ban_tin_chuyen_muc`: the category whose articles are the bulletins; without it, a
  /// bulletin is an article with `am_thanh`.
  public var bulletinCategory: String?
  /// `am_thanh_moi_thang`: articles with audio a month.
  public var audioPerMonth: Int?
  /// `hoi_dap_moi_quy`: dialogues and Q&A collections a quarter.
  public var dialoguesPerQuarter: Int?
  /// `chuyen_muc`: articles a month per category, by category slug.
  public var perCategoryMonthly: [String: Int] = [:]

  /// No targets.
  public init() {}
}
