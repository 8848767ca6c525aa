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

  @Test func failedFirstBuildRemovesItsStaging() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("public").path
    let writer = SiteWriter(outputDirectory: output)
    let missing = OutputFile(path: "tep/a.jpg", contents: .copy(root.appendingPathComponent("khong-co.jpg").path))
    #expect(throws: (any Error).self) { try writer.write([.text("index.html", "trang"), missing]) }
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
    for folder in [abandoned, other] {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try Data("dở dang".utf8).write(to: URL(fileURLWithPath: folder + "/index.html"))
    }
    let writer = SiteWriter(outputDirectory: root.path + "/public")
    try writer.write([.text("index.html", "xong")])
    #expect(!FileManager.default.fileExists(atPath: abandoned))
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".khac.tmp-4194305", "public"])
  }
}
