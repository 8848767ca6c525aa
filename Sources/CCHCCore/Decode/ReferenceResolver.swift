import Foundation

/// Resolves paths that content writes to files under `tep/` (cover pictures, audio, forms,
/// Markdown links and images) and checks that they exist inside the content folder.
public struct ReferenceResolver: Sendable {
  /// Files under `tep/`, relative to the content folder.
  public let files: Set<String>

  /// The same files by their lowercased paths, to hint at a case mismatch.
  let byLowercase: [String: String]

  /// Creates a resolver over the static files that exist.
  public init(files: Set<String>) {
    self.files = files
    var byLowercase: [String: String] = [:]
    for file in files.sorted() where byLowercase[file.lowercased()] == nil { byLowercase[file.lowercased()] = file }
    self.byLowercase = byLowercase
  }

  /// For a missing path: the text that names the existing file differing only in case
  /// (a phone's `.JPG` against a written `.jpg`), empty when there is none.
  public func caseHint(_ missing: String) -> String {
    guard let file = byLowercase[missing.lowercased()] else { return "" }
    return "; có tệp \"\(file)\" khác nhau chữ hoa, chữ thường (tên tệp phân biệt chữ hoa, chữ thường, "
      + "như .JPG khác .jpg): hãy viết đúng như tên tệp hoặc đổi tên tệp"
  }

  /// The outcome of resolving a reference.
  public enum Resolution: Equatable, Sendable {
    /// A file under `tep/`, relative to the content folder.
    case file(String)
    /// An absolute http(s) URL, left as it is.
    case external(String)
    /// The path leaves the content folder.
    case outside
    /// The path is inside but no such file exists.
    case missing(String)
  }

  /// Resolves `reference` written in the file at `fromPath` (relative to the content folder).
  /// Paths starting with `./` or `../` are relative to that file; others to the content folder.
  public func resolve(_ reference: String, from fromPath: String) -> Resolution {
    let trimmed = reference.trimmed
    let lower = trimmed.prefix(8).lowercased()
    if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return .external(trimmed) }
    var path = trimmed.utf8.contains(UInt8(ascii: "%")) ? trimmed.removingPercentEncoding ?? trimmed : trimmed
    if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
    var components: [String]
    if path.hasPrefix("./") || path.hasPrefix("../") {
      components = fromPath.split(separator: "/").dropLast().map(String.init)
    } else {
      components = []
    }
    for part in path.split(separator: "/") {
      switch part {
      case ".": continue
      case "..":
        if components.isEmpty { return .outside }
        components.removeLast()
      default: components.append(String(part))
      }
    }
    let resolved = components.joined(separator: "/")
    if files.contains(resolved) { return .file(resolved) }
    return .missing(resolved)
  }

  /// Resolves a front-matter reference, reporting missing and outside files at `line`.
  public func check(_ reference: String?, key: String, from source: SourceRef, line: Int, diagnostics: inout Diagnostics) -> String? {
    guard let reference else { return nil }
    switch resolve(reference, from: source.relativePath) {
    case .file(let path): return path
    case .external(let url): return url
    case .outside:
      diagnostics.error(
        source.displayPath, line, "file-outside",
        "tệp \"\(reference)\" ở trường \"\(key)\" nằm ngoài thư mục nội dung; hãy đặt tệp trong thư mục tep/")
    case .missing(let path):
      let hint = caseHint(path)
      diagnostics.error(
        source.displayPath, line, "file-missing",
        "không tìm thấy tệp \"\(reference)\" ở trường \"\(key)\""
          + (hint.isEmpty ? "; tệp phải nằm trong thư mục tep/ (ví dụ tep/anh/anh-bia.jpg)" : hint))
    }
    return nil
  }
}
