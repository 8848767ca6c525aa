/// One problem found in the content, located by file and line, with a Vietnamese message.
public struct ContentError: Error, Sendable, Equatable, CustomStringConvertible {
  /// How serious a problem is: errors fail the build, warnings do not, notices only tell what
  /// the build left out on purpose (a draft, a scheduled article).
  public enum Severity: String, Sendable, Equatable {
    case error
    case warning
    case notice
  }

  /// Path of the file as the user named it (e.g. `content/thu-tuc/khai-sinh.md`).
  public var path: String
  /// 1-based line in the file; 0 when the problem concerns the whole file or folder.
  public var line: Int
  /// A stable machine-readable code, e.g. `missing-field`.
  public var code: String
  /// The message in Vietnamese.
  public var message: String
  /// Error or warning.
  public var severity: Severity

  /// Creates a problem report.
  public init(path: String, line: Int, code: String, message: String, severity: Severity = .error) {
    self.path = path
    self.line = line
    self.code = code
    self.message = message
    self.severity = severity
  }

  /// The `PATH:LINE: message` form editors and problem matchers understand.
  public var description: String {
    let location = line > 0 ? "\(path):\(line):" : "\(path):"
    switch severity {
    case .error: return "\(location) \(message)"
    case .warning: return "\(location) cảnh báo: \(message)"
    case .notice: return "\(location) \(message)"
    }
  }
}

/// Collects every problem of a build so that all of them are reported together.
public struct Diagnostics: Sendable, Equatable {
  /// The problems in the order they were found.
  public private(set) var items: [ContentError] = []

  /// Creates an empty collection.
  public init() {}

  /// Adds an error.
  public mutating func error(_ path: String, _ line: Int, _ code: String, _ message: String) {
    items.append(ContentError(path: path, line: line, code: code, message: message))
  }

  /// Adds a warning.
  public mutating func warning(_ path: String, _ line: Int, _ code: String, _ message: String) {
    items.append(ContentError(path: path, line: line, code: code, message: message, severity: .warning))
  }

  /// Adds a notice (something left out on purpose).
  public mutating func notice(_ path: String, _ line: Int, _ code: String, _ message: String) {
    items.append(ContentError(path: path, line: line, code: code, message: message, severity: .notice))
  }

  /// Adds a problem as it is.
  public mutating func add(_ item: ContentError) {
    items.append(item)
  }

  /// Adds every problem of another collection.
  public mutating func merge(_ other: Diagnostics) {
    items.append(contentsOf: other.items)
  }

  /// Whether any problem is an error.
  public var hasErrors: Bool { items.contains { $0.severity == .error } }

  /// The errors only.
  public var errors: [ContentError] { items.filter { $0.severity == .error } }

  /// The warnings only.
  public var warnings: [ContentError] { items.filter { $0.severity == .warning } }

  /// The notices only.
  public var notices: [ContentError] { items.filter { $0.severity == .notice } }

  /// The same problems with the warnings of the given codes turned into errors.
  public func promoting(_ codes: Set<String>) -> Diagnostics {
    var copy = self
    copy.items = items.map { item in
      var item = item
      if codes.contains(item.code) { item.severity = .error }
      return item
    }
    return copy
  }

  /// Problems sorted by path and line, for stable output.
  public var sorted: [ContentError] {
    items.enumerated().sorted { a, b in
      if a.element.path != b.element.path { return a.element.path < b.element.path }
      if a.element.line != b.element.line { return a.element.line < b.element.line }
      return a.offset < b.offset
    }.map(\.element)
  }
}

/// Thrown by a build that found errors; carries every problem of that build.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
  /// All problems (errors and warnings) of the failed build.
  public var diagnostics: Diagnostics

  /// Wraps the problems of a failed build.
  public init(_ diagnostics: Diagnostics) { self.diagnostics = diagnostics }

  /// One problem per line.
  public var description: String { diagnostics.sorted.map(\.description).joined(separator: "\n") }
}
