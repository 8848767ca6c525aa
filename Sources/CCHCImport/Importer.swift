import CCHCCore
import Foundation
import Yams

/// `cchc nhap`: reads national records, announcement lists and catalogues, and plans the
/// procedure files to create or update; `write` then writes all of them or none.
public struct Importer {
  /// What the import was asked to do.
  public struct Options {
    public var contentDirectory: String
    public var decision: String?
    /// `--ngay` as written (`2026-02-09`), the day set in `quyet_dinh_cong_bo` and `ngay_cap_nhat`.
    public var day: String
    public var level: String?

    public init(contentDirectory: String, decision: String?, day: String, level: String?) {
      self.contentDirectory = contentDirectory
      self.decision = decision
      self.day = day
      self.level = level
    }
  }

  /// One file to write, and what the report says of it.
  public struct Write: Equatable {
    public var path: String
    public var text: String
    public var code: String
    public var name: String
    public var isNew: Bool
    public var changed: [String]
    public var change: ImportedProcedure.Change?
  }

  /// The outcome before anything is written.
  public struct Plan {
    public var writes: [Write] = []
    public var unchanged: [String] = []
    public var keptBodies: [String] = []
    public var skipped: [String] = []
    public var columns: [String] = []
    public var read: [String] = []
    public var problems: [String] = []
  }

  public var options: Options

  public init(options: Options) { self.options = options }

  /// Reads every input and works out the files; problems are collected, nothing is written.
  public func plan(inputs: [String]) -> Plan {
    var plan = Plan()
    var procedures: [ImportedProcedure] = []
    for input in inputs.flatMap(expand) {
      do {
        let found = try read(input, plan: &plan)
        procedures += found
      } catch let error as UnreadableFile {
        plan.problems.append("\(input): \(error.reason)")
      } catch {
        plan.problems.append("\(input): \(error.localizedDescription)")
      }
    }
    // The same code twice in one import: the later source wins, facts merged over the earlier.
    var merged: [String: ImportedProcedure] = [:]
    var order: [String] = []
    for p in procedures {
      if merged[p.code] == nil { order.append(p.code) }
      merged[p.code] = merged[p.code].map { Self.merge($0, p) } ?? p
    }
    let existing = existingFiles()
    let config = ContentPipeline.siteConfig(contentDirectory: options.contentDirectory) ?? .placeholder
    for code in order {
      let p = merged[code]!
      let entries = ProcedureFile.entries(p, decision: options.decision, day: options.day)
      if let path = existing[code], let text = try? String(contentsOfFile: path, encoding: .utf8) {
        let updated = ProcedureFile.update(text, with: entries, body: p.body, day: options.day, announces: p.change != nil)
        if updated.keptBody { plan.keptBodies.append("\(display(path)) (\(code))") }
        if updated.changed.isEmpty {
          plan.unchanged.append(code)
        } else {
          plan.writes.append(
            Write(
              path: path, text: updated.text, code: code, name: p.name ?? code, isNew: false, changed: updated.changed, change: p.change))
        }
      } else {
        let path = (options.contentDirectory as NSString).appendingPathComponent("thu-tuc/\(code).md")
        if p.name == nil {
          plan.problems.append("\(p.origin): thủ tục \(code) chưa có trên trang và nguồn không ghi tên thủ tục")
          continue
        }
        let text = ProcedureFile.new(entries, body: p.body, day: options.day)
        plan.writes.append(Write(path: path, text: text, code: code, name: p.name!, isNew: true, changed: [], change: p.change))
      }
    }
    plan.problems += validate(plan.writes, config: config)
    return plan
  }

  /// Writes every planned file, each first under a temporary name, then all renamed: a
  /// failure leaves every file as it was.
  public func write(_ plan: Plan) throws {
    let suffix = ".cchc-nhap-\(getpid())"
    var written: [String] = []
    do {
      for write in plan.writes {
        try FileManager.default.createDirectory(
          atPath: (write.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(write.text.utf8).write(to: URL(fileURLWithPath: write.path + suffix))
        written.append(write.path)
      }
    } catch {
      for path in written { unlink(path + suffix) }
      throw error
    }
    for path in written { rename(path + suffix, path) }
  }

  /// Files, and the readable files inside folders, sorted.
  func expand(_ input: String) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else { return [input] }
    return FileTree.regularFiles(under: input).filter { !ContentTree.isIgnored(($0 as NSString).lastPathComponent) }.sorted()
      .map { (input as NSString).appendingPathComponent($0) }
  }

  /// The procedures one file holds, by its kind.
  func read(_ input: String, plan: inout Plan) throws -> [ImportedProcedure] {
    let url = URL(fileURLWithPath: input)
    let name = (input as NSString).lastPathComponent
    guard FileManager.default.isReadableFile(atPath: input) else { throw UnreadableFile(reason: "không đọc được tệp") }
    switch url.pathExtension.lowercased() {
    case "json":
      guard let data = try? Data(contentsOf: url), (try? JSONSerialization.jsonObject(with: data)) != nil else {
        throw UnreadableFile(reason: "không phải JSON hợp lệ")
      }
      guard let records = NationalRecord.records(in: data) else {
        throw UnreadableFile(reason: "JSON này không phải bản ghi thủ tục của Cổng Dịch vụ công (không có trường “code”)")
      }
      plan.read.append("\(input): \(records.count) bản ghi thủ tục của Cơ sở dữ liệu quốc gia")
      return records.enumerated().compactMap { $0.element.procedure(origin: records.count > 1 ? "\(input):\($0.offset + 1)" : input) }
    case "xlsx", "csv":
      let sheets = url.pathExtension.lowercased() == "csv" ? [try CSVTable.sheet(at: url)] : try Workbook.sheets(at: url)
      var found: [ImportedProcedure] = []
      for sheet in sheets {
        let table = AnnouncementTable(sheet: sheet, file: input, level: options.level.flatMap(AnnouncementTable.Level.init(rawValue:)))
        if sheets.count > 1 && table.columnsRead.isEmpty && table.problems.count == 1 { continue }  // a sheet of notes
        plan.problems += table.problems
        plan.skipped += table.skipped.map { "\($0.origin): \($0.reason)" }
        if !table.columnsRead.isEmpty {
          plan.columns.append(
            "\(input)\(sheets.count > 1 || url.pathExtension.lowercased() == "xlsx" ? ", trang tính “\(sheet.name)”" : ""): "
              + table.columnsRead.joined(separator: "; "))
        }
        plan.read.append(
          "\(input)\(url.pathExtension.lowercased() == "xlsx" ? ", trang tính “\(sheet.name)”" : ""): \(table.procedures.count) thủ tục")
        found += table.procedures
      }
      if found.isEmpty && !sheets.isEmpty && plan.problems.isEmpty {
        plan.problems.append("\(input): không trang tính nào có dòng tiêu đề với cột “Mã thủ tục” và “Tên thủ tục hành chính”")
      }
      return found
    default:
      throw UnreadableFile(
        reason: "không nhận loại tệp “.\(url.pathExtension)”: hãy dùng .json (Cổng Dịch vụ công), .xlsx hoặc .csv (danh mục công bố)")
    }
  }

  /// Code → file of every procedure the content folder has.
  func existingFiles() -> [String: String] {
    var files: [String: String] = [:]
    let loader = ContentLoader(contentDirectory: options.contentDirectory)
    let tree = ContentTree.walk(root: options.contentDirectory, folder: "thu-tuc")
    for relative in tree.files where relative.hasSuffix(".md") {
      let path = loader.path(relative)
      guard let text = try? String(contentsOfFile: path, encoding: .utf8), let (front, _) = ProcedureFile.split(text),
        let code = (try? Yams.compose(yaml: front))??.mapping?["ma"]?.string
      else { continue }
      files[code.trimmed] = files[code.trimmed] ?? path
    }
    return files
  }

  /// Problems the build would find in the files to write (nothing is written when any).
  func validate(_ writes: [Write], config: SiteConfig) -> [String] {
    let files = Set(FileTree.regularFiles(under: (options.contentDirectory as NSString).appendingPathComponent("tep")).map { "tep/" + $0 })
    let decoder = DocumentDecoder(site: config, resolver: ReferenceResolver(files: files), checksCategories: false)
    var problems: [String] = []
    for write in writes {
      var diagnostics = Diagnostics()
      let relative = "thu-tuc/" + (write.path as NSString).lastPathComponent
      if let file = FrontMatterSplitter.split(
        write.text, relativePath: relative, displayPath: display(write.path), diagnostics: &diagnostics)
      {
        _ = decoder.procedure(file, diagnostics: &diagnostics)
      }
      problems += diagnostics.errors.map(\.description)
    }
    return problems
  }

  func display(_ path: String) -> String { path }

  /// Facts of `later` over those of `earlier` for the same code.
  static func merge(_ earlier: ImportedProcedure, _ later: ImportedProcedure) -> ImportedProcedure {
    var p = earlier
    p.name = later.name ?? p.name
    p.field = later.field ?? p.field
    if !later.levels.isEmpty { p.levels = later.levels }
    p.agency = later.agency ?? p.agency
    if !later.subjects.isEmpty { p.subjects = later.subjects }
    if !later.ways.isEmpty { p.ways = later.ways }
    p.deadline = later.deadline ?? p.deadline
    if !later.fees.isEmpty { p.fees = later.fees }
    if !later.results.isEmpty { p.results = later.results }
    if !later.legalBasis.isEmpty { p.legalBasis = later.legalBasis }
    p.onlineLevel = later.onlineLevel ?? p.onlineLevel
    p.acceptedAnywhere = later.acceptedAnywhere ?? p.acceptedAnywhere
    p.ministryDecision = later.ministryDecision ?? p.ministryDecision
    p.body = later.body ?? p.body
    p.change = later.change ?? p.change
    p.origin = later.origin
    return p
  }
}
