import Foundation

/// One administrative procedure (TTHC) as listed in the national database (`content/thu-tuc/**/*.md`).
public struct Procedure: Sendable, Equatable {
  /// Where it came from.
  public var source: SourceRef
  /// `ma`, exactly as written (e.g. `2.000720`).
  public var code: String
  /// `ten`.
  public var name: String
  /// `linh_vuc`, as written.
  public var field: String
  /// `cap_thuc_hien`.
  public var levels: [String]
  /// `loai_thu_tuc`.
  public var type: String?
  /// `so_quyet_dinh`.
  public var ministryDecision: String?
  /// `quyet_dinh_cong_bo`.
  public var announcement: Decision?
  /// `co_quan_thuc_hien`.
  public var agency: String?
  /// `co_quan_tham_quyen`.
  public var authority: String?
  /// `dia_chi_tiep_nhan`.
  public var receivingAddress: String?
  /// `co_quan_phoi_hop`.
  public var coordinatingAgency: String?
  /// `doi_tuong`.
  public var subjects: [String]
  /// `cach_thuc`.
  public var ways: [FilingWay]
  /// `thoi_han`.
  public var deadline: String?
  /// `phi_le_phi`.
  public var fees: [String]
  /// `ket_qua`.
  public var results: [String]
  /// `can_cu_phap_ly`.
  public var legalBasis: [LegalDocument]
  /// `dvc_truc_tuyen`.
  public var onlineLevel: OnlineLevel?
  /// `link_dvc`.
  public var onlineLink: String?
  /// `phi_dia_gioi`.
  public var acceptedAnywhere: Bool?
  /// `trang_thai`.
  public var status: ProcedureStatus
  /// `ngay_hieu_luc`.
  public var effectiveDate: ContentDate?
  /// `thay_the_boi`.
  public var replacedBy: String?
  /// `ngay_cap_nhat`.
  public var updated: ContentDate?
  /// `mau_don`.
  public var forms: [FormFile]
  /// `tu_khoa`: searched, not shown.
  public var keywords: [String]
  /// `mo_ta`.
  public var description: String?
  /// The Markdown body.
  public var body: String
  /// `quyet_dinh_bai_bo`: the decision that abolished or replaced the procedure.
  public var withdrawal: Decision? = nil
  /// `thay_doi`: what applies from later dates, oldest first. After `applying(at:)`, only the
  /// changes still ahead.
  public var changes: [ProcedureChange] = []
}

/// Values of a procedure that apply from a date (`thay_doi` entry).
public struct ProcedureChange: Sendable, Equatable {
  /// `tu_ngay`.
  public var date: ContentDate
  /// `quyet_dinh`: the decision making the change.
  public var decision: String?
  /// The whole procedure as it stands from `date` (its own `changes` empty).
  public var state: Procedure
}

extension Procedure {
  /// The procedure as it stands at `now`: the last change dated at or before it applied (its
  /// date becomes `updated` when later), the later ones kept in `changes`.
  public func applying(at now: Date) -> Procedure {
    guard !changes.isEmpty else { return self }
    var result = self
    if let last = changes.last(where: { $0.date.instant <= now }) {
      result = last.state
      if (updated?.instant ?? .distantPast) < last.date.instant { result.updated = last.date }
    }
    result.changes = changes.filter { $0.date.instant > now }
    return result
  }
}

/// A decision announcing procedures (`quyet_dinh_cong_bo`).
public struct Decision: Sendable, Equatable {
  /// `so_hieu`.
  public var number: String
  /// `ngay`.
  public var date: ContentDate?
  /// `link`.
  public var link: String?
}

/// One way of filing (`cach_thuc` row).
public struct FilingWay: Sendable, Equatable {
  /// `hinh_thuc`: "Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính".
  public var method: String
  /// `thoi_han`.
  public var deadline: String?
  /// `phi_le_phi`.
  public var fees: [String]
  /// `mo_ta`.
  public var description: String?

  /// Creates a way of filing.
  public init(method: String, deadline: String?, fees: [String], description: String?) {
    self.method = method
    self.deadline = deadline
    self.fees = fees
    self.description = description
  }
}

/// One legal document (`can_cu_phap_ly` row).
public struct LegalDocument: Sendable, Equatable {
  /// `so_hieu` (or the whole text when written as a string).
  public var number: String
  /// `trich_yeu`.
  public var title: String?
  /// `ngay_ban_hanh`.
  public var issued: ContentDate?
  /// `co_quan_ban_hanh`.
  public var issuer: String?

  /// Creates a legal document row.
  public init(number: String, title: String?, issued: ContentDate?, issuer: String?) {
    self.number = number
    self.title = title
    self.issued = issued
    self.issuer = issuer
  }
}

/// A downloadable form (`mau_don` item).
public struct FormFile: Sendable, Equatable {
  /// `ten`.
  public var name: String
  /// `tep`: path under the content folder.
  public var file: String
}

/// Online public-service level (`dvc_truc_tuyen`).
public enum OnlineLevel: String, Sendable, Equatable, CaseIterable {
  case full = "toan_trinh"
  case partial = "mot_phan"
  case informationOnly = "thong_tin"
  case none = "khong"

  /// Reads the value, accepting the old wording `muc_do_4` and `muc_do_3`.
  public init?(text: String) {
    switch text {
    case "muc_do_4": self = .full
    case "muc_do_3": self = .partial
    default: self.init(rawValue: text)
    }
  }

  /// The label shown to citizens.
  public var label: String {
    switch self {
    case .full: return "Trực tuyến toàn trình"
    case .partial: return "Trực tuyến một phần"
    case .informationOnly: return "Cung cấp thông tin"
    case .none: return "Không trực tuyến"
    }
  }

  /// CSS class suffix.
  public var cssClass: String {
    switch self {
    case .full: return "toan-trinh"
    case .partial: return "mot-phan"
    case .informationOnly: return "thong-tin"
    case .none: return "khong"
    }
  }
}

/// A procedure's status (`trang_thai`).
public enum ProcedureStatus: String, Sendable, Equatable, CaseIterable {
  case inForce = "hieu_luc"
  case new = "moi_ban_hanh"
  case amended = "sua_doi"
  case replaced = "thay_the"
  case abolished = "bai_bo"

  /// The label shown to citizens.
  public var label: String {
    switch self {
    case .inForce: return "Đang hiệu lực"
    case .new: return "Mới ban hành"
    case .amended: return "Sửa đổi, bổ sung"
    case .replaced: return "Đã được thay thế"
    case .abolished: return "Đã bãi bỏ"
    }
  }

  /// CSS class suffix.
  public var cssClass: String { rawValue.replacingOccurrences(of: "_", with: "-") }

  /// Whether the procedure can no longer be filed (abolished or replaced).
  public var isWithdrawn: Bool { self == .replaced || self == .abolished }
}
