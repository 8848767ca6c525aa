import Foundation
import Synchronization

/// Renders pages in two processes. swift-mustache's lookups are dynamic casts that go through
/// the Swift runtime's process-wide conformance cache, which threads rendering at once contend
/// for (building template data and fingerprinting it cast just as much): with two threads the
/// L benchmark took 10.5 s, with two processes 9.6 s. A second process has its own runtime, so
/// `fork()` lets both cores work: parent and child take the next few pages from a counter in
/// shared memory until none are left (the faster one does more), the child writes each result
/// (a page, or for a first build what became of the page it wrote into the staging folder)
/// into an unlinked file (`pageFile`: in `/dev/shm` where the system has it) and exits, the
/// parent reads them. Used only by `cchc build`, from a point where no other thread is
/// working; the child only computes and writes bytes. When `fork` fails, or the child does not
/// finish cleanly or in time (twice the parent's own time), the parent makes the missing pages
/// itself, so the output is always the same.
public enum ProcessSplit {
  /// `render(i)` for every `i` in `0..<count`, shared with a child process. `parentFirst`
  /// runs in the parent while the child already renders (work only the parent can do); the
  /// indices for which `parentOnly` holds are rendered by the parent next, then it joins in.
  public static func map(
    count: Int, chunk: Int = 8, minimumPatience: TimeInterval = 10,
    parentFirst: () -> Void = {}, parentOnly: (Int) -> Bool = { _ in false },
    _ render: (Int) -> Data
  ) -> [Data] {
    let shared = (0..<count).filter { !parentOnly($0) }
    var results = [Data?](repeating: nil, count: count)
    if shared.count >= 64, let queue = SharedCounter(),
      let (child, file) = startChild(shared, chunk: chunk, queue: queue, render)
    {
      let started = Date()
      parentFirst()
      for index in 0..<count where parentOnly(index) { results[index] = render(index) }
      while let range = queue.next(chunk, limit: shared.count) {
        for position in range { results[shared[position]] = render(shared[position]) }
      }
      // The child has had as long: give it as long again (and at least the minimum) before giving up.
      let patience = max(minimumPatience, 2 * Date().timeIntervalSince(started))
      for (index, data) in collect(child: child, file: file, patience: patience) where index < count && results[index] == nil {
        results[index] = data
      }
    } else {
      parentFirst()
    }
    return results.enumerated().map { $0.element ?? render($0.offset) }
  }

  /// A counter in memory shared with forked children.
  final class SharedCounter {
    private let region: UnsafeMutableRawPointer
    private let counter: UnsafeMutablePointer<Atomic<Int>>

    /// Maps the counter (at zero); nil when the system refuses.
    init?() {
      guard let region = mmap(nil, 64, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0),
        region != MAP_FAILED
      else { return nil }
      self.region = region
      counter = region.bindMemory(to: Atomic<Int>.self, capacity: 1)
      counter.initialize(to: Atomic(0))
    }

    deinit { munmap(region, 64) }

    /// The next `chunk` positions below `limit`, in whichever process asks first; nil when none are left.
    func next(_ chunk: Int, limit: Int) -> Range<Int>? {
      let (start, _) = counter.pointee.add(chunk, ordering: .relaxed)
      return start < limit ? start..<min(start + chunk, limit) : nil
    }
  }

  /// Forks a child that renders the indices it takes from `queue` into an unlinked file (`pageFile`).
  static func startChild(_ shared: [Int], chunk: Int, queue: SharedCounter, _ render: (Int) -> Data) -> (pid_t, Int32)? {
    guard let file = pageFile() else { return nil }
    let child = fork()
    if child < 0 {
      close(file)
      return nil
    }
    if child == 0 {
      // The child: render, write each page as (index, length, bytes), leave without cleanup.
      var buffer: [UInt8] = []
      buffer.reserveCapacity(1 << 20)
      while let range = queue.next(chunk, limit: shared.count) {
        for position in range {
          let index = shared[position]
          let data = render(index)
          append(UInt64(index), to: &buffer)
          append(UInt64(data.count), to: &buffer)
          buffer.append(contentsOf: data)
        }
        if buffer.count >= 1 << 20 {
          guard writeAll(file, buffer) else { _exit(1) }
          buffer.removeAll(keepingCapacity: true)
        }
      }
      _exit(writeAll(file, buffer) ? 0 : 1)
    }
    return (child, file)
  }

  /// An unlinked file for the child's pages: in memory (`/dev/shm`) where the system has it,
  /// so that the pages are never written back to a disk, else in the temporary folder; nil
  /// when none can be made.
  static func pageFile() -> Int32? {
    for folder in ["/dev/shm", NSTemporaryDirectory()] {
      var template = Array((folder + "/cchc-render-XXXXXX").utf8CString)
      let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
      guard file >= 0 else { continue }
      template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
      return file
    }
    return nil
  }

  /// Waits for the child (stopping it after `patience` seconds) and reads its pages; none
  /// when it failed or took too long.
  static func collect(child: pid_t, file: Int32, patience: TimeInterval) -> [(Int, Data)] {
    defer { close(file) }
    var status: Int32 = 0
    let deadline = Date().addingTimeInterval(patience)
    while true {
      let done = waitpid(child, &status, WNOHANG)
      if done == child { break }
      if done < 0 && errno != EINTR { return [] }
      if Date() > deadline {
        kill(child, SIGKILL)
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        return []
      }
      usleep(2_000)
    }
    // Exited normally (low 7 bits zero) with status 0.
    guard status & 0x7F == 0, (status >> 8) & 0xFF == 0, lseek(file, 0, SEEK_SET) == 0 else { return [] }
    var info = stat()
    guard fstat(file, &info) == 0 else { return [] }
    // One read of the whole file; each page is a slice of it (no copy).
    var bytes = Data(count: Int(info.st_size))
    var done = 0
    while done < bytes.count {
      let read = bytes.withUnsafeMutableBytes { Glibc.read(file, $0.baseAddress! + done, $0.count - done) }
      if read < 0 && errno == EINTR { continue }
      guard read > 0 else { return [] }
      done += read
    }
    var pages: [(Int, Data)] = []
    var offset = bytes.startIndex
    while offset + 16 <= bytes.endIndex {
      let index = Int(word(bytes, at: offset))
      let length = Int(word(bytes, at: offset + 8))
      guard offset + 16 + length <= bytes.endIndex else { return [] }
      pages.append((index, bytes[(offset + 16)..<(offset + 16 + length)]))
      offset += 16 + length
    }
    return pages
  }

  static func append(_ value: UInt64, to buffer: inout [UInt8]) {
    withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) }
  }

  static func word(_ data: Data, at offset: Int) -> UInt64 {
    var value: UInt64 = 0
    for byte in data[offset..<offset + 8].reversed() { value = value << 8 | UInt64(byte) }
    return value
  }

  /// Writes every byte, retrying short writes.
  static func writeAll(_ file: Int32, _ bytes: [UInt8]) -> Bool {
    var done = 0
    while done < bytes.count {
      let written = bytes.withUnsafeBytes { Glibc.write(file, $0.baseAddress! + done, $0.count - done) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return false }
      done += written
    }
    return true
  }
}
