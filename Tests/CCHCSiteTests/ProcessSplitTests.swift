import Foundation
import Testing

@testable import CCHCSite

@Suite(.serialized) struct ProcessSplitTests {
  func page(_ index: Int) -> Data { Data("trang \(index) – ổn định\n".utf8) }

  @Test func bothProcessesRenderAndEveryPageComesBackInOrder() {
    let parent = getpid()
    var firstRan = false
    let pages = ProcessSplit.map(count: 500, parentFirst: { firstRan = true }, parentOnly: { $0 % 100 == 7 }) { index in
      usleep(200)
      return page(index) + Data(" \(getpid())".utf8)
    }
    #expect(firstRan)
    #expect(pages.count == 500)
    var fromChild = 0
    for (index, data) in pages.enumerated() {
      let text = String(decoding: data, as: UTF8.self)
      #expect(text.hasPrefix("trang \(index) – ổn định\n"))
      if !text.hasSuffix(" \(parent)") { fromChild += 1 }
      if index % 100 == 7 { #expect(text.hasSuffix(" \(parent)"), "pages only the parent may make") }
    }
    #expect(fromChild > 50, "the child made a share of the pages (\(fromChild))")
  }

  @Test func aChildThatFailsIsReplacedByTheParent() {
    let parent = getpid()
    let pages = ProcessSplit.map(count: 100) { index in
      if getpid() != parent { _exit(3) }
      return page(index)
    }
    #expect(pages == (0..<100).map(page))
  }

  @Test func aChildThatHangsIsStoppedAndReplaced() {
    let parent = getpid()
    let started = Date()
    let pages = ProcessSplit.map(count: 100, minimumPatience: 0.5) { index in
      if getpid() != parent { sleep(60) }
      return page(index)
    }
    #expect(pages == (0..<100).map(page))
    #expect(Date().timeIntervalSince(started) < 30)
  }
}
