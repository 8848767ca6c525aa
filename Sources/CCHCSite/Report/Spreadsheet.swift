import CCHCCore
import Foundation
import ZIPFoundation

/// A one-sheet Excel workbook (Office Open XML) of text and whole-number cells, zipped with
/// ZIPFoundation. Entries carry a fixed date, so the same rows give the same bytes.
enum Spreadsheet {
  /// The workbook's bytes.
  static func xlsx(_ rows: [[ReportFiles.Cell]], sheet: String) throws -> Data {
    let archive = try Archive(accessMode: .create)
    let fixed = Date(timeIntervalSince1970: 315_532_800)  // 1980-01-01, the first date ZIP can hold
    for (path, text) in parts(rows, sheet: sheet) {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixed, compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return archive.data ?? Data()
  }

  /// The package's parts, in order.
  static func parts(_ rows: [[ReportFiles.Cell]], sheet: String) -> [(String, String)] {
    let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return [
      (
        "[Content_Types].xml",
        head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "</Types>"
      ),
      (
        "_rels/.rels",
        head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"\(relations)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
      ),
      (
        "xl/workbook.xml",
        head + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relations)\"><sheets>"
          + "<sheet name=\"\(Escape.xml(sheet))\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
      ),
      (
        "xl/_rels/workbook.xml.rels",
        head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"\(relations)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
      ),
      ("xl/worksheets/sheet1.xml", head + "<worksheet xmlns=\"\(main)\"><sheetData>" + sheetRows(rows) + "</sheetData></worksheet>"),
    ]
  }

  /// `<row>`s of inline-string and number cells, addressed A1, B1…
  static func sheetRows(_ rows: [[ReportFiles.Cell]]) -> String {
    rows.enumerated().map { r, row in
      let cells = row.enumerated().map { c, cell -> String in
        let reference = column(c) + String(r + 1)
        switch cell {
        case .number(let n): return "<c r=\"\(reference)\"><v>\(n)</v></c>"
        case .text(let text): return "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(Escape.xml(text))</t></is></c>"
        }
      }
      return "<row r=\"\(r + 1)\">" + cells.joined() + "</row>"
    }.joined()
  }

  /// A, B, …, Z, AA…
  static func column(_ index: Int) -> String {
    index < 26 ? String(UnicodeScalar(65 + index)!) : column(index / 26 - 1) + column(index % 26)
  }
}
