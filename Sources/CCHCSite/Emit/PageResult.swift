import Foundation

/// What making a page gave: the fingerprint of everything it is made from (its template data
/// and the theme), and its HTML unless the output's copy can be kept.
struct PageResult: Equatable, Sendable {
  /// What became of the page's HTML.
  enum Outcome: Equatable, Sendable {
    /// Not rendered: the page cache says the file in the output can be kept.
    case kept
    /// Rendered, to be written by the Write stage.
    case made(Data)
  }

  var fingerprint: String
  var outcome: Outcome
}
