"""Rebuilding into an existing output: unchanged files are left alone, pages whose inputs did
not change are not rendered again, and the result is byte-identical to a clean build."""
from __future__ import annotations

import os
import re
import shutil
import time

from cchc_testlib import REPO_ROOT, describe, diff_trees, tree_digest


def changed_count(result) -> int:
    match = re.search(r"\((\d+) tệp; ghi (\d+) tệp, xóa \d+ tệp cũ\)", result.stdout)
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
        if page.parent.name == "man-hinh":
            continue  # the desk screen is a whole document of its own (desk-screen.mustache)
        assert "Chân trang mới" in page.read_text(encoding="utf-8"), page
    clean = site.build(output=tmp_path / "clean")
    assert tree_digest(site.output) == tree_digest(tmp_path / "clean")


# Quick rebuilds: after an edit of article text only, `cchc build` redoes only the article's
# page, its feeds and its search entries, and the result is still a clean build's, byte for byte.

QUICK = "Dựng nhanh: chỉ làm lại"
SAMPLE = REPO_ROOT / "content"
ARTICLE = "tin-bai/2026-10-15-ket-qua-khao-sat.md"


def assert_same_as_clean(site, tmp_path, *extra):
    """Builds the content again into a new folder and compares it with the site's output."""
    shutil.rmtree(tmp_path / "clean", ignore_errors=True)
    (tmp_path / ".clean.cchc-cache").unlink(missing_ok=True)
    clean = site.build(*extra, output=tmp_path / "clean")
    assert clean.returncode == 0, describe(clean)
    differences = diff_trees(tree_digest(tmp_path / "clean"), tree_digest(site.output))
    assert not differences, "the rebuild differs from a clean build: " + ", ".join(differences[:10])
    return clean


def test_an_edit_of_article_text_is_rebuilt_quickly_and_equals_a_clean_build(make_site, tmp_path):
    site = make_site(SAMPLE)
    assert site.build().returncode == 0
    newest = "tin-bai/2026-11-24-doi-thoai-voi-nguoi-dan-ve-cai-cach-hanh-chinh.md"  # the newest published one
    site.write(newest, site.read(newest) + "\nĐoạn bổ sung với từ khóa mới toanhkhongtrung.\n")
    result = site.build()
    assert result.returncode == 0, describe(result)
    assert QUICK in result.stdout and "1 bài" in result.stdout, result.stdout
    assert 0 < changed_count(result) < 40, result.stdout
    assert "toanhkhongtrung" in (site.output / "rss.xml").read_text(encoding="utf-8"), "the column feed carries the edit"
    keys = list((site.output / "tim-kiem" / "bai" / "k").glob("toanhkhongtrung.*.json"))
    assert len(keys) == 1, "the new word is in the search index"
    assert_same_as_clean(site, tmp_path)


def test_a_new_date_for_the_newest_article_equals_a_clean_build(make_site, tmp_path):
    """The footer's year, the feeds and every list read the newest article's date: a rebuild
    after it changes (a new time that keeps its place, then a year earlier, so that another
    article becomes the newest) must still be a clean build's, whatever path it takes."""
    site = make_site(SAMPLE)
    assert site.build().returncode == 0
    newest = "tin-bai/2026-11-24-doi-thoai-voi-nguoi-dan-ve-cai-cach-hanh-chinh.md"
    site.write(newest, site.read(newest).replace("ngay: 2026-11-24 10:30", "ngay: 2026-11-24 11:45"))
    assert site.build().returncode == 0
    assert_same_as_clean(site, tmp_path)
    site.write(newest, site.read(newest).replace("ngay: 2026-11-24 11:45", "ngay: 2025-11-24 11:45"))
    assert site.build().returncode == 0
    assert_same_as_clean(site, tmp_path)


def test_several_quick_edits_in_a_row_stay_equal_to_a_clean_build(make_site, tmp_path):
    site = make_site(SAMPLE)
    assert site.build().returncode == 0
    articles = sorted(p.relative_to(site.content).as_posix() for p in site.path("tin-bai").rglob("*.md")
                      if "ban_nhap" not in p.read_text(encoding="utf-8") and not p.name.startswith("2026-12"))
    # A word added, then taken out again (its postings file goes away), then another article.
    site.write(articles[0], site.read(articles[0]) + "\nTừ lạ xyzquick một lần.\n")
    assert QUICK in site.build().stdout
    site.write(articles[0], site.read(articles[0]).replace("\nTừ lạ xyzquick một lần.\n", "\nCâu khác.\n"))
    assert QUICK in site.build().stdout
    assert not list((site.output / "tim-kiem" / "bai" / "k").glob("xyzquick.*.json"))
    site.write(articles[3], site.read(articles[3]) + "\n## Mục mới\n\nNội dung của mục mới.\n")
    assert QUICK in site.build().stdout
    assert_same_as_clean(site, tmp_path)


def test_a_title_edit_of_an_article_on_the_home_page_is_quick_and_remakes_the_home_page(site, tmp_path):
    assert site.build().returncode == 0
    procedure_page = site.output / "thu-tuc" / "1.001193" / "index.html"
    procedure_mtime = procedure_page.stat().st_mtime_ns
    site.replace(ARTICLE, "Kết quả khảo sát mức độ hài lòng quý III", "Kết quả khảo sát quý III")
    result = site.build()
    assert result.returncode == 0, describe(result)
    assert QUICK in result.stdout, "the home page is made again from the data the last build kept"
    home = (site.output / "index.html").read_text(encoding="utf-8")
    assert "Kết quả khảo sát quý III" in home
    assert "Kết quả khảo sát quý III" in (site.output / "tin-bai" / "index.html").read_text(encoding="utf-8")
    assert procedure_page.stat().st_mtime_ns == procedure_mtime, "procedure pages are not made again"
    assert_same_as_clean(site, tmp_path)
    # The procedures the home page counts still come from the last full build: a procedure edit
    # is a full build, and the home page shows the new count.
    online_before = re.search(r"<strong>(\d+)</strong> thủ tục nộp trực tuyến", home).group(1)
    site.replace("thu-tuc/trich-luc.md", "dvc_truc_tuyen: muc_do_3", "dvc_truc_tuyen: toan_trinh")
    time.sleep(0.2)  # past the window in which a just-written file counts as unknown
    result = site.build()
    assert result.returncode == 0 and QUICK not in result.stdout, describe(result)
    home = (site.output / "index.html").read_text(encoding="utf-8")
    online_after = re.search(r"<strong>(\d+)</strong> thủ tục nộp trực tuyến", home).group(1)
    assert int(online_after) == int(online_before) + 1, (online_before, online_after)
    site.replace(ARTICLE, "Kết quả khảo sát quý III", "Kết quả khảo sát quý ba")
    result = site.build()
    assert result.returncode == 0 and QUICK in result.stdout, describe(result)
    assert_same_as_clean(site, tmp_path)


def test_a_title_and_summary_edit_remakes_the_lists_neighbours_and_search_metadata(make_site, tmp_path):
    site = make_site(SAMPLE)
    assert site.build().returncode == 0
    older = "tin-bai/2026-09-10-huong-dan-dang-ky-khai-sinh-truc-tuyen-cho-tre.md"
    site.replace(older, "Hướng dẫn đăng ký khai sinh trực tuyến cho trẻ", "Cách đăng ký khai sinh trực tuyến cho trẻ em")
    site.replace(older, "Cha mẹ có tài khoản định danh", "Cha, mẹ có tài khoản định danh")
    result = site.build()
    assert result.returncode == 0 and QUICK in result.stdout, describe(result)
    lists = [p for p in site.output.rglob("index.html")
             if "Cách đăng ký khai sinh trực tuyến cho trẻ em" in p.read_text(encoding="utf-8")]
    assert len(lists) >= 4, "its page, a neighbour, the article list and its categories' and tags' lists"
    metadata = list((site.output / "tim-kiem" / "bai" / "m").glob("*.json"))
    assert any("Cách đăng ký khai sinh" in p.read_text(encoding="utf-8") for p in metadata)
    assert_same_as_clean(site, tmp_path)
    # Its date moves it in every list: a full build.
    site.replace(older, "ngay: 2026-09-10", "ngay: 2026-09-11")
    result = site.build()
    assert result.returncode == 0 and "Dựng nhanh" not in result.stdout, describe(result)
    assert_same_as_clean(site, tmp_path)


def test_an_author_edit_is_quick_too(site, tmp_path):
    assert site.build().returncode == 0
    site.replace("tin-bai/2026-10-01-hoi-nghi.md", 'tac_gia: "Văn phòng UBND xã"', 'tac_gia: "Bộ phận một cửa xã"')
    result = site.build()
    assert result.returncode == 0 and QUICK in result.stdout, "the author shows only on the article's page"
    assert "Bộ phận một cửa xã" in (site.output / "tin-bai" / "hoi-nghi" / "index.html").read_text(encoding="utf-8")
    assert_same_as_clean(site, tmp_path)


def test_a_quick_rebuild_reports_the_warnings_a_full_build_would(site, tmp_path):
    assert site.build().returncode == 0
    site.write(ARTICLE, site.read(ARTICLE) + "\nXem [tài liệu](../tep/khong-co.pdf).\n")
    quick = site.build()
    assert quick.returncode == 0 and QUICK in quick.stdout, describe(quick)
    assert "tep/khong-co.pdf" in quick.stderr and f"content/{ARTICLE}:" in quick.stderr
    clean = assert_same_as_clean(site, tmp_path)
    assert quick.stderr == clean.stderr, "same warnings, same order"
    site.write(ARTICLE, site.read(ARTICLE).replace("\nXem [tài liệu](../tep/khong-co.pdf).\n", "\n"))
    fixed = site.build()
    assert QUICK in fixed.stdout and "khong-co.pdf" not in fixed.stderr, describe(fixed)


def test_an_error_in_the_edited_article_keeps_the_output(site):
    site.build_ok()
    site.write(ARTICLE, site.read(ARTICLE).replace("ngay: 2026-10-15", "ngay: 2026-13-45"))
    result = site.build()
    assert result.returncode != 0
    assert f"content/{ARTICLE}:3:" in result.stderr, result.stderr
    assert tree_digest(site.output) == site.snapshot, "a failed build leaves the output alone"


def test_an_emptied_output_is_made_again(site, tmp_path):
    assert site.build().returncode == 0
    for entry in site.output.iterdir():
        shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    site.write(ARTICLE, site.read(ARTICLE) + "\nThêm một câu.\n")
    result = site.build()
    assert result.returncode == 0, describe(result)
    assert "Dựng nhanh" not in result.stdout, "the output is not what the state describes: full build"
    assert_same_as_clean(site, tmp_path)


def test_full_makes_again_a_page_deleted_by_hand(site, tmp_path):
    assert site.build().returncode == 0
    (site.output / "tin-bai" / "hoi-nghi" / "index.html").unlink()
    (site.output / "sitemap.xml").unlink()
    result = site.build()
    assert result.returncode == 0 and "Dựng nhanh" not in result.stdout, "a top-level file is missing: full build"
    assert (site.output / "sitemap.xml").exists() and (site.output / "tin-bai" / "hoi-nghi" / "index.html").exists()
    (site.output / "tin-bai" / "hoi-nghi" / "index.html").unlink()
    result = site.build("--full")
    assert result.returncode == 0 and "Dựng nhanh" not in result.stdout, describe(result)
    assert_same_as_clean(site, tmp_path)


def test_an_unchanged_rebuild_and_a_touched_file_write_nothing(site):
    assert site.build().returncode == 0
    time.sleep(0.2)  # past the window in which a just-written file counts as unknown
    result = site.build()
    assert "Dựng nhanh: nội dung và giao diện không đổi" in result.stdout and changed_count(result) == 0
    os.utime(site.path(ARTICLE))
    result = site.build()
    assert QUICK in result.stdout and changed_count(result) == 0, result.stdout


def test_an_edit_that_puts_back_size_and_time_is_still_seen(site, tmp_path):
    assert site.build().returncode == 0
    path = site.path(ARTICLE)
    before = path.stat()
    text = site.read(ARTICLE)
    changed = text.replace("98% người dân hài lòng.", "97% người dân hài lòng.")
    assert len(changed.encode()) == len(text.encode()) and changed != text
    time.sleep(0.2)
    site.write(ARTICLE, changed)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `cp -p` or `touch -d` would
    result = site.build()
    assert result.returncode == 0, describe(result)
    assert "97% người dân" in (site.output / "tin-bai" / "ket-qua-khao-sat" / "index.html").read_text(encoding="utf-8")
    assert_same_as_clean(site, tmp_path)


def test_a_scheduled_article_appears_when_its_time_comes(site, tmp_path):
    early = "2026-10-10 08:00"
    assert site.build("--now", early).returncode == 0
    assert not (site.output / "tin-bai" / "ket-qua-khao-sat").exists()
    site.write("tin-bai/2026-10-01-hoi-nghi.md", site.read("tin-bai/2026-10-01-hoi-nghi.md") + "\nCâu thêm.\n")
    result = site.build()  # the default --now is after the article's date
    assert result.returncode == 0, describe(result)
    assert "Dựng nhanh" not in result.stdout
    assert (site.output / "tin-bai" / "ket-qua-khao-sat" / "index.html").exists()
    assert_same_as_clean(site, tmp_path)


def test_deleting_the_build_state_is_safe(site, tmp_path):
    assert site.build().returncode == 0
    state = site.output.parent / f".{site.output.name}.cchc-cache"
    assert state.exists()
    state.write_bytes(b"\x01garbage")
    site.write(ARTICLE, site.read(ARTICLE) + "\nCâu mới.\n")
    result = site.build()
    assert result.returncode == 0 and "Dựng nhanh" not in result.stdout, describe(result)
    state.unlink()
    assert site.build().returncode == 0
    assert_same_as_clean(site, tmp_path)


def test_editor_swap_files_do_not_stop_a_quick_rebuild(site, tmp_path):
    assert site.build().returncode == 0
    site.write("tin-bai/.2026-10-15-ket-qua-khao-sat.md.swp", b"\x00vim swap")
    site.write("tin-bai/#2026-10-15-ket-qua-khao-sat.md#", "bản lưu tạm của Emacs")
    site.write(ARTICLE, site.read(ARTICLE) + "\nCâu sửa khi trình soạn thảo còn mở.\n")
    result = site.build()
    assert result.returncode == 0 and QUICK in result.stdout, describe(result)
    assert_same_as_clean(site, tmp_path)


def test_the_page_cache_of_earlier_versions_is_removed(site):
    legacy = site.output.parent / f".{site.output.name}.cchc-cache.json"
    legacy.write_text('{"v": 1}', encoding="utf-8")
    assert site.build().returncode == 0
    assert not legacy.exists()
    assert (site.output.parent / f".{site.output.name}.cchc-cache").exists()
