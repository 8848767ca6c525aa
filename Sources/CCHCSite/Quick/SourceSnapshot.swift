import CCHCCore
import Foundation

/// The size, times and inode of every file the build reads (`ContentLoader.isSource`)
/// and of every file of the theme folder, taken before a build reads anything: a file edited
/// while the build runs differs from its snapshot next time, so it is never taken for unchanged.
struct SourceSnapshot {
  /// Signatures by `c/<path>` (content folder) and `t/<path>` (theme folder).
  let signatures: [String: BuildState.FileSignature]
  /// When the snapshot started (nanoseconds since 1970).
  let start: Int

  /// File times are only as fine as the kernel's clock tick (a few milliseconds): a file
  /// written within this window of the snapshot could be written again within the same tick
  /// with the same size, so it is saved as unknown and looked at again next time.
  static let window = 100_000_000

  /// Takes the snapshot.
  static func take(contentDirectory: String, themeDirectory: String) -> SourceSnapshot {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    var signatures: [String: BuildState.FileSignature] = [:]
    for (prefix, root) in [("c/", contentDirectory), ("t/", themeDirectory)] {
      let files = FileTree.regularFiles(under: root).filter { prefix == "t/" || ContentLoader.isSource($0) }
      let stamped = ParallelMap.map(files) { ($0, signature(of: root + "/" + $0)) }
      for (path, signature) in stamped { signatures[prefix + path] = signature }
    }
    return SourceSnapshot(signatures: signatures, start: Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec))
  }

  /// The signatures to save: those of files written too close to the snapshot are unknown.
  var settled: [String: BuildState.FileSignature] {
    signatures.mapValues { signature in
      var settled = signature
      if signature.modified >= start - Self.window { settled.modified = -1 }
      return settled
    }
  }

  /// A file's size, times (nanoseconds) and inode.
  static func signature(of path: String) -> BuildState.FileSignature {
    var info = stat()
    guard stat(path, &info) == 0 else { return BuildState.FileSignature(size: -1, modified: -1) }
    return BuildState.FileSignature(size: Int(info.st_size), modified: nanoseconds(info.st_mtim),
                                    changed: nanoseconds(info.st_ctim), inode: Int(info.st_ino))
  }

  static func nanoseconds(_ time: timespec) -> Int {
    Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
  }
}
