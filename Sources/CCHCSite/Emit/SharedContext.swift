import Mustache

/// Template data that many pages show, such as an article's card (which appears on the
/// article lists, its categories, its tags and the home page): built once, with its
/// fingerprint computed once, and read by templates like a dictionary.
public final class SharedContext: MustacheParent, @unchecked Sendable {
  /// The keys templates see.
  public let values: [String: Any]
  /// `ContextFingerprint` of `values`.
  public let fingerprint: UInt64

  /// Wraps immutable template data.
  public init(_ values: [String: Any]) {
    self.values = values
    fingerprint = ContextFingerprint.of(values)
  }

  /// The value of a key, for swift-mustache.
  public func child(named name: String) -> Any? { values[name] }

  /// The value of a key.
  public subscript(key: String) -> Any? { values[key] }
}
