import Foundation

/// The files of one folder of the content folder, walked so that only the unit's own files
/// are read: a symbolic link counts as its target when that lies inside the content folder
/// (folders included, a link back to a folder above not walked again), a link leading outside
/// is reported and never
/// followed, and hidden and system files and folders are set aside unread.
public struct ContentTree: Sendable {
  /// Regular files (or links to them inside the content folder), relative to the content folder.
  public var files: [String] = []
  /// Links that lead outside the content folder or nowhere: (path, target as resolved or written).
  public var outsideLinks: [(path: String, target: String)] = []
  /// Hidden and system files and folders left out (folders end with `/`).
  public var ignored: [String] = []

  /// Walks `folder` (relative to `root`, the content folder).
  public static func walk(root: String, folder: String) -> ContentTree {
    var tree = ContentTree()
    guard let realRoot = realPath(root) else { return tree }
    // Each folder with the real paths of the folders above it: a link back up is not walked again.
    var pending: [(path: String, above: [String])] = [(folder, [])]
    while let (relative, above) = pending.popLast() {
      let full = root + "/" + relative
      guard let real = realPath(full), !above.contains(real), above.count < 64, let directory = opendir(full) else { continue }
      defer { closedir(directory) }
      while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
        if name == "." || name == ".." { continue }
        let path = relative + "/" + name
        let type = Int32(entry.pointee.d_type)
        if isIgnored(name) {
          tree.ignored.append(type == Int32(DT_DIR) ? path + "/" : path)
          continue
        }
        var info = stat()
        guard lstat(root + "/" + path, &info) == 0 else { continue }
        var mode = info.st_mode & S_IFMT
        if mode == S_IFLNK {
          guard let target = realPath(root + "/" + path), target == realRoot || target.hasPrefix(realRoot + "/") else {
            tree.outsideLinks.append((path, realPath(root + "/" + path) ?? linkText(root + "/" + path)))
            continue
          }
          guard stat(target, &info) == 0 else { continue }
          mode = info.st_mode & S_IFMT
        }
        if mode == S_IFDIR {
          pending.append((path, above + [real]))
        } else if mode == S_IFREG {
          tree.files.append(path)
        }
      }
    }
    tree.files.sort()
    tree.ignored.sort()
    tree.outsideLinks.sort { $0.path < $1.path }
    return tree
  }

  /// Names never published nor read: hidden (`.git`, `.env`, `.DS_Store`), Office lock files
  /// (`~$to-khai.docx`), Windows' `Thumbs.db` and `desktop.ini`, editor backups and swap files
  /// (`bai.md~`, `.bai.md.swp`, `#bai.md#`, `*.bak`, `*.orig`) and unfinished downloads.
  /// Asked of every file on every build: it reads the name's bytes and makes no string.
  public static func isIgnored(_ name: String) -> Bool {
    let bytes = name.utf8
    guard let first = bytes.first, let last = bytes.last else { return false }
    if first == UInt8(ascii: ".") || last == UInt8(ascii: "~") { return true }
    if name.hasPrefix("~$") || (first == UInt8(ascii: "#") && last == UInt8(ascii: "#")) { return true }
    if ignoredNames.contains(where: { equalIgnoringASCIICase(bytes, $0) }) { return true }
    // The extension: after the last dot, trailing dots aside.
    let trimmed = bytes[..<(bytes.lastIndex { $0 != UInt8(ascii: ".") }.map(bytes.index(after:)) ?? bytes.startIndex)]
    guard let dot = trimmed.lastIndex(of: UInt8(ascii: ".")) else { return false }
    let ext = trimmed[trimmed.index(after: dot)...]
    return ignoredExtensions.contains { equalIgnoringASCIICase(ext, $0) }
  }

  static let ignoredNames = ["thumbs.db", "ehthumbs.db", "desktop.ini"]
  static let ignoredExtensions = ["swp", "swo", "tmp", "temp", "bak", "orig", "part", "crdownload"]

  /// Whether the bytes spell `lower` (ASCII, lower case) in any case.
  static func equalIgnoringASCIICase<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ lower: String) -> Bool {
    bytes.count == lower.utf8.count
      && zip(bytes, lower.utf8).allSatisfy { byte, letter in
        byte == letter || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") && byte + 32 == letter)
      }
  }

  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// What a link says, for a link that leads nowhere.
  static func linkText(_ path: String) -> String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
  }
}
