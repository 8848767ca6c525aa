import CCHCCore
import Foundation
import Testing

@testable import CCHCSite

@Suite struct SiteWriterTests {
  func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-writer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func replacesOutputAndLeavesNoStaging() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("public").path
    let writer = SiteWriter(outputDirectory: output)
    try writer.write([.text("index.html", "một"), .text("a/b/index.html", "hai")])
    try writer.write([.text("index.html", "ba")])
    #expect(try String(contentsOfFile: output + "/index.html", encoding: .utf8) == "ba")
    #expect(!FileManager.default.fileExists(atPath: output + "/a/b/index.html"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
  }

  @Test func failedWriteKeepsPreviousOutput() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("public").path
    let writer = SiteWriter(outputDirectory: output)
    try writer.write([.text("index.html", "cũ")])
    let missing = OutputFile(path: "tep/a.jpg", contents: .copy(root.appendingPathComponent("khong-co.jpg").path))
    #expect(throws: (any Error).self) { try writer.write([.text("index.html", "mới"), missing]) }
    #expect(try String(contentsOfFile: output + "/index.html", encoding: .utf8) == "cũ")
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
  }

  @Test func unchangedFilesAreNotRewritten() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("public").path
    let writer = SiteWriter(outputDirectory: output)
    try writer.write([.text("a/index.html", "giữ nguyên"), .text("b/index.html", "cũ"), .text("c.txt", "bỏ")])
    let kept = output + "/a/index.html"
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: kept)
    let summary = try writer.write([.text("a/index.html", "giữ nguyên"), .text("b/index.html", "mới"), .text("d/index.html", "thêm")])
    #expect(summary == SiteWriter.Summary(written: 2, unchanged: 1, removed: 1))
    let date = try FileManager.default.attributesOfItem(atPath: kept)[.modificationDate] as? Date
    #expect(date == Date(timeIntervalSince1970: 1_000_000))
    #expect(try String(contentsOfFile: output + "/b/index.html", encoding: .utf8) == "mới")
    #expect(!FileManager.default.fileExists(atPath: output + "/c.txt"))
    #expect(FileTree.regularFiles(under: output).allSatisfy { !$0.hasSuffix(SiteWriter.temporarySuffix) })
  }

  @Test func writeTextMakesMissingFolders() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let path = root.path + "/tin-bai/hoi-nghi/index.html"
    #expect(try SiteWriter.writeText("Hội nghị", to: path) == "Hội nghị".utf8.count)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "Hội nghị")
    #expect(throws: (any Error).self) { try SiteWriter.writeText("x", to: path + "/khong-the") }
  }

  @Test func stagingWithPagesAlreadyWrittenBecomesTheOutput() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("public").path
    let writer = SiteWriter(outputDirectory: output)
    #expect(writer.isFirstBuild)
    let staging = try writer.makeStaging()
    _ = try SiteWriter.writeText("trang", to: staging.path + "/tin-bai/a/index.html")
    let summary = try writer.write([OutputFile(path: "tin-bai/a/index.html", contents: .keep), .text("rss.xml", "tin")], staging: staging)
    #expect(summary == SiteWriter.Summary(written: 2, unchanged: 0, removed: 0))
    #expect(try String(contentsOfFile: output + "/tin-bai/a/index.html", encoding: .utf8) == "trang")
    #expect(try String(contentsOfFile: output + "/rss.xml", encoding: .utf8) == "tin")
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
    #expect(!writer.isFirstBuild)
  }

  @Test func failedFirstBuildRemovesItsStaging() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("public").path
    let writer = SiteWriter(outputDirectory: output)
    let staging = try writer.makeStaging()
    _ = try SiteWriter.writeText("trang", to: staging.path + "/index.html")
    let missing = OutputFile(path: "tep/a.jpg", contents: .copy(root.appendingPathComponent("khong-co.jpg").path))
    #expect(throws: (any Error).self) { try writer.write([OutputFile(path: "index.html", contents: .keep), missing], staging: staging) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == [])
  }

  @Test func aFailedFirstBuildRemovesTheFoldersMadeForItOnly() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let writer = SiteWriter(outputDirectory: root.path + "/ket-qua/nam-2026/public")
    let staging = try writer.makeStaging()
    #expect(FileManager.default.fileExists(atPath: staging.path))
    writer.discard(staging)
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == [], "ket-qua/nam-2026 was made for the build")
    // A folder that was there before stays, even empty.
    try FileManager.default.createDirectory(atPath: root.path + "/co-san", withIntermediateDirectories: false)
    let inExisting = SiteWriter(outputDirectory: root.path + "/co-san/public")
    inExisting.discard(try inExisting.makeStaging())
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["co-san"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path + "/co-san") == [])
  }

  @Test func stagingLeftByABuildThatWasStoppedIsRemoved() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    // A process id that no running process has (the largest Linux allows, plus one) and this
    // process's own, which a running build would have.
    let abandoned = root.path + "/.public.tmp-4194305"
    let other = root.path + "/.khac.tmp-4194305"
    for folder in [abandoned, other] { _ = try SiteWriter.writeText("dở dang", to: folder + "/index.html") }
    let writer = SiteWriter(outputDirectory: root.path + "/public")
    let staging = try writer.makeStaging()
    #expect(!FileManager.default.fileExists(atPath: abandoned))
    #expect(FileManager.default.fileExists(atPath: other), "only this output's staging folders")
    try writer.write([.text("index.html", "xong")], staging: staging)
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".khac.tmp-4194305", "public"])
  }
}

@Suite struct PagesWrittenAsMadeTests {
  let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  func builder(output: String) -> SiteBuilder {
    let options = BuildOptions(contentDirectory: repository.path + "/content", now: Date(timeIntervalSince1970: 1_795_000_000))
    return SiteBuilder(options: options, themeDirectory: repository.path + "/theme", outputDirectory: output)
  }

  @Test func pagesWrittenIntoAFolderAreThePagesMadeInMemory() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-pages-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let site = builder(output: folder.path + "/public")
    let inMemory = try site.files(cache: nil).get()
    let written = try site.files(cache: nil, pageFolder: folder.path).get()
    #expect(written.files.map(\.path) == inMemory.files.map(\.path))
    var pages = 0
    for (memory, disk) in zip(inMemory.files, written.files) where memory.path.hasSuffix(".html") {
      guard case .data(let html) = memory.contents else { continue }
      #expect(disk.contents == .keep, "\(disk.path) is already in the folder")
      #expect(FileManager.default.contents(atPath: folder.path + "/" + disk.path) == html, "\(disk.path)")
      #expect(written.fingerprints[disk.path] == inMemory.fingerprints[memory.path])
      pages += 1
    }
    #expect(pages > 50)
  }

  @Test func pagesThatCannotBeWrittenFailTheBuildWithOneError() throws {
    let site = builder(output: "/proc/cchc-khong-co")
    guard case .failure(let failure) = site.files(cache: nil, pageFolder: "/proc/cchc-khong-ghi-duoc") else {
      Issue.record("a build whose pages cannot be written must fail")
      return
    }
    let errors = failure.diagnostics.errors
    #expect(errors.count == 1)
    #expect(errors.first?.code == "write-failed")
    #expect(errors.first?.message.contains("không ghi được thư mục kết quả: /proc/cchc-khong-ghi-duoc/") == true)
    #expect(errors.first?.message.contains("trang khác)") == true)
  }
}
