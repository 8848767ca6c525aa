/// The content contract as form fields: for each kind, its front-matter keys in the order
/// files are written, with the labels of the national portal, help, whether a key is
/// required and what values it takes. The browser editor builds its forms from this.
public enum ContentSchema {
  /// One front-matter key.
  public struct Field: Sendable {
    /// The key, e.g. `tieu_de`.
    public var key: String
    /// The Vietnamese label.
    public var label: String
    /// What to write, in one sentence; empty when the label says it all.
    public var help: String
    /// The build refuses the file without it.
    public var required: Bool
    /// What values it takes.
    public var input: Input

    init(_ key: String, _ label: String, _ input: Input = .text, required: Bool = false, help: String = "") {
      self.key = key
      self.label = label
      self.help = help
      self.required = required
      self.input = input
    }
  }

  /// The values a field takes.
  public indirect enum Input: Sendable {
    /// One line of text.
    case text
    /// A paragraph (or several) of text.
    case paragraph
    /// A date (`YYYY-MM-DD`).
    case date
    /// A date with an optional time of day.
    case dateTime
    /// Yes or no.
    case flag
    /// A whole number.
    case number
    /// One of fixed values: (value written, label shown).
    case choice([(String, String)])
    /// The categories declared in `site.yml`, several allowed.
    case categories
    /// One text or several, one per line.
    case lines
    /// A file under `tep/`: the folder uploads of this field go to.
    case file(folder: String)
    /// Rows of sub-fields. A row holding only `scalarKey` is written as that text.
    case rows([Field], scalarKey: String?)
    /// One record of sub-fields, written as the text of `scalarKey` when only that is given.
    case record([Field], scalarKey: String)
  }

  /// The fields of a kind, in the order files are written.
  public static func fields(of kind: ContentKind) -> [Field] {
    switch kind {
    case .article: return article
    case .procedure: return procedure
    case .hotline: return hotline
    case .page: return page
    case .dialogue: return dialogue
    }
  }

  /// The keys of a kind in the order files are written.
  public static func order(of kind: ContentKind) -> [String] { fields(of: kind).map(\.key) }

  static let slugHelp =
    "Chữ thường không dấu và dấu gạch ngang; bỏ trống thì lấy theo tên tệp. Đổi đường dẫn làm hỏng các liên kết đã chia sẻ."

  static let article: [Field] = [
    Field("tieu_de", "Tiêu đề", required: true),
    Field(
      "ngay", "Ngày đăng", .dateTime, required: true,
      help: "Ngày trong tương lai là hẹn giờ đăng: bài tự hiện khi tạo trang sau thời điểm đó."),
    Field("chuyen_muc", "Chuyên mục", .categories),
    Field("tom_tat", "Tóm tắt", .paragraph, help: "Hiện trong danh sách bài và khi chia sẻ lên Zalo, Facebook; bỏ trống thì lấy đoạn đầu."),
    Field("anh", "Ảnh bìa", .file(folder: "tep/anh"), help: "Cũng là ảnh hiện khi chia sẻ. Tệp JPG, PNG hoặc WebP trong tep/anh/."),
    Field("tac_gia", "Tác giả"),
    Field("nguon", "Nguồn"),
    Field("tu_khoa", "Từ khóa", .lines, help: "Mỗi dòng một từ khóa."),
    Field("am_thanh", "Tệp âm thanh", .file(folder: "tep/am-thanh"), help: "Bản tin phát thanh (MP3) trong tep/am-thanh/."),
    Field("ban_nhap", "Bản nháp", .flag, help: "Bản nháp chỉ hiện khi xem trước, không được đăng."),
    Field("duong_dan", "Đường dẫn", help: slugHelp),
  ]

  /// A decision: its number alone, or with its date and link.
  static let decision = Input.record(
    [Field("so_hieu", "Số hiệu"), Field("ngay", "Ngày", .date), Field("link", "Liên kết")], scalarKey: "so_hieu")

  static let procedure: [Field] = [
    Field("ma", "Mã thủ tục", required: true, help: "Như trên Cơ sở dữ liệu quốc gia về TTHC, ví dụ 1.001193."),
    Field("ten", "Tên thủ tục", required: true),
    Field("linh_vuc", "Lĩnh vực", required: true, help: "Ví dụ: Hộ tịch, Chứng thực, Đất đai."),
    Field("cap_thuc_hien", "Cấp thực hiện", .lines, help: "Mỗi dòng một cấp, ví dụ Cấp xã."),
    Field("loai_thu_tuc", "Loại thủ tục"),
    Field("so_quyet_dinh", "Số quyết định", help: "Quyết định của Bộ công bố hoặc sửa đổi thủ tục."),
    Field(
      "quyet_dinh_cong_bo", "Quyết định công bố của tỉnh",
      decision),
    Field("co_quan_thuc_hien", "Cơ quan thực hiện"),
    Field("co_quan_tham_quyen", "Cơ quan có thẩm quyền"),
    Field("dia_chi_tiep_nhan", "Địa chỉ tiếp nhận hồ sơ"),
    Field("co_quan_phoi_hop", "Cơ quan phối hợp"),
    Field("doi_tuong", "Đối tượng thực hiện", .lines, help: "Mỗi dòng một đối tượng."),
    Field(
      "cach_thuc", "Cách thức thực hiện",
      .rows(
        [
          Field("hinh_thuc", "Hình thức nộp", required: true, help: "Trực tiếp, Trực tuyến hoặc Dịch vụ bưu chính."),
          Field("thoi_han", "Thời hạn giải quyết"),
          Field("phi_le_phi", "Phí, lệ phí", .lines, help: "Mỗi dòng một khoản."),
          Field("mo_ta", "Mô tả", .paragraph),
        ], scalarKey: nil)),
    Field("thoi_han", "Thời hạn giải quyết", help: "Khi mọi cách thức có chung một thời hạn."),
    Field("phi_le_phi", "Phí, lệ phí", .lines, help: "Khi mọi cách thức có chung phí, lệ phí. Mỗi dòng một khoản."),
    Field("ket_qua", "Kết quả thực hiện", .lines, help: "Mỗi dòng một kết quả."),
    Field(
      "can_cu_phap_ly", "Căn cứ pháp lý",
      .rows(
        [
          Field("so_hieu", "Số hiệu", required: true), Field("trich_yeu", "Trích yếu"),
          Field("ngay_ban_hanh", "Ngày ban hành", .date), Field("co_quan_ban_hanh", "Cơ quan ban hành"),
        ], scalarKey: "so_hieu")),
    Field(
      "dvc_truc_tuyen", "Dịch vụ công trực tuyến",
      .choice([
        ("toan_trinh", "Toàn trình"), ("mot_phan", "Một phần"), ("thong_tin", "Chỉ cung cấp thông tin"), ("khong", "Không có"),
      ])),
    Field("link_dvc", "Liên kết trên Cổng Dịch vụ công", help: "Địa chỉ đầy đủ, bắt đầu bằng https://"),
    Field("phi_dia_gioi", "Tiếp nhận không phụ thuộc địa giới hành chính", .flag),
    Field(
      "trang_thai", "Trạng thái",
      .choice(ProcedureStatus.allCases.map { ($0.rawValue, $0.label) }),
      help: "Bỏ trống là đang hiệu lực."),
    Field(
      "quyet_dinh_bai_bo", "Quyết định bãi bỏ",
      decision,
      help: "Với thủ tục bị bãi bỏ hoặc thay thế: quyết định công bố việc đó."),
    Field("ngay_hieu_luc", "Ngày có hiệu lực", .date),
    Field("thay_the_boi", "Mã thủ tục thay thế", help: "Với thủ tục đã bị thay thế."),
    Field("ngay_cap_nhat", "Ngày cập nhật", .date, help: "Ngày thông tin thủ tục thay đổi; đưa thủ tục vào tin thay đổi thủ tục."),
    Field(
      "mau_don", "Mẫu đơn, tờ khai",
      .rows(
        [Field("ten", "Tên mẫu đơn", required: true), Field("tep", "Tệp", .file(folder: "tep/mau-don"), required: true)],
        scalarKey: nil)),
    Field("tu_khoa", "Từ khóa tìm kiếm", .lines, help: "Những cách người dân gọi thủ tục, mỗi dòng một cách; dùng để tìm, không hiện ra."),
    Field("mo_ta", "Mô tả", .paragraph),
  ]

  static let hotline: [Field] = [
    Field("tieu_de", "Tiêu đề", required: true),
    Field("mo_ta", "Mô tả", .paragraph),
    Field(
      "danh_sach", "Danh sách đường dây nóng",
      .rows(
        [
          Field("don_vi", "Đơn vị", required: true), Field("ho_ten", "Họ tên"), Field("chuc_vu", "Chức vụ"),
          Field("dien_thoai", "Điện thoại", .lines, help: "Viết như thường viết, ví dụ 0225.3822.468; mỗi dòng một số."),
          Field("email", "Thư điện tử"), Field("dia_chi", "Địa chỉ"), Field("thoi_gian", "Thời gian tiếp nhận"),
          Field("noi_dung", "Nội dung tiếp nhận"),
        ], scalarKey: nil),
      help: "Mỗi mục cần ít nhất điện thoại hoặc thư điện tử."),
    Field("duong_dan", "Đường dẫn", help: slugHelp),
  ]

  static let page: [Field] = [
    Field("tieu_de", "Tiêu đề", required: true),
    Field("thu_tu", "Thứ tự trong menu", .number),
    Field("ten_menu", "Tên ngắn trong menu"),
    Field("duong_dan", "Đường dẫn", help: slugHelp),
  ]

  static let dialogue: [Field] = [
    Field("tieu_de", "Tiêu đề", required: true),
    Field("ngay", "Ngày tổ chức", .dateTime, required: true),
    Field("chu_tri", "Người chủ trì, trả lời", required: true),
    Field("hinh_thuc", "Hình thức", .choice(DialogueFormat.allCases.map { ($0.rawValue, $0.rawValue.capitalizedFirst) })),
    Field("tom_tat", "Tóm tắt", .paragraph),
    Field(
      "cau_hoi", "Câu hỏi và trả lời",
      .rows(
        [
          Field("nguoi_hoi", "Người hỏi", required: true), Field("dia_chi", "Địa chỉ người hỏi"),
          Field("ngay_hoi", "Ngày hỏi", .date), Field("cau_hoi", "Nội dung câu hỏi", .paragraph, required: true),
          Field("tra_loi", "Trả lời", .paragraph, required: true, help: "Viết được Markdown."),
          Field("nguoi_tra_loi", "Người trả lời"),
          Field("thu_tuc", "Mã thủ tục liên quan", .lines, help: "Mỗi dòng một mã."), Field("linh_vuc", "Lĩnh vực"),
        ], scalarKey: nil), required: true),
    Field("duong_dan", "Đường dẫn", help: slugHelp),
  ]
}

extension String {
  /// The text with its first letter in capitals.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
