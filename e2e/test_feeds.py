"""RSS 2.0 feeds: `rss.xml` (the column), `chuyen-muc/<ma>/rss.xml` (one per category) and
`thu-tuc/rss.xml` (procedure changes). Parsed with feedparser (what readers see) and with
ElementTree / regular expressions on the raw XML (what the W3C feed validator checks)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

import pytest

from cchc_testlib import (
    output_file_of,
    NOW_INSTANT,
    as_list,
    content_files,
    describe,
    file_slug,
    parse_content_date,
    parse_html,
    read_front_matter,
    read_site_yml,
    run_cchc,
)

feedparser = pytest.importorskip("feedparser", reason="pip install -r e2e/requirements.txt (feedparser)")

SITES = ["sample_site", "minimal_site"]
PLUS_SEVEN = timedelta(hours=7)
CONTENT_NS = "{http://purl.org/rss/1.0/modules/content/}"
ATOM_NS = "{http://www.w3.org/2005/Atom}"
# RFC 822 as RSS 2.0 wants it (English names, 4-digit year, numeric zone); the W3C validator
# rejects localised names and checks that the weekday matches the date.
RFC822 = re.compile(
    r"^(?P<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?P<d>\d{2}) (?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"(?P<y>\d{4}) \d{2}:\d{2}:\d{2} \+0700$"
)
MIME_BY_EXTENSION = {
    ".mp3": "audio/mpeg", ".m4a": "audio/mp4", ".ogg": "audio/ogg", ".wav": "audio/wav",
    ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif", ".webp": "image/webp",
}
CHANGE_VERBS = {"moi_ban_hanh": "Mới ban hành", "sua_doi": "Sửa đổi", "thay_the": "Thay thế", "bai_bo": "Bãi bỏ"}


# --------------------------------------------------------------------------- content model


def zone_of(content: Path) -> ZoneInfo:
    return ZoneInfo(read_site_yml(content).get("mui_gio") or "Asia/Ho_Chi_Minh")


def feed_size(content: Path) -> int:
    return int(read_site_yml(content).get("so_bai_rss") or 20)


def is_true(value) -> bool:
    return str(value or "false").strip().lower() in ("true", "yes", "on", "có", "co")


def article_records(content: Path, now: datetime = NOW_INSTANT) -> list[dict]:
    """Every article: slug, instant, categories, published at `now`; newest first."""
    zone = zone_of(content)
    records = []
    for path in content_files(content, "tin-bai"):
        front = read_front_matter(path)
        when = parse_content_date(front["ngay"], zone)
        draft = is_true(front.get("ban_nhap"))
        records.append({"path": path, "front": front, "slug": file_slug(path, front), "date": when,
                        "title": " ".join(front["tieu_de"].split()), "draft": draft,
                        "categories": [c.strip() for c in as_list(front.get("chuyen_muc"))],
                        "published": not draft and when <= now})
    return sorted(records, key=lambda r: r["date"], reverse=True)


def procedure_records(content: Path) -> list[dict]:
    zone = zone_of(content)
    records = []
    for path in content_files(content, "thu-tuc"):
        front = read_front_matter(path)
        changed = front.get("ngay_cap_nhat") or front.get("ngay_hieu_luc")
        announcement = front.get("quyet_dinh_cong_bo")
        decision = (announcement.get("so_hieu") if isinstance(announcement, dict) else announcement) \
            or front.get("so_quyet_dinh")
        records.append({"path": path, "front": front, "code": front["ma"].strip(), "name": " ".join(front["ten"].split()),
                        "status": (front.get("trang_thai") or "hieu_luc").strip(),
                        "changed": parse_content_date(changed, zone) if changed else None,
                        "decision": decision.strip() if decision else None})
    return records


def category_names(content: Path) -> dict[str, str]:
    return {c["ma"]: " ".join(c["ten"].split()) for c in read_site_yml(content).get("chuyen_muc") or []}


# --------------------------------------------------------------------------- feeds


@dataclass
class Feed:
    file: Path
    rel: str
    raw: str
    tree: ET.Element
    parsed: "feedparser.FeedParserDict"

    @property
    def channel(self) -> ET.Element:
        return self.tree.find("channel")

    @property
    def items(self) -> list[ET.Element]:
        return self.channel.findall("item")


def load_feed(root: Path, file: Path) -> Feed:
    data = file.read_bytes()
    return Feed(file, file.relative_to(root).as_posix(), data.decode("utf-8"), ET.fromstring(data),
                feedparser.parse(data))


def all_feeds(root: Path) -> list[Feed]:
    """Every `*.xml` of the output whose root is `<rss>` (so not sitemap.xml)."""
    feeds = []
    for file in sorted(root.rglob("*.xml")):
        if ET.parse(file).getroot().tag == "rss":
            feeds.append(load_feed(root, file))
    return feeds


def expected_feed_paths(content: Path) -> set[str]:
    dialogues = {"hoi-dap/rss.xml"} if content_files(content, "hoi-dap") else set()
    return {"rss.xml", "thu-tuc/rss.xml"} | {f"chuyen-muc/{ma}/rss.xml" for ma in category_names(content)} | dialogues


def dialogue_records(content: Path) -> list[dict]:
    """The dialogues of `content/hoi-dap/` held by the build's now, newest first: slug, date, title."""
    zone = zone_of(content)
    records = []
    for path in content_files(content, "hoi-dap"):
        front = read_front_matter(path)
        records.append({"slug": file_slug(path, front), "title": str(front["tieu_de"]).strip(),
                        "date": parse_content_date(str(front["ngay"]), zone)})
    records = [r for r in records if r["date"] <= NOW_INSTANT]
    return sorted(records, key=lambda r: (-r["date"].timestamp(), r["slug"]))



def rfc822(text: str) -> datetime:
    return parsedate_to_datetime(text)


def pub_dates(feed: Feed) -> list[datetime]:
    return [rfc822(item.findtext("pubDate")) for item in feed.items]


@pytest.fixture(scope="module", params=SITES)
def any_site(request):
    return request.getfixturevalue(request.param)


@pytest.fixture(scope="module")
def sample_feeds(sample_site) -> dict[str, Feed]:
    return {f.rel: f for f in all_feeds(sample_site.output)}


# --------------------------------------------------------------------------- every feed


def test_every_expected_feed_exists(any_site):
    found = {f.rel for f in all_feeds(any_site.output)}
    assert found == expected_feed_paths(any_site.content)


def test_feeds_parse_cleanly(any_site):
    for feed in all_feeds(any_site.output):
        parsed = feed.parsed
        assert parsed.bozo == 0, f"{feed.rel}: {parsed.get('bozo_exception')}"
        assert parsed.version == "rss20", f"{feed.rel}: {parsed.version}"
        assert feed.raw.startswith('<?xml version="1.0" encoding="UTF-8"?>'), feed.rel


def test_channel_elements(any_site):
    site = any_site
    names = category_names(site.content)
    follows = {"rss.xml": "tin-bai/", "thu-tuc/rss.xml": "thu-tuc/", "hoi-dap/rss.xml": "hoi-dap/"}
    follows |= {f"chuyen-muc/{ma}/rss.xml": f"chuyen-muc/{ma}/" for ma in names}
    unit = " ".join(read_site_yml(site.content)["ten_don_vi"].split())
    for feed in all_feeds(site.output):
        channel = feed.parsed.feed
        assert channel.get("title", "").strip(), f"{feed.rel}: empty title"
        assert unit in channel.title, f"{feed.rel}: the title should name the unit: {channel.title!r}"
        assert channel.get("description", "").strip(), f"{feed.rel}: empty description"
        assert channel.get("language") == "vi", f"{feed.rel}: language {channel.get('language')!r}"
        assert channel.link == site.base_url + follows[feed.rel], f"{feed.rel}: link {channel.link}"
        assert output_file_of(site, channel.link), f"{feed.rel}: channel link {channel.link} is not a page"
        if feed.rel.startswith("chuyen-muc/"):
            ma = feed.rel.split("/")[1]
            assert names[ma] in channel.title, f"{feed.rel}: the title should name the category"


def test_self_link_is_the_feeds_own_absolute_url(any_site):
    for feed in all_feeds(any_site.output):
        selves = [l for l in feed.parsed.feed.get("links", []) if l.get("rel") == "self"]
        assert len(selves) == 1, f"{feed.rel}: {len(selves)} atom:link rel=self"
        assert selves[0]["href"] == any_site.base_url + feed.rel, f"{feed.rel}: self {selves[0]['href']}"
        assert selves[0].get("type") == "application/rss+xml", feed.rel
        # The raw element too: absolute, with the base path.
        raw = feed.channel.find(f"{ATOM_NS}link")
        assert raw is not None and raw.get("href") == any_site.base_url + feed.rel


def test_entries_link_to_pages_of_the_output(any_site):
    for feed in all_feeds(any_site.output):
        for entry in feed.parsed.entries:
            assert entry.get("title", "").strip(), f"{feed.rel}: entry without title"
            assert entry.link.startswith(any_site.base_url), f"{feed.rel}: {entry.link} not under base_url"
            assert output_file_of(any_site, entry.link), f"{feed.rel}: {entry.link} is not a page of the output"


def test_guids_are_permalinks_equal_to_links_and_unique(any_site):
    for feed in all_feeds(any_site.output):
        guids = []
        for item, entry in zip(feed.items, feed.parsed.entries):
            guid = item.find("guid")
            assert guid is not None, f"{feed.rel}: item without guid"
            assert guid.get("isPermaLink") == "true", f"{feed.rel}: guid {guid.text} not a permalink"
            assert guid.text == item.findtext("link") == entry.link == entry.id, f"{feed.rel}: {guid.text}"
            guids.append(guid.text)
        assert len(guids) == len(set(guids)), f"{feed.rel}: duplicate guids"


def test_dates_are_rfc822_in_english_with_plus_0700(any_site):
    for feed in all_feeds(any_site.output):
        raw_dates = re.findall(r"<(pubDate|lastBuildDate)>([^<]*)</\1>", feed.raw)
        assert raw_dates or not feed.items, feed.rel
        for element, text in raw_dates:
            match = RFC822.match(text)
            assert match, f"{feed.rel}: <{element}>{text}</{element}> is not RFC 822 with English names and +0700"
            when = rfc822(text)
            assert when.strftime("%a") == match["wd"], f"{feed.rel}: {text}: wrong day of the week"
            assert when.utcoffset() == PLUS_SEVEN, f"{feed.rel}: {text}"


def test_entries_dated_in_the_past_and_newest_first(any_site):
    for feed in all_feeds(any_site.output):
        dates = pub_dates(feed)
        assert len(dates) == len(feed.parsed.entries)
        for entry in feed.parsed.entries:
            parsed = rfc822(entry.published)
            assert parsed.utcoffset() == PLUS_SEVEN, f"{feed.rel}: {entry.published}"
        late = [d for d in dates if d > NOW_INSTANT]
        assert not late, f"{feed.rel}: items dated after the build's now: {late}"
        assert dates == sorted(dates, reverse=True), f"{feed.rel}: items not newest first: {dates}"


def test_last_build_date_is_the_newest_item(any_site):
    for feed in all_feeds(any_site.output):
        last = feed.channel.findtext("lastBuildDate")
        dates = pub_dates(feed)
        if not dates:
            continue
        assert last is not None, f"{feed.rel}: no lastBuildDate"
        assert rfc822(last) == max(dates), f"{feed.rel}: lastBuildDate {last} is not the newest pubDate"


def test_enclosures_have_exact_length_and_type(any_site):
    seen = 0
    for feed in all_feeds(any_site.output):
        for item in feed.items:
            enclosures = item.findall("enclosure")
            assert len(enclosures) <= 1, f"{feed.rel}: several enclosures in one item"
            for enclosure in enclosures:
                seen += 1
                url, length, kind = enclosure.get("url"), enclosure.get("length"), enclosure.get("type")
                target = output_file_of(any_site, url)
                assert target, f"{feed.rel}: enclosure {url} is not a file of the output"
                assert length and length.isdigit() and int(length) == target.stat().st_size, \
                    f"{feed.rel}: enclosure {url} length {length} ≠ {target.stat().st_size} bytes"
                assert kind == MIME_BY_EXTENSION.get(target.suffix.lower()), f"{feed.rel}: {url} has type {kind}"
    assert seen, "the site's feeds should carry enclosures (cover pictures, audio)"


def test_content_encoded_has_only_absolute_urls(any_site):
    for feed in all_feeds(any_site.output):
        for item in feed.items:
            html = item.findtext(f"{CONTENT_NS}encoded")
            if html is None:
                continue
            for attribute, url in html_urls(html):
                assert re.match(r"^(https?:|mailto:|tel:)", url), \
                    f"{feed.rel}: {item.findtext('link')}: {attribute}={url!r} is not absolute"
                if url.startswith(any_site.base_url):
                    assert output_file_of(any_site, url.split("#")[0]), f"{feed.rel}: {url} is not in the output"


class _URLCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name in ("href", "src", "poster", "cite", "action") or (name == "data" and tag == "object"):
                self.urls.append((name, value.strip()))
            elif name == "srcset":
                self.urls += [("srcset", c.strip().split()[0]) for c in value.split(",") if c.strip()]


def html_urls(html: str) -> list[tuple[str, str]]:
    collector = _URLCollector()
    collector.feed(html)
    collector.close()
    return collector.urls


# --------------------------------------------------------------------------- article feeds


def expected_article_links(site, records: list[dict], category: str | None = None) -> list[str]:
    chosen = [r for r in records if r["published"] and (category is None or category in r["categories"])]
    return [f"{site.base_url}tin-bai/{r['slug']}/" for r in chosen[: feed_size(site.content)]]


def test_column_feed_lists_the_newest_published_articles_and_dialogues(any_site):
    records = [(r["date"], 0, f"{any_site.base_url}tin-bai/{r['slug']}/") for r in article_records(any_site.content)
               if r["published"]]
    records += [(r["date"], 1, f"{any_site.base_url}hoi-dap/{r['slug']}/") for r in dialogue_records(any_site.content)]
    # Newest first; on the same instant the article first (each list keeps its own order).
    expected = [link for _, _, link in sorted(records, key=lambda r: (-r[0].timestamp(), r[1]))][: feed_size(any_site.content)]
    feed = load_feed(any_site.output, any_site.output / "rss.xml")
    assert [e.link for e in feed.parsed.entries] == expected


def test_dialogue_feed_lists_the_dialogues_with_every_question(any_site):
    records = dialogue_records(any_site.content)
    if not records:
        pytest.skip("no dialogues in this site")
    feed = load_feed(any_site.output, any_site.output / "hoi-dap" / "rss.xml")
    assert feed.parsed.bozo == 0
    assert [e.link for e in feed.parsed.entries] == [f"{any_site.base_url}hoi-dap/{r['slug']}/" for r in records]
    assert [e.title for e in feed.parsed.entries] == [r["title"] for r in records]
    for item, record in zip(feed.items, records):
        html = item.findtext(f"{CONTENT_NS}encoded") or ""
        front = read_front_matter(next(p for p in content_files(any_site.content, "hoi-dap")
                                       if file_slug(p, read_front_matter(p)) == record["slug"]))
        assert html.count("<h3 id=\"cau-") == len(front["cau_hoi"]), "every question is in the item"
        assert [c.text for c in item.findall("category")] == ["Hỏi đáp"]


def test_article_items_match_their_front_matter(any_site):
    records = {f"{any_site.base_url}tin-bai/{r['slug']}/": r for r in article_records(any_site.content)}
    names = category_names(any_site.content)
    for feed in all_feeds(any_site.output):
        if feed.rel in ("thu-tuc/rss.xml", "hoi-dap/rss.xml"):
            continue
        for item, entry in zip(feed.items, feed.parsed.entries):
            if "/hoi-dap/" in entry.link:
                continue
            record = records[entry.link]
            front = record["front"]
            assert entry.title == record["title"], f"{feed.rel}: {entry.title!r}"
            assert rfc822(entry.published) == record["date"], \
                f"{feed.rel}: {entry.link}: pubDate {entry.published} ≠ ngay {front['ngay']}"
            summary = item.findtext("description") or ""
            assert summary.strip(), f"{feed.rel}: {entry.link}: empty description"
            if front.get("tom_tat"):
                assert summary == " ".join(front["tom_tat"].split()), f"{feed.rel}: {entry.link}: {summary!r}"
            assert item.findtext(f"{CONTENT_NS}encoded"), f"{feed.rel}: {entry.link}: no content:encoded"
            assert [c.text for c in item.findall("category")] == [names[c] for c in record["categories"]], \
                f"{feed.rel}: {entry.link}: categories"
            enclosure = item.find("enclosure")
            expected = front.get("am_thanh") or front.get("anh")
            if expected and not re.match(r"^https?:", expected):
                assert enclosure is not None, f"{feed.rel}: {entry.link}: no enclosure for {expected}"
                assert enclosure.get("url") == any_site.base_url + expected.strip(), \
                    f"{feed.rel}: {entry.link}: enclosure {enclosure.get('url')}, expected {expected}"
            elif not expected:
                assert enclosure is None, f"{feed.rel}: {entry.link}: unexpected enclosure"


def test_audio_article_has_an_audio_mpeg_enclosure(sample_site, sample_feeds):
    audio = [r for r in article_records(sample_site.content) if r["front"].get("am_thanh") and r["published"]]
    assert audio, "the sample should hold a published article with am_thanh"
    for record in audio:
        link = f"{sample_site.base_url}tin-bai/{record['slug']}/"
        entry = next(e for e in sample_feeds["rss.xml"].parsed.entries if e.link == link)
        assert len(entry.enclosures) == 1, entry.enclosures
        enclosure = entry.enclosures[0]
        assert enclosure["type"] == "audio/mpeg"
        assert enclosure["href"] == sample_site.base_url + record["front"]["am_thanh"]
        size = (sample_site.output / record["front"]["am_thanh"]).stat().st_size
        assert int(enclosure["length"]) == size


def test_draft_and_scheduled_articles_are_absent(sample_site, sample_feeds):
    records = article_records(sample_site.content)
    hidden = [r for r in records if not r["published"]]
    assert any(r["draft"] for r in hidden) and any(r["date"] > NOW_INSTANT and not r["draft"] for r in hidden)
    everything = "\n".join(f.raw for f in sample_feeds.values())
    for record in hidden:
        assert f"tin-bai/{record['slug']}/" not in everything, f"{record['path'].name} is in a feed"
        assert record["title"] not in everything, f"the title of {record['path'].name} is in a feed"


def test_scheduled_article_appears_once_due_with_its_own_date(cchc_bin, sample_site, tmp_path):
    later_text = "2026-12-16 00:00"
    zone = zone_of(sample_site.content)
    later = datetime(2026, 12, 16, 0, 0, tzinfo=zone)
    scheduled = [r for r in article_records(sample_site.content) if not r["draft"] and r["date"] > NOW_INSTANT]
    assert scheduled and all(r["date"] <= later for r in scheduled)
    out = tmp_path / "public"
    result = run_cchc(cchc_bin, ["build", "--content", str(sample_site.content), "--theme", str(sample_site.theme),
                                 "--output", str(out), "--now", later_text])
    assert result.returncode == 0, describe(result)
    feed = load_feed(out, out / "rss.xml")
    assert feed.parsed.bozo == 0
    entries = {e.link: e for e in feed.parsed.entries}
    for record in scheduled:
        link = f"{sample_site.base_url}tin-bai/{record['slug']}/"
        assert link in entries, f"{record['path'].name} is due at {later_text} but not in rss.xml"
        published = rfc822(entries[link].published)
        assert published == record["date"], f"pubDate {entries[link].published} is not the article's date"
        assert published != later, "pubDate must not be the build time"
        for ma in record["categories"]:
            category = load_feed(out, out / "chuyen-muc" / ma / "rss.xml")
            assert link in [e.link for e in category.parsed.entries], f"not in chuyen-muc/{ma}/rss.xml"
    newest = max(r["date"] for r in scheduled)
    assert rfc822(feed.channel.findtext("lastBuildDate")) == newest
    drafts = [r for r in article_records(sample_site.content) if r["draft"]]
    for record in drafts:
        assert f"tin-bai/{record['slug']}/" not in feed.raw, "drafts never reach the feed"


def test_category_feeds_hold_only_their_category(any_site):
    records = article_records(any_site.content)
    for ma in category_names(any_site.content):
        feed = load_feed(any_site.output, any_site.output / "chuyen-muc" / ma / "rss.xml")
        links = [e.link for e in feed.parsed.entries]
        assert links == expected_article_links(any_site, records, category=ma), f"chuyen-muc/{ma}/rss.xml"


def test_feed_size_follows_so_bai_rss(make_site):
    site = make_site()
    site.insert_after("site.yml", "so_bai_moi_trang:", "so_bai_rss: 1")
    result = site.build()
    assert result.returncode == 0, describe(result)
    column = feedparser.parse((site.output / "rss.xml").read_bytes())
    assert [e.link for e in column.entries] == [site.base_url + "tin-bai/ket-qua-khao-sat/"]
    category = feedparser.parse((site.output / "chuyen-muc" / "tin-hoat-dong" / "rss.xml").read_bytes())
    assert len(category.entries) == 1


def test_fragment_and_relative_links_in_content_are_made_absolute(make_site):
    """content:encoded is read away from the site: an in-page `#anchor` link or a link to
    another page must carry the article's absolute URL, not stay relative."""
    site = make_site()
    art = "tin-bai/2026-10-01-hoi-nghi.md"
    site.write(art, site.read(art) + "\nXem lại [phần nội dung chính](#noi-dung-chinh) ở trên.\n")
    result = site.build()
    assert result.returncode == 0, describe(result)
    html = ET.parse(site.output / "rss.xml").getroot().find(
        f"channel/item[link='{site.base_url}tin-bai/hoi-nghi/']/{CONTENT_NS}encoded").text
    relative = [(a, u) for a, u in html_urls(html) if not re.match(r"^(https?:|mailto:|tel:)", u)]
    assert not relative, f"relative URLs in content:encoded: {relative}"


def test_protocol_relative_links_keep_their_host(make_site):
    """`//host/path` is already absolute apart from the scheme; prefixing the site's origin
    would send readers to `https://<own host>//host/path`."""
    site = make_site()
    art = "tin-bai/2026-10-01-hoi-nghi.md"
    site.write(art, site.read(art) + "\nNộp hồ sơ trên [Cổng Dịch vụ công](//dichvucong.gov.vn/p/home).\n")
    result = site.build()
    assert result.returncode == 0, describe(result)
    html = ET.parse(site.output / "rss.xml").getroot().find(
        f"channel/item[link='{site.base_url}tin-bai/hoi-nghi/']/{CONTENT_NS}encoded").text
    hosts = [urlsplit(u).netloc for a, u in html_urls(html) if "dichvucong" in u]
    assert hosts == ["dichvucong.gov.vn"], f"the link became {[u for a, u in html_urls(html) if 'dichvucong' in u]}"


def test_empty_category_feed_is_valid(make_site):
    site = make_site()
    site.insert_after("site.yml", '    ten: "Hướng dẫn thủ tục"', '  - ma: chua-co-bai\n    ten: "Chưa có bài"')
    result = site.build()
    assert result.returncode == 0, describe(result)
    file = site.output / "chuyen-muc" / "chua-co-bai" / "rss.xml"
    parsed = feedparser.parse(file.read_bytes())
    assert parsed.bozo == 0 and parsed.entries == []
    assert [l["href"] for l in parsed.feed.links if l.get("rel") == "self"] == [site.base_url + "chuyen-muc/chua-co-bai/rss.xml"]
    assert ET.parse(file).getroot().find("channel/lastBuildDate") is None, "no items, so no lastBuildDate"


def test_base_url_option_reaches_the_feeds(make_site):
    site = make_site()
    other = "https://xem-thu.example.org/ban-nhap/"
    result = site.build("--base-url", other)
    assert result.returncode == 0, describe(result)
    for file in sorted(site.output.rglob("rss.xml")):
        raw = file.read_text(encoding="utf-8")
        rel = file.relative_to(site.output).as_posix()
        assert "xa.example.gov.vn" not in raw, f"{rel} still names the site.yml host"
        parsed = feedparser.parse(raw.encode("utf-8"))
        assert [l["href"] for l in parsed.feed.links if l.get("rel") == "self"] == [other + rel]
        for entry in parsed.entries:
            assert entry.link.startswith(other), entry.link
            for enclosure in entry.get("enclosures", []):
                assert enclosure["href"].startswith(other), enclosure


# --------------------------------------------------------------------------- procedure changes


def expected_changes(site) -> list[dict]:
    changed = [p for p in procedure_records(site.content)
               if p["status"] in CHANGE_VERBS and p["changed"] is not None and p["changed"] <= NOW_INSTANT]
    changed.sort(key=lambda p: p["code"])
    changed.sort(key=lambda p: p["changed"], reverse=True)
    return changed[: feed_size(site.content)]


def test_procedure_changes_feed(any_site):
    feed = load_feed(any_site.output, any_site.output / "thu-tuc" / "rss.xml")
    expected = expected_changes(any_site)
    entries = feed.parsed.entries
    assert [e.link for e in entries] == [f"{any_site.base_url}thu-tuc/{p['code']}/" for p in expected]
    for item, entry, proc in zip(feed.items, entries, expected):
        verb = CHANGE_VERBS[proc["status"]]
        assert entry.title == f"{verb}: {proc['name']} ({proc['code']})", entry.title
        assert entry.title.startswith(verb + ":") and proc["code"] in entry.title
        assert rfc822(entry.published) == proc["changed"], f"{proc['code']}: pubDate {entry.published}"
        description = item.findtext("description") or ""
        assert proc["code"] in description and proc["name"] in description, description
        if proc["decision"]:
            assert proc["decision"] in description, f"{proc['code']}: the description should name {proc['decision']}"
        if proc["front"].get("thay_the_boi"):
            assert proc["front"]["thay_the_boi"].strip() in description, description


def test_sample_procedure_changes_cover_every_status(sample_site, sample_feeds):
    titles = [e.title for e in sample_feeds["thu-tuc/rss.xml"].parsed.entries]
    for verb in CHANGE_VERBS.values():
        assert any(t.startswith(verb + ": ") for t in titles), f"no “{verb}” item in thu-tuc/rss.xml: {titles}"
    assert "Sửa đổi: Thủ tục đăng ký khai sinh (1.001193)" in titles
    in_force = [p for p in procedure_records(sample_site.content) if p["status"] == "hieu_luc"]
    for proc in in_force:
        assert f"thu-tuc/{proc['code']}/" not in sample_feeds["thu-tuc/rss.xml"].raw, f"{proc['code']} is in force"


def test_procedure_change_dated_in_the_future_waits(make_site):
    site = make_site()
    site.replace("thu-tuc/khai-sinh.md", "ngay_cap_nhat: 2026-09-01", "trang_thai: moi_ban_hanh\nngay_cap_nhat: 2026-12-01")
    result = site.build()
    assert result.returncode == 0, describe(result)
    assert "1.001193" not in (site.output / "thu-tuc" / "rss.xml").read_text(encoding="utf-8")
    result = run_cchc(site.binary, ["build", "--content", "content", "--theme", str(site.theme),
                                    "--output", str(site.output), "--now", "2026-12-02 00:00"], cwd=site.root)
    assert result.returncode == 0, describe(result)
    parsed = feedparser.parse((site.output / "thu-tuc" / "rss.xml").read_bytes())
    assert [e.title for e in parsed.entries] == ["Mới ban hành: Thủ tục đăng ký khai sinh (1.001193)"]
    assert rfc822(parsed.entries[0].published) == datetime(2026, 12, 1, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))


def test_procedure_change_falls_back_to_effective_date(make_site):
    site = make_site()
    site.replace("thu-tuc/khai-sinh.md", "ngay_cap_nhat: 2026-09-01", "trang_thai: bai_bo\nngay_hieu_luc: 2026-09-05")
    result = site.build()
    assert result.returncode == 0, describe(result)
    parsed = feedparser.parse((site.output / "thu-tuc" / "rss.xml").read_bytes())
    assert [e.title for e in parsed.entries] == ["Bãi bỏ: Thủ tục đăng ký khai sinh (1.001193)"]
    assert rfc822(parsed.entries[0].published) == datetime(2026, 9, 5, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))


# --------------------------------------------------------------------------- links to the feeds


def alternate_feeds(site, page_rel: str) -> list[str]:
    page = parse_html(site.output / page_rel)
    return [e.attrs.get("href") for e in page.find("link")
            if (e.attrs.get("rel") or "") == "alternate" and e.attrs.get("type") == "application/rss+xml"]


def test_every_page_advertises_the_feeds(any_site):
    column = any_site.base_path + "rss.xml"
    procedures = any_site.base_path + "thu-tuc/rss.xml"
    for file in sorted(any_site.output.rglob("*.html")):
        rel = file.relative_to(any_site.output).as_posix()
        hrefs = alternate_feeds(any_site, rel)
        assert column in hrefs and procedures in hrefs, f"{rel}: {hrefs}"
        if content_files(any_site.content, "hoi-dap"):
            assert any_site.base_path + "hoi-dap/rss.xml" in hrefs, f"{rel}: no link to the dialogue feed"
        for href in hrefs:
            assert (any_site.output / href[len(any_site.base_path):]).is_file(), f"{rel}: {href} does not exist"
        if rel.startswith("chuyen-muc/"):
            ma = rel.split("/")[1]
            assert f"{any_site.base_path}chuyen-muc/{ma}/rss.xml" in hrefs, f"{rel}: no link to its category feed"


def visible_feed_links(site, page_rel: str) -> list[str]:
    page = parse_html(site.output / page_rel)
    return [e.attrs["href"] for e in page.find("a") if (e.attrs.get("href") or "").endswith("rss.xml")]


def test_home_page_shows_feed_links(sample_site):
    links = visible_feed_links(sample_site, "index.html")
    assert {sample_site.base_path + "rss.xml", sample_site.base_url + "rss.xml"} & set(links), \
        f"the home page should show a visible link (<a>) to the column's feed; found {links}"


def test_procedure_index_shows_feed_link(sample_site):
    links = visible_feed_links(sample_site, "thu-tuc/index.html")
    assert {sample_site.base_path + "thu-tuc/rss.xml", sample_site.base_url + "thu-tuc/rss.xml"} & set(links), \
        f"the procedure index should show a visible link (<a>) to the procedure-changes feed; found {links}"
