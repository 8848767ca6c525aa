import CCHCCore

/// The search vocabulary as the client reads it (`syn`, `stop` and `stopMarked` of the main
/// index file). Phrases are written as their tokens (lower case, with the marks as written)
/// joined by spaces, so that a query typed with marks can be told from a word with other marks;
/// official terms are written as their search keys joined by spaces.
enum QueryVocabulary {
  /// `[[phrases], [terms]]` per entry, in file order, keeping only the terms whose every key
  /// occurs in the index (`known`); entries left with no term are dropped.
  static func synonyms(_ vocabulary: SearchVocabulary, known: Set<String>) -> [[[String]]] {
    vocabulary.entries.compactMap { entry in
      let terms = unique(entry.terms.map(keys)).filter { term in
        term.split(separator: " ").allSatisfy { known.contains(String($0)) }
      }
      return terms.isEmpty ? nil : [unique(entry.phrases.map(tokens)), terms]
    }
  }

  /// The function words and phrases, each once: `always` are dropped from a query however they
  /// are typed; `marked` only when typed with their own marks, because without marks they are
  /// also words of `texts` (the procedures' names, keywords and results: "cần" and "cận nghèo").
  static func functionWords(_ vocabulary: SearchVocabulary, among texts: [String]) -> (always: [String], marked: [String]) {
    let phrases = unique(vocabulary.ignored.map(tokens))
    // Only single words can be ambiguous: the spellings of the texts' tokens with their keys.
    let singleKeys = Set(phrases.filter { !$0.contains(" ") }.map(SearchText.key))
    var spellings: [String: Set<String>] = [:]
    for text in texts {
      for token in SearchText.tokens(text) {
        let key = SearchText.key(token)
        if singleKeys.contains(key) { spellings[key, default: []].insert(SearchText.toneNormalized(token)) }
      }
    }
    var always: [String] = []
    var marked: [String] = []
    for phrase in phrases {
      let words = phrase.split(separator: " ").map(String.init)
      let ambiguous =
        words.count == 1
        && spellings[SearchText.key(words[0]), default: []].contains { $0 != SearchText.toneNormalized(words[0]) }
      if ambiguous { marked.append(phrase) } else { always.append(phrase) }
    }
    return (always, marked)
  }

  /// The vocabulary split by the start of each phrase's first key (`letter(of:)`), as `{"syn",
  /// "stop", "stopMarked"}` per part, parts in order. An entry whose phrases start differently
  /// is in each of their parts, with those phrases.
  static func shards(synonyms: [[[String]]], functionWords: (always: [String], marked: [String])) -> [(String, Part)] {
    var parts: [String: (syn: [[[String]]], stop: [String], marked: [String])] = [:]
    for entry in synonyms {
      for (letter, phrases) in grouped(entry[0]) { parts[letter, default: ([], [], [])].syn.append([phrases, entry[1]]) }
    }
    for (letter, phrases) in grouped(functionWords.always) { parts[letter, default: ([], [], [])].stop += phrases }
    for (letter, phrases) in grouped(functionWords.marked) { parts[letter, default: ([], [], [])].marked += phrases }
    return parts.keys.sorted().map { letter in
      let part = parts[letter]!
      return (letter, Part(syn: part.syn, stop: part.stop, stopMarked: part.marked))
    }
  }

  /// One part of the vocabulary: entries, function words, function words needing their marks.
  struct Part: Encodable, Equatable {
    var syn: [[[String]]]
    var stop: [String]
    var stopMarked: [String]
  }

  /// The part of a phrase: the first two letters of its first key (the key when shorter), `_`
  /// when they are not a-z or 0-9.
  static func letter(of phrase: String) -> String {
    let head = keys(phrase).unicodeScalars.prefix { $0 != " " }.prefix(2)
    guard !head.isEmpty, head.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }) else { return "_" }
    return String(String.UnicodeScalarView(head))
  }

  /// Phrases grouped by letter, in their order within each letter.
  static func grouped(_ phrases: [String]) -> [(String, [String])] {
    var groups: [String: [String]] = [:]
    for phrase in phrases { groups[letter(of: phrase), default: []].append(phrase) }
    return groups.keys.sorted().map { ($0, groups[$0]!) }
  }

  /// A phrase as its search keys joined by spaces.
  static func keys(_ phrase: String) -> String {
    SearchText.tokens(phrase).map(SearchText.key).joined(separator: " ")
  }

  /// A phrase as its tokens (lower case, marks kept) joined by spaces.
  static func tokens(_ phrase: String) -> String {
    SearchText.tokens(phrase).joined(separator: " ")
  }

  /// The items in their first order, each once.
  static func unique(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    return items.filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}
