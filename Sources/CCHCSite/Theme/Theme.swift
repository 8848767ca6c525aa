import CCHCCore
import Foundation
import Mustache

/// The theme: compiled templates and assets, the site's own overrides taking precedence.
public struct Theme: Sendable {
  /// Templates by name (file name without `.mustache`).
  public let library: MustacheLibrary
  /// Template names available.
  public let templateNames: Set<String>
  /// Assets by file name, with their bytes and hashed output name.
  public let assets: [ThemeAsset]
  /// A hash of every template and asset: pages rendered with another theme are never reused.
  public let fingerprint: String

  /// Loads `themeDirectory` with the site's own templates and assets over it (the content
  /// folder's `giao-dien/`, when there is one).
  public static func load(themeDirectory: String, contentDirectory: String, diagnostics: inout Diagnostics) -> Theme {
    let overrides = ContentLoader(contentDirectory: contentDirectory).path("giao-dien")
    return load(
      themeDirectory: themeDirectory,
      overrideDirectory: FileManager.default.fileExists(atPath: overrides) ? overrides : nil, diagnostics: &diagnostics)
  }

  /// Loads `themeDirectory`, then `overrideDirectory` (the site's `giao-dien/`) over it.
  public static func load(themeDirectory: String, overrideDirectory: String?, diagnostics: inout Diagnostics) -> Theme {
    var sources: [String: (path: String, text: String)] = [:]
    var assetFiles: [String: String] = [:]
    for root in [themeDirectory, overrideDirectory].compactMap({ $0 }) {
      let templates = root + "/templates"
      for name in (try? FileManager.default.contentsOfDirectory(atPath: templates)) ?? [] where name.hasSuffix(".mustache") {
        let path = templates + "/" + name
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
          sources[String(name.dropLast(".mustache".count))] = (path, text)
        } else {
          diagnostics.error(path, 0, "template-unreadable", "không đọc được mẫu giao diện (cần mã hóa UTF-8)")
        }
      }
      let assetsRoot = root + "/assets"
      for name in (try? FileManager.default.contentsOfDirectory(atPath: assetsRoot)) ?? [] where !name.hasPrefix(".") {
        assetFiles[name] = assetsRoot + "/" + name
      }
    }
    if sources.isEmpty {
      diagnostics.error(themeDirectory, 0, "theme-missing", "không tìm thấy mẫu giao diện nào trong \"\(themeDirectory)/templates\"")
    }
    var library = MustacheLibrary()
    FastHTML.register()
    for name in sources.keys.sorted() {
      let (path, text) = sources[name]!
      do {
        library.register(try MustacheTemplate(string: FastHTML.pragma + text), named: name)
      } catch let error as MustacheTemplate.ParserError {
        // The pragma put before the template takes one line.
        diagnostics.error(
          path, max(error.context.lineNumber - 1, 1), "template-syntax",
          "lỗi cú pháp mẫu giao diện ở cột \(error.context.columnNumber): \(describe(error.error))")
      } catch {
        diagnostics.error(path, 0, "template-syntax", "lỗi cú pháp mẫu giao diện: \(error)")
      }
    }
    let assets = assetFiles.keys.sorted().compactMap { name -> ThemeAsset? in
      guard let data = FileManager.default.contents(atPath: assetFiles[name]!) else { return nil }
      return ThemeAsset(name: name, data: data)
    }
    var all = Data()
    for name in sources.keys.sorted() { all.append(Data((name + "\u{0}" + sources[name]!.text + "\u{0}").utf8)) }
    for asset in assets { all.append(Data(asset.outputPath.utf8)) }
    return Theme(library: library, templateNames: Set(sources.keys), assets: assets, fingerprint: ContentHash.hex(all))
  }

  /// A template parser error in Vietnamese.
  static func describe(_ error: Error) -> String {
    guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
    switch error {
    case .sectionCloseNameIncorrect: return "thẻ đóng {{/…}} không khớp tên với thẻ mở"
    case .unfinishedName: return "tên biến chưa được đóng bằng }}"
    case .expectedSectionEnd: return "thiếu thẻ đóng {{/…}} cho một khối {{#…}} hoặc {{^…}}"
    case .invalidSetDelimiter: return "khai báo dấu phân cách {{=…=}} không hợp lệ"
    default: return "cú pháp không hợp lệ (\(error))"
    }
  }

  /// Renders a template; nil when it does not exist.
  public func render(_ name: String, _ context: any TemplateData) -> String? {
    guard templateNames.contains(name) else { return nil }
    return library.render(context, withTemplate: name)
  }
}

/// A theme asset copied with a content hash in its name (`style.css` → `style.1a2b3c4d.css`).
public struct ThemeAsset: Sendable {
  /// The file's own name.
  public let name: String
  /// Its bytes.
  public let data: Data
  /// Its path in the output, relative to the site root.
  public let outputPath: String

  /// Creates an asset and its hashed output path.
  public init(name: String, data: Data) {
    self.name = name
    self.data = data
    let hash = ContentHash.hex(data).prefix(8)
    let ext = (name as NSString).pathExtension
    let stem = (name as NSString).deletingPathExtension
    outputPath = ext.isEmpty ? "assets/\(stem).\(hash)" : "assets/\(stem).\(hash).\(ext)"
  }
}

/// A fast, stable 64-bit content hash (FNV-1a) for cache-busting file names.
public enum ContentHash {
  /// The hash of `data` as 16 hex digits.
  public static func hex(_ data: Data) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    data.withUnsafeBytes { bytes in
      for byte in bytes {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
      }
    }
    return hex(hash)
  }

  /// A 64-bit value as 16 hex digits.
  public static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// 32-bit FNV-1a of bytes (the search index's shards).
  static func fnv1a32(_ bytes: some Sequence<UInt8>) -> UInt32 {
    var hash: UInt32 = 2_166_136_261
    for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return hash
  }
}
