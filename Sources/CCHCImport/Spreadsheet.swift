import Foundation
import XMLCoder
import ZIPFoundation

/// A table of text cells read from a file: each sheet of an XLSX workbook (through
/// ZIPFoundation and XMLCoder), or a CSV file (through SwiftCSV). Merged cells carry their
/// value in every cell they cover, as they look on screen.
public struct Sheet: Sendable {
  /// The sheet's name (the file's name for a CSV).
  public var name: String
  /// Rows of cells, each row with its number as the spreadsheet shows it (1-based).
  public var rows: [(number: Int, cells: [String])]
}

/// Why a file could not be read as a table.
struct UnreadableFile: Error {
  var reason: String
}

/// XLSX workbooks: the parts of Office Open XML that hold text.
enum Workbook {
  struct Relationships: Decodable {
    struct Relationship: Decodable {
      var Id: String
      var Target: String
    }
    var Relationship: [Relationship]
  }

  struct Book: Decodable {
    struct Sheets: Decodable {
      struct Entry: Decodable {
        var name: String
        var id: String
        enum CodingKeys: String, CodingKey {
          case name
          case id = "r:id"
        }
      }
      var sheet: [Entry]
    }
    var sheets: Sheets
  }

  /// `<t>` with or without `xml:space`.
  struct Text: Decodable {
    var value: String
    enum CodingKeys: String, CodingKey { case value = "" }
    init(from decoder: Decoder) throws {
      value =
        (try? decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .value))
        ?? (try? decoder.singleValueContainer().decode(String.self)) ?? ""
    }
  }

  /// A string: plain `<t>` or rich-text runs `<r><t>`.
  struct RichText: Decodable {
    struct Run: Decodable { var t: Text? }
    var t: Text?
    var r: [Run]?
    var text: String { t?.value ?? (r ?? []).compactMap { $0.t?.value }.joined() }
  }

  struct SharedStrings: Decodable {
    var si: [RichText]?
  }

  struct Worksheet: Decodable {
    struct Cell: Decodable {
      var r: String?
      var t: String?
      var v: String?
      var inline: RichText?
      enum CodingKeys: String, CodingKey {
        case r, t, v
        case inline = "is"
      }
    }
    struct Row: Decodable {
      var r: Int?
      var c: [Cell]?
    }
    struct SheetData: Decodable { var row: [Row]? }
    struct Merge: Decodable { var ref: String }
    struct Merges: Decodable { var mergeCell: [Merge]? }
    var sheetData: SheetData
    var mergeCells: Merges?
  }

  /// Every sheet of the workbook at `url`.
  static func sheets(at url: URL) throws -> [Sheet] {
    let archive: Archive
    do { archive = try Archive(url: url, accessMode: .read) } catch {
      throw UnreadableFile(reason: "không mở được tệp Excel (không phải tệp .xlsx hợp lệ)")
    }
    func part<T: Decodable>(_ path: String, as type: T.Type) throws -> T? {
      guard let entry = archive[path] else { return nil }
      var data = Data()
      _ = try archive.extract(entry, consumer: { data.append($0) })
      return try XMLDecoder().decode(T.self, from: data)
    }
    guard let book = try? part("xl/workbook.xml", as: Book.self) else {
      throw UnreadableFile(reason: "tệp Excel không có danh sách trang tính (xl/workbook.xml)")
    }
    let relationships = (try? part("xl/_rels/workbook.xml.rels", as: Relationships.self))?.Relationship ?? []
    let strings = ((try? part("xl/sharedStrings.xml", as: SharedStrings.self))?.si ?? []).map(\.text)
    return try book.sheets.sheet.map { entry in
      let target = relationships.first { $0.Id == entry.id }?.Target ?? ""
      let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
      guard let sheet = try part(path, as: Worksheet.self) else {
        throw UnreadableFile(reason: "không đọc được trang tính \"\(entry.name)\"")
      }
      return Sheet(name: entry.name, rows: rows(of: sheet, strings: strings))
    }
  }

  /// The rows of a sheet as text, merged ranges filled in.
  static func rows(of sheet: Worksheet, strings: [String]) -> [(number: Int, cells: [String])] {
    var grid: [Int: [Int: String]] = [:]
    for (index, row) in (sheet.sheetData.row ?? []).enumerated() {
      let number = row.r ?? index + 1
      for (position, cell) in (row.c ?? []).enumerated() {
        let column = cell.r.flatMap { CellReference($0)?.column } ?? position
        let text: String
        switch cell.t {
        case "s": text = Int(cell.v ?? "").flatMap { $0 < strings.count ? strings[$0] : nil } ?? ""
        case "inlineStr": text = cell.inline?.text ?? ""
        default: text = cell.v ?? ""
        }
        if !text.isEmpty { grid[number, default: [:]][column] = text }
      }
    }
    for merge in sheet.mergeCells?.mergeCell ?? [] {
      let ends = merge.ref.split(separator: ":").compactMap { CellReference(String($0)) }
      guard ends.count == 2, let value = grid[ends[0].row]?[ends[0].column] else { continue }
      for row in ends[0].row...ends[1].row {
        for column in ends[0].column...ends[1].column { grid[row, default: [:]][column] = value }
      }
    }
    return grid.keys.sorted().map { number in
      let cells = grid[number]!
      let width = (cells.keys.max() ?? -1) + 1
      return (number, (0..<width).map { cells[$0] ?? "" })
    }
  }
}

/// "B12" → row 12, column 1.
struct CellReference {
  var row: Int
  var column: Int

  init?(_ text: String) {
    var column = 0
    var digits = ""
    for character in text.uppercased() {
      if let ascii = character.asciiValue, character.isLetter, digits.isEmpty {
        column = column * 26 + Int(ascii - 64)
      } else if character.isNumber {
        digits.append(character)
      } else {
        return nil
      }
    }
    guard column > 0, let row = Int(digits) else { return nil }
    self.row = row
    self.column = column - 1
  }
}
