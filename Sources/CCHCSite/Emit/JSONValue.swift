/// A JSON value cchc writes (JSON-LD, the search index's main file and rows): typed, so that
/// `JSONWriter` never has to guess what a value is.
public enum JSONValue: Sendable, Hashable {
  case string(String)
  case int(Int)
  case bool(Bool)
  case array([JSONValue])
  case object([String: JSONValue])
  /// A value already written as JSON by `JSONWriter`, copied as it is: an object many
  /// documents share (the publishing organisation) is written once (`written(_:)`).
  case raw([UInt8])

  /// `value` written once, to be copied into every document that holds it.
  public static func written(_ value: JSONValue) -> JSONValue {
    var bytes: [UInt8] = []
    JSONWriter.write(value, to: &bytes)
    return .raw(bytes)
  }

  /// A list of strings.
  public static func strings(_ texts: [String]) -> JSONValue {
    .array(texts.map(JSONValue.string))
  }
}

extension JSONValue: ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .int(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
}
