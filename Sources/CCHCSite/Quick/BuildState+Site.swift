import CCHCCore
import Foundation

extension BuildState {
  /// The state of a full build that was just written.
  init(
    settings: String, sources: [String: FileSignature], site: Site, emitted: SiteEmitter.Record, files: [OutputFile],
    pages: [String: PageCache.Entry], warnings: [ContentError]
  ) {
    var outputs: [String: Int] = [:]
    for file in files {
      switch file.contents {
      case .data(let data): outputs[file.path] = data.count
      case .keep: outputs[file.path] = pages[file.path]?.size ?? -1
      case .copy(let source): outputs[file.path] = FileTree.size(of: source) ?? -1
      }
    }
    let articles = ParallelMap.map(Array(site.articles.indices)) { index -> ArticleRecord in
      let article = site.articles[index]
      return ArticleRecord(
        relativePath: article.document.source.relativePath, path: article.path,
        placement: ArticleOutline.placement(article),
        card: ArticleOutline.card(article, summary: ContextBuilder.summary(of: article)),
        keys: index < emitted.articleKeys.count ? emitted.articleKeys[index] : [])
    }
    self.init(
      generator: PageCache.generator, settings: settings, timeBoundary: site.timeBoundary?.timeIntervalSince1970,
      sources: sources, routes: site.routes.byFile, staticFiles: site.staticFiles, articles: articles,
      pageReads: emitted.pageReads, siteWideReads: emitted.siteWideReads, siteWide: emitted.siteWide,
      homeExtras: emitted.homeExtras, deskExtras: emitted.deskExtras, feeds: emitted.feeds, search: emitted.search, outputs: outputs,
      pages: pages, warnings: warnings)
  }
}
