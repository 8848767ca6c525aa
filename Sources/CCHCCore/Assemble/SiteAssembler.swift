import Foundation

/// The Assemble stage: sorts, groups and cross-links rendered documents into a `Site`.
public enum SiteAssembler {
  /// Builds the site from rendered documents (articles already filtered to the published ones).
  public static func assemble(
    config: SiteConfig, routes: Routes, articles: [RenderedArticle],
    procedures: [RenderedProcedure], hotlines: [Rendered<HotlinePage>],
    pages: [Rendered<Page>], staticFiles: [StaticFile], now: ContentDate,
    includesDrafts: Bool
  ) -> Site {
    let sortedArticles = articles.sorted { a, b in
      if a.document.date != b.document.date { return a.document.date > b.document.date }
      return a.path < b.path
    }
    let sortedProcedures = VietnameseCollation.sorted(procedures, by: \.document.name) { $0.document.code < $1.document.code }
    let sortedPages = pages.sorted { a, b in
      let oa = a.document.order ?? Int.max, ob = b.document.order ?? Int.max
      if oa != ob { return oa < ob }
      return VietnameseCollation.precedes(a.document.title, b.document.title)
    }
    let categories = config.categories.map { category in
      ArticleGroup(
        slug: category.slug, name: category.name, description: category.description,
        path: Routes.category(category.slug),
        articles: sortedArticles.filter { $0.document.categories.contains(category.slug) })
    }
    return Site(
      config: config, routes: routes, articles: sortedArticles, procedures: sortedProcedures,
      fields: groupByField(sortedProcedures), hotlines: hotlines, pages: sortedPages,
      categories: categories, tags: groupByTag(sortedArticles), staticFiles: staticFiles,
      now: now, includesDrafts: includesDrafts)
  }

  /// Dialogues newest first (then by path), and the questions that name each procedure.
  public static func dialogues(_ dialogues: [RenderedDialogue]) -> ([RenderedDialogue], [String: [QuestionRef]]) {
    let sorted = dialogues.sorted { a, b in
      if a.document.date != b.document.date { return a.document.date > b.document.date }
      return a.path < b.path
    }
    var byProcedure: [String: [QuestionRef]] = [:]
    for (index, dialogue) in sorted.enumerated() {
      for (number, question) in dialogue.document.questions.enumerated() {
        for code in Set(question.procedures) { byProcedure[code, default: []].append(QuestionRef(dialogue: index, question: number)) }
      }
    }
    return (sorted, byProcedure)
  }

  /// Groups procedures by field, case- and diacritic-insensitively, fields in Vietnamese order.
  static func groupByField(_ procedures: [RenderedProcedure]) -> [FieldGroup] {
    var groups: [String: [RenderedProcedure]] = [:]
    var spellings: [String: [String]] = [:]
    for procedure in procedures {
      let field = procedure.document.field.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      let key = VietnameseText.slug(field)
      groups[key, default: []].append(procedure)
      spellings[key, default: []].append(field)
    }
    let fields = groups.map { key, members in
      let name = displayName(spellings[key] ?? [])
      return FieldGroup(
        name: name, slug: key, path: Routes.field(key),
        active: members.filter { !$0.document.status.isWithdrawn },
        withdrawn: members.filter { $0.document.status.isWithdrawn })
    }
    return VietnameseCollation.sorted(fields, by: \.name) { $0.slug < $1.slug }
  }

  /// The spelling to show: the most frequent one not written in capitals, else a sentence-cased one.
  static func displayName(_ spellings: [String]) -> String {
    let calm = spellings.filter { VietnameseText.sentenceCaseIfShouting($0) == $0 }
    let pool = calm.isEmpty ? spellings.map(VietnameseText.sentenceCaseIfShouting) : calm
    var counts: [String: Int] = [:]
    for spelling in pool { counts[spelling, default: 0] += 1 }
    return counts.sorted { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }.first?.key ?? ""
  }

  /// Groups articles by tag (case- and diacritic-insensitively), tags in Vietnamese order.
  static func groupByTag(_ articles: [RenderedArticle]) -> [ArticleGroup] {
    var groups: [String: (name: String, articles: [RenderedArticle])] = [:]
    let slugs = ParallelMap.map(articles) { $0.document.tags.map(VietnameseText.slug) }
    for (article, articleSlugs) in zip(articles, slugs) {
      var seen: Set<String> = []
      for (tag, slug) in zip(article.document.tags, articleSlugs) {
        guard !slug.isEmpty, seen.insert(slug).inserted else { continue }
        groups[slug, default: (tag, [])].articles.append(article)
      }
    }
    let tags = groups.map { slug, group in
      ArticleGroup(slug: slug, name: group.name, description: nil, path: "tu-khoa/\(slug)/", articles: group.articles)
    }
    return VietnameseCollation.sorted(tags, by: \.name) { $0.slug < $1.slug }
  }
}
