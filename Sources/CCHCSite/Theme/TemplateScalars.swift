import Mustache

// How swift-mustache prints the two kinds of value nearly every tag of a page prints.
//
// A value that is not `MustacheCustomRenderable` is printed after testing it against two more
// protocols (lambda, optional) and then through `String(describing:)`, each a dynamic cast
// through the Swift runtime's conformance cache, which is where most of the time of rendering
// a page goes. Strings and integers say how they print themselves instead: the same text as
// before, found with one cast. Sections (`{{#name}}`) treat them as before (`isNull` is false).

extension String: @retroactive MustacheCustomRenderable {
  /// The string itself.
  public var renderText: String { self }
  /// Never null: an empty string opens a section, as before.
  public var isNull: Bool { false }
}

extension Int: @retroactive MustacheCustomRenderable {
  /// The decimal digits, as `String(describing:)` gives them.
  public var renderText: String { String(self) }
  /// Never null: zero opens a section, as before.
  public var isNull: Bool { false }
}
