"""Dialogues and Q&A (`content/hoi-dap/`): the page of each with every question anchored and
shareable on its own, the list, FAQPage JSON-LD, the procedure pages' "Hỏi đáp liên quan",
the site search, the sitemap, and the errors an editor gets."""
from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from cchc_testlib import content_files, describe, file_slug, read_front_matter

SAMPLE_DIALOGUE = "2026-11-20-doi-thoai-truc-tuyen-cai-cach-hanh-chinh.md"


def dialogues(site) -> list[tuple[Path, dict, str]]:
    """(file, front matter, page path) of every dialogue of a site."""
    return [(p, front := read_front_matter(p), f"hoi-dap/{file_slug(p, front)}/") for p in content_files(site.content, "hoi-dap")]


def page(site, rel: str) -> str:
    return (site.output / rel / "index.html").read_text(encoding="utf-8")


def json_ld(html: str) -> list[dict]:
    return [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


def test_the_sample_has_a_real_dialogue(sample_site):
    """At least 8 questions across several fields, most of them naming procedures."""
    front = read_front_matter(sample_site.content / "hoi-dap" / SAMPLE_DIALOGUE)
    questions = front["cau_hoi"]
    assert len(questions) >= 8
    assert len({q.get("linh_vuc") for q in questions if q.get("linh_vuc")}) >= 4
    assert sum(1 for q in questions if q.get("thu_tuc")) >= 6


def test_every_question_has_its_anchor_text_answer_and_own_share_links(sample_site):
    for path, front, rel in dialogues(sample_site):
        html = page(sample_site, rel)
        url = sample_site.base_url + rel
        starts = [m.start() for m in re.finditer(r'<li class="question" id="cau-\d+">', html)]
        assert len(starts) == len(front["cau_hoi"]), f"{path.name}: one block per question"
        ends = starts[1:] + [html.index('<footer class="dialogue__footer">')]
        for number, question in enumerate(front["cau_hoi"], start=1):
            anchor = f"cau-{number}"
            block = [None, html[starts[number - 1]:ends[number - 1]]]
            assert block[1].startswith(f'<li class="question" id="{anchor}">'), f"{path.name}: no question #{anchor}"
            text = unescape(block[1])
            assert " ".join(str(question["cau_hoi"]).split()) in " ".join(text.split()), f"{path.name} #{anchor}: question text"
            assert str(question["nguoi_hoi"]) in text
            share = re.search(r'data-share-url="([^"]+)"', block[1])
            assert share and unescape(share[1]) == f"{url}#{anchor}", f"{path.name} #{anchor}: its own address"
            zalo = re.search(r'href="(https://button-share\.zalo\.me/[^"]+)"', block[1])
            facebook = re.search(r'href="(https://www\.facebook\.com/sharer/sharer\.php\?u=[^"]+)"', block[1])
            assert facebook and parse_qs(urlsplit(unescape(facebook[1])).query)["u"] == [f"{url}#{anchor}"]
            assert zalo, f"{path.name} #{anchor}: no Zalo link"
            assert f'href="#{anchor}"' in html, f"{path.name}: the list of questions links #{anchor}"


def test_dialogue_pages_carry_faqpage_json_ld_with_every_answer(sample_site):
    for path, front, rel in dialogues(sample_site):
        blocks = [b for b in json_ld(page(sample_site, rel)) if b.get("@type") == "FAQPage"]
        assert len(blocks) == 1, f"{path.name}: one FAQPage"
        ld = blocks[0]
        assert ld["url"] == sample_site.base_url + rel and ld["name"] == str(front["tieu_de"]).strip()
        entities = ld["mainEntity"]
        assert [e["name"] for e in entities] == [" ".join(str(q["cau_hoi"]).split()) for q in front["cau_hoi"]] or \
            [e["name"] for e in entities] == [str(q["cau_hoi"]).strip() for q in front["cau_hoi"]]
        for number, entity in enumerate(entities, start=1):
            assert entity["@type"] == "Question" and entity["url"].endswith(f"#cau-{number}")
            answer = entity["acceptedAnswer"]
            assert answer["@type"] == "Answer" and len(answer["text"]) > 40 and "<" not in answer["text"]


def test_the_list_shows_every_dialogue_newest_first(sample_site):
    html = page(sample_site, "hoi-dap")
    expected = sorted(dialogues(sample_site), key=lambda d: str(d[1]["ngay"]), reverse=True)
    found = re.findall(r'<h2 class="dialogue-card__title"><a href="([^"]+)">', html)
    assert found == [sample_site.base_path + rel for _, _, rel in expected]
    assert 'href="' + sample_site.base_path + 'hoi-dap/"' in page(sample_site, ""), "the menu links the list"


def test_procedure_pages_link_the_questions_that_name_them(sample_site):
    named: dict[str, list[str]] = {}
    for _, front, rel in dialogues(sample_site):
        for number, question in enumerate(front["cau_hoi"], start=1):
            for code in question.get("thu_tuc") or []:
                named.setdefault(str(code), []).append(f"{sample_site.base_path}{rel}#cau-{number}")
    assert named
    for code, links in named.items():
        html = page(sample_site, f"thu-tuc/{code}")
        section = re.search(r'aria-labelledby="hoi-dap-lien-quan">(.*?)</section>', html, re.S)
        assert section, f"{code}: no 'Hỏi đáp liên quan'"
        assert re.findall(r'<a href="([^"]+)">', section[1]) == links, code
    untouched = page(sample_site, "thu-tuc/1.000748")
    assert "hoi-dap-lien-quan" not in untouched, "a procedure no question names has no such section"


def test_dialogues_are_in_the_sitemap_and_the_site_search(sample_site):
    sitemap = (sample_site.output / "sitemap.xml").read_text(encoding="utf-8")
    for _, _, rel in dialogues(sample_site):
        assert f"<loc>{sample_site.base_url}{rel}</loc>" in sitemap
    assert f"<loc>{sample_site.base_url}hoi-dap/</loc>" in sitemap
    entry = json.loads((sample_site.output / "tim-kiem" / "chi-muc.json").read_text(encoding="utf-8"))
    words = json.loads((sample_site.output / entry["words"]).read_text(encoding="utf-8"))
    rows = [row for row in words["pages"] if row[0] == "hoi-dap"]
    total = sum(len(front["cau_hoi"]) for _, front, _ in dialogues(sample_site))
    assert len(rows) == total
    assert all(re.search(r"^hoi-dap/[a-z0-9-]+/#cau-\d+$", row[2]) for row in rows)


def test_an_unknown_procedure_code_is_an_error_with_file_and_line(make_site):
    site = make_site()
    site.write("hoi-dap/2026-10-20-hoi-dap.md", "\n".join([
        "---",
        "tieu_de: Hỏi đáp tháng 10",
        "ngay: 2026-10-20",
        "chu_tri: Chủ tịch UBND xã",
        "hinh_thuc: qua điện thoại",
        "cau_hoi:",
        "  - nguoi_hoi: Ông A",
        "    cau_hoi: Làm giấy khai sinh ở đâu?",
        "    tra_loi: Tại Bộ phận một cửa.",
        "    thu_tuc: [9.999999]",
        "  - nguoi_hoi: Bà B",
        "    cau_hoi: Thiếu trả lời",
        "---",
        "Giới thiệu.",
        ""]))
    result = site.build()
    assert result.returncode != 0, describe(result)
    assert "content/hoi-dap/2026-10-20-hoi-dap.md:10:" in result.stderr and "9.999999" in result.stderr, result.stderr
    assert "content/hoi-dap/2026-10-20-hoi-dap.md:5:" in result.stderr and "trực tuyến, trực tiếp" in result.stderr
    assert "content/hoi-dap/2026-10-20-hoi-dap.md:11:" in result.stderr and "tra_loi" in result.stderr


# --------------------------------------------------------------------------- in the browser

from test_search_browser import (  # noqa: E402  (the browser fixtures and helpers of the search tests)
    SEARCH, axe_violations, driver, open_search, search, served, wait_for)

__all__ = ["driver", "served"]  # fixtures used by the tests below


@pytest.mark.parametrize("rel", ["hoi-dap/", "hoi-dap/doi-thoai-truc-tuyen-cai-cach-hanh-chinh/", "thu-tuc/2.000815/"])
def test_dialogue_pages_have_no_axe_violations(driver, served, rel):
    """The list, a dialogue (with its per-question share blocks) and a procedure page with
    "Hỏi đáp liên quan" pass axe-core's WCAG 2.1 A/AA rules."""
    driver.get(served[1] + rel)
    wait_for(driver, lambda d: d.execute_script("return document.readyState") == "complete", f"{rel} did not load")
    violations = axe_violations(driver)
    assert violations == [], f"{rel}:\n" + "\n".join(violations)


def test_the_site_search_finds_a_question_by_the_words_of_its_answer(driver, served):
    """A citizen typing about copies of school records finds the question that answers it,
    marked as Hỏi đáp, linking its anchor."""
    open_search(driver, served, SEARCH)
    results = search(driver, "chung thuc hoc ba", articles=True)
    questions = [r for r in results if r["meta"] == "Hỏi đáp"]
    assert questions, results
    assert re.search(r"/hoi-dap/doi-thoai-truc-tuyen-cai-cach-hanh-chinh/#cau-3$", questions[0]["href"]), questions
