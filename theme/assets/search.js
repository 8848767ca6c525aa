// cchc search: finds procedures, pages and articles in the static index that `cchc build`
// writes (docs/search-index.md), the way Vietnamese citizens type: without diacritics, with
// y/i variants, Telex keystrokes, regional spellings, partial words and procedure codes.
// One file, no dependencies, no inline script: works under `default-src 'self'`.
// The text rules mirror Sources/CCHCCore/Text/SearchText.swift.
(function (root) {
  "use strict";

  // ---------------------------------------------------------------- text
  var MARKS = /[\u0300-\u036f]/g;
  var TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  var WORD = /[\p{L}\p{M}\p{N}]+/gu;

  function fold(text) {
    return text.normalize("NFD").replace(MARKS, "").replace(/[đĐ]/g, "d").toLowerCase();
  }

  function normalizeFinalY(folded) {
    if (folded.length < 2 || folded.charAt(folded.length - 1) !== "y") return folded;
    var stem = folded.slice(0, -1);
    var before = stem.charAt(stem.length - 1);
    if ("aeiouy".indexOf(before) < 0 || /qu$/.test(stem)) return stem + "i";
    return folded;
  }

  function key(token) {
    return normalizeFinalY(fold(token));
  }

  function tokens(text) {
    return text.normalize("NFC").toLowerCase().match(WORD) || [];
  }

  // Tokens with their offsets in the (NFC) text, for highlighting.
  function spans(text) {
    var result = [];
    var source = text.normalize("NFC");
    var lower = source.toLowerCase();
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(lower)) !== null) {
      result.push({ token: match[0], start: match.index, end: match.index + match[0].length });
    }
    return { text: source, spans: result };
  }

  function toneNormalized(token) {
    var decomposed = token.normalize("NFD");
    var toneMatch = decomposed.match(TONES);
    var base = decomposed.replace(TONES, "").normalize("NFC");
    if (base.length >= 2 && base.charAt(base.length - 1) === "y" && key(base) !== fold(base)) {
      base = base.slice(0, -1) + "i";
    }
    return toneMatch ? base + toneMatch[toneMatch.length - 1] : base;
  }

  function hasMarks(token) {
    return fold(token) !== token.toLowerCase();
  }

  var TELEX_TONES = { s: "\u0301", f: "\u0300", r: "\u0309", x: "\u0303", j: "\u0323" };
  var PAIRS = { dd: "đ", aa: "â", ee: "ê", oo: "ô", aw: "ă", ow: "ơ", uw: "ư" };

  function telex(token) {
    if (!/^[a-z0-9]+$/.test(token)) return null;
    var letters = token;
    var tone = null;
    var last = letters.charAt(letters.length - 1);
    if (letters.length > 1 && "sfrxj".indexOf(last) >= 0 && /[aeiouy]/.test(letters.slice(0, -1))) {
      tone = last;
      letters = letters.slice(0, -1);
    }
    var out = "";
    var changed = tone !== null;
    for (var i = 0; i < letters.length; ) {
      var pair = letters.substr(i, 2);
      if (PAIRS[pair]) {
        out += PAIRS[pair];
        i += 2;
        changed = true;
        continue;
      }
      if (letters.charAt(i) === "w") {
        out += "ư";
        changed = true;
      } else {
        out += letters.charAt(i);
      }
      i += 1;
    }
    if (!changed) return null;
    if (tone) {
      var chars = Array.from(out);
      var target = -1;
      for (var k = chars.length - 1; k >= 0; k--) {
        if ("ăâêôơư".indexOf(chars[k]) >= 0) { target = k; break; }
      }
      if (target < 0) {
        for (var m = chars.length - 1; m >= 0; m--) {
          if ("aeiouy".indexOf(chars[m]) >= 0) { target = m; break; }
        }
      }
      if (target >= 0) chars[target] += TELEX_TONES[tone];
      out = chars.join("");
    }
    return out.normalize("NFC");
  }

  function regional(k) {
    if (k.indexOf("tr") === 0) return "ch" + k.slice(2);
    if (k.charAt(0) === "x") return "s" + k.slice(1);
    return k;
  }

  // ---------------------------------------------------------------- query
  var CODE = /\d+(?:\.\d+)+|\d{3,}/g;

  function parseQuery(text) {
    var raw = (text || "").normalize("NFC");
    var codes = (raw.match(CODE) || []).map(function (c) { return c.replace(/\D/g, ""); });
    var rest = raw.replace(CODE, " ");
    var words = tokens(rest).map(function (w) {
      var k = key(w);
      var alts = [];
      var t = telex(w);
      if (t && key(t) !== k) alts.push(key(t));
      if (regional(k) !== k || /^(s|ch)/.test(k)) alts.push(regional(k));
      return { text: w, key: k, exact: hasMarks(w) ? toneNormalized(w) : null, alts: alts, prefix: false };
    });
    if (words.length && !/\s$/.test(raw)) words[words.length - 1].prefix = true;
    return { words: words, codes: codes, empty: words.length === 0 && codes.length === 0 };
  }

  // ---------------------------------------------------------------- index
  function lowerBound(list, value) {
    var lo = 0, hi = list.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (list[mid] < value) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  var STATUS = [
    ["Đang hiệu lực", "hieu-luc"], ["Mới ban hành", "moi-ban-hanh"], ["Sửa đổi, bổ sung", "sua-doi"],
    ["Đã được thay thế", "thay-the"], ["Đã bãi bỏ", "bai-bo"]
  ];
  var ONLINE = [
    ["Trực tuyến toàn trình", "toan-trinh"], ["Trực tuyến một phần", "mot-phan"],
    ["Cung cấp thông tin", "thong-tin"], ["Không trực tuyến", "khong"]
  ];

  // Weights of a procedure's fields in ranking (BM25F): name, tu_khoa, ket_qua, other details
  // (đối tượng, mô tả, cơ quan, thời hạn), lĩnh vực, and the body text (loaded on demand).
  var NAME = 0, KEYWORDS = 1, RESULT = 2, DETAIL = 3, FIELD = 4, TEXT = 5;
  var WEIGHT = [3, 2.5, 2, 1, 1.2, 0.35];
  var LENGTH_EFFECT = [0.6, 0, 0.3, 0.3, 0, 0.3];
  var K1 = 1.2;
  // How much a key counts by how it matched the word: variant, completion, exact.
  var TIER = [0, 0.6, 0.75, 1];
  var EXACT_MARKS = 1.5; // the word typed with marks matches the name with the same marks
  var OTHER_MARKS = 0.25; // the word typed with marks finds other marks in the name, keywords or results
  var STOP_WEIGHT = 0.1; // a function word ("xin", "ở đâu") of the query
  var EXPANSION = 0.7; // an official term the vocabulary adds, against a word typed
  var SCATTERED = 0.5; // the words of a vocabulary phrase, found apart from each other
  var MASK_BITS = 6;
  var PAIR = 1.25; // two query words in a row found in a row in the name, per unit of their idf
  var RELATIVE = 0.3; // a result needs this share of the best score…
  var RELATIVE_HALF = 0.15; // …or this share, when it matches half of the meaningful words

  // The data an Index is made of, from the parts of the index files (docs/search-index.md):
  // the main file, the table, and (for queries with words) the words and parts of the vocabulary.
  function assemble(entry, table, words, vocabularyParts) {
    words = words || { keys: [], fields: [], procs: [], pages: [] };
    var vocabulary = { syn: [], stop: [], stopMarked: [] };
    (vocabularyParts || []).forEach(function (part) {
      ["syn", "stop", "stopMarked"].forEach(function (k) { vocabulary[k] = vocabulary[k].concat(part[k] || []); });
    });
    return {
      base: entry.base, articles: entry.articles, text: entry.text, hotlines: entry.hotlines, hasWords: words.keys.length > 0,
      keys: words.keys, spelled: words.spelled, levels: table.levels,
      fields: table.fields.map(function (f, i) { return [f[0], f[1], words.fields[i] || []]; }),
      procs: table.procs.map(function (p, i) { return p.concat(words.procs[i] || [[], [], []]); }),
      pages: words.pages, syn: vocabulary.syn, stop: vocabulary.stop, stopMarked: vocabulary.stopMarked,
      withdrawn: table.withdrawn || []
    };
  }

  // Whether a procedure's code (its digits) holds every code of a query.
  function codesMatch(digits, codes) {
    return codes.every(function (c) { return digits.indexOf(c) >= 0; });
  }

  // The positions of the procedures that a query of codes finds, from the codes file.
  function codePositions(codesFile, query) {
    var out = [];
    codesFile.codes.forEach(function (code, i) { if (codesMatch(code.replace(/\D/g, ""), query.codes)) out.push(i); });
    return out;
  }

  // A table holding only the procedures at these positions (in order), from the parts of the
  // table (`parts[n]` for procedures n*chunk …).
  function partialTable(codesFile, parts, positions) {
    return {
      fields: codesFile.fields, levels: codesFile.levels,
      procs: positions.map(function (i) { return parts[Math.floor(i / codesFile.chunk)].procs[i % codesFile.chunk]; }),
      withdrawn: Object.keys(parts).reduce(function (all, n) { return all.concat(parts[n].withdrawn || []); }, [])
    };
  }

  function Index(data) {
    var self = this;
    this.base = data.base;
    // Abolished and replaced procedures: code → {decision, replacement: {code, name}}.
    this.withdrawn = {};
    (data.withdrawn || []).forEach(function (w) {
      self.withdrawn[w[0]] = { decision: w[1], replacement: w[2] ? { code: w[2], name: w[3] } : null };
    });
    this.keys = data.keys;
    this.fields = data.fields.map(function (f) { return { name: f[0], slug: f[1], ids: f[2] }; });
    this.levels = data.levels;
    // Keyword and result words come as spellings (marks and all, tone placement aside), so that a
    // word typed with marks can tell "độc" from "đọc"; `spelled` lists them, each with its key.
    var spelled = data.spelled || null;
    var keyOfSpelling = spelled ? spelled.map(function (w) { return lowerBound(self.keys, key(w)); }) : null;
    function keyIds(ids) { return spelled ? ids.map(function (i) { return keyOfSpelling[i]; }) : ids; }
    function spellings(ids) { return spelled ? ids.map(function (i) { return spelled[i]; }) : null; }
    this.procs = data.procs.map(function (p, order) {
      var kw = p[7] || [], result = p[8] || [];
      return {
        order: order, code: p[0], digits: p[0].replace(/\D/g, ""), name: p[1], field: p[2], levels: p[3],
        online: p[4], status: p[5], nameIds: p[6] || [], kw: keyIds(kw), result: keyIds(result), details: [], text: [],
        spelt: spelled ? spellings(kw).concat(spellings(result)) : null,
        nameExact: null, url: self.base + "thu-tuc/" + p[0] + "/"
      };
    });
    this.pages = data.pages.map(function (p) {
      return { kind: p[0], title: p[1], url: self.base + p[2], titleIds: p[3], body: p[4] };
    });
    this.articles = data.articles;
    this.hotlines = (data.hotlines || []).map(function (h) { return { title: h[0], url: self.base + h[1] }; });
    this.hasWords = data.hasWords !== false;
    this.textFile = data.text && this.hasWords ? this.base + data.text : null;
    this.hasText = false;
    this.stopPhrases = {};
    this.synonyms = {};
    this.vocabularyParts = {};
    this.addVocabulary(data);
    this.build();
  }

  // The part of the vocabulary a word's phrases are in: the first two letters of its key.
  function vocabularyPart(k) {
    var head = k.slice(0, 2);
    return /^[a-z0-9]+$/.test(head) ? head : "_";
  }

  // Adds phrases of the vocabulary ({syn, stop, stopMarked}) to the tables they are looked up in.
  Index.prototype.addVocabulary = function (part) {
    add(this.stopPhrases, (part.stop || []).map(function (s) { return phrase(s); })
      .concat((part.stopMarked || []).map(function (s) { var p = phrase(s); p.marked = true; return p; })));
    add(this.synonyms, [].concat.apply([], (part.syn || []).map(function (entry) {
      var terms = entry[1].map(function (t) { return t.split(" "); });
      return entry[0].map(function (text) { var p = phrase(text); p.terms = terms; return p; });
    })));
  };

  // A phrase of the vocabulary (its tokens joined by spaces): its keys, and the marks of each
  // token that has some.
  function phrase(text) {
    var words = text.split(" ");
    return {
      keys: words.map(key),
      exact: words.map(function (w) { return hasMarks(w) ? toneNormalized(w) : null; }),
      marked: false
    };
  }

  // Adds phrases to a table of phrases by first key, each list longest first.
  function add(table, phrases) {
    var touched = {};
    phrases.forEach(function (p) {
      (table[p.keys[0]] = table[p.keys[0]] || []).push(p);
      touched[p.keys[0]] = true;
    });
    Object.keys(touched).forEach(function (k) { table[k].sort(function (a, b) { return b.keys.length - a.keys.length; }); });
  }

  // Inverted lists over every field, key frequencies and each field's length norms.
  Index.prototype.build = function () {
    var self = this;
    var n = this.procs.length;
    this.regionalKeys = {};
    for (var i = 0; i < this.keys.length; i++) {
      var r = regional(this.keys[i]);
      (this.regionalKeys[r] = this.regionalKeys[r] || []).push(i);
    }
    var lists = new Array(this.keys.length);
    var columns = this.procs.map(function (p) {
      return [p.nameIds, p.kw, p.result, p.details, self.fields[p.field].ids, p.text];
    });
    var average = WEIGHT.map(function (_, f) {
      var total = 0;
      columns.forEach(function (c) { total += c[f].length; });
      return n ? Math.max(total / n, 1) : 1;
    });
    // norm[d * 6 + f]: what one occurrence in field f of document d weighs.
    this.norm = new Float64Array(n * WEIGHT.length);
    columns.forEach(function (c, d) {
      var masks = {};
      for (var f = 0; f < WEIGHT.length; f++) {
        var ids = c[f];
        self.norm[d * WEIGHT.length + f] = WEIGHT[f] / (1 - LENGTH_EFFECT[f] + LENGTH_EFFECT[f] * ids.length / average[f]);
        for (var j = 0; j < ids.length; j++) masks[ids[j]] = (masks[ids[j]] || 0) | (1 << f);
      }
      Object.keys(masks).forEach(function (id) {
        (lists[id] = lists[id] || []).push(d * (1 << MASK_BITS) + masks[id]);
      });
    });
    this.postings = lists;
    this.idf = new Float64Array(this.keys.length);
    for (var k = 0; k < this.keys.length; k++) {
      var df = lists[k] ? lists[k].length : 0;
      this.idf[k] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
  };

  // Adds the details and body text of every procedure (the file `data.text` names): its keys
  // join the vocabulary, the details and the text become the two weakest fields.
  Index.prototype.attachText = function (shard) {
    var seen = {};
    var union = [];
    this.keys.concat(shard.keys).forEach(function (k) { if (!seen[k]) { seen[k] = true; union.push(k); } });
    union.sort(function (a, b) { return a < b ? -1 : a > b ? 1 : 0; });
    var position = {};
    union.forEach(function (k, i) { position[k] = i; });
    var oldKeys = this.keys;
    function remap(ids) { return ids.map(function (id) { return position[oldKeys[id]]; }); }
    this.procs.forEach(function (p, d) {
      p.nameIds = remap(p.nameIds); p.kw = remap(p.kw); p.result = remap(p.result);
      var own = function (ids) { return (ids || []).map(function (id) { return position[shard.keys[id]]; }); };
      p.details = own(shard.details && shard.details[d]);
      p.text = own(shard.docs[d]);
    });
    this.fields.forEach(function (f) { f.ids = remap(f.ids); });
    this.pages.forEach(function (page) { page.titleIds = remap(page.titleIds); page.body = remap(page.body); });
    this.keys = union;
    this.hasText = true;
    this.build();
  };

  // Tier of every vocabulary entry for one query word: 3 exact key, 2 prefix, 1 variant.
  // `tiers.matched` lists the entries with a tier.
  Index.prototype.tiers = function (word) {
    var tiers = new Uint8Array(this.keys.length);
    var matched = [];
    tiers.matched = matched;
    var keys = this.keys;
    function set(i, t) {
      if (!tiers[i]) matched.push(i);
      if (tiers[i] < t) tiers[i] = t;
    }
    function mark(k, tier, prefix) {
      var i = lowerBound(keys, k);
      if (prefix) {
        for (; i < keys.length && keys[i].indexOf(k) === 0; i++) set(i, keys[i] === k ? Math.max(tier, 3) : tier);
      } else if (i < keys.length && keys[i] === k) {
        set(i, tier);
      }
    }
    mark(word.key, 3, false);
    if (word.literalOnly) return tiers;
    if (word.prefix) mark(word.key, 2, true);
    for (var a = 0; a < word.alts.length; a++) {
      mark(word.alts[a], 1, word.prefix);
      var regionalIds = this.regionalKeys[regional(word.alts[a])] || [];
      for (var r = 0; r < regionalIds.length; r++) set(regionalIds[r], 1);
    }
    var own = this.regionalKeys[regional(word.key)] || [];
    for (var o = 0; o < own.length; o++) set(own[o], 1);
    return tiers;
  };

  // Finds the phrases of a table (by first key) in the words of a query: [{start, end, phrase}].
  // A word typed with marks must have the phrase's marks; a `marked` phrase must be typed with them.
  function findPhrases(table, words) {
    var found = [];
    for (var i = 0; i < words.length; i++) {
      var candidates = table[words[i].key] || [];
      for (var c = 0; c < candidates.length; c++) {
        var p = candidates[c];
        if (i + p.keys.length > words.length) continue;
        var ok = true;
        for (var j = 0; j < p.keys.length && ok; j++) {
          var w = words[i + j];
          ok = w.key === p.keys[j] && (p.marked ? w.exact !== null && w.exact === p.exact[j]
            : !(w.exact && p.exact[j]) || w.exact === p.exact[j]);
        }
        if (ok) found.push({ start: i, end: i + p.keys.length, phrase: p });
      }
    }
    return found;
  }

  // Marks the function words of a parsed query (`word.stop`); returns the query.
  Index.prototype.markStopWords = function (query) {
    query.words.forEach(function (w) { w.stop = false; });
    findPhrases(this.stopPhrases, query.words).forEach(function (f) {
      // A word still being typed is not a function word yet ("xin" may become "xinh").
      for (var i = f.start; i < f.end; i++) if (!query.words[i].prefix || f.end - f.start > 1) query.words[i].stop = true;
    });
    if (query.words.every(function (w) { return w.stop; })) query.words.forEach(function (w) { w.stop = false; });
    return query;
  };

  // The units a query is scored by: each phrase of the vocabulary found in it (with the
  // official terms it stands for), and each other word. A unit is "meaningful" unless all
  // its words are function words.
  Index.prototype.plan = function (query) {
    this.markStopWords(query);
    var words = query.words;
    var found = findPhrases(this.synonyms, words);
    // Keep the longest phrases; one contained in another found phrase adds nothing.
    var spans = {};
    found.forEach(function (f) {
      var inside = found.some(function (o) { return o.end - o.start > f.end - f.start && o.start <= f.start && o.end >= f.end; });
      if (inside) return;
      var id = f.start + ":" + f.end;
      if (!spans[id]) spans[id] = { start: f.start, end: f.end, terms: [] };
      f.phrase.terms.forEach(function (t) { spans[id].terms.push(t); });
    });
    var covered = words.map(function () { return false; });
    var units = Object.keys(spans).map(function (id) {
      var s = spans[id];
      for (var i = s.start; i < s.end; i++) covered[i] = true;
      var positions = [];
      for (var j = s.start; j < s.end; j++) positions.push(j);
      return { words: positions, terms: s.terms };
    });
    words.forEach(function (w, i) { if (!covered[i]) units.push({ words: [i], terms: [] }); });
    units.sort(function (a, b) { return a.words[0] - b.words[0]; });
    units.forEach(function (u) {
      u.meaningful = u.words.some(function (i) { return !words[i].stop; });
      u.content = u.words.filter(function (i) { return !words[i].stop; });
      if (!u.content.length) u.content = u.words.slice();
    });
    return units;
  };

  // What one query word (or one key the vocabulary adds) scores in every procedure:
  // {score: per document, mask: its fields, docs: the documents it occurs in}.
  Index.prototype.termScores = function (word) {
    var tiers = this.tiers(word);
    var n = this.procs.length;
    var score = new Float64Array(n);
    var mask = new Uint8Array(n);
    var docs = [];
    var matched = tiers.matched;
    var norm = this.norm;
    var width = WEIGHT.length;
    var unit = 1 << MASK_BITS;
    for (var m = 0; m < matched.length; m++) {
      var k = matched[m];
      var list = this.postings[k] || [];
      var factor = this.idf[k] * TIER[tiers[k]];
      for (var i = 0; i < list.length; i++) {
        var d = Math.floor(list[i] / unit);
        var bits = list[i] % unit;
        // Typed with marks, a name, keyword or result word with other marks ("bảo" for "báo")
        // counts for less.
        var exact = (bits & 1) && word.exact ? this.exactInName(d, word.exact) : null;
        var spelt = (bits & 6) && word.exact ? this.exactInKeywords(d, word.exact) : null;
        var tf = 0;
        for (var f = 0; f < width; f++) {
          if (!(bits & (1 << f))) continue;
          var other = f === NAME ? exact === false : (f === KEYWORDS || f === RESULT) && spelt === false;
          tf += norm[d * width + f] * (other ? OTHER_MARKS : 1);
        }
        var s = factor * tf * (K1 + 1) / (tf + K1);
        if (exact) s *= EXACT_MARKS;
        if (s > score[d]) {
          if (!score[d]) docs.push(d);
          score[d] = s;
          mask[d] = bits;
        }
      }
    }
    return { score: score, mask: mask, docs: docs, tiers: tiers };
  };

  // Whether a procedure's name has a word with these marks (tone placement aside).
  Index.prototype.exactInName = function (d, exact) {
    var p = this.procs[d];
    if (!p.nameExact) p.nameExact = spans(p.name).spans.map(function (s) { return toneNormalized(s.token); });
    return p.nameExact.indexOf(exact) >= 0;
  };

  // Whether a procedure's keywords or results have a word with these marks (true when the index
  // does not say).
  Index.prototype.exactInKeywords = function (d, exact) {
    var spelt = this.procs[d].spelt;
    return !spelt || spelt.indexOf(exact) >= 0;
  };

  // Whether terms stand in a list of keys (a name) in order, term w at `offsets[w]` after the
  // first (next to each other when the offsets are 0, 1, 2…).
  function inSequence(ids, tierList, offsets) {
    for (var start = 0; start < ids.length; start++) {
      if (!tierList[0][ids[start]]) continue;
      var ok = true;
      for (var w = 1; w < tierList.length && ok; w++) ok = !!tierList[w][ids[start] === undefined ? -1 : ids[start + (offsets ? offsets[w] : w)]];
      if (ok) return true;
    }
    return false;
  }

  // Scores every procedure for a parsed query. A procedure is a result when it matches every
  // code typed and at least one meaningful unit, and scores at least RELATIVE of the best
  // procedure's score, or RELATIVE_HALF when it matches half of the meaningful units (rounded up).
  Index.prototype.score = function (query) {
    var self = this;
    var units = this.plan(query);
    var literal = query.words.map(function (w) { return self.termScores(w); });
    var expansions = {};
    units.forEach(function (u) {
      u.terms.forEach(function (t) {
        t.forEach(function (k) {
          if (!expansions[k]) expansions[k] = self.termScores({ key: k, alts: [], prefix: false, exact: null, literalOnly: true });
        });
      });
    });
    var meaningful = units.filter(function (u) { return u.meaningful; }).length;
    var half = Math.ceil(meaningful / 2);
    var candidates = this.candidateDocs(query, units, literal, expansions);
    var pairs = this.pairs(units, literal);
    var scored = [];
    var top = 0;
    for (var c = 0; c < candidates.length; c++) {
      var p = this.procs[candidates[c]];
      var total = this.codeScore(p, query);
      if (total < 0) continue;
      var matchedUnits = 0, fieldUnits = 0;
      for (var u = 0; u < units.length; u++) {
        var part = this.unitScore(p, units[u], query, literal, expansions);
        total += (units[u].meaningful ? 1 : STOP_WEIGHT) * part.score;
        if (units[u].meaningful && part.matched) {
          matchedUnits++;
          if (part.field) fieldUnits++;
        }
      }
      if (units.length && !matchedUnits) continue;
      total += this.bonuses(p, pairs, query, literal, expansions, fieldUnits === meaningful && meaningful > 1);
      if (p.status >= 3) total *= 0.5;
      else if (total > top) top = total;
      scored.push({ proc: p, score: total, matched: matchedUnits, complete: !units.length || matchedUnits === meaningful });
    }
    return scored.filter(function (r) {
      return !units.length || r.score >= RELATIVE * top || r.matched >= half && r.score >= RELATIVE_HALF * top;
    });
  };

  // Procedures where any word, or any key the vocabulary adds, occurs (every procedure when the
  // query is only codes or empty).
  Index.prototype.candidateDocs = function (query, units, literal, expansions) {
    if (!units.length) return this.procs.map(function (p) { return p.order; });
    var seen = new Uint8Array(this.procs.length);
    var out = [];
    function add(docs) {
      for (var i = 0; i < docs.length; i++) if (!seen[docs[i]]) { seen[docs[i]] = 1; out.push(docs[i]); }
    }
    literal.forEach(function (t, i) { if (!query.words[i].stop) add(t.docs); });
    Object.keys(expansions).forEach(function (k) { add(expansions[k].docs); });
    return out;
  };

  // Codes typed: each must be in the procedure's code (-1 when one is not), whole codes more.
  Index.prototype.codeScore = function (p, query) {
    if (!codesMatch(p.digits, query.codes)) return -1;
    var score = 0;
    for (var c = 0; c < query.codes.length; c++) score += p.digits === query.codes[c] ? 40 : 25;
    return score;
  };

  // One unit in one procedure: the literal words, or (for a phrase of the vocabulary) the best
  // of its official terms at a lower weight. A phrase of several words counts fully only when
  // its words stand together in the name; scattered words are not the phrase.
  Index.prototype.unitScore = function (p, unit, query, literal, expansions) {
    var d = p.order;
    var lit = 0;
    var all = true;
    var field = true;
    for (var i = 0; i < unit.content.length; i++) {
      var t = literal[unit.content[i]];
      lit += t.score[d];
      if (!t.score[d]) all = false;
      if (!(t.mask[d] & (1 << FIELD))) field = false;
    }
    if (unit.terms.length && unit.content.length > 1 &&
        !inSequence(p.nameIds, unit.content.map(function (w) { return literal[w].tiers; }))) {
      lit *= SCATTERED;
      all = false;
    }
    var best = { score: lit, matched: all && lit > 0, field: field && all };
    for (var s = 0; s < unit.terms.length; s++) {
      var term = unit.terms[s];
      var sum = 0, hits = 0;
      for (var k = 0; k < term.length; k++) {
        var e = expansions[term[k]];
        if (e.score[d]) { sum += e.score[d]; hits++; }
      }
      if (!hits) continue;
      var needed = term.length <= 2 ? term.length : Math.ceil(term.length * 2 / 3);
      var value = EXPANSION * sum / term.length * unit.content.length * (hits >= needed ? 1 : 0.3);
      if (hits === term.length && term.length > 1 &&
          inSequence(p.nameIds, term.map(function (k) { return expansions[k].tiers; }))) value *= 1.2;
      if (value > best.score) best.score = value;
      if (hits >= needed) best.matched = true;
    }
    return best;
  };

  // Each two consecutive meaningful words of the query as a phrase: the procedures whose name
  // (or keywords, or field name) has them in order and as far apart as in the query, and how rare that is
  // (its idf). Folded syllables are ambiguous ("tu" is tư, từ, tử…); two of them in a row
  // seldom are.
  Index.prototype.pairs = function (units, literal) {
    var self = this;
    var content = [];
    units.forEach(function (u) { if (u.meaningful) content = content.concat(u.content); });
    var out = [];
    for (var i = 0; i + 1 < content.length; i++) {
      var a = literal[content[i]], b = literal[content[i + 1]];
      var tiers = [a.tiers, b.tiers], gap = [0, content[i + 1] - content[i]];
      var docs = {};
      var count = 0;
      a.docs.forEach(function (d) {
        if (!b.score[d]) return;
        var p = self.procs[d];
        if (inSequence(p.nameIds, tiers, gap) || inSequence(p.kw, tiers, gap) || inSequence(self.fields[p.field].ids, tiers, gap)) {
          docs[d] = true;
          count++;
        }
      });
      if (count) out.push({ docs: docs, idf: Math.log(1 + (this.procs.length - count + 0.5) / (count + 0.5)) });
    }
    // All of them in a row in the name: half as much again.
    out.whole = {};
    if (content.length > 2 && out.length === content.length - 1) {
      var tiers = content.map(function (w) { return literal[w].tiers; });
      var offsets = content.map(function (w) { return w - content[0]; });
      var sum = out.reduce(function (total, pair) { return total + pair.idf; }, 0);
      Object.keys(out[0].docs).forEach(function (d) {
        if (inSequence(self.procs[d].nameIds, tiers, offsets)) out.whole[d] = sum / 2;
      });
    }
    return out;
  };

  // The query's phrases found in the name; how much of the name the query covers; the query
  // naming the field.
  Index.prototype.bonuses = function (p, pairs, query, literal, expansions, namesField) {
    var bonus = 0;
    var d = p.order;
    pairs.forEach(function (pair) { if (pair.docs[d]) bonus += PAIR * pair.idf; });
    if (pairs.whole[d]) bonus += PAIR * pairs.whole[d];
    if (p.nameIds.length) {
      var covered = 0;
      for (var n = 0; n < p.nameIds.length; n++) {
        var id = p.nameIds[n];
        var hit = literal.some(function (t, w) { return !query.words[w].stop && t.tiers[id]; }) ||
          Object.keys(expansions).some(function (k) { return expansions[k].tiers[id]; });
        if (hit) covered++;
      }
      bonus += covered / p.nameIds.length;
    }
    if (namesField) bonus += 0.25;
    return bonus;
  };

  // Procedures ranked for a query and filters: [{proc, score, complete}], best first.
  // `complete` tells that every meaningful unit of the query matched. Abolished and replaced
  // procedures are left out unless the filters ask for them; those the query names as well as
  // the best result does (by name or code) are kept apart in `results.withdrawn`, so that the
  // page can say they were abolished rather than show other procedures with no word.
  Index.prototype.searchProcedures = function (query, filters) {
    filters = filters || {};
    var self = this;
    var hidden = [];
    var named = query.words.length > 0 || query.codes.length > 0;
    var results = this.score(query).filter(function (r) {
      var p = r.proc;
      if (!filters.withdrawn && p.status >= 3) {
        if (r.complete && named) hidden.push(r);
        return false;
      }
      if (filters.field && self.fields[p.field].slug !== filters.field) return false;
      if (filters.level && p.levels.map(function (l) { return self.levels[l]; }).indexOf(filters.level) < 0) return false;
      if (filters.online && (p.online < 0 || ONLINE[p.online][1] !== filters.online)) return false;
      return true;
    });
    var byScore = function (a, b) { return b.score - a.score || a.proc.order - b.proc.order; };
    results.sort(byScore);
    var best = results.length ? results[0].score : 0;
    results.withdrawn = hidden.filter(function (r) { return r.score >= best * 0.9; }).sort(byScore).slice(0, 2);
    return results;
  };

  // Whether the body text should be loaded for this query: it is not yet, and the names,
  // keywords and details gave fewer than 3 results or none that matched every word.
  Index.prototype.needsText = function (query, results) {
    if (this.hasText || !this.textFile || !query.words.length) return false;
    return results.length < 3 || !results[0].complete;
  };

  // A query whose unknown words are replaced by the closest words of the index (edit
  // distance 1, or 2 for words of 6 letters or more), or null when no word can be mended.
  Index.prototype.suggest = function (query) {
    var self = this;
    var changed = false;
    var words = query.words.map(function (w) {
      if (w.stop || w.key.length < 3 || self.tiers(w).matched.length) return w.text;
      var limit = w.key.length >= 6 ? 2 : 1;
      var best = null, bestDistance = limit + 1, bestCount = 0;
      for (var i = 0; i < self.keys.length; i++) {
        var k = self.keys[i];
        if (Math.abs(k.length - w.key.length) > limit) continue;
        var distance = editDistance(w.key, k, limit);
        if (distance > limit) continue;
        var count = self.postings[i] ? self.postings[i].length : 0;
        if (distance < bestDistance || distance === bestDistance && count > bestCount) {
          best = k; bestDistance = distance; bestCount = count;
        }
      }
      if (best === null || !bestCount) return w.text;
      changed = true;
      return best;
    });
    return changed ? words.join(" ") : null;
  };

  // Levenshtein distance, or limit + 1 when it is larger than limit.
  function editDistance(a, b, limit) {
    var previous = [];
    for (var j = 0; j <= b.length; j++) previous.push(j);
    for (var i = 1; i <= a.length; i++) {
      var current = [i];
      var rowBest = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a.charAt(i - 1) === b.charAt(k - 1) ? 0 : 1;
        var value = Math.min(previous[k] + 1, current[k - 1] + 1, previous[k - 1] + cost);
        current.push(value);
        if (value < rowBest) rowBest = value;
      }
      if (rowBest > limit) return limit + 1;
      previous = current;
    }
    return previous[b.length];
  }

  // Hotline pages and other pages ranked for a query (function words left out).
  Index.prototype.searchPages = function (query) {
    if (query.words.length === 0) return [];
    this.markStopWords(query);
    var words = query.words.filter(function (w) { return !w.stop; });
    var tierSets = words.map(this.tiers, this);
    var results = [];
    for (var i = 0; i < this.pages.length; i++) {
      var page = this.pages[i];
      var score = 0;
      for (var w = 0; w < words.length; w++) {
        var s = Math.max(PAGE_TITLE[best(page.titleIds, tierSets[w])], PAGE_BODY[best(page.body, tierSets[w])]);
        if (!s) { score = 0; break; }
        score += s;
      }
      if (score > 0) results.push({ page: page, score: score, order: i });
    }
    results.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return results;
  };

  var PAGE_TITLE = [0, 6, 8, 10], PAGE_BODY = [0, 1, 2, 2];

  function best(ids, tiers) {
    var top = 0;
    for (var i = 0; i < ids.length && top < 3; i++) if (tiers[ids[i]] > top) top = tiers[ids[i]];
    return top;
  }

  // ---------------------------------------------------------------- articles (sharded)
  function fileName(k) {
    if (/^[a-z0-9]+$/.test(k)) return k;
    return "x" + Array.from(new TextEncoder().encode(k)).map(function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }

  function ArticleIndex(base, info, fetchJSON) {
    this.base = base;
    this.dir = base + info.dir.replace(/^\//, "");
    this.vocabularyFile = info.vocabulary;
    this.chunkFiles = info.chunks;
    this.chunk = info.chunk;
    this.count = info.count;
    this.fetchJSON = fetchJSON;
    this.cache = {};
  }

  ArticleIndex.prototype.get = function (path) {
    if (!this.cache[path]) this.cache[path] = this.fetchJSON(this.dir + path);
    return this.cache[path];
  };

  ArticleIndex.prototype.vocabulary = function () {
    var self = this;
    if (!this.vocab) {
      this.vocab = this.get(this.vocabularyFile).then(function (data) {
        var keys = data.keys.map(function (k) { return k[0]; });
        var df = data.keys.map(function (k) { return k[1]; });
        var files = {};
        data.keys.forEach(function (k) { files[k[0]] = k[2]; });
        return { keys: keys, df: df, files: files };
      });
    }
    return this.vocab.then(function (v) { self.v = v; return v; });
  };

  // The keys a word stands for, with their tier: exact, up to 5 completions, variants.
  ArticleIndex.prototype.keysFor = function (word, vocab) {
    var chosen = {};
    function exact(k, tier) {
      var i = lowerBound(vocab.keys, k);
      if (i < vocab.keys.length && vocab.keys[i] === k && !(chosen[k] >= tier)) chosen[k] = tier;
    }
    exact(word.key, 3);
    if (word.prefix && word.key.length >= 2) {
      var found = [];
      for (var i = lowerBound(vocab.keys, word.key); i < vocab.keys.length && vocab.keys[i].indexOf(word.key) === 0; i++) {
        found.push(i);
      }
      found.sort(function (a, b) { return vocab.df[b] - vocab.df[a]; });
      found.slice(0, 12).forEach(function (j) { if (!chosen[vocab.keys[j]]) chosen[vocab.keys[j]] = 2; });
    }
    word.alts.forEach(function (a) { exact(a, 1); });
    return chosen;
  };

  var ARTICLE_RANK = [1, 3, 6];

  // Articles ranked for a query. While the last word is still being typed, a word of one
  // letter is not required yet, and when its completions find nothing the results of the
  // words before it stay on screen.
  ArticleIndex.prototype.search = function (query, limit) {
    var self = this;
    var last = query.words[query.words.length - 1];
    if (last && last.prefix && last.key.length < 2 && query.words.length > 1) {
      query = { words: query.words.slice(0, -1), codes: query.codes, empty: false };
    }
    return this.searchWords(query, limit).then(function (found) {
      var typing = query.words.length > 1 && query.words[query.words.length - 1].prefix;
      if (found.total || !typing) return found;
      return self.searchWords({ words: query.words.slice(0, -1), codes: query.codes, empty: false }, limit);
    });
  };

  ArticleIndex.prototype.searchWords = function (query, limit) {
    var self = this;
    if (!query.words.length || query.codes.length) return Promise.resolve({ total: 0, items: [] });
    var meaningful = query.words.filter(function (w) { return !w.stop; });
    if (meaningful.length) query = { words: meaningful, codes: query.codes, empty: false };
    return this.vocabulary().then(function (vocab) {
      var wanted = query.words.map(function (w) { return self.keysFor(w, vocab); });
      var loads = [];
      wanted.forEach(function (keys) {
        Object.keys(keys).forEach(function (k) { loads.push(self.get("k/" + vocab.files[k]).then(function (p) { return [k, p]; })); });
      });
      return Promise.all(loads).then(function (pairs) {
        var postings = {};
        pairs.forEach(function (pair) { postings[pair[0]] = pair[1]; });
        var scores = null;
        wanted.forEach(function (keys) {
          var wordScores = {};
          Object.keys(keys).forEach(function (k) {
            var list = postings[k], id = 0;
            for (var i = 0; i < list.length; i += 2) {
              id += list[i];
              var s = ARTICLE_RANK[list[i + 1]] * (keys[k] === 3 ? 1 : keys[k] === 2 ? 0.8 : 0.6);
              if (!(wordScores[id] >= s)) wordScores[id] = s;
            }
          });
          if (scores === null) { scores = wordScores; return; }
          var next = {};
          Object.keys(scores).forEach(function (id) { if (wordScores[id]) next[id] = scores[id] + wordScores[id]; });
          scores = next;
        });
        var ranked = Object.keys(scores || {}).map(Number).sort(function (a, b) { return scores[b] - scores[a] || a - b; });
        var top = ranked.slice(0, limit);
        var chunks = {};
        top.forEach(function (id) { chunks[Math.floor(id / self.chunk)] = true; });
        return Promise.all(Object.keys(chunks).map(function (n) {
          return self.get(self.chunkFiles[n]).then(function (rows) { return [Number(n), rows]; });
        })).then(function (loaded) {
          var rows = {};
          loaded.forEach(function (pair) { rows[pair[0]] = pair[1]; });
          return {
            total: ranked.length,
            items: top.map(function (id) {
              var row = rows[Math.floor(id / self.chunk)][id % self.chunk];
              return { id: id, title: row[0], url: self.base + row[1], date: row[2], excerpt: row[3] };
            })
          };
        });
      });
    });
  };

  // ---------------------------------------------------------------- highlighting
  // Fragments of `text` as [{text, hit}] where hit marks words matching the query.
  function highlight(text, query) {
    var parsed = spans(text);
    var out = [];
    var at = 0;
    parsed.spans.forEach(function (s) {
      var k = key(s.token);
      var hit = query.words.some(function (w) {
        return k === w.key || (w.prefix && k.indexOf(w.key) === 0) || w.alts.indexOf(k) >= 0 ||
          w.alts.some(function (a) { return regional(a) === regional(k); }) || regional(w.key) === regional(k);
      }) || query.codes.some(function (c) { return s.token.replace(/\D/g, "").length > 0 && c.indexOf(s.token.replace(/\D/g, "")) >= 0; });
      if (!hit) return;
      if (s.start > at) out.push({ text: parsed.text.slice(at, s.start), hit: false });
      out.push({ text: parsed.text.slice(s.start, s.end), hit: true });
      at = s.end;
    });
    if (at < parsed.text.length) out.push({ text: parsed.text.slice(at), hit: false });
    return out;
  }

  var api = {
    fold: fold, key: key, tokens: tokens, toneNormalized: toneNormalized, telex: telex, regional: regional,
    hasMarks: hasMarks, parseQuery: parseQuery, Index: Index, ArticleIndex: ArticleIndex, highlight: highlight,
    fileName: fileName, assemble: assemble, codePositions: codePositions, partialTable: partialTable, vocabularyPart: vocabularyPart, STATUS: STATUS, ONLINE: ONLINE
  };

  if (typeof module === "object" && module.exports) module.exports = api;
  if (typeof document === "undefined") return;

  // ---------------------------------------------------------------- page
  // `fresh`: ask the server whether the file changed even when the browser holds a copy (the
  // main index file keeps its name from one build to the next; every other file's name
  // carries a hash of its bytes).
  function fetchJSON(url, fresh) {
    return fetch(url, fresh ? { cache: "no-cache" } : undefined).then(function (response) {
      if (!response.ok) throw new Error(url + ": " + response.status);
      return response.json();
    });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function marked(parent, text, query) {
    highlight(text, query).forEach(function (part) {
      parent.appendChild(part.hit ? el("mark", null, part.text) : document.createTextNode(part.text));
    });
    return parent;
  }

  function badge(label, cls) {
    return el("span", "badge badge--" + cls, label);
  }

  function procedureItem(index, result, query) {
    var p = result.proc;
    var li = el("li", "search-result");
    var link = el("a", "search-result__title");
    link.href = p.url;
    marked(link, p.name, query);
    li.appendChild(link);
    var meta = el("p", "search-result__meta");
    meta.appendChild(marked(el("span", "search-result__code"), "Mã " + p.code, query));
    meta.appendChild(document.createTextNode(" · " + index.fields[p.field].name));
    if (p.levels.length) meta.appendChild(document.createTextNode(" · " + p.levels.map(function (l) { return index.levels[l]; }).join(", ")));
    li.appendChild(meta);
    var badges = el("p", "search-result__badges");
    if (p.online >= 0) badges.appendChild(badge(ONLINE[p.online][0], ONLINE[p.online][1]));
    if (p.status !== 0) badges.appendChild(badge(STATUS[p.status][0], STATUS[p.status][1]));
    if (badges.childNodes.length) li.appendChild(badges);
    return li;
  }

  // A withdrawn procedure the query names: what happened to it, and what replaces it.
  function withdrawnItem(index, result, query) {
    var p = result.proc;
    var li = procedureItem(index, result, query);
    li.className += " search-result--withdrawn";
    var facts = index.withdrawn[p.code] || {};
    var note = el("p", "search-result__note",
      (p.status === 3 ? "Thủ tục này đã được thay thế, không còn áp dụng" : "Thủ tục này đã bị bãi bỏ, không còn tiếp nhận hồ sơ") +
      (facts.decision ? " (" + facts.decision + ")." : "."));
    if (facts.replacement) {
      note.appendChild(document.createTextNode(" Thủ tục thay thế: "));
      var link = el("a", null, facts.replacement.code + (facts.replacement.name ? " – " + facts.replacement.name : ""));
      link.href = index.base + "thu-tuc/" + facts.replacement.code + "/";
      note.appendChild(link);
    }
    li.appendChild(note);
    return li;
  }

  function simpleItem(title, url, detail, query) {
    var li = el("li", "search-result");
    var link = el("a", "search-result__title");
    link.href = url;
    marked(link, title, query);
    li.appendChild(link);
    if (detail) li.appendChild(el("p", "search-result__meta", detail));
    return li;
  }

  function readFilters(form) {
    function value(name) {
      var field = form.elements.namedItem(name);
      return field && field.value ? field.value : null;
    }
    var withdrawn = form.elements.namedItem("bai-bo");
    return {
      field: value("linh-vuc"), level: value("cap"), online: value("dvc"),
      withdrawn: !!(withdrawn && withdrawn.checked)
    };
  }

  function writeURL(form, text, filters) {
    if (!root.history || !root.history.replaceState) return;
    var params = new URLSearchParams();
    if (text) params.set("q", text);
    if (filters.field) params.set("linh-vuc", filters.field);
    if (filters.level) params.set("cap", filters.level);
    if (filters.online) params.set("dvc", filters.online);
    if (filters.withdrawn) params.set("bai-bo", "1");
    var search = params.toString();
    root.history.replaceState(null, "", root.location.pathname + (search ? "?" + search : "") + root.location.hash);
  }

  function restore(form, input) {
    var params = new URLSearchParams(root.location.search);
    if (params.get("q")) input.value = params.get("q");
    ["linh-vuc", "cap", "dvc"].forEach(function (name) {
      var field = form.elements.namedItem(name);
      if (field && params.get(name)) field.value = params.get(name);
    });
    var withdrawn = form.elements.namedItem("bai-bo");
    if (withdrawn && params.get("bai-bo")) withdrawn.checked = true;
    return !!params.toString();
  }

  function setUp(form) {
    var input = form.querySelector("[data-search-input]");
    var list = form.parentNode.querySelector("[data-search-results]") || form.querySelector("[data-search-results]");
    var status = form.parentNode.querySelector("[data-search-status]") || form.querySelector("[data-search-status]");
    var more = form.parentNode.querySelector("[data-search-more]");
    var staticList = document.querySelector("[data-search-static]");
    var mode = form.getAttribute("data-search");
    var limit = Number(form.getAttribute("data-search-limit")) || 0;
    var indexes = {};
    var parts = {};
    var articles = null;
    var generation = 0;
    if (!input || !list || !status) return;

    // The box under the results that helps when nothing is found (made on first use).
    var helpBox = null;
    function help() {
      if (!helpBox) {
        helpBox = el("div", "search-help");
        helpBox.hidden = true;
        list.parentNode.insertBefore(helpBox, list.nextSibling);
      }
      return helpBox;
    }

    // Fills the help box: the query with its unknown words mended ("Có phải bạn muốn tìm…")
    // and what it finds, the fields of the catalogue, and the hotlines.
    function showHelp(box, index, query, shown) {
      box.textContent = "";
      box.hidden = !shown;
      if (!shown) return;
      var mended = index.suggest(query);
      if (mended) {
        var line = el("p", "search-help__mended", "Có phải bạn muốn tìm: ");
        var again = el("a", null, mended);
        again.href = form.getAttribute("action") + "?q=" + encodeURIComponent(mended);
        again.addEventListener("click", function (event) {
          event.preventDefault();
          input.value = mended;
          run();
          input.focus();
        });
        line.appendChild(again);
        line.appendChild(document.createTextNode("?"));
        box.appendChild(line);
        var found = index.searchProcedures(parseQuery(mended + " "), {}).slice(0, 3);
        if (found.length) {
          var near = el("ul", "search-help__list");
          found.forEach(function (r) {
            var item = el("li");
            var link = el("a", null, r.proc.name);
            link.href = r.proc.url;
            item.appendChild(link);
            near.appendChild(item);
          });
          box.appendChild(near);
        }
      }
      box.appendChild(el("p", "search-help__title", "Xem thủ tục theo lĩnh vực:"));
      var fields = el("ul", "search-help__fields");
      index.fields.forEach(function (f) {
        var item = el("li");
        var link = el("a", null, f.name);
        link.href = index.base + "thu-tuc/?linh-vuc=" + encodeURIComponent(f.slug);
        item.appendChild(link);
        fields.appendChild(item);
      });
      box.appendChild(fields);
      var hotlines = index.hotlines;
      if (hotlines.length) {
        var ask = el("p", "search-help__title", "Vẫn chưa tìm thấy? Hỏi cán bộ qua ");
        hotlines.forEach(function (page, i) {
          if (i) ask.appendChild(document.createTextNode(", "));
          var link = el("a", null, page.title.charAt(0).toLowerCase() + page.title.slice(1));
          link.href = page.url;
          ask.appendChild(link);
        });
        ask.appendChild(document.createTextNode("."));
        box.appendChild(ask);
      }
    }

    // A file of the index, fetched once.
    function part(url) {
      if (!parts[url]) parts[url] = fetchJSON(url);
      return parts[url];
    }

    // The main file of the index, fetched once per page and always checked with the server.
    function entryFile() {
      var url = form.getAttribute("data-search-index");
      if (!parts[url]) parts[url] = fetchJSON(url, true);
      return parts[url];
    }

    // The index for a query made of codes only: the codes, then the parts of the table that hold
    // the procedures they match (an index of those procedures alone).
    function loadForCodes(query) {
      return entryFile().then(function (entry) {
        return part(entry.base + entry.codes).then(function (codesFile) {
          var positions = codePositions(codesFile, query);
          var needed = [];
          positions.forEach(function (i) {
            var n = Math.floor(i / codesFile.chunk);
            if (needed.indexOf(n) < 0) needed.push(n);
          });
          return Promise.all(needed.map(function (n) { return part(entry.base + codesFile.chunks[n]); })).then(function (got) {
            var parts = {};
            needed.forEach(function (n, k) { parts[n] = got[k]; });
            var index = new Index(assemble(entry, partialTable(codesFile, parts, positions)));
            index.entry = entry;
            return index;
          });
        });
      });
    }

    // The index for a query: filters alone need the table; a query with words needs the words
    // too, and the parts of the vocabulary its words start (added by `withVocabulary`); a
    // query of codes only, `loadForCodes`. Each file is fetched once.
    function load(withWords) {
      var kind = withWords ? "words" : "table";
      if (!indexes[kind]) {
        indexes[kind] = entryFile().then(function (entry) {
          var wanted = [part(entry.base + entry.table)];
          if (withWords) wanted.push(part(entry.base + entry.words));
          return Promise.all(wanted).then(function (got) {
            if (mode === "all" && !articles) articles = new ArticleIndex(entry.base, entry.articles, fetchJSON);
            var index = new Index(assemble(entry, got[0], got[1]));
            index.entry = entry;
            return index;
          });
        });
      }
      return indexes[kind];
    }

    // The procedures' body text, fetched once, the first time names and details find too little.
    var textPromise = null;
    // The index with the parts of the vocabulary that the query's words start.
    function withVocabulary(index, query) {
      var files = index.entry.vocabulary || {};
      var wanted = [];
      query.words.forEach(function (w) {
        var name = vocabularyPart(w.key);
        if (files[name] && !index.vocabularyParts[name] && wanted.indexOf(name) < 0) wanted.push(name);
      });
      return Promise.all(wanted.map(function (name) { return part(index.base + files[name]); })).then(function (got) {
        got.forEach(function (data, i) {
          if (index.vocabularyParts[wanted[i]]) return;
          index.vocabularyParts[wanted[i]] = true;
          index.addVocabulary(data);
        });
        return index;
      });
    }

    function loadText(index) {
      if (!textPromise) textPromise = fetchJSON(index.textFile).then(function (shard) { index.attachText(shard); });
      return textPromise;
    }

    function run() {
      var text = input.value;
      var filters = readFilters(form);
      var active = text.trim() !== "" || filters.field || filters.level || filters.online || filters.withdrawn;
      if (mode !== "home") writeURL(form, text.trim(), filters);
      if (!active) {
        showHelp(help(), null, null, false);
        list.textContent = "";
        list.hidden = true;
        status.textContent = "";
        if (more) more.hidden = true;
        if (staticList) staticList.hidden = false;
        return;
      }
      var ticket = ++generation;
      var query = parseQuery(text);
      var codesOnly = !query.words.length && query.codes.length && !(filters.field || filters.level || filters.online);
      (codesOnly ? loadForCodes(query) : load(query.words.length > 0)).then(function (index) {
        return withVocabulary(index, query);
      }).then(function (index) {
        if (ticket !== generation) return;
        var procedures = index.searchProcedures(query, filters);
        if (index.needsText(query, procedures)) {
          // Look in the procedures' text too: at once when nothing was found, else once the
          // results found so far are on screen.
          var again = function () { if (ticket === generation) run(); };
          var withText = function () { loadText(index).then(again, function () { index.textFile = null; again(); }); };
          if (!procedures.length) {
            withText();
            list.textContent = "";
            status.textContent = "Đang tìm trong nội dung các thủ tục…";
            return;
          }
          setTimeout(withText, 0);
        }
        var pages = mode === "all" ? index.searchPages(query) : [];
        var shown = limit ? procedures.slice(0, limit) : procedures;
        list.textContent = "";
        var withdrawn = procedures.withdrawn || [];
        withdrawn.forEach(function (r) { list.appendChild(withdrawnItem(index, r, query)); });
        shown.forEach(function (r) { list.appendChild(procedureItem(index, r, query)); });
        pages.forEach(function (r) {
          list.appendChild(simpleItem(r.page.title, r.page.url, { "duong-day-nong": "Đường dây nóng", "hoi-dap": "Hỏi đáp" }[r.page.kind] || "Trang", query));
        });
        list.hidden = false;
        if (staticList) staticList.hidden = true;
        showHelp(help(), index, query, procedures.length === 0 && !withdrawn.length && text.trim() !== "" && (!index.textFile || index.hasText));
        var said = procedures.length + " thủ tục";
        if (mode === "all") said += ", " + pages.length + " trang";
        status.textContent = procedures.length + pages.length === 0 && mode !== "all"
          ? (withdrawn.length
            ? "Không có thủ tục đang tiếp nhận" + (text.trim() ? " cho “" + text.trim() + "”" : "") +
              "; thủ tục “" + withdrawn[0].proc.name + "” không còn được tiếp nhận (xem bên dưới)."
            : "Không tìm thấy thủ tục nào" + (text.trim() ? " cho “" + text.trim() + "”" : "") + ". Hãy thử từ khác hoặc bỏ bớt bộ lọc.")
          : "Tìm thấy " + said + (text.trim() ? " cho “" + text.trim() + "”." : ".") +
            (withdrawn.length ? " Thủ tục “" + withdrawn[0].proc.name + "” đã không còn được tiếp nhận." : "");
        if (more) {
          more.hidden = !(limit && procedures.length > limit);
          var link = more.querySelector("a");
          if (link) link.href = form.getAttribute("action") + "?q=" + encodeURIComponent(text.trim());
        }
        if (mode === "all" && articles) {
          articles.search(query, 20).then(function (found) {
            if (ticket !== generation) return;
            found.items.forEach(function (a) {
              list.appendChild(simpleItem(a.title, a.url, "Tin bài · " + a.date, query));
            });
            status.textContent = "Tìm thấy " + said + ", " + found.total + " tin bài" + (text.trim() ? " cho “" + text.trim() + "”." : ".");
          }, function () {});
        }
      }, function () {
        status.textContent = "Không tải được chỉ mục tìm kiếm. Vui lòng thử lại.";
      });
    }

    form.addEventListener("submit", function (event) {
      if (mode !== "home") {
        event.preventDefault();
        run();
      }
    });
    input.addEventListener("input", run);
    input.addEventListener("focus", function () { load(true); }, { once: true });
    Array.prototype.forEach.call(form.querySelectorAll("select, input[type=checkbox]"), function (field) {
      field.addEventListener("change", run);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        var first = list.querySelector("a");
        if (first) { event.preventDefault(); first.focus(); }
      } else if (event.key === "Escape") {
        input.value = "";
        run();
      }
    });
    list.addEventListener("keydown", function (event) {
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
      var links = Array.prototype.slice.call(list.querySelectorAll("a"));
      var at = links.indexOf(document.activeElement);
      if (at < 0) return;
      event.preventDefault();
      if (event.key === "ArrowDown" && at + 1 < links.length) links[at + 1].focus();
      else if (event.key === "ArrowUp") (at > 0 ? links[at - 1] : input).focus();
    });
    if (mode !== "home" && restore(form, input)) run();
    form.setAttribute("data-search-ready", "");
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-search]"), setUp);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(typeof window !== "undefined" ? window : this);
