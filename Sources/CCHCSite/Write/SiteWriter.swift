import CCHCCore
import Foundation

/// The Write stage: writes every file into a staging folder beside the output, then swaps it
/// in, so a failed build never damages the previous output.
public struct SiteWriter {
  /// The output folder (e.g. `public`).
  public let outputDirectory: String

  /// Creates a writer for an output folder.
  public init(outputDirectory: String) {
    self.outputDirectory = outputDirectory
  }

  /// Writes `files`; throws (leaving the old output untouched) when any write fails.
  public func write(_ files: [OutputFile]) throws {
    let fm = FileManager.default
    let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
    let parent = output.deletingLastPathComponent()
    try fm.createDirectory(at: parent, withIntermediateDirectories: true)
    let staging = parent.appendingPathComponent(".\(output.lastPathComponent).tmp-\(getpid())")
    let retired = parent.appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
    try? fm.removeItem(at: staging)
    try? fm.removeItem(at: retired)
    do {
      try fm.createDirectory(at: staging, withIntermediateDirectories: true)
      var made: Set<String> = []
      for file in files {
        let target = staging.appendingPathComponent(file.path)
        let folder = target.deletingLastPathComponent().path
        if made.insert(folder).inserted {
          try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        switch file.contents {
        case .data(let data): try data.write(to: target)
        case .copy(let source): try fm.copyItem(atPath: source, toPath: target.path)
        }
      }
      if fm.fileExists(atPath: output.path) {
        try fm.moveItem(at: output, to: retired)
      }
      try fm.moveItem(at: staging, to: output)
      try? fm.removeItem(at: retired)
    } catch {
      try? fm.removeItem(at: staging)
      if !fm.fileExists(atPath: output.path), fm.fileExists(atPath: retired.path) {
        try? fm.moveItem(at: retired, to: output)
      }
      throw error
    }
  }
}
