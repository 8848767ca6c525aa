import Foundation

/// The portal described by `content/site.yml`.
public struct SiteConfig: Sendable, Equatable {
  /// `ten_don_vi`: the unit, e.g. "Ủy ban nhân dân phường Chí Linh".
  public var unitName: String
  /// `ten_chuyen_muc`: the section's title.
  public var sectionTitle: String
  /// `base_url`: where `public/` is served; always ends with `/`.
  public var baseURL: BaseURL
  /// `mo_ta`.
  public var description: String?
  /// `dia_chi`.
  public var address: String?
  /// `dien_thoai`.
  public var phone: String?
  /// `email`.
  public var email: String?
  /// `anh_mac_dinh`: a path under the content folder (e.g. `tep/anh/chia-se.png`).
  public var defaultImage: String?
  /// `so_bai_moi_trang`.
  public var articlesPerPage: Int
  /// `mui_gio`.
  public var timeZone: TimeZone
  /// `chuyen_muc`, in the order written.
  public var categories: [Category]
  /// `chi_tieu`: targets from the unit's plan (e.g. `bai_moi_thang: 4`).
  public var targets: PlanTargets
  /// `du_lieu_mau` (extension): the content is sample data and pages say so.
  public var isSample: Bool
  /// `so_bai_rss` (extension): how many articles the feeds carry.
  public var feedSize: Int
  /// `phan_anh`: where to send feedback, in the order written.
  public var feedback: [FeedbackChannel] = []
  /// `khao_sat`: the satisfaction survey.
  public var survey: Survey? = nil
  /// `man_hinh`: the desk screen.
  public var deskScreen = DeskScreenSettings()

  /// Defaults used to go on checking documents when `site.yml` is missing or unreadable.
  public static let placeholder = SiteConfig(
    unitName: "", sectionTitle: "Cải cách hành chính", baseURL: BaseURL(origin: "https://example.invalid", path: "/"),
    description: nil, address: nil, phone: nil, email: nil, defaultImage: nil, articlesPerPage: 10,
    timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!,
    categories: [], targets: PlanTargets(), isSample: false, feedSize: 20)
}

/// An article category declared in `site.yml`.
public struct Category: Sendable, Equatable {
  /// `ma`: the slug.
  public var slug: String
  /// `ten`.
  public var name: String
  /// `mo_ta`.
  public var description: String?
}

/// An absolute http(s) base URL split into origin and path (the path starts and ends with `/`).
public struct BaseURL: Sendable, Equatable {
  /// `https://example.gov.vn`
  public var origin: String
  /// `/cai-cach-hanh-chinh/`
  public var path: String

  /// Parses an absolute http(s) URL; nil for anything else.
  public init?(_ text: String) {
    guard let components = URLComponents(string: text.trimmingCharacters(in: .whitespaces)),
      let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
      let host = components.host, !host.isEmpty,
      components.query == nil, components.fragment == nil
    else { return nil }
    let port = components.port.map { ":\($0)" } ?? ""
    origin = "\(scheme)://\(host.lowercased())\(port)"
    var path = components.percentEncodedPath
    if !path.hasPrefix("/") { path = "/" + path }
    if !path.hasSuffix("/") { path += "/" }
    self.path = path
  }

  /// Creates a base URL from parts (path must start and end with `/`).
  public init(origin: String, path: String) {
    self.origin = origin
    self.path = path
  }

  /// The full URL, e.g. `https://example.gov.vn/cai-cach-hanh-chinh/`.
  public var absolute: String { origin + path }
}
