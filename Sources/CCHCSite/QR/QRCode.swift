import CQRencode
import Foundation

/// A QR code made by libqrencode, as a square of dark and light modules.
///
/// This is the only type that touches libqrencode; the C symbol is copied into Swift values
/// and freed before `encode` returns.
public struct QRCode: Sendable, Equatable {
  /// The version of libqrencode in use.
  public static var libraryVersion: String { String(cString: QRcode_APIVersionString()) }

  /// Modules per side, without the quiet zone.
  public let size: Int
  /// Row-major modules, `true` for dark.
  public let modules: [Bool]

  /// Error-correction levels of QR codes.
  public enum Correction: Sendable {
    /// About 7 % of the symbol can be restored.
    case low
    /// About 15 %: the level printed notices use.
    case medium
    /// About 25 %.
    case quartile
    /// About 30 %.
    case high

    var level: QRecLevel {
      switch self {
      case .low: return QR_ECLEVEL_L
      case .medium: return QR_ECLEVEL_M
      case .quartile: return QR_ECLEVEL_Q
      case .high: return QR_ECLEVEL_H
      }
    }
  }

  /// Encodes text as 8-bit data (URLs keep their case); nil when it does not fit a QR code.
  public static func encode(_ text: String, correction: Correction = .medium) -> QRCode? {
    let bytes = Array(text.utf8)
    guard
      let symbol = bytes.withUnsafeBufferPointer({ buffer in
        QRcode_encodeData(Int32(buffer.count), buffer.baseAddress, 0, correction.level)
      })
    else { return nil }
    defer { QRcode_free(symbol) }
    let width = Int(symbol.pointee.width)
    let data = UnsafeBufferPointer(start: symbol.pointee.data, count: width * width)
    return QRCode(size: width, modules: data.map { $0 & 1 == 1 })
  }

  /// Whether the module at column `x`, row `y` is dark.
  public func isDark(_ x: Int, _ y: Int) -> Bool { modules[y * size + x] }

  /// The code as SVG: one path of unit squares in a viewBox with a 4-module quiet zone,
  /// `crispEdges` so it stays sharp at any size.
  public func svg(title: String? = nil, quietZone: Int = 4) -> String {
    let side = size + 2 * quietZone
    var path: [UInt8] = []
    path.reserveCapacity(size * size * 4)
    for y in 0..<size {
      var x = 0
      while x < size {
        guard isDark(x, y) else { x += 1; continue }
        var run = 1
        while x + run < size, isDark(x + run, y) { run += 1 }
        // M<x> <y>h<run>v1h-<run>z, written as bytes (thousands of runs per code).
        path.append(UInt8(ascii: "M"))
        Self.appendDecimal(x + quietZone, to: &path)
        path.append(UInt8(ascii: " "))
        Self.appendDecimal(y + quietZone, to: &path)
        path.append(UInt8(ascii: "h"))
        Self.appendDecimal(run, to: &path)
        path.append(contentsOf: "v1h-".utf8)
        Self.appendDecimal(run, to: &path)
        path.append(UInt8(ascii: "z"))
        x += run
      }
    }
    var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" shape-rendering=\"crispEdges\""
    svg += title == nil ? " aria-hidden=\"true\">" : " role=\"img\">"
    if let title { svg += "<title>\(Escape.xml(title))</title>" }
    svg += "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\""
    svg += String(decoding: path, as: UTF8.self)
    return svg + "\"/></svg>"
  }

  /// Appends a non-negative integer's decimal digits.
  static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
    if value >= 10 { appendDecimal(value / 10, to: &bytes) }
    bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
  }
}
