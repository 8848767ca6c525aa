import Foundation

/// Values a command-line build leaves for the end of the process instead of freeing them:
/// a build of 10,000 articles holds hundreds of thousands of strings, arrays and dictionaries
/// (its data, the build state read and the one written), and freeing them one by one just
/// before the process ends takes a tenth of a quick rebuild. The preview server, which
/// builds again and again in one process, leaves this off and frees everything.
public enum ProcessLifetime {
  /// Whether `keep` keeps values (set once by `cchc build` before it builds).
  nonisolated(unsafe) public static var keepsValues = false
  nonisolated(unsafe) private static var kept: [Any] = []
  private static let lock = NSLock()

  /// Keeps a value until the process ends (when `keepsValues`; otherwise does nothing).
  public static func keep(_ value: Any) {
    guard keepsValues else { return }
    lock.withLock { kept.append(value) }
  }
}
