"""Bad content: every problem is reported as `PATH:LINE: message` (Vietnamese), the build
exits 1, and the output of the previous good build is left byte-for-byte intact.

Each test copies the minimal site, builds it into `public/`, breaks one thing, rebuilds into
the same folder and checks the report and the folder."""

from __future__ import annotations

import re
import shutil

import pytest

from cchc_testlib import REPO_ROOT, SiteDir, describe, diff_trees, tree_digest

ARTICLE = "tin-bai/2026-10-01-hoi-nghi.md"
ARTICLE2 = "tin-bai/2026-10-15-ket-qua-khao-sat.md"
PROCEDURE = "thu-tuc/khai-sinh.md"
PROCEDURE2 = "thu-tuc/trich-luc.md"
HOTLINE = "duong-day-nong/duong-day-nong.md"
PAGE = "trang/gioi-thieu.md"
SITE = "site.yml"

SUMMARY = "Không tạo được trang"


def problem_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def find_problem(stderr: str, path: str, line: int, fragment: str, warning: bool = False) -> str | None:
    """The stderr line `path:line: [cảnh báo: ]…fragment…`, if any."""
    prefix = f"{path}:{line}: " + ("cảnh báo: " if warning else "")
    for text in problem_lines(stderr):
        if text.startswith(prefix) and fragment in text:
            if not warning and text.startswith(f"{path}:{line}: cảnh báo:"):
                continue
            return text
    return None


def assert_reported(result, path: str, line: int, fragment: str, warning: bool = False) -> None:
    found = find_problem(result.stderr, path, line, fragment, warning)
    kind = "warning" if warning else "error"
    assert found, (
        f"expected an {kind} starting `{path}:{line}: ` containing {fragment!r}\n" + describe(result)
    )


def assert_rejected(site: SiteDir, expected: list[tuple[str, int, str]], *extra: str):
    """Rebuilds the broken site into the folder of the last good build; checks exit 1, every
    expected `PATH:LINE:` problem, the summary line, and the untouched output."""
    assert site.snapshot is not None, "call site.build_ok() before breaking the content"
    result = site.build(*extra)
    assert result.returncode == 1, "a build with content errors must exit 1\n" + describe(result)
    for path, line, fragment in expected:
        assert_reported(result, path, line, fragment)
    lines = problem_lines(result.stderr)
    assert lines and lines[-1].startswith(SUMMARY), "the last line must be the summary\n" + describe(result)
    match = re.search(r"(\d+) lỗi", lines[-1])
    assert match and int(match[1]) >= len(expected), "the summary must count the errors\n" + describe(result)
    for text in lines[:-1]:
        assert re.match(r"^\S.*?:(\d+:)? ", text), f"problem line not in PATH:LINE: form: {text!r}"
    problems = diff_trees(site.snapshot, tree_digest(site.output))
    assert not problems, "a failed build must leave the output untouched:\n" + "\n".join(problems[:30])
    assert not site.leftovers(), f"staging folders left beside the output: {site.leftovers()}"
    return result


def c(rel: str) -> str:
    """A content file's path as cchc prints it (the content folder was passed as `content`)."""
    return f"content/{rel}"


# --------------------------------------------------------------------------- YAML


def test_yaml_syntax_error_in_article(site):
    site.build_ok()
    line = site.line_of(ARTICLE, "tac_gia:")
    site.replace(ARTICLE, 'tac_gia: "Văn phòng UBND xã"', "tac_gia: Văn phòng: UBND xã")
    assert_rejected(site, [(c(ARTICLE), line, "YAML")])


def test_yaml_syntax_error_in_site_yml(site):
    site.build_ok()
    line = site.line_of(SITE, "mo_ta:")
    site.replace(SITE, 'mo_ta: "Tin tức,', "mo_ta: Chú ý: Tin tức,")
    assert_rejected(site, [(c(SITE), line, "YAML")])


def test_yaml_duplicated_key(site):
    """A key written twice (copy-paste) is reported on the second occurrence, on one line,
    in Vietnamese (not libyaml's English dump of the whole front matter)."""
    site.build_ok()
    site.insert_after(ARTICLE, "tac_gia:", 'tieu_de: "Tiêu đề thứ hai"')
    line = site.line_of(ARTICLE, 'tieu_de: "Tiêu đề thứ hai"')
    assert_rejected(site, [(c(ARTICLE), line, "lặp")])


def test_yaml_unclosed_quote_names_the_file(site):
    site.build_ok()
    site.replace(PROCEDURE, 'ten: "Thủ tục đăng ký khai sinh"', 'ten: "Thủ tục đăng ký khai sinh')
    result = site.build()
    assert result.returncode == 1, describe(result)
    assert any(l.startswith(f"{c(PROCEDURE)}:") and "YAML" in l for l in problem_lines(result.stderr)), describe(result)
    assert not diff_trees(site.snapshot, tree_digest(site.output))


def test_front_matter_not_closed(site):
    site.build_ok()
    text = site.read(PAGE)
    site.write(PAGE, text.replace("thu_tu: 1\n---\n", "thu_tu: 1\n"))
    assert_rejected(site, [(c(PAGE), 1, "---")])


# --------------------------------------------------------------------------- required fields


def test_missing_article_title(site):
    site.build_ok()
    site.remove_line(ARTICLE, "tieu_de:")
    # The front matter (the YAML mapping) starts on line 2, right after the opening `---`.
    assert_rejected(site, [(c(ARTICLE), 2, 'thiếu trường bắt buộc "tieu_de"')])


def test_missing_procedure_code(site):
    site.build_ok()
    site.remove_line(PROCEDURE, "ma:")
    assert_rejected(site, [(c(PROCEDURE), 2, '"ma"')])


def test_missing_hotline_title(site):
    site.build_ok()
    site.remove_line(HOTLINE, "tieu_de:")
    assert_rejected(site, [(c(HOTLINE), 2, '"tieu_de"')])


def test_missing_site_unit_name(site):
    site.build_ok()
    site.remove_line(SITE, "ten_don_vi:")
    # site.yml has no `---`: its mapping starts at its first key (line 3, after two comments).
    assert_rejected(site, [(c(SITE), 3, '"ten_don_vi"')])


def test_hotline_entry_without_phone_or_email(site):
    site.build_ok()
    site.remove_line(HOTLINE, '    dien_thoai: "1022"')
    line = site.line_of(HOTLINE, '- don_vi: "Tổng đài dịch vụ công"')
    assert_rejected(site, [(c(HOTLINE), line, "dien_thoai")])


# --------------------------------------------------------------------------- wrong types and values


def test_wrong_type_int_in_site_yml(site):
    site.build_ok()
    line = site.line_of(SITE, "so_bai_moi_trang:")
    site.replace(SITE, "so_bai_moi_trang: 10", "so_bai_moi_trang: nhieu")
    assert_rejected(site, [(c(SITE), line, '"so_bai_moi_trang"')])


def test_wrong_type_cach_thuc_string(site):
    site.build_ok()
    text = site.read(PROCEDURE)
    start = text.index("cach_thuc:")
    end = text.index("ket_qua:")
    site.write(PROCEDURE, text[:start] + 'cach_thuc: "abc"\n' + text[end:])
    line = site.line_of(PROCEDURE, "cach_thuc:")
    assert_rejected(site, [(c(PROCEDURE), line, '"cach_thuc"')])


def test_wrong_type_bool(site):
    site.build_ok()
    site.insert_after(ARTICLE, "tac_gia:", "ban_nhap: chua biet")
    line = site.line_of(ARTICLE, "ban_nhap:")
    assert_rejected(site, [(c(ARTICLE), line, '"ban_nhap"')])


def test_invalid_choice_dvc_truc_tuyen(site):
    site.build_ok()
    line = site.line_of(PROCEDURE, "dvc_truc_tuyen:")
    site.replace(PROCEDURE, "dvc_truc_tuyen: toan_trinh", "dvc_truc_tuyen: muc_do_9")
    assert_rejected(site, [(c(PROCEDURE), line, "muc_do_9")])


def test_invalid_date(site):
    site.build_ok()
    line = site.line_of(ARTICLE, "ngay:")
    site.replace(ARTICLE, "ngay: 2026-10-01 08:30", "ngay: 2026-13-45")
    assert_rejected(site, [(c(ARTICLE), line, "2026-13-45")])


def test_invalid_nested_date(site):
    site.build_ok()
    line = site.line_of(PROCEDURE, "ngay_ban_hanh:")
    site.replace(PROCEDURE, "ngay_ban_hanh: 2014-11-20", "ngay_ban_hanh: 2014-02-30")
    assert_rejected(site, [(c(PROCEDURE), line, "2014-02-30")])


def test_unknown_category(site):
    site.build_ok()
    line = site.line_of(ARTICLE, "chuyen_muc:")
    site.replace(ARTICLE, "chuyen_muc: tin-hoat-dong", "chuyen_muc: tin-hoat-dongg")
    result = assert_rejected(site, [(c(ARTICLE), line, '"tin-hoat-dongg"')])
    assert find_problem(result.stderr, c(ARTICLE), line, '"tin-hoat-dong"'), "should suggest the declared category"


def test_unknown_category_in_list(site):
    site.build_ok()
    line = site.line_of(ARTICLE2, "chuyen_muc:")
    site.replace(ARTICLE2, "  - huong-dan-thu-tuc", "  - hoi-dap")
    assert_rejected(site, [(c(ARTICLE2), line, '"hoi-dap"')])


# --------------------------------------------------------------------------- uniqueness


def test_duplicated_procedure_code(site):
    site.build_ok()
    duplicate = "thu-tuc/zz-khai-sinh-ban-sao.md"  # sorts after khai-sinh.md
    site.copy(PROCEDURE, duplicate)
    site.replace(duplicate, 'ten: "Thủ tục đăng ký khai sinh"', 'ten: "Thủ tục đăng ký khai sinh (bản sao)"')
    # The duplicated code is written on the `ma:` line of the second file.
    line = site.line_of(duplicate, "ma:")
    result = assert_rejected(site, [(c(duplicate), line, "1.001193")])
    assert find_problem(result.stderr, c(duplicate), line, c(PROCEDURE)), "should name the other file\n" + result.stderr


def test_duplicated_procedure_code_reported_at_any_line(site):
    """Weaker form of the test above: the duplicate is reported in the second file (any line)."""
    site.build_ok()
    duplicate = "thu-tuc/zz-khai-sinh-ban-sao.md"
    site.copy(PROCEDURE, duplicate)
    result = site.build()
    assert result.returncode == 1, describe(result)
    assert any(l.startswith(f"{c(duplicate)}:") and "1.001193" in l and c(PROCEDURE) in l
               for l in problem_lines(result.stderr)), describe(result)
    assert not diff_trees(site.snapshot, tree_digest(site.output))


def test_two_articles_with_the_same_url(site):
    site.build_ok()
    other = "tin-bai/2026-10-02-hoi-nghi.md"  # folds to the same slug `hoi-nghi`
    site.copy(ARTICLE, other)
    site.replace(other, "ngay: 2026-10-01 08:30", "ngay: 2026-10-02 08:30")
    result = assert_rejected(site, [(c(other), 1, "tin-bai/hoi-nghi/")])
    assert c(ARTICLE) in result.stderr, "should name the other file"


def test_same_url_with_diacritics_in_file_name(site):
    site.build_ok()
    other = "tin-bai/2026-10-02-Hội nghị.md"
    site.copy(ARTICLE, other)
    assert_rejected(site, [(c(other), 1, "tin-bai/hoi-nghi/")])


def test_same_url_from_duong_dan(site):
    site.build_ok()
    site.insert_after(ARTICLE2, "tom_tat:", "duong_dan: hoi-nghi")
    line = site.line_of(ARTICLE2, "duong_dan:")
    # The clash comes from the `duong_dan` line, so that is the line to fix.
    assert_rejected(site, [(c(ARTICLE2), line, "tin-bai/hoi-nghi/")])


def test_invalid_duong_dan(site):
    site.build_ok()
    site.insert_after(ARTICLE2, "tom_tat:", 'duong_dan: "Kết quả khảo sát"')
    line = site.line_of(ARTICLE2, "duong_dan:")
    assert_rejected(site, [(c(ARTICLE2), line, "ket-qua-khao-sat")])


# --------------------------------------------------------------------------- referenced files


def test_missing_cover_image(site):
    site.build_ok()
    line = site.line_of(ARTICLE, "anh:")
    site.replace(ARTICLE, "anh: tep/anh/anh-bia.png", "anh: tep/anh/khong-co.jpg")
    assert_rejected(site, [(c(ARTICLE), line, "tep/anh/khong-co.jpg")])


def test_missing_audio(site):
    site.build_ok()
    site.insert_after(ARTICLE, "anh:", "am_thanh: tep/am-thanh/ban-tin.mp3")
    line = site.line_of(ARTICLE, "am_thanh:")
    assert_rejected(site, [(c(ARTICLE), line, "tep/am-thanh/ban-tin.mp3")])


def test_missing_form_file(site):
    site.build_ok()
    site.insert_after(PROCEDURE, "ngay_cap_nhat:",
                      'mau_don:\n  - ten: "Tờ khai đăng ký khai sinh"\n    tep: tep/mau-don/to-khai.docx')
    line = site.line_of(PROCEDURE, "tep: tep/mau-don/to-khai.docx")
    assert_rejected(site, [(c(PROCEDURE), line, "tep/mau-don/to-khai.docx")])


def test_missing_default_share_image(site):
    site.build_ok()
    site.insert_after(SITE, "email:", "anh_mac_dinh: tep/anh/chia-se.png")
    line = site.line_of(SITE, "anh_mac_dinh:")
    assert_rejected(site, [(c(SITE), line, "tep/anh/chia-se.png")])


@pytest.mark.parametrize("reference", ["../../etc/passwd", "../../../../../../etc/passwd"])
def test_file_outside_content(site, reference):
    site.build_ok()
    line = site.line_of(ARTICLE, "anh:")
    site.replace(ARTICLE, "anh: tep/anh/anh-bia.png", f"anh: {reference}")
    assert_rejected(site, [(c(ARTICLE), line, "ngoài thư mục nội dung")])


# --------------------------------------------------------------------------- base_url


@pytest.mark.parametrize("value", ["/cchc/", "ftp://x", "xa.example.gov.vn/cchc/"])
def test_base_url_not_absolute_http(site, value):
    site.build_ok()
    line = site.line_of(SITE, "base_url:")
    site.replace(SITE, 'base_url: "https://xa.example.gov.vn/cchc/"', f'base_url: "{value}"')
    assert_rejected(site, [(c(SITE), line, "base_url")])


def test_base_url_option_not_absolute(site):
    site.build_ok()
    result = site.build("--base-url", "ftp://x")
    assert result.returncode == 1, describe(result)
    assert any(l.startswith("--base-url") and "ftp://x" in l for l in problem_lines(result.stderr)), describe(result)
    assert not diff_trees(site.snapshot, tree_digest(site.output))


# --------------------------------------------------------------------------- encodings and empty files


def test_invalid_utf8(site):
    site.build_ok()
    lines = site.path(ARTICLE).read_bytes().split(b"\n")
    lines[2] = lines[2] + b" \xff\xfe"  # line 3
    site.write(ARTICLE, b"\n".join(lines))
    assert_rejected(site, [(c(ARTICLE), 3, "UTF-8")])


def test_invalid_utf8_in_site_yml(site):
    site.build_ok()
    lines = site.path(SITE).read_bytes().split(b"\n")
    lines[4] = b"mo_ta: \"x\xc3\x28\""  # line 5: a truncated two-byte sequence
    site.write(SITE, b"\n".join(lines))
    assert_rejected(site, [(c(SITE), 5, "UTF-8")])


def test_empty_file(site):
    site.build_ok()
    site.write(PAGE, "")
    assert_rejected(site, [(c(PAGE), 1, "rỗng")])


def test_whitespace_only_file(site):
    site.build_ok()
    site.write(PROCEDURE2, "\n  \n\t\n")
    assert_rejected(site, [(c(PROCEDURE2), 1, "rỗng")])


def test_utf8_bom_is_accepted(site):
    site.write(ARTICLE, b"\xef\xbb\xbf" + site.path(ARTICLE).read_bytes())
    result = site.build()
    assert result.returncode == 0, describe(result)
    assert (site.output / "tin-bai" / "hoi-nghi" / "index.html").is_file()


def test_crlf_line_endings_are_accepted(site):
    site.write(ARTICLE, site.read(ARTICLE).replace("\n", "\r\n"))
    result = site.build()
    assert result.returncode == 0, describe(result)


# --------------------------------------------------------------------------- all at once


def test_errors_in_several_files_are_all_reported(site):
    site.build_ok()
    expected = []
    expected.append((c(SITE), site.line_of(SITE, "so_bai_moi_trang:"), '"so_bai_moi_trang"'))
    site.replace(SITE, "so_bai_moi_trang: 10", "so_bai_moi_trang: nhieu")
    expected.append((c(ARTICLE), site.line_of(ARTICLE, "ngay:"), "2026-13-45"))
    site.replace(ARTICLE, "ngay: 2026-10-01 08:30", "ngay: 2026-13-45")
    expected.append((c(ARTICLE), site.line_of(ARTICLE, "anh:"), "tep/anh/khong-co.jpg"))
    site.replace(ARTICLE, "anh: tep/anh/anh-bia.png", "anh: tep/anh/khong-co.jpg")
    expected.append((c(ARTICLE2), site.line_of(ARTICLE2, "tom_tat:"), "YAML"))
    site.replace(ARTICLE2, 'tom_tat: "98% người dân', "tom_tat: Chú ý: 98% người dân")
    site.remove_line(PROCEDURE, "ma:")
    expected.append((c(PROCEDURE), 2, '"ma"'))
    site.remove_line(HOTLINE, "tieu_de:")
    expected.append((c(HOTLINE), 2, '"tieu_de"'))
    site.write(PAGE, "")
    expected.append((c(PAGE), 1, "rỗng"))
    result = assert_rejected(site, expected)
    summary = problem_lines(result.stderr)[-1]
    assert f"{len(expected)} lỗi" in summary, describe(result)


def test_document_errors_reported_even_when_site_yml_is_broken(site):
    """An editor who fixes base_url must not then discover the other errors one build later."""
    site.build_ok()
    site.replace(SITE, 'base_url: "https://xa.example.gov.vn/cchc/"', 'base_url: "/cchc/"')
    site.replace(ARTICLE, "ngay: 2026-10-01 08:30", "ngay: 2026-13-45")
    assert_rejected(site, [
        (c(SITE), site.line_of(SITE, "base_url:"), "base_url"),
        (c(ARTICLE), site.line_of(ARTICLE, "ngay:"), "2026-13-45"),
    ])


def test_problems_are_sorted_by_file_and_line(site):
    site.build_ok()
    site.replace(ARTICLE, "anh: tep/anh/anh-bia.png", "anh: tep/anh/khong-co.jpg")
    site.replace(ARTICLE, "ngay: 2026-10-01 08:30", "ngay: 2026-13-45")
    site.remove_line(PROCEDURE, "ma:")
    result = site.build()
    assert result.returncode == 1
    located = []
    for text in problem_lines(result.stderr)[:-1]:
        m = re.match(r"^(.*?):(\d+): ", text)
        assert m, text
        located.append((m[1], int(m[2])))
    assert located == sorted(located), describe(result)


# --------------------------------------------------------------------------- paths as passed


def test_path_printed_as_passed_absolute(site):
    site.build_ok()
    site.replace(ARTICLE, "ngay: 2026-10-01 08:30", "ngay: 2026-13-45")
    result = site.build(content_arg=str(site.content))
    assert result.returncode == 1, describe(result)
    assert_reported(result, f"{site.content}/{ARTICLE}", 3, "2026-13-45")


def test_path_printed_as_passed_with_trailing_slash(site):
    site.build_ok()
    site.replace(ARTICLE, "ngay: 2026-10-01 08:30", "ngay: 2026-13-45")
    result = site.build(content_arg="./content/")
    assert result.returncode == 1, describe(result)
    assert_reported(result, f"./content/{ARTICLE}", 3, "2026-13-45")


# --------------------------------------------------------------------------- warnings


def test_unknown_key_is_a_warning_with_suggestion(site):
    site.build_ok()
    site.insert_after(ARTICLE, "tieu_de:", 'tieu_dee: "Tiêu đề gõ nhầm"')
    line = site.line_of(ARTICLE, "tieu_dee:")
    result = site.build()
    assert result.returncode == 0, "an unknown key is only a warning\n" + describe(result)
    assert_reported(result, c(ARTICLE), line, '"tieu_de"', warning=True)
    assert_reported(result, c(ARTICLE), line, "tieu_dee", warning=True)
    assert (site.output / "tin-bai" / "hoi-nghi" / "index.html").is_file()


def test_unknown_key_with_diacritic_suggests_the_key(site):
    """`tieu_đe` instead of `tieu_de`: the title is then missing (an error) and the warning
    on the misspelt key says which key was meant."""
    site.build_ok()
    line = site.line_of(ARTICLE, "tieu_de:")
    site.replace(ARTICLE, "tieu_de:", "tieu_đe:")
    result = assert_rejected(site, [(c(ARTICLE), 2, '"tieu_de"')])
    assert_reported(result, c(ARTICLE), line, '"tieu_de"', warning=True)
    assert find_problem(result.stderr, c(ARTICLE), line, "tieu_đe", warning=True), describe(result)


def test_unknown_key_in_site_yml_and_nested_record(site):
    site.build_ok()
    site.insert_after(SITE, "so_bai_moi_trang:", "so_bai_moi_trag: 5")
    site.insert_after(PROCEDURE, "  - hinh_thuc: \"Trực tiếp\"", '    thoi_hann: "1 ngày"')
    result = site.build()
    assert result.returncode == 0, describe(result)
    assert_reported(result, c(SITE), site.line_of(SITE, "so_bai_moi_trag:"), '"so_bai_moi_trang"', warning=True)
    assert_reported(result, c(PROCEDURE), site.line_of(PROCEDURE, "thoi_hann:"), '"thoi_han"', warning=True)


def test_successful_build_replaces_output_and_leaves_no_staging(site):
    site.build_ok()
    site.replace(ARTICLE, "Hội nghị triển khai kế hoạch", "Hội nghị sơ kết kế hoạch")
    result = site.build()
    assert result.returncode == 0, describe(result)
    assert "sơ kết" in (site.output / "tin-bai" / "hoi-nghi" / "index.html").read_text(encoding="utf-8")
    assert not site.leftovers(), site.leftovers()
    # a page that no longer exists is gone from the new output
    site.path(PAGE).unlink()
    assert site.build().returncode == 0
    assert not (site.output / "trang" / "gioi-thieu").exists()


def test_failed_first_build_leaves_no_output_and_no_staging(site):
    """A first build writes its pages into a staging folder while they are made: when it
    fails (here: content errors, found before any page is made), neither the output nor the
    staging folder may be left."""
    site.remove_line(ARTICLE, "tieu_de:")
    result = site.build()
    assert result.returncode == 1, describe(result)
    assert not site.output.exists(), "a failed first build must not create the output"
    assert not site.leftovers(), site.leftovers()
    # Nor the folders it would have made for an output in a folder that does not exist yet.
    nested = site.root / "ket-qua" / "nam-2026" / "public"
    result = site.build(output=nested)
    assert result.returncode == 1, describe(result)
    assert not (site.root / "ket-qua").exists(), "a failed first build must remove the folders it made"


def test_first_build_failing_while_making_pages_leaves_nothing(site):
    """The same when the failure is found only when the pages are made (a template the
    theme does not have)."""
    theme = site.root / "theme-thieu-mau"
    shutil.copytree(REPO_ROOT / "theme", theme)
    (theme / "templates" / "hotline.mustache").unlink()
    site.theme = theme
    result = site.build()
    assert result.returncode == 1, describe(result)
    assert "hotline.mustache" in result.stderr, describe(result)
    assert not site.output.exists(), "a failed first build must not create the output"
    assert not site.leftovers(), site.leftovers()


# --------------------------------------------------------------------------- search vocabulary


def test_site_search_vocabulary_bad_lines_are_reported_with_their_lines(site):
    site.build_ok()
    site.write("tu-dien-tim-kiem.txt", "# từ của phường\nbìa hồng = khai sinh\nsổ đỏ giấy chứng nhận\nhộ khẩu =\n")
    assert_rejected(site, [
        (c("tu-dien-tim-kiem.txt"), 3, "thiếu dấu “=”"),
        (c("tu-dien-tim-kiem.txt"), 4, "thiếu từ chính thức"),
    ])


def test_site_search_vocabulary_reaches_the_index(site):
    import json
    site.write("tu-dien-tim-kiem.txt", "# từ của phường\nbìa hồng, giấy hồng = khai sinh\nbỏ qua: nhờ cán bộ\n")
    result = site.build_ok()
    assert result.returncode == 0, describe(result)
    main = site.output / "tim-kiem" / "chi-muc.json"
    index = json.loads(main.read_text(encoding="utf-8"))
    part = lambda name: json.loads((site.output / index["vocabulary"][name]).read_text(encoding="utf-8"))
    assert [["bìa hồng"], ["khai sinh"]] in part("bi")["syn"]
    assert [["giấy hồng"], ["khai sinh"]] in part("gi")["syn"]
    assert "nhờ cán bộ" in part("nh")["stop"]
    assert "xin" in part("xi")["stop"], "the built-in vocabulary stays"
    text = site.output / index["text"]
    assert text.is_file() and json.loads(text.read_text(encoding="utf-8"))["docs"]
