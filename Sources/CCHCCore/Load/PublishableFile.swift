import Foundation

/// Which files `tep/` may publish: the kinds a portal offers (images, audio, video, PDF,
/// Office and OpenDocument files, archives, plain text), decided by the extension and
/// confirmed by the first bytes. Anything else (`.html`, `.js`, `.php`, programs) could run
/// under the site's own origin and is refused, as is an SVG with a script, an event
/// attribute or a reference outside itself.
public enum PublishableFile {
  /// A kind of file recognised by its first bytes.
  enum Kind: String, CaseIterable {
    case jpeg = "ảnh JPEG"
    case png = "ảnh PNG"
    case gif = "ảnh GIF"
    case webp = "ảnh WebP"
    case svg = "ảnh SVG"
    case mp3 = "âm thanh MP3"
    case isoMedia = "âm thanh hoặc video MP4/M4A"
    case wav = "âm thanh WAV"
    case ogg = "âm thanh hoặc video Ogg"
    case matroska = "video WebM"
    case pdf = "tệp PDF"
    case ole = "văn bản Office cũ (.doc, .xls, .ppt)"
    case zip = "tệp nén ZIP hoặc văn bản Office, OpenDocument"
    case rar = "tệp nén RAR"
    case sevenZip = "tệp nén 7z"
    case text = "văn bản thuần"
  }

  /// The kinds each accepted extension may hold.
  static let accepted: [String: Set<Kind>] = [
    "jpg": [.jpeg], "jpeg": [.jpeg], "png": [.png], "gif": [.gif], "webp": [.webp], "svg": [.svg],
    "mp3": [.mp3], "m4a": [.isoMedia], "aac": [.mp3, .isoMedia], "wav": [.wav], "ogg": [.ogg], "oga": [.ogg],
    "opus": [.ogg], "mp4": [.isoMedia], "m4v": [.isoMedia], "mov": [.isoMedia], "webm": [.matroska],
    "pdf": [.pdf], "doc": [.ole], "xls": [.ole], "ppt": [.ole],
    "docx": [.zip], "xlsx": [.zip], "pptx": [.zip], "odt": [.zip], "ods": [.zip], "odp": [.zip], "zip": [.zip],
    "rar": [.rar], "7z": [.sevenZip], "txt": [.text], "csv": [.text],
  ]

  /// Why the file at `relativePath`, whose bytes are `bytes`, must not be published; nil when it may.
  public static func problem(relativePath: String, bytes: Data) -> String? {
    let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
    let ext = name.contains(".") ? String(name.split(separator: ".").last!).lowercased() : ""
    guard let kinds = accepted[ext] else {
      let found = kind(of: bytes).map { " (nội dung là \($0.rawValue))" } ?? ""
      return "tệp \"\(relativePath)\" không được đăng: loại tệp \(ext.isEmpty ? "không có đuôi" : "." + ext)\(found) "
        + "không nằm trong các loại cổng thông tin đăng (ảnh, âm thanh, video, PDF, văn bản Office và OpenDocument, "
        + "tệp nén, văn bản .txt, .csv); trang web, mã chạy được hay chương trình đặt ở đây sẽ chạy dưới tên miền của cổng"
    }
    let actual = kind(of: bytes)
    guard let actual, kinds.contains(actual) else {
      let what =
        actual.map { "nội dung là \($0.rawValue)" } ?? "nội dung không phải \(kinds.map(\.rawValue).sorted().joined(separator: " hay "))"
      let rename = actual.flatMap(extensionName).map { "; nếu đúng tệp cần đăng, hãy đổi đuôi thành .\($0)" } ?? ""
      return "tệp \"\(relativePath)\" có đuôi .\(ext) nhưng \(what)\(rename)"
    }
    if actual == .svg, let reason = SVGSafety.problem(String(decoding: bytes, as: UTF8.self)) {
      return "ảnh SVG \"\(relativePath)\" không được đăng vì \(reason): mã trong ảnh sẽ chạy dưới tên miền của cổng; "
        + "hãy xuất lại ảnh thành SVG thường (không script, không liên kết ra ngoài) hoặc PNG"
    }
    return nil
  }

  /// The usual extension of a kind, to suggest a rename.
  static func extensionName(_ kind: Kind) -> String? {
    switch kind {
    case .jpeg: return "jpg"
    case .png: return "png"
    case .gif: return "gif"
    case .webp: return "webp"
    case .svg: return "svg"
    case .mp3: return "mp3"
    case .isoMedia: return "mp4"
    case .wav: return "wav"
    case .ogg: return "ogg"
    case .matroska: return "webm"
    case .pdf: return "pdf"
    case .rar: return "rar"
    case .sevenZip: return "7z"
    case .ole, .zip, .text: return nil
    }
  }

  /// The kind the first bytes show; nil when none of the publishable kinds.
  static func kind(of data: Data) -> Kind? {
    let b = [UInt8](data.prefix(4096))
    func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
      b.count >= offset + prefix.count && Array(b[offset..<(offset + prefix.count)]) == prefix
    }
    func ascii(_ text: String, at offset: Int = 0) -> Bool { starts(Array(text.utf8), at: offset) }
    if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
    if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
    if ascii("GIF87a") || ascii("GIF89a") { return .gif }
    if ascii("RIFF") && ascii("WEBP", at: 8) { return .webp }
    if ascii("RIFF") && ascii("WAVE", at: 8) { return .wav }
    if ascii("ID3") || (b.count > 1 && b[0] == 0xFF && b[1] & 0xE0 == 0xE0) { return .mp3 }
    if ascii("ftyp", at: 4) { return .isoMedia }
    if ascii("OggS") { return .ogg }
    if starts([0x1A, 0x45, 0xDF, 0xA3]) { return .matroska }
    if ascii("%PDF-") { return .pdf }
    if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .ole }
    if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return .zip }
    if ascii("Rar!\u{1A}\u{07}") { return .rar }
    if starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .sevenZip }
    guard !b.contains(0), String(validating: b.prefix(b.count - trailingPartial(b)), as: UTF8.self) != nil else { return nil }
    let text = String(decoding: b, as: UTF8.self).drop { $0 == "\u{FEFF}" || $0.isWhitespace }.lowercased()
    if text.hasPrefix("<svg")
      || (text.hasPrefix("<?xml") || text.hasPrefix("<!--") || text.hasPrefix("<!doctype svg")) && text.contains("<svg")
    {
      return .svg
    }
    if text.hasPrefix("<") || text.hasPrefix("#!") { return nil }  // markup or a script, not plain text
    return .text
  }

  /// Bytes at the end of `b` that begin a UTF-8 sequence cut off by the 4 KB window.
  static func trailingPartial(_ b: [UInt8]) -> Int {
    for back in 1...min(3, b.count) where b[b.count - back] & 0xC0 == 0xC0 { return back }
    return 0
  }
}
