import Foundation

/// Why `cchc serve` cannot start, in the words an editor reads in the terminal.
public enum PreviewError: Error, CustomStringConvertible {
  /// The content folder has no `site.yml`.
  case noSite(String)
  /// Another program already listens on the port.
  case portInUse(host: String, port: Int)
  /// The address cannot be listened on for another reason.
  case cannotListen(host: String, port: Int, reason: String)

  public var description: String {
    switch self {
    case .noSite(let file):
      return "Không có tệp \(file): đây chưa phải thư mục nội dung của một trang. "
        + "Hãy chạy lệnh trong thư mục của đơn vị, chỉ rõ --content THƯ_MỤC, "
        + "hoặc tạo thư mục mới bằng cchc khoi-tao."
    case .portInUse(let host, let port):
      return "Cổng \(port) trên \(host) đang được một chương trình khác dùng (có thể là một cchc serve khác đang chạy). "
        + "Hãy dừng chương trình đó hoặc chọn cổng khác, ví dụ: cchc serve --port \(port == 8080 ? 8081 : port + 1)"
    case .cannotListen(let host, let port, let reason):
      return "Không mở được máy chủ xem trước tại \(host):\(port): \(reason)."
    }
  }
}
