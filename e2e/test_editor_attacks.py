"""Attacks on the browser editor of `cchc serve --soan-thao` (see the editor's safety rules:
loopback Host only, same-origin POST with the session cookie and its CSRF token, paths only
inside the content kinds and upload folders, no symlinks, checked uploads, access token off
loopback).

Every request is sent with `http.client` so that Host, Origin, Referer and Cookie are exactly
what the test says. Each refused attack is checked twice: its status, and that nothing was
written, neither in the content folder nor beside it (`Witness`). Each group of attacks also has
a control request, the same request made legitimately, which must succeed: a refusal then
proves the rule under test, not a broken request."""

from __future__ import annotations

import http.client
import io
import json
import os
import re
import socket
import struct
import subprocess
import threading
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest

from cchc_testlib import REPO_ROOT, describe, diff_trees, tree_digest
from test_authoring import fetch, free_port, preview, stop_server, wait_until

EDITOR = "/__cchc/soan-thao/"
ARTICLE = "tin-bai/2026-10-01-hoi-nghi.md"
PAGE = "trang/gioi-thieu.md"
PROCEDURE = "thu-tuc/khai-sinh.md"
# Text of the file outside the content folder: no answer may ever show it.
SECRET = "BI-MAT-NGOAI-THU-MUC-7F3A"
# Part of every name an attack tries to create, to look for strays anywhere.
MARK = "xam-nhap"
UPLOAD_LIMIT = 20 * 1024 * 1024


# --------------------------------------------------------------------------- test files


def png(width: int = 1, height: int = 1) -> bytes:
    """A valid RGB PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\0" + b"\xc0\x20\x20" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def jpeg() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (2, 2), (200, 30, 30)).save(buffer, "JPEG")
    return buffer.getvalue()


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n"
SVG_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n'
SVG_PLAIN = b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><rect width="1" height="1"/></svg>\n'
JS = b"fetch('/__cchc/soan-thao/luu', {method: 'POST'});\n"


def passwd_line() -> str:
    """The first line of /etc/passwd, the text a leak of it would show."""
    try:
        return Path("/etc/passwd").read_text(encoding="utf-8", errors="replace").splitlines()[0]
    except (OSError, IndexError):
        return "root:x:0:0"


# --------------------------------------------------------------------------- HTTP


@dataclass
class Answer:
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key.lower() == name.lower()), None)

    def set_cookies(self) -> dict[str, str]:
        """Cookie name → the whole Set-Cookie header."""
        found = {}
        for key, value in self.headers:
            if key.lower() == "set-cookie":
                found[value.split("=", 1)[0].strip()] = value
        return found

    def cookie_value(self, name: str) -> str | None:
        header = self.set_cookies().get(name)
        return header.split(";", 1)[0].split("=", 1)[1] if header else None

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self) -> dict:
        return json.loads(self.body)

    def __str__(self) -> str:
        return f"HTTP {self.status} {self.text[:300]!r}"


def send(port: int, method: str, target: str, headers: dict[str, str | None] | None = None,
         body: bytes | None = None, chunked: bool = False) -> Answer:
    """One request with exactly these headers: `Host` is 127.0.0.1:port unless given (None: no
    Host at all); only Content-Length (or chunked framing) is added. A server that answers
    before reading the whole body is fine: sending stops and the answer is read."""
    headers = dict(headers or {})
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
        host = headers.pop("Host", f"127.0.0.1:{port}")
        if host is not None:
            connection.putheader("Host", host)
        for name, value in headers.items():
            if value is not None:
                connection.putheader(name, value)
        if chunked:
            connection.putheader("Transfer-Encoding", "chunked")
        elif body is not None:
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders()
        try:
            for start in range(0, len(body or b""), 1 << 16):
                part = body[start:start + (1 << 16)]
                connection.send(b"%x\r\n%s\r\n" % (len(part), part) if chunked else part)
            if chunked:
                connection.send(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass
        response = connection.getresponse()
        return Answer(response.status, response.getheaders(), response.read())
    finally:
        connection.close()


def raw_exchange(port: int, request: bytes) -> bytes:
    """Bytes of a hand-written request and the raw answer (for requests http.client cannot make)."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        sock.sendall(request)
        chunks = []
        while True:
            try:
                data = sock.recv(65536)
            except (socket.timeout, ConnectionResetError):
                break
            if not data:
                break
            chunks.append(data)
            if b"\r\n\r\n" in b"".join(chunks) and len(b"".join(chunks)) > 12:
                head = b"".join(chunks).split(b"\r\n\r\n", 1)[0]
                match = re.search(rb"content-length:\s*(\d+)", head, re.I)
                if match and len(b"".join(chunks)) >= len(head) + 4 + int(match[1]):
                    break
        return b"".join(chunks)


def raw_status(answer: bytes) -> int:
    match = re.match(rb"HTTP/1\.[01] (\d{3})", answer)
    return int(match[1]) if match else 0


# --------------------------------------------------------------------------- editor sessions


class _FormReader(HTMLParser):
    """The name–value pairs a browser would submit from `form.bieu-mau` (no button)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pairs: list[tuple[str, str]] = []
        self.in_form = False
        self.textarea: tuple[str, list[str]] | None = None
        self.select: list | None = None  # [name, first value, selected value]

    def handle_starttag(self, tag, attrs):
        a = {key: value or "" for key, value in attrs}
        if tag == "form" and "bieu-mau" in a.get("class", "").split():
            self.in_form = True
        if not self.in_form:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self.pairs.append((name, a.get("value", "on")))
            elif kind not in ("file", "submit", "button", "reset", "image"):
                self.pairs.append((name, a.get("value", "")))
        elif tag == "textarea" and name:
            self.textarea = (name, [])
        elif tag == "select" and name:
            self.select = [name, None, None]
        elif tag == "option" and self.select is not None:
            value = a.get("value", "")
            if self.select[1] is None:
                self.select[1] = value
            if "selected" in a:
                self.select[2] = value

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "textarea" and self.textarea:
            text = "".join(self.textarea[1])
            self.pairs.append((self.textarea[0], text[1:] if text.startswith("\n") else text))
            self.textarea = None
        elif tag == "select" and self.select:
            self.pairs.append((self.select[0], self.select[2] if self.select[2] is not None else self.select[1] or ""))
            self.select = None

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1].append(data)


def form_pairs(html: str) -> list[tuple[str, str]]:
    reader = _FormReader()
    reader.feed(html)
    reader.close()
    return reader.pairs


def value_of(pairs: list[tuple[str, str]], name: str) -> str:
    return next(value for key, value in pairs if key == name)


def changed(pairs: list[tuple[str, str]], button: str = "luu", **values: str) -> list[tuple[str, str]]:
    """The form with some fields replaced (or added) and the submit button pressed."""
    out = [(key, values[key]) if key in values else (key, value) for key, value in pairs]
    out += [(key, value) for key, value in values.items() if key not in dict(pairs)]
    return out + [("hanh_dong", button)]


def encode(pairs: list[tuple[str, str]]) -> bytes:
    return urlencode(pairs, quote_via=quote).encode("ascii")


@dataclass
class Session:
    """A legitimate editor session: its cookie, its CSRF token and the form it opened."""

    port: int
    cookie: str  # value of cchc_phien
    csrf: str
    form: list[tuple[str, str]]
    extra_cookies: str = ""  # e.g. "cchc_ma=…" off loopback

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def cookie_header(self) -> str:
        return "; ".join(part for part in (f"cchc_phien={self.cookie}", self.extra_cookies) if part)

    def save_headers(self) -> dict[str, str | None]:
        """What the browser sends with the editor's own form."""
        return {"Origin": self.origin, "Cookie": self.cookie_header,
                "Content-Type": "application/x-www-form-urlencoded"}

    def script_headers(self) -> dict[str, str | None]:
        """What the editor's script sends with an upload or a preview."""
        return {"Origin": self.origin, "Cookie": self.cookie_header, "X-CCHC-CSRF": self.csrf,
                "Content-Type": "application/octet-stream"}

    def save(self, pairs, headers=None) -> Answer:
        return send(self.port, "POST", EDITOR + "luu", self.save_headers() if headers is None else headers, encode(pairs))

    def upload(self, folder: str, name: str, data: bytes, headers=None, chunked=False) -> Answer:
        return send(self.port, "POST", upload_target(folder, name), self.script_headers() if headers is None else headers, data,
                    chunked)

    def preview(self, text: str, query: str = "", headers=None) -> Answer:
        return send(self.port, "POST", EDITOR + "xem-truoc" + query,
                    self.script_headers() if headers is None else headers, text.encode())


def upload_target(folder: str, name: str) -> str:
    return EDITOR + "tai-len?" + urlencode({"thu_muc": folder, "ten": name}, quote_via=quote)


def open_form(port: int, tep: str = ARTICLE, cookies: str = "") -> Session:
    """GET sua?tep=… as a browser would (with its cookies, if any): the session it gets."""
    answer = send(port, "GET", EDITOR + "sua?tep=" + quote(tep, safe="/"), {"Cookie": cookies or None})
    assert answer.status == 200, f"opening {tep}: {answer}"
    known = re.search(r"cchc_phien=([^;]+)", cookies)
    cookie = answer.cookie_value("cchc_phien") or (known[1] if known else None)
    assert cookie, f"no session cookie for {tep}: {answer.headers}"
    pairs = form_pairs(answer.text)
    extra = "; ".join(part.strip() for part in cookies.split(";") if part.strip() and "cchc_phien=" not in part)
    return Session(port, cookie, value_of(pairs, "_csrf"), pairs, extra)


def editor_version(site, session: Session, text: str) -> str:
    """The `phien_ban` the editor gives a file holding `text` (read from a real copy, then removed),
    so that a save through a link fails only because of the link."""
    rel = "tin-bai/2026-01-01-phien-ban-tam.md"
    site.write(rel, text)
    try:
        return value_of(open_form(session.port, rel, f"cchc_phien={session.cookie}").form, "phien_ban")
    finally:
        site.path(rel).unlink()


# --------------------------------------------------------------------------- nothing written


class Witness:
    """Everything an attack could write to: the test's temporary folder (the content folder,
    a folder `ngoai` beside it holding a secret article, an empty `canary` folder beside the site
    root) and the top of /, /tmp, /etc and the repository, where stray names carry MARK."""

    def __init__(self, site):
        self.site = site
        self.area = site.root.parent
        self.canary = self.area / "canary"
        self.canary.mkdir(exist_ok=True)
        self.outside = site.root / "ngoai"
        self.outside.mkdir(exist_ok=True)
        self.secret_file = self.outside / "bi-mat.md"
        # A valid article: if a path or link check were missing, saving through it would succeed.
        text = site.read(ARTICLE).replace("tieu_de:", f"tieu_de: {SECRET} #", 1)
        self.secret_file.write_text(text, encoding="utf-8")
        self.reset()

    def reset(self) -> None:
        self.before = tree_digest(self.area)

    def changes(self) -> list[str]:
        found = diff_trees(self.before, tree_digest(self.area))
        for folder in (Path("/"), Path("/tmp"), Path("/etc"), self.area.parent, REPO_ROOT, REPO_ROOT / "e2e"):
            try:
                found += [f"stray file {folder / name}" for name in os.listdir(folder) if MARK in name]
            except OSError:
                pass
        if any(self.canary.iterdir()):
            found.append(f"canary folder not empty: {sorted(p.name for p in self.canary.iterdir())}")
        return found

    def refused(self, label: str, answer: Answer, statuses: set[int]) -> list[str]:
        """Problems if `answer` is not one of `statuses` or anything was written (then forgotten,
        so that the next attack is judged on its own)."""
        problems = []
        if answer.status not in statuses:
            problems.append(f"{label}: expected {sorted(statuses)}, got {answer}")
        written = self.changes()
        if written:
            problems.append(f"{label}: wrote {written} ({answer})")
            self.reset()
        return problems


def leaks(answer: Answer) -> list[str]:
    """Text of files outside the content folder (or of site.yml) shown in an answer."""
    shown = []
    for needle in (SECRET, passwd_line(), "ten_don_vi:", "base_url:"):
        if needle and needle in answer.text:
            shown.append(needle)
    return shown


def assert_no_problems(problems: list[str]) -> None:
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems)


@pytest.fixture
def editor(site):
    """The minimal site served with the editor on loopback: (site, port, witness)."""
    with preview(site, args=("--soan-thao",)) as (_, port):
        yield site, port, Witness(site)


# --------------------------------------------------------------------------- control


def test_a_legitimate_session_saves_uploads_and_previews(editor):
    """The control case: a session opened like a browser gets an HttpOnly, SameSite=Strict
    cookie on /__cchc/; its save (303, only the title line changes, no form-only field written,
    no temporary file left), its upload (200) and its preview (200) succeed, and so does a save
    with a same-origin Referer instead of Origin. Refusals below are therefore the rules at work."""
    site, port, witness = editor
    first = send(port, "GET", EDITOR + "sua?tep=" + ARTICLE)
    cookie = first.set_cookies().get("cchc_phien", "")
    assert first.status == 200 and cookie, first
    attributes = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert {"httponly", "samesite=strict", "path=/__cchc/"} <= attributes, cookie
    session = open_form(port)
    before = site.read(ARTICLE)
    answer = session.save(changed(session.form, tieu_de="Tiêu đề sửa hợp lệ"))
    assert answer.status == 303, answer
    assert answer.header("Location") == EDITOR + "sua?tep=" + ARTICLE + "&da_luu=1", answer.headers
    after = site.read(ARTICLE)
    old_lines, new_lines = before.split("\n"), after.split("\n")
    assert len(old_lines) == len(new_lines)
    differing = [(a, b) for a, b in zip(old_lines, new_lines) if a != b]
    assert len(differing) == 1 and differing[0][1].startswith("tieu_de:") and "Tiêu đề sửa hợp lệ" in differing[0][1], differing
    for form_only in ("_csrf", "phien_ban", "hanh_dong", "loai:", "tep:", session.csrf):
        assert form_only not in after, f"{form_only!r} reached the file"
    assert not list(site.content.rglob(".cchc-*")), "a temporary file was left behind"
    # A save whose only proof of origin is the Referer of the editor's page.
    session = open_form(port)
    headers = session.save_headers()
    headers["Origin"] = None
    headers["Referer"] = f"http://127.0.0.1:{port}{EDITOR}sua?tep={ARTICLE}"
    answer = session.save(changed(session.form, tieu_de="Tiêu đề qua Referer"), headers)
    assert answer.status == 303 and "Tiêu đề qua Referer" in site.read(ARTICLE), answer
    answer = session.upload("tep/anh", "kiem-tra.png", png())
    assert answer.status == 200 and answer.json()["duong_dan"] == "tep/anh/kiem-tra.png", answer
    assert site.path("tep/anh/kiem-tra.png").read_bytes() == png()
    answer = session.preview("Đoạn **xem trước**.", "?tep=" + ARTICLE)
    assert answer.status == 200 and "<strong>xem trước</strong>" in answer.text, answer


# --------------------------------------------------------------------------- 1. paths

# Document paths the editor must refuse with 400 (in `tep` of sua and of luu).
BAD_DOCUMENTS = [
    "../site.yml",
    "../../etc/passwd",
    "/etc/passwd",
    "tin-bai/../site.yml",
    "tin-bai/./x.md",
    "tin-bai/./2026-10-01-hoi-nghi.md",
    "tin-bai/../trang/gioi-thieu.md",
    "tin-bai/../../ngoai/bi-mat.md",
    f"tin-bai/../../../{MARK}.md",
    "tin-bai\\..\\x.md",
    "tin-bai\\..\\..\\ngoai\\bi-mat.md",
    "tin-bai//2026-10-01-hoi-nghi.md",
    "tin-bai/.an.md",
    "tin-bai/",
    "site.yml",
    "tin-bai/x.txt",
    "tin-bai/x\x00.md",
    "tin-bai/2026-10-01-hoi-nghi.md\x00.md",
    "tin-bai/x\n.md",
    "tep/anh/anh-bia.png",
    "giao-dien/x.md",
]


def test_get_form_refuses_paths_outside_content_kinds(editor):
    """GET sua?tep=… answers 400 for every traversal, absolute, dot, backslash, empty-part,
    non-Markdown and control-character path (also `..` sent percent-encoded), shows no text of
    site.yml, /etc/passwd or the secret file beside the content folder, and writes nothing."""
    site, port, witness = editor
    queries = [quote(path, safe="/") for path in BAD_DOCUMENTS + [str(site.content.resolve() / ARTICLE)]]
    queries += ["tin-bai/%2e%2e/x.md", "tin-bai%2F%2E%2E%2F%2E%2E%2Fngoai%2Fbi-mat.md", "%2e%2e/site.yml",
                "tin-bai/%2e/2026-10-01-hoi-nghi.md"]
    problems = []
    for query in queries:
        answer = send(port, "GET", EDITOR + "sua?tep=" + query)
        problems += witness.refused(f"GET sua?tep={query}", answer, {400})
        problems += [f"GET sua?tep={query} shows {leak!r}" for leak in leaks(answer)]
    # Doubly encoded dots are a harmless name (a folder called %2e%2e): not found, nothing shown.
    answer = send(port, "GET", EDITOR + "sua?tep=tin-bai/%252e%252e/%252e%252e/ngoai/bi-mat.md")
    problems += witness.refused("GET sua with doubly encoded dots", answer, {400, 404})
    problems += [f"doubly encoded dots show {leak!r}" for leak in leaks(answer)]
    assert_no_problems(problems)


def test_save_refuses_paths_outside_content_kinds_and_mismatched_kinds(editor):
    """POST luu with a valid session, Origin and token, and an otherwise valid article form,
    answers 400 (not 403: the guard let it through, the path rule refused it) for every bad
    `tep` (site.yml from an article form, traversal, absolute, NUL…) and for a `loai` that does
    not match the path's folder; a file that does not exist is not created (404). Nothing is
    written anywhere."""
    site, port, witness = editor
    session = open_form(port)
    form = changed(session.form, tieu_de=f"Tiêu đề {MARK}")
    problems = []
    for path in BAD_DOCUMENTS + [str(site.content.resolve() / ARTICLE)]:
        answer = session.save([(k, path if k == "tep" else v) for k, v in form])
        problems += witness.refused(f"POST luu tep={path!r}", answer, {400})
    page = open_form(port, PAGE, f"cchc_phien={session.cookie}")
    mismatches = [
        ("article form on a page file", [(k, PAGE if k == "tep" else v) for k, v in form]),
        ("article file with loai=trang", [(k, "trang" if k == "loai" else v) for k, v in form]),
        ("page form with loai=tin-bai", [(k, "tin-bai" if k == "loai" else v) for k, v in changed(page.form, tieu_de=MARK)]),
        ("article form on a procedure", [(k, PROCEDURE if k == "tep" else v) for k, v in form]),
        ("loai=../site", [(k, "../site" if k == "loai" else v) for k, v in form]),
        ("loai empty", [(k, "" if k == "loai" else v) for k, v in form]),
        ("no loai", [(k, v) for k, v in form if k != "loai"]),
    ]
    for label, pairs in mismatches:
        problems += witness.refused(f"POST luu {label}", session.save(pairs), {400})
    answer = session.save([(k, f"tin-bai/{MARK}-moi.md" if k == "tep" else v) for k, v in form])
    problems += witness.refused("POST luu of a file that does not exist", answer, {404})
    assert_no_problems(problems)


# thu_muc values the upload must refuse with 400.
BAD_UPLOAD_FOLDERS = ["../", "..", "tep/anh/../../x", "tep/anh/..", "tep/anh/../../../canary", "tep", "giao-dien",
                      "", "tep/anh/", "tep/anh/con", "/tmp", "/etc", "tep\\anh", "tep/./anh", "./tep/anh", "TEP/ANH",
                      "tep/anh\x00", "content/tep/anh"]


def test_upload_refuses_folders_outside_tep(editor):
    """POST tai-len with a valid session and token and a valid PNG answers 400 for every
    `thu_muc` that is not exactly tep/anh, tep/am-thanh or tep/mau-don, and writes nothing."""
    site, port, witness = editor
    session = open_form(port)
    problems = []
    for folder in BAD_UPLOAD_FOLDERS:
        answer = session.upload(folder, f"{MARK}.png", png())
        problems += witness.refused(f"upload thu_muc={folder!r}", answer, {400})
    answer = send(port, "POST", EDITOR + f"tai-len?ten={MARK}.png", session.script_headers(), png())
    problems += witness.refused("upload without thu_muc", answer, {400})
    assert_no_problems(problems)


def test_upload_names_with_slashes_stay_inside_the_folder(editor):
    """A `ten` with slashes, backslashes, dots or a NUL is either refused (4xx, nothing written)
    or reduced to a safe base name: the answer's `duong_dan` is tep/anh/<slug>.<ext> and that one
    file is the only thing written, with the bytes sent; never a file elsewhere."""
    site, port, witness = editor
    session = open_form(port)
    names = [f"../../{MARK}-1.jpg", f"../{MARK}-2.jpg", f"tep/anh/../../{MARK}-3.jpg", f"/tmp/{MARK}-4.jpg",
             f"..\\..\\{MARK}-5.jpg", f"../../../../../../../../etc/{MARK}-6.jpg", f"%2e%2e%2f{MARK}-7.jpg",
             f"../../canary/{MARK}-8.jpg", f"{MARK}-9\x00.jpg", f"{MARK}-10.jpg\x00.html", "..", ".", "../", ".jpg",
             "/", "..jpg"]
    data = jpeg()
    problems, landed = [], []
    for name in names:
        answer = session.upload("tep/anh", name, data)
        label = f"upload ten={name!r}"
        if answer.status == 200:
            where = answer.json().get("duong_dan", "")
            written = witness.changes()
            landed.append(f"{name!r} → {where}")
            if not re.fullmatch(r"tep/anh/[a-z0-9]+(-[a-z0-9]+)*\.jpg", where):
                problems.append(f"{label}: answered duong_dan {where!r}")
            expected = [f"added: {site.root.name}/content/{where}"]
            if written != expected:
                problems.append(f"{label}: expected only {expected}, wrote {written}")
            elif site.path(where).read_bytes() != data:
                problems.append(f"{label}: {where} does not hold the bytes sent")
            witness.reset()
        else:
            problems += witness.refused(label, answer, {400, 415})
    assert_no_problems(problems)
    print("where the names landed:", *landed, sep="\n  ")


def test_preview_renders_only_the_posted_text(editor):
    """POST xem-truoc with `tep` naming files outside the content folder, and a body linking to
    them, renders the posted text only: no text of /etc/passwd, site.yml or the secret file
    appears, and nothing is written."""
    site, port, witness = editor
    session = open_form(port)
    body = ("Chỉ đoạn này được hiển thị.\n\n![mật](../../ngoai/bi-mat.md) ![pw](../../../../../../etc/passwd)\n\n"
            "[cấu hình](../site.yml) [ngoài](/etc/passwd) ![](file:///etc/passwd)\n")
    problems = []
    for tep in ["../../etc/passwd", "/etc/passwd", "../site.yml", "site.yml", "tin-bai/../../ngoai/bi-mat.md",
                "tin-bai/x\x00.md", "tin-bai/link.md"]:
        for loai in ("", "tin-bai", "../.."):
            query = "?" + urlencode({"tep": tep, "loai": loai}, quote_via=quote)
            answer = session.preview(body, query)
            label = f"xem-truoc{query}"
            problems += witness.refused(label, answer, {200, 400})
            if answer.status == 200 and "Chỉ đoạn này được hiển thị." not in answer.text:
                problems.append(f"{label}: the posted text is not rendered: {answer}")
            problems += [f"{label} shows {leak!r}" for leak in leaks(answer)]
    assert_no_problems(problems)


# --------------------------------------------------------------------------- 2, 3. origin, CSRF, sessions


def forged_variants(session: Session, port: int) -> list[tuple[str, dict]]:
    """(label, header changes) that each turn a legitimate write into a forged one; `_csrf`
    is a pseudo-header standing for the token (form field for luu, X-CCHC-CSRF otherwise)."""
    good = f"http://127.0.0.1:{port}"
    wrong_token = ("0" if session.csrf[0] != "0" else "1") + session.csrf[1:]
    return [
        ("no Origin, no Referer", {"Origin": None}),
        ("Origin http://evil.example", {"Origin": "http://evil.example"}),
        ("Origin null", {"Origin": "null"}),
        ("Origin https:// of the editor", {"Origin": f"https://127.0.0.1:{port}"}),
        ("Origin localhost (Host 127.0.0.1)", {"Origin": f"http://localhost:{port}"}),
        ("Origin other port", {"Origin": f"http://127.0.0.1:{port + 1}"}),
        ("Origin 127.0.0.1:P.evil.example", {"Origin": f"http://127.0.0.1:{port}.evil.example"}),
        ("Origin with a trailing slash", {"Origin": good + "/"}),
        ("Origin evil, Referer good", {"Origin": "http://evil.example", "Referer": good + EDITOR}),
        ("no Origin, Referer evil", {"Origin": None, "Referer": "http://evil.example" + EDITOR}),
        ("no Origin, Referer evil with editor in path",
         {"Origin": None, "Referer": f"http://evil.example/{good}{EDITOR}"}),
        ("no Origin, Referer userinfo", {"Origin": None, "Referer": f"http://127.0.0.1:{port}@evil.example/"}),
        ("good Origin, no token", {"_csrf": None}),
        ("good Origin, empty token", {"_csrf": ""}),
        ("good Origin, wrong token", {"_csrf": wrong_token}),
        ("good Origin, token prefix", {"_csrf": session.csrf[:-1]}),
        ("good Origin, right token, no cookie", {"Cookie": None}),
        ("good Origin, right token, unknown session cookie", {"Cookie": "cchc_phien=" + "a" * 64}),
        ("good Origin, right token, token as session cookie", {"Cookie": "cchc_phien=" + session.csrf}),
        ("good Origin, right token, cookie without value", {"Cookie": "cchc_phien="}),
    ]


def forged_save(session: Session, pairs, change: dict) -> Answer:
    headers = session.save_headers()
    token = change.get("_csrf", session.csrf)
    headers.update({k: v for k, v in change.items() if k != "_csrf"})
    body = [(k, v) for k, v in pairs if k != "_csrf"] + ([("_csrf", token)] if token is not None else [])
    return session.save(body, headers)


def forged_script(session: Session, target: str, data: bytes, change: dict) -> Answer:
    headers = session.script_headers()
    headers["X-CCHC-CSRF"] = change.get("_csrf", session.csrf)
    headers.update({k: v for k, v in change.items() if k != "_csrf"})
    return send(session.port, "POST", target, headers, data)


def test_cross_origin_and_forged_writes_are_refused(editor):
    """Every forged write (no Origin and no Referer, a foreign Origin or Referer, a foreign
    Origin with a good Referer, a missing, empty or wrong token, a missing or unknown cookie)
    to luu, tai-len and xem-truoc answers 403 and writes nothing; the same requests made
    legitimately afterwards succeed."""
    site, port, witness = editor
    session = open_form(port)
    form = changed(session.form, tieu_de=f"Tiêu đề giả mạo {MARK}")
    problems = []
    for label, change in forged_variants(session, port):
        problems += witness.refused(f"luu, {label}", forged_save(session, form, change), {403})
        answer = forged_script(session, upload_target("tep/anh", f"{MARK}.png"), png(), change)
        problems += witness.refused(f"tai-len, {label}", answer, {403})
        answer = forged_script(session, EDITOR + "xem-truoc", f"Giả mạo **{MARK}**".encode(), change)
        problems += witness.refused(f"xem-truoc, {label}", answer, {403})
        if MARK in answer.text:
            problems.append(f"xem-truoc, {label}: rendered the forged text")
    # The token in the URL instead of the form field or header.
    answer = send(port, "POST", EDITOR + "luu?_csrf=" + session.csrf, session.save_headers(),
                  encode([(k, v) for k, v in form if k != "_csrf"]))
    problems += witness.refused("luu, token in the query", answer, {403})
    headers = session.script_headers()
    headers["X-CCHC-CSRF"] = None
    answer = send(port, "POST", upload_target("tep/anh", f"{MARK}.png") + "&_csrf=" + session.csrf, headers, png())
    problems += witness.refused("tai-len, token in the query", answer, {403})
    # A form posted as text/plain or multipart by a foreign page, without token header.
    headers = session.save_headers()
    headers.update({"Origin": "http://evil.example", "Content-Type": "text/plain"})
    problems += witness.refused("luu, text/plain from evil", session.save(form, headers), {403})
    assert_no_problems(problems)
    # Controls: the same session, done right, works.
    assert session.save(form).status == 303 and MARK in site.read(ARTICLE)
    assert session.upload("tep/anh", f"{MARK}.png", png()).status == 200
    assert session.preview(f"Đúng **{MARK}**").status == 200


def test_a_token_works_only_with_its_own_session(editor):
    """Two sessions (two cookie jars): session A's cookie with session B's token, or B's cookie
    with A's token, or both cookies with B's token, answer 403 on luu, tai-len and xem-truoc
    and write nothing; each session with its own token works."""
    site, port, witness = editor
    a = open_form(port)
    b = open_form(port)
    assert a.cookie != b.cookie and a.csrf != b.csrf, "two cookie jars must get two sessions"
    problems = []
    for label, cookie, token in [("A cookie, B token", f"cchc_phien={a.cookie}", b.csrf),
                                 ("B cookie, A token", f"cchc_phien={b.cookie}", a.csrf),
                                 ("A and B cookies, B token", f"cchc_phien={a.cookie}; cchc_phien={b.cookie}", b.csrf)]:
        form = [(k, token if k == "_csrf" else v) for k, v in changed(a.form, tieu_de=f"Phiên lẫn {MARK}")]
        headers = a.save_headers()
        headers["Cookie"] = cookie
        problems += witness.refused(f"luu, {label}", a.save(form, headers), {403})
        script = a.script_headers()
        script.update({"Cookie": cookie, "X-CCHC-CSRF": token})
        answer = send(port, "POST", upload_target("tep/anh", f"{MARK}.png"), script, png())
        problems += witness.refused(f"tai-len, {label}", answer, {403})
        answer = send(port, "POST", EDITOR + "xem-truoc", script, f"Phiên lẫn {MARK}".encode())
        problems += witness.refused(f"xem-truoc, {label}", answer, {403})
    assert_no_problems(problems)
    assert b.upload("tep/anh", "cua-b.png", png()).status == 200
    assert a.save(changed(a.form, tieu_de="Phiên A hợp lệ")).status == 303


def test_a_session_id_chosen_by_the_client_is_not_adopted(editor):
    """A cookie planted by an attacker (cchc_phien=<chosen>) is not adopted: the editor page
    answers with a new random session id, and a write using the planted id with the token of
    that page is refused (403), nothing written."""
    site, port, witness = editor
    planted = "f" * 64
    answer = send(port, "GET", EDITOR + "sua?tep=" + ARTICLE, {"Cookie": f"cchc_phien={planted}"})
    assert answer.status == 200, answer
    issued = answer.cookie_value("cchc_phien")
    assert issued and issued != planted, f"the planted session id was kept: {answer.headers}"
    pairs = changed(form_pairs(answer.text), tieu_de=f"Phiên cài sẵn {MARK}")
    session = Session(port, planted, value_of(pairs, "_csrf"), pairs)
    assert_no_problems(witness.refused("luu with the planted session id", session.save(pairs), {403}))


# --------------------------------------------------------------------------- 4. symlinks


def test_symlinked_files_are_neither_shown_nor_written(editor):
    """`tin-bai/link.md` → an article outside the content folder and `tin-bai/link-site.md` →
    site.yml: GET sua answers 400 without their text, and POST luu through them (valid session,
    token, and for the article the `phien_ban` of its text) answers 400; both targets and the
    links stay unchanged. The same save to a real copy of the article succeeds (control)."""
    site, port, witness = editor
    session = open_form(port)
    secret_version = editor_version(site, session, witness.secret_file.read_text(encoding="utf-8"))
    (site.content / "tin-bai/link.md").symlink_to(witness.secret_file)
    (site.content / "tin-bai/link-site.md").symlink_to(site.content / "site.yml")
    witness.reset()
    problems = []
    # site.yml is no article: its save could at worst fail validation; the link must stop it first.
    for link, version in [("tin-bai/link.md", secret_version), ("tin-bai/link-site.md", "")]:
        answer = send(port, "GET", EDITOR + "sua?tep=" + link, {"Cookie": f"cchc_phien={session.cookie}"})
        problems += witness.refused(f"GET sua?tep={link}", answer, {400})
        problems += [f"GET sua?tep={link} shows {leak!r}" for leak in leaks(answer)]
        form = changed(session.form, tieu_de=f"Qua liên kết {MARK}", tep=link, phien_ban=version)
        problems += witness.refused(f"POST luu tep={link}", session.save(form), {400})
    assert_no_problems(problems)
    assert SECRET in witness.secret_file.read_text(encoding="utf-8")
    # Control: the same save to a real file holding the same text goes through.
    site.write("tin-bai/ban-that.md", witness.secret_file.read_text(encoding="utf-8"))
    form = changed(session.form, tieu_de="Bản thật", tep="tin-bai/ban-that.md", phien_ban=secret_version)
    answer = session.save(form)
    assert answer.status == 303 and "Bản thật" in site.read("tin-bai/ban-that.md"), answer


def test_upload_into_a_symlinked_folder_is_refused(editor):
    """`tep/anh` replaced by a symlink to a folder outside, and `tep/mau-don` created as one:
    uploads into them answer 400 and the outside folders stay empty."""
    site, port, witness = editor
    session = open_form(port)
    images, forms = site.root / "ngoai-anh", site.root / "ngoai-mau-don"
    images.mkdir()
    forms.mkdir()
    (site.content / "tep/anh").rename(site.root / "anh-cu")
    (site.content / "tep/anh").symlink_to(images, target_is_directory=True)
    (site.content / "tep/mau-don").symlink_to(forms, target_is_directory=True)
    witness.reset()
    problems = witness.refused("upload into symlinked tep/anh", session.upload("tep/anh", f"{MARK}.png", png()), {400})
    problems += witness.refused("upload into symlinked tep/mau-don", session.upload("tep/mau-don", f"{MARK}.pdf", PDF),
                                {400})
    problems += [f"{folder} is not empty" for folder in (images, forms) if any(folder.iterdir())]
    assert_no_problems(problems)


def test_paths_through_a_symlinked_folder_are_refused(editor):
    """`tin-bai/ngoai` → a folder outside the content folder: GET sua and POST luu of an existing
    article through it answer 400 without its text, a new name through it is not created, and
    the outside folder is unchanged."""
    site, port, witness = editor
    session = open_form(port)
    version = editor_version(site, session, witness.secret_file.read_text(encoding="utf-8"))
    (site.content / "tin-bai/ngoai").symlink_to(witness.outside, target_is_directory=True)
    witness.reset()
    problems = []
    answer = send(port, "GET", EDITOR + "sua?tep=tin-bai/ngoai/bi-mat.md", {"Cookie": f"cchc_phien={session.cookie}"})
    problems += witness.refused("GET sua through tin-bai/ngoai", answer, {400})
    problems += [f"GET sua through the link shows {leak!r}" for leak in leaks(answer)]
    form = changed(session.form, tieu_de=f"Qua thư mục liên kết {MARK}", tep="tin-bai/ngoai/bi-mat.md", phien_ban=version)
    problems += witness.refused("POST luu through tin-bai/ngoai", session.save(form), {400})
    form = changed(session.form, tieu_de=f"Mới qua liên kết {MARK}", tep=f"tin-bai/ngoai/{MARK}.md", phien_ban="")
    answer = session.save(form)
    problems += witness.refused("POST luu of a new name through tin-bai/ngoai", answer, {400, 404})
    assert_no_problems(problems)


# --------------------------------------------------------------------------- 5. uploads


def test_oversized_uploads_are_refused(editor):
    """A PNG one byte over 20 MB answers 413 whether sent with a truthful Content-Length or
    chunked without any length, and nothing is written; the same bytes cut to the limit would
    be accepted (so the size is the reason)."""
    site, port, witness = editor
    session = open_form(port)
    big = png() + b"\0" * (UPLOAD_LIMIT + 1 - len(png()))
    assert len(big) == UPLOAD_LIMIT + 1
    problems = witness.refused("upload 20 MB + 1 with Content-Length",
                               session.upload("tep/anh", f"{MARK}-lon.png", big), {413})
    problems += witness.refused("upload 20 MB + 1 chunked",
                                session.upload("tep/anh", f"{MARK}-lon.png", big, chunked=True), {413})
    assert_no_problems(problems)
    answer = session.upload("tep/anh", "vua-du.png", big[:UPLOAD_LIMIT], chunked=True)
    assert answer.status == 200 and site.path("tep/anh/vua-du.png").stat().st_size == UPLOAD_LIMIT, answer


def test_mislabelled_and_unsafe_uploads_are_refused(editor):
    """Bytes that do not match their extension (HTML as .jpg, PNG as .pdf, PDF as .png…), an
    extension the folder does not take (.html, .svg, .js, .php, .pdf in tep/anh), no extension
    and an empty file answer 415 or 400, and nothing is written."""
    site, port, witness = editor
    session = open_form(port)
    cases = [
        ("tep/anh", f"{MARK}.jpg", HTML), ("tep/mau-don", f"{MARK}.pdf", png()), ("tep/anh", f"{MARK}.pdf", png()),
        ("tep/anh", f"{MARK}.png", PDF), ("tep/anh", f"{MARK}.html", HTML), ("tep/anh", f"{MARK}.htm", HTML),
        ("tep/anh", f"{MARK}.svg", SVG_SCRIPT), ("tep/anh", f"{MARK}.svg", SVG_PLAIN), ("tep/anh", f"{MARK}.js", JS),
        ("tep/anh", f"{MARK}.php", b"<?php system($_GET['c']); ?>"), ("tep/anh", f"{MARK}.png.html", HTML),
        ("tep/anh", f"{MARK}.html.png", HTML), ("tep/anh", f"{MARK}.png", SVG_SCRIPT), ("tep/anh", MARK, png()),
        ("tep/anh", f"{MARK}.png", b""), ("tep/am-thanh", f"{MARK}.mp3", HTML), ("tep/mau-don", f"{MARK}.docx", HTML),
        ("tep/mau-don", f"{MARK}.html", HTML), ("tep/am-thanh", f"{MARK}.svg", SVG_PLAIN),
        ("tep/anh", f"{MARK}.jpg", b"\xff\xd8"), ("tep/anh", f"{MARK}.gif", JS),
    ]
    problems = []
    for folder, name, data in cases:
        answer = session.upload(folder, name, data)
        problems += witness.refused(f"upload {folder}/{name} ({data[:12]!r})", answer, {400, 415})
    assert_no_problems(problems)


def test_good_uploads_are_written_under_a_safe_name_and_never_overwrite(editor):
    """Control and naming: a correct PNG answers 200 with its size and is written byte for byte;
    `Ảnh Họp.PNG` becomes tep/anh/anh-hop.png, a second upload of that name becomes
    anh-hop-2.png, and an upload named like the fixture's anh-bia.png becomes anh-bia-2.png: the
    originals are unchanged."""
    site, port, witness = editor
    session = open_form(port)
    answer = session.upload("tep/anh", "Ảnh Họp.PNG", png(3, 2))
    assert answer.status == 200, answer
    assert answer.json() == {"duong_dan": "tep/anh/anh-hop.png", "rong": 3, "cao": 2}, answer
    assert site.path("tep/anh/anh-hop.png").read_bytes() == png(3, 2)
    answer = session.upload("tep/anh", "Ảnh Họp.PNG", png(5, 5))
    assert answer.status == 200 and answer.json()["duong_dan"] == "tep/anh/anh-hop-2.png", answer
    assert site.path("tep/anh/anh-hop.png").read_bytes() == png(3, 2), "the first upload was overwritten"
    assert site.path("tep/anh/anh-hop-2.png").read_bytes() == png(5, 5)
    cover = site.path("tep/anh/anh-bia.png").read_bytes()
    answer = session.upload("tep/anh", "anh-bia.png", png(2, 2))
    assert answer.status == 200 and answer.json()["duong_dan"] == "tep/anh/anh-bia-2.png", answer
    assert site.path("tep/anh/anh-bia.png").read_bytes() == cover
    answer = session.upload("tep/mau-don", "Mẫu Đơn.pdf", PDF)
    assert answer.status == 200 and answer.json()["duong_dan"] == "tep/mau-don/mau-don.pdf", answer
    assert site.path("tep/mau-don/mau-don.pdf").read_bytes() == PDF
    written = diff_trees(witness.before, tree_digest(witness.area))
    content = f"{site.root.name}/content/"
    assert written == [f"added: {content}tep/anh/anh-bia-2.png", f"added: {content}tep/anh/anh-hop-2.png",
                       f"added: {content}tep/anh/anh-hop.png", f"added: {content}tep/mau-don/",
                       f"added: {content}tep/mau-don/mau-don.pdf"], written


# --------------------------------------------------------------------------- 6. off loopback


@contextmanager
def serve_on_host(site, host: str):
    """`cchc serve --soan-thao --host HOST` on a free port, once the site answers on 127.0.0.1:
    (port, lines the server printed so far, a list that keeps growing)."""
    port = free_port()
    process = subprocess.Popen(
        [str(site.binary), "serve", "--content", "content", "--theme", str(site.theme), "--host", host,
         "--port", str(port), "--soan-thao"], cwd=site.root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, encoding="utf-8", errors="replace")
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True)
    reader.start()

    def up():
        if process.poll() is not None:
            raise AssertionError(f"cchc serve exited with {process.returncode}:\n{''.join(lines)}")
        try:
            return fetch(f"http://127.0.0.1:{port}{site.base_path}")[0] == 200
        except OSError:
            return False

    try:
        wait_until(up, timeout=120)
        yield port, lines
    finally:
        stop_server(process)
        reader.join(timeout=10)


def test_editor_off_loopback_needs_the_printed_token(site):
    """With `--host 0.0.0.0` the terminal prints a loud warning (CẢNH BÁO) and the
    `?ma=<token>` address; without the token every editor page answers 401 and every write is
    refused (401), even with a valid session and CSRF token, and nothing is written; a wrong token
    (in the query or the cookie) answers 401; the right one answers with the cchc_ma cookie and a
    redirect that drops it from the address, after which the cookie alone opens and saves."""
    witness = Witness(site)
    with serve_on_host(site, "0.0.0.0") as (port, lines):
        printed = wait_until(lambda: "".join(lines) if "?ma=" in "".join(lines) else None, timeout=30)
        assert "CẢNH BÁO" in printed, printed
        token = re.search(r"http://0\.0\.0\.0:%d/__cchc/soan-thao/\?ma=([0-9a-f]{32,})" % port, printed)
        assert token, printed
        token = token[1]
        problems = []
        for path in ("", "sua?tep=" + ARTICLE, "moi?loai=tin-bai", "soan-thao.js"):
            problems += witness.refused(f"GET {path or 'list'} without token", send(port, "GET", EDITOR + path), {401})
        wrong = ("0" if token[0] != "0" else "1") + token[1:]
        for label, target, cookie in [("?ma=wrong", EDITOR + "?ma=" + wrong, None),
                                      ("?ma=empty", EDITOR + "?ma=", None),
                                      ("?ma=prefix", EDITOR + "?ma=" + token[:-1], None),
                                      ("cookie wrong", EDITOR, f"cchc_ma={wrong}"),
                                      ("token as session cookie", EDITOR, f"cchc_phien={token}")]:
            answer = send(port, "GET", target, {"Cookie": cookie})
            problems += witness.refused(f"GET {label}", answer, {401})
            if "cchc_ma" in answer.set_cookies():
                problems.append(f"GET {label} set an access cookie: {answer.headers}")
        # The right token: a cookie and a redirect to the address without it.
        answer = send(port, "GET", EDITOR + "?ma=" + token)
        assert answer.status == 303 and answer.header("Location") == EDITOR, answer
        access = answer.cookie_value("cchc_ma")
        assert access == token, answer.headers
        assert "httponly" in answer.set_cookies()["cchc_ma"].lower()
        cookies = f"cchc_ma={access}; cchc_phien={answer.cookie_value('cchc_phien')}"
        assert send(port, "GET", EDITOR, {"Cookie": cookies}).status == 200
        session = open_form(port, ARTICLE, cookies)
        # A valid session and CSRF token without the access cookie: still refused.
        form = changed(session.form, tieu_de=f"Không có mã {MARK}")
        headers = session.save_headers()
        headers["Cookie"] = f"cchc_phien={session.cookie}"
        problems += witness.refused("POST luu with session, without access token", session.save(form, headers), {401})
        script = session.script_headers()
        script["Cookie"] = f"cchc_phien={session.cookie}"
        answer = send(port, "POST", upload_target("tep/anh", f"{MARK}.png"), script, png())
        problems += witness.refused("POST tai-len with session, without access token", answer, {401})
        answer = send(port, "POST", EDITOR + "luu", {"Content-Type": "application/x-www-form-urlencoded"}, encode(form))
        problems += witness.refused("POST luu with nothing", answer, {401, 403})
        headers["Cookie"] = f"cchc_ma={wrong}; cchc_phien={session.cookie}"
        problems += witness.refused("POST luu with a wrong access cookie", session.save(form, headers), {401})
        assert_no_problems(problems)
        # The cookie alone: the editor works.
        answer = session.save(changed(session.form, tieu_de="Lưu với mã truy cập"))
        assert answer.status == 303 and "Lưu với mã truy cập" in site.read(ARTICLE), answer


# --------------------------------------------------------------------------- 7. DNS rebinding

REBOUND_HOSTS = ["evil.example:{P}", "attacker.com", "evil.example", "127.0.0.1.evil.example:{P}",
                 "localhost.evil.example:{P}", "127.0.0.1:{Q}", "127.0.0.1", "localhost", "0.0.0.0:{P}",
                 "127.0.0.2:{P}", "[::ffff:127.0.0.1]:{P}", "127.1:{P}", "2130706433:{P}", "evil.example:{P}@127.0.0.1"]


def test_requests_naming_another_host_are_refused(editor):
    """DNS rebinding on loopback: a request whose Host is not 127.0.0.1:P, localhost:P or
    [::1]:P (evil.example:P, attacker.com, another port or address, no port…) answers 403 on
    every editor page (no session cookie, no CSRF token handed out) and on every write, even
    with a valid cookie, token and an Origin matching that Host; nothing is written. A request
    without any Host is refused too; Host localhost:P is accepted (control)."""
    site, port, witness = editor
    session = open_form(port)
    form = changed(session.form, tieu_de=f"Đổi tên miền {MARK}")
    problems = []
    for pattern in REBOUND_HOSTS:
        host = pattern.format(P=port, Q=port + 1)
        for path in ("", "sua?tep=" + ARTICLE, "moi?loai=tin-bai"):
            answer = send(port, "GET", EDITOR + path, {"Host": host})
            problems += witness.refused(f"GET {path or 'list'} Host {host}", answer, {403})
            if answer.set_cookies() or "_csrf" in answer.text:
                problems.append(f"GET {path or 'list'} Host {host} handed out a session: {answer.headers}")
        headers = session.save_headers()
        headers.update({"Host": host, "Origin": f"http://{host}"})
        problems += witness.refused(f"POST luu Host {host}", session.save(form, headers), {403})
        script = session.script_headers()
        script.update({"Host": host, "Origin": f"http://{host}"})
        answer = send(port, "POST", upload_target("tep/anh", f"{MARK}.png"), script, png())
        problems += witness.refused(f"POST tai-len Host {host}", answer, {403})
        answer = send(port, "POST", EDITOR + "xem-truoc", script, f"Đổi tên miền {MARK}".encode())
        problems += witness.refused(f"POST xem-truoc Host {host}", answer, {403})
    # HTTP/1.0 without a Host header.
    for method, path, body in [("GET", "", b""), ("POST", "luu", encode(form))]:
        request = (f"{method} {EDITOR}{path} HTTP/1.0\r\nOrigin: http://127.0.0.1:{port}\r\n"
                   f"Cookie: cchc_phien={session.cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                   f"Content-Length: {len(body)}\r\n\r\n").encode() + body
        status = raw_status(raw_exchange(port, request))
        if not 400 <= status < 500:
            problems.append(f"{method} {path or 'list'} without Host: HTTP {status}")
        problems += [f"{method} without Host wrote {w}" for w in witness.changes()]
    assert_no_problems(problems)
    assert send(port, "GET", EDITOR, {"Host": f"localhost:{port}"}).status == 200


# --------------------------------------------------------------------------- 8. GET never writes


def test_only_post_writes(editor):
    """GET, HEAD, PUT, DELETE, PATCH and OPTIONS of luu, tai-len and xem-truoc (with a valid
    session, token, Origin and all the fields of a valid save in the query or body) never answer
    2xx and never write; a cross-origin preflight gets no Access-Control-Allow-* header."""
    site, port, witness = editor
    session = open_form(port)
    form = changed(session.form, tieu_de=f"Ghi bằng GET {MARK}")
    query = urlencode(form, quote_via=quote)
    problems = []
    for method in ("GET", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"):
        body = None if method in ("GET", "HEAD") else encode(form)
        answer = send(port, method, EDITOR + "luu?" + query, session.save_headers(), body)
        problems += witness.refused(f"{method} luu", answer, set(range(300, 600)))
        body = None if method in ("GET", "HEAD") else png()
        answer = send(port, method, upload_target("tep/anh", f"{MARK}.png"), session.script_headers(), body)
        problems += witness.refused(f"{method} tai-len", answer, set(range(300, 600)))
        answer = send(port, method, EDITOR + "xem-truoc?tep=" + ARTICLE, session.script_headers(), body)
        problems += witness.refused(f"{method} xem-truoc", answer, set(range(300, 600)))
    # A foreign page's preflight for a write with the token header is not allowed.
    for path in ("luu", "tai-len?thu_muc=tep/anh&ten=x.png", "xem-truoc"):
        answer = send(port, "OPTIONS", EDITOR + path, {"Origin": "http://evil.example",
                                                       "Access-Control-Request-Method": "POST",
                                                       "Access-Control-Request-Headers": "x-cchc-csrf"})
        allowed = [(k, v) for k, v in answer.headers if k.lower().startswith("access-control-allow")]
        if 200 <= answer.status < 300 or allowed:
            problems.append(f"OPTIONS {path} from evil.example: {answer} {allowed}")
    assert_no_problems(problems)


def test_without_the_flag_there_is_no_editor(site):
    """`cchc serve` without --soan-thao: the editor pages answer 404 and POSTs to luu and
    tai-len are refused (4xx), writing nothing."""
    witness = Witness(site)
    with preview(site) as (_, port):
        problems = []
        for path in ("", "sua?tep=" + ARTICLE, "moi?loai=tin-bai", "soan-thao.js"):
            problems += witness.refused(f"GET {path or 'list'}", send(port, "GET", EDITOR + path), {404})
        origin = {"Origin": f"http://127.0.0.1:{port}", "Content-Type": "application/x-www-form-urlencoded"}
        form = [("loai", "tin-bai"), ("tep", ARTICLE), ("tieu_de", MARK), ("ngay", "2026-10-01"), ("noi_dung", MARK)]
        answer = send(port, "POST", EDITOR + "luu", origin, encode(form))
        problems += witness.refused("POST luu", answer, set(range(400, 500)))
        answer = send(port, "POST", upload_target("tep/anh", f"{MARK}.png"), origin, png())
        problems += witness.refused("POST tai-len", answer, set(range(400, 500)))
        assert_no_problems(problems)


# --------------------------------------------------------------------------- 9. builds


def test_nothing_of_the_editor_reaches_a_build(site):
    """After an editor session (a save and an upload), `cchc build` succeeds and no file under
    public/ contains `__cchc` or `soan-thao`; the content folder holds no temporary file of the
    editor, and the saved title and the uploaded image are published."""
    with preview(site, args=("--soan-thao",)) as (_, port):
        session = open_form(port)
        assert session.upload("tep/anh", "anh-phien.png", png(4, 4)).status == 200
        form = changed(session.form, tieu_de="Tiêu đề sau phiên soạn thảo", anh="tep/anh/anh-phien.png")
        answer = session.save(form)
        assert answer.status == 303, answer
        assert session.preview("Xem trước **một lần**.").status == 200
    assert not [p for p in site.content.rglob("*") if p.name.startswith(".cchc")], "temporary files left in content"
    result = site.build()
    assert result.returncode == 0, describe(result)
    found = []
    for file in sorted(p for p in site.output.rglob("*") if p.is_file()):
        data = file.read_bytes()
        found += [f"{file.relative_to(site.output)}: {needle.decode()}" for needle in (b"__cchc", b"soan-thao")
                  if needle in data or needle in file.relative_to(site.output).as_posix().encode()]
    assert not found, "\n".join(found)
    assert "Tiêu đề sau phiên soạn thảo" in (site.output / "tin-bai/hoi-nghi/index.html").read_text(encoding="utf-8")
    assert (site.output / "tep/anh/anh-phien.png").is_file()
