"""Rebuilding into an existing output: unchanged files are left alone, pages whose inputs did
not change are not rendered again, and the result is byte-identical to a clean build."""
from __future__ import annotations

import re

from cchc_testlib import describe, tree_digest


def changed_count(result) -> int:
    match = re.search(r"\((\d+) tệp, (\d+) tệp thay đổi\)", result.stdout)
    assert match, result.stdout
    return int(match.group(2))


def test_unchanged_rebuild_writes_nothing(site):
    first = site.build()
    assert first.returncode == 0, describe(first)
    before = {p: p.stat().st_mtime_ns for p in site.output.rglob("*") if p.is_file()}
    again = site.build()
    assert again.returncode == 0, describe(again)
    assert changed_count(again) == 0
    after = {p: p.stat().st_mtime_ns for p in site.output.rglob("*") if p.is_file()}
    assert before == after, "no file was rewritten"


def test_editing_one_article_rewrites_only_what_depends_on_it(site, tmp_path):
    assert site.build().returncode == 0
    total = sum(1 for p in site.output.rglob("*") if p.is_file())
    other_page = site.output / "thu-tuc" / "1.001193" / "index.html"
    other_mtime = other_page.stat().st_mtime_ns
    article = "tin-bai/2026-10-15-ket-qua-khao-sat.md"
    site.write(article, site.read(article) + "\nMột câu mới thêm vào cuối bài.\n")
    result = site.build()
    assert result.returncode == 0, describe(result)
    assert 0 < changed_count(result) < total, result.stdout
    assert other_page.stat().st_mtime_ns == other_mtime, "a procedure page does not depend on the article"
    page = (site.output / "tin-bai" / "ket-qua-khao-sat" / "index.html").read_text(encoding="utf-8")
    assert "Một câu mới thêm vào cuối bài." in page
    clean = site.build(output=tmp_path / "clean")
    assert clean.returncode == 0, describe(clean)
    assert tree_digest(site.output) == tree_digest(tmp_path / "clean"), "incremental build equals a clean build"


def test_a_theme_change_renders_every_page_again(site, tmp_path):
    assert site.build().returncode == 0
    site.write("giao-dien/templates/foot.mustache",
               "</main><footer><p>Chân trang mới</p></footer></body></html>\n")
    result = site.build()
    assert result.returncode == 0, describe(result)
    for page in site.output.rglob("*.html"):
        assert "Chân trang mới" in page.read_text(encoding="utf-8"), page
    clean = site.build(output=tmp_path / "clean")
    assert tree_digest(site.output) == tree_digest(tmp_path / "clean")
