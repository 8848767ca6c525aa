"""Helpers shared by the end-to-end tests of cchc: running the binary, reading content
front matter the way an editor wrote it, Vietnamese folding and collation, and parsing
the generated HTML."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
from zoneinfo import ZoneInfo

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
TESTS_DIR = Path(__file__).resolve().parent
MINIMAL_FIXTURE = TESTS_DIR / "fixtures" / "minimal"
NOW = "2026-11-26 12:00"
NOW_INSTANT = datetime(2026, 11, 26, 12, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
BUILD_TIMEOUT = 120


# --------------------------------------------------------------------------- binary


def binary_path() -> Path:
    """`$CCHC_BIN` (relative paths are relative to the repository), else `.build/debug/cchc`."""
    configured = os.environ.get("CCHC_BIN")
    path = Path(configured) if configured else Path(".build/debug/cchc")
    if not path.is_absolute():
        path = REPO_ROOT / path
    return path


def run_cchc(binary: Path, args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Runs cchc, capturing text output (UTF-8)."""
    return subprocess.run(
        [str(binary), *args],
        cwd=str(cwd) if cwd else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=BUILD_TIMEOUT,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )


def describe(result: subprocess.CompletedProcess) -> str:
    return f"exit {result.returncode}\n--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"


# --------------------------------------------------------------------------- trees


def tree_digest(root: Path) -> dict[str, str]:
    """Relative path → SHA-256 of every file below `root` (symlinks recorded as links)."""
    digest: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():
            digest[rel] = "symlink:" + os.readlink(path)
        elif path.is_file():
            digest[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
        elif path.is_dir():
            digest[rel + "/"] = "dir"
    return digest


def diff_trees(before: dict[str, str], after: dict[str, str]) -> list[str]:
    problems = []
    for rel in sorted(set(before) | set(after)):
        if rel not in after:
            problems.append(f"removed: {rel}")
        elif rel not in before:
            problems.append(f"added: {rel}")
        elif before[rel] != after[rel]:
            problems.append(f"changed: {rel}")
    return problems


def html_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.html") if p.is_file())


def page_path(root: Path, file: Path) -> str:
    """Site path of an output file relative to base_url: `tin-bai/x/index.html` → `tin-bai/x/`."""
    rel = file.relative_to(root).as_posix()
    if rel == "index.html":
        return ""
    if rel.endswith("/index.html"):
        return rel[: -len("index.html")]
    return rel


# --------------------------------------------------------------------------- content


def split_front_matter(text: str) -> tuple[str, str]:
    """(front matter YAML, body) of a content file."""
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].rstrip() != "---":
        raise ValueError("no front matter")
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :])
    raise ValueError("unclosed front matter")


def read_front_matter(path: Path) -> dict:
    """Front matter with every scalar as the text written (BaseLoader: `2.000720` stays `2.000720`)."""
    front, _ = split_front_matter(path.read_text(encoding="utf-8"))
    data = yaml.load(front, Loader=yaml.BaseLoader)
    return data or {}


def read_site_yml(content: Path) -> dict:
    return yaml.load((content / "site.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader) or {}


def content_files(content: Path, folder: str) -> list[Path]:
    root = content / folder
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*.md") if p.is_file() and not any(part.startswith(".") for part in p.parts))


def fold(text: str) -> str:
    """Vietnamese folding: no diacritics, đ → d, lower case."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if 0x0300 <= ord(ch) <= 0x036F:
            continue
        if ch in "đĐ":
            out.append("d")
        else:
            out.append(ch.lower())
    return "".join(out)


def slugify(text: str) -> str:
    return "-".join(part for part in re.split(r"[^a-z0-9]+", fold(text)) if part)


def file_slug(path: Path, front: dict) -> str:
    """The URL slug of a content file: `duong_dan`, else the file name without `YYYY-MM-DD-`."""
    custom = front.get("duong_dan")
    if isinstance(custom, str) and custom.strip():
        return custom.strip()
    name = path.name[:-3] if path.name.endswith(".md") else path.name
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})-(.+)$", name)
    if match:
        try:
            datetime(int(match[1]), int(match[2]), int(match[3]))
            name = match[4]
        except ValueError:
            pass
    return slugify(name)


def parse_content_date(text: str, zone: ZoneInfo) -> datetime:
    """The instant of a front-matter date as CONTENT-FORMAT.md describes it."""
    text = text.strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if m:
        return datetime(int(m[3]), int(m[2]), int(m[1]), tzinfo=zone)
    m = re.fullmatch(
        r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?", text
    )
    if not m:
        raise ValueError(f"unparseable date {text!r}")
    tz = zone
    if m[7]:
        if m[7] == "Z":
            tz = timezone.utc
        else:
            sign = 1 if m[7][0] == "+" else -1
            digits = m[7][1:].replace(":", "")
            tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0)))
    return datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4] or 0), int(m[5] or 0), int(m[6] or 0), tzinfo=tz)


def as_list(value) -> list:
    if value is None or value == "":
        return []
    return value if isinstance(value, list) else [value]


# --------------------------------------------------------------------------- collation

_LETTERS = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()
_LETTER_RANK = {letter: index for index, letter in enumerate(_LETTERS)}
_MODIFIERS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn


def vietnamese_primary_key(text: str) -> tuple:
    """Primary (letter-level) collation key in Vietnamese alphabetical order
    (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y); tones and case ignored."""
    key = []
    for ch in unicodedata.normalize("NFC", text).lower():
        decomposed = unicodedata.normalize("NFD", ch)
        base = decomposed[0]
        letter = base + "".join(m for m in decomposed[1:] if m in _MODIFIERS)
        letter = unicodedata.normalize("NFC", letter)
        if ch == "đ":
            letter = "đ"
        if letter in _LETTER_RANK:
            key.append((2, _LETTER_RANK[letter]))
        elif base.isspace():
            key.append((0, 0))
        else:
            key.append((1, ord(base)))
    return tuple(key)


# --------------------------------------------------------------------------- HTML


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    line: int


@dataclass
class ParsedPage:
    path: Path
    elements: list[Element] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    h1_texts: list[str] = field(default_factory=list)
    inline_scripts: list[str] = field(default_factory=list)
    # <script type="application/ld+json"> data blocks: never executed, so CSP allows them.
    json_ld: list[str] = field(default_factory=list)
    style_blocks: int = 0
    text: str = ""

    def find(self, tag: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag]


class _PageParser(HTMLParser):
    def __init__(self, page: ParsedPage):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.h1_depth = 0
        self.h1_text: list[str] = []
        self.in_script = False
        self.script_text: list[str] = []
        self.in_style = False
        self.text_parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = {name: value for name, value in attrs}
        self.page.elements.append(Element(tag, attributes, self.getpos()[0]))
        for name in ("id", "name"):
            if attributes.get(name) and (name == "id" or tag == "a"):
                self.page.ids.add(attributes[name])
        if tag == "h1":
            self.h1_depth += 1
            self.h1_text = []
        elif tag == "script":
            self.in_script = True
            self.script_is_data = attributes.get("type") == "application/ld+json"
            self.script_text = []
        elif tag == "style":
            self.in_style = True
            self.page.style_blocks += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self.in_script = False
        if tag == "h1":
            self.h1_depth -= 1
            self.page.h1_texts.append("")

    def handle_endtag(self, tag):
        if tag == "h1" and self.h1_depth:
            self.h1_depth -= 1
            self.page.h1_texts.append(" ".join("".join(self.h1_text).split()))
        elif tag == "script" and self.in_script:
            self.in_script = False
            target = self.page.json_ld if self.script_is_data else self.page.inline_scripts
            target.append("".join(self.script_text))
        elif tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_script:
            self.script_text.append(data)
            return
        if self.in_style:
            return
        if self.h1_depth:
            self.h1_text.append(data)
        self.text_parts.append(data)


def parse_html(path: Path) -> ParsedPage:
    page = ParsedPage(path)
    parser = _PageParser(page)
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    page.text = "".join(parser.text_parts)
    return page


URL_ATTRIBUTES = ("href", "src", "action", "poster", "data")


def page_urls(page: ParsedPage) -> list[tuple[Element, str, str]]:
    """(element, attribute, URL) for every URL-valued attribute of a page."""
    urls = []
    for element in page.elements:
        for name in URL_ATTRIBUTES:
            value = element.attrs.get(name)
            if value is not None and not (name == "data" and element.tag != "object"):
                urls.append((element, name, value.strip()))
        srcset = element.attrs.get("srcset")
        if srcset:
            for candidate in srcset.split(","):
                if candidate.strip():
                    urls.append((element, "srcset", candidate.strip().split()[0]))
        if element.tag == "meta" and (element.attrs.get("content") or "").startswith(("http://", "https://")):
            urls.append((element, "content", element.attrs["content"].strip()))
    return urls


@dataclass
class LinkProblem:
    file: str
    line: int
    url: str
    problem: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.url} — {self.problem}"


class LinkChecker:
    """Resolves every internal link of a built site to a file of the output."""

    def __init__(self, root: Path, base_url: str):
        self.root = root
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        parts = urlsplit(self.base_url)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.base_path = parts.path or "/"
        self.pages = {p: parse_html(p) for p in html_files(root)}

    def target_file(self, path: str) -> Path | None:
        """Output file of a root-relative, decoded path under the base path; None when none."""
        rel = path[len(self.base_path) :]
        if rel == "" or rel.endswith("/"):
            candidate = self.root / rel / "index.html"
        else:
            candidate = self.root / rel
        try:
            candidate.resolve().relative_to(self.root.resolve())
        except ValueError:
            return None
        return candidate if candidate.is_file() else None

    def check(self) -> tuple[list[LinkProblem], int]:
        problems: list[LinkProblem] = []
        checked = 0
        for file, page in self.pages.items():
            rel = file.relative_to(self.root).as_posix()
            page_url = self.origin + self.base_path + page_path(self.root, file)
            for element, attribute, url in page_urls(page):
                problem = self._check_one(file, page, page_url, url)
                if problem is None:
                    continue
                checked += 1
                if problem:
                    problems.append(LinkProblem(rel, element.line, url, f"{attribute}: {problem}"))
        return problems, checked

    def _check_one(self, file: Path, page: ParsedPage, page_url: str, url: str) -> str | None:
        """'' when fine, a message when broken, None when not an internal link."""
        if url == "" or url == "#":
            return None
        if url.startswith("#"):
            fragment = unquote(url[1:])
            return "" if fragment in page.ids else f"no element with id {fragment!r} on this page"
        lower = url.lower()
        if lower.startswith("javascript:"):
            return "javascript: URL"
        scheme = urlsplit(url).scheme
        if scheme and not lower.startswith(self.base_url.lower()):
            return None  # external, mailto:, tel:, …
        if url.startswith("//"):
            if not ("https:" + url).lower().startswith(self.base_url.lower()) and not (
                "http:" + url
            ).lower().startswith(self.base_url.lower()):
                return None
            return "protocol-relative URL"
        absolute = urljoin(page_url, url)
        parts = urlsplit(absolute)
        if f"{parts.scheme}://{parts.netloc}" != self.origin:
            return None
        path = unquote(parts.path)
        if not path.startswith(self.base_path):
            return f"root-relative path outside base path {self.base_path}"
        target = self.target_file(path)
        if target is None:
            return "no such file in the output (folders need a trailing / and an index.html)"
        if parts.fragment and target.suffix == ".html":
            target_page = self.pages.get(target)
            if target_page is not None and unquote(parts.fragment) not in target_page.ids:
                return f"{target.relative_to(self.root).as_posix()} has no element with id {parts.fragment!r}"
        return ""


# --------------------------------------------------------------------------- sites


class SiteDir:
    """A copy of a content folder in a temporary directory that a test can break and build.

    The content lives at `<root>/content`; builds run with `<root>` as working directory and
    `--content content`, so messages name files `content/…` exactly as passed."""

    def __init__(self, binary: Path, root: Path, source: Path = MINIMAL_FIXTURE, theme: Path | None = None):
        self.binary = binary
        self.root = root
        self.content = root / "content"
        shutil.copytree(source, self.content)
        self.theme = theme or (REPO_ROOT / "theme")
        self.output = root / "public"
        self.snapshot: dict[str, str] | None = None

    @property
    def base_url(self) -> str:
        url = read_site_yml(self.content)["base_url"].strip()
        return url if url.endswith("/") else url + "/"

    @property
    def base_path(self) -> str:
        return urlsplit(self.base_url).path

    # editing -------------------------------------------------------------------
    def path(self, rel: str) -> Path:
        return self.content / rel

    def read(self, rel: str) -> str:
        return self.path(rel).read_text(encoding="utf-8")

    def write(self, rel: str, text: str | bytes) -> None:
        target = self.path(rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            target.write_bytes(text)
        else:
            target.write_text(text, encoding="utf-8")

    def replace(self, rel: str, old: str, new: str) -> None:
        text = self.read(rel)
        assert old in text, f"{old!r} not in {rel}"
        self.write(rel, text.replace(old, new, 1))

    def remove_line(self, rel: str, startswith: str) -> None:
        lines = self.read(rel).split("\n")
        kept = [line for line in lines if not line.startswith(startswith)]
        assert len(kept) == len(lines) - 1, f"expected one line starting {startswith!r} in {rel}"
        self.write(rel, "\n".join(kept))

    def insert_after(self, rel: str, startswith: str, new_lines: str) -> None:
        lines = self.read(rel).split("\n")
        index = next(i for i, line in enumerate(lines) if line.startswith(startswith))
        lines[index + 1 : index + 1] = new_lines.rstrip("\n").split("\n")
        self.write(rel, "\n".join(lines))

    def copy(self, rel: str, new_rel: str) -> None:
        self.write(new_rel, self.path(rel).read_bytes())

    def line_of(self, rel: str, startswith: str) -> int:
        """1-based number of the first line of a content file that starts with `startswith`
        (leading spaces ignored)."""
        for number, line in enumerate(self.read(rel).split("\n"), start=1):
            if line.lstrip().startswith(startswith):
                return number
        raise AssertionError(f"no line starting {startswith!r} in {rel}")

    # building ------------------------------------------------------------------
    def build(self, *extra: str, content_arg: str = "content", output: Path | None = None) -> subprocess.CompletedProcess:
        args = ["build", "--content", content_arg, "--theme", str(self.theme),
                "--output", str(output or self.output), "--now", NOW, *extra]
        return run_cchc(self.binary, args, cwd=self.root)

    def build_ok(self, *extra: str) -> subprocess.CompletedProcess:
        """Builds the (still valid) site into the output folder and remembers its digest."""
        result = self.build(*extra)
        assert result.returncode == 0, "the valid site must build:\n" + describe(result)
        self.snapshot = tree_digest(self.output)
        assert self.snapshot, "the valid build wrote nothing"
        return result

    def leftovers(self) -> list[str]:
        """Staging or retired folders the writer left beside the output (the page cache,
        `.<name>.cchc-cache`, is meant to stay)."""
        name = self.output.name
        return sorted(p.name for p in self.output.parent.iterdir()
                      if (p.name.startswith(f".{name}.") or (p.name.startswith(name) and p.name != name))
                      and p.name != f".{name}.cchc-cache")


def output_file_of(site, url: str):
    """The output file an absolute URL under base_url stands for (`x/` → `x/index.html`), or None."""
    from urllib.parse import unquote as _unquote, urlsplit as _urlsplit
    if not url.startswith(site.base_url):
        return None
    rel = _unquote(_urlsplit(url).path)[len(site.base_path):]
    candidate = site.output / (rel + "index.html" if rel == "" or rel.endswith("/") else rel)
    return candidate if candidate.is_file() else None
