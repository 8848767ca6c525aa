import Foundation
import SwiftCSV

/// CSV files as one sheet, read by SwiftCSV (delimiter guessed: comma, semicolon or tab).
enum CSVTable {
  static func sheet(at url: URL) throws -> Sheet {
    guard let data = try? Data(contentsOf: url) else { throw UnreadableFile(reason: "không đọc được tệp") }
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw UnreadableFile(reason: "tệp CSV không phải UTF-8 (trong Excel, chọn Lưu thành “CSV UTF-8”)")
    }
    do {
      let csv = try EnumeratedCSV(string: text.replacingOccurrences(of: "\r\n", with: "\n"), loadColumns: false)
      let all = [csv.header] + csv.rows
      return Sheet(name: url.lastPathComponent, rows: all.enumerated().map { ($0.offset + 1, $0.element) })
    } catch {
      throw UnreadableFile(reason: "tệp CSV viết sai (ngoặc kép không đóng?): \(error)")
    }
  }
}
