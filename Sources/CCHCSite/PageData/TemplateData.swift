import Mustache

/// Template data of one kind: the keys its template sees (`child(named:)`, a `switch` over
/// the names `docs/theme-context.md` documents) and the values its fingerprint is made of
/// (`Encodable`: every stored value, see `Fingerprint`). A key whose value is nil is absent,
/// so the template looks it up in the enclosing data, as Mustache does for a missing key.
public protocol TemplateData: MustacheParent, Encodable, Sendable {}

/// Template data that many pages show (an article's card, the site's name, a menu item),
/// made once with its fingerprint; a page's fingerprint takes it by that number.
public final class Shared<Data: TemplateData>: TemplateData {
  /// The data.
  public let data: Data
  /// `Fingerprint.of(data)`.
  public let fingerprint: UInt64

  /// Wraps data that will not change.
  public init(_ data: Data) {
    self.data = data
    fingerprint = Fingerprint.of(data)
  }

  /// The data's keys.
  public func child(named name: String) -> Any? {
    data.child(named: name)
  }

  /// The fingerprint stands for the data.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(fingerprint)
  }
}
