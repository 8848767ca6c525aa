import CCHCCore
import Foundation

/// Reads, decodes and renders single documents the way the content pipeline does, for the
/// quick rebuild (which reads only the few documents its pages need).
struct DocumentReader: Sendable {
  let loader: ContentLoader
  let setup: DecodeSetup
  let routes: Routes

  /// An article and its problems (decoding, links, pictures).
  func article(_ relativePath: String) -> (RenderedArticle?, Diagnostics) {
    document(relativePath, setup.decoder.article, path: { Routes.article($0.slug) }, body: { $0.body })
  }

  /// A hotline page.
  func hotline(_ relativePath: String) -> (Rendered<HotlinePage>?, Diagnostics) {
    document(relativePath, setup.decoder.hotlinePage, path: { Routes.hotline($0.slug) }, body: { $0.body })
  }

  /// An other page.
  func page(_ relativePath: String) -> (Rendered<Page>?, Diagnostics) {
    document(relativePath, setup.decoder.page, path: { Routes.page($0.slug) }, body: { $0.body })
  }

  /// Every dialogue in the routes of the last build, with its answers rendered, newest first;
  /// nil when one cannot be read without errors.
  func dialogues(in routes: [String: String]) -> ([RenderedDialogue], [String: [QuestionRef]])? {
    let read = all(ContentKind.dialogue, in: routes) {
      document($0, setup.decoder.dialogue, path: { Routes.dialogue($0.slug) }, body: { $0.body })
    }
    guard let read else { return nil }
    return SiteAssembler.dialogues(
      read.map { dialogue in
        let file = dialogue.document.source.relativePath
        return RenderedDialogue(
          rendered: dialogue,
          answers: dialogue.document.questions.map {
            ContentPipeline.renderBody($0.answer, file: file, routes: self.routes, resolver: setup.resolver)
          })
      })
  }

  /// Every document of a kind in the routes of the last build, in file order; nil when one
  /// cannot be read without errors.
  func all<D>(
    _ kind: ContentKind, in routes: [String: String],
    _ read: (String) -> (Rendered<D>?, Diagnostics)
  ) -> [Rendered<D>]? {
    var documents: [Rendered<D>] = []
    for path in routes.keys.filter({ $0.hasPrefix(kind.rawValue + "/") }).sorted() {
      let (document, problems) = read(path)
      guard let document, !problems.hasErrors else { return nil }
      documents.append(document)
    }
    return documents
  }

  func document<D: HasSource>(
    _ relativePath: String, _ decode: (SourceFile, inout Diagnostics) -> D?,
    path: (D) -> String, body: (D) -> String
  ) -> (Rendered<D>?, Diagnostics) {
    var problems = Diagnostics()
    guard let text = loader.readText(relativePath, diagnostics: &problems),
      let file = FrontMatterSplitter.split(
        text, relativePath: relativePath, displayPath: loader.path(relativePath),
        diagnostics: &problems),
      let document = decode(file, &problems)
    else { return (nil, problems) }
    let rendered = Rendered(
      document: document, path: path(document),
      body: ContentPipeline.renderBody(body(document), file: relativePath, routes: routes, resolver: setup.resolver))
    ContentPipeline.reportBrokenLinks([rendered], routes: routes, resolver: setup.resolver, diagnostics: &problems)
    return (rendered, problems)
  }
}
