#!/usr/bin/env python3
"""Compares cchc's search with Pagefind on the same built site, in headless Chromium.

For each query it prints, for both tools, the bytes the browser downloads before the first
result is shown (each file gzip-compressed at level 6, as a web server would send it; only
the search script and index files, not the page around them) and the top-3 procedure codes;
then, for every query of the relevance suite, whether each tool has the expected procedure in
its top 3 and the bytes each fetched before its first result, with a summary: hits, and the
ratio of cchc's bytes to Pagefind's (median, worst, how many queries stay at most 0.15×). A
query a tool does not answer within a minute counts as a miss.

    python3 bench/search_compare.py --site public [--relevance e2e/relevance.json] \
        [--query "khai sinh" --query "dat dai"]

Needs: chromium, chromium-driver (Debian), selenium and pagefind-bin (PyPI). Runs Pagefind on
a copy of the site; never touches the site folder itself.
"""
from __future__ import annotations

import argparse
import functools
import http.server
import json
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path
from urllib.parse import unquote, urlsplit

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

DEFAULT_QUERIES = ["khai sinh", "chung thuc ban sao", "dat dai", "đăng ký kết hôn", "1.001193"]
CODE = re.compile(r"/thu-tuc/([0-9][0-9.]*[0-9])/")

PAGEFIND_PAGE = """<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>pagefind</title></head>
<body><script type="module">
window.pagefindSearch = async (q) => {
  const pagefind = await import("./pagefind/pagefind.js");
  const search = await pagefind.search(q);
  if (!search.results.length) return {first: null, top: []};
  const first = await search.results[0].data();
  window.firstDone = performance.now();
  const top = await Promise.all(search.results.slice(0, 3).map(r => r.data()));
  return {first: first.url, top: top.map(d => d.url)};
};
</script></body></html>
"""


class LoggingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site folder under its base path and records every path requested."""

    log: list[str] = []
    prefix = "/"

    def translate_path(self, path):
        path = unquote(urlsplit(path).path)
        if path.startswith(self.prefix):
            path = "/" + path[len(self.prefix):]
        LoggingHandler.log.append(path)
        return super().translate_path(path)

    def log_message(self, *args):
        pass


def serve(root: Path, prefix: str):
    LoggingHandler.prefix = prefix
    handler = functools.partial(LoggingHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def gzip_size(path: Path) -> int:
    data = path.read_bytes()
    return min(len(data), len(zlib.compress(data, 6)) + 18)


def bytes_for(root: Path, paths: list[str], keep, verbose=False) -> int:
    seen = set()
    total = 0
    for p in paths:
        if p in seen or not keep(p):
            continue
        seen.add(p)
        file = root / p.lstrip("/")
        if file.is_file():
            total += gzip_size(file)
            if verbose:
                print(f"    {gzip_size(file):>9,}  {p}")
    return total


def codes(urls: list[str]) -> list[str]:
    out = []
    for url in urls:
        m = CODE.search(url or "")
        out.append(m.group(1) if m else re.sub(r"^(https?://[^/]+)?/[^/]+/", "", url or "-") or "-")
    return out


def driver():
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-cache", "--window-size=1200,900"):
        options.add_argument(arg)
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    # Notes when the first search result appears, to count only what was loaded before it.
    browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": FIRST_RESULT_PROBE})
    return browser


FIRST_RESULT_PROBE = """
document.addEventListener("DOMContentLoaded", () => {
  const list = document.querySelector("[data-search-results]");
  if (!list) return;
  new MutationObserver((changes, observer) => {
    if (list.querySelector("li")) { window.__firstResult = performance.now(); observer.disconnect(); }
  }).observe(list, {childList: true});
});
"""


def loaded_before(browser, moment_expression: str, prefix: str) -> list[str]:
    """Paths (relative to the base path) of resources fully loaded before a page-side moment."""
    entries = browser.execute_script(
        "const t = " + moment_expression + ";"
        "return performance.getEntriesByType('resource').filter(e => t !== undefined && e.responseEnd <= t)"
        ".map(e => new URL(e.name).pathname);")
    return ["/" + unquote(p)[len(prefix):] if unquote(p).startswith(prefix) else unquote(p) for p in entries]


def cchc_query(browser, base_url: str, query: str) -> tuple[list[str], list[str]]:
    """Opens the site-wide search page with the query; returns requests before the first
    result and the top-3 result links."""
    browser.get("about:blank")
    browser.execute_cdp_cmd("Network.clearBrowserCache", {})
    LoggingHandler.log.clear()
    browser.get(base_url + "tim-kiem/?q=" + query)
    try:
        WebDriverWait(browser, 20).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "[data-search-results] li")
            or "Không tìm thấy" in d.find_element(By.CSS_SELECTOR, "[data-search-status]").text)
    except Exception:
        pass
    time.sleep(0.3)
    before = loaded_before(browser, "window.__firstResult", LoggingHandler.prefix)
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "[data-search-results] li a")]
    return before, links[:3]


def pagefind_query(browser, base_url: str, query: str) -> tuple[list[str], list[str]]:
    browser.get("about:blank")
    browser.execute_cdp_cmd("Network.clearBrowserCache", {})
    browser.get(base_url + "pf-test.html")
    time.sleep(0.2)
    LoggingHandler.log.clear()
    browser.set_script_timeout(60)
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1]; window.pagefindSearch(arguments[0]).then(done, e => done({error: String(e)}));",
        query)
    if "error" in result:
        raise RuntimeError(result["error"])
    # Pagefind fetches from a worker, out of the page's resource timing: take the server's log,
    # which ends with the fragments of the top 3; the first result needed only the first one.
    log = list(LoggingHandler.log)
    fragments = [i for i, p in enumerate(log) if "/fragment/" in p]
    before = log[: fragments[0] + 1] if fragments else log
    return before, result["top"]


def guarded(run) -> tuple[list[str], list[str]]:
    """A tool's (requests, top 3) for a query; nothing when it fails or times out."""
    try:
        return run()
    except Exception as error:  # a timeout or a script error counts as a miss
        print(f"    ({type(error).__name__})")
        return [], []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", required=True, help="a folder built by cchc")
    parser.add_argument("--base", help="base path the site is served under (default: from the sitemap)")
    parser.add_argument("--relevance", help="relevance suite (e2e/relevance.json)")
    parser.add_argument("--query", action="append", help="query to measure (repeatable)")
    parser.add_argument("--files", action="store_true", help="list the files counted for each query")
    args = parser.parse_args()

    site = Path(args.site)
    base = args.base
    if not base:
        sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
        base = urlsplit(re.search(r"<loc>([^<]+)</loc>", sitemap).group(1)).path
        base = base if base.endswith("/") else base.rsplit("/", 1)[0] + "/"
    work = Path(tempfile.mkdtemp(prefix="cchc-vs-pagefind-"))
    copy = work / "site"
    shutil.copytree(site, copy)
    started = time.time()
    pf = shutil.which("pagefind") or str(Path(__import__("pagefind_bin").__file__).parent / "pagefind")
    subprocess.run([pf, "--site", str(copy)], check=True, stdout=subprocess.DEVNULL)
    print(f"Pagefind indexed the site in {time.time() - started:.1f} s")
    (copy / "pf-test.html").write_text(PAGEFIND_PAGE, encoding="utf-8")

    server = serve(copy, base)
    base_url = f"http://127.0.0.1:{server.server_address[1]}{base}"
    browser = driver()
    ours = lambda p: p.startswith("/assets/search.") or p.startswith("/tim-kiem/") and p.endswith(".json")
    theirs = lambda p: p.startswith("/pagefind/")
    try:
        queries = args.query or DEFAULT_QUERIES
        print(f"\n{'query':28} {'cchc bytes':>11} {'Pagefind bytes':>15}   cchc top 3 | Pagefind top 3")
        for q in queries:
            ours_log, ours_top = cchc_query(browser, base_url, q)
            their_log, their_top = pagefind_query(browser, base_url, q)
            print(f"{q[:28]:28} {bytes_for(copy, ours_log, ours):>11,} {bytes_for(copy, their_log, theirs):>15,}   "
                  f"{' '.join(codes(ours_top))} | {' '.join(codes(their_top))}")
            if args.files:
                bytes_for(copy, ours_log, ours, verbose=True)
                bytes_for(copy, their_log, theirs, verbose=True)
        if args.relevance:
            suite = json.loads(Path(args.relevance).read_text(encoding="utf-8"))
            suite = suite["queries"] if isinstance(suite, dict) else suite
            hits = {"cchc": 0, "pagefind": 0}
            ratios = []
            print(f"\nRelevance suite ({len(suite)} queries): expected code in top 3, bytes before the first result")
            print(f"{'query':34} {'expect':10} {'cchc':5} {'Pagefind':8} {'cchc bytes':>11} {'Pagefind bytes':>15} {'ratio':>6}")
            for case in suite:
                ours_log, ours_top = guarded(lambda: cchc_query(browser, base_url, case["q"]))
                their_log, their_top = guarded(lambda: pagefind_query(browser, base_url, case["q"]))
                a = case["expect"] in codes(ours_top)
                b = case["expect"] in codes(their_top)
                hits["cchc"] += a
                hits["pagefind"] += b
                ours_bytes, their_bytes = bytes_for(copy, ours_log, ours), bytes_for(copy, their_log, theirs)
                ratio = ours_bytes / their_bytes if their_bytes else float("nan")
                if their_bytes:
                    ratios.append(ratio)
                print(f"{case['q'][:34]:34} {case['expect']:10} {'✓' if a else '✗':5} {'✓' if b else '✗':8} "
                      f"{ours_bytes:>11,} {their_bytes:>15,} {ratio:>6.3f}")
            print(f"\ncchc: {hits['cchc']}/{len(suite)}   Pagefind: {hits['pagefind']}/{len(suite)}")
            if ratios:
                ratios.sort()
                print(f"bytes before the first result, cchc / Pagefind: median {ratios[len(ratios) // 2]:.3f}, "
                      f"worst {ratios[-1]:.3f}, at most 0.15× for {sum(r <= 0.15 for r in ratios)}/{len(ratios)} queries")
    finally:
        browser.quit()
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
