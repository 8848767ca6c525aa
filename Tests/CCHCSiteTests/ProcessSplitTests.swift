import Foundation
import Testing
@testable import CCHCSite

@Suite(.serialized) struct ProcessSplitTests {
  func page(_ index: Int) -> Data { Data("trang \(index) – ổn định\n".utf8) }

  @Test func bothProcessesRenderAndEveryPageComesBackInOrder() {
    let parent = getpid()
    let pages = ProcessSplit.map(count: 500) { index in page(index) + Data(" \(getpid())".utf8) }
    #expect(pages.count == 500)
    for (index, data) in pages.enumerated() {
      let text = String(decoding: data, as: UTF8.self)
      #expect(text.hasPrefix("trang \(index) – ổn định\n"))
      // Even pages come from this process, odd ones from the child.
      #expect(text.hasSuffix(" \(parent)") == (index % 2 == 0), "\(index): \(text)")
    }
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
