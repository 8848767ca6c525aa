import Foundation
import Testing

@testable import CCHCCore

@Suite struct FileTreeTests {
  @Test func ignoredNamesAreToldByTheirBytesAsBefore() {
    let ignored = [
      ".git", ".env", "~$to-khai.docx", "bai.md~", "#bai.md#", "#", "Thumbs.db", "DESKTOP.INI", "ehthumbs.db",
      "a.SWP", ".bai.md.swp", "x.swp.", "tai-ve.crdownload", "ăn.tmp", "mau.Bak", "don.orig", "video.part",
    ]
    let kept = ["a.md", "anh.jpg", "bak", "a.bak.md", "thumbs.dbx", "to-khai~1.docx", "tep.", "temp", "ban-ghi.temp.md"]
    for name in ignored { #expect(ContentTree.isIgnored(name), "\(name)") }
    for name in kept { #expect(!ContentTree.isIgnored(name), "\(name)") }
  }

  @Test func filesWithTheirInfoAreTheRegularFilesWithTheirStat() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-tree-\(UUID().uuidString)").path
    let fm = FileManager.default
    defer { try? fm.removeItem(atPath: root) }
    try fm.createDirectory(atPath: root + "/tin-bai/2026", withIntermediateDirectories: true)
    try fm.createDirectory(atPath: root + "/tep", withIntermediateDirectories: true)
    for (path, text) in [("site.yml", "a"), ("tin-bai/2026/bài-một.md", "hai"), ("tin-bai/.an.md", "ba"), ("tep/mau.pdf", "bốn")] {
      try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path))
    }
    try fm.createSymbolicLink(atPath: root + "/tep/lien-ket.pdf", withDestinationPath: root + "/tep/mau.pdf")
    try fm.createSymbolicLink(atPath: root + "/tep/thu-muc", withDestinationPath: root + "/tin-bai")
    try fm.createSymbolicLink(atPath: root + "/tep/hong.pdf", withDestinationPath: root + "/khong-co")

    let listed = FileTree.regularFilesWithInfo(under: root)
    #expect(listed.map(\.path).sorted() == FileTree.regularFiles(under: root).sorted())
    #expect(
      Set(listed.map(\.path)) == [
        "site.yml", "tin-bai/2026/bài-một.md", "tin-bai/.an.md", "tep/mau.pdf", "tep/lien-ket.pdf", "tep/thu-muc",
      ],
      "a link to a folder is listed, not walked")
    for (path, info) in listed {
      var expected = stat()
      #expect(stat(root + "/" + path, &expected) == 0)
      #expect(info.st_size == expected.st_size && info.st_ino == expected.st_ino, "\(path)")
      #expect(info.st_mtim.tv_nsec == expected.st_mtim.tv_nsec && info.st_ctim.tv_sec == expected.st_ctim.tv_sec, "\(path)")
    }
  }

  @Test func hiddenFilesAreNotSources() {
    #expect(ContentLoader.isSource("tin-bai/2026/bai.md"))
    #expect(!ContentLoader.isSource("tin-bai/2026/.bai.md"))
    #expect(!ContentLoader.isSource(".an.md"))
    #expect(!ContentLoader.isSource("tep/.DS_Store"))
    #expect(ContentLoader.isSource("tep/.thu-muc/mau.pdf"), "only the file's own name counts")
    #expect(ContentLoader.isSource("site.yml"))
    #expect(!ContentLoader.isSource("tin-bai/ghi-chu.txt"))
    for name in ["~$to-khai.docx", "Thumbs.db", "desktop.ini", "bai.md~", "#bai.md#", "to-khai.docx.tmp", "a.bak"] {
      #expect(!ContentLoader.isSource("tep/" + name), "\(name)")
    }
  }

  @Test func contentTreeReadsLinksInsideOnlyAndSetsHiddenFilesAside() throws {
    let fm = FileManager.default
    let base = fm.temporaryDirectory.appendingPathComponent("cchc-content-\(UUID().uuidString)").path
    defer { try? fm.removeItem(atPath: base) }
    let root = base + "/content"
    try fm.createDirectory(atPath: root + "/tep/anh", withIntermediateDirectories: true)
    try fm.createDirectory(atPath: root + "/tep/.git", withIntermediateDirectories: true)
    try fm.createDirectory(atPath: base + "/ngoai", withIntermediateDirectories: true)
    for path in [root + "/tep/anh/a.png", root + "/tep/.git/config", root + "/tep/~$b.docx", base + "/ngoai/mat-khau.txt"] {
      try Data("x".utf8).write(to: URL(fileURLWithPath: path))
    }
    try fm.createSymbolicLink(atPath: root + "/tep/ban-sao.png", withDestinationPath: "anh/a.png")
    try fm.createSymbolicLink(atPath: root + "/tep/hinh", withDestinationPath: "anh")
    try fm.createSymbolicLink(atPath: root + "/tep/anh/vong", withDestinationPath: "..")
    try fm.createSymbolicLink(atPath: root + "/tep/mat-khau.txt", withDestinationPath: base + "/ngoai/mat-khau.txt")
    try fm.createSymbolicLink(atPath: root + "/tep/ngoai", withDestinationPath: base + "/ngoai")

    let tree = ContentTree.walk(root: root, folder: "tep")
    #expect(tree.files.contains("tep/anh/a.png") && tree.files.contains("tep/ban-sao.png") && tree.files.contains("tep/hinh/a.png"))
    #expect(!tree.files.contains { $0.contains("mat-khau") || $0.contains(".git") || $0.contains("~$") }, "\(tree.files)")
    #expect(tree.files.count < 20, "a link back up is not walked forever: \(tree.files)")
    #expect(tree.outsideLinks.map(\.path) == ["tep/mat-khau.txt", "tep/ngoai"])
    #expect(tree.ignored == ["tep/.git/", "tep/~$b.docx"])
  }
}
