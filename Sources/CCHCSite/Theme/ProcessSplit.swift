import Foundation

/// Renders pages in two processes. swift-mustache's lookups are dynamic casts that go through
/// the Swift runtime's process-wide conformance cache, and two threads rendering at once are
/// no faster than one (measured: 1.0–1.1× on 2 cores). A second process has its own runtime,
/// so `fork()` after the page data is built lets both cores render: the child renders every
/// other page into a temporary file and exits; the parent renders the rest, then reads the
/// child's pages. Used only by `cchc build`, from a point where no other thread is working;
/// the child only renders and writes bytes (to a file in the temporary folder, about half the
/// site's HTML). When `fork` fails, or the child does not finish
/// cleanly or in time (twice the parent's own rendering time), the parent renders the missing
/// pages itself, so the output is always the same.
public enum ProcessSplit {
  /// `render(i)` for every `i` in `0..<count`, the odd ones in a child process.
  public static func map(count: Int, minimumPatience: TimeInterval = 10, _ render: (Int) -> Data) -> [Data] {
    var results = [Data?](repeating: nil, count: count)
    if count >= 64, let (child, file) = startChild(count: count, render) {
      let started = Date()
      for index in stride(from: 0, to: count, by: 2) { results[index] = render(index) }
      // The child has as much to do: give it as long again (and at least the minimum) before giving up.
      let patience = max(minimumPatience, 2 * Date().timeIntervalSince(started))
      for (index, data) in collect(child: child, file: file, patience: patience) where index < count && index % 2 == 1 {
        results[index] = data
      }
    }
    return results.enumerated().map { $0.element ?? render($0.offset) }
  }

  /// Forks a child that renders the odd indices into an unlinked temporary file.
  static func startChild(count: Int, _ render: (Int) -> Data) -> (pid_t, Int32)? {
    var template = Array((NSTemporaryDirectory() + "/cchc-render-XXXXXX").utf8CString)
    let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard file >= 0 else { return nil }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    let child = fork()
    if child < 0 {
      close(file)
      return nil
    }
    if child == 0 {
      // The child: render, write each page as (index, length, bytes), leave without cleanup.
      var buffer: [UInt8] = []
      buffer.reserveCapacity(1 << 20)
      for index in stride(from: 1, to: count, by: 2) {
        let data = render(index)
        append(UInt64(index), to: &buffer)
        append(UInt64(data.count), to: &buffer)
        buffer.append(contentsOf: data)
        if buffer.count >= 1 << 20 {
          guard writeAll(file, buffer) else { _exit(1) }
          buffer.removeAll(keepingCapacity: true)
        }
      }
      _exit(writeAll(file, buffer) ? 0 : 1)
    }
    return (child, file)
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
    var bytes = Data()
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let read = chunk.withUnsafeMutableBytes { Glibc.read(file, $0.baseAddress, $0.count) }
      if read < 0 && errno == EINTR { continue }
      guard read > 0 else { break }
      bytes.append(contentsOf: chunk[0..<read])
    }
    var pages: [(Int, Data)] = []
    var offset = bytes.startIndex
    while offset + 16 <= bytes.endIndex {
      let index = Int(word(bytes, at: offset))
      let length = Int(word(bytes, at: offset + 8))
      guard offset + 16 + length <= bytes.endIndex else { return [] }
      pages.append((index, bytes.subdata(in: offset + 16..<offset + 16 + length)))
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
