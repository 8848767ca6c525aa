import CCHCCore
import Foundation

/// Notices changes to files under some folders by comparing their paths, sizes and
/// modification times (portable, no platform file events needed).
public struct ChangeWatcher: Sendable {
  /// The folders watched.
  public let folders: [String]

  /// Creates a watcher for folders.
  public init(folders: [String]) {
    self.folders = folders
  }

  /// A summary that changes when any file is added, removed or modified.
  public func fingerprint() -> [String: String] {
    var result: [String: String] = [:]
    for folder in folders {
      for item in FileTree.regularFiles(under: folder) {
        let path = folder + "/" + item
        var info = stat()
        guard stat(path, &info) == 0 else { continue }
        result[path] = "\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
      }
    }
    return result
  }
}
