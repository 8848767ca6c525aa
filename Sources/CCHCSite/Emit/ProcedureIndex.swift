import CCHCCore
import Foundation

/// The procedure half of the search index, in parts that the client fetches as a query needs
/// them (see `docs/search-index.md`):
/// - the table (`thu-tuc.<hash>.json`): fields, levels and each procedure's code, name, field,
///   levels, online level and status; what the filters and a query with words need;
/// - the codes (`ma-thu-tuc.<hash>.json`): fields, levels, every code, and the table again in
///   parts of 100 procedures (`thu-tuc/<n>.<hash>.json`): a query made of codes fetches the
///   codes and only the parts of the procedures whose codes match;
/// - the words (`thu-tuc-khoa.<hash>.json`): the search keys, the spellings (marks and all) of
///   keyword and result words, each procedure's name keys and keyword and result spellings, field
///   names and hotline and other pages as keys;
/// - the vocabulary (`tu-dien/<start>.<hash>.json`): everyday phrases and function words, by the
///   first two letters of their first key, so that a query fetches only its words' parts;
/// - the text (`thu-tuc-noi-dung.<hash>.json`, `ProcedureTextShard`): details and body text,
///   fetched only when the others find too little.
struct ProcedureIndex {
  /// The files.
  let files: [OutputFile]
  /// What the main file says of them: `{"table", "codes", "words", "text"}` paths, `"vocabulary"`: the path
  /// of each part by its start, and
  /// `"hotlines"`: `[title, path]` of each hotline page (shown when nothing is found).
  let entry: Entry

  /// What the main file says of the procedure index.
  struct Entry {
    var table: String
    var codes: String
    var words: String
    var text: String
    var vocabulary: [String: String]
    var hotlines: [[String]]
  }

  /// A procedure as the table lists it, written as a list: code, name, field, levels, online
  /// level, status.
  struct Row: EncodedAsList {
    var code: String
    var name: String
    var field: Int
    var levels: [Int]
    var online: Int
    var status: Int

    var items: [any Encodable] { [code, name, field, levels, online, status] }
  }

  /// The table, and each part of it (`fields` and `levels` left out). `withdrawn` tells, for
  /// each abolished or replaced procedure among `procs`, `[code, decision, replacement code,
  /// replacement name]` (empty strings when unknown), so that a search that finds one by its
  /// name or code can say so instead of hiding it.
  struct Table: Encodable {
    var fields: [[String]]?
    var levels: [String]?
    var procs: [Row]
    var withdrawn: [[String]]
  }

  /// The `withdrawn` rows of a table's procedures.
  static func withdrawn(_ procedures: ArraySlice<RenderedProcedure>, in site: Site) -> [[String]] {
    procedures.map(\.document).filter(\.status.isWithdrawn).map { p in
      let replacement = p.replacedBy.flatMap { code in site.procedures.first { $0.document.code == code } }
      return [
        p.code, (p.withdrawal ?? p.announcement)?.number ?? "", p.replacedBy ?? "", replacement?.document.name ?? "",
      ]
    }
  }

  /// Every code, and the parts of the table.
  struct Codes: Encodable {
    var fields: [[String]]
    var levels: [String]
    var codes: [String]
    var chunk: Int
    var chunks: [String]
  }

  /// The words: keys, spellings, and per field, procedure and page the keys (or spellings).
  struct Words: Encodable {
    var keys: [String]
    var spelled: [String]
    var fields: [[Int]]
    var procs: [[[Int]]]
    var pages: [PageRow]
  }

  init(site: Site) {
    var keys = Vocabulary()
    let fieldIndex = Dictionary(uniqueKeysWithValues: site.fields.enumerated().map { ($1.slug, $0) })
    var levels: [String] = []
    var rows: [Row] = []
    var words: [[[Int]]] = []
    var spelled = Vocabulary(keyOf: SearchText.toneNormalized)
    for rendered in site.procedures {
      let p = rendered.document
      let levelIds = p.levels.map { level -> Int in
        if let index = levels.firstIndex(of: level) { return index }
        levels.append(level)
        return levels.count - 1
      }
      let fieldSlug = VietnameseText.slug(p.field.split(whereSeparator: \.isWhitespace).joined(separator: " "))
      rows.append(
        Row(
          code: p.code, name: p.name, field: fieldIndex[fieldSlug] ?? 0, levels: levelIds,
          online: OnlineLevel.allCases.firstIndex { $0 == p.onlineLevel } ?? -1,
          status: ProcedureStatus.allCases.firstIndex(of: p.status) ?? 0))
      let (keywords, results) = (p.keywords.flatMap(SearchText.tokens), p.results.flatMap(SearchText.tokens))
      _ = keys.ids(keywords + results)
      words.append([keys.ids(SearchText.tokens(p.name)), spelled.ids(keywords), spelled.uniqueIds(results)])
    }
    let fieldKeys = site.fields.map { keys.ids(SearchText.tokens($0.name)) }
    let pages = Self.pages(site, keys: &keys)
    let (sorted, remap) = keys.sorted()
    let (spellings, respell) = spelled.sorted()
    let text = ProcedureTextShard(procedures: site.procedures)
    let searchVocabulary = site.searchVocabulary
    let functionWords = QueryVocabulary.functionWords(
      searchVocabulary, among: site.procedures.flatMap { [$0.document.name] + $0.document.keywords + $0.document.results })
    let fields = site.fields.map { [$0.name, $0.slug] }
    let table = Self.file(
      "thu-tuc", Table(fields: fields, levels: levels, procs: rows, withdrawn: Self.withdrawn(site.procedures[...], in: site)))
    let wordsFile = Self.file(
      "thu-tuc-khoa",
      Words(
        keys: sorted, spelled: spellings, fields: fieldKeys.map(remap),
        procs: words.map { [remap($0[0]), respell($0[1]), respell($0[2]).sorted()] },
        pages: pages.map {
          PageRow(kind: $0.kind, title: $0.title, path: $0.path, titleKeys: remap($0.titleKeys), textKeys: remap($0.textKeys).sorted())
        }))
    let synonyms = QueryVocabulary.synonyms(searchVocabulary, known: Set(sorted).union(text.keys))
    let vocabulary = QueryVocabulary.shards(synonyms: synonyms, functionWords: functionWords).map { letter, shard in
      (letter, Self.file("tu-dien/\(letter)", shard))
    }
    let chunks = stride(from: 0, to: rows.count, by: Self.chunkSize).enumerated().map { number, start in
      let range = start..<min(start + Self.chunkSize, rows.count)
      return Self.file(
        "thu-tuc/\(number)", Table(procs: Array(rows[range]), withdrawn: Self.withdrawn(site.procedures[range], in: site)))
    }
    let codes = Self.file(
      "ma-thu-tuc",
      Codes(fields: fields, levels: levels, codes: rows.map(\.code), chunk: Self.chunkSize, chunks: chunks.map(\.path)))
    files = [table, codes, wordsFile, text.file] + chunks + vocabulary.map(\.1)
    entry = Entry(
      table: table.path, codes: codes.path, words: wordsFile.path, text: text.file.path,
      vocabulary: Dictionary(uniqueKeysWithValues: vocabulary.map { ($0.0, $0.1.path) }),
      hotlines: site.hotlines.map { [$0.document.title, $0.path] })
  }

  /// Procedures per part of the table that a query of codes fetches.
  static let chunkSize = 100

  /// A hotline page, other page or question of a dialogue as the search page lists it,
  /// written as a list: kind, title, path, title keys, text keys.
  struct PageRow: EncodedAsList {
    var kind: String
    var title: String
    var path: String
    var titleKeys: [Int]
    var textKeys: [Int]

    var items: [any Encodable] { [kind, title, path, titleKeys, textKeys] }
  }

  /// Hotline pages, other pages and the questions of dialogues (each at its anchor, titled by
  /// the question cut to 160 characters, its text the whole question and the answer) with
  /// the keys of their titles and text.
  static func pages(_ site: Site, keys: inout Vocabulary) -> [PageRow] {
    let hotlines = site.hotlines.map { hotline in
      let h = hotline.document
      let text = h.contacts.flatMap { [$0.unit, $0.person, $0.position, $0.topics].compactMap { $0 } } + [h.description ?? ""]
      return PageRow(
        kind: "duong-day-nong", title: h.title, path: hotline.path, titleKeys: keys.ids(SearchText.tokens(h.title)),
        textKeys: keys.uniqueIds(text.flatMap(SearchText.tokens)))
    }
    let others = site.pages.map { page in
      PageRow(
        kind: "trang", title: page.document.title, path: page.path, titleKeys: keys.ids(SearchText.tokens(page.document.title)),
        textKeys: keys.uniqueIds(SearchText.tokens(page.body.text)))
    }
    let questions = site.dialogues.flatMap { dialogue in
      zip(dialogue.document.questions, dialogue.answers).enumerated().map { index, pair in
        let title = Text.excerpt(pair.0.question, limit: 160)
        return PageRow(
          kind: "hoi-dap", title: title, path: dialogue.path + "#" + Routes.question(index + 1),
          titleKeys: keys.ids(SearchText.tokens(title)),
          textKeys: keys.uniqueIds(SearchText.tokens(pair.0.question) + SearchText.tokens(pair.1.text)))
      }
    }
    return hotlines + others + questions
  }

  /// A part of the index named by its stem and a hash of its bytes.
  static func file<Value: Encodable>(_ stem: String, _ value: Value) -> OutputFile {
    let data = JSONWriter.data(encoding: value)
    return OutputFile(path: OutputPaths.searchFile(stem, hash: ContentHash.hex(data).prefix(8)), contents: .data(data))
  }
}
