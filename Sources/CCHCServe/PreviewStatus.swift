import Foundation

/// What `/__cchc/status` answers: the build version open pages compare, the problems of a
/// failed rebuild, and the public address shown in the preview's bar.
struct PreviewStatus: Encodable {
  var version: Int
  var problems: [String]
  var publicURL: String?
  /// Whether the editor is open (the bar then links to it).
  var editor: Bool

  enum CodingKeys: String, CodingKey {
    case version, problems, editor
    case publicURL = "public_url"
  }

  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()
}
