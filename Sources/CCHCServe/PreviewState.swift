import CCHCCore
import Foundation

/// What the preview server serves: the folder of the last good build, a version that changes
/// on every rebuild, and the problems of the last failed one.
public actor PreviewState {
  /// Folder holding the last good build.
  public let siteDirectory: String
  /// Increases after every rebuild, good or failed, so open pages know to reload.
  public private(set) var version = 0
  /// Problems of the last rebuild when it failed; empty after a good one.
  public private(set) var problems: [ContentError] = []

  /// The site's public address (`base_url`), which QR codes and printed addresses carry.
  public nonisolated let publicURL: String?

  /// Creates the state for a site folder.
  public init(siteDirectory: String, publicURL: String? = nil) {
    self.siteDirectory = siteDirectory
    self.publicURL = publicURL
  }

  /// Records a good rebuild.
  public func succeeded() {
    version += 1
    problems = []
  }

  /// Records a failed rebuild; the previous site stays served.
  public func failed(_ problems: [ContentError]) {
    version += 1
    self.problems = problems
  }
}
