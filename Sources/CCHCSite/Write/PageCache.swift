import CCHCCore
import Foundation

/// Remembers, for every page of the last build, a fingerprint of everything it was made
/// from (its template data and the whole theme) and the size of the file written. A page
/// whose fingerprint is unchanged, and whose file is still there with that size, is not
/// rendered again. Stored in the build state beside the output (`BuildState`,
/// `.public.cchc-cache` for `public/`); safe to delete: without it every page is rendered.
/// QR codes are remembered the same way, by their target URL. The cache is ignored when
/// another build of cchc (or another libcmark or libqrencode) wrote it.
public struct PageCache: Sendable {
  /// A page's fingerprint and the size of its file.
  public struct Entry: Sendable, Equatable {
    /// Hash of the page's template data and the theme.
    public var fingerprint: UInt64
    /// Bytes of the file written.
    public var size: Int
  }

  /// Entries by page file path (relative to the output folder).
  public var entries: [String: Entry]
  /// The output folder the entries describe.
  public let outputDirectory: String

  /// The page cache kept in an output folder's build state; empty without one.
  static func load(outputDirectory: String, state: BuildState?) -> PageCache {
    PageCache(entries: state?.pages ?? [:], outputDirectory: outputDirectory)
  }

  /// Whether the page at `path` can be kept: same fingerprint, and its file still has the size written.
  public func canKeep(_ path: String, fingerprint: UInt64) -> Bool {
    guard let entry = entries[path], entry.fingerprint == fingerprint,
      let size = FileTree.size(of: outputDirectory + "/" + path)
    else { return false }
    return size == entry.size
  }

  /// What made the cached files besides their data: this cchc executable (its size and time)
  /// and the C libraries it loads. A cache written by another build of cchc, or with another
  /// libcmark or libqrencode, is not used.
  static let generator: String = {
    var info = stat()
    let executable = stat("/proc/self/exe", &info) == 0 ? "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)" : "?"
    return "cchc \(executable); libcmark \(MarkdownDocument.libraryVersion); libqrencode \(QRCode.libraryVersion)"
  }()
}
