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

  function Index(data) {
    this.base = data.base;
    this.keys = data.keys;
    this.fields = data.fields.map(function (f) { return { name: f[0], slug: f[1], ids: f[2] }; });
    this.levels = data.levels;
    this.regionalKeys = {};
    for (var i = 0; i < this.keys.length; i++) {
      var r = regional(this.keys[i]);
      (this.regionalKeys[r] = this.regionalKeys[r] || []).push(i);
    }
    var self = this;
    this.procs = data.procs.map(function (p, order) {
      return {
        order: order, code: p[0], digits: p[0].replace(/\D/g, ""), name: p[1], field: p[2], levels: p[3],
        online: p[4], status: p[5], nameIds: p[6], kw: p[7], body: p[8], nameExact: null,
        url: self.base + "thu-tuc/" + p[0] + "/"
      };
    });
    // Inverted lists: for every key, the procedures whose name, keywords, field or text hold it.
    this.docsByKey = new Array(this.keys.length);
    var lists = this.docsByKey;
    function add(id, doc) { (lists[id] = lists[id] || []).push(doc); }
    var byField = this.fields.map(function () { return []; });
    this.procs.forEach(function (p) {
      byField[p.field].push(p.order);
      var seen = {};
      [p.nameIds, p.kw, p.body].forEach(function (ids) {
        for (var i = 0; i < ids.length; i++) if (!seen[ids[i]]) { seen[ids[i]] = true; add(ids[i], p.order); }
      });
    });
    this.fields.forEach(function (f, index) {
      f.ids.forEach(function (id) { byField[index].forEach(function (doc) { add(id, doc); }); });
    });
    this.pages = data.pages.map(function (p) {
      return { kind: p[0], title: p[1], url: self.base + p[2], titleIds: p[3], body: p[4] };
    });
    this.articles = data.articles;
  }

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

  function best(ids, tiers) {
    var top = 0;
    for (var i = 0; i < ids.length && top < 3; i++) if (tiers[ids[i]] > top) top = tiers[ids[i]];
    return top;
  }

  var NAME = [0, 6, 8, 10], KEYWORD = [0, 4, 5, 6], FIELD = [0, 2, 3, 4], BODY = [0, 1, 2, 2];

  // Score of one procedure for a parsed query; 0 when some word or code does not match.
  Index.prototype.scoreProcedure = function (p, query, tierSets) {
    var score = 0;
    for (var c = 0; c < query.codes.length; c++) {
      var digits = query.codes[c];
      if (p.digits === digits) score += 40;
      else if (p.digits.indexOf(digits) >= 0) score += 25;
      else return 0;
    }
    var positions = [];
    var nameHits = 0;
    var fieldHits = 0;
    for (var w = 0; w < query.words.length; w++) {
      var word = query.words[w];
      var tiers = tierSets[w];
      var bestName = 0, bestBonus = 0, where = [];
      for (var i = 0; i < p.nameIds.length; i++) {
        var t = tiers[p.nameIds[i]];
        if (!t) continue;
        where.push(i);
        if (word.exact && !p.nameExact) {
          p.nameExact = spans(p.name).spans.map(function (s) { return toneNormalized(s.token); });
        }
        var bonus = word.exact && p.nameExact[i] === word.exact ? 4 : 0;
        if (NAME[t] + bonus > bestName + bestBonus) { bestName = NAME[t]; bestBonus = bonus; }
      }
      positions.push(where);
      if (where.length) nameHits++;
      var fieldScore = FIELD[best(this.fields[p.field].ids, tiers)];
      if (fieldScore) fieldHits++;
      var other = Math.max(KEYWORD[best(p.kw, tiers)], fieldScore, BODY[best(p.body, tiers)]);
      var wordScore = Math.max(bestName + bestBonus, other);
      if (!wordScore) return 0;
      score += wordScore;
    }
    if (query.words.length > 1 && adjacent(positions)) score += 10;
    // The query names the field ("người có công"): the field's procedures come first.
    if (query.words.length > 1 && fieldHits === query.words.length) score += 5;
    if (p.nameIds.length) score += 4 * nameHits / p.nameIds.length;
    // Withdrawn procedures (shown only on request) rank after those in force, but still match.
    if (p.status >= 3) score = Math.max(score - 3, 0.5);
    return score;
  };

  // Whether the words appear next to each other, in order, somewhere in the name.
  function adjacent(positions) {
    var first = positions[0];
    for (var s = 0; s < first.length; s++) {
      var ok = true;
      for (var w = 1; w < positions.length && ok; w++) ok = positions[w].indexOf(first[s] + w) >= 0;
      if (ok) return true;
    }
    return false;
  }

  // Procedures ranked for a query and filters: [{proc, score}], best first.
  Index.prototype.searchProcedures = function (query, filters) {
    filters = filters || {};
    var tierSets = query.words.map(this.tiers, this);
    var results = [];
    var candidates = this.candidates(tierSets);
    for (var c = 0; c < candidates.length; c++) {
      var p = this.procs[candidates[c]];
      if (!filters.withdrawn && p.status >= 3) continue;
      if (filters.field && this.fields[p.field].slug !== filters.field) continue;
      if (filters.level && p.levels.map(function (l) { return this.levels[l]; }, this).indexOf(filters.level) < 0) continue;
      if (filters.online && (p.online < 0 || ONLINE[p.online][1] !== filters.online)) continue;
      var score = query.empty ? 1 : this.scoreProcedure(p, query, tierSets);
      if (score > 0) results.push({ proc: p, score: score });
    }
    results.sort(function (a, b) { return b.score - a.score || a.proc.order - b.proc.order; });
    return results;
  };

  // Procedures that hold every query word somewhere (all of them when the query has no words),
  // found through the inverted lists so that scoring looks at few procedures.
  Index.prototype.candidates = function (tierSets) {
    if (!tierSets.length) return this.procs.map(function (p) { return p.order; });
    var counts = new Uint16Array(this.procs.length);
    var lists = this.docsByKey;
    for (var w = 0; w < tierSets.length; w++) {
      var seen = new Uint8Array(this.procs.length);
      var matched = tierSets[w].matched;
      for (var m = 0; m < matched.length; m++) {
        var docs = lists[matched[m]] || [];
        for (var d = 0; d < docs.length; d++) {
          if (!seen[docs[d]]) { seen[docs[d]] = 1; counts[docs[d]]++; }
        }
      }
    }
    var out = [];
    for (var i = 0; i < counts.length; i++) if (counts[i] === tierSets.length) out.push(i);
    return out;
  };

  // Hotline pages and other pages ranked for a query.
  Index.prototype.searchPages = function (query) {
    if (query.words.length === 0) return [];
    var tierSets = query.words.map(this.tiers, this);
    var results = [];
    for (var i = 0; i < this.pages.length; i++) {
      var page = this.pages[i];
      var score = 0;
      for (var w = 0; w < query.words.length; w++) {
        var s = Math.max(NAME[best(page.titleIds, tierSets[w])], BODY[best(page.body, tierSets[w])]);
        if (!s) { score = 0; break; }
        score += s;
      }
      if (score > 0) results.push({ page: page, score: score, order: i });
    }
    results.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return results;
  };

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
    fileName: fileName, STATUS: STATUS, ONLINE: ONLINE
  };

  if (typeof module === "object" && module.exports) module.exports = api;
  if (typeof document === "undefined") return;

  // ---------------------------------------------------------------- page
  function fetchJSON(url) {
    return fetch(url).then(function (response) {
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
    var indexPromise = null;
    var articles = null;
    var generation = 0;
    if (!input || !list || !status) return;

    function load() {
      if (!indexPromise) {
        indexPromise = fetchJSON(form.getAttribute("data-search-index")).then(function (data) {
          var index = new Index(data);
          if (mode === "all") articles = new ArticleIndex(index.base, data.articles, fetchJSON);
          return index;
        });
      }
      return indexPromise;
    }

    function run() {
      var text = input.value;
      var filters = readFilters(form);
      var active = text.trim() !== "" || filters.field || filters.level || filters.online || filters.withdrawn;
      if (mode !== "home") writeURL(form, text.trim(), filters);
      if (!active) {
        list.textContent = "";
        list.hidden = true;
        status.textContent = "";
        if (more) more.hidden = true;
        if (staticList) staticList.hidden = false;
        return;
      }
      var ticket = ++generation;
      load().then(function (index) {
        if (ticket !== generation) return;
        var query = parseQuery(text);
        var procedures = index.searchProcedures(query, filters);
        var pages = mode === "all" ? index.searchPages(query) : [];
        var shown = limit ? procedures.slice(0, limit) : procedures;
        list.textContent = "";
        shown.forEach(function (r) { list.appendChild(procedureItem(index, r, query)); });
        pages.forEach(function (r) {
          list.appendChild(simpleItem(r.page.title, r.page.url, r.page.kind === "duong-day-nong" ? "Đường dây nóng" : "Trang", query));
        });
        list.hidden = false;
        if (staticList) staticList.hidden = true;
        var said = procedures.length + " thủ tục";
        if (mode === "all") said += ", " + pages.length + " trang";
        status.textContent = procedures.length + pages.length === 0 && mode !== "all"
          ? "Không tìm thấy thủ tục nào. Hãy thử từ khác hoặc bỏ bớt bộ lọc."
          : "Tìm thấy " + said + (text.trim() ? " cho “" + text.trim() + "”." : ".");
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
    input.addEventListener("focus", load, { once: true });
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
