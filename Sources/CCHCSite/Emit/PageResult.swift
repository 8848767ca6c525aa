import Foundation

/// What making a page gave: the fingerprint of everything it is made from (its template data
/// and the theme), and what became of its HTML.
struct PageResult: Equatable {
  /// What became of the page's HTML.
  enum Outcome: Equatable {
    /// Not rendered: the page cache says the file in the output can be kept.
    case kept
    /// Rendered, to be written with the other files.
    case made(Data)
    /// Rendered and already written into the folder being built (`SiteEmitter.pageFolder`);
    /// its size in bytes.
    case written(Int)
    /// Rendered, but writing it failed: the file and the system's message.
    case failed(String)
  }

  var fingerprint: String
  var outcome: Outcome

  /// As bytes, to come back from the child process: a tag, the fingerprint, then the HTML,
  /// the size in decimal or the message.
  var encoded: Data {
    var data = Data()
    let payload: Data
    switch outcome {
    case .kept: (data, payload) = (Data([0]), Data())
    case .made(let html): (data, payload) = (Data([1]), html)
    case .written(let size): (data, payload) = (Data([2]), Data(String(size).utf8))
    case .failed(let message): (data, payload) = (Data([3]), Data(message.utf8))
    }
    data.append(contentsOf: fingerprint.utf8)
    data.append(0)
    data.append(payload)
    return data
  }

  init(fingerprint: String, outcome: Outcome) {
    self.fingerprint = fingerprint
    self.outcome = outcome
  }

  init(encoded data: Data) {
    let start = data.startIndex
    let end = data[(start + 1)...].firstIndex(of: 0) ?? data.endIndex
    fingerprint = String(decoding: data[(start + 1)..<end], as: UTF8.self)
    let payload = data[min(end + 1, data.endIndex)...]
    switch data.first {
    case 1: outcome = .made(Data(payload))
    case 2: outcome = Int(String(decoding: payload, as: UTF8.self)).map { .written($0) } ?? .failed("kích thước trang không đọc được")
    case 3: outcome = .failed(String(decoding: payload, as: UTF8.self))
    default: outcome = .kept
    }
  }
}
