import CCHCCore
import Foundation

/// Remembers, for every page of the last build, a fingerprint of everything it was made
/// from (its template data and the whole theme) and the size of the file written. A page
/// whose fingerprint is unchanged, and whose file is still there with that size, is not
/// rendered again. Stored beside the output (`.public.cchc-cache.json` for `public/`); safe
/// to delete: without it every page is rendered. QR codes are remembered the same way, by
/// their target URL. The cache is ignored when another build of cchc (or another libcmark or
/// libqrencode) wrote it.
public struct PageCache: Sendable {
  /// A page's fingerprint and the size of its file.
  public struct Entry: Sendable, Equatable {
    /// Hash of the page's template data and the theme.
    public var fingerprint: String
    /// Bytes of the file written.
    public var size: Int
  }

  /// Entries by page file path (relative to the output folder).
  public var entries: [String: Entry]
  /// The output folder the entries describe.
  public let outputDirectory: String

  /// The cache file of an output folder.
  public static func file(for outputDirectory: String) -> String {
    let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
    return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).cchc-cache.json").path
  }

  /// Reads the cache of an output folder; empty when missing, unreadable or the output is gone.
  public static func load(outputDirectory: String) -> PageCache {
    var cache = PageCache(entries: [:], outputDirectory: outputDirectory)
    guard FileManager.default.fileExists(atPath: outputDirectory),
          let data = FileManager.default.contents(atPath: file(for: outputDirectory)),
          let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
          object["v"] as? Int == 1, object["generator"] as? String == generator,
          let pages = object["pages"] as? [String: [Any]] else { return cache }
    for (path, value) in pages {
      if value.count == 2, let fingerprint = value[0] as? String, let size = value[1] as? Int {
        cache.entries[path] = Entry(fingerprint: fingerprint, size: size)
      }
    }
    return cache
  }

  /// Whether the page at `path` can be kept: same fingerprint, and its file still has the size written.
  public func canKeep(_ path: String, fingerprint: String) -> Bool {
    guard let entry = entries[path], entry.fingerprint == fingerprint,
          let size = FileTree.size(of: outputDirectory + "/" + path) else { return false }
    return size == entry.size
  }

  /// Writes the cache for the pages of a successful build.
  public static func save(_ entries: [String: Entry], outputDirectory: String) {
    let pages = entries.mapValues { [$0.fingerprint, $0.size] as [Any] }
    try? JSONWriter.data(["v": 1, "generator": generator, "pages": pages])
      .write(to: URL(fileURLWithPath: file(for: outputDirectory)))
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
