"""Link previews and structured data: Open Graph / Twitter tags, canonical URLs, share
pictures with their real pixel size, JSON-LD (NewsArticle, GovernmentService,
GovernmentOrganization), the share block (Facebook, Zalo, copy field) and escaping of
hostile text (`e2e/fixtures/hostile/`) in pages and feeds."""

from __future__ import annotations

import base64
import html as html_module
import json
import re
import shutil
import struct
import subprocess
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import pytest

from cchc_testlib import (
    output_file_of,
    NOW,
    REPO_ROOT,
    TESTS_DIR,
    ParsedPage,
    content_files,
    describe,
    file_slug,
    html_files,
    page_path,
    parse_content_date,
    parse_html,
    read_front_matter,
    read_site_yml,
    run_cchc,
)

SITES = ["sample_site", "minimal_site"]
HOSTILE_FIXTURE = TESTS_DIR / "fixtures" / "hostile"
HOSTILE = "Tin <script>alert(1)</script> & \"trích\" 'dẫn' ]]> 🎉"
WITHDRAWN = {"bai_bo", "thay_the"}


# --------------------------------------------------------------------------- helpers


def meta(page: ParsedPage, key: str) -> list[str]:
    """Values of `<meta property=key>` or `<meta name=key>`."""
    return [e.attrs.get("content") or "" for e in page.find("meta")
            if e.attrs.get("property") == key or e.attrs.get("name") == key]


def one_meta(page: ParsedPage, key: str, rel: str) -> str:
    values = meta(page, key)
    assert len(values) == 1, f"{rel}: {len(values)} <meta {key}> (expected one): {values}"
    return values[0]


def canonical_of(page: ParsedPage) -> list[str]:
    return [e.attrs.get("href") or "" for e in page.find("link") if (e.attrs.get("rel") or "") == "canonical"]


def page_kind(page: ParsedPage) -> str:
    body = page.find("body")
    classes = (body[0].attrs.get("class") or "").split() if body else []
    kinds = [c[len("trang-"):] for c in classes if c.startswith("trang-")]
    return kinds[0] if kinds else ""


def json_ld(page: ParsedPage, rel: str) -> list[dict]:
    blocks = []
    for text in page.json_ld:
        assert "<" not in text, f"{rel}: raw '<' inside a JSON-LD block (could close the script)"
        try:
            blocks.append(json.loads(text))
        except json.JSONDecodeError as error:
            pytest.fail(f"{rel}: JSON-LD does not parse: {error}: {text[:200]}")
    return blocks


def norm(text: str) -> str:
    return " ".join(str(text).split())


def image_size(path: Path) -> tuple[int, int]:
    """Pixel size of a picture: Pillow when installed, else the PNG/GIF/JPEG header."""
    try:
        from PIL import Image
    except ImportError:
        return _header_size(path.read_bytes())
    with Image.open(path) as image:
        return image.size


def _header_size(data: bytes) -> tuple[int, int]:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return struct.unpack(">II", data[16:24])
    if data[:3] == b"GIF":
        return struct.unpack("<HH", data[6:10])
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data):
            marker = data[i + 1]
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                i += 2
                continue
            length = struct.unpack(">H", data[i + 2:i + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[i + 5:i + 9])
                return width, height
            i += 2 + length
    raise AssertionError("unknown picture format")



def zalo_url_payload(href: str) -> dict:
    parts = urlsplit(href)
    assert parts.scheme == "https" and parts.netloc.endswith("zalo.me"), href
    token = parse_qs(parts.query)["d"][0]
    return json.loads(base64.b64decode(token, validate=True).decode("utf-8"))


def facebook_target(href: str) -> str:
    parts = urlsplit(href)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "www.facebook.com", "/sharer/sharer.php"), href
    return parse_qs(parts.query)["u"][0]


# --------------------------------------------------------------------------- content model


def unit_name(content: Path) -> str:
    return norm(read_site_yml(content)["ten_don_vi"])


def category_names(content: Path) -> dict[str, str]:
    return {c["ma"]: norm(c["ten"]) for c in read_site_yml(content).get("chuyen_muc") or []}


def articles_by_path(content: Path) -> dict[str, dict]:
    return {f"tin-bai/{file_slug(p, read_front_matter(p))}/": read_front_matter(p) for p in content_files(content, "tin-bai")}


def procedures_by_path(content: Path) -> dict[str, dict]:
    result = {}
    for path in content_files(content, "thu-tuc"):
        front = read_front_matter(path)
        result[f"thu-tuc/{front['ma'].strip()}/"] = front
    return result


def hotlines_by_path(content: Path) -> dict[str, dict]:
    return {f"duong-day-nong/{file_slug(p, read_front_matter(p))}/": read_front_matter(p)
            for p in content_files(content, "duong-day-nong")}


@pytest.fixture(scope="module", params=SITES)
def any_site(request):
    return request.getfixturevalue(request.param)


def pages_of(site) -> list[tuple[str, ParsedPage]]:
    return [(page_path(site.output, f) if f.name == "index.html" else f.relative_to(site.output).as_posix(), parse_html(f))
            for f in html_files(site.output)]


# --------------------------------------------------------------------------- every page


def test_every_page_has_the_share_tags(any_site):
    site = any_site
    unit = unit_name(site.content)
    problems = []
    for rel, page in pages_of(site):
        try:
            titles = page.find("title")
            assert len(titles) == 1, f"{rel}: {len(titles)} <title>"
            assert one_meta(page, "description", rel).strip(), f"{rel}: empty meta description"
            canonical = canonical_of(page)
            assert len(canonical) == 1 and canonical[0].startswith(site.base_url), f"{rel}: canonical {canonical}"
            assert one_meta(page, "og:url", rel) == canonical[0], f"{rel}: og:url ≠ canonical"
            assert one_meta(page, "og:site_name", rel) == unit, f"{rel}: og:site_name"
            assert one_meta(page, "og:title", rel).strip(), f"{rel}: empty og:title"
            assert one_meta(page, "og:description", rel).strip(), f"{rel}: empty og:description"
            assert one_meta(page, "og:description", rel) == one_meta(page, "description", rel), \
                f"{rel}: og:description ≠ meta description"
            assert one_meta(page, "og:locale", rel) == "vi_VN", f"{rel}: og:locale"
            kind = page_kind(page)
            dated = kind in ("article", "dialogue")  # a dialogue is published on its day, like an article
            assert one_meta(page, "og:type", rel) == ("article" if dated else "website"), \
                f"{rel} ({kind}): og:type"
            assert one_meta(page, "twitter:card", rel) in ("summary", "summary_large_image"), f"{rel}: twitter:card"
            image = one_meta(page, "og:image", rel)
            assert re.match(r"^https?://", image), f"{rel}: og:image {image} is not absolute"
            assert one_meta(page, "og:image:alt", rel).strip(), f"{rel}: empty og:image:alt"
            if dated:
                assert one_meta(page, "article:published_time", rel), rel
            else:
                assert not meta(page, "article:published_time"), f"{rel}: article:published_time on a {kind} page"
            feeds = [e.attrs.get("href") for e in page.find("link")
                     if e.attrs.get("rel") == "alternate" and e.attrs.get("type") == "application/rss+xml"]
            assert site.base_path + "rss.xml" in feeds, f"{rel}: no <link rel=alternate> to the column's feed"
        except AssertionError as error:
            problems.append(str(error).split("\n")[0])
    assert not problems, "\n".join(problems[:60])


def test_og_title_is_the_heading(any_site):
    section = norm(read_site_yml(any_site.content).get("ten_chuyen_muc") or "Cải cách hành chính")
    for rel, page in pages_of(any_site):
        title = one_meta(page, "og:title", rel)
        expected = section if page_kind(page) == "home" else page.h1_texts[0]
        assert title == expected, f"{rel}: og:title {title!r}, h1 {page.h1_texts}"


def test_og_image_exists_with_its_real_size(any_site):
    site = any_site
    checked = {}
    for rel, page in pages_of(site):
        url = one_meta(page, "og:image", rel)
        target = output_file_of(site, url)
        assert target, f"{rel}: og:image {url} is not a file of the output"
        if target not in checked:
            checked[target] = image_size(target)
        width, height = meta(page, "og:image:width"), meta(page, "og:image:height")
        assert width and height, f"{rel}: og:image {url} without og:image:width/height (the size is known)"
        assert (int(width[0]), int(height[0])) == checked[target], \
            f"{rel}: og:image {url} declared {width[0]}x{height[0]}, file is {checked[target][0]}x{checked[target][1]}"
    assert checked


def test_og_image_is_the_pages_picture_else_the_default(any_site):
    site = any_site
    default = read_site_yml(site.content).get("anh_mac_dinh")
    articles = articles_by_path(site.content)
    theme_picture = (REPO_ROOT / "theme" / "assets" / "chia-se.png").read_bytes()
    for rel, page in pages_of(site):
        image = one_meta(page, "og:image", rel)
        own = articles.get(rel, {}).get("anh")
        if own:
            assert image == site.base_url + own.strip(), f"{rel}: og:image {image}, expected its anh {own}"
        elif default:
            assert image == site.base_url + default.strip(), f"{rel}: og:image {image}, expected anh_mac_dinh"
        else:
            assert re.fullmatch(re.escape(site.base_url) + r"assets/chia-se\.[0-9a-f]{8}\.png", image), \
                f"{rel}: og:image {image}, expected the theme's hashed chia-se.png"
            assert output_file_of(site, image).read_bytes() == theme_picture
            assert (meta(page, "og:image:width"), meta(page, "og:image:height")) == (["1200"], ["630"])


# --------------------------------------------------------------------------- per kind


def test_article_pages(any_site):
    site = any_site
    names = category_names(site.content)
    unit = unit_name(site.content)
    zone = ZoneInfo(read_site_yml(site.content).get("mui_gio") or "Asia/Ho_Chi_Minh")
    seen = 0
    for rel, front in articles_by_path(site.content).items():
        file = site.output / rel / "index.html"
        if not file.is_file():
            continue  # draft or scheduled
        seen += 1
        page = parse_html(file)
        canonical = site.base_url + rel
        published = one_meta(page, "article:published_time", rel)
        expected_instant = parse_content_date(front["ngay"], zone)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
            assert published == expected_instant.date().isoformat(), f"{rel}: {published}"
        else:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00", published), f"{rel}: {published}"
            assert datetime.fromisoformat(published) == expected_instant, f"{rel}: {published}"
        categories = [names[c.strip()] for c in ([front["chuyen_muc"]] if isinstance(front.get("chuyen_muc"), str)
                                                 else front.get("chuyen_muc") or []) if c.strip()]
        sections = meta(page, "article:section")
        assert sections == categories[:1], f"{rel}: article:section {sections}, categories {categories}"
        blocks = json_ld(page, rel)
        news = [b for b in blocks if b.get("@type") == "NewsArticle"]
        assert len(news) == 1, f"{rel}: {len(news)} NewsArticle blocks"
        ld = news[0]
        assert ld.get("@context") == "https://schema.org"
        assert ld["headline"] == norm(front["tieu_de"]) == page.h1_texts[0], f"{rel}: headline {ld['headline']!r}"
        assert ld["datePublished"] == published, rel
        assert ld["url"] == ld["mainEntityOfPage"] == canonical, rel
        assert ld["inLanguage"] == "vi"
        assert ld["description"].strip()
        assert ld["publisher"]["@type"] == "GovernmentOrganization" and ld["publisher"]["name"] == unit
        assert ld["publisher"]["url"] == site.base_url
        assert ld.get("author", {}).get("name"), f"{rel}: no author"
        if front.get("tac_gia"):
            assert ld["author"] == {"@type": "Person", "name": norm(front["tac_gia"])}
        if front.get("anh"):
            assert ld["image"] == site.base_url + front["anh"].strip(), rel
        if categories:
            assert ld["articleSection"] == categories, rel
    assert seen


def test_procedure_pages(any_site):
    site = any_site
    unit = unit_name(site.content)
    for rel, front in procedures_by_path(site.content).items():
        page = parse_html(site.output / rel / "index.html")
        services = [b for b in json_ld(page, rel) if b.get("@type") == "GovernmentService"]
        assert len(services) == 1, f"{rel}: {len(services)} GovernmentService blocks"
        ld = services[0]
        assert ld.get("@context") == "https://schema.org"
        assert ld["name"] == norm(front["ten"]) == page.h1_texts[0], f"{rel}: name {ld['name']!r}"
        assert ld["identifier"] == front["ma"].strip(), f"{rel}: identifier {ld['identifier']!r} (code as written)"
        assert norm(ld["serviceType"]).casefold() == norm(front["linh_vuc"]).casefold(), \
            f"{rel}: serviceType {ld['serviceType']!r}, linh_vuc {front['linh_vuc']!r}"
        assert ld["url"] == site.base_url + rel
        assert ld["provider"]["@type"] == "GovernmentOrganization" and ld["provider"]["name"] == unit
        link = (front.get("link_dvc") or "").strip()
        status = (front.get("trang_thai") or "hieu_luc").strip()
        if link and status not in WITHDRAWN:
            assert ld["isRelatedTo"]["url"] == link, rel
            assert ld["potentialAction"]["@type"] == "ApplyAction"
            assert ld["potentialAction"]["target"]["urlTemplate"] == link, rel
        elif not link:
            assert "isRelatedTo" not in ld and "potentialAction" not in ld, f"{rel}: online links without link_dvc"
        assert one_meta(page, "og:type", rel) == "website"


def test_hotline_pages(any_site):
    site = any_site
    hotlines = hotlines_by_path(site.content)
    assert hotlines
    for rel, front in hotlines.items():
        page = parse_html(site.output / rel / "index.html")
        orgs = [b for b in json_ld(page, rel) if b.get("@type") == "GovernmentOrganization"]
        assert len(orgs) == 1, f"{rel}: {len(orgs)} GovernmentOrganization blocks"
        ld = orgs[0]
        assert ld.get("@context") == "https://schema.org"
        assert ld["name"] == unit_name(site.content)
        assert ld["url"] == site.base_url + rel
        entries = front.get("danh_sach") or []
        points = ld["contactPoint"]
        assert isinstance(points, list) and len(points) == len(entries), f"{rel}: {len(points)} contact points"
        for entry, point in zip(entries, points):
            assert point["@type"] == "ContactPoint"
            assert point["name"] == norm(entry["don_vi"]), f"{rel}: {point['name']!r}"
            if entry.get("dien_thoai"):
                assert re.fullmatch(r"\+?\d+", point.get("telephone", "")), \
                    f"{rel}: {entry['don_vi']}: telephone {point.get('telephone')!r} is not digits only"
                digits = re.sub(r"\D", "", re.split(r"[;,/]", entry["dien_thoai"])[0])
                assert point["telephone"].lstrip("+").endswith(digits.lstrip("0")[-8:]), \
                    f"{rel}: telephone {point['telephone']!r} for {entry['dien_thoai']!r}"
            else:
                assert "telephone" not in point
            if entry.get("ho_ten"):
                assert norm(entry["ho_ten"]) in point.get("description", ""), rel


def test_sample_hotline_has_an_international_number(sample_site):
    """`(+84-220) 3 882 116` becomes `+842203882116` (no trunk 0 after +84)."""
    page = parse_html(sample_site.output / "duong-day-nong" / "duong-day-nong-cai-cach-hanh-chinh" / "index.html")
    phones = [p.get("telephone") for b in json_ld(page, "hotline") for p in b.get("contactPoint", [])]
    assert "+842203882116" in phones, phones


# --------------------------------------------------------------------------- share block


def share_block(page: ParsedPage, rel: str) -> dict:
    boxes = [e for e in page.elements if "data-share" in e.attrs]
    assert len(boxes) == 1, f"{rel}: {len(boxes)} share blocks"
    links = [e for e in page.find("a") if "share__button" in (e.attrs.get("class") or "")]
    facebook = [e.attrs["href"] for e in links if "facebook.com" in (e.attrs.get("href") or "")]
    zalo = [e.attrs["href"] for e in links if "zalo.me" in (e.attrs.get("href") or "")]
    fields = [e for e in page.elements if "data-share-field" in e.attrs]
    copy = [e for e in page.elements if "data-share-copy" in e.attrs]
    native = [e for e in page.elements if "data-share-native" in e.attrs]
    status = [e for e in page.elements if "data-share-status" in e.attrs]
    return {"box": boxes[0], "facebook": facebook, "zalo": zalo, "fields": fields, "copy": copy,
            "native": native, "status": status}


def test_share_block_on_articles_and_procedures(any_site):
    site = any_site
    seen = 0
    for rel, page in pages_of(site):
        if page_kind(page) not in ("article", "procedure"):
            continue
        seen += 1
        canonical = site.base_url + rel
        block = share_block(page, rel)
        assert block["box"].attrs.get("data-share-url") == canonical, rel
        assert len(block["facebook"]) == 1 and facebook_target(block["facebook"][0]) == canonical, \
            f"{rel}: Facebook link {block['facebook']}"
        assert len(block["zalo"]) == 1, f"{rel}: Zalo link {block['zalo']}"
        assert zalo_url_payload(block["zalo"][0]).get("url") == canonical, f"{rel}: Zalo payload"
        assert len(block["fields"]) == 1, rel
        field = block["fields"][0]
        assert field.tag == "input" and "readonly" in field.attrs and field.attrs.get("value") == canonical, rel
        field_id = field.attrs.get("id")
        assert field_id and any(e.tag == "label" and e.attrs.get("for") == field_id for e in page.elements), \
            f"{rel}: the URL field has no label"
        for name in ("copy", "native"):
            assert len(block[name]) == 1 and block[name][0].tag == "button", f"{rel}: {name} button"
            assert "hidden" in block[name][0].attrs, f"{rel}: the {name} button must be hidden until site.js shows it"
            assert block[name][0].attrs.get("type") == "button"
        assert len(block["status"]) == 1 and block["status"][0].attrs.get("aria-live") == "polite", rel
    assert seen


def test_share_button_labels(sample_site):
    text = (sample_site.output / "thu-tuc" / "1.001193" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<button[^>]*data-share-copy[^>]*>\s*Sao chép[^<]*</button>", text)
    assert re.search(r"<button[^>]*data-share-native[^>]*>\s*Chia sẻ[^<]*</button>", text)
    script = next((sample_site.output / "assets").glob("site.*.js")).read_text(encoding="utf-8")
    assert "Đã sao chép liên kết." in script


# --------------------------------------------------------------------------- hostile text


@pytest.fixture(scope="module")
def hostile_site(cchc_bin, tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(HOSTILE_FIXTURE, root / "content")
    result = run_cchc(cchc_bin, ["build", "--content", str(root / "content"), "--theme", str(REPO_ROOT / "theme"),
                                 "--output", str(root / "public"), "--now", NOW])
    if result.returncode != 0:
        pytest.fail(f"the hostile fixture must build:\n{describe(result)}", pytrace=False)
    base_url = read_site_yml(root / "content")["base_url"].strip().rstrip("/") + "/"
    return SimpleNamespace(content=root / "content", output=root / "public", base_url=base_url,
                           base_path=urlsplit(base_url).path, result=result)


def test_hostile_fixture_holds_the_hostile_text():
    """Guards the fixture itself: each field under test really carries the text."""
    site = read_site_yml(HOSTILE_FIXTURE)
    assert site["ten_don_vi"] == HOSTILE
    assert site["chuyen_muc"][0]["ten"] == HOSTILE
    article = read_front_matter(HOSTILE_FIXTURE / "tin-bai" / "2026-10-01-hoi-nghi.md")
    assert article["tieu_de"] == article["tom_tat"] == article["tu_khoa"][0] == HOSTILE
    assert read_front_matter(HOSTILE_FIXTURE / "thu-tuc" / "khai-sinh.md")["ten"] == HOSTILE
    contact = read_front_matter(HOSTILE_FIXTURE / "duong-day-nong" / "duong-day-nong.md")["danh_sach"][0]
    assert contact["don_vi"] == contact["ho_ten"] == HOSTILE


def test_hostile_no_raw_script_anywhere(hostile_site):
    leaks = []
    for path in hostile_site.output.rglob("*"):
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        if re.search(r"<script>\s*alert\(1\)", text, re.I):
            leaks.append(path.relative_to(hostile_site.output).as_posix())
    assert not leaks, f"raw <script>alert(1) in {leaks}"


def test_hostile_feeds(hostile_site):
    import feedparser

    out = hostile_site.output
    for file in sorted(out.rglob("rss.xml")):
        raw = file.read_text(encoding="utf-8")
        parsed = feedparser.parse(file.read_bytes())
        rel = file.relative_to(out).as_posix()
        assert parsed.bozo == 0, f"{rel}: {parsed.get('bozo_exception')}"
        assert "]]>" not in raw, f"{rel}: a literal ]]> in XML text"
        assert "🎉" in raw, f"{rel}: the emoji should stay as is"
    column = feedparser.parse((out / "rss.xml").read_bytes())
    assert column.feed.title == f"Cải cách hành chính – {HOSTILE}"
    article = next(e for e in column.entries if e.link == hostile_site.base_url + "tin-bai/hoi-nghi/")
    assert article.title == HOSTILE
    assert HOSTILE in [t.term for t in article.tags]
    category = feedparser.parse((out / "chuyen-muc" / "tin-hoat-dong" / "rss.xml").read_bytes())
    assert category.feed.title == f"{HOSTILE} – {HOSTILE}"
    changes = feedparser.parse((out / "thu-tuc" / "rss.xml").read_bytes())
    assert [e.title for e in changes.entries] == [f"Sửa đổi: {HOSTILE} (1.001193)"]


def test_hostile_feed_descriptions_are_text_not_markup(hostile_site):
    """An RSS `<description>` is HTML (entity-encoded) for readers, so a plain-text summary
    has to be HTML-escaped before XML-escaping: otherwise `<script>` in a tom_tat or a
    procedure name reaches readers as markup (stripped by careful readers, run by naive
    ones) instead of showing as text."""
    import feedparser

    out = hostile_site.output
    column = feedparser.parse((out / "rss.xml").read_bytes())
    article = next(e for e in column.entries if e.link == hostile_site.base_url + "tin-bai/hoi-nghi/")
    assert html_module.unescape(article.summary) == HOSTILE, \
        f"readers show the tom_tat as {html_module.unescape(article.summary)!r}"
    changes = feedparser.parse((out / "thu-tuc" / "rss.xml").read_bytes())
    shown = html_module.unescape(changes.entries[0].summary)
    assert HOSTILE in shown, f"readers show the procedure change as {shown!r}"


def test_hostile_pages(hostile_site):
    out = hostile_site.output
    for file in html_files(out):
        rel = file.relative_to(out).as_posix()
        page = parse_html(file)
        assert one_meta(page, "og:site_name", rel) == HOSTILE, rel
        json_ld(page, rel)  # every block parses, no raw '<'
        text = file.read_text(encoding="utf-8")
        title = re.search(r"<title>(.*?)</title>", text, re.S)
        assert title and HOSTILE in html_module.unescape(title.group(1)), f"{rel}: <title>"
    article = parse_html(out / "tin-bai" / "hoi-nghi" / "index.html")
    for key in ("og:title", "og:description", "article:section"):
        assert one_meta(article, key, "article") == HOSTILE, key
    assert article.h1_texts == [HOSTILE]
    news = json_ld(article, "article")[0]
    assert news["headline"] == news["description"] == HOSTILE
    assert news["publisher"]["name"] == HOSTILE
    assert news["articleSection"] == [HOSTILE]
    assert HOSTILE in news["keywords"]
    procedure = parse_html(out / "thu-tuc" / "1.001193" / "index.html")
    assert one_meta(procedure, "og:title", "procedure") == HOSTILE
    service = json_ld(procedure, "procedure")[0]
    assert service["name"] == HOSTILE and service["provider"]["name"] == HOSTILE
    hotline = parse_html(out / "duong-day-nong" / "duong-day-nong" / "index.html")
    org = json_ld(hotline, "hotline")[0]
    assert org["name"] == HOSTILE
    assert org["contactPoint"][0]["name"] == HOSTILE
    assert HOSTILE in org["contactPoint"][0]["description"]
    home = parse_html(out / "index.html")
    assert one_meta(home, "og:site_name", "home") == HOSTILE
    for rel in ("tin-bai/hoi-nghi/", "thu-tuc/1.001193/"):
        block = share_block(parse_html(out / rel / "index.html"), rel)
        assert facebook_target(block["facebook"][0]) == hostile_site.base_url + rel
        assert zalo_url_payload(block["zalo"][0])["url"] == hostile_site.base_url + rel


def test_hostile_tag_page(hostile_site):
    pages = [parse_html(f) for f in html_files(hostile_site.output / "tu-khoa")]
    headings = [p.h1_texts[0] for p in pages]
    assert any(HOSTILE in h for h in headings), headings


def test_hostile_pages_are_valid_html(hostile_site):
    from test_html_valid import find_vnu_jar

    jar = find_vnu_jar()
    java = shutil.which("java")
    if jar is None or java is None:
        pytest.fail("vnu.jar or java not found: `pip install -r e2e/requirements.txt` and a JRE", pytrace=False)
    files = html_files(hostile_site.output)
    result = subprocess.run([java, "-Xss8m", "-jar", str(jar), "--errors-only", "--format", "json", "--stdout",
                             *map(str, files)], capture_output=True, text=True, timeout=180)
    report = json.loads(result.stdout or result.stderr)
    errors = [f"{unquote(urlsplit(m.get('url', '')).path)}:{m.get('lastLine')}: {m.get('message')}"
              for m in report.get("messages", []) if m.get("type") in ("error", "non-document-error")
              or m.get("subType") == "fatal"]
    assert not errors, "\n".join(errors[:40])
