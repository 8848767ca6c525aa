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
      for (path, info) in FileTree.regularFilesWithInfo(under: root)
      where prefix == "t/" || ContentLoader.isSource(path) || info.st_mode & S_IFMT == S_IFDIR {
        signatures[prefix + path] = signature(of: info)
      }
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

  /// The signature in a file's `stat`.
  static func signature(of info: stat) -> BuildState.FileSignature {
    BuildState.FileSignature(
      size: Int(info.st_size), modified: nanoseconds(info.st_mtim),
      changed: nanoseconds(info.st_ctim), inode: Int(info.st_ino))
  }

  static func nanoseconds(_ time: timespec) -> Int {
    Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
  }
}
