import CCHCCore
import Foundation

/// The only files the editor reads and writes: Markdown files of a content kind's folder and
/// the upload folders under `tep/`, named by a path relative to the content folder. A path
/// with `..`, `.`, an empty or hidden part, a backslash or a control character, an absolute
/// path, or one passing through a symbolic link, is refused before any file is touched.
struct ContentPath: Sendable, Equatable {
  /// The path relative to the content folder (`tin-bai/2026-11-20-hop-bao.md`).
  let relative: String
  /// The path on disk.
  let absolute: String

  /// The folders uploads go to.
  static let uploadFolders = ["tep/anh", "tep/am-thanh", "tep/mau-don"]

  /// A Markdown file of a content kind; nil with the reason when refused.
  static func document(_ relative: String, in content: String) -> Result<(ContentPath, ContentKind), PathRefusal> {
    guard relative.hasSuffix(".md"), let kind = ContentKind.allCases.first(where: { relative.hasPrefix($0.rawValue + "/") }) else {
      return .failure(PathRefusal("\"\(relative)\" không phải tệp nội dung (.md trong thư mục của một loại nội dung)"))
    }
    return checked(relative, in: content).map { ($0, kind) }
  }

  /// A file in one of the upload folders.
  static func upload(_ relative: String, in content: String) -> Result<ContentPath, PathRefusal> {
    guard uploadFolders.contains(where: { relative.hasPrefix($0 + "/") }), relative.split(separator: "/").count == 3 else {
      return .failure(PathRefusal("\"\(relative)\" không nằm trong thư mục tải lên (tep/anh, tep/am-thanh, tep/mau-don)"))
    }
    return checked(relative, in: content)
  }

  /// `relative` checked part by part, and against links on disk.
  static func checked(_ relative: String, in content: String) -> Result<ContentPath, PathRefusal> {
    let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
    let badPart = parts.contains { part in
      part.isEmpty || part.hasPrefix(".") || part.contains("\\")
        || part.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }
    guard !relative.hasPrefix("/"), !badPart else {
      return .failure(PathRefusal("đường dẫn \"\(relative)\" không hợp lệ: chỉ nhận đường dẫn trong thư mục nội dung"))
    }
    // No part of the path on disk may be a link: a link could lead outside the content folder.
    var path = content
    for part in parts {
      path += "/" + part
      var info = stat()
      if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
        return .failure(PathRefusal("\"\(relative)\" đi qua một liên kết (symlink); trình soạn thảo không ghi qua liên kết"))
      }
    }
    return .success(ContentPath(relative: relative, absolute: content + "/" + relative))
  }

  /// A path as the value of a query parameter (ASCII letters, digits and `-._~/` kept).
  static func queryValue(_ path: String) -> String {
    let kept = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
    return path.addingPercentEncoding(withAllowedCharacters: kept) ?? path
  }

  /// A file name made safe: folded to lower-case letters without marks, digits and hyphens,
  /// with its extension (lower-case).
  static func safeName(_ name: String) -> String? {
    let base = (name as NSString).lastPathComponent
    let ext = (base as NSString).pathExtension.lowercased()
    let stem = VietnameseText.slug((base as NSString).deletingPathExtension)
    guard !ext.isEmpty, ext.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }), !stem.isEmpty else { return nil }
    return stem + "." + ext
  }
}

/// Why the editor refuses a path.
struct PathRefusal: Error, Sendable, Equatable {
  let message: String
  init(_ message: String) { self.message = message }
}
