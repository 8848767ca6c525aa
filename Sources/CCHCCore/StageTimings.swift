import Foundation

/// Wall-clock time of each named stage of a build, for `cchc build --timings` and the benchmark.
public final class StageTimings: @unchecked Sendable {
  private let lock = NSLock()
  private var entries: [(String, Double, Double)] = []
  private let origin = DispatchTime.now().uptimeNanoseconds

  /// Creates an empty record; stages' start times count from now.
  public init() {}

  /// Runs `work`, recording its wall time under `name`.
  public func measure<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    defer {
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      let offset = Double(start - origin) / 1e9
      lock.lock()
      entries.append((name, offset, seconds))
      lock.unlock()
    }
    return try work()
  }

  /// The stages in the order they finished, with when they started (seconds since this record
  /// was made) and their seconds.
  public var stages: [(name: String, start: Double, seconds: Double)] {
    lock.lock()
    defer { lock.unlock() }
    return entries.map { (name: $0.0, start: $0.1, seconds: $0.2) }
  }
}
