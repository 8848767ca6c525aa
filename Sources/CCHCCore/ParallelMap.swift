import Foundation

/// Maps over an array on every core, keeping the order of the input.
public enum ParallelMap {
  /// Whether work is spread over cores; `CCHC_THREADS=1` turns it off (to check that a
  /// parallel build gives the same bytes as a single-threaded one).
  public static let isParallel = ProcessInfo.processInfo.environment["CCHC_THREADS"] != "1"

  /// `items.map(transform)`, computed concurrently. Inlinable, so that callers get a copy
  /// specialised to their types, which hands each item to `transform` without copying it.
  @inlinable public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    guard items.count > 1, isParallel else { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    nonisolated(unsafe) let buffer = results
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
      buffer[index] = transform(items[index])
    }
    return results.map { $0! }
  }
}
