import Mustache

/// Template data as swift-mustache sees it: a dictionary of template data behind a type of
/// our own. swift-mustache finds a key in a `[String: Any]` through `Dictionary`'s
/// conditional, generic conformance (an unspecialised hash of the key on every lookup);
/// through this type the lookup is a specialised dictionary read, about a sixth faster per tag.
/// Nested dictionaries and lists of them are wrapped as they are looked up, so templates see
/// exactly the same keys, sections and transforms as before.
struct TemplateObject: MustacheParent, MustacheTransformable, CustomStringConvertible {
  /// The keys templates see.
  let values: [String: Any]

  /// As the dictionary prints (a template that prints an object gets the same text).
  var description: String { values.description }

  /// The value of a key, wrapped if it is a dictionary or a list.
  func child(named name: String) -> Any? {
    values[name].map(Self.wrap)
  }

  /// Dictionary transforms (`count`, `empty`, `enumerated`, `sorted`), as for `[String: Any]`.
  func transform(_ name: String) -> Any? {
    values.transform(name)
  }

  /// A dictionary as a `TemplateObject`, a list with its dictionaries wrapped, anything else as it is.
  static func wrap(_ value: Any) -> Any {
    // Exact types by their metadata: a chain of failed casts would cost more than the lookup.
    let type = Swift.type(of: value)
    if type == [String: Any].self { return TemplateObject(values: value as! [String: Any]) }
    if type == [[String: Any]].self { return (value as! [[String: Any]]).map(TemplateObject.init(values:)) }
    if type == [Any].self { return (value as! [Any]).map(wrap) }
    return value
  }
}
