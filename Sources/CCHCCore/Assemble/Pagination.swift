/// Splits a list into pages of a fixed size.
public struct Pagination<Element>: Sendable where Element: Sendable {
  /// One page of a list.
  public struct PageSlice: Sendable {
    /// 1-based page number.
    public var number: Int
    /// Total number of pages.
    public var total: Int
    /// The elements on this page.
    public var items: [Element]

    /// A page of a list.
    public init(number: Int, total: Int, items: [Element]) {
      self.number = number
      self.total = total
      self.items = items
    }
  }

  /// The pages; a list with no elements has one empty page.
  public let pages: [PageSlice]

  /// Splits `items` into pages of `size` (at least 1).
  public init(_ items: [Element], size: Int) {
    let size = max(size, 1)
    let total = max(1, (items.count + size - 1) / size)
    pages = (0..<total).map { index in
      let start = index * size
      let end = min(start + size, items.count)
      return PageSlice(number: index + 1, total: total, items: start < end ? Array(items[start..<end]) : [])
    }
  }
}
