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
    let fm = FileManager.default
    for folder in folders {
      guard let walker = fm.enumerator(atPath: folder) else { continue }
      while let item = walker.nextObject() as? String {
        let path = folder + "/" + item
        guard let attributes = try? fm.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular else { continue }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        result[path] = "\(size):\(modified)"
      }
    }
    return result
  }
}
