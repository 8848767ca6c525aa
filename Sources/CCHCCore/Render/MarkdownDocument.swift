import CCmark
import Foundation

/// A Markdown body rendered by libcmark: safe HTML, plain text and what checks need.
///
/// This is the only type that touches libcmark; every C allocation it makes is freed
/// before `render` returns, and no C pointer leaves it.
public struct MarkdownDocument: Sendable, Equatable {
  /// The version of libcmark in use (a newer one may render differently).
  public static var libraryVersion: String { String(cString: cmark_version_string()) }

  /// HTML rendered in cmark's safe mode (raw HTML and `javascript:` links removed).
  public var html: String
  /// The text of the document, paragraphs separated by blank lines.
  public var text: String
  /// The text of the first paragraph (the default summary).
  public var firstParagraph: String?
  /// Headings in order, as `(level, text)` after any demotion.
  public var headings: [Heading]
  /// Every link and image destination as written, with its line in the body (1-based).
  public var references: [Reference]

  /// A heading of the document.
  public struct Heading: Sendable, Equatable {
    /// 2–6 (level 1 is demoted: the page title is the only `h1`).
    public var level: Int
    /// Plain text.
    public var text: String
  }

  /// A link or image of the document.
  public struct Reference: Sendable, Equatable {
    /// The destination as written.
    public var destination: String
    /// Line in the body, 1-based.
    public var line: Int
    /// Whether it is an image.
    public var isImage: Bool
    /// For images: the alternative text.
    public var alt: String
  }

  /// Options mapped to `CMARK_OPT_*`.
  public struct Options: OptionSet, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
    /// Curly quotes and dashes.
    public static let smart = Options(rawValue: CMARK_OPT_SMART)
    /// Treat soft breaks as hard breaks.
    public static let hardBreaks = Options(rawValue: CMARK_OPT_HARDBREAKS)
  }

  /// Parses and renders `markdown`. `rewrite` may replace each link or image destination
  /// (return nil to keep it as written).
  public static func render(
    _ markdown: String, options: Options = [],
    rewrite: (String, _ isImage: Bool) -> String? = { _, _ in nil }
  ) -> MarkdownDocument {
    let flags = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SAFE | options.rawValue
    let document: OpaquePointer = markdown.withCString { pointer in
      cmark_parse_document(pointer, strlen(pointer), flags)
    }
    defer { cmark_node_free(document) }

    var result = MarkdownDocument(html: "", text: "", firstParagraph: nil, headings: [], references: [])
    let minimumHeading = minimumHeadingLevel(document)
    let demote = minimumHeading == 1 ? 1 : 0
    var paragraphs: [String] = []
    var current = ""
    var headingText: String?
    var paragraphDepth = 0
    var imageAlt: String?

    let iterator = cmark_iter_new(document)
    defer { cmark_iter_free(iterator) }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      let type = cmark_node_get_type(node)
      let entering = event == CMARK_EVENT_ENTER
      switch type {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE:
        let literal = string(cmark_node_get_literal(node))
        if imageAlt != nil { imageAlt! += literal }
        current += literal
        if headingText != nil { headingText! += literal }
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        current += " "
        if imageAlt != nil { imageAlt! += " " }
      case CMARK_NODE_CODE_BLOCK:
        current += string(cmark_node_get_literal(node))
        flush(&current, into: &paragraphs)
      case CMARK_NODE_HEADING:
        if entering {
          let level = Int(cmark_node_get_heading_level(node)) + demote
          cmark_node_set_heading_level(node, Int32(min(level, 6)))
          headingText = ""
        } else {
          result.headings.append(Heading(level: Int(cmark_node_get_heading_level(node)), text: headingText ?? ""))
          headingText = nil
          flush(&current, into: &paragraphs)
        }
      case CMARK_NODE_PARAGRAPH:
        if entering {
          paragraphDepth += 1
        } else {
          paragraphDepth -= 1
          if result.firstParagraph == nil, headingText == nil {
            let text = current.trimmed
            if !text.isEmpty { result.firstParagraph = text }
          }
          flush(&current, into: &paragraphs)
        }
      case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
        let isImage = type == CMARK_NODE_IMAGE
        if entering {
          if isImage { imageAlt = "" }
        } else {
          let destination = string(cmark_node_get_url(node))
          let line = Int(cmark_node_get_start_line(node))
          result.references.append(Reference(destination: destination, line: line, isImage: isImage, alt: imageAlt ?? ""))
          if isImage { imageAlt = nil }
          if let replacement = rewrite(destination, isImage) {
            _ = replacement.withCString { cmark_node_set_url(node, $0) }
          }
        }
      default:
        break
      }
    }
    flush(&current, into: &paragraphs)
    result.text = paragraphs.joined(separator: "\n\n")
    if let html = cmark_render_html(document, CMARK_OPT_SAFE | options.rawValue) {
      result.html = String(cString: html)
      free(html)
    }
    return result
  }

  static func minimumHeadingLevel(_ document: OpaquePointer) -> Int {
    var minimum = 7
    var child = cmark_node_first_child(document)
    while let node = child {
      if cmark_node_get_type(node) == CMARK_NODE_HEADING {
        minimum = min(minimum, Int(cmark_node_get_heading_level(node)))
      }
      child = cmark_node_next(node)
    }
    return minimum
  }

  static func flush(_ current: inout String, into paragraphs: inout [String]) {
    let text = current.trimmed
    if !text.isEmpty { paragraphs.append(text) }
    current = ""
  }

  static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }
}
