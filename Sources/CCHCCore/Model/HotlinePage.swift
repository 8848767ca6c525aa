/// A page of hotlines (`content/duong-day-nong/*.md`).
public struct HotlinePage: Sendable, Equatable {
  /// Where it came from.
  public var source: SourceRef
  /// URL slug (file name, folded).
  public var slug: String
  /// `tieu_de`.
  public var title: String
  /// `mo_ta`.
  public var description: String?
  /// `danh_sach`.
  public var contacts: [HotlineContact]
  /// The Markdown body, shown above the list.
  public var body: String
}

/// One hotline entry.
public struct HotlineContact: Sendable, Equatable {
  /// `don_vi`.
  public var unit: String
  /// `ho_ten`.
  public var person: String?
  /// `chuc_vu`.
  public var position: String?
  /// `dien_thoai`: one or more numbers as written.
  public var phones: [PhoneNumber]
  /// `email`.
  public var email: String?
  /// `dia_chi`.
  public var address: String?
  /// `thoi_gian`.
  public var hours: String?
  /// `noi_dung`.
  public var topics: String?
}

/// A page outside the three kinds (`content/trang/**/*.md`).
public struct Page: Sendable, Equatable {
  /// Where it came from.
  public var source: SourceRef
  /// URL slug.
  public var slug: String
  /// `tieu_de`.
  public var title: String
  /// `thu_tu`: menu order.
  public var order: Int?
  /// `ten_menu` (extension): a short label for the menu; the title when absent.
  public var menuTitle: String?
  /// The Markdown body.
  public var body: String
}
