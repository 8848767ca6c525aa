"""The generated site: pages, URLs, drafts, procedures, phone links, sitemap, robots.txt,
assets, copied files and escaping. Mostly on the sample ward (`content/`), some on the
minimal fixture where a precise case is needed."""

from __future__ import annotations

import filecmp
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest

from cchc_testlib import (
    NOW_INSTANT,
    as_list,
    content_files,
    describe,
    file_slug,
    fold,
    html_files,
    page_path,
    parse_content_date,
    parse_html,
    read_front_matter,
    read_site_yml,
    slugify,
    vietnamese_primary_key,
)

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
W3C_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$")
WITHDRAWN = {"bai_bo", "thay_the"}


# --------------------------------------------------------------------------- content model


def site_zone(content: Path) -> ZoneInfo:
    return ZoneInfo(read_site_yml(content).get("mui_gio") or "Asia/Ho_Chi_Minh")


def articles(content: Path) -> list[dict]:
    """Every article with its slug, instant and whether it is published at NOW."""
    zone = site_zone(content)
    result = []
    for path in content_files(content, "tin-bai"):
        front = read_front_matter(path)
        when = parse_content_date(front["ngay"], zone)
        draft = str(front.get("ban_nhap", "false")).lower() in ("true", "yes", "on", "có", "co")
        result.append({"path": path, "front": front, "slug": file_slug(path, front), "date": when,
                       "draft": draft, "future": when > NOW_INSTANT,
                       "published": not draft and when <= NOW_INSTANT})
    return result


def procedures(content: Path) -> list[dict]:
    result = []
    for path in content_files(content, "thu-tuc"):
        front = read_front_matter(path)
        result.append({"path": path, "front": front, "code": front["ma"].strip(), "name": front["ten"].strip(),
                       "field": " ".join(front["linh_vuc"].split()),
                       "status": (front.get("trang_thai") or "hieu_luc").strip()})
    return result


def out_file(site, rel_path: str) -> Path:
    """Output file of a site path (`tin-bai/x/` → `tin-bai/x/index.html`)."""
    return site.output / (rel_path + "index.html" if rel_path == "" or rel_path.endswith("/") else rel_path)


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def hrefs(site, page_rel: str) -> list[str]:
    page = parse_html(out_file(site, page_rel))
    return [e.attrs["href"] for e in page.elements if e.tag == "a" and e.attrs.get("href")]


# --------------------------------------------------------------------------- expected pages


def test_sample_builds_without_warnings(sample_site):
    assert sample_site.stderr.strip() == "", "the sample ward should build cleanly:\n" + sample_site.stderr


def test_home_and_section_pages_exist(sample_site):
    for rel in ["", "tin-bai/", "thu-tuc/", "404.html", "sitemap.xml", "robots.txt"]:
        assert out_file(sample_site, rel).is_file(), f"missing {rel or 'index.html'}"


def test_every_procedure_has_its_page(sample_site):
    procs = procedures(sample_site.content)
    assert procs, "the sample ward should have procedures under content/thu-tuc/"
    for proc in procs:
        page = out_file(sample_site, f"thu-tuc/{proc['code']}/")
        assert page.is_file(), f"{proc['path'].name}: no page thu-tuc/{proc['code']}/"
        assert proc["code"] in read(page), f"the page of {proc['code']} does not show its code"


def fact_cells(page: Path) -> dict[str, str]:
    """The facts table of a procedure page: each row's label and the HTML of its value."""
    rows = re.findall(r'<div class="facts__row" data-fact="([^"]*)">\s*<dt>.*?</dt>\s*<dd>(.*?)</dd>', read(page), re.S)
    return dict(rows)


def test_procedure_facts_print_lists_and_the_decision_link(sample_site):
    """A fact with several values is a list; the announcing decision links to its text when it has a link."""
    linked = listed = 0
    for proc in procedures(sample_site.content):
        cells = fact_cells(out_file(sample_site, f"thu-tuc/{proc['code']}/"))
        assert cells.get("Mã thủ tục") == proc["code"]
        decision = proc["front"].get("quyet_dinh_cong_bo")
        if isinstance(decision, dict) and decision.get("link"):
            cell = cells["Quyết định công bố"]
            assert re.fullmatch(r'<a href="([^"]+)" rel="noopener">[^<]*</a>', cell), cell
            assert re.search(r'href="([^"]+)"', cell).group(1) == decision["link"].replace("&", "&amp;")
            assert decision["so_hieu"] in cell
            linked += 1
        subjects = proc["front"].get("doi_tuong")
        if isinstance(subjects, list) and len(subjects) > 1:
            items = re.findall(r"<li>(.*?)</li>", cells["Đối tượng thực hiện"])
            assert cells["Đối tượng thực hiện"].startswith("<ul>") and len(items) == len(subjects)
            listed += 1
    assert linked and listed, "the sample has a decision with a link and a procedure with several subjects"


def test_every_hotline_page_exists(sample_site):
    files = content_files(sample_site.content, "duong-day-nong")
    assert files, "the sample ward should have hotline pages"
    for path in files:
        slug = file_slug(path, read_front_matter(path))
        assert out_file(sample_site, f"duong-day-nong/{slug}/").is_file(), f"missing duong-day-nong/{slug}/"


def test_every_other_page_exists(sample_site):
    files = content_files(sample_site.content, "trang")
    assert files, "the sample ward should have pages under content/trang/"
    for path in files:
        slug = file_slug(path, read_front_matter(path))
        assert out_file(sample_site, f"trang/{slug}/").is_file(), f"missing trang/{slug}/"


def test_every_category_has_its_list(sample_site):
    for category in read_site_yml(sample_site.content).get("chuyen_muc") or []:
        assert out_file(sample_site, f"chuyen-muc/{category['ma']}/").is_file(), category["ma"]


def test_published_articles_exist_and_unpublished_do_not(sample_site):
    items = articles(sample_site.content)
    assert any(a["draft"] for a in items), "the sample should hold a draft (ban_nhap: true)"
    assert any(a["future"] and not a["draft"] for a in items), "the sample should hold a scheduled article"
    everything = "\n".join(read(p) for p in sample_site.output.rglob("*")
                           if p.is_file() and p.suffix in (".html", ".xml", ".txt", ".json"))
    for article in items:
        page = out_file(sample_site, f"tin-bai/{article['slug']}/")
        if article["published"]:
            assert page.is_file(), f"published article {article['path'].name} has no page"
        else:
            assert not page.exists(), f"unpublished article {article['path'].name} was built"
            assert f"tin-bai/{article['slug']}/" not in everything, \
                f"unpublished article {article['path'].name} is linked from the site"


def test_drafts_and_scheduled_articles_built_with_drafts_flag(sample_site_drafts):
    for article in articles(sample_site_drafts.content):
        assert out_file(sample_site_drafts, f"tin-bai/{article['slug']}/").is_file(), \
            f"--drafts should build {article['path'].name}"


def test_article_list_pages_paginate(sample_site):
    published = [a for a in articles(sample_site.content) if a["published"]]
    per_page = int(read_site_yml(sample_site.content).get("so_bai_moi_trang") or 10)
    pages = max(1, -(-len(published) // per_page))
    for number in range(2, pages + 1):
        assert out_file(sample_site, f"tin-bai/trang/{number}/").is_file(), f"missing tin-bai/trang/{number}/"
    assert not out_file(sample_site, f"tin-bai/trang/{pages + 1}/").exists()
    assert not out_file(sample_site, "tin-bai/trang/1/").exists(), "page 1 is tin-bai/ itself"


def test_scheduling_is_to_the_minute(make_site):
    site = make_site()
    template = '---\ntieu_de: "{title}"\nngay: {date}\n---\n\nNội dung.\n'
    site.write("tin-bai/2026-11-26-sau-mot-chut.md", template.format(title="Sau 30 phút", date="2026-11-26 12:30"))
    site.write("tin-bai/2026-11-26-truoc-mot-chut.md", template.format(title="Trước 30 phút", date="2026-11-26 11:30"))
    site.write("tin-bai/2026-11-26-nua-dem.md", template.format(title="Nửa đêm", date="2026-11-26"))
    site.write("tin-bai/2026-11-26-gio-utc.md", template.format(title="Giờ UTC", date="2026-11-26T04:59:00Z"))
    site.write("tin-bai/2026-11-26-gio-utc-sau.md", template.format(title="Giờ UTC sau", date="2026-11-26T05:01:00Z"))
    result = site.build()
    assert result.returncode == 0, describe(result)
    built = {p.parent.name for p in (site.output / "tin-bai").glob("*/index.html")}
    assert "truoc-mot-chut" in built and "nua-dem" in built and "gio-utc" in built
    assert "sau-mot-chut" not in built, "an article due at 12:30 is scheduled at 12:00"
    assert "gio-utc-sau" not in built, "05:01Z is 12:01 in Hanoi: scheduled"


def test_page_count_reported(minimal_site):
    pages = len(html_files(minimal_site.output))
    assert f"{pages} trang" in minimal_site.stdout, minimal_site.stdout


def test_text_is_nfc(make_site):
    import unicodedata

    site = make_site()
    art = "tin-bai/2026-10-01-hoi-nghi.md"
    title = "Hội nghị triển khai kế hoạch cải cách hành chính"
    site.write(art, unicodedata.normalize("NFD", site.read(art)))
    result = site.build()
    assert result.returncode == 0, describe(result)
    page = parse_html(site.output / "tin-bai" / "hoi-nghi" / "index.html")
    assert page.h1_texts == [title], "NFD input must come out NFC"


def test_khong_co_thong_tin_is_absent(make_site):
    site = make_site()
    site.replace("thu-tuc/khai-sinh.md", "ket_qua: \"Giấy khai sinh\"",
                 "ket_qua: \"Giấy khai sinh\"\nco_quan_phoi_hop: \"Không có thông tin\"\n"
                 "dia_chi_tiep_nhan: \"KHÔNG CÓ THÔNG TIN\"\nmo_ta: \"Không có thông tin\"")
    result = site.build()
    assert result.returncode == 0, describe(result)
    text = parse_html(site.output / "thu-tuc" / "1.001193" / "index.html").text
    assert "Không có thông tin" not in text and "KHÔNG CÓ THÔNG TIN" not in text
    assert "Cơ quan phối hợp" not in text, "an absent fact has no row"


def test_future_effective_date_is_announced(make_site):
    site = make_site()
    site.replace("thu-tuc/trich-luc.md", "ngay_cap_nhat: 2026-08-15", "ngay_cap_nhat: 2026-08-15\nngay_hieu_luc: 2026-12-01")
    result = site.build()
    assert result.returncode == 0, describe(result)
    text = " ".join(parse_html(site.output / "thu-tuc" / "2.000720" / "index.html").text.split())
    assert "có hiệu lực từ 01/12/2026" in text.lower(), "a future ngay_hieu_luc is shown as “có hiệu lực từ …”"


# --------------------------------------------------------------------------- procedure codes


def test_code_with_trailing_zeros_keeps_them(minimal_site):
    # e2e/fixtures/minimal/thu-tuc/trich-luc.md has `ma: 2.000720`, unquoted
    assert "ma: 2.000720\n" in read(minimal_site.content / "thu-tuc" / "trich-luc.md")
    page = out_file(minimal_site, "thu-tuc/2.000720/")
    assert page.is_file(), "the URL must use the code as written"
    assert not (minimal_site.output / "thu-tuc" / "2.00072").exists()
    assert "2.000720" in parse_html(page).text
    assert "2.00072<" not in read(page) and "2.00072 " not in read(page)
    assert f"{minimal_site.base_path}thu-tuc/2.000720/" in hrefs(minimal_site, "thu-tuc/")


def test_sample_codes_as_written(sample_site):
    for proc in procedures(sample_site.content):
        if re.fullmatch(r"\d+\.\d*0", proc["code"]):
            assert out_file(sample_site, f"thu-tuc/{proc['code']}/").is_file(), proc["code"]


# --------------------------------------------------------------------------- procedure index


def field_groups(procs: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for proc in procs:
        groups.setdefault(slugify(proc["field"]), []).append(proc)
    return groups


def field_link_order(site, base_path: str) -> list[str]:
    """Field slugs in the order their pages are first linked from thu-tuc/index.html."""
    order = []
    prefix = f"{base_path}thu-tuc/linh-vuc/"
    for href in hrefs(site, "thu-tuc/"):
        if href.startswith(prefix):
            slug = href[len(prefix):].strip("/")
            if slug not in order:
                order.append(slug)
    return order


def check_field_index(site):
    procs = procedures(site.content)
    assert procs, "no procedures"
    groups = field_groups(procs)
    # one page per field, whatever the capitalisation
    made = sorted(p.name for p in (site.output / "thu-tuc" / "linh-vuc").iterdir() if p.is_dir())
    assert made == sorted(groups), "one field page per case-insensitive field"
    active = {slug: members for slug, members in groups.items()
              if any(m["status"] not in WITHDRAWN for m in members)}
    order = field_link_order(site, site.base_path)
    assert sorted(order) == sorted(active), "the index links each field (with procedures in force) once"
    index = parse_html(out_file(site, "thu-tuc/"))
    names = []
    for slug in order:
        spellings = [m["field"] for m in active[slug]]
        calm = [s for s in spellings if s != s.upper()] or spellings
        names.append(max(set(calm), key=calm.count))
        if len(set(spellings)) > 1 or calm != spellings:
            for shouting in {s for s in spellings if s == s.upper() and s != s.lower()}:
                assert shouting not in index.text, f"{shouting!r} shown apart from {names[-1]!r}"
    keys = [vietnamese_primary_key(n) for n in names]
    assert keys == sorted(keys), f"fields not in Vietnamese alphabetical order: {names}"


def test_sample_procedure_index_groups_and_orders_fields(sample_site):
    check_field_index(sample_site)


def test_minimal_field_in_capitals_grouped_once(minimal_site):
    check_field_index(minimal_site)
    index = parse_html(out_file(minimal_site, "thu-tuc/"))
    assert "HỘ TỊCH" not in index.text
    assert "Hộ tịch" in index.text
    assert field_link_order(minimal_site, minimal_site.base_path) == ["ho-tich"]


PROCEDURE_TEMPLATE = """---
ma: {code}
ten: "{name}"
linh_vuc: "{field}"
cap_thuc_hien: "Cấp xã"
{extra}---

## Trình tự thực hiện

Nộp hồ sơ tại Bộ phận một cửa.
"""


def test_fields_in_vietnamese_order_and_abolished_apart(make_site):
    site = make_site()
    added = [
        ("3.000001", "Thủ tục cấp chứng chỉ hành nghề dược", "Dược phẩm", ""),
        ("3.000002", "Thủ tục đăng ký đất đai lần đầu", "Đất đai", ""),
        ("3.000003", "Thủ tục công nhận hòa giải viên", "Hòa giải cơ sở", ""),
        ("3.000004", "Thủ tục cấp giấy chứng nhận an toàn thực phẩm", "An toàn thực phẩm", ""),
        ("3.000005", "Thủ tục thôi làm hòa giải viên", "hòa giải cơ sở", ""),
        ("3.000006", "Thủ tục đăng ký lại khai sinh (cũ)", "Hộ tịch", "trang_thai: bai_bo\n"),
        ("3.000007", "Thủ tục chuyển mục đích sử dụng đất (cũ)", "Đất đai",
         "trang_thai: thay_the\nthay_the_boi: 3.000002\n"),
    ]
    for code, name, field, extra in added:
        site.write(f"thu-tuc/{code}.md", PROCEDURE_TEMPLATE.format(code=code, name=name, field=field, extra=extra))
    result = site.build()
    assert result.returncode == 0, describe(result)
    order = field_link_order(site, "/cchc/")
    assert order == ["an-toan-thuc-pham", "duoc-pham", "dat-dai", "hoa-giai-co-so", "ho-tich"], order
    check_field_index(site)
    links = hrefs(site, "thu-tuc/")
    def position(code):
        return links.index(f"/cchc/thu-tuc/{code}/")
    active = ["1.001193", "2.000720", "3.000001", "3.000002", "3.000003", "3.000004", "3.000005"]
    for code in ["3.000006", "3.000007"]:
        assert f"/cchc/thu-tuc/{code}/" in links, f"withdrawn {code} missing from the index"
        assert position(code) > max(position(a) for a in active), f"withdrawn {code} not listed apart"
    replaced = read(out_file(site, "thu-tuc/3.000007/"))
    assert "/cchc/thu-tuc/3.000002/" in replaced, "a replaced procedure links its replacement"


def test_sample_abolished_listed_apart(sample_site):
    procs = procedures(sample_site.content)
    withdrawn = [p for p in procs if p["status"] in WITHDRAWN]
    active = [p for p in procs if p["status"] not in WITHDRAWN]
    if not withdrawn:
        pytest.skip("the sample has no abolished or replaced procedure")
    links = hrefs(sample_site, "thu-tuc/")
    base = sample_site.base_path
    positions = {p["code"]: links.index(f"{base}thu-tuc/{p['code']}/") for p in procs
                 if f"{base}thu-tuc/{p['code']}/" in links}
    for proc in active:
        assert proc["code"] in positions, f"{proc['code']} missing from the procedure index"
    for proc in withdrawn:
        assert proc["code"] in positions, f"withdrawn {proc['code']} missing from the procedure index"
        assert positions[proc["code"]] > max(positions[a["code"]] for a in active), \
            f"withdrawn {proc['code']} is not listed apart (after the procedures in force)"


# --------------------------------------------------------------------------- phone links


TEL = re.compile(r"^tel:\+?[0-9]+$")


def tel_links(site) -> list[tuple[str, str]]:
    found = []
    for file in html_files(site.output):
        for element in parse_html(file).elements:
            href = element.attrs.get("href") or ""
            if href.lower().startswith("tel:"):
                found.append((file.relative_to(site.output).as_posix(), href))
    return found


@pytest.mark.parametrize("which", ["sample_site", "minimal_site"])
def test_tel_links_are_digits_only(which, request):
    site = request.getfixturevalue(which)
    links = tel_links(site)
    assert links, "expected tel: links on the hotline pages"
    bad = sorted({f"{f}: {h}" for f, h in links if not TEL.match(h)})
    assert not bad, "tel: links must be digits (optionally a leading +):\n" + "\n".join(bad[:20])


def test_hotline_phone_numbers_dialable(minimal_site):
    page = out_file(minimal_site, "duong-day-nong/duong-day-nong/")
    found = {e.attrs["href"] for e in parse_html(page).elements if (e.attrs.get("href") or "").startswith("tel:")}
    for expected in ["tel:02253822468", "tel:0912345678", "tel:+842838653050", "tel:1022"]:
        assert expected in found, f"{expected} not on the hotline page ({sorted(found)})"


# --------------------------------------------------------------------------- sitemap and robots


def sitemap_entries(site) -> dict[str, str | None]:
    tree = ET.parse(site.output / "sitemap.xml")
    entries = {}
    for url in tree.getroot().findall("s:url", SITEMAP_NS):
        loc = url.findtext("s:loc", namespaces=SITEMAP_NS)
        assert loc not in entries, f"{loc} listed twice"
        entries[loc] = url.findtext("s:lastmod", namespaces=SITEMAP_NS)
    return entries


@pytest.mark.parametrize("which", ["sample_site", "minimal_site"])
def test_sitemap_lists_every_page(which, request):
    site = request.getfixturevalue(which)
    entries = sitemap_entries(site)
    # Every page but the 404 page, the posters (print versions of a listed page or of the
    # survey) and the desk screen (for the TV at the one-stop desk).
    expected = {site.base_url + page_path(site.output, f) for f in html_files(site.output)
                if f.relative_to(site.output).as_posix() not in ("404.html", "khao-sat/in/index.html", "man-hinh/index.html")
                and not re.match(r"duong-day-nong/[^/]+/in/index\.html$", f.relative_to(site.output).as_posix())}
    assert set(entries) == expected, (
        f"missing: {sorted(expected - set(entries))[:10]}\nextra: {sorted(set(entries) - expected)[:10]}")
    for loc, lastmod in entries.items():
        assert loc.startswith(site.base_url)
        assert urlsplit(loc).scheme in ("http", "https")
        if lastmod is not None:
            assert W3C_DATE.match(lastmod), f"{loc}: lastmod {lastmod!r} is not a W3C date"


def test_sitemap_lastmod_where_expected(sample_site):
    entries = sitemap_entries(sample_site)
    base = sample_site.base_url
    published = [a for a in articles(sample_site.content) if a["published"]]
    assert entries[base], "the home page has a lastmod (its newest article)"
    assert entries[base + "tin-bai/"], "the article list has a lastmod"
    for article in published:
        lastmod = entries[f"{base}tin-bai/{article['slug']}/"]
        assert lastmod and lastmod[:10] == article["date"].strftime("%Y-%m-%d"), \
            f"{article['path'].name}: lastmod {lastmod!r}"
    for proc in procedures(sample_site.content):
        if proc["front"].get("ngay_cap_nhat"):
            assert entries[f"{base}thu-tuc/{proc['code']}/"], f"{proc['code']} has ngay_cap_nhat but no lastmod"


@pytest.mark.parametrize("which", ["sample_site", "minimal_site"])
def test_robots_points_at_absolute_sitemap(which, request):
    site = request.getfixturevalue(which)
    robots = read(site.output / "robots.txt")
    assert f"Sitemap: {site.base_url}sitemap.xml" in robots.splitlines(), robots
    assert "Disallow: /\n" not in robots


# --------------------------------------------------------------------------- assets and files


HASHED = re.compile(r"^[^/]+\.[0-9a-f]{8}(\.[A-Za-z0-9]+)?$")


def test_assets_carry_a_content_hash(sample_site):
    theme_assets = sorted(p for p in (sample_site.theme / "assets").glob("*") if p.is_file() and not p.name.startswith("."))
    assert theme_assets, "theme/assets should hold at least the stylesheet"
    out = sample_site.output / "assets"
    produced = sorted(p for p in out.rglob("*") if p.is_file()) if out.is_dir() else []
    for file in produced:
        assert HASHED.match(file.name), f"asset without a hash in its name: {file.name}"
    for asset in theme_assets:
        stem, dot, ext = asset.name.rpartition(".")
        pattern = re.compile(re.escape(stem) + r"\.[0-9a-f]{8}" + re.escape(dot + ext) + "$") if dot \
            else re.compile(re.escape(asset.name) + r"\.[0-9a-f]{8}$")
        matches = [p for p in produced if pattern.match(p.name)]
        assert len(matches) == 1, f"{asset.name}: expected one hashed copy, found {[p.name for p in matches]}"
        assert matches[0].read_bytes() == asset.read_bytes()


def test_pages_link_the_hashed_stylesheet(sample_site):
    for file in html_files(sample_site.output):
        sheets = [e.attrs.get("href") for e in parse_html(file).find("link")
                  if "stylesheet" in (e.attrs.get("rel") or "").split()]
        assert sheets, f"{file.relative_to(sample_site.output)} has no stylesheet"
        for href in sheets:
            assert re.search(r"/assets/[^/]+\.[0-9a-f]{8}\.css$", href), f"stylesheet URL without hash: {href}"


@pytest.mark.parametrize("which", ["sample_site", "minimal_site"])
def test_files_under_tep_copied_byte_identical(which, request):
    site = request.getfixturevalue(which)
    sources = [p for p in (site.content / "tep").rglob("*") if p.is_file() and not p.name.startswith(".")]
    assert sources
    for source in sources:
        rel = source.relative_to(site.content)
        copy = site.output / rel
        assert copy.is_file(), f"{rel} not copied"
        assert filecmp.cmp(source, copy, shallow=False), f"{rel} differs from its source"


# --------------------------------------------------------------------------- escaping and safety


EVIL = """<script>alert(1)</script> & "x" 'y'"""
EVIL_YAML = "'<script>alert(1)</script> & \"x\" ''y'''"


def all_output_text(root: Path) -> dict[str, str]:
    texts = {}
    for path in root.rglob("*"):
        if path.is_file():
            try:
                texts[path.relative_to(root).as_posix()] = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                pass  # images
    return texts


@pytest.fixture
def evil_site(make_site):
    site = make_site()
    site.replace("site.yml", 'ten_don_vi: "Ủy ban nhân dân xã Ví Dụ"', f"ten_don_vi: {EVIL_YAML}")
    site.replace("site.yml", 'ten: "Tin hoạt động"', f"ten: {EVIL_YAML}")
    art = "tin-bai/2026-10-01-hoi-nghi.md"
    site.replace(art, 'tieu_de: "Hội nghị triển khai kế hoạch cải cách hành chính"', f"tieu_de: {EVIL_YAML}")
    site.replace(art, 'tac_gia: "Văn phòng UBND xã"', f"tac_gia: {EVIL_YAML}\ntom_tat: {EVIL_YAML}")
    site.replace(art, "  - cải cách hành chính", f"  - {EVIL_YAML}")
    site.write(art, site.read(art) + "\n<script>alert(2)</script>\n\nĐoạn <script>alert(3)</script> giữa câu "
               "và <img src=x onerror=alert(4)>.\n\n[bấm vào đây](javascript:alert(5))\n\n"
               "<div style=\"color:red\" onclick=\"alert(6)\">khối HTML</div>\n")
    site.replace("thu-tuc/khai-sinh.md", 'ten: "Thủ tục đăng ký khai sinh"', f"ten: {EVIL_YAML}")
    site.replace("thu-tuc/khai-sinh.md", 'linh_vuc: "Hộ tịch"', f"linh_vuc: {EVIL_YAML}")
    site.replace("duong-day-nong/duong-day-nong.md", 'don_vi: "Văn phòng UBND xã"', f"don_vi: {EVIL_YAML}")
    site.replace("trang/gioi-thieu.md", 'tieu_de: "Giới thiệu chuyên mục"', f"tieu_de: {EVIL_YAML}")
    result = site.build()
    assert result.returncode == 0, describe(result)
    return site


def test_titles_are_escaped_everywhere(evil_site):
    texts = all_output_text(evil_site.output)
    leaks = [rel for rel, text in texts.items() if re.search(r"<script>\s*alert", text, re.I)]
    assert not leaks, f"raw <script>alert in: {leaks}"
    page = parse_html(evil_site.output / "tin-bai" / "hoi-nghi" / "index.html")
    assert page.h1_texts == [EVIL], f"the title must survive escaping intact: {page.h1_texts}"
    proc = parse_html(evil_site.output / "thu-tuc" / "1.001193" / "index.html")
    assert proc.h1_texts == [EVIL]


def test_markdown_raw_html_not_passed_through(evil_site):
    texts = all_output_text(evil_site.output)
    for rel, text in texts.items():
        assert not re.search(r"<script>\s*alert", text, re.I), rel
        assert "onerror=" not in text.lower(), f"{rel}: raw <img onerror> passed through"
        assert "onclick=" not in text.lower(), f"{rel}: raw HTML attribute passed through"
        assert 'href="javascript:' not in text.lower(), f"{rel}: javascript: link kept"
    body = texts["tin-bai/hoi-nghi/index.html"]
    assert "khối HTML" not in body or "<div style" not in body


def test_base_url_option_overrides_site_yml(site):
    result = site.build("--base-url", "https://xem-thu.example.org/ban-nhap/")
    assert result.returncode == 0, describe(result)
    sitemap = read(site.output / "sitemap.xml")
    assert "https://xem-thu.example.org/ban-nhap/tin-bai/hoi-nghi/" in sitemap
    assert "xa.example.gov.vn" not in sitemap
    home = read(site.output / "index.html")
    assert 'href="/ban-nhap/tin-bai/"' in home
    assert 'href="/cchc/' not in home


# --------------------------------------------------------------------------- head and breadcrumbs


def breadcrumb_items(html: str) -> list[tuple[str | None, str]]:
    """The breadcrumbs of a page as (link or None for the current page, text)."""
    nav = re.search(r'<nav class="breadcrumbs"[^>]*>(.*?)</nav>', html, re.S)
    if not nav:
        return []
    items = []
    for li in re.findall(r"<li>(.*?)</li>", nav.group(1), re.S):
        link = re.search(r'<a href="([^"]*)">(.*?)</a>', li)
        current = re.search(r'<span aria-current="page">(.*?)</span>', li)
        assert link or current, li
        items.append((link.group(1), link.group(2)) if link else (None, current.group(1)))
    return items


def test_breadcrumbs_lead_from_the_section_home_to_the_current_page(sample_site):
    base = urlsplit(read_site_yml(sample_site.content)["base_url"]).path.rstrip("/") + "/"
    assert breadcrumb_items((sample_site.output / "index.html").read_text(encoding="utf-8")) == []
    article = next(a for a in articles(sample_site.content) if a["published"])
    html = (sample_site.output / "tin-bai" / article["slug"] / "index.html").read_text(encoding="utf-8")
    items = breadcrumb_items(html)
    assert [link for link, _ in items] == [base, base + "tin-bai/", None]
    assert items[-1][1] == parse_html_text(html, "h1")
    procedure = next(p for p in (sample_site.output / "thu-tuc").iterdir() if (p / "ma-qr.svg").exists())
    html = (procedure / "index.html").read_text(encoding="utf-8")
    links = [link for link, _ in breadcrumb_items(html)]
    assert links[:2] == [base, base + "thu-tuc/"] and links[-1] is None
    assert len(links) == 4 and links[2].startswith(base + "thu-tuc/linh-vuc/"), links


def parse_html_text(html: str, tag: str) -> str:
    return re.sub(r"<[^>]+>", "", re.search(rf"<{tag}[^>]*>(.*?)</{tag}>", html, re.S).group(1)).strip()


def head_links(path: Path) -> tuple[list[str], list[str]]:
    """The RSS feeds a page announces and the scripts it loads."""
    page = parse_html(path)
    feeds = [e.attrs["href"] for e in page.find("link") if e.attrs.get("type") == "application/rss+xml"]
    scripts = [e.attrs["src"] for e in page.find("script") if e.attrs.get("src")]
    return feeds, scripts


def test_head_links_differ_by_kind_of_page(sample_site):
    """`head-links.mustache` is rendered once per kind of page: the search script only where
    there is a search box, a category's feed only on that category's pages."""
    out = sample_site.output
    home_feeds, home_scripts = head_links(out / "index.html")
    article = next(a for a in articles(sample_site.content) if a["published"])
    article_feeds, article_scripts = head_links(out / "tin-bai" / article["slug"] / "index.html")
    # The column, procedure changes, and (when the site has dialogues) Hỏi đáp.
    assert len(home_feeds) == 3 and article_feeds == home_feeds
    assert any("/search." in s for s in home_scripts)
    assert not any("/search." in s for s in article_scripts)
    categories = [p for p in (out / "chuyen-muc").iterdir() if p.is_dir()]
    assert categories
    for category in categories:
        feeds, _ = head_links(category / "index.html")
        assert feeds[:3] == home_feeds and len(feeds) == 4
        assert feeds[3].endswith(f"/chuyen-muc/{category.name}/rss.xml"), feeds


def test_a_theme_without_a_fragment_template_is_reported(make_site, repo_root, tmp_path):
    theme = tmp_path / "theme-thieu"
    shutil.copytree(repo_root / "theme", theme)
    (theme / "templates" / "head-links.mustache").unlink()
    site = make_site()
    site.theme = theme
    result = site.build()
    assert result.returncode == 1, describe(result)
    assert "head-links.mustache" in result.stderr and "thiếu mẫu giao diện" in result.stderr
    assert not (site.output / "index.html").exists()

