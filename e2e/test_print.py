"""Printed notices (niêm yết): the QR code beside every procedure and hotline page, the
one-page A4 notice a procedure page prints as, the printable catalogue and the hotline poster.

QR codes are checked module by module (4-module quiet zone, error correction level M read
from the format information, smallest version for the URL) and decoded with zbar. Pages are
printed by headless Chromium (`--print-to-pdf`, the browser's own print with the theme's
`@media print` rules) from the build served over HTTP under its base path; the PDFs are
checked with poppler (`pdfinfo` page count and size, `pdftotext` text, `pdftotext -bbox-layout`
positions of lines: no list split between columns) and their QR codes are decoded from
`pdftoppm` renderings.

Needs the Debian packages `zbar-tools` (zbarimg), `librsvg2-bin` (rsvg-convert),
`poppler-utils` (pdfinfo, pdftotext, pdftoppm) and `chromium`; the browser script test also
`chromium-driver` and the pip package `selenium`. Tests skip, saying what to install, when a
tool is missing. Set `CCHC_PRINT_PNG_DIR` to keep a PNG of every printed page for a look."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import subprocess
import threading
import unicodedata
from html import unescape
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.etree import ElementTree

import pytest

from cchc_testlib import (REPO_ROOT, SiteDir, content_files, file_slug, html_files, page_path, read_front_matter,
                          read_site_yml, split_front_matter)

try:  # the HTTP server (with the CSP header) and browser of the share-script tests
    from test_share_script import _CSPHandler, driver, find_binary, served  # noqa: F401 (fixtures)
except ImportError:  # pragma: no cover - fallbacks when that module is gone
    _CSPHandler = SimpleHTTPRequestHandler

    def find_binary(names: list[str], env: str) -> str | None:
        configured = os.environ.get(env)
        if configured:
            return configured if Path(configured).is_file() else None
        for name in names:
            found = shutil.which(name)
            if found:
                return found
        return None

    @pytest.fixture
    def driver():
        pytest.skip("e2e/test_share_script.py (browser fixtures) is not importable")

    @pytest.fixture
    def served():
        pytest.skip("e2e/test_share_script.py (browser fixtures) is not importable")


TYPICAL = "thu-tuc/1.001193/"
CATALOGUE = "thu-tuc/danh-muc-in/"
CAPTION = "Quét mã để xem chi tiết và nộp hồ sơ trực tuyến"
POSTER_CAPTION = "Quét mã để xem đầy đủ danh sách đường dây nóng"
WITHDRAWN = {"bai_bo", "thay_the"}
# Text of the screen layout that a printed page must not carry.
SCREEN_ONLY = ["Tin bài", "Chia sẻ trang này", "Bỏ qua menu", "Theo dõi qua RSS", "Bạn đang ở", "©"]
PACKAGES = {"rsvg-convert": "librsvg2-bin", "zbarimg": "zbar-tools", "pdfinfo": "poppler-utils",
            "pdftotext": "poppler-utils", "pdftoppm": "poppler-utils"}
# Byte-mode capacity of QR versions 1-20 at error correction level M (ISO/IEC 18004, table 7).
CAPACITY_M = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666]
EC_LEVELS = {1: "L", 0: "M", 3: "Q", 2: "H"}
# Two starts of text closer than this (1 cm, in pt) lie in one column: list items start at one
# indent, a heading 5 mm left of its items; two columns of an A4 page start some 90 mm apart.
COLUMN_SLACK = 28.0


# --------------------------------------------------------------------------- helpers


def need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        packages = " ".join(sorted({PACKAGES.get(t, t) for t in missing}))
        pytest.skip(f"needs {', '.join(missing)} (apt-get install {packages})")


def norm(text: str) -> str:
    """NFC text with every run of white space as one space (PDF text wraps anywhere)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def run(args: list[str], timeout: int = 60) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, timeout=timeout)


def zbar_decode(png: Path) -> list[str]:
    """Every QR code zbar finds in an image (one line per symbol with --raw)."""
    result = run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(png)])
    return [line for line in result.stdout.decode("utf-8").splitlines() if line]


def markdown_items(body: str, heading: str) -> list[str]:
    """The list items (`- x`, `1. x`) under `## heading` of a Markdown body, as plain text."""
    section = re.split(r"^## ", body, flags=re.M)
    text = next((s for s in section if s.startswith(heading)), "")
    items = re.findall(r"^(?:[-*]|\d+\.)\s+(.+)$", text, flags=re.M)
    return [re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", item).replace("**", "").strip() for item in items]


def markdown_lists(body: str) -> list[tuple[str, list[str]]]:
    """(heading, items) of every `## heading` of a Markdown body that has list items."""
    headings = re.findall(r"^## (.+?)\s*$", body, flags=re.M)
    return [(heading, items) for heading in headings if (items := markdown_items(body, heading))]


def as_list(value) -> list[str]:
    if value in (None, ""):
        return []
    return value if isinstance(value, list) else [value]


def procedures(content: Path) -> list[dict]:
    """Front matter of every procedure, with `_body`."""
    found = []
    for path in content_files(content, "thu-tuc"):
        front = read_front_matter(path)
        front["_body"] = split_front_matter(path.read_text(encoding="utf-8"))[1]
        found.append(front)
    return found


def phones_of(contact: dict) -> list[str]:
    numbers = []
    for value in as_list(contact.get("dien_thoai")):
        numbers += [part.strip() for part in re.split(r"[,;]", value) if part.strip()]
    return numbers


def hotline_pages(content: Path) -> dict[str, dict]:
    """Hotline page path (`duong-day-nong/<slug>/`) → front matter."""
    return {f"duong-day-nong/{file_slug(p, read_front_matter(p))}/": read_front_matter(p)
            for p in content_files(content, "duong-day-nong")}


def first_hotline(site) -> dict:
    """The hotline page the menu points at (its numbers are printed at the foot of notices)."""
    html = (site.output / TYPICAL / "index.html").read_text(encoding="utf-8")
    href = re.search(r'<a href="([^"]+)"(?: aria-current="page")?>Đường dây nóng</a>', html)
    assert href, "no 'Đường dây nóng' menu item"
    rel = href[1][len(site.base_path):]
    return hotline_pages(site.content)[rel]


def printed_hotline_numbers(site) -> list[str]:
    """The numbers a notice prints: the first three contacts with a phone of the first hotline page."""
    contacts = [c for c in first_hotline(site).get("danh_sach", []) if phones_of(c)]
    return [number for contact in contacts[:3] for number in phones_of(contact)]


@contextlib.contextmanager
def serve(output: Path, base_path: str, tmp: Path):
    """Serves a build at http://127.0.0.1:<port><base_path>; yields that prefix."""
    root = tmp / "www"
    base = base_path.strip("/")
    if base:
        (root / base).parent.mkdir(parents=True, exist_ok=True)
        (root / base).symlink_to(output, target_is_directory=True)
    else:
        root = output
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_CSPHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{base_path}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def chromium() -> str:
    found = find_binary(["chromium", "chromium-browser", "google-chrome", "/usr/lib/chromium/chromium"], "CHROMIUM_BIN")
    if found is None:
        pytest.skip("printing needs chromium (apt-get install chromium)")
    need("pdfinfo", "pdftotext", "pdftoppm", "zbarimg")
    return found


class Pdf:
    """A printed page: its PDF, page count, sizes and text."""

    def __init__(self, path: Path):
        self.path = path
        info = run(["pdfinfo", str(path)]).stdout.decode("utf-8", "replace")
        self.pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1])
        sizes = run(["pdfinfo", "-f", "1", "-l", str(self.pages), str(path)]).stdout.decode("utf-8", "replace")
        self.sizes = [(float(w), float(h)) for w, h in re.findall(r"size:\s+([\d.]+) x ([\d.]+) pts", sizes)]

    def text(self, page: int | None = None, layout: bool = False) -> str:
        args = ["pdftotext", "-enc", "UTF-8"]
        if layout:
            args.append("-layout")
        if page is not None:
            args += ["-f", str(page), "-l", str(page)]
        return run([*args, str(self.path), "-"]).stdout.decode("utf-8")

    def page_texts(self) -> list[str]:
        return [norm(self.text(page)) for page in range(1, self.pages + 1)]

    def qr_codes(self, dpi: int = 150) -> list[str]:
        """QR codes decoded from every page rendered at `dpi`."""
        prefix = self.path.with_suffix("")
        run(["pdftoppm", "-r", str(dpi), "-png", str(self.path), f"{prefix}-{dpi}"], timeout=120)
        codes = []
        for png in sorted(self.path.parent.glob(f"{prefix.name}-{dpi}-*.png")):
            codes += zbar_decode(png)
        return codes


def pdf_lines(pdf: Pdf) -> list[tuple[int, float, list[tuple[float, str]]]]:
    """(page, top edge in pt, [(left edge in pt, NFC word)]) of every line of text of a PDF
    (`pdftotext -bbox-layout`)."""
    xhtml = run(["pdftotext", "-enc", "UTF-8", "-bbox-layout", str(pdf.path), "-"]).stdout.decode("utf-8")
    lines = []
    for number, page in enumerate(xhtml.split("<page ")[1:], start=1):
        for y_min, inner in re.findall(r'<line xMin="[\d.]+" yMin="([\d.]+)"[^>]*>(.*?)</line>', page, re.S):
            words = [(float(x), unicodedata.normalize("NFC", unescape(text)))
                     for x, text in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', inner)]
            lines.append((number, float(y_min), words))
    return lines


def line_starts(lines: list[tuple[int, float, list[tuple[float, str]]]], phrase: str) -> list[tuple[int, float, float]]:
    """(page, x, y) where a printed line begins with `phrase`: the whole line (after a list marker
    such as `3.`) is the start of the phrase, at least three words of it (or all of a shorter
    phrase). That is where a list item or a heading starts; the lines that hold more of the
    phrase come first (a narrow table cell that begins with the same words comes after)."""
    wanted = norm(phrase).split()
    found = []
    for page, y, words in lines:
        if words and re.fullmatch(r"\d+[.)]|[•◦▪–-]", words[0][1]):
            words = words[1:]
        texts = [text for _, text in words]
        if len(texts) >= min(3, len(wanted)) and texts == wanted[:len(texts)]:
            found.append((len(texts), page, words[0][0], y))
    return [(page, x, y) for _, page, x, y in sorted(found, key=lambda f: -f[0])]


def split_list_problems(pdf: Pdf, body: str) -> list[str]:
    """The lists of a procedure's Markdown body that its printed notice splits between columns.

    Every item of each `## section` is found where a line of the PDF begins with its first
    words. The items that start on one page must all start at one x (one column; a list longer
    than a page may go on at the top of the next page), and the section's heading must start
    on the page of the first item, in its column, above it."""
    lines = pdf_lines(pdf)
    problems = []
    for heading, items in markdown_lists(body):
        starts = []
        for item in items:
            found = line_starts(lines, item)
            if found:
                starts.append(found[0])
            else:
                problems.append(f"{heading}: no printed line begins with the item {item[:40]!r}")
        if not starts:
            continue
        by_page: dict[int, list[float]] = {}
        for page, x, _ in starts:
            by_page.setdefault(page, []).append(x)
        for page, xs in sorted(by_page.items()):
            if max(xs) - min(xs) > COLUMN_SLACK:
                columns = sorted({round(x) for x in xs})
                problems.append(f"{heading}: its items on page {page} start at x = {columns} pt (split between columns)")
        page, x, y = starts[0]
        titles = line_starts(lines, heading)
        if not any(p == page and abs(tx - x) <= COLUMN_SLACK and ty < y for p, tx, ty in titles):
            where = ", ".join(f"page {p} x = {round(tx)} pt" for p, tx, _ in titles) or "not found"
            problems.append(f"{heading}: the heading ({where}) is not above its first item, in its column "
                            f"(page {page}, x = {round(x)} pt)")
    return problems


def print_pdf(chromium: str, url: str, out: Path) -> Pdf:
    """Prints a page the way a user does (browser print, no header/footer), A4 from the CSS."""
    profile = out.parent / (out.stem + "-profile")
    result = run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--no-first-run", "--disable-extensions", f"--user-data-dir={profile}",
                  "--no-pdf-header-footer", f"--print-to-pdf={out}", url], timeout=120)
    shutil.rmtree(profile, ignore_errors=True)
    assert out.is_file() and out.stat().st_size > 0, f"chromium printed nothing for {url}:\n{result.stderr.decode()[-2000:]}"
    keep = os.environ.get("CCHC_PRINT_PNG_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        run(["pdftoppm", "-r", "60", "-png", str(out), str(Path(keep) / out.stem)])
    return Pdf(out)


@pytest.fixture(scope="module")
def sample_prefix(sample_site, tmp_path_factory):
    with serve(sample_site.output, sample_site.base_path, tmp_path_factory.mktemp("print-www")) as prefix:
        yield prefix


@pytest.fixture(scope="module")
def printed(chromium, sample_prefix, tmp_path_factory):
    """rel → Pdf of a sample page, printed once per module."""
    folder = tmp_path_factory.mktemp("pdf")
    cache: dict[str, Pdf] = {}

    def get(rel: str) -> Pdf:
        if rel not in cache:
            name = re.sub(r"[^a-z0-9.]+", "-", rel.lower()).strip("-") or "home"
            cache[rel] = print_pdf(chromium, sample_prefix + rel, folder / f"{name}.pdf")
        return cache[rel]

    return get


def assert_a4_portrait(pdf: Pdf) -> None:
    assert len(pdf.sizes) == pdf.pages
    for width, height in pdf.sizes:
        assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2, f"{pdf.path.name}: page {width} x {height} pt is not A4 portrait"


def assert_no_screen_text(pdf: Pdf, *extra: str) -> None:
    text = norm(pdf.text())
    for phrase in [*SCREEN_ONLY, *extra]:
        assert phrase not in text, f"{pdf.path.name}: screen-only text {phrase!r} printed"


# --------------------------------------------------------------------------- QR codes (files)


def qr_modules(svg: Path, tmp: Path) -> tuple[int, list[list[bool]]]:
    """(quiet-zone side in modules, dark modules) of a QR SVG, read from a rendering at 8 px a module."""
    from PIL import Image

    root = ElementTree.parse(svg).getroot()
    box = [float(v) for v in root.get("viewBox").split()]
    assert box[0] == box[1] == 0 and box[2] == box[3] and box[2].is_integer(), f"{svg}: viewBox {box}"
    side = int(box[2])
    png = tmp / "modules.png"
    result = run(["rsvg-convert", "-w", str(side * 8), "-h", str(side * 8), "-b", "white", "-o", str(png), str(svg)])
    assert result.returncode == 0, result.stderr.decode()
    image = Image.open(png).convert("L")
    return side, [[image.getpixel((x * 8 + 4, y * 8 + 4)) < 128 for x in range(side)] for y in range(side)]


def format_bits(grid: list[list[bool]], size: int, offset: int) -> tuple[int, int]:
    """Both copies of the 15-bit format information (ISO/IEC 18004 §7.9)."""
    def dark(x, y):
        return grid[y + offset][x + offset]

    first = [dark(8, i) for i in range(6)] + [dark(8, 7), dark(8, 8), dark(7, 8)] + [dark(14 - i, 8) for i in range(9, 15)]
    second = [dark(size - 1 - i, 8) for i in range(8)] + [dark(8, size - 15 + i) for i in range(8, 15)]
    return (sum(bit << i for i, bit in enumerate(first)), sum(bit << i for i, bit in enumerate(second)))


def bch_format(data: int) -> int:
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return ((data << 10) | rem) ^ 0x5412


def qr_targets(site) -> dict[str, str]:
    """Page folder → absolute URL of every procedure and hotline page of a build."""
    targets = {}
    for file in html_files(site.output):
        if re.search(r'<body class="trang-(procedure|hotline)"', file.read_text(encoding="utf-8")):
            rel = page_path(site.output, file)
            targets[rel] = site.base_url + rel
    return targets


def test_every_procedure_and_hotline_page_has_its_qr_code(sample_site):
    targets = qr_targets(sample_site)
    content_procedures = procedures(sample_site.content)
    assert len([r for r in targets if r.startswith("thu-tuc/")]) == len(content_procedures)
    assert len([r for r in targets if r.startswith("duong-day-nong/")]) == len(hotline_pages(sample_site.content))
    files = {page_path(sample_site.output, p).removesuffix("ma-qr.svg") for p in sample_site.output.rglob("ma-qr.svg")}
    files.discard("khao-sat/")  # the satisfaction survey's code (test_feedback.py)
    assert files == set(targets), f"QR files without a page: {files - set(targets)}; pages without: {set(targets) - files}"


def test_qr_codes_decode_to_their_page_url(sample_site, tmp_path):
    need("rsvg-convert", "zbarimg")
    targets = qr_targets(sample_site)
    assert targets
    problems = []
    for rel, url in sorted(targets.items()):
        png = tmp_path / "qr.png"
        result = run(["rsvg-convert", "-w", "400", "-b", "white", "-o", str(png), str(sample_site.output / rel / "ma-qr.svg")])
        assert result.returncode == 0, result.stderr.decode()
        decoded = zbar_decode(png)
        if decoded != [url]:
            problems.append(f"{rel}ma-qr.svg: decoded {decoded}, expected {url}")
    assert not problems, "\n".join(problems)


def test_qr_codes_have_quiet_zone_level_m_and_smallest_version(sample_site, tmp_path):
    need("rsvg-convert")
    problems = []
    for rel, url in sorted(qr_targets(sample_site).items()):
        svg = sample_site.output / rel / "ma-qr.svg"
        side, grid = qr_modules(svg, tmp_path)
        size = side - 8
        version = (size - 17) // 4
        name = f"{rel}ma-qr.svg"
        if size < 21 or (size - 17) % 4:
            problems.append(f"{name}: {side} modules is not a QR symbol plus a 4-module quiet zone")
            continue
        border = [grid[y][x] for y in range(side) for x in range(side)
                  if x < 4 or y < 4 or x >= side - 4 or y >= side - 4]
        if any(border):
            problems.append(f"{name}: dark modules in the 4-module quiet zone")
        for fx, fy in ((0, 0), (size - 7, 0), (0, size - 7)):  # finder patterns right inside the quiet zone
            ring = [grid[fy + 4][fx + 4 + i] for i in range(7)] + [grid[fy + 4 + 6][fx + 4 + i] for i in range(7)]
            if not all(ring) or grid[fy + 4 + 1][fx + 4 + 1] or not grid[fy + 4 + 3][fx + 4 + 3]:
                problems.append(f"{name}: no finder pattern at ({fx}, {fy})")
        first, second = format_bits(grid, size, 4)
        valid = {bch_format(data): data for data in range(32)}
        if first not in valid or first != second:
            problems.append(f"{name}: unreadable format information ({first:015b} / {second:015b})")
            continue
        level = EC_LEVELS[valid[first] >> 3]
        if level != "M":
            problems.append(f"{name}: error correction level {level}, expected M")
        if not grid[4 + size - 8][4 + 8]:
            problems.append(f"{name}: the dark module is missing")
        smallest = next(v for v, capacity in enumerate(CAPACITY_M, start=1) if capacity >= len(url.encode()))
        if version != smallest:
            problems.append(f"{name}: version {version}, expected {smallest} (smallest at level M for {len(url)} bytes)")
        root = ElementTree.parse(svg).getroot()
        title = root.find("{http://www.w3.org/2000/svg}title")
        if title is None or url not in (title.text or ""):
            problems.append(f"{name}: <title> does not name {url}")
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- HTML hooks


def page_html(site, rel: str) -> str:
    return (site.output / rel / "index.html").read_text(encoding="utf-8")


def test_procedure_page_shows_its_qr_code_and_print_parts(sample_site):
    html = page_html(sample_site, TYPICAL)
    qr = re.search(r'<img class="qr-box__image" src="([^"]+)" alt="([^"]+)" width="(\d+)" height="(\d+)">', html)
    assert qr, "no QR image on the procedure page"
    assert qr[1] == sample_site.base_path + TYPICAL + "ma-qr.svg"
    assert sample_site.base_url + TYPICAL in qr[2]
    assert f'<p class="qr-box__caption">{CAPTION}</p>' in html
    site_name = read_site_yml(sample_site.content)["ten_don_vi"]
    assert re.search(r'<p class="print-head__unit">' + re.escape(site_name) + "</p>", html)
    assert '<div class="print-foot print-only">' in html
    for number in printed_hotline_numbers(sample_site):
        assert f">{number}</strong>" in html, number
    assert f'href="{sample_site.base_path}{CATALOGUE}"' in html
    assert re.search(r"<button [^>]*data-print hidden>", html), "the print button must be hidden until site.js shows it"


def test_index_links_the_catalogue_and_hotline_page_links_the_poster(sample_site):
    index = page_html(sample_site, "thu-tuc/")
    assert f'<a href="{sample_site.base_path}{CATALOGUE}">Bản in danh mục thủ tục</a>' in index
    for rel in hotline_pages(sample_site.content):
        html = page_html(sample_site, rel)
        assert f'href="{sample_site.base_path}{rel}in/"' in html, rel
        assert f'src="{sample_site.base_path}{rel}ma-qr.svg"' in html, rel


def test_catalogue_lists_every_procedure_in_force_with_its_qr_code(sample_site):
    html = page_html(sample_site, CATALOGUE)
    in_force = [p for p in procedures(sample_site.content) if p.get("trang_thai") not in WITHDRAWN]
    withdrawn = [p for p in procedures(sample_site.content) if p.get("trang_thai") in WITHDRAWN]
    rows = re.findall(r'<td class="catalogue-table__code">([^<]+)</td>', html)
    assert sorted(rows) == sorted(p["ma"] for p in in_force)
    for p in in_force:
        assert f'src="{sample_site.base_path}thu-tuc/{p["ma"]}/ma-qr.svg"' in html, p["ma"]
    for p in withdrawn:
        assert f'thu-tuc/{p["ma"]}/' not in html, p["ma"]


def test_poster_without_description_prints_no_placeholder(site):
    """An absent `mo_ta` leaves the lead out (an Optional.none in the context would print "nil")."""
    site.remove_line("duong-day-nong/duong-day-nong.md", "mo_ta:")
    site.build_ok()
    poster = next(site.output.glob("duong-day-nong/*/in/index.html")).read_text(encoding="utf-8")
    assert "poster__lead" not in poster and ">nil<" not in poster


# --------------------------------------------------------------------------- printed notice


def test_typical_procedure_prints_on_one_a4_page(printed):
    pdf = printed(TYPICAL)
    assert_a4_portrait(pdf)
    assert pdf.pages == 1, f"the notice of {TYPICAL} takes {pdf.pages} pages"


def test_typical_procedure_notice_content(printed, sample_site):
    pdf = printed(TYPICAL)
    text = norm(pdf.text())
    layout = norm(pdf.text(layout=True))
    proc = next(p for p in procedures(sample_site.content) if p["ma"] == "1.001193")
    site_name = read_site_yml(sample_site.content)["ten_don_vi"]
    # one-line facts, as laid out on the page
    for phrase in [site_name.upper(), proc["ma"], proc["ten"], *printed_hotline_numbers(sample_site)]:
        assert norm(phrase) in layout, f"{phrase!r} not printed"
    # wrapped text (table cells, two columns) in reading order
    assert norm(CAPTION) in text
    assert proc["cach_thuc"], "the typical procedure has ways to file"
    for way in proc["cach_thuc"]:
        assert norm(way["hinh_thuc"]) in text, way["hinh_thuc"]
        assert norm(way["thoi_han"]) in text, f"deadline {way['thoi_han']!r} not printed"
        for fee in as_list(way.get("phi_le_phi")):
            assert norm(fee) in text, f"fee {fee!r} not printed"
    documents = markdown_items(proc["_body"], "Thành phần hồ sơ")
    assert documents
    for item in documents:
        assert norm(item) in text, f"document {item!r} not printed"
    for result in as_list(proc.get("ket_qua")):
        assert norm(result) in text, f"result {result!r} not printed"
    assert "Kết quả thực hiện" in text


def test_typical_procedure_notice_keeps_each_list_in_one_column(printed, sample_site):
    """No list of the notice is split between columns: all the steps of 'Trình tự thực hiện',
    all the documents of 'Thành phần hồ sơ' (and every other list of the body) start at one x on
    the page, and each list's heading stands in the same column, above its first item."""
    pdf = printed(TYPICAL)
    proc = next(p for p in procedures(sample_site.content) if p["ma"] == "1.001193")
    lists = dict(markdown_lists(proc["_body"]))
    assert len(lists.get("Trình tự thực hiện", [])) > 1 and len(lists.get("Thành phần hồ sơ", [])) > 1
    problems = split_list_problems(pdf, proc["_body"])
    assert not problems, "\n".join(problems)


def test_typical_procedure_notice_has_no_screen_parts(printed):
    pdf = printed(TYPICAL)
    assert_no_screen_text(pdf, "In thông báo niêm yết", "Mã QR của thủ tục", "Sao chép liên kết", "Facebook",
                          "Căn cứ pháp lý", "Mẫu đơn, tờ khai", "Các thủ tục khác thuộc lĩnh vực")


def test_typical_procedure_notice_qr_code_scans(printed, sample_site):
    # The page's own code, and the survey's beside it (khao_sat in site.yml).
    survey = read_site_yml(sample_site.content)["khao_sat"]["link"]
    assert sorted(printed(TYPICAL).qr_codes()) == sorted([sample_site.base_url + TYPICAL, survey])


def test_procedure_index_prints_without_search_and_menu(printed):
    pdf = printed("thu-tuc/")
    assert_a4_portrait(pdf)
    assert_no_screen_text(pdf, "Tìm thủ tục hành chính", "Bộ lọc", "Bản in danh mục thủ tục")


# --------------------------------------------------------------------------- catalogue


def test_catalogue_prints_every_procedure_in_force(printed, sample_site):
    pdf = printed(CATALOGUE)
    assert_a4_portrait(pdf)
    assert pdf.pages >= 1
    text = norm(pdf.text())
    in_force = [p for p in procedures(sample_site.content) if p.get("trang_thai") not in WITHDRAWN]
    for p in in_force:
        assert p["ma"] in text, p["ma"]
        assert norm(p["ten"]) in text, p["ten"]
    for p in procedures(sample_site.content):
        if p.get("trang_thai") in WITHDRAWN:
            assert p["ma"] not in text, f"withdrawn {p['ma']} in the catalogue"
    assert norm(read_site_yml(sample_site.content)["ten_don_vi"]).upper() in text
    for column in ("Mã thủ tục", "Tên thủ tục", "Thời hạn giải quyết", "Phí, lệ phí", "Mã QR"):
        assert column in text
    for number in printed_hotline_numbers(sample_site):
        assert number in text, number
    assert_no_screen_text(pdf, "In danh mục")


def test_catalogue_qr_codes_scan_to_each_procedure(printed, sample_site):
    in_force = {sample_site.base_url + f"thu-tuc/{p['ma']}/" for p in procedures(sample_site.content)
                if p.get("trang_thai") not in WITHDRAWN}
    codes = printed(CATALOGUE).qr_codes(dpi=300)
    assert sorted(codes) == sorted(in_force), f"missing {in_force - set(codes)}; unexpected {set(codes) - in_force}"


# --------------------------------------------------------------------------- hotline poster


@pytest.fixture(params=sorted(hotline_pages(REPO_ROOT / "content")))
def hotline_rel(request):
    return request.param


def test_hotline_poster_prints_on_one_page_with_large_numbers(printed, sample_site, hotline_rel):
    pdf = printed(hotline_rel + "in/")
    assert_a4_portrait(pdf)
    assert pdf.pages == 1, f"the poster of {hotline_rel} takes {pdf.pages} pages"
    front = hotline_pages(sample_site.content)[hotline_rel]
    layout = norm(pdf.text(layout=True))
    text = norm(pdf.text())
    assert norm(read_site_yml(sample_site.content)["ten_don_vi"]).upper() in layout
    assert norm(front["tieu_de"]).upper() in text
    numbers = [n for contact in front["danh_sach"] for n in phones_of(contact)]
    assert numbers
    for number in numbers:
        assert number in layout, number
    assert norm(POSTER_CAPTION) in text
    assert_no_screen_text(pdf, "In áp phích", "Về trang")
    assert pdf.qr_codes() == [sample_site.base_url + hotline_rel]


def test_poster_numbers_are_large(printed, hotline_rel):
    """The phone numbers are set far larger than the body text (bbox heights from pdftotext)."""
    pdf = printed(hotline_rel + "in/")
    html = run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf.path), "-"]).stdout.decode("utf-8")
    heights = {}
    for y_min, y_max, word in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</word>', html):
        heights.setdefault(word, []).append(float(y_max) - float(y_min))
    digits = [h for word, hs in heights.items() if re.fullmatch(r"[\d.()+\-]{3,}", word) for h in hs]
    everything = sorted(h for hs in heights.values() for h in hs)
    body = everything[len(everything) // 2]
    assert digits and min(digits) > 2 * body, f"numbers {min(digits) if digits else None} pt high, body text {body} pt"


# --------------------------------------------------------------------------- long procedure


LONG_CODE = "9.990001"


def long_procedure() -> tuple[str, list[dict], list[str]]:
    """A procedure far longer than a page: many ways (table rows) and documents (list items)."""
    ways = []
    for n in range(1, 9):
        ways.append({
            "hinh_thuc": f"Hình thức thứ {n}",
            "thoi_han": f"Thời hạn số {n}: trong {n + 2} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; "
                        f"trường hợp cần xác minh thì kéo dài thêm không quá {n + 5} ngày làm việc và phải "
                        f"thông báo bằng văn bản cho người yêu cầu, nêu rõ lý do kéo dài",
            "phi_le_phi": [f"Phí số {n}.{k}: {n * 10 + k}.000 đồng cho mỗi bản sao, miễn cho người thuộc hộ "
                           f"nghèo, người khuyết tật nặng và người có công với cách mạng" for k in (1, 2, 3)],
        })
    documents = [f"Giấy tờ số {n:02d}: bản sao có chứng thực hoặc bản chụp kèm bản chính để đối chiếu của "
                 f"giấy tờ chứng minh nội dung yêu cầu, do cơ quan có thẩm quyền cấp trong thời hạn "
                 f"{n} tháng tính đến ngày nộp hồ sơ" for n in range(1, 41)]
    lines = ["---", f"ma: {LONG_CODE}", 'ten: "Thủ tục kiểm thử bản in nhiều trang"', 'linh_vuc: "Hộ tịch"',
             'cap_thuc_hien: "Cấp xã"', "cach_thuc:"]
    for way in ways:
        lines += [f'  - hinh_thuc: "{way["hinh_thuc"]}"', f'    thoi_han: "{way["thoi_han"]}"', "    phi_le_phi:"]
        lines += [f'      - "{fee}"' for fee in way["phi_le_phi"]]
    lines += ['ket_qua: "Giấy xác nhận kiểm thử"', "dvc_truc_tuyen: mot_phan", "---", "", "## Trình tự thực hiện", ""]
    lines += [f"{n}. Bước {n}: công chức tiếp nhận kiểm tra hồ sơ, ghi sổ theo dõi và chuyển người có thẩm quyền "
              f"xem xét, giải quyết theo quy định." for n in range(1, 13)]
    lines += ["", "## Thành phần hồ sơ", ""] + [f"- {item}" for item in documents] + [""]
    return "\n".join(lines), ways, documents


@pytest.fixture(scope="module")
def long_pdf(chromium, cchc_bin, tmp_path_factory):
    root = tmp_path_factory.mktemp("long")
    site = SiteDir(cchc_bin, root, REPO_ROOT / "content")
    text, ways, documents = long_procedure()
    site.write("thu-tuc/thu-tuc-kiem-thu-ban-in.md", text)
    site.build_ok()
    with serve(site.output, site.base_path, root) as prefix:
        pdf = print_pdf(chromium, prefix + f"thu-tuc/{LONG_CODE}/", root / "long.pdf")
    return pdf, ways, documents, site.base_url


def test_long_procedure_flows_onto_more_pages(long_pdf):
    pdf, _, _, _ = long_pdf
    assert_a4_portrait(pdf)
    assert pdf.pages > 1


def test_long_procedure_rows_and_items_are_not_cut(long_pdf):
    """Every table row (method, deadline and fees) and every list item is whole on one page."""
    pdf, ways, documents, _ = long_pdf
    pages = pdf.page_texts()
    problems = []
    for way in ways:
        parts = [way["hinh_thuc"], way["thoi_han"], *way["phi_le_phi"]]
        if not any(all(norm(part) in page for part in parts) for page in pages):
            problems.append(f"row {way['hinh_thuc']!r} is not whole on one page")
    for item in documents:
        if not any(norm(item) in page for page in pages):
            problems.append(f"list item {item[:14]!r} is not whole on one page")
    assert not problems, "\n".join(problems)


def test_long_procedure_lists_are_not_split_between_columns(long_pdf):
    """A list longer than a page (40 documents) flows onto the next pages, but on each page
    all its items start in one column, and each heading stands in the column of its first item."""
    pdf, _, documents, _ = long_pdf
    pages_with_documents = [page for page in pdf.page_texts() if any(norm(item) in page for item in documents)]
    assert len(pages_with_documents) > 1, "the 40 documents should need more than one page"
    body = split_front_matter(long_procedure()[0])[1]
    problems = split_list_problems(pdf, body)
    assert not problems, "\n".join(problems)


def test_long_procedure_keeps_qr_code_and_hotlines(long_pdf, sample_site):
    pdf, _, _, base_url = long_pdf
    text = norm(pdf.text())
    assert norm(CAPTION) in text
    for number in printed_hotline_numbers(sample_site):
        assert number in text, number
    assert base_url + f"thu-tuc/{LONG_CODE}/" in pdf.qr_codes()


# --------------------------------------------------------------------------- print button (site.js)


@pytest.mark.parametrize("rel", [TYPICAL, CATALOGUE, "duong-day-nong/duong-day-nong-cai-cach-hanh-chinh/in/"])
def test_print_button_opens_the_print_dialog(driver, served, rel):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(served[1] + rel)
    button = driver.find_element(By.CSS_SELECTOR, "[data-print]")
    WebDriverWait(driver, 10).until(lambda d: button.is_displayed(), f"{rel}: site.js did not show the print button")
    hint = driver.find_element(By.CSS_SELECTOR, "[data-print-hint]")
    assert not hint.is_displayed()
    driver.execute_script("window.__printed = 0; window.print = function () { window.__printed += 1; };")
    button.click()
    assert driver.execute_script("return window.__printed") == 1
    assert driver.execute_script("return window.__cspViolations") == []
    for element in driver.find_elements(By.CSS_SELECTOR, ".print-only"):
        assert not element.is_displayed(), f"{rel}: print-only part shown on screen"
    for image in driver.find_elements(By.CSS_SELECTOR, "img[src$='ma-qr.svg']"):
        assert driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", image), \
            f"{rel}: QR image {image.get_attribute('src')} did not load"
