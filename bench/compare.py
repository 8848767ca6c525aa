#!/usr/bin/env python3
"""Benchmark cchc against Hugo on the synthetic sites of bench/generate.py.

    python3 bench/compare.py [--sizes S,L] [--runs 3 | --runs S=3,L=2]
                             [--work /dev/shm/cchc-bench] [--no-build] [--no-generate]
                             [--no-hugo] [--keep]

Steps (Python 3.11 standard library only; see bench/README.md):

1. `swift build -c release --product cchc` (unless --no-build); bench/generate.py writes each
   size and its Hugo twin into the work folder (a tmpfs by default).
2. Full builds, cchc and Hugo alternately, --runs times each, each into an output folder that
   does not exist yet (inside a fresh empty folder on the same tmpfs). Per run: wall time,
   CPU time (user+sys) and peak RSS of the child, from os.wait4, and of the whole
   process tree (bench/peak_tree.py); *.html files and all files.
3. Incremental rebuilds into the same folder: unchanged, then after editing the text of
   article A, of A again and of B (the newest, in the feeds and on the home page), then A's
   title, then B's title; for cchc the
   folder is then compared byte for byte with a clean CCHC_THREADS=1 build of the edited content.
4. Determinism: the largest size again with CCHC_THREADS=1, compared byte for byte.
5. `cchc build --timings` once per size (stage breakdown).

The machine, the versions, the date and the load average are printed so the figures can be
quoted. Hugo is optional: if `hugo` is not on PATH its runs are skipped (install it with
`apt-get install -y hugo`; this script never installs anything).
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import hashlib
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from peak_tree import TreeSampler  # noqa: E402
GENERATE = REPO / "bench" / "generate.py"
REPO_THEME = REPO / "theme"
REPO_CCHC = REPO / ".build" / "release" / "cchc"
# Every build uses copies made at the start (in the work folder), so that someone editing
# theme/ or rebuilding .build/ while the benchmark runs cannot change the figures midway.
THEME = REPO_THEME
CCHC = REPO_CCHC
NOW = "2026-11-26 12:00"
WORK_MARKER = ".cchc-bench"          # file that marks a work folder as this script's
EDIT_SENTENCE = ("Cập nhật: Ủy ban nhân dân xã An Thịnh bổ sung thông tin để người dân "
                 "tiện theo dõi (câu thêm khi đo xây dựng lại tăng dần).")
SUMMARY_RE = re.compile(r"Đã tạo (\d+) trang \((\d+) tệp; ghi (\d+) tệp, xóa \d+ tệp cũ\)")


def say(*parts):
    print(*parts, flush=True)


# --------------------------------------------------------------------------- measuring


class Run:
    """One child process: wall and CPU seconds, peak RSS and its output."""

    def __init__(self, argv, wall, user, sys_, maxrss_kib, tree_kib, code, out, err):
        self.argv, self.wall, self.user, self.sys = argv, wall, user, sys_
        self.cpu = user + sys_
        self.rss_mib = maxrss_kib / 1024.0
        # Summed over the process and every descendant (sampled every 20 ms): a build that
        # forks counts both processes here, while ru_maxrss is one process's peak.
        self.tree_mib = max(tree_kib, maxrss_kib) / 1024.0
        self.code, self.out, self.err = code, out, err


def measure(argv, env=None) -> Run:
    """Runs argv and reaps it with os.wait4, so the resource usage is the child's alone."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                env=env, cwd=REPO)
        sampler = TreeSampler(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        tree_kib = sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        return Run(argv, wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss, tree_kib,
                   proc.returncode, out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"))


def cchc_argv(content: Path, out: Path, *extra) -> list[str]:
    return [str(CCHC), "build", "--content", str(content), "--theme", str(THEME),
            "--output", str(out), "--now", NOW, *extra]


def hugo_argv(src: Path, out: Path) -> list[str]:
    return ["hugo", "--quiet", "-s", str(src), "-d", str(out)]


def check(run: Run, what: str, fatal: bool = True) -> bool:
    if run.code == 0:
        return True
    say(f"!! {what} failed (exit {run.code}): {' '.join(run.argv)}")
    for line in (run.err or run.out).strip().splitlines()[-20:]:
        say("   " + line)
    if fatal:
        sys.exit(1)
    return False


def count_files(root: Path) -> tuple[int, int]:
    """(*.html files, all files) under root."""
    html = total = 0
    for _, _, files in os.walk(root):
        total += len(files)
        html += sum(1 for f in files if f.endswith(".html"))
    return html, total


def cchc_summary(run: Run):
    """(pages, files, changed) from cchc's closing line, or None."""
    m = SUMMARY_RE.search(run.out)
    return tuple(int(g) for g in m.groups()) if m else None


def snapshot(root: Path) -> dict[str, tuple]:
    """relative path -> (inode, mtime_ns, size, digest), to count what a rebuild changed."""
    snap = {}
    for dirpath, _, files in os.walk(root):
        for name in files:
            p = os.path.join(dirpath, name)
            st = os.stat(p)
            with open(p, "rb") as f:
                digest = hashlib.file_digest(f, "blake2b").digest()
            snap[os.path.relpath(p, root)] = (st.st_ino, st.st_mtime_ns, st.st_size, digest)
    return snap


def snapshot_diff(before: dict, after: dict) -> tuple[int, int]:
    """(files rewritten — new, removed or with a new inode/mtime —, files whose bytes changed)."""
    keys = before.keys() | after.keys()
    rewritten = sum(1 for k in keys if k not in before or k not in after
                    or before[k][:2] != after[k][:2])
    changed = sum(1 for k in keys if k not in before or k not in after
                  or before[k][3] != after[k][3])
    return rewritten, changed


def compare_trees(a: Path, b: Path, a_name: str, b_name: str, limit: int = 10) -> list[str]:
    """Differences between two output trees, byte for byte (at most `limit`)."""
    def files(root):
        out = set()
        for dirpath, _, names in os.walk(root):
            out.update(os.path.relpath(os.path.join(dirpath, n), root) for n in names)
        return out

    fa, fb = files(a), files(b)
    diffs = [f"only in the {a_name} build: {p}" for p in sorted(fa - fb)[:limit]]
    diffs += [f"only in the {b_name} build: {p}" for p in sorted(fb - fa)[:limit]]
    for p in sorted(fa & fb):
        if len(diffs) >= limit:
            break
        if not filecmp.cmp(a / p, b / p, shallow=False):
            diffs.append(f"differs: {p}")
    return diffs[:limit]


def fresh_dir(path: Path) -> Path:
    """An empty folder at path; returns path/'site', which does not exist yet."""
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path / "site"


# --------------------------------------------------------------------------- reporting


def first_line(argv) -> str:
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"({' '.join(argv)}: {e})"
    lines = [l for l in (r.stdout + "\n" + r.stderr).splitlines() if l.strip()]
    return lines[0].strip() if lines else "(no output)"


def machine_report(hugo: str | None):
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    say("== Machine")
    say(f"date:     {dt.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M:%S %z')}")
    say(f"nproc:    {os.cpu_count()} (usable: {len(os.sched_getaffinity(0))})")
    say(f"CPU:      {cpu}")
    say(f"memory:   {mem}")
    say(f"kernel:   {platform.system()} {platform.release()} {platform.machine()}")
    say(f"swift:    {first_line(['swift', '--version'])}")
    say(f"hugo:     {first_line([hugo, 'version']) if hugo else 'not installed (apt-get install -y hugo)'}")
    say(f"python:   {platform.python_version()}")
    say(f"cchc:     {REPO_CCHC} (git {first_line(['git', '-C', str(REPO), 'rev-parse', '--short', 'HEAD'])}"
        f"{', with uncommitted changes' if dirty() else ''})")


def dirty() -> bool:
    r = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "Sources", "theme"],
                       capture_output=True, text=True)
    return bool(r.stdout.strip())


def loadavg(label: str):
    one, five, fifteen = os.getloadavg()
    say(f"load average ({label}): {one:.2f} {five:.2f} {fifteen:.2f}")


def med_min(values) -> str:
    return f"{statistics.median(values):.3f} ({min(values):.3f})"


def ratio(a, b) -> str:
    return f"{a / b:.2f}x" if b else "-"


# --------------------------------------------------------------------------- steps


def parse_runs(text: str, sizes: list[str]) -> dict[str, int]:
    if "=" not in text:
        n = int(text)
        return {s: n for s in sizes}
    runs = {}
    for part in text.split(","):
        k, v = part.split("=")
        runs[k.strip()] = int(v)
    missing = [s for s in sizes if s not in runs]
    if missing:
        sys.exit(f"--runs: no count for {', '.join(missing)}")
    return runs


def prepare_work(work: Path):
    if work.exists() and any(work.iterdir()) and not (work / WORK_MARKER).exists():
        sys.exit(f"{work} exists, is not empty and was not made by bench/compare.py; not using it")
    work.mkdir(parents=True, exist_ok=True)
    (work / WORK_MARKER).write_text("bench/compare.py work folder\n")


def snapshot_inputs(work: Path):
    """Copies the cchc binary and theme/ into the work folder and points the builds at them."""
    global CCHC, THEME
    (work / "bin").mkdir(exist_ok=True)
    CCHC = work / "bin" / "cchc"
    shutil.copy2(REPO_CCHC, CCHC)
    THEME = work / "theme"
    if THEME.exists():
        shutil.rmtree(THEME)
    shutil.copytree(REPO_THEME, THEME)
    say(f"snapshots: {REPO_CCHC} -> {CCHC}, {REPO_THEME} -> {THEME}")


def generate(size: str, work: Path, with_hugo: bool, reuse: bool) -> tuple[Path, Path | None]:
    content, hugo_src = work / f"gen-{size}", work / f"hugo-{size}"
    if reuse and (content / "site.yml").exists() and (not with_hugo or (hugo_src / "config.toml").exists()):
        say(f"reusing {content}" + (f" and {hugo_src}" if with_hugo else ""))
        return content, hugo_src if with_hugo else None
    argv = [sys.executable, str(GENERATE), "--size", size, "--out", str(content)]
    if with_hugo:
        argv += ["--hugo", str(hugo_src)]
    start = time.perf_counter()
    r = subprocess.run(argv, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"generate.py failed:\n{r.stderr}")
    for line in r.stderr.strip().splitlines():
        say("  " + line)
    say(f"  generated in {time.perf_counter() - start:.1f} s")
    return content, hugo_src if with_hugo else None


def full_builds(size, runs, content, hugo_src, out_root, keep_last_cchc):
    """Alternating full builds; returns {tool: [(Run, html, files)]} and the kept cchc tree."""
    results = {"cchc": [], "hugo": []}
    kept = None
    for i in range(1, runs + 1):
        tools = ["cchc", "hugo"] if hugo_src else ["cchc"]
        for tool in tools:
            out = fresh_dir(out_root / f"{tool}-{i}")
            if tool == "cchc":
                run = measure(cchc_argv(content, out))
            else:
                run = measure(hugo_argv(hugo_src, out))
            check(run, f"{tool} full build {size} #{i}")
            html, files = count_files(out)
            results[tool].append((run, html, files))
            say(f"  {size} {tool:4} #{i}: wall {run.wall:7.3f} s  CPU {run.cpu:7.3f} s "
                f"(user {run.user:.3f}, sys {run.sys:.3f})  peak RSS {run.rss_mib:7.1f} MiB (tree {run.tree_mib:7.1f})  "
                f"{html} pages, {files} files")
            if tool == "cchc" and i == runs and keep_last_cchc:
                kept = out
            else:
                shutil.rmtree(out.parent)
    return results, kept


def edit_article(path: Path, number: int = 1) -> bytes:
    """Appends a paragraph (the edit sentence with its number) to the body of a Markdown
    article; returns the bytes it had before."""
    original = path.read_bytes()
    sentence = EDIT_SENTENCE.replace("(", f"(lần {number}, ", 1)
    path.write_bytes(original.rstrip(b"\n") + b"\n\n" + sentence.encode("utf-8") + b"\n")
    return original


def edit_title(path: Path, number: int = 1) -> bytes:
    """Puts "Đã sửa: " before an article's title (`tieu_de`, in both the cchc content and its
    Hugo twin); returns the bytes it had before."""
    original = path.read_bytes()
    text = original.decode("utf-8").replace('tieu_de: "', 'tieu_de: "Đã sửa: ', 1)
    path.write_bytes(text.encode("utf-8"))
    return original


def incremental(size, tool, content, hugo_src, out_root, articles):
    """Full build, unchanged rebuild, then rebuilds after editing articles (each edit adds a
    sentence; the first article is edited twice), all into one folder. For cchc, the folder is
    then compared byte for byte with a clean single-threaded build of the edited content."""
    out = fresh_dir(out_root / f"{tool}-inc")
    base = content if tool == "cchc" else hugo_src / "content"

    def build():
        run = measure(cchc_argv(content, out) if tool == "cchc" else hugo_argv(hugo_src, out))
        check(run, f"{tool} incremental build {size}")
        return run

    steps = []
    full = build()
    steps.append(("full build (new folder)", full, cchc_summary(full), None))
    before = snapshot(out)
    same = build()
    after = snapshot(out)
    steps.append(("rebuild, nothing changed", same, cchc_summary(same), snapshot_diff(before, after)))
    edits = [("article A edited", articles[0], edit_article), ("article A edited again", articles[0], edit_article),
             ("article B (newest) edited", articles[1], edit_article), ("article A's title edited", articles[0], edit_title),
             ("article B's title edited", articles[1], edit_title)]
    originals = {}
    identical = None
    try:
        for number, (name, article, edit) in enumerate(edits, start=1):
            path = base / article
            original = edit(path, number)
            originals.setdefault(path, original)
            before = after
            edited = build()
            after = snapshot(out)
            steps.append((f"rebuild, {name}", edited, cchc_summary(edited), snapshot_diff(before, after)))
        if tool == "cchc":
            clean = fresh_dir(out_root / "cchc-inc-clean")
            run = measure(cchc_argv(content, clean), env=dict(os.environ, CCHC_THREADS="1"))
            check(run, f"cchc clean single-threaded build of the edited {size}")
            diffs = compare_trees(out, clean, "after the edits", "clean CCHC_THREADS=1")
            identical = ("IDENTICAL" if not diffs else "DIFFERENT") + f" ({count_files(clean)[1]} files compared)"
            say(f"  {size} cchc after the edits vs a clean single-threaded build: {identical}")
            for d in diffs:
                say("    " + d)
    finally:
        for path, original in originals.items():
            path.write_bytes(original)
    shutil.rmtree(out.parent)
    return steps, identical


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark cchc (and Hugo) on the synthetic sites of bench/generate.py.")
    ap.add_argument("--sizes", default="S,L", help="comma-separated sizes (default S,L)")
    ap.add_argument("--runs", default="3", help="full builds per tool and size: N, or per size as S=3,L=2 (default 3)")
    ap.add_argument("--work", default="/dev/shm/cchc-bench", help="work folder, best on a tmpfs (default /dev/shm/cchc-bench)")
    ap.add_argument("--no-build", action="store_true", help="use the existing .build/release/cchc")
    ap.add_argument("--no-generate", action="store_true", help="reuse sites already generated in the work folder")
    ap.add_argument("--no-hugo", action="store_true", help="skip Hugo even if it is installed")
    ap.add_argument("--keep", action="store_true", help="keep the output folders (default: delete them at the end)")
    args = ap.parse_args(argv)

    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    bad = [s for s in sizes if s not in ("S", "L")]
    if bad or not sizes:
        ap.error(f"--sizes: unknown size {', '.join(bad) or '(none)'}; use S, L or S,L")
    runs = parse_runs(args.runs, sizes)
    if any(n < 1 for n in runs.values()):
        ap.error("--runs must be at least 1")
    work = Path(args.work).resolve()

    hugo = None if args.no_hugo else shutil.which("hugo")
    machine_report(hugo)
    if not hugo and not args.no_hugo:
        say("NOTE: hugo is not installed, so the Hugo runs are skipped. To include them: apt-get install -y hugo")
    say(f"work folder: {work} ({'tmpfs' if is_tmpfs(work) else 'NOT a tmpfs'})")
    loadavg("start")

    # 1. build and generate
    if not args.no_build:
        say("\n== swift build -c release --product cchc")
        start = time.perf_counter()
        r = subprocess.run(["swift", "build", "-c", "release", "--product", "cchc"], cwd=REPO,
                           capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"swift build failed:\n{r.stdout}\n{r.stderr}")
        say(f"  built in {time.perf_counter() - start:.1f} s")
    if not REPO_CCHC.exists():
        sys.exit(f"{REPO_CCHC} not found: run without --no-build")
    prepare_work(work)
    snapshot_inputs(work)
    say("\n== Generating sites")
    sites = {s: generate(s, work, hugo is not None, args.no_generate) for s in sizes}

    full, inc, stage_lines, kept, identical = {}, {}, {}, {}, {}
    largest = sizes[-1] if "L" not in sizes else "L"
    for size in sizes:
        content, hugo_src = sites[size]
        out_root = work / "out" / size
        say(f"\n== Size {size}: {runs[size]} full build(s) per tool, alternating")
        loadavg(f"before {size}")
        full[size], kept[size] = full_builds(size, runs[size], content, hugo_src, out_root,
                                             keep_last_cchc=(size == largest))

        articles = sorted(p.relative_to(content).as_posix() for p in (content / "tin-bai").rglob("*.md"))
        edited = [articles[len(articles) // 2], articles[-1]]
        say(f"\n-- {size}: incremental rebuilds (edited: A = {edited[0]}, B = {edited[1]})")
        steps, identical[size] = incremental(size, "cchc", content, hugo_src, out_root, edited)
        inc[size] = {"article": " and ".join(edited), "cchc": steps}
        if hugo_src:
            inc[size]["hugo"] = incremental(size, "hugo", content, hugo_src, out_root, edited)[0]
        for tool in ("cchc", "hugo"):
            for name, run, summary, diff in inc[size].get(tool, []):
                say(f"  {size} {tool:4} {name:34} wall {run.wall:7.3f} s  CPU {run.cpu:7.3f} s  "
                    f"peak RSS {run.rss_mib:7.1f} MiB (tree {run.tree_mib:7.1f})"
                    + (f"  cchc says {summary[2]} of {summary[1]} files changed" if summary else "")
                    + (f"  [rewritten {diff[0]}, bytes changed {diff[1]}]" if diff else ""))

        say(f"\n-- {size}: cchc build --timings")
        out = fresh_dir(out_root / "cchc-timings")
        run = measure(cchc_argv(content, out, "--timings"))
        check(run, f"cchc --timings {size}")
        stage_lines[size] = [l for l in run.out.splitlines() if l.strip()]
        stage_lines[size].append(f"(whole run, measured from outside: wall {run.wall:.3f} s, "
                                 f"CPU {run.cpu:.3f} s, peak RSS {run.rss_mib:.1f} MiB (tree {run.tree_mib:.1f}))")
        for line in stage_lines[size]:
            say("  " + line)
        shutil.rmtree(out.parent)
        loadavg(f"after {size}")

    # 4. determinism
    say(f"\n== Determinism: {largest} with CCHC_THREADS=1 vs the default (parallel) build")
    content, _ = sites[largest]
    single = fresh_dir(work / "out" / largest / "cchc-1thread")
    env = dict(os.environ, CCHC_THREADS="1")
    run1 = measure(cchc_argv(content, single), env=env)
    check(run1, f"cchc CCHC_THREADS=1 build {largest}")
    parallel_wall = statistics.median(r.wall for r, _, _ in full[largest]["cchc"])
    say(f"  single-threaded build: wall {run1.wall:.3f} s, CPU {run1.cpu:.3f} s, peak RSS {run1.rss_mib:.1f} MiB "
        f"(parallel median wall {parallel_wall:.3f} s: speed-up {run1.wall / parallel_wall:.2f}x)")
    diffs = compare_trees(kept[largest], single, "parallel", "CCHC_THREADS=1")
    html, files = count_files(single)
    determinism = ("IDENTICAL" if not diffs else "DIFFERENT") + f" ({files} files compared)"
    say(f"  {determinism}")
    for d in diffs:
        say("    " + d)

    # summary
    say("\n" + "=" * 100)
    say(f"SUMMARY  ({dt.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %z')}, "
        f"{os.cpu_count()} CPUs, work folder {work})")
    say("\nFull builds into a new output folder: median (min) over the runs; CPU = user+sys of the child;"
        " peak memory summed over the whole process tree")
    hdr = f"{'size':4}  {'tool':10}  {'runs':>4}  {'wall s':>16}  {'CPU s':>16}  {'CPU/wall':>8}  {'tree peak MiB':>16}  {'pages':>6}  {'files':>6}"
    say(hdr)
    say("-" * len(hdr))
    for size in sizes:
        med = {}
        for tool in ("cchc", "hugo"):
            rs = full[size][tool]
            if not rs:
                continue
            walls = [r.wall for r, _, _ in rs]
            cpus = [r.cpu for r, _, _ in rs]
            rsss = [r.tree_mib for r, _, _ in rs]
            med[tool] = (statistics.median(walls), statistics.median(cpus), statistics.median(rsss))
            say(f"{size:4}  {tool:10}  {len(rs):>4}  {med_min(walls):>16}  {med_min(cpus):>16}  "
                f"{statistics.median(cpus) / statistics.median(walls):>8.2f}  "
                f"{statistics.median(rsss):>8.1f} ({min(rsss):.1f})  {rs[-1][1]:>6}  {rs[-1][2]:>6}")
        if "hugo" in med:
            c, h = med["cchc"], med["hugo"]
            say(f"{size:4}  {'cchc/Hugo':10}  {'':>4}  {ratio(c[0], h[0]):>16}  {ratio(c[1], h[1]):>16}  "
                f"{'':>8}  {ratio(c[2], h[2]):>16}")
    if not hugo:
        say("(Hugo not run" + (": not installed; apt-get install -y hugo)" if not args.no_hugo else ": --no-hugo)"))

    say("\nIncremental rebuilds into the same folder ('vs full' = wall / median full-build wall above)")
    hdr = f"{'size':4}  {'tool':4}  {'step':34}  {'wall s':>8}  {'vs full':>8}  {'files changed':>14}  {'rewritten':>9}  {'bytes changed':>13}"
    say(hdr)
    say("-" * len(hdr))
    for size in sizes:
        for tool in ("cchc", "hugo"):
            steps = inc[size].get(tool)
            if not steps:
                continue
            base = statistics.median(r.wall for r, _, _ in full[size][tool])
            for name, run, summary, diff in steps:
                reported = f"{summary[2]}/{summary[1]}" if summary else "-"
                say(f"{size:4}  {tool:4}  {name:34}  {run.wall:8.3f}  {ratio(run.wall, base):>8}  {reported:>14}  "
                    f"{diff[0] if diff else '-':>9}  {diff[1] if diff else '-':>13}")
        say(f"      edited articles: {inc[size]['article']}")
        say(f"      cchc's folder after the edits vs a clean single-threaded build: {identical[size]}")
    say("('files changed' is cchc's own count; 'rewritten' = files new, removed or with a new inode/mtime;"
        " 'bytes changed' = new, removed or different content)")

    say("\nStage breakdown (cchc build --timings, one run per size after the timed runs)")
    for size in sizes:
        say(f"[{size}]")
        for line in stage_lines[size]:
            say("  " + line)

    say(f"\nDeterminism ({largest}, CCHC_THREADS=1 vs parallel): {determinism}")
    for d in diffs:
        say("  " + d)
    loadavg("end")

    if args.keep:
        say(f"\noutputs kept under {work / 'out'}")
    else:
        shutil.rmtree(work / "out", ignore_errors=True)
        say(f"\noutputs deleted; generated sites kept in {work} (reuse them with --no-generate)")
    same = not diffs and all(v and v.startswith("IDENTICAL") for v in identical.values())
    return 0 if same else 2


def is_tmpfs(path: Path) -> bool:
    """Whether path (or its nearest existing parent) is on a tmpfs, from /proc/mounts."""
    p = path
    while not p.exists():
        p = p.parent
    p = p.resolve()
    best, fstype = "", ""
    try:
        for line in Path("/proc/mounts").read_text().splitlines():
            fields = line.split()
            mnt, typ = fields[1], fields[2]
            if (str(p) == mnt or str(p).startswith(mnt.rstrip("/") + "/")) and len(mnt) > len(best):
                best, fstype = mnt, typ
    except OSError:
        return False
    return fstype == "tmpfs"


if __name__ == "__main__":
    sys.exit(main())
