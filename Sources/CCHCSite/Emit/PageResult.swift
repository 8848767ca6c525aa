import Foundation

/// What making a page gave: the fingerprint of everything it is made from (its template data
/// and the theme), and its HTML; nil HTML: the page cache says the output's copy can be kept.
struct PageResult: Equatable, Sendable {
  var fingerprint: String
  var html: Data?
}
