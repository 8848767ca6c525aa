import Foundation

/// Where `cchc` finds the default theme when `--theme` is not given, so that a unit's content
/// folder can live anywhere.
enum ThemeLocation {
  /// `theme/` in the current folder when it has templates; else `share/cchc/theme` beside the
  /// installed binary (`scripts/install.sh`); else the `theme/` of the source tree the binary
  /// was built in; else `theme` (reported as missing by the build).
  static func `default`(fileManager: FileManager = .default) -> String {
    if hasTemplates("theme", fileManager) { return "theme" }
    for candidate in installedCandidates() where hasTemplates(candidate, fileManager) { return candidate }
    return "theme"
  }

  /// Theme folders relative to the running binary, nearest first.
  static func installedCandidates() -> [String] {
    guard let binary = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return [] }
    var folder = binary.deletingLastPathComponent()
    var candidates = [folder.appendingPathComponent("../share/cchc/theme").standardizedFileURL.path]
    // A binary inside a source tree's `.build/<triple>/<configuration>/`.
    for _ in 0..<4 {
      folder = folder.deletingLastPathComponent()
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
        candidates.append(folder.appendingPathComponent("theme").path)
        break
      }
    }
    return candidates
  }

  static func hasTemplates(_ folder: String, _ fileManager: FileManager) -> Bool {
    var isDirectory: ObjCBool = false
    return fileManager.fileExists(atPath: folder + "/templates", isDirectory: &isDirectory) && isDirectory.boolValue
  }
}
