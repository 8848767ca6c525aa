"""`cchc bao-cao`: the terminal table, and with `--ra` the printable HTML report (valid HTML,
one chart, A4), the CSV and the XLSX (read back with openpyxl), on the sample ward. The counts themselves are checked
against a content folder with known numbers in Tests/CCHCCoreTests/PublishingReportTests."""
from __future__ import annotations

import csv
import io
import re

import pytest

from cchc_testlib import REPO_ROOT, describe, read_site_yml, run_cchc


@pytest.fixture(scope="module")
def report(cchc_bin, tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    result = run_cchc(cchc_bin, ["bao-cao", "--content", str(REPO_ROOT / "content"), "--theme", str(REPO_ROOT / "theme"),
                                 "--quy", "4", "--nam", "2026", "--ra", str(out)])
    assert result.returncode == 0, describe(result)
    return result.stdout, out


def table_rows(stdout: str) -> dict[str, list[int]]:
    """Month label → [articles, audio, bulletins, dialogues] as the terminal prints them."""
    rows = {}
    for line in stdout.splitlines():
        match = re.fullmatch(r"(\d{1,2}/\d{4}|Cả kỳ)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*", line)
        if match:
            rows[match[1]] = [int(n) for n in match.groups()[1:]]
    return rows


def test_the_csv_has_the_numbers_the_terminal_shows_and_opens_in_excel(report):
    stdout, out = report
    data = (out / "bao-cao-quy-4-2026.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "a byte order mark, so that Excel reads UTF-8"
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"))))
    assert rows[0][:2] == ["Báo cáo đăng tin", "Quý 4/2026"]
    months = {r[0]: [int(n) for n in r[1:5]] for r in rows if re.fullmatch(r"\d{1,2}/\d{4}", r[0])}
    terminal = table_rows(stdout)
    assert list(months) == ["10/2026", "11/2026", "12/2026"]
    assert all(months[m] == terminal[m] for m in months), (months, terminal)
    targets = [r for r in rows if r and r[0].startswith("Tin bài – tháng")]
    assert [t[1] for t in targets] == ["4", "4", "4"] and all(t[3] in ("Đạt", "Chưa đạt") for t in targets)
    # Per category, month by month, as the terminal lists them.
    printed = dict(re.findall(r"^  (.+): (\d+, \d+, \d+)$", stdout, re.M))
    start = rows.index(["Chuyên mục", "10/2026", "11/2026", "12/2026"])
    end = next(i for i, r in enumerate(rows) if r and r[0] == "Thủ tục thay đổi")
    assert end - start - 1 == len(read_site_yml(REPO_ROOT / "content")["chuyen_muc"]), "a row per declared category"
    for row in rows[start + 1:end]:
        assert ", ".join(row[1:4]) == printed.get(row[0], "0, 0, 0"), row
    header = rows.index(["Ngày", "Loại", "Tiêu đề", "Địa chỉ"])
    items = rows[header + 1:]
    articles = sum(1 for r in items if r[1] == "Tin bài")
    assert articles == terminal["Cả kỳ"][0]
    assert all(r[3].startswith("https://") for r in items)


def test_the_html_report_is_valid_and_prints_on_a4(report, tmp_path):
    from test_print import assert_a4_portrait, norm, print_pdf
    from test_search_browser import nu_errors
    _, out = report
    page = out / "bao-cao-quy-4-2026.html"
    html = page.read_text(encoding="utf-8")
    assert nu_errors(html) == []
    assert html.count("<svg") == 1 and html.count('<rect ') == 3, "one bar per month"
    assert "Chỉ tiêu 4 bài/tháng" in html, "the target line is labelled"
    assert not re.search(r'(src|href)="(?!https://chilinh\.haiphong\.gov\.vn/)', html), "nothing loaded from elsewhere"
    import shutil
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("needs chromium")
    pdf = print_pdf(browser, page.as_uri(), tmp_path / "bao-cao.pdf")
    assert_a4_portrait(pdf)
    assert "Quý 4/2026" in norm(pdf.text())


def test_a_period_must_be_named(cchc_bin):
    result = run_cchc(cchc_bin, ["bao-cao", "--content", str(REPO_ROOT / "content"), "--quy", "5", "--nam", "2026"])
    assert result.returncode != 0 and "--quy cần một số từ 1 đến 4" in result.stderr, describe(result)


def test_the_xlsx_opens_in_openpyxl_with_numbers_as_numbers(report, cchc_bin, tmp_path):
    openpyxl = pytest.importorskip("openpyxl", reason="pip install -r e2e/requirements.txt (openpyxl)")
    stdout, out = report
    workbook = openpyxl.load_workbook(out / "bao-cao-quy-4-2026.xlsx")
    sheet = workbook.active
    assert sheet.title == "Báo cáo"
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][:2] == ["Báo cáo đăng tin", "Quý 4/2026"]
    months = {r[0]: r[1:5] for r in rows if isinstance(r[0], str) and re.fullmatch(r"\d{1,2}/\d{4}", r[0])}
    terminal = table_rows(stdout)
    assert months and all(months[m] == terminal[m] for m in months), (months, terminal)
    assert all(isinstance(n, int) for m in months.values() for n in m), "counts are numbers Excel can sum"
    targets = [r for r in rows if isinstance(r[0], str) and r[0].startswith("Tin bài – tháng")]
    assert [t[1] for t in targets] == [4, 4, 4]
    # The same content gives the same bytes.
    again = tmp_path / "again"
    result = run_cchc(cchc_bin, ["bao-cao", "--content", str(REPO_ROOT / "content"), "--theme", str(REPO_ROOT / "theme"),
                                 "--quy", "4", "--nam", "2026", "--ra", str(again)])
    assert result.returncode == 0, describe(result)
    for name in ("bao-cao-quy-4-2026.xlsx", "bao-cao-quy-4-2026.csv", "bao-cao-quy-4-2026.html"):
        assert (again / name).read_bytes() == (out / name).read_bytes(), name


def test_a_range_of_days_is_read_as_content_dates_are(cchc_bin):
    result = run_cchc(cchc_bin, ["bao-cao", "--content", str(REPO_ROOT / "content"), "--tu", "2026-10-01", "--den", "2026-10-31"])
    assert result.returncode == 0 and result.stdout.startswith("Báo cáo đăng tin 01/10/2026 – 31/10/2026"), describe(result)
    assert table_rows(result.stdout).keys() == {"10/2026", "Cả kỳ"}
    wrong = run_cchc(cchc_bin, ["bao-cao", "--content", str(REPO_ROOT / "content"), "--tu", "2026-02-30", "--den", "2026-10-31"])
    assert wrong.returncode != 0 and "phải là ngày dạng YYYY-MM-DD" in wrong.stderr, describe(wrong)


def test_the_html_report_has_no_axe_violations(report):
    from test_search_browser import axe_violations
    from test_share_script import headless_chromium
    _, out = report
    browser = headless_chromium("--window-size=1280,900")
    try:
        browser.get((out / "bao-cao-quy-4-2026.html").as_uri())
        assert axe_violations(browser) == []
    finally:
        browser.quit()
