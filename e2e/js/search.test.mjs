// Tests of the procedure search client (theme/assets/search.js) against the index that the
// Swift builder wrote for the sample site.
//
//   CCHC_SITE=/path/to/sample/output node --test e2e/js/
//
// CCHC_SITE is the output folder of
//   cchc build --content content --theme theme --output <dir> --now "2026-11-26 12:00"
// These tests build nothing: they read `tim-kiem/chi-muc.json` and the article
// index `tim-kiem/bai-<hash>/` from that folder, `e2e/relevance.json`, and the sample's
// procedure files (content/thu-tuc/*.md) for the expectations of the consistency checks.

import { test, describe, before } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, "..", "..");
const S = require(join(REPO, "theme", "assets", "search.js"));

// --------------------------------------------------------------------------- the sample build

const SITE = process.env.CCHC_SITE ? resolve(process.env.CCHC_SITE) : null;

function siteIndexPath() {
  if (!SITE) {
    throw new Error("set CCHC_SITE to the output folder of the sample build " +
      "(cchc build --content content --theme theme --output DIR --now \"2026-11-26 12:00\")");
  }
  const folder = join(SITE, "tim-kiem");
  assert.ok(existsSync(folder), `${folder} does not exist: is CCHC_SITE a built site?`);
  const mains = readdirSync(folder).filter((name) => /^chi-muc.*\.json$/.test(name));
  assert.deepEqual(mains, ["chi-muc.json"], `expected tim-kiem/chi-muc.json alone in ${SITE}, found ${JSON.stringify(mains)}`);
  return join(folder, mains[0]);
}

let DATA = null; // the index as the client assembles it from its files (all of the vocabulary)
let INDEX = null; // S.Index over it, as a query first sees it (without the procedures' text)
let FULL = null; // the same with the text added
let PARTS = null; // the files: {entry, table, words, vocabulary: [parts], text}

// Reads the index files the build wrote and assembles them as the client does.
function readParts() {
  const read = (path) => JSON.parse(readFileSync(join(SITE, path), "utf8"));
  const entry = JSON.parse(readFileSync(siteIndexPath(), "utf8"));
  return {
    entry, table: read(entry.table), words: read(entry.words), text: read(entry.text),
    vocabulary: Object.keys(entry.vocabulary).sort().map((name) => read(entry.vocabulary[name])),
  };
}

function loadSite() {
  if (!DATA) {
    PARTS = readParts();
    DATA = { ...PARTS.entry, ...S.assemble(PARTS.entry, PARTS.table, PARTS.words, PARTS.vocabulary) };
    INDEX = new S.Index(DATA);
    FULL = new S.Index(S.assemble(PARTS.entry, PARTS.table, PARTS.words, PARTS.vocabulary));
    FULL.attachText(PARTS.text);
  }
  return { data: DATA, index: INDEX, full: FULL, parts: PARTS };
}

// Procedures for a query as the page shows them: the first files, then with the procedures'
// text when those find too little.
function browserSearch(text, filters) {
  const { index, full } = loadSite();
  const results = index.searchProcedures(S.parseQuery(text), filters || {});
  return index.needsText(S.parseQuery(text), results) ? full.searchProcedures(S.parseQuery(text), filters || {}) : results;
}

// The files a procedure search on the real index returns, as codes.
function codes(index, text, filters) {
  return index.searchProcedures(S.parseQuery(text), filters).map((r) => r.proc.code);
}

function fold(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
}

function slug(text) {
  return fold(text).split(/[^a-z0-9]+/).filter(Boolean).join("-");
}

// --------------------------------------------------------------------------- content (expectations)

// A minimal reader for the front matter of the sample procedures: top-level scalars and
// lists of scalars (enough for ma, ten, linh_vuc, trang_thai, dvc_truc_tuyen, cap_thuc_hien,
// tu_khoa). Values are unquoted YAML double-quoted strings or plain scalars.
function unquote(value) {
  value = value.trim();
  if (value.startsWith('"') && value.endsWith('"')) return JSON.parse(value);
  if (value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

function readProcedureFiles() {
  const folder = join(REPO, "content", "thu-tuc");
  return readdirSync(folder).filter((n) => n.endsWith(".md")).sort().map((name) => {
    const text = readFileSync(join(folder, name), "utf8").replace(/\r\n/g, "\n");
    const lines = text.split("\n");
    assert.equal(lines[0], "---", name);
    const end = lines.indexOf("---", 1);
    const front = {};
    let list = null;
    for (const line of lines.slice(1, end)) {
      const top = /^([a-z_]+):(.*)$/.exec(line);
      if (top) {
        list = null;
        if (top[2].trim() === "") { front[top[1]] = []; list = front[top[1]]; } else front[top[1]] = unquote(top[2]);
      } else if (list && /^(?: {2})?- (?:[^:]*$|")/.test(line)) {
        // List items indented (as editors write) or not (as cchc nhap writes through Yams).
        list.push(unquote(line.replace(/^(?: {2})?- /, "")));
      } else if (!/^\s/.test(line)) {
        list = null;
      }
    }
    return { file: name, front };
  });
}

// --------------------------------------------------------------------------- in-memory indexes

// Builds an index object in the format the Swift builder writes (SearchIndex.swift), from a
// tiny description, so ranking rules can be tested on names chosen for the purpose.
//   procs: [{code, name, field (index), levels?, online?, status?, kw?: [text], result?: text, body?: text}]
//   (the body is given as the procedures' text, as if the client had loaded it)
//   syn: [[[phrase, …], [term, …]], …] and stop: [phrase, …], written as keys (the index's form)
function buildIndex({ fields = [["Khác", "khac"]], levels = ["Cấp xã"], procs = [], pages = [], syn = [], stop = [] }) {
  const ids = new Map();
  const keys = [];
  const idsOf = (text) => S.tokens(text).map((token) => {
    const k = S.key(token);
    if (!ids.has(k)) { ids.set(k, keys.length); keys.push(k); }
    return ids.get(k);
  });
  const unique = (list) => [...new Set(list)].sort((a, b) => a - b);
  const fieldRows = fields.map(([name, s]) => [name, s, idsOf(name)]);
  const procRows = procs.map((p) => [
    p.code, p.name, p.field || 0, p.levels || [0], p.online === undefined ? 1 : p.online, p.status || 0,
    idsOf(p.name), (p.kw || []).flatMap(idsOf), unique(idsOf(p.result || "")),
  ]);
  const textKeys = [...new Set(procs.flatMap((p) => S.tokens(p.body || "").map(S.key)))].sort();
  const pageRows = pages.map((p) => [p.kind, p.title, p.path, idsOf(p.title), unique(idsOf(p.body || ""))]);
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
  const newId = new Array(keys.length);
  order.forEach((old, position) => { newId[old] = position; });
  const remap = (list) => list.map((i) => newId[i]);
  const index = new S.Index({
    v: 3, base: "/", keys: order.map((i) => keys[i]), syn, stop,
    fields: fieldRows.map(([n, s, list]) => [n, s, remap(list)]),
    levels,
    procs: procRows.map((row) => {
      const r = row.slice();
      r[6] = remap(r[6]);
      r[7] = remap(r[7]);
      r[8] = remap(r[8]).sort((a, b) => a - b);
      return r;
    }),
    pages: pageRows.map((row) => [row[0], row[1], row[2], remap(row[3]), remap(row[4]).sort((a, b) => a - b)]),
    articles: { dir: "tim-kiem/bai/", vocabulary: "tu-khoa.00000000.json", chunks: [], count: 0, chunk: 100 },
  });
  if (textKeys.length) {
    const at = new Map(textKeys.map((k, i) => [k, i]));
    index.attachText({
      keys: textKeys, details: procs.map(() => []),
      docs: procs.map((p) => [...new Set(S.tokens(p.body || "").map((t) => at.get(S.key(t))))].sort((a, b) => a - b)),
    });
  }
  return index;
}

function ranked(index, text, filters) {
  return index.searchProcedures(S.parseQuery(text), filters).map((r) => r.proc.name);
}

// =========================================================================== text rules

describe("fold", () => {
  test("strips every mark and maps đ/Đ to d", () => {
    assert.equal(S.fold("Đất đai"), "dat dai");
    assert.equal(S.fold("ĐĂNG KÝ KHAI TỬ"), "dang ky khai tu");
    assert.equal(S.fold("Chứng thực bản sao"), "chung thuc ban sao");
    assert.equal(S.fold("ưởng ợ ễ ỷ ạ"), "uong o e y a");
  });
  test("NFD and NFC input fold alike", () => {
    const text = "Hòa giải tranh chấp đất đai tại Ủy ban";
    assert.equal(S.fold(text.normalize("NFD")), S.fold(text.normalize("NFC")));
  });
  test("leaves ASCII and digits alone (apart from case)", () => {
    assert.equal(S.fold("Mã 1.001193 ABC"), "ma 1.001193 abc");
  });
});

describe("key", () => {
  test("folds", () => {
    assert.equal(S.key("đăng"), "dang");
    assert.equal(S.key("ĐẤT"), "dat");
  });
  test("final y after a consonant or qu is written i (ký/kí, lý/lí, sỹ/sĩ, quy/qui)", () => {
    assert.equal(S.key("ký"), "ki");
    assert.equal(S.key("kí"), "ki");
    assert.equal(S.key("lý"), "li");
    assert.equal(S.key("lí"), "li");
    assert.equal(S.key("sỹ"), S.key("sĩ"));
    assert.equal(S.key("quý"), "qui");
    assert.equal(S.key("quy"), S.key("qui"));
    assert.equal(S.key("KÝ"), "ki");
  });
  test("y after a vowel, y alone and y inside a word stay", () => {
    assert.equal(S.key("thủy"), "thuy");
    assert.equal(S.key("tây"), "tay");
    assert.equal(S.key("yên"), "yen");
    assert.equal(S.key("y"), "y");
    assert.equal(S.key("khuyết"), "khuyet");
  });
  test("is idempotent", () => {
    for (const word of ["ký", "quý", "thủy", "đăng", "y", "hòa", "nghiêng"]) {
      assert.equal(S.key(S.key(word)), S.key(word), word);
    }
  });
});

describe("tokens", () => {
  test("splits on punctuation and spaces, lower-cases, keeps marks", () => {
    assert.deepEqual(S.tokens("Đổi, cấp lại Giấy xác nhận khuyết tật"),
      ["đổi", "cấp", "lại", "giấy", "xác", "nhận", "khuyết", "tật"]);
    assert.deepEqual(S.tokens("(áp dụng cho cả trường hợp)"), ["áp", "dụng", "cho", "cả", "trường", "hợp"]);
    assert.deepEqual(S.tokens("Thi đua - khen thưởng"), ["thi", "đua", "khen", "thưởng"]);
  });
  test("digits are word characters; the dot of a code separates", () => {
    assert.deepEqual(S.tokens("Mã 1.001193"), ["mã", "1", "001193"]);
    assert.deepEqual(S.tokens("60/2014/QH13"), ["60", "2014", "qh13"]);
  });
  test("NFD input gives NFC tokens", () => {
    const nfd = "Thủ tục đăng ký khai sinh".normalize("NFD");
    assert.deepEqual(S.tokens(nfd), ["thủ", "tục", "đăng", "ký", "khai", "sinh"]);
    for (const t of S.tokens(nfd)) assert.equal(t, t.normalize("NFC"));
  });
  test("empty and punctuation-only text give no tokens", () => {
    assert.deepEqual(S.tokens(""), []);
    assert.deepEqual(S.tokens(" – , . ; "), []);
  });
});

describe("toneNormalized", () => {
  test("old and new tone placement compare equal", () => {
    assert.equal(S.toneNormalized("hoà"), S.toneNormalized("hòa"));
    assert.equal(S.toneNormalized("hoà"), "hoa\u0300");
    assert.equal(S.toneNormalized("uỷ"), S.toneNormalized("ủy"));
    assert.equal(S.toneNormalized("thuỷ"), S.toneNormalized("thủy"));
    assert.equal(S.toneNormalized("khoẻ"), S.toneNormalized("khỏe"));
  });
  test("y/i variants compare equal with their tone", () => {
    assert.equal(S.toneNormalized("ký"), S.toneNormalized("kí"));
    assert.equal(S.toneNormalized("sỹ"), S.toneNormalized("sĩ"));
  });
  test("different tones or vowel marks stay different", () => {
    const forms = ["hộ", "hồ", "họ", "hỗ", "hổ", "hố", "ho"].map(S.toneNormalized);
    assert.equal(new Set(forms).size, forms.length, JSON.stringify(forms));
    assert.notEqual(S.toneNormalized("đăng"), S.toneNormalized("dăng"));
    assert.notEqual(S.toneNormalized("tịch"), S.toneNormalized("tích"));
  });
  test("NFD input gives the same form", () => {
    assert.equal(S.toneNormalized("hoà".normalize("NFD")), S.toneNormalized("hòa"));
  });
});

describe("telex", () => {
  test("reads keystrokes typed with the input method off", () => {
    assert.equal(S.telex("ddawng"), "đăng");
    assert.equal(S.telex("kys"), "ký");
    assert.equal(S.telex("chuwngs"), "chứng");
    assert.equal(S.telex("thuwcj"), "thực");
    assert.equal(S.telex("tuwr"), "tử");
    assert.equal(S.telex("keets"), "kết");
    assert.equal(S.telex("hoon"), "hôn");
    assert.equal(S.telex("six"), "sĩ");
    assert.equal(S.telex("thowf"), "thờ");
    assert.equal(S.telex("ddaats"), "đất");
  });
  test("tone position does not matter for matching", () => {
    assert.equal(S.toneNormalized(S.telex("hoaf")), S.toneNormalized("hòa"));
    assert.equal(S.toneNormalized(S.telex("giair")), S.toneNormalized("giải"));
  });
  test("null when there is nothing to read", () => {
    assert.equal(S.telex("khai"), null);
    assert.equal(S.telex("sinh"), null);
    assert.equal(S.telex("đăng"), null, "non-ASCII input is not Telex");
    assert.equal(S.telex("s"), null, "a lone tone key is not a tone");
    assert.equal(S.telex("ks"), null, "a tone key needs a vowel before it");
  });
});

describe("regional", () => {
  test("x → s and tr → ch at the onset", () => {
    assert.equal(S.regional("xac"), "sac");
    assert.equal(S.regional("tro"), "cho");
    assert.equal(S.regional("tranh"), "chanh");
  });
  test("s, ch and other onsets stay; only the onset changes", () => {
    assert.equal(S.regional("sac"), "sac");
    assert.equal(S.regional("cho"), "cho");
    assert.equal(S.regional("khai"), "khai");
    assert.equal(S.regional("nhtr"), "nhtr");
    assert.equal(S.regional("sax"), "sax");
  });
});

describe("parseQuery", () => {
  test("words carry key, exact form, alternatives and the prefix flag on the last word only", () => {
    const q = S.parseQuery("Đăng ký khai s");
    assert.deepEqual(q.words.map((w) => w.key), ["dang", "ki", "khai", "s"]);
    assert.deepEqual(q.words.map((w) => w.prefix), [false, false, false, true]);
    assert.equal(q.words[0].exact, S.toneNormalized("đăng"));
    assert.equal(q.words[2].exact, null, "an unmarked word has no exact form");
    assert.deepEqual(q.codes, []);
    assert.equal(q.empty, false);
  });
  test("a trailing space ends the last word", () => {
    const q = S.parseQuery("khai sinh ");
    assert.ok(q.words.every((w) => !w.prefix));
  });
  test("codes with and without the dot, and in part", () => {
    assert.deepEqual(S.parseQuery("1.001193").codes, ["1001193"]);
    assert.deepEqual(S.parseQuery("1.001193").words, []);
    assert.deepEqual(S.parseQuery("1001193").codes, ["1001193"]);
    assert.deepEqual(S.parseQuery("001193").codes, ["001193"]);
    const mixed = S.parseQuery("thủ tục 1.004873");
    assert.deepEqual(mixed.codes, ["1004873"]);
    assert.deepEqual(mixed.words.map((w) => w.key), ["thu", "tuc"]);
  });
  test("Telex and regional alternatives", () => {
    assert.deepEqual(S.parseQuery("ddawng ").words[0].alts, ["dang"]);
    assert.ok(S.parseQuery("kys").words[0].alts.includes("ki"));
    assert.ok(S.parseQuery("xác").words[0].alts.includes("sac"));
    assert.ok(S.parseQuery("trợ").words[0].alts.includes("cho"));
    assert.deepEqual(S.parseQuery("khai ").words[0].alts, []);
  });
  test("NFD, capitals and NFC parse alike", () => {
    const a = S.parseQuery("ĐĂNG KÝ KHAI TỬ".normalize("NFD"));
    const b = S.parseQuery("đăng ký khai tử");
    assert.deepEqual(a.words.map((w) => [w.key, w.exact]), b.words.map((w) => [w.key, w.exact]));
  });
  test("empty input", () => {
    for (const text of ["", "   ", null, undefined, " , . "]) {
      const q = S.parseQuery(text);
      assert.equal(q.empty, true, JSON.stringify(text));
      assert.deepEqual(q.words, []);
    }
  });
});

describe("highlight", () => {
  test("marks the words a query matched, keeps the rest verbatim", () => {
    const parts = S.highlight("Thủ tục đăng ký khai sinh", S.parseQuery("dang ki khai s"));
    assert.equal(parts.map((p) => p.text).join(""), "Thủ tục đăng ký khai sinh");
    assert.deepEqual(parts.filter((p) => p.hit).map((p) => p.text), ["đăng", "ký", "khai", "sinh"]);
  });
  test("marks Telex and regional matches and code digits", () => {
    const telex = S.highlight("Thủ tục đăng ký khai sinh", S.parseQuery("ddawng kys "));
    assert.deepEqual(telex.filter((p) => p.hit).map((p) => p.text), ["đăng", "ký"]);
    const regional = S.highlight("Giấy xác nhận", S.parseQuery("sác nhận"));
    assert.deepEqual(regional.filter((p) => p.hit).map((p) => p.text), ["xác", "nhận"]);
    const code = S.highlight("Mã 1.001193", S.parseQuery("1001193"));
    assert.deepEqual(code.filter((p) => p.hit).map((p) => p.text), ["1", "001193"]);
  });
});

// =========================================================================== Swift ↔ JS

describe("the Swift index and the JS rules agree", () => {
  let data, index, files;
  before(() => {
    ({ data, index } = loadSite());
    files = readProcedureFiles();
  });

  test("the index holds every procedure of the sample", () => {
    assert.equal(data.v, 3);
    assert.equal(data.procs.length, files.length);
    assert.deepEqual(data.procs.map((p) => p[0]).sort(), files.map((f) => f.front.ma).sort());
    for (const f of files) {
      const row = data.procs.find((p) => p[0] === f.front.ma);
      assert.equal(row[1], f.front.ten, `${f.file}: name`);
    }
  });

  test("keys are sorted in JS order, unique, and already folded", () => {
    const keys = data.keys;
    assert.ok(keys.length > 100);
    const problems = [];
    for (let i = 1; i < keys.length; i++) {
      if (!(keys[i - 1] < keys[i])) problems.push(`${i - 1}:${JSON.stringify(keys[i - 1])} !< ${i}:${JSON.stringify(keys[i])}`);
    }
    assert.deepEqual(problems, [], "keys must be strictly increasing (JS < on UTF-16 code units)");
    const unfolded = keys.filter((k) => S.key(k) !== k);
    assert.deepEqual(unfolded, [], "every key must be its own key()");
    assert.deepEqual(keys.filter((k) => /[đĐ]/.test(k)), [], "đ must fold to d");
  });

  test("every id in the index points into keys; set columns are sorted and unique", () => {
    const n = data.keys.length;
    const inRange = (list, what) => list.forEach((id) => assert.ok(Number.isInteger(id) && id >= 0 && id < n, `${what}: id ${id}`));
    const sortedSet = (list, what) => {
      for (let i = 1; i < list.length; i++) assert.ok(list[i - 1] < list[i], `${what}: not a sorted set ${JSON.stringify(list)}`);
    };
    for (const p of data.procs) {
      inRange(p[6], `${p[0]} name`);
      inRange(p[7], `${p[0]} keywords`);
      inRange(p[8], `${p[0]} results`);
      sortedSet(p[8], `${p[0]} results`);
    }
    for (const f of data.fields) inRange(f[2], `field ${f[0]}`);
    for (const p of data.pages) {
      inRange(p[3], `page ${p[1]} title`);
      inRange(p[4], `page ${p[1]} body`);
      sortedSet(p[4], `page ${p[1]} body`);
    }
  });

  test("tokens(name) through key() equals the index's name keys, for every procedure", () => {
    const mismatches = [];
    for (const p of index.procs) {
      const js = S.tokens(p.name).map(S.key);
      const swift = p.nameIds.map((id) => data.keys[id]);
      if (JSON.stringify(js) !== JSON.stringify(swift)) mismatches.push({ code: p.code, js, swift });
      // The client's exact forms (computed per name token, when a query has marks) must line up with the ids.
      const exact = S.tokens(p.name).map(S.toneNormalized);
      assert.equal(exact.length, p.nameIds.length, `${p.code}: exact forms and nameIds differ in length`);
    }
    assert.deepEqual(mismatches, []);
    assert.equal(index.procs.length, data.procs.length);
  });

  test("field names, page titles: tokens through key() equal the index", () => {
    for (const f of data.fields) {
      assert.deepEqual(S.tokens(f[0]).map(S.key), f[2].map((id) => data.keys[id]), `field ${f[0]}`);
      assert.equal(f[1], slug(f[0]), `field slug of ${f[0]}`);
    }
    for (const p of data.pages) {
      assert.deepEqual(S.tokens(p[1]).map(S.key), p[3].map((id) => data.keys[id]), `page ${p[1]}`);
    }
  });

  test("keywords (tu_khoa) of every procedure file are indexed with the same spellings, in order", () => {
    const mismatches = [];
    for (const f of files) {
      const expected = (f.front.tu_khoa || []).flatMap(S.tokens).map(S.toneNormalized);
      const row = data.procs.find((p) => p[0] === f.front.ma);
      const actual = row[7].map((id) => data.spelled[id]);
      if (JSON.stringify(expected) !== JSON.stringify(actual)) mismatches.push({ code: f.front.ma, expected, actual });
    }
    assert.deepEqual(mismatches, []);
  });

  test("fields, levels, online and status columns match the procedure files", () => {
    const ONLINE = { toan_trinh: "toan-trinh", muc_do_4: "toan-trinh", mot_phan: "mot-phan", muc_do_3: "mot-phan", thong_tin: "thong-tin", khong: "khong" };
    const STATUS = { hieu_luc: "hieu-luc", moi_ban_hanh: "moi-ban-hanh", sua_doi: "sua-doi", thay_the: "thay-the", bai_bo: "bai-bo" };
    for (const f of files) {
      const p = index.procs.find((x) => x.code === f.front.ma);
      const what = `${f.file} (${p.code})`;
      assert.equal(index.fields[p.field].slug, slug(f.front.linh_vuc.replace(/\s+/g, " ")), `${what}: field`);
      const levels = [].concat(f.front.cap_thuc_hien); // a list, or one level written as a scalar
      assert.deepEqual(p.levels.map((l) => index.levels[l]), levels, `${what}: levels`);
      const online = f.front.dvc_truc_tuyen ? ONLINE[f.front.dvc_truc_tuyen] : undefined;
      assert.equal(p.online < 0 ? undefined : S.ONLINE[p.online][1], online, `${what}: online`);
      assert.equal(S.STATUS[p.status][1], STATUS[f.front.trang_thai || "hieu_luc"], `${what}: status`);
    }
  });

  test("article vocabulary: sorted, unique, folded, one postings file per key named by fileName()", () => {
    const dir = join(SITE, data.articles.dir);
    const vocab = JSON.parse(readFileSync(join(dir, data.articles.vocabulary), "utf8")).keys;
    const keys = vocab.map((k) => k[0]);
    for (let i = 1; i < keys.length; i++) assert.ok(keys[i - 1] < keys[i], `article keys out of order at ${i}: ${keys[i - 1]} / ${keys[i]}`);
    assert.deepEqual(keys.filter((k) => S.key(k) !== k), []);
    const postingFiles = new Set(readdirSync(join(dir, "k")));
    assert.equal(postingFiles.size, keys.length, "one postings file per key");
    for (const [k, df, file] of vocab) {
      const name = file;
      assert.ok(name.startsWith(S.fileName(k) + ".") && /\.[0-9a-f]{8}\.json$/.test(name), `k/${name} for key ${k}`);
      assert.ok(postingFiles.has(name), `no k/${name} for key ${k}`);
      const postings = JSON.parse(readFileSync(join(dir, "k", name), "utf8"));
      assert.equal(postings.length, 2 * df, `k/${name}: ${postings.length / 2} postings, df ${df}`);
    }
    const chunks = readdirSync(join(dir, "m"));
    assert.equal(chunks.length, Math.ceil(data.articles.count / data.articles.chunk));
    assert.deepEqual(chunks.sort(), data.articles.chunks.map((c) => c.slice(2)).sort());
  });
});

// =========================================================================== ranking rules

describe("ranking", () => {
  let index;
  before(() => { ({ index } = loadSite()); });

  test("exact diacritics first when folding merges words (in-memory: Hồ tích / Hộ tịch)", () => {
    const tiny = buildIndex({ procs: [{ code: "9.000001", name: "Hồ tích" }, { code: "9.000002", name: "Hộ tịch" }] });
    assert.deepEqual(ranked(tiny, "hộ tịch"), ["Hộ tịch", "Hồ tích"]);
    assert.deepEqual(ranked(tiny, "hồ tích"), ["Hồ tích", "Hộ tịch"]);
    assert.deepEqual(ranked(tiny, "hộ tich"), ["Hộ tịch", "Hồ tích"], "one exact word is enough");
    assert.deepEqual(ranked(tiny, "ho tich"), ["Hồ tích", "Hộ tịch"], "no marks typed: both, in index order");
    assert.deepEqual(ranked(tiny, "hộ tị"), ["Hộ tịch", "Hồ tích"], "while typing");
  });

  test("exact match is tone-placement insensitive (in-memory: Hóa giải / Hòa giải, query hoà)", () => {
    const tiny = buildIndex({ procs: [{ code: "9.000001", name: "Hóa giải" }, { code: "9.000002", name: "Hòa giải" }] });
    assert.deepEqual(ranked(tiny, "hoà giải"), ["Hòa giải", "Hóa giải"]);
    assert.deepEqual(ranked(tiny, "hoá giải"), ["Hóa giải", "Hòa giải"]);
  });

  test("exact diacritics first on the real index: 'hộ' names above 'hỗ' names and back", () => {
    const hasWord = (name, word) => S.tokens(name).includes(word);
    for (const [typed, other] of [["hộ", "hỗ"], ["hỗ", "hộ"]]) {
      const results = index.searchProcedures(S.parseQuery(typed + " "), {}).map((r) => r.proc);
      const exact = results.filter((p) => hasWord(p.name, typed));
      const folded = results.filter((p) => hasWord(p.name, other) && !hasWord(p.name, typed));
      assert.ok(exact.length >= 2 && folded.length >= 2, `${typed}: ${exact.length} exact, ${folded.length} folded name matches`);
      const lastExact = Math.max(...exact.map((p) => results.indexOf(p)));
      const firstFolded = Math.min(...folded.map((p) => results.indexOf(p)));
      assert.ok(lastExact < firstFolded,
        `query "${typed}": a name with "${other}" ranks above one with "${typed}":\n` +
        results.map((p) => `  ${p.code} ${p.name}`).join("\n"));
    }
  });

  test("ranking, not filtering: a word that matches nothing does not empty the results", () => {
    assert.equal(codes(index, "khai sinh zzzqqq")[0], "1.001193");
    assert.equal(codes(index, "đăng ký khai sinh cho bé")[0], "1.001193");
    assert.deepEqual(codes(index, "khai sinh 9.999999"), [], "a code that matches nothing still empties the results");
  });

  test("a result matches half of the meaningful words, or scores 30% of the best (in-memory)", () => {
    const tiny = buildIndex({
      procs: [
        { code: "9.000001", name: "Alpha beta gamma delta" },
        { code: "9.000002", name: "Alpha epsilon zeta eta theta" },
        { code: "9.000003", name: "Alpha beta gamma" },
      ],
    });
    // 5 words: 3 must match, or the score must reach 30% of the best; "Alpha epsilon…" has one
    // common word and scores far below.
    const results = tiny.searchProcedures(S.parseQuery("alpha beta gamma delta omega "), {});
    assert.deepEqual(results.map((r) => r.proc.code), ["9.000001", "9.000003"]);
    // 2 words: 1 is half.
    assert.deepEqual(codes(tiny, "alpha omega ").sort(), ["9.000001", "9.000002", "9.000003"]);
    assert.deepEqual(codes(tiny, "omega "), []);
  });

  test("function words count for little and are not required (in-memory)", () => {
    const tiny = buildIndex({
      stop: ["xin", "lam", "o dau"],
      procs: [
        { code: "9.000001", name: "Xin phép làm nhà" },
        { code: "9.000002", name: "Cấp giấy phép xây dựng nhà ở riêng lẻ" },
      ],
    });
    // "xin" and "làm" are function words: "nhà" is the only meaningful word, both names have it.
    const results = tiny.searchProcedures(S.parseQuery("xin làm nhà ở đâu "), {});
    assert.equal(results.length, 2);
    assert.ok(results[0].score - results[1].score < 2, "function words barely separate the two");
    // A query of function words only searches them as words.
    assert.deepEqual(codes(tiny, "xin "), ["9.000001"]);
    assert.ok(tiny.searchProcedures(S.parseQuery("xin làm nhà "), {})[0].complete);
  });

  test("the vocabulary adds the official terms, at a lower weight than the words typed (in-memory)", () => {
    const tiny = buildIndex({
      syn: [[["so do"], ["giay chung nhan quyen su dung dat"]], [["ho khau"], ["thuong tru"]]],
      procs: [
        { code: "9.000001", name: "Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất lần đầu" },
        { code: "9.000002", name: "Đăng ký thường trú" },
        { code: "9.000003", name: "Sổ theo dõi đỏ" },
      ],
    });
    assert.deepEqual(codes(tiny, "làm sổ đỏ "), ["9.000001"], "the phrase stands for the certificate; its words scattered are not the phrase");
    assert.deepEqual(codes(tiny, "nhap ho khau "), ["9.000002"]);
    const literal = tiny.searchProcedures(S.parseQuery("thường trú "), {})[0].score;
    const expanded = tiny.searchProcedures(S.parseQuery("hộ khẩu "), {})[0].score;
    assert.ok(expanded < literal, `expansion ${expanded} < literal ${literal}`);
  });

  test("a function word typed with its marks is dropped; with other marks it is a word (in-memory)", () => {
    const tiny = buildIndex({
      stop: ["xin"],
      procs: [{ code: "9.000001", name: "Công nhận hộ cận nghèo" }, { code: "9.000002", name: "Xin phép" }],
    });
    tiny.addVocabulary({ stopMarked: ["cần"] });
    const words = (text) => tiny.markStopWords(S.parseQuery(text + " ")).words.map((w) => w.stop);
    assert.deepEqual(words("cần hộ nghèo"), [true, false, false]);
    assert.deepEqual(words("hộ cận nghèo"), [false, false, false]);
    assert.deepEqual(words("can ho ngheo"), [false, false, false], "without marks it may be cận");
    assert.deepEqual(words("xin ho ngheo"), [true, false, false], "an unambiguous function word, marks or not");
    assert.equal(codes(tiny, "cần hộ cận nghèo")[0], "9.000001");
  });

  test("keywords and results typed with other marks count for less (in-memory)", () => {
    const tiny = buildIndex({
      procs: [
        { code: "9.000001", name: "Thủ tục A", kw: ["giấy độc thân"] },
        { code: "9.000002", name: "Thủ tục B", kw: ["đọc kinh"] },
      ],
    });
    // buildIndex gives no spellings: the real index does (checked below on the sample).
    const { index: real } = loadSite();
    assert.ok(real.procs.every((p) => Array.isArray(p.spelt)));
    const doc = real.procs.find((p) => p.code === "1.004873");
    assert.ok(doc.spelt.includes(S.toneNormalized("độc")), "giấy độc thân is a keyword of 1.004873");
    assert.ok(real.exactInKeywords(doc.order, S.toneNormalized("độc")));
    assert.ok(!real.exactInKeywords(doc.order, S.toneNormalized("đọc")));
    assert.deepEqual(codes(tiny, "doc ").sort(), ["9.000001", "9.000002"]);
  });

  test("the vocabulary is split by the start of each phrase's first key, as the client looks it up", () => {
    const { parts } = loadSite();
    const names = Object.keys(parts.entry.vocabulary);
    assert.ok(names.length > 20, names.join(" "));
    for (const name of names) {
      const part = JSON.parse(readFileSync(join(SITE, parts.entry.vocabulary[name]), "utf8"));
      const phrases = part.syn.flatMap((e) => e[0]).concat(part.stop, part.stopMarked);
      assert.ok(phrases.length > 0, name);
      for (const phrase of phrases) assert.equal(S.vocabularyPart(S.key(phrase.split(" ")[0])), name, `${phrase} in part ${name}`);
    }
    assert.equal(S.vocabularyPart("dang"), "da");
    assert.equal(S.vocabularyPart("x"), "x");
  });

  test("nothing found: unknown words are mended to the closest words of the index", () => {
    const { full } = loadSite();
    assert.equal(full.suggest(S.parseQuery("khaii sinhh")), "khai sinh");
    assert.equal(full.suggest(S.parseQuery("chung thucc")), "chung thuc");
    assert.equal(full.suggest(S.parseQuery("khai sinh")), null, "nothing to mend");
    assert.equal(full.suggest(S.parseQuery("zzzzqqqq")), null, "too far from every word");
  });

  test("a query of codes needs only the codes and the parts of the table it matches", () => {
    const { index, parts } = loadSite();
    const codesFile = JSON.parse(readFileSync(join(SITE, parts.entry.codes), "utf8"));
    assert.deepEqual(codesFile.codes, index.procs.map((p) => p.code));
    for (const text of ["1.001193", "1001193", "1.0048", "001", "9.999999", "1.000748"]) {
      const query = S.parseQuery(text);
      const positions = S.codePositions(codesFile, query);
      // As the page fetches them: only the parts holding a match, by their number.
      const tableParts = {};
      for (const i of positions) {
        const n = Math.floor(i / codesFile.chunk);
        tableParts[n] = JSON.parse(readFileSync(join(SITE, codesFile.chunks[n]), "utf8"));
      }
      const small = new S.Index(S.assemble(parts.entry, S.partialTable(codesFile, tableParts, positions)));
      assert.deepEqual(codes(small, text), codes(index, text), text);
      assert.deepEqual(codes(small, text, { withdrawn: true }), codes(index, text, { withdrawn: true }), text);
      const told = (i) => i.searchProcedures(S.parseQuery(text), {}).withdrawn.map((r) => r.proc.code);
      assert.deepEqual(told(small), told(index), text);
      for (const code of told(small)) assert.deepEqual(small.withdrawn[code], index.withdrawn[code], code);
    }
  });

  test("the procedures' text is fetched only when the first files find too little", () => {
    const { index } = loadSite();
    const ask = (text) => index.needsText(S.parseQuery(text), index.searchProcedures(S.parseQuery(text), {}));
    assert.equal(ask("dang ky khai sinh"), false);
    assert.equal(ask("1.001193"), false, "codes need no words");
    assert.equal(ask("zzzq"), true);
  });

  test("abolished procedures still match with filters.withdrawn, ranked after those in force", () => {
    const { full } = loadSite();
    const agency = full.procs.find((p) => p.code === "1.011607");
    assert.ok(agency.details.some((id) => full.keys[id] === "cap"), "1.011607 has cấp in its details (Ủy ban nhân dân cấp xã)");
    const both = codes(full, "công nhận hộ nghèo ", { withdrawn: true });
    assert.ok(both.includes("1.011607"), both.join(" "));
    assert.ok(!codes(full, "công nhận hộ nghèo ").includes("1.011607"));
  });

  test("adjacency bonus: words next to each other, in order, rank higher (in-memory)", () => {
    const tiny = buildIndex({
      procs: [
        { code: "9.000001", name: "Khai tử, sinh con" },
        { code: "9.000002", name: "Khai sinh, tử con" },
      ],
    });
    const results = tiny.searchProcedures(S.parseQuery("khai sinh"), {});
    assert.deepEqual(results.map((r) => r.proc.name), ["Khai sinh, tử con", "Khai tử, sinh con"]);
    assert.ok(results[0].score > results[1].score);
    const reversed = tiny.searchProcedures(S.parseQuery("sinh khai"), {});
    assert.equal(reversed[0].score, reversed[1].score, "words out of order get no bonus");
  });

  test("adjacency on the real index: 'khai sinh' ranks names with 'khai sinh' above names with both words apart", () => {
    const results = index.searchProcedures(S.parseQuery("khai sinh"), {}).map((r) => r.proc);
    assert.equal(results[0].code, "1.001193");
    const adjacentKeys = (name) => {
      const k = S.tokens(name).map(S.key);
      return k.some((x, i) => x === "khai" && k[i + 1] === "sinh");
    };
    const firstApart = results.findIndex((p) => !adjacentKeys(p.name));
    const lastTogether = results.map((p) => adjacentKeys(p.name)).lastIndexOf(true);
    assert.ok(firstApart < 0 || lastTogether < firstApart, results.map((p) => p.code + " " + p.name).join("\n"));
  });

  test("name outranks keyword, keyword outranks field, field outranks body (in-memory)", () => {
    const tiny = buildIndex({
      fields: [["Khác", "khac"], ["Bảo trợ xã hội", "bao-tro-xa-hoi"]],
      procs: [
        { code: "9.000001", name: "Thủ tục A", body: "Hỗ trợ bảo trợ xã hội cho người dân" },
        { code: "9.000002", name: "Thủ tục B", field: 1 },
        { code: "9.000003", name: "Thủ tục C", kw: ["bảo trợ xã hội"] },
        { code: "9.000004", name: "Bảo trợ xã hội cho trẻ em" },
        { code: "9.000005", name: "Thủ tục E" },
      ],
    });
    const found = tiny.searchProcedures(S.parseQuery("bảo trợ xã hội"), {}).map((r) => r.proc.code);
    // The body-only match scores under 30% of the name match: it may be cut, never ranked higher.
    assert.deepEqual(found.slice(0, 3), ["9.000004", "9.000003", "9.000002"]);
    assert.ok(found.length === 3 || found[3] === "9.000001", found.join(" "));
  });

  test("name outranks field on the real index: 'hộ tịch' lists the names with hộ tịch first", () => {
    const results = codes(index, "hộ tịch");
    assert.deepEqual(results.slice(0, 2).sort(), ["1.004859", "2.000635"], results.join(" "));
    assert.ok(results.includes("1.001193"), "field-only matches still come");
  });

  test("a shorter name that the query covers ranks above a longer one (in-memory)", () => {
    const tiny = buildIndex({
      procs: [
        { code: "9.000001", name: "Đăng ký khai sinh kết hợp nhận cha mẹ con" },
        { code: "9.000002", name: "Đăng ký khai sinh" },
      ],
    });
    assert.deepEqual(ranked(tiny, "dang ky khai sinh"), ["Đăng ký khai sinh", "Đăng ký khai sinh kết hợp nhận cha mẹ con"]);
  });

  test("codes: exact code first, part of a code matches", () => {
    assert.deepEqual(codes(index, "1.001193"), ["1.001193"]);
    assert.deepEqual(codes(index, "1001193"), ["1.001193"]);
    assert.deepEqual(codes(index, "001193"), ["1.001193"]);
    const part = codes(index, "1.0048");
    assert.deepEqual(part.slice().sort(), ["1.004837", "1.004845", "1.004859", "1.004873", "1.004884"], part.join(" "));
    assert.deepEqual(codes(index, "4873"), ["1.004873"], "four digits of a code");
    assert.deepEqual(codes(index, "1.0048 tôn giáo"), [], "words and a partial code must both match");
    assert.equal(codes(index, "1.0048 giám hộ")[0], "1.004837");
    assert.deepEqual(codes(index, "2.000635")[0], "2.000635");
  });

  test("abolished and replaced procedures are hidden unless filters.withdrawn", () => {
    const withdrawnCodes = index.procs.filter((p) => p.status >= 3).map((p) => p.code).sort();
    assert.deepEqual(withdrawnCodes, ["1.000748", "1.011607", "1.012812"]);
    const shown = codes(index, "", {});
    assert.equal(shown.length, index.procs.length - 3);
    assert.ok(withdrawnCodes.every((c) => !shown.includes(c)));
    assert.equal(codes(index, "", { withdrawn: true }).length, index.procs.length);
    assert.ok(!codes(index, "giấy khen").includes("1.000748"), "the only procedure about giấy khen is abolished");
    assert.equal(codes(index, "giấy khen", { withdrawn: true })[0], "1.000748");
    assert.deepEqual(codes(index, "1.000748"), []);
    assert.deepEqual(codes(index, "1.000748", { withdrawn: true }), ["1.000748"]);
    assert.ok(!codes(index, "hộ nghèo").includes("1.011607"));
    assert.ok(codes(index, "hộ nghèo", { withdrawn: true }).includes("1.011607"));
  });

  test("a withdrawn procedure named by its name or code is told apart, not silently hidden", () => {
    const withdrawn = (text) => index.searchProcedures(S.parseQuery(text + " "), {}).withdrawn.map((r) => r.proc.code);
    assert.deepEqual(withdrawn("Thủ tục tặng Giấy khen của Chủ tịch UBND cấp xã cho gia đình"), ["1.000748"]);
    assert.deepEqual(withdrawn("tang giay khen cho gia dinh"), ["1.000748"], "without marks too");
    assert.deepEqual(withdrawn("1.000748"), ["1.000748"], "by its code");
    assert.deepEqual(withdrawn("khai sinh"), [], "a query that names no withdrawn procedure");
    const asked = index.searchProcedures(S.parseQuery("1.000748 "), { withdrawn: true });
    assert.deepEqual(asked.withdrawn, [], "shown among the results when the filter asks for withdrawn ones");
    assert.deepEqual(index.withdrawn["1.012812"].replacement, {
      code: "1.013975", name: "Hòa giải tranh chấp đất đai tại Ủy ban nhân dân cấp xã",
    });
  });

  test("a replaced procedure ranks below the one that replaces it", () => {
    const both = codes(index, "hòa giải tranh chấp đất đai", { withdrawn: true });
    assert.ok(both.includes("1.012812") && both.includes("1.013975"), both.join(" "));
    assert.ok(both.indexOf("1.013975") < both.indexOf("1.012812"), both.join(" "));
    assert.ok(!codes(index, "hòa giải tranh chấp đất đai").includes("1.012812"));
  });

  test("filter by field", () => {
    const files = readProcedureFiles();
    const hoTich = files.filter((f) => slug(f.front.linh_vuc) === "ho-tich" && !["thay_the", "bai_bo"].includes(f.front.trang_thai))
      .map((f) => f.front.ma).sort();
    assert.equal(hoTich.length, 25, "the sample has 25 hộ tịch procedures in force (some spelt HỘ TỊCH)");
    assert.deepEqual(codes(index, "", { field: "ho-tich" }).sort(), hoTich);
    const narrowed = codes(index, "giấy", { field: "ho-tich" });
    assert.ok(narrowed.length > 0 && narrowed.every((c) => hoTich.includes(c)), narrowed.join(" "));
    assert.ok(codes(index, "giấy").some((c) => !hoTich.includes(c)), "without the filter other fields come too");
    assert.deepEqual(codes(index, "khai sinh", { field: "chung-thuc" }), []);
    assert.deepEqual(codes(index, "", { field: "khong-co-linh-vuc-nay" }), []);
  });

  test("filter by level", () => {
    const files = readProcedureFiles();
    const inForce = (f) => !["thay_the", "bai_bo"].includes(f.front.trang_thai);
    const at = (level) => files.filter((f) => inForce(f) && [].concat(f.front.cap_thuc_hien).includes(level)).map((f) => f.front.ma).sort();
    assert.ok(at("Cấp tỉnh").includes("2.000635") && at("Cấp tỉnh").includes("1.013831"));
    assert.deepEqual(codes(index, "", { level: "Cấp tỉnh" }).sort(), at("Cấp tỉnh"));
    // the withdrawn ones, and 1.013831, a provincial procedure only, are left out
    assert.deepEqual(codes(index, "", { level: "Cấp xã" }).sort(), at("Cấp xã"));
    assert.ok(!at("Cấp xã").includes("1.013831"));
    assert.deepEqual(codes(index, "khai sinh", { level: "Cấp tỉnh" }), ["2.000635"]);
  });

  test("filter by online level", () => {
    const files = readProcedureFiles();
    const full = files.filter((f) => ["toan_trinh", "muc_do_4"].includes(f.front.dvc_truc_tuyen) &&
      !["thay_the", "bai_bo"].includes(f.front.trang_thai)).map((f) => f.front.ma).sort();
    assert.deepEqual(codes(index, "", { online: "toan-trinh" }).sort(), full);
    const ks = index.searchProcedures(S.parseQuery("khai sinh"), { online: "toan-trinh" }).map((r) => r.proc);
    assert.equal(ks[0].code, "1.001193");
    assert.ok(ks.every((p) => S.ONLINE[p.online][1] === "toan-trinh"));
    assert.ok(!ks.some((p) => p.code === "1.004884"), "đăng ký lại khai sinh is only partly online");
    const none = files.filter((f) => f.front.dvc_truc_tuyen === "khong" && !["thay_the", "bai_bo"].includes(f.front.trang_thai))
      .map((f) => f.front.ma).sort();
    assert.ok(["1.002211", "2.001019", "2.001035"].every((c) => none.includes(c)), none.join(" "));
    assert.deepEqual(codes(index, "", { online: "khong" }).sort(), none);
    assert.ok(!codes(index, "hòa giải", { online: "thong-tin", withdrawn: true }).includes("1.012812"),
      "a procedure with no online level stated matches no online filter");
  });

  test("filters combine and with withdrawn", () => {
    assert.deepEqual(codes(index, "", { field: "thi-dua-khen-thuong" }), []);
    assert.deepEqual(codes(index, "", { field: "thi-dua-khen-thuong", withdrawn: true }), ["1.000748"]);
    const files = readProcedureFiles();
    const land = files.filter((f) => slug(f.front.linh_vuc) === "dat-dai").map((f) => f.front.ma).sort();
    assert.ok(land.includes("1.012812"), "the replaced land procedure is among them");
    assert.deepEqual(codes(index, "", { field: "dat-dai", withdrawn: true }).sort(), land);
    assert.ok(!codes(index, "", { field: "dat-dai" }).includes("1.012812"));
    const fullHoTich = files.filter((f) => slug(f.front.linh_vuc) === "ho-tich" && ["toan_trinh", "muc_do_4"].includes(f.front.dvc_truc_tuyen))
      .map((f) => f.front.ma).sort();
    assert.ok(["1.000656", "1.001193", "1.004859", "1.004873", "2.000635"].every((c) => fullHoTich.includes(c)));
    assert.deepEqual(codes(index, "", { field: "ho-tich", online: "toan-trinh" }).sort(), fullHoTich);
  });

  test("hotline and other pages", () => {
    const pages = index.searchPages(S.parseQuery("đường dây nóng"));
    assert.ok(pages.length >= 1);
    assert.equal(pages[0].page.title, "Đường dây nóng cải cách hành chính");
    assert.equal(pages[0].page.url, index.base + "duong-day-nong/duong-day-nong-cai-cach-hanh-chinh/");
    assert.ok(existsSync(join(SITE, "duong-day-nong", "duong-day-nong-cai-cach-hanh-chinh", "index.html")));
    const oneStop = index.searchPages(S.parseQuery("bo phan mot cua"));
    assert.equal(oneStop[0].page.url, index.base + "trang/bo-phan-mot-cua/");
    assert.deepEqual(index.searchPages(S.parseQuery("")), []);
  });
});

// =========================================================================== relevance

const RELEVANCE = JSON.parse(readFileSync(join(REPO, "e2e", "relevance.json"), "utf8"));

describe("relevance suite (e2e/relevance.json)", () => {
  let index;
  before(() => { ({ index } = loadSite()); });

  test("is well formed and covers every kind of query", () => {
    assert.ok(RELEVANCE.length >= 45, `${RELEVANCE.length} queries`);
    const kinds = new Set(RELEVANCE.map((r) => r.kind));
    for (const kind of ["no-diacritics", "y-i", "tone-placement", "partial", "code", "telex", "wrong-mark", "regional",
      "capitals", "nfd", "keyword", "field", "everyday"]) {
      assert.ok(kinds.has(kind), `no query of kind ${kind}`);
    }
    const known = new Set(index.procs.map((p) => p.code));
    for (const r of RELEVANCE) {
      assert.equal(typeof r.q, "string");
      assert.ok(known.has(r.expect), `${r.q}: ${r.expect} is not a procedure of the sample`);
      const p = index.procs.find((x) => x.code === r.expect);
      assert.ok(p.status < 3, `${r.q}: ${r.expect} is withdrawn and hidden by default`);
    }
    for (const r of RELEVANCE.filter((x) => x.kind === "nfd")) {
      assert.notEqual(r.q, r.q.normalize("NFC"), `${JSON.stringify(r.q)} must stay decomposed (NFD) in the file`);
    }
  });

  test("every expected code is in the top 3", (t) => {
    const failures = [];
    for (const r of RELEVANCE) {
      const results = browserSearch(r.q);
      const top = results.slice(0, 3).map((x) => x.proc.code);
      if (!top.includes(r.expect)) {
        const at = results.findIndex((x) => x.proc.code === r.expect);
        failures.push({
          kind: r.kind, q: r.q.normalize("NFC") + (r.kind === "nfd" ? " (NFD)" : ""), expect: r.expect,
          rank: at < 0 ? "absent" : String(at + 1), results: results.length,
          top3: results.slice(0, 3).map((x) => `${x.proc.code} ${x.proc.name.slice(0, 40)} [${x.score.toFixed(1)}]`).join(" | "),
        });
      }
    }
    const summary = `${RELEVANCE.length - failures.length}/${RELEVANCE.length} queries have their expected procedure in the top 3`;
    t.diagnostic(summary);
    if (failures.length) {
      console.log("\nRelevance failures:");
      console.table(failures);
    }
    assert.equal(failures.length, 0, `${summary}; failures:\n` +
      failures.map((f) => `  [${f.kind}] "${f.q}" → expected ${f.expect} (rank ${f.rank} of ${f.results}); top 3: ${f.top3}`).join("\n"));
  });

  test("without any tu_khoa, the vocabulary alone finds nearly every query", (t) => {
    // Real sites rarely fill tu_khoa: strip them all and run the suite again. With the sample's
    // 108 procedures (many variants of one procedure: lưu động, có yếu tố nước ngoài, cấp lại…)
    // the vocabulary alone finds 152 of 161 (158 of 161 when the sample had 47).
    const { parts } = loadSite();
    const words = JSON.parse(JSON.stringify(parts.words));
    words.procs.forEach((p) => { p[1] = []; });
    const plain = new S.Index(S.assemble(parts.entry, parts.table, words, parts.vocabulary));
    const full = new S.Index(S.assemble(parts.entry, parts.table, words, parts.vocabulary));
    full.attachText(parts.text);
    const missed = RELEVANCE.filter((r) => {
      let results = plain.searchProcedures(S.parseQuery(r.q), {});
      if (plain.needsText(S.parseQuery(r.q), results)) results = full.searchProcedures(S.parseQuery(r.q), {});
      return !results.slice(0, 3).some((x) => x.proc.code === r.expect);
    });
    t.diagnostic(`${RELEVANCE.length - missed.length}/${RELEVANCE.length} without tu_khoa; missed: ${missed.map((r) => r.q).join(" | ")}`);
    assert.ok(missed.length <= 10, missed.map((r) => r.q).join("\n"));
  });

  test("the site's own words (content/tu-dien-tim-kiem.txt) find their procedure", () => {
    const { full } = loadSite();
    for (const q of ["bìa xanh", "xin giay xanh xay nha", "nhờ cán bộ cho cháu hỏi giấy xanh"]) {
      assert.equal(browserSearch(q)[0].proc.code, "1.013225", q);
    }
    assert.ok(full.markStopWords(S.parseQuery("nhờ cán bộ giấy xanh ")).words.slice(0, 3).every((w) => w.stop));
  });

  test("the expected code is first for the plainest queries", () => {
    for (const [q, code] of [["dang ky khai sinh", "1.001193"], ["1.001193", "1.001193"], ["ddawng kys khai sinh", "1.001193"],
      ["giấy độc thân", "1.004873"], ["sao y", "2.000815"], ["ĐĂNG KÝ KHAI TỬ", "1.000656"], ["đăng ký kết hôn", "1.000894"]]) {
      assert.equal(codes(index, q)[0], code, q);
    }
  });

  test("timing: under 5 ms per query on average over the suite", (t) => {
    const queries = RELEVANCE.map((r) => r.q);
    for (const q of queries) index.searchProcedures(S.parseQuery(q), {}); // warm up
    const rounds = 20;
    let worst = 0;
    const start = performance.now();
    for (let round = 0; round < rounds; round++) {
      for (const q of queries) {
        const t0 = performance.now();
        index.searchProcedures(S.parseQuery(q), {});
        const took = performance.now() - t0;
        if (took > worst) worst = took;
      }
    }
    const average = (performance.now() - start) / (rounds * queries.length);
    // A cold first query, from parsing the index JSON to results:
    const t0 = performance.now();
    const parts = readParts();
    const cold = new S.Index(S.assemble(parts.entry, parts.table, parts.words, parts.vocabulary));
    cold.searchProcedures(S.parseQuery("dang ky khai sinh"), {});
    const coldMs = performance.now() - t0;
    const line = `search timing: average ${average.toFixed(3)} ms/query over ${rounds}×${queries.length} queries, ` +
      `worst ${worst.toFixed(3)} ms; cold (parse index + build + first query) ${coldMs.toFixed(2)} ms`;
    t.diagnostic(line);
    console.log(line);
    assert.ok(average < 5, line);
  });
});

// =========================================================================== articles

describe("article index", () => {
  let data, index, articles, fetched;
  before(() => {
    ({ data, index } = loadSite());
    fetched = [];
    const fetchJSON = (url) => {
      fetched.push(url);
      assert.ok(url.startsWith(index.base), `${url} is outside the base path ${index.base}`);
      const file = join(SITE, decodeURIComponent(url.slice(index.base.length)));
      return new Promise((ok, fail) => {
        try { ok(JSON.parse(readFileSync(file, "utf8"))); } catch (error) { fail(error); }
      });
    };
    articles = new S.ArticleIndex(index.base, data.articles, fetchJSON);
  });

  const SURVEY = "Khảo sát mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính";
  const PAYMENT = "Khuyến khích người dân thanh toán phí, lệ phí thủ tục hành chính không dùng tiền mặt";

  async function first(text) {
    const found = await articles.search(S.parseQuery(text), 20);
    assert.ok(found.items.length > 0, `${text}: no articles`);
    return found;
  }

  test("a word of an article title finds that article first", async () => {
    for (const q of ["khảo sát hài lòng", "khao sat hai long", "KHẢO SÁT", "khảo sát "]) {
      const found = await first(q);
      assert.equal(found.items[0].title, SURVEY, q);
    }
    const found = await first("tiền mặt");
    assert.equal(found.items[0].title, PAYMENT);
  });

  test("while typing: every prefix of a title word finds the article", async () => {
    // Known failure (see the report): ArticleIndex.keysFor keeps only the 5 completions of a
    // prefix with the highest document frequency (and none for a one-letter prefix), so the
    // word being typed can be dropped and AND empties the results: "khảo sá" → 0 articles
    // (sa… has sach, sao, sau, sang, sai before sat), "khảo s" → 0.
    const failures = [];
    for (const q of ["khảo s", "khảo sá", "khảo sát", "thanh toán tiền m", "khảo sát mức độ hài l"]) {
      const found = await articles.search(S.parseQuery(q), 20);
      const title = q.startsWith("thanh") ? PAYMENT : SURVEY;
      if (!found.items.length || found.items[0].title !== title) {
        failures.push(`"${q}" → ${found.total} articles${found.items.length ? ", first: " + found.items[0].title : ""}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test("results carry a working URL, a date and an excerpt", async () => {
    const found = await first("khảo sát hài lòng");
    const item = found.items[0];
    assert.ok(item.url.startsWith(index.base + "tin-bai/"), item.url);
    assert.ok(existsSync(join(SITE, item.url.slice(index.base.length), "index.html")), `${item.url} has no page`);
    assert.match(item.date, /^\d{2}\/\d{2}\/\d{4}$/);
    assert.equal(typeof item.excerpt, "string");
    assert.ok(found.total >= found.items.length);
  });

  test("only the postings of the query's words are fetched", async () => {
    fetched.length = 0;
    articles.cache = {};
    articles.vocab = null;
    await first("khảo sát hài lòng");
    const postings = fetched.filter((u) => u.includes("/k/"));
    assert.ok(postings.length >= 4 && postings.length <= 4 + 5 * 1, postings.join("\n"));
    assert.ok(fetched.some((u) => /\/tu-khoa\.[0-9a-f]{8}\.json$/.test(u)));
  });

  test("AND semantics and empty results", async () => {
    // A finished word (followed by a space) must match: AND.
    const none = await articles.search(S.parseQuery("khảo sát zzzqqq "), 20);
    assert.equal(none.total, 0);
    assert.deepEqual(none.items, []);
    // While the last word is still being typed and completes to nothing, the results of the
    // words before it stay on screen.
    const typing = await articles.search(S.parseQuery("khảo sát zzzqqq"), 20);
    const typed = await articles.search(S.parseQuery("khảo sát "), 20);
    assert.ok(typed.total > 0);
    assert.deepEqual(typing.items.map((a) => a.url), typed.items.map((a) => a.url));
    const code = await articles.search(S.parseQuery("1.001193"), 20);
    assert.equal(code.total, 0, "a code query searches procedures only");
    const empty = await articles.search(S.parseQuery(""), 20);
    assert.equal(empty.total, 0);
  });

  test("the limit caps the items, not the total", async () => {
    const all = await articles.search(S.parseQuery("cải cách hành chính"), 100);
    assert.ok(all.total >= 3, `only ${all.total} articles mention cải cách hành chính`);
    const two = await articles.search(S.parseQuery("cải cách hành chính"), 2);
    assert.equal(two.items.length, 2);
    assert.equal(two.total, all.total);
    assert.deepEqual(two.items.map((i) => i.id), all.items.slice(0, 2).map((i) => i.id));
  });
});
