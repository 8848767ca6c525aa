import Foundation

/// What making a page gave: the fingerprint of everything it is made from (its template data
/// and the theme), and its HTML (nil: the page cache says the output's copy can be kept), and
/// the articles its data read.
struct PageResult: Equatable, Sendable {
  var fingerprint: UInt64
  var html: Data?
  var reads = ArticleReads()
}
