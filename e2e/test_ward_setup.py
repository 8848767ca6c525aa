"""Setting up a ward: what an editor sees when `cchc serve` previews the site, when a
command runs in the wrong folder or on a busy port, when a build succeeds (its summary)
and when common mistakes in dates, images and YAML stop it."""
from __future__ import annotations

import http.client
import json
import re
import socket
import subprocess
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cchc_testlib import describe, run_cchc, tree_digest
from test_authoring import fetch, free_port, preview, wait_until

# The first bytes of a JPEG photo (a phone names it .JPG).
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000") + b"\x00" * 32 + b"\xff\xd9"
ARTICLE = "tin-bai/2026-10-01-hoi-nghi.md"
ARTICLE_PAGE = "tin-bai/hoi-nghi/index.html"
PROCEDURE_CODE = "1.001193"  # thu-tuc/khai-sinh.md of the minimal fixture
SERVE_NOW = "2026-12-08 12:00"


# --------------------------------------------------------------------------- helpers


def decode_qr(svg: bytes, tmp_path: Path) -> str:
    """The text of the QR code drawn by an SVG (rsvg-convert → PNG → zbarimg)."""
    svg_file = tmp_path / "ma-qr.svg"
    png_file = tmp_path / "ma-qr.png"
    svg_file.write_bytes(svg)
    subprocess.run(["rsvg-convert", "-w", "400", "-b", "white", "-o", str(png_file), str(svg_file)],
                   check=True, capture_output=True, timeout=60)
    result = subprocess.run(["zbarimg", "-q", "--raw", str(png_file)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, f"zbarimg found no code: {result.stderr}"
    return result.stdout.strip()


class _QrBlock(HTMLParser):
    """Text and image `alt` of the `<section class="qr-box">` of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.found = False
        self.text: list[str] = []
        self.alts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if self.depth:
            if tag not in ("img", "br", "hr", "input", "meta", "link", "source"):
                self.depth += 1
            if tag == "img":
                self.alts.append(attributes.get("alt") or "")
        elif tag == "section" and "qr-box" in (attributes.get("class") or "").split():
            self.depth = 1
            self.found = True

    def handle_endtag(self, tag):
        if self.depth and tag not in ("img", "br", "hr", "input", "meta", "link", "source"):
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def qr_block(html: str) -> _QrBlock:
    parser = _QrBlock()
    parser.feed(html)
    parser.close()
    assert parser.found, "the procedure page has a QR block (section.qr-box)"
    return parser


def front_matter_article(site, front: str, body: str = "Nội dung bài viết.\n") -> None:
    """Replaces the fixture article by one with the given front matter (lines as written)."""
    site.write(ARTICLE, "---\n" + front.rstrip("\n") + "\n---\n\n" + body)


def article_with(site, **replacements: str) -> None:
    """The fixture article with some front-matter lines replaced (`ngay="…"` → `ngay: …`)."""
    for key, value in replacements.items():
        lines = site.read(ARTICLE).split("\n")
        index = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
        lines[index] = f"{key}: {value}"
        site.write(ARTICLE, "\n".join(lines))


def line_containing(site, rel: str, needle: str) -> int:
    numbers = [n for n, line in enumerate(site.read(rel).split("\n"), start=1) if needle in line]
    assert len(numbers) == 1, f"expected one line with {needle!r} in {rel}"
    return numbers[0]


def assert_failed_at(site, result, rel: str, line: int, *needles: str) -> str:
    """The build failed (exit 1) and one message names `content/<rel>:<line>:` with every needle;
    returns that message."""
    assert result.returncode == 1, describe(result)
    prefix = f"content/{rel}:{line}:"
    messages = [m for m in result.stderr.splitlines() if m.startswith(prefix)]
    assert messages, f"no message at {prefix}\n" + describe(result)
    message = messages[0]
    for needle in needles:
        assert needle in message, f"{needle!r} not in {message!r}"
    return message


def assert_public_kept(site) -> None:
    assert site.snapshot is not None
    assert tree_digest(site.output) == site.snapshot, "public/ from the last good build must stay as it was"


@pytest.fixture
def serving(site):
    """The minimal site served by `cchc serve` on a free port: (site, port)."""
    with preview(site) as (_, port):
        yield site, port


# --------------------------------------------------------------------------- serve


def test_served_qr_code_encodes_the_public_address(serving, tmp_path):
    """The QR code served by `cchc serve` decodes to the public base_url of the procedure, not the preview address."""
    site, port = serving
    assert any(f"ma: {PROCEDURE_CODE}" in p.read_text(encoding="utf-8") for p in (site.content / "thu-tuc").glob("*.md"))
    url = f"http://127.0.0.1:{port}{site.base_path}thu-tuc/{PROCEDURE_CODE}/ma-qr.svg"
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200 and response.headers["Content-Type"] == "image/svg+xml"
        svg = response.read()
    assert decode_qr(svg, tmp_path) == site.base_url + f"thu-tuc/{PROCEDURE_CODE}/"


def test_served_procedure_page_prints_the_public_address(serving):
    """The served procedure page's QR block (text and image alt) names the public URL and never 127.0.0.1."""
    site, port = serving
    code, _, html = fetch(f"http://127.0.0.1:{port}{site.base_path}thu-tuc/{PROCEDURE_CODE}/")
    assert code == 200
    public = site.base_url + f"thu-tuc/{PROCEDURE_CODE}/"
    block = qr_block(html)
    text = " ".join("".join(block.text).split())
    assert public in text, text
    assert block.alts and all(public in alt for alt in block.alts), block.alts
    assert "127.0.0.1" not in text and not any("127.0.0.1" in alt for alt in block.alts)
    assert "127.0.0.1" not in html, "no absolute preview address anywhere on the page"


def test_serve_status_reports_the_public_url(serving):
    """`GET /__cchc/status` returns JSON whose `public_url` is the site's base_url."""
    site, port = serving
    code, headers, body = fetch(f"http://127.0.0.1:{port}/__cchc/status")
    assert code == 200, body
    assert json.loads(body)["public_url"] == site.base_url


def test_serve_root_redirects_to_the_base_path(serving):
    """`GET /` on the preview server answers 302 with Location equal to the base path."""
    site, port = serving
    assert site.base_path != "/", "the fixture serves below a base path"
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", "/")
        response = connection.getresponse()
        response.read()
        assert response.status == 302
        assert response.getheader("Location") == site.base_path
    finally:
        connection.close()


def test_serve_on_a_busy_port_exits_with_a_plain_message(site):
    """`cchc serve --port P` with P already taken exits 1 naming the port in Vietnamese, without errno text."""
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_cchc(site.binary, ["serve", "--content", "content", "--theme", str(site.theme),
                                        "--port", str(port)], cwd=site.root)
    assert result.returncode == 1, describe(result)
    assert f"Cổng {port}" in result.stderr, describe(result)
    assert "đang được một chương trình khác dùng" in result.stderr, describe(result)
    lowered = result.stderr.lower()
    assert "errno" not in lowered and "address already in use" not in lowered, result.stderr


def test_serve_in_an_empty_folder_says_what_to_do(cchc_bin, tmp_path):
    """`cchc serve` where there is no content/site.yml exits 1 pointing to `cchc khoi-tao`, with no talk of a last good site."""
    result = run_cchc(cchc_bin, ["serve", "--port", str(free_port())], cwd=tmp_path)
    assert result.returncode == 1, describe(result)
    assert "Không có tệp content/site.yml" in result.stderr, describe(result)
    assert "cchc khoi-tao" in result.stderr, describe(result)
    assert "bản tốt gần nhất" not in result.stdout + result.stderr


# --------------------------------------------------------------------------- build outcome


def test_build_in_an_empty_folder_writes_nothing(cchc_bin, tmp_path):
    """`cchc build` with no content folder exits 1, says so, and ends with "Chưa ghi tệp nào." (no public/ kept)."""
    result = run_cchc(cchc_bin, ["build"], cwd=tmp_path)
    assert result.returncode == 1, describe(result)
    assert "không tìm thấy thư mục nội dung" in result.stderr, describe(result)
    assert result.stderr.rstrip().endswith("Chưa ghi tệp nào."), describe(result)
    assert "được giữ nguyên" not in result.stderr
    assert not (tmp_path / "public").exists()


def test_failed_build_says_the_earlier_public_folder_is_kept(site):
    """A failed build over public/ from a good build says "Thư mục public/ được giữ nguyên." and leaves it identical."""
    site.build_ok()
    result = site.build(content_arg="khong-co-noi-dung", output=Path("public"))
    assert result.returncode == 1, describe(result)
    assert "không tìm thấy thư mục nội dung" in result.stderr, describe(result)
    assert "Thư mục public/ được giữ nguyên." in result.stderr, describe(result)
    assert "Chưa ghi tệp nào" not in result.stderr
    assert_public_kept(site)


SUMMARY = re.compile(r"Đã tạo (\d+) trang \((\d+) tệp; ghi (\d+) tệp, xóa (\d+) tệp cũ\) vào public/")


def summary_numbers(result) -> tuple[int, int, int, int]:
    assert result.returncode == 0, describe(result)
    match = SUMMARY.search(result.stdout + result.stderr)
    assert match, "no build summary line:\n" + describe(result)
    return tuple(int(group) for group in match.groups())


def test_build_summary_counts_pages_written_and_removed_files(site):
    """The build summary's counts are consistent: a first build writes every file, deleting an article removes old files."""
    pages, total, written, removed = summary_numbers(site.build(output=Path("public")))
    files = [p for p in site.output.rglob("*") if p.is_file()]
    assert pages > 0 and total == len(files), (total, len(files))
    assert written == total and removed == 0, "a first build writes every file and removes none"
    assert pages <= total
    site.path("tin-bai/2026-10-15-ket-qua-khao-sat.md").unlink()
    pages2, total2, written2, removed2 = summary_numbers(site.build(output=Path("public")))
    assert removed2 >= 1, "the deleted article's page is an old file to remove"
    assert written2 <= total2 and pages2 < pages and total2 < total
    assert not (site.output / "tin-bai/ket-qua-khao-sat").exists()
    assert total2 == len([p for p in site.output.rglob("*") if p.is_file()])


# --------------------------------------------------------------------------- images


def test_missing_body_image_is_reported_at_its_line(site):
    """An article image that does not exist fails the build at its exact line with "không tìm thấy ảnh", public/ kept."""
    site.build_ok()
    site.write(ARTICLE, site.read(ARTICLE) + "\n![Ảnh hội nghị](tep/anh/khong-co.jpg)\n")
    line = line_containing(site, ARTICLE, "khong-co.jpg")
    message = assert_failed_at(site, site.build(), ARTICLE, line, "không tìm thấy ảnh", "tep/anh/khong-co.jpg")
    assert "chữ hoa, chữ thường" not in message, "no case hint when no file is close"
    assert_public_kept(site)


def test_body_image_with_wrong_case_names_the_real_file(site):
    """A body image written `hoi-nghi.jpg` when the file is `Hoi-Nghi.JPG` fails at its line naming the real file and the case rule."""
    site.build_ok()
    site.write("tep/anh/Hoi-Nghi.JPG", JPEG)
    site.write(ARTICLE, site.read(ARTICLE) + "\n![Ảnh hội nghị](tep/anh/hoi-nghi.jpg)\n")
    line = line_containing(site, ARTICLE, "hoi-nghi.jpg")
    assert_failed_at(site, site.build(), ARTICLE, line, "không tìm thấy ảnh", "tep/anh/Hoi-Nghi.JPG",
                     "chữ hoa, chữ thường")
    assert_public_kept(site)


def test_cover_image_with_wrong_case_names_the_real_file(site):
    """A front-matter `anh: tep/anh/hoi-nghi.jpg` when the file is `Hoi-Nghi.JPG` fails at the `anh:` line with the case hint."""
    site.build_ok()
    site.write("tep/anh/Hoi-Nghi.JPG", JPEG)
    article_with(site, anh="tep/anh/hoi-nghi.jpg")
    assert_failed_at(site, site.build(), ARTICLE, site.line_of(ARTICLE, "anh:"), "tep/anh/Hoi-Nghi.JPG",
                     "chữ hoa, chữ thường")
    assert_public_kept(site)


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize("written, datetime_attr", [
    ('"07/12/2026 08:30"', "2026-12-07T08:30:00+07:00"),
    ("8h30 ngày 07/12/2026", "2026-12-07T08:30:00+07:00"),
    ('"2026-12-07 8:30"', "2026-12-07T08:30:00+07:00"),
    ("07.12.2026", "2026-12-07"),
    ("7/12/2026 8h", "2026-12-07T08:00:00+07:00"),
])
def test_article_date_forms_editors_write(site, written, datetime_attr):
    """Each common way of writing 7 December 2026 (with or without a time) builds and the article's <time> and datePublished show it."""
    article_with(site, ngay=written)
    result = site.build("--now", SERVE_NOW)
    assert result.returncode == 0, describe(result)
    html = (site.output / ARTICLE_PAGE).read_text(encoding="utf-8")
    assert f'<time datetime="{datetime_attr}">07/12/2026</time>' in html, re.findall(r"<time[^>]*>[^<]*</time>", html)
    assert f'"datePublished":"{datetime_attr}"' in html


@pytest.mark.parametrize("written, needle", [
    ("31/11/2026", "tháng 11 năm 2026 chỉ có 30 ngày"),
    ("29/02/2026", "năm 2026 không nhuận"),
    ("12/31/2026", "ngày/tháng/năm"),
])
def test_impossible_article_dates_are_explained(site, written, needle):
    """An impossible `ngay` fails the build at the `ngay:` line with a Vietnamese explanation of why."""
    site.build_ok()
    article_with(site, ngay=written)
    assert_failed_at(site, site.build("--now", SERVE_NOW), ARTICLE, site.line_of(ARTICLE, "ngay:"), needle, written)
    assert_public_kept(site)


# --------------------------------------------------------------------------- YAML mistakes


def test_tab_in_a_list_is_reported_at_its_line(site):
    """A Tab before `-` in `tu_khoa:` fails at that line mentioning the Tab key, with no parser internals ("@")."""
    front_matter_article(site, 'tieu_de: "Hội nghị"\nngay: 2026-10-01\ntu_khoa:\n  - cải cách\n\t- một cửa')
    line = line_containing(site, ARTICLE, "\t- một cửa")
    result = site.build()
    assert_failed_at(site, result, ARTICLE, line, "phím Tab")
    assert "@" not in result.stderr, result.stderr


def test_double_quotes_inside_a_quoted_title(site):
    """`tieu_de: "Hội nghị "Một cửa" phường"` fails at the tieu_de line explaining the quotes inside quotes."""
    front_matter_article(site, 'tieu_de: "Hội nghị "Một cửa" phường"\nngay: 2026-10-01\nchuyen_muc: tin-hoat-dong')
    result = site.build()
    message = assert_failed_at(site, result, ARTICLE, site.line_of(ARTICLE, "tieu_de:"), "ngoặc kép", "bên trong")
    assert "không tìm thấy khóa" not in result.stderr, message


def test_uneven_list_indentation(site):
    """A list item indented 2 spaces after one indented 3 fails at the 2-space line naming both indents."""
    front_matter_article(site, 'tieu_de: "Hội nghị"\nngay: 2026-10-01\ntu_khoa:\n   - cải cách\n  - một cửa')
    line = line_containing(site, ARTICLE, "  - một cửa")
    assert_failed_at(site, site.build(), ARTICLE, line, "thụt lề không đều", "lùi 2", "lùi 3")


def test_key_indented_under_another_value(site):
    """A key indented below another key's value (`chuyen_muc: x` then `   tac_gia:`) fails at the tac_gia line asking to align it."""
    front_matter_article(site, 'tieu_de: "Hội nghị"\nngay: 2026-10-01\nchuyen_muc: tin-hoat-dong\n'
                               '   tac_gia: "Văn phòng UBND xã"')
    assert_failed_at(site, site.build(), ARTICLE, site.line_of(ARTICLE, "tac_gia:"), "thẳng hàng")


# --------------------------------------------------------------------------- what applies later (thay_doi)


CHANGES = """thay_doi:
  - tu_ngay: 01/01/2027
    quyet_dinh: "Quyết định số 99/QĐ-UBND ngày 10/12/2026"
    cach_thuc:
      - hinh_thuc: "Trực tiếp"
        thoi_han: "Trong 03 ngày làm việc"
        phi_le_phi: "Lệ phí: 10.000 đồng"
  - tu_ngay: 01/07/2027
    trang_thai: bai_bo
    quyet_dinh_bai_bo: "Quyết định số 5/QĐ-BTP"
"""


def procedure_page_text(site) -> str:
    html = (site.output / "thu-tuc" / PROCEDURE_CODE / "index.html").read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def ways_table(site) -> str:
    html = (site.output / "thu-tuc" / PROCEDURE_CODE / "index.html").read_text(encoding="utf-8")
    table = re.search(r'<table class="ways-table">.*?</table>', html, re.S)
    assert table, "the procedure page has its ways table"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", table.group(0)))


def test_a_later_change_is_announced_and_applied_on_its_date(site):
    """Before its date the page shows today's values and announces the new ones with the date;
    a rebuild after the date shows the new values; after the abolition date, the page says so."""
    text = site.read("thu-tuc/khai-sinh.md")
    site.write("thu-tuc/khai-sinh.md", text.replace("\n---\n", "\n" + CHANGES + "---\n", 1) if text.startswith("---\n")
               else text)
    assert "thay_doi:" in site.read("thu-tuc/khai-sinh.md")
    before = site.build("--now", "2026-12-08 12:00")
    assert before.returncode == 0, describe(before)
    table, page = ways_table(site), procedure_page_text(site)
    assert "Miễn lệ phí" in table and "10.000 đồng" not in table, "today's fee in the table"
    assert "Từ ngày 01/01/2027" in page and "Lệ phí: 10.000 đồng" in page and "Quyết định số 99/QĐ-UBND" in page
    assert "Từ ngày 01/07/2027" in page and "bị bãi bỏ" in page
    after = site.build("--now", "2027-01-02 08:00")
    assert after.returncode == 0, describe(after)
    table, page = ways_table(site), procedure_page_text(site)
    assert "Lệ phí: 10.000 đồng" in table and "Trong 03 ngày làm việc" in table, "the new values apply"
    assert "Từ ngày 01/01/2027" not in page and "Từ ngày 01/07/2027" in page
    abolished = site.build("--now", "2027-07-02 08:00")
    assert abolished.returncode == 0, describe(abolished)
    page = procedure_page_text(site)
    assert "đã bị bãi bỏ từ 01/07/2027" in page and "Quyết định số 5/QĐ-BTP" in page


def test_a_bad_change_is_reported_at_its_line(site):
    """A wrong value inside thay_doi fails the build at that line, like the same key outside."""
    text = site.read("thu-tuc/khai-sinh.md")
    site.write("thu-tuc/khai-sinh.md", text.replace(
        "\n---\n", "\nthay_doi:\n  - tu_ngay: 31/11/2026\n    dvc_truc_tuyen: het_muc\n---\n", 1))
    result = site.build()
    assert result.returncode == 1, describe(result)
    date_line = line_containing(site, "thu-tuc/khai-sinh.md", "tu_ngay: 31/11/2026")
    assert f"content/thu-tuc/khai-sinh.md:{date_line}: " in result.stderr and "chỉ có 30 ngày" in result.stderr
    assert f"content/thu-tuc/khai-sinh.md:{date_line + 1}: " in result.stderr and "het_muc" in result.stderr


# --------------------------------------------------------------------------- a new unit: install, khoi-tao, build


REPO = Path(__file__).resolve().parent.parent
UNIT = "Ủy ban nhân dân phường Hồng Bàng"
UNIT_URL = "https://hongbang.haiphong.gov.vn/cai-cach-hanh-chinh/"


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """cchc installed by scripts/install.sh into a temporary prefix (the debug build)."""
    prefix = tmp_path_factory.mktemp("prefix")
    result = subprocess.run(["bash", str(REPO / "scripts" / "install.sh"), "--prefix", str(prefix), "--debug"],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, describe(result)
    assert (prefix / "bin" / "cchc").is_file() and (prefix / "share" / "cchc" / "theme" / "templates").is_dir()
    return prefix


def test_khoi_tao_then_build_outside_the_repository(installed, tmp_path):
    """A unit's folder made by khoi-tao, anywhere, builds at once with the installed cchc and
    its installed theme, names only that unit, lists its draft, and its QR codes carry its URL."""
    cchc = str(installed / "bin" / "cchc")
    # The installed theme is the one used: mark one of its templates.
    marker = "<!-- giao-dien-da-cai -->"
    page404 = installed / "share" / "cchc" / "theme" / "templates" / "404.mustache"
    page404.write_text(page404.read_text(encoding="utf-8") + marker + "\n", encoding="utf-8")
    made = run_cchc(Path(cchc), ["khoi-tao", "hong-bang", "--ten-don-vi", UNIT, "--base-url", UNIT_URL], cwd=tmp_path)
    assert made.returncode == 0, describe(made)
    unit = tmp_path / "hong-bang"
    assert (unit / "content" / "site.yml").is_file() and "public/" in (unit / ".gitignore").read_text(encoding="utf-8")
    built = run_cchc(Path(cchc), ["build"], cwd=unit)
    assert built.returncode == 0, describe(built)
    public = unit / "public"
    assert marker in (public / "404.html").read_text(encoding="utf-8"), "the installed theme was used"
    assert "Hồng Bàng" in (public / "index.html").read_text(encoding="utf-8")
    for file in public.rglob("*"):
        if file.is_file() and file.suffix in (".html", ".xml", ".json"):
            assert "Chí Linh" not in file.read_text(encoding="utf-8"), file
    assert "chưa đăng: bản nháp" in built.stdout and "ra-mat-chuyen-muc.md" in built.stdout, built.stdout
    hotline = next(public.glob("duong-day-nong/*/ma-qr.svg"))
    assert decode_qr(hotline.read_bytes(), tmp_path) == UNIT_URL + hotline.parent.relative_to(public).as_posix() + "/"
    again = run_cchc(Path(cchc), ["khoi-tao", "hong-bang", "--ten-don-vi", UNIT, "--base-url", UNIT_URL], cwd=tmp_path)
    assert again.returncode == 1 and "không ghi đè" in again.stderr, describe(again)


def test_khoi_tao_explains_a_bad_address(cchc_bin, tmp_path):
    """khoi-tao refuses an address that is not http(s), in Vietnamese, and writes nothing."""
    result = run_cchc(cchc_bin, ["khoi-tao", "x", "--ten-don-vi", UNIT, "--base-url", "hongbang.gov.vn"], cwd=tmp_path)
    assert result.returncode != 0 and "phải là địa chỉ đầy đủ bắt đầu bằng http://" in result.stderr, describe(result)
    assert not (tmp_path / "x").exists()


def test_building_the_sample_says_it_is_the_sample(sample_site):
    """The sample ward's build reminds that it is sample data and how a unit starts its own."""
    assert "Lưu ý: " in sample_site.stdout and "đây là trang mẫu (du_lieu_mau: true)" in sample_site.stdout
    assert "cchc khoi-tao" in sample_site.stdout


def test_build_lists_drafts_and_scheduled_articles(site):
    """build ends with every article it did not publish: drafts at their ban_nhap line,
    scheduled ones at their ngay line with the date and time they will appear."""
    site.insert_after(ARTICLE, "tieu_de:", "ban_nhap: true")
    second = "tin-bai/2026-10-15-ket-qua-khao-sat.md"
    site.replace(second, "ngay: 2026-10-15", "ngay: 15/12/2026 8h30")
    result = site.build()
    assert result.returncode == 0, describe(result)
    draft_line = line_containing(site, ARTICLE, "ban_nhap: true")
    date_line = line_containing(site, second, "ngay: 15/12/2026")
    assert "Chưa đăng 2 bài (bản nháp và bài hẹn giờ):" in result.stdout, result.stdout
    assert f"content/{ARTICLE}:{draft_line}: chưa đăng: bản nháp" in result.stdout, result.stdout
    assert f"content/{second}:{date_line}: chưa đăng: " in result.stdout, result.stdout
    assert "hẹn đăng lúc 08:30 ngày 15/12/2026" in result.stdout, result.stdout
    assert not (site.output / "tin-bai" / "hoi-nghi").exists(), "the draft is not published"
