import Foundation

/// The files of a new unit's site (`cchc khoi-tao`): `site.yml` filled in and commented, the
/// usual categories of the CCHC column, a hotline page with the national number and the
/// province's as examples, and a welcome article kept as a draft. Nothing of another unit.
public enum UnitSkeleton {
  /// The level of the unit, which names its categories.
  public enum Level: String, CaseIterable, Sendable {
    /// A ward or commune People's Committee (phường, xã).
    case commune = "xa"
    /// A provincial department or agency (sở, ban, ngành).
    case province = "tinh"

    /// "phường" / "xã" / "Sở": what the unit calls itself in the last category.
    func selfName(_ unitName: String) -> String {
      switch self {
      case .commune:
        let lower = unitName.lowercased()
        if lower.contains("phường") { return "phường" }
        if lower.contains("đặc khu") { return "đặc khu" }
        return "xã"
      case .province: return unitName.contains("Sở ") ? "Sở" : "đơn vị"
      }
    }
  }

  /// The files, by path relative to the unit's folder.
  public static func files(unitName: String, baseURL: String, level: Level, now: Date, timeZone: TimeZone) -> [NewContent.Draft] {
    let local = LocalTime(now, in: timeZone)
    let (day, spoken) = (local.isoDay, local.spokenDay)
    return [
      .init(relativePath: ".gitignore", text: "# Kết quả của cchc build: tạo lại được bất cứ lúc nào.\npublic/\n.public.cchc-cache\n"),
      .init(relativePath: "content/site.yml", text: siteFile(unitName: unitName, baseURL: baseURL, level: level, made: spoken)),
      .init(relativePath: "content/duong-day-nong/duong-day-nong.md", text: hotlineFile(unitName: unitName)),
      .init(relativePath: "content/tin-bai/\(day)-ra-mat-chuyen-muc.md", text: welcomeArticle(unitName: unitName, day: day)),
    ]
  }

  /// The usual categories of a CCHC column: the six areas of the reform programme and the
  /// unit's own activities.
  static func categories(unitName: String, level: Level) -> [(slug: String, name: String, description: String)] {
    let me = level.selfName(unitName)
    return [
      ("cai-cach-the-che", "Cải cách thể chế", "Xây dựng, rà soát văn bản và tổ chức thi hành pháp luật."),
      (
        "cai-cach-thu-tuc-hanh-chinh", "Cải cách thủ tục hành chính",
        "Công khai, đơn giản hóa thủ tục hành chính; hướng dẫn người dân, doanh nghiệp."
      ),
      ("cai-cach-to-chuc-bo-may", "Cải cách tổ chức bộ máy", "Sắp xếp tổ chức bộ máy, chức năng, nhiệm vụ."),
      ("cai-cach-che-do-cong-vu", "Cải cách chế độ công vụ", "Đội ngũ cán bộ, công chức; kỷ luật, kỷ cương, văn hóa công vụ."),
      ("cai-cach-tai-chinh-cong", "Cải cách tài chính công", "Quản lý ngân sách, công khai tài chính, thanh toán không dùng tiền mặt."),
      ("chinh-quyen-so", "Chính quyền điện tử – chính quyền số", "Dịch vụ công trực tuyến, chuyển đổi số."),
      (
        "hoat-dong-cai-cach-hanh-chinh", "Hoạt động cải cách hành chính của \(me)",
        "Tin hoạt động, kết quả thực hiện kế hoạch cải cách hành chính của \(unitName)."
      ),
    ]
  }

  static func siteFile(unitName: String, baseURL: String, level: Level, made: String) -> String {
    let categories = categories(unitName: unitName, level: level).map { category in
      "  - ma: \(category.slug)\n    ten: \(NewContent.quoted(category.name))\n    mo_ta: \(NewContent.quoted(category.description))\n"
    }.joined()
    return """
      # Thông tin chung của chuyên mục Cải cách hành chính, do cchc khoi-tao tạo ngày \(made).
      # Dòng bắt đầu bằng # là chú thích. Sửa giá trị sau dấu hai chấm; giữ nguyên tên khóa và thụt lề
      # bằng dấu cách (không dùng phím Tab). Kiểm tra bằng: cchc check
      ten_don_vi: \(NewContent.quoted(unitName))
      ten_chuyen_muc: "Cải cách hành chính"
      # Địa chỉ công khai nơi đặt chuyên mục (nơi chép thư mục public/ lên máy chủ). Mã QR và địa chỉ
      # in trên bản niêm yết luôn dẫn về đây, kể cả khi xem trước bằng cchc serve.
      base_url: \(NewContent.quoted(baseURL))
      mo_ta: \(NewContent.quoted("Tin tức, thủ tục hành chính và đường dây nóng về cải cách hành chính của \(unitName)."))
      # Địa chỉ, điện thoại, thư điện tử của đơn vị (hiện ở cuối mọi trang); bỏ dấu # ở đầu dòng để dùng:
      # dia_chi: ""
      # dien_thoai: ""
      # email: ""
      # Ảnh khi chia sẻ lên Zalo, Facebook (đặt tệp trong content/tep/anh/, khổ 1200×630):
      # anh_mac_dinh: tep/anh/chia-se.png
      so_bai_moi_trang: 10
      mui_gio: Asia/Ho_Chi_Minh
      # Chuyên mục tin bài. Trong tin bài, viết chuyen_muc bằng mã (ma) hoặc đúng tên (ten).
      chuyen_muc:
      \(categories)# Chỉ tiêu đăng bài theo kế hoạch của đơn vị.
      chi_tieu:
        bai_moi_thang: 4

      """
  }

  static func hotlineFile(unitName: String) -> String {
    """
    ---
    tieu_de: "Đường dây nóng cải cách hành chính"
    mo_ta: \(NewContent.quoted("Số điện thoại, thư điện tử tiếp nhận phản ánh, kiến nghị về thủ tục hành chính của \(unitName)."))
    # Mỗi mục cần ít nhất dien_thoai hoặc email. Hai mục dưới là ví dụ: số của Cổng Dịch vụ công
    # quốc gia, và tổng đài 1022 mà nhiều tỉnh, thành phố dùng (sửa theo số của tỉnh mình).
    # Thêm mục của đơn vị: bỏ dấu # ở các dòng mẫu phía dưới và điền số thật.
    danh_sach:
      - don_vi: "Tổng đài hỗ trợ Cổng Dịch vụ công quốc gia"
        dien_thoai: "18001096"
        email: "dichvucong@chinhphu.vn"
        thoi_gian: "Miễn cước"
        noi_dung: "Hỗ trợ tài khoản, nộp hồ sơ, thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia."
      - don_vi: "Tổng đài tiếp nhận phản ánh, kiến nghị của tỉnh, thành phố"
        dien_thoai: "1022"
        noi_dung: "Phản ánh, kiến nghị về thủ tục hành chính, dịch vụ công trên địa bàn."
    #  - don_vi: \(NewContent.quoted(unitName))
    #    ho_ten: ""
    #    chuc_vu: ""
    #    dien_thoai: ""
    #    email: ""
    #    thoi_gian: "Trong giờ hành chính, từ thứ Hai đến thứ Sáu"
    #    noi_dung: "Phản ánh việc giải quyết thủ tục hành chính, tinh thần, thái độ phục vụ của cán bộ, công chức."
    ---
    \(unitName) công khai các số điện thoại đường dây nóng để người dân, doanh nghiệp phản ánh, kiến nghị về quy định hành chính và việc giải quyết thủ tục hành chính.

    Bấm vào số điện thoại để gọi ngay trên điện thoại di động.

    """
  }

  static func welcomeArticle(unitName: String, day: String) -> String {
    """
    ---
    tieu_de: "Ra mắt chuyên mục Cải cách hành chính"
    ngay: \(day) 08:00
    chuyen_muc: [hoat-dong-cai-cach-hanh-chinh]
    # Bài mẫu, chưa đăng. Sửa nội dung rồi xóa dòng dưới (hoặc đổi thành false) để đăng.
    ban_nhap: true
    ---
    Chuyên mục Cải cách hành chính của \(unitName) đăng tin về cải cách hành chính, công khai danh mục thủ tục hành chính đơn vị tiếp nhận, giải quyết và các số điện thoại đường dây nóng tiếp nhận phản ánh, kiến nghị.

    Người dân, doanh nghiệp có thể tra cứu thủ tục ngay trên điện thoại, quét mã QR in trên bản niêm yết tại Bộ phận một cửa để xem chi tiết và nộp hồ sơ trực tuyến.

    """
  }
}
