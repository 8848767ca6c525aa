import Foundation
import Testing
import CCHCCore
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
    _ = try SiteWriter.writeText("trang", to: staging + "/tin-bai/a/index.html")
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
    _ = try SiteWriter.writeText("trang", to: staging + "/index.html")
    let missing = OutputFile(path: "tep/a.jpg", contents: .copy(root.appendingPathComponent("khong-co.jpg").path))
    #expect(throws: (any Error).self) { try writer.write([OutputFile(path: "index.html", contents: .keep), missing], staging: staging) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == [])
  }
}
