import Foundation

/// Writes the starting text of a new content file: every required key filled in, the usual
/// optional keys commented with a short Vietnamese explanation. The result builds as it is.
public enum NewContent {
  /// The kinds `cchc new` makes.
  public enum Kind: String, CaseIterable, Sendable {
    case article = "bai-viet"
    case procedure = "thu-tuc"
    case hotline = "duong-day-nong"
    case page = "trang"
    case dialogue = "hoi-dap"

    /// The content folder of the kind.
    public var folder: String {
      switch self {
      case .article: return ContentKind.article.rawValue
      case .procedure: return ContentKind.procedure.rawValue
      case .hotline: return ContentKind.hotline.rawValue
      case .page: return ContentKind.page.rawValue
      case .dialogue: return ContentKind.dialogue.rawValue
      }
    }
  }

  /// What to write: a path relative to the content folder and the file's text.
  public struct Draft: Sendable, Equatable {
    /// Path relative to the content folder.
    public var relativePath: String
    /// The file's text.
    public var text: String
  }

  /// Facts about the site that make the new file fit it (categories, contact, time zone).
  public struct SiteFacts: Sendable {
    /// Declared category slugs.
    public var categories: [String]
    /// The unit's phone number, if any.
    public var phone: String?
    /// The unit's e-mail, if any.
    public var email: String?
    /// The unit's name.
    public var unitName: String?
    /// The site's time zone.
    public var timeZone: TimeZone

    /// Creates site facts.
    public init(
      categories: [String] = [], phone: String? = nil, email: String? = nil, unitName: String? = nil,
      timeZone: TimeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
    ) {
      self.categories = categories
      self.phone = phone
      self.email = email
      self.unitName = unitName
      self.timeZone = timeZone
    }
  }

  /// The draft of a new file of `kind` titled `title`, made at `now`.
  public static func draft(
    _ kind: Kind, title: String, code: String? = nil, field: String? = nil,
    site: SiteFacts, now: Date
  ) -> Draft {
    let local = LocalTime(now, in: site.timeZone)
    let day = local.isoDay
    let slug = VietnameseText.slug(title).isEmpty ? "moi" : VietnameseText.slug(title)
    switch kind {
    case .article:
      let categories = site.categories.isEmpty ? "" : " (đã khai báo: \(site.categories.joined(separator: ", ")))"
      return Draft(
        relativePath: "tin-bai/\(day)-\(slug).md",
        text: """
          ---
          tieu_de: \(quoted(title))
          # Ngày giờ đăng; ngày trong tương lai thì bài tự đăng khi tạo lại trang sau thời điểm đó.
          ngay: \(day) \(local.clock)
          # Chuyên mục, phải khai báo trong site.yml\(categories):
          # chuyen_muc: [\(site.categories.first ?? "ma-chuyen-muc")]
          # Tóm tắt hiện trong danh sách và khi chia sẻ lên Zalo, Facebook (bỏ trống thì lấy đoạn đầu):
          # tom_tat: ""
          # Ảnh bìa, cũng là ảnh khi chia sẻ (đặt tệp trong content/tep/anh/):
          # anh: tep/anh/ten-anh.jpg
          # tac_gia: ""
          # nguon: ""
          # tu_khoa: [từ khóa]
          # Tệp âm thanh cho loa truyền thanh (đặt trong content/tep/am-thanh/):
          # am_thanh: tep/am-thanh/ban-tin.mp3
          # Bản nháp: chỉ hiện khi xem trước (cchc serve). Xóa dòng này hoặc đổi thành false để đăng.
          ban_nhap: true
          ---
          Viết nội dung bài ở đây. Đoạn đầu tiên được dùng làm tóm tắt khi không có tom_tat.

          ## Tiêu đề mục

          Nội dung mục.

          """)
    case .procedure:
      let fileSlug = VietnameseText.slug(title.replacingOccurrences(of: "Thủ tục ", with: "", options: [.caseInsensitive, .anchored]))
      return Draft(
        relativePath: "thu-tuc/\(fileSlug.isEmpty ? slug : fileSlug).md",
        text: """
          ---
          # Mã thủ tục trên Cơ sở dữ liệu quốc gia về TTHC (giữ nguyên văn, kể cả số 0 ở cuối).
          ma: \(code ?? "1.000000")
          ten: \(quoted(title))
          # Lĩnh vực, ví dụ Hộ tịch, Chứng thực, Đất đai:
          linh_vuc: \(quoted(field ?? "Chưa phân loại"))
          cap_thuc_hien: Cấp xã
          # loai_thu_tuc: ""
          # Số quyết định của Bộ công bố hoặc sửa đổi thủ tục:
          # so_quyet_dinh: ""
          # Quyết định công bố của tỉnh:
          # quyet_dinh_cong_bo: {so_hieu: "", ngay: \(day), link: https://}
          # co_quan_thuc_hien: Ủy ban nhân dân cấp xã
          # co_quan_tham_quyen: ""
          # dia_chi_tiep_nhan: ""
          # doi_tuong: [Công dân Việt Nam]
          # Cách thức thực hiện: mỗi hình thức nộp một dòng.
          # cach_thuc:
          #   - hinh_thuc: Trực tiếp
          #     thoi_han: ""
          #     phi_le_phi: ""
          #   - hinh_thuc: Trực tuyến
          #     thoi_han: ""
          #     phi_le_phi: ""
          # Hoặc một thời hạn, một mức phí chung cho mọi hình thức:
          # thoi_han: ""
          # phi_le_phi: ""
          # ket_qua: ""
          # can_cu_phap_ly:
          #   - so_hieu: ""
          #     trich_yeu: ""
          # Mức dịch vụ công trực tuyến: toan_trinh, mot_phan, thong_tin hoặc khong.
          # dvc_truc_tuyen: toan_trinh
          # link_dvc: https://dichvucong.gov.vn/
          # Trạng thái: hieu_luc (mặc định), moi_ban_hanh, sua_doi, thay_the, bai_bo.
          # trang_thai: moi_ban_hanh
          # ngay_hieu_luc: \(day)
          ngay_cap_nhat: \(day)
          # Mẫu đơn, tờ khai (đặt tệp trong content/tep/mau-don/):
          # mau_don:
          #   - ten: Tờ khai
          #     tep: tep/mau-don/to-khai.docx
          # Từ người dân hay dùng để tìm thủ tục này (không hiển thị):
          # tu_khoa: []
          # mo_ta: ""
          ---
          ## Trình tự thực hiện

          1. Bước 1.

          ## Thành phần hồ sơ

          - Giấy tờ 1.

          ## Yêu cầu, điều kiện thực hiện

          Không.

          """)
    case .hotline:
      var entry = "danh_sach: []\n"
      if site.phone != nil || site.email != nil {
        entry = "danh_sach:\n  - don_vi: \(quoted(site.unitName ?? title))\n"
        if let phone = site.phone { entry += "    dien_thoai: \(quoted(phone))\n" }
        if let email = site.email { entry += "    email: \(quoted(email))\n" }
      }
      return Draft(
        relativePath: "duong-day-nong/\(slug).md",
        text: """
          ---
          tieu_de: \(quoted(title))
          # mo_ta: ""
          # Mỗi mục cần ít nhất dien_thoai hoặc email. Số điện thoại viết như thường lệ: 0225.3822.468
          \(entry)#   - don_vi: ""
          #     ho_ten: ""
          #     chuc_vu: ""
          #     dien_thoai: ""
          #     email: ""
          #     dia_chi: ""
          #     thoi_gian: Giờ hành chính các ngày làm việc
          #     noi_dung: Phản ánh, kiến nghị về thủ tục hành chính
          ---
          Đoạn giới thiệu hiển thị phía trên danh sách.

          """)
    case .page:
      return Draft(
        relativePath: "trang/\(slug).md",
        text: """
          ---
          tieu_de: \(quoted(title))
          # Thứ tự trên menu (số nhỏ đứng trước):
          # thu_tu: 1
          # Tên ngắn trên menu:
          # ten_menu: ""
          ---
          Nội dung trang.

          """)
    case .dialogue:
      return Draft(
        relativePath: "hoi-dap/\(day)-\(slug).md",
        text: """
          ---
          tieu_de: \(quoted(title))
          # Ngày tổ chức (hoặc ngày đăng các câu trả lời):
          ngay: \(day) \(local.clock)
          # Người chủ trì, trả lời, ví dụ "Chủ tịch UBND phường":
          chu_tri: \(quoted("Chủ tịch " + (site.unitName ?? "UBND")))
          # Hình thức: trực tuyến hoặc trực tiếp.
          # hinh_thuc: trực tuyến
          # tom_tat: ""
          # Mỗi câu hỏi một mục; tra_loi viết Markdown, nhiều dòng thì mở bằng | và thụt đầu dòng.
          # thu_tuc: mã các thủ tục liên quan (có trong thư mục thu-tuc/).
          cau_hoi: []
          #   - nguoi_hoi: ""
          #     dia_chi: ""
          #     ngay_hoi: \(day)
          #     cau_hoi: ""
          #     tra_loi: |
          #       Nội dung trả lời.
          #     nguoi_tra_loi: ""
          #     thu_tuc: [1.000000]
          #     linh_vuc: ""
          ---
          Giới thiệu buổi đối thoại: thời gian, người tham dự, cách người dân gửi câu hỏi.

          """)
    }
  }

  /// Lines of the bodies above that stand for text still to be written: a published document
  /// holding one is refused (`PublicationCheck.placeholders`).
  public static let placeholderLines: Set<String> = [
    "Viết nội dung bài ở đây. Đoạn đầu tiên được dùng làm tóm tắt khi không có tom_tat.",
    "## Tiêu đề mục", "Nội dung mục.", "1. Bước 1.", "- Giấy tờ 1.",
    "Đoạn giới thiệu hiển thị phía trên danh sách.", "Nội dung trang.",
    "Giới thiệu buổi đối thoại: thời gian, người tham dự, cách người dân gửi câu hỏi.",
  ]

  /// A YAML double-quoted string.
  static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
