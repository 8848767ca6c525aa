"""Feedback and satisfaction (`phan_anh`, `khao_sat` in site.yml): shown on every procedure
page, every hotline page and in the footer; the survey's QR code beside the page's own on
every printed notice, told apart by their captions; the A4 poster; the errors an editor gets."""
from __future__ import annotations

import re
from html import unescape

import pytest

from cchc_testlib import describe, html_files, page_path, read_site_yml
from test_print import (  # noqa: F401  (fixtures)
    assert_a4_portrait, chromium, need, norm, printed, run, sample_prefix, zbar_decode)


def settings(site) -> tuple[list[dict], dict]:
    yml = read_site_yml(site.content)
    survey = yml["khao_sat"]
    return yml["phan_anh"], survey if isinstance(survey, dict) else {"link": survey}


def decode_svg(svg, tmp_path) -> list[str]:
    need("rsvg-convert", "zbarimg")
    png = tmp_path / (svg.parent.name + ".png")
    result = run(["rsvg-convert", "-w", "400", "-b", "white", "-o", str(png), str(svg)])
    assert result.returncode == 0, result.stderr.decode()
    return zbar_decode(png)


def test_feedback_and_survey_are_on_every_procedure_and_hotline_page_and_in_every_footer(sample_site):
    channels, survey = settings(sample_site)
    assert len(channels) >= 2 and survey["link"].startswith("https://")
    kinds = {"procedure": 0, "hotline": 0}
    for file in html_files(sample_site.output):
        html = file.read_text(encoding="utf-8")
        rel = page_path(sample_site.output, file)
        footer = html[html.index('<footer class="site-footer">'):] if '<footer class="site-footer">' in html else ""
        kind = re.search(r'<body class="trang-([a-z-]+)"', html)[1]
        if kind not in ("hotline-poster", "survey-poster", "procedure-catalogue", "desk-screen"):
            assert footer and survey["link"] in footer, f"{rel}: the footer links the survey"
            for channel in channels:
                assert channel["ten"] in unescape(footer), f"{rel}: the footer names {channel['ten']}"
        if kind in kinds:
            kinds[kind] += 1
            box = re.search(r'<section class="feedback screen-only".*?</section>', html, re.S)
            assert box, f"{rel}: no feedback box"
            text = unescape(box[0])
            for channel in channels:
                assert channel["ten"] in text
                if channel.get("link"):
                    assert f'href="{channel["link"]}"' in box[0]
                for phone in [channel["dien_thoai"]] if channel.get("dien_thoai") else []:
                    digits = re.sub(r"\D", "", phone)
                    assert f'href="tel:{digits}"' in box[0], f"{rel}: {phone} is a tel: link"
            assert re.search(rf'<section class="survey-box screen-only".*?href="{re.escape(survey["link"])}"', html, re.S)
    assert kinds["procedure"] > 50 and kinds["hotline"] >= 1, kinds


def test_the_survey_qr_code_decodes_to_the_survey(sample_site, tmp_path):
    _, survey = settings(sample_site)
    assert decode_svg(sample_site.output / "khao-sat" / "ma-qr.svg", tmp_path) == [survey["link"]]


def test_a_printed_notice_carries_both_codes_told_apart_by_their_captions(sample_site, printed, tmp_path):
    """The page's own code and the survey's, each decoding to the address printed under its
    caption, on the one A4 page of the notice."""
    _, survey = settings(sample_site)
    rel = "thu-tuc/2.000815/"
    html = (sample_site.output / rel / "index.html").read_text(encoding="utf-8")
    box = re.search(r'<section class="qr-box qr-box--survey".*?</section>', html, re.S)[0]
    images = re.findall(r'<img class="qr-box__image" src="([^"]+)"', box)
    captions = [unescape(c) for c in re.findall(r'<p class="qr-box__caption">([^<]+)</p>', box)]
    targets = [unescape(t) for t in re.findall(r'<p class="qr-box__target">([^<]+)</p>', box)]
    assert len(images) == len(captions) == len(targets) == 2 and len(set(captions)) == 2, (images, captions)
    assert "hài lòng" in captions[1] and "hài lòng" not in captions[0]
    for image, target in zip(images, targets):
        svg = sample_site.output / image[len(sample_site.base_path):]
        assert decode_svg(svg, tmp_path) == [target], f"{image} should decode to {target}"
    assert targets == [sample_site.base_url + rel, survey["link"]]
    pdf = printed(rel)
    assert pdf.pages == 1, f"the notice of {rel} printed on {pdf.pages} pages"
    assert_a4_portrait(pdf)
    text = norm(pdf.text())
    for caption in captions:
        assert norm(caption) in text, f"{caption!r} is not printed"


def test_the_survey_poster_prints_on_one_a4_page_with_the_unit_code_and_hotline(sample_site, printed, tmp_path):
    _, survey = settings(sample_site)
    pdf = printed("khao-sat/in/")
    assert pdf.pages == 1 and pdf.sizes and len(pdf.sizes) == 1
    assert_a4_portrait(pdf)
    text = norm(pdf.text())
    unit = " ".join(read_site_yml(sample_site.content)["ten_don_vi"].split())
    assert unit.upper() in text.upper() and "hài lòng" in text.lower() and survey["link"] in text
    assert re.search(r"\d{3,4}[ .]?\d{3}[ .]?\d{3}", text), "a hotline number is printed"
    sitemap = (sample_site.output / "sitemap.xml").read_text(encoding="utf-8")
    assert "khao-sat/" not in sitemap, "the poster is for printing, not a page of the site"


def test_feedback_settings_are_checked_with_file_and_line(make_site):
    site = make_site()
    text = site.read("site.yml")
    site.write("site.yml", text + "\n".join([
        "phan_anh:",
        "  - ten: Đường dây nóng",
        "  - ten: Cổng phản ánh",
        "    link: dichvucong.gov.vn",
        "khao_sat: zalo mini app",
        "man_hinh:",
        "  bang: [tin_bai, thoi_tiet]",
        ""]))
    first = len(text.split("\n"))
    result = site.build()
    assert result.returncode != 0, describe(result)
    err = result.stderr
    assert f"content/site.yml:{first + 1}:" in err and "ít nhất một trong các trường" in err, err
    assert f"content/site.yml:{first + 3}:" in err and "dichvucong.gov.vn" in err, err
    assert f"content/site.yml:{first + 4}:" in err and "zalo mini app" in err, err
    assert f"content/site.yml:{first + 6}:" in err and "thoi_tiet" in err, err


# --------------------------------------------------------------------------- in the browser

from test_search_browser import axe_violations, driver, served, wait_for  # noqa: E402,F401  (fixtures)


@pytest.mark.parametrize("rel", ["khao-sat/in/", "duong-day-nong/duong-day-nong-cai-cach-hanh-chinh/"])
def test_the_poster_and_a_hotline_page_with_feedback_have_no_axe_violations(driver, served, rel):
    driver.get(served[1] + rel)
    wait_for(driver, lambda d: d.execute_script("return document.readyState") == "complete", f"{rel} did not load")
    assert axe_violations(driver) == [], rel
