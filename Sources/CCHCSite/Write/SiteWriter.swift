import CCHCCore
import Foundation

/// The Write stage. A first build writes into a staging folder beside the output and renames
/// it into place. Later builds update the output in place without touching unchanged files:
/// every new or changed file is first written under a temporary name, and only when all of
/// them were written are they renamed over the old ones and stale files removed. A build
/// that fails, at any point before the renames, leaves the previous output as it was.
public struct SiteWriter {
  /// The output folder (e.g. `public`).
  public let outputDirectory: String

  /// Creates a writer for an output folder.
  public init(outputDirectory: String) {
    self.outputDirectory = outputDirectory
  }

  /// What a write did.
  public struct Summary: Sendable, Equatable {
    /// Files written because they are new or their bytes changed.
    public var written: Int
    /// Files left alone because their bytes are the same.
    public var unchanged: Int
    /// Files removed because the site no longer has them.
    public var removed: Int
  }

  static let temporarySuffix = ".cchc-tmp"

  /// Writes `files`; throws (leaving the old output untouched) when any write fails.
  @discardableResult
  public func write(_ files: [OutputFile]) throws -> Summary {
    let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory), isDirectory.boolValue {
      return try update(output.path, with: files)
    }
    try writeFresh(output, files, staging: makeStaging())
    return Summary(written: files.count, unchanged: 0, removed: 0)
  }

  /// The folder a first build writes into before it becomes the output.
  public struct Staging: Sendable, Equatable {
    /// The folder (`.<output name>.tmp-<process id>` beside the output).
    public let path: String
    /// Folders above it made for it (outermost first), removed with it when the build fails.
    let madeFolders: [String]
  }

  /// Makes an empty staging folder beside the output (and the output's parent if missing),
  /// first removing those that builds which were stopped (Ctrl-C, killed) left behind.
  public func makeStaging() throws -> Staging {
    let fm = FileManager.default
    let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
    let parent = output.deletingLastPathComponent()
    var made: [String] = []
    var folder = parent
    while folder.path != "/", !fm.fileExists(atPath: folder.path) {
      made.insert(folder.path, at: 0)
      folder = folder.deletingLastPathComponent()
    }
    try fm.createDirectory(at: parent, withIntermediateDirectories: true)
    Self.removeAbandonedStaging(beside: output)
    let staging = parent.appendingPathComponent(".\(output.lastPathComponent).tmp-\(getpid())")
    try? fm.removeItem(at: staging)
    try fm.createDirectory(at: staging, withIntermediateDirectories: false)
    return Staging(path: staging.path, madeFolders: made)
  }

  /// Removes the staging folder of a build that failed, and the folders made for it (when
  /// they are empty).
  public func discard(_ staging: Staging) {
    try? FileManager.default.removeItem(atPath: staging.path)
    for folder in staging.madeFolders.reversed() { rmdir(folder) }
  }

  /// Removes the staging folders of this output whose build no longer runs
  /// (`.<name>.tmp-<process id>` of a process that is gone).
  static func removeAbandonedStaging(beside output: URL) {
    let prefix = ".\(output.lastPathComponent).tmp-"
    let parent = output.deletingLastPathComponent().path
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
    for name in names where name.hasPrefix(prefix) {
      guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
      try? FileManager.default.removeItem(atPath: parent + "/" + name)
    }
  }

  /// First build: the files written into the staging folder, which is renamed into place.
  func writeFresh(_ output: URL, _ files: [OutputFile], staging: Staging) throws {
    do {
      try Self.createFolders(for: files.map(\.path), under: staging.path)
      try Self.writeAll(files, under: staging.path, suffix: "")
      try FileManager.default.moveItem(atPath: staging.path, toPath: output.path)
    } catch {
      discard(staging)
      throw error
    }
  }

  /// Later builds: write changed files under temporary names, then rename them all.
  func update(_ root: String, with files: [OutputFile]) throws -> Summary {
    let fm = FileManager.default
    let existing = Set(FileTree.regularFiles(under: root))
    let written = try replaceChanged(files, under: root)
    let wanted = Set(files.map(\.path))
    let stale = existing.subtracting(wanted)
    for path in stale { try? fm.removeItem(atPath: root + "/" + path) }
    Self.removeEmptyFolders(of: stale, under: root)
    return Summary(written: written, unchanged: files.count - written, removed: stale.count)
  }

  /// A quick rebuild (`QuickRebuild`): writes `files` into the existing output and removes
  /// `removed` (files the new ones replace), leaving everything else alone. Nothing is
  /// renamed or removed unless every file was written.
  public func patch(_ files: [OutputFile], removing removed: [String]) throws -> Summary {
    let root = URL(fileURLWithPath: outputDirectory).standardizedFileURL.path
    let written = try replaceChanged(files, under: root)
    for path in removed { unlink(root + "/" + path) }
    Self.removeEmptyFolders(of: Set(removed), under: root)
    return Summary(written: written, unchanged: files.count - written, removed: removed.count)
  }

  /// Writes the files whose bytes differ from those on disk under temporary names, then
  /// renames them over the old ones; returns how many were written.
  func replaceChanged(_ files: [OutputFile], under root: String) throws -> Int {
    let changed = ParallelMap.map(files) { file in Self.differs(file, at: root + "/" + file.path) }
    let toWrite = zip(files, changed).filter { $0.1 }.map(\.0)
    do {
      try Self.createFolders(for: toWrite.map(\.path), under: root)
      try Self.writeAll(toWrite, under: root, suffix: Self.temporarySuffix)
    } catch {
      for file in toWrite { unlink(root + "/" + file.path + Self.temporarySuffix) }
      throw error
    }
    for file in toWrite {
      let target = root + "/" + file.path
      if rename(target + Self.temporarySuffix, target) != 0 {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target])
      }
    }
    return toWrite.count
  }

  /// Whether the file on disk is missing or holds other bytes.
  static func differs(_ file: OutputFile, at path: String) -> Bool {
    if case .keep = file.contents { return false }
    guard let size = FileTree.size(of: path) else { return true }
    switch file.contents {
    case .data(let data):
      guard data.count == size else { return true }
      return FileManager.default.contents(atPath: path) != data
    case .keep:
      return false
    case .copy(let source):
      guard FileTree.size(of: source) == size else { return true }
      return FileManager.default.contents(atPath: path) != FileManager.default.contents(atPath: source)
    }
  }

  /// Creates every folder the files need (each once). Parents sort before their children, so
  /// one `mkdir` each is enough; Foundation is asked only when a parent is missing.
  static func createFolders(for paths: [String], under root: String) throws {
    var folders = Set<String>()
    for path in paths {
      // Output paths are relative, with single slashes: the folder is everything before the last one.
      let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
      folders.insert(folder.isEmpty ? root : root + "/" + folder)
    }
    for folder in folders.sorted() where mkdir(folder, 0o777) != 0 && errno != EEXIST {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
  }

  /// Writes bytes to a file, creating or truncating it, with POSIX calls: a build writes
  /// thousands of files, and `Data.write(to:)` costs several times more per file.
  static func writeBytes(_ data: Data, to path: String) throws {
    try data.withUnsafeBytes { try writeBytes($0, to: path) }
  }

  /// Writes bytes to a file (its folder exists).
  static func writeBytes(_ raw: UnsafeRawBufferPointer, to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw Self.posixError(path) }
    var offset = 0
    while offset < raw.count {
      let count = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
      if count < 0 && errno == EINTR { continue }
      if count <= 0 {
        let error = Self.posixError(path)
        close(descriptor)
        throw error
      }
      offset += count
    }
    guard close(descriptor) == 0 else { throw Self.posixError(path) }
  }

  /// The error of the last POSIX call on `path`, with the system's message.
  static func posixError(_ path: String) -> Error {
    CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: String(cString: strerror(errno))])
  }

  /// Writes the files (on every core), each under `path + suffix`.
  static func writeAll(_ files: [OutputFile], under root: String, suffix: String) throws {
    let failures = ParallelMap.map(files) { file -> String? in
      let target = root + "/" + file.path + suffix
      do {
        switch file.contents {
        case .data(let data): try Self.writeBytes(data, to: target)
        case .copy(let source):
          try? FileManager.default.removeItem(atPath: target)
          // The file itself, never a link (a link inside the content folder is read as its target).
          try FileManager.default.copyItem(atPath: URL(fileURLWithPath: source).resolvingSymlinksInPath().path, toPath: target)
        case .keep:
          break
        }
        return nil
      } catch {
        return "\(target): \(error.localizedDescription)"
      }
    }
    if let failure = failures.compactMap({ $0 }).first {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: failure])
    }
  }

  /// Removes the folders of removed files that are left empty, and their parents while empty.
  static func removeEmptyFolders(of removed: Set<String>, under root: String) {
    var folders = Set<String>()
    for path in removed {
      var components = path.split(separator: "/").dropLast()
      while !components.isEmpty {
        folders.insert(components.joined(separator: "/"))
        components = components.dropLast()
      }
    }
    // Deepest first; rmdir fails (and is ignored) on folders that still hold something.
    for folder in folders.sorted(by: { $0.count > $1.count }) { rmdir(root + "/" + folder) }
  }
}
