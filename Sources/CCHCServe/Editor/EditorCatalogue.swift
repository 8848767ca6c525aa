import CCHCCore
import Foundation
import Yams

/// Every content file as the editor lists it: kind, title, date, categories and where it
/// stands (published, draft, scheduled; a procedure's status), read from its front matter.
struct EditorCatalogue: Sendable {
  /// One content file.
  struct Item: Sendable {
    var path: String
    var kind: ContentKind
    var title: String
    var date: String
    var categories: [String]
    var standing: Standing
    var status: String
    /// Its page, relative to the site's base (`tin-bai/hop-bao/`).
    var page: String
    /// Title, code, path and keywords (`tu_khoa`) folded, for search without diacritics.
    var searchText: String
  }

  /// Where a file stands for readers.
  enum Standing: String, Sendable, CaseIterable {
    case published = "da-dang"
    case draft = "ban-nhap"
    case scheduled = "hen-gio"
    case unreadable = "loi"

    var label: String {
      switch self {
      case .published: return "Đã đăng"
      case .draft: return "Bản nháp"
      case .scheduled: return "Hẹn giờ đăng"
      case .unreadable: return "Lỗi cú pháp"
      }
    }
  }

  var items: [Item] = []

  /// Reads every content file under `content`, sorted by kind, then newest first, then title.
  static func read(content: String, timeZone: TimeZone, now: Date) -> EditorCatalogue {
    var catalogue = EditorCatalogue()
    for kind in ContentKind.allCases {
      let tree = ContentTree.walk(root: content, folder: kind.rawValue)
      for path in tree.files where ContentLoader.isSource(path) {
        guard let text = try? String(contentsOfFile: content + "/" + path, encoding: .utf8) else { continue }
        catalogue.items.append(item(path: path, kind: kind, text: text, timeZone: timeZone, now: now))
      }
    }
    catalogue.items.sort { a, b in
      a.kind != b.kind
        ? ContentKind.allCases.firstIndex(of: a.kind)! < ContentKind.allCases.firstIndex(of: b.kind)!
        : a.date != b.date ? a.date > b.date : a.title < b.title
    }
    return catalogue
  }

  static func item(path: String, kind: ContentKind, text: String, timeZone: TimeZone, now: Date) -> Item {
    let mapping = FrontMatterText.split(text).flatMap { try? Yams.compose(yaml: $0.front) }?.mapping
    func string(_ key: String) -> String? { mapping?[key]?.scalar?.string }
    func strings(_ key: String) -> [String] {
      mapping?[key].map { node in node.sequence?.compactMap { $0.scalar?.string } ?? [node.scalar?.string ?? ""] } ?? []
    }
    let code = kind == .procedure ? string("ma") : nil
    let title = string("tieu_de") ?? string("ten") ?? path
    let date = string("ngay") ?? string("ngay_cap_nhat") ?? ""
    let categories = strings("chuyen_muc")
    var standing = Standing.published
    if mapping == nil {
      standing = .unreadable
    } else if ["true", "yes", "có", "co", "on"].contains(string("ban_nhap")?.lowercased() ?? "") {
      standing = .draft
    } else if kind == .article || kind == .dialogue, let day = ContentDate.parse(date, timeZone: timeZone), day.instant > now {
      standing = .scheduled
    }
    let slug = string("duong_dan") ?? DocumentDecoder.slug(fromFileName: path)
    let page: String
    switch kind {
    case .article: page = Routes.article(slug)
    case .procedure: page = Routes.procedure(code ?? slug)
    case .hotline: page = Routes.hotline(slug)
    case .page: page = Routes.page(slug)
    case .dialogue: page = Routes.dialogue(slug)
    }
    let keywords = strings("tu_khoa")
    let shownTitle = code.map { "\($0) – \(title)" } ?? title
    return Item(
      path: path, kind: kind, title: shownTitle, date: FormValues.shownDateTime(date), categories: categories, standing: standing,
      status: string("trang_thai") ?? "", page: page,
      searchText: VietnameseText.fold(([shownTitle, path] + keywords).joined(separator: " ")).lowercased())
  }

  /// The items a search and filters leave.
  func filtered(_ filter: EditorFilter) -> [Item] {
    let words = VietnameseText.fold(filter.query).lowercased().split(separator: " ")
    return items.filter { item in
      (filter.kind == nil || item.kind == filter.kind) && (filter.standing == nil || item.standing == filter.standing)
        && (filter.category.isEmpty || item.categories.contains(filter.category))
        && (filter.status.isEmpty || item.status == filter.status
          || (filter.status == "hieu_luc" && item.status.isEmpty && item.kind == .procedure))
        && words.allSatisfy { item.searchText.contains($0) }
    }
  }
}

/// The list's search and filters, from its query.
struct EditorFilter: Sendable {
  var query = ""
  var kind: ContentKind?
  var standing: EditorCatalogue.Standing?
  var category = ""
  var status = ""
}
