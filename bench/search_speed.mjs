// Query time of the procedure search (theme/assets/search.js) on a built site's index, in Node:
// every query of the relevance suite, as the page runs it (the first files, then with the
// procedures' text when those find too little), several rounds after a warm-up.
//
//   node bench/search_speed.mjs SITE_FOLDER [e2e/relevance.json] [--rounds 20]
//
// Prints the median, 95th percentile and worst time per query, and the time to read and
// assemble the index files (what a browser spends once before its first result).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const here = dirname(fileURLToPath(import.meta.url));
const S = createRequire(import.meta.url)(join(here, "..", "theme", "assets", "search.js"));
const args = process.argv.slice(2);
const site = resolve(args[0] || "public");
const suitePath = args[1] && !args[1].startsWith("--") ? args[1] : join(here, "..", "e2e", "relevance.json");
const rounds = Number((args[args.indexOf("--rounds") + 1]) || 20) || 20;

const read = (path) => JSON.parse(readFileSync(join(site, path), "utf8"));
const t0 = performance.now();
const entry = read("tim-kiem/chi-muc.json");
const table = read(entry.table), words = read(entry.words);
const vocabulary = Object.values(entry.vocabulary).map(read);
const plain = new S.Index(S.assemble(entry, table, words, vocabulary));
const loadMs = performance.now() - t0;
const t1 = performance.now();
const full = new S.Index(S.assemble(entry, table, words, vocabulary));
full.attachText(read(entry.text));
const textMs = performance.now() - t1;

const queries = JSON.parse(readFileSync(suitePath, "utf8")).map((r) => r.q);
function search(q) {
  const results = plain.searchProcedures(S.parseQuery(q), {});
  return plain.needsText(S.parseQuery(q), results) ? full.searchProcedures(S.parseQuery(q), {}) : results;
}
for (const q of queries) search(q); // warm-up
const times = [];
for (let round = 0; round < rounds; round++) {
  for (const q of queries) {
    const start = performance.now();
    search(q);
    times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
console.log(`${site}: ${plain.procs.length} procedures, ${plain.keys.length} keys (${full.keys.length} with the text)`);
console.log(`index read and assembled in ${loadMs.toFixed(1)} ms; text added in ${textMs.toFixed(1)} ms`);
console.log(`${queries.length} queries × ${rounds} rounds: median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, worst ${times[times.length - 1].toFixed(2)} ms`);
