import Foundation

/// Two pieces of work at once: one on a thread of its own, the other (which may spread over
/// every core with `ParallelMap`) on the calling thread. With `CCHC_THREADS=1`, one after the
/// other. Either way the results are the same.
public enum Concurrently {
  /// `(first(), second())`, with `first` run on another thread while `second` runs here.
  public static func run<A: Sendable, B>(_ first: @escaping @Sendable () -> A, and second: () -> B) -> (A, B) {
    guard ParallelMap.isParallel else { return (first(), second()) }
    let result = ResultBox<A>()
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      result.value = first()
      done.signal()
    }
    let other = second()
    done.wait()
    return (result.value!, other)
  }

  /// The other thread's result, read after it has signalled.
  private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
  }
}
