import CCHCCore
import Foundation
import Testing

@testable import CCHCSite

/// What a quick rebuild makes again comes from what each page read at the last build.
@Suite struct QuickRebuildTests {
  /// A state of four articles (0 the newest) and the pages that read them.
  func quick(pages: [BuildState.PageRecord]) -> QuickRebuild {
    let articles = (0..<4).map {
      BuildState.ArticleRecord(relativePath: "tin-bai/\($0).md", path: "tin-bai/\($0)/", placement: 1, card: 2, keys: [])
    }
    let state = BuildState(
      generator: PageCache.generator, settings: "", timeBoundary: nil, sources: [:], routes: [:], staticFiles: [],
      articles: articles, pageReads: pages, siteWideReads: [0], siteWide: 0, homeExtras: [],
      feeds: [.init(path: "rss.xml", articles: [0, 1])], search: .init(), outputs: [:], pages: [:], warnings: [])
    return QuickRebuild(
      options: BuildOptions(contentDirectory: "content"), themeDirectory: "theme", outputDirectory: "public", settings: "",
      state: state, snapshot: SourceSnapshot(signatures: [:], start: 0))
  }

  let pages: [BuildState.PageRecord] = [
    .init(file: "index.html", recipe: .home, whole: [], cards: [0, 1]),
    .init(file: "tin-bai/0/index.html", recipe: .article, whole: [0], cards: [1]),
    .init(file: "tin-bai/1/index.html", recipe: .article, whole: [1], cards: [2, 0]),
    .init(file: "tin-bai/2/index.html", recipe: .article, whole: [2], cards: [3, 1]),
    .init(file: "tin-bai/3/index.html", recipe: .article, whole: [3], cards: [2]),
  ]

  @Test func anEditOfTextRemakesOnlyThePageThatShowsTheArticleWhole() throws {
    let plan = try #require(quick(pages: pages).articlesNeeded([2], recarded: []))
    #expect(plan.pages.map(\.file) == ["tin-bai/2/index.html"])
    #expect(plan.needed == [0, 1, 2, 3], "its neighbours and the footer's newest article")
    #expect(plan.feedPaths.isEmpty)
  }

  @Test func aNewCardRemakesEveryPageThatReadTheCard() throws {
    let plan = try #require(quick(pages: pages).articlesNeeded([1], recarded: [1]))
    #expect(plan.pages.map(\.file) == ["index.html", "tin-bai/0/index.html", "tin-bai/1/index.html", "tin-bai/2/index.html"])
    #expect(plan.feedPaths == ["rss.xml"])
    #expect(plan.chunks == [0])
  }

  @Test func aPageThatReadTheArticleButCannotBeRemadeMeansAFullBuild() {
    let other = BuildState.PageRecord(file: "hoi-dap/index.html", recipe: .none, whole: [], cards: [3])
    #expect(quick(pages: pages + [other]).articlesNeeded([3], recarded: [3]) == nil)
    #expect(quick(pages: pages + [other]).articlesNeeded([3], recarded: []) != nil, "it read the card, which did not change")
  }
}
