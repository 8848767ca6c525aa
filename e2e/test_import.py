"""`cchc nhap`: procedures brought in from the national database's records and from a
province's announcement list (XLSX built here with openpyxl, and CSV), as a ward's staff would."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import feedparser
import pytest

from cchc_testlib import REPO_ROOT, SiteDir, describe, run_cchc, tree_digest

def shared_record() -> Path:
    """The national record of the shared fixtures, read where it lies (never copied here):
    `$CCHC_SHARED_FIXTURES`, else `../shared/fixtures` beside the repository, else the
    workplace's `/work/shared/fixtures`."""
    import os
    for root in [os.environ.get("CCHC_SHARED_FIXTURES"), REPO_ROOT.parent / "shared" / "fixtures", "/work/shared/fixtures"]:
        if root and (Path(root) / "dvc" / "2.000815.json").exists():
            return Path(root) / "dvc" / "2.000815.json"
    return REPO_ROOT.parent / "shared" / "fixtures" / "dvc" / "2.000815.json"


RECORD = shared_record()
SAMPLE_FILE_OF_2_000815 = "thu-tuc/chung-thuc-ban-sao-tu-ban-chinh.md"


@pytest.fixture
def sample(cchc_bin, tmp_path) -> SiteDir:
    """A copy of the sample ward."""
    return SiteDir(cchc_bin, tmp_path / "site", REPO_ROOT / "content")


def nhap(site: SiteDir, *args: str):
    return run_cchc(site.binary, ["nhap", "--content", "content", *args], cwd=site.root)


def page_text(site: SiteDir, code: str) -> str:
    html = (site.output / "thu-tuc" / code / "index.html").read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# --------------------------------------------------------------------------- a national record


@pytest.mark.skipif(not RECORD.exists(), reason="the shared fixture is not beside the repository")
def test_national_record_becomes_a_full_procedure_page(sample):
    """A record the site lacks becomes a file and a page with its steps, its one document,
    both fees, its six legal bases and its result."""
    sample.path(SAMPLE_FILE_OF_2_000815).unlink()
    result = nhap(sample, str(RECORD))
    assert result.returncode == 0, describe(result)
    assert "Tạo mới 1 tệp" in result.stdout and "content/thu-tuc/2.000815.md" in result.stdout
    built = sample.build()
    assert built.returncode == 0, describe(built)
    html = (sample.output / "thu-tuc" / "2.000815" / "index.html").read_text(encoding="utf-8")
    text = page_text(sample, "2.000815")
    assert "Người yêu cầu chứng thực phải xuất trình bản chính giấy tờ" in text, "the steps"
    documents = re.search(r'<h2>Thành phần hồ sơ</h2>\s*<ul>(.*?)</ul>', html, re.S)
    assert documents and documents.group(1).count("<li>") == 1, "one document"
    assert "Bản chính: 1, Bản sao: 0" in text
    assert "Lệ phí: 2.000 đồng/trang" in text and "Lệ phí: 10 USD/bản" in text, "both fees"
    legal = re.search(r'<table class="legal-table">.*?<tbody>(.*?)</tbody>', html, re.S)
    assert legal and legal.group(1).count("<tr") == 6, "six legal bases"
    assert "Bản sao được chứng thực từ bản chính" in text
    assert "1 ngày làm việc" in text, "the deadline from the record's case"


@pytest.mark.skipif(not RECORD.exists(), reason="the shared fixture is not beside the repository")
def test_national_record_updates_only_what_it_carries_and_twice_changes_nothing(sample):
    """Importing into the sample updates the facts the record carries, keeps the editor's body,
    keywords and comments, and a second import changes no byte."""
    before = sample.read(SAMPLE_FILE_OF_2_000815)
    first = nhap(sample, str(RECORD))
    assert first.returncode == 0, describe(first)
    assert "Cập nhật 1 tệp" in first.stdout and "can_cu_phap_ly" in first.stdout
    assert "Giữ nguyên phần nội dung do cán bộ viết" in first.stdout
    after = sample.read(SAMPLE_FILE_OF_2_000815)
    assert after.split("\n---\n", 1)[1] == before.split("\n---\n", 1)[1], "the body is the editor's"
    for kept in ["tu_khoa:", "link_dvc:", "dia_chi_tiep_nhan:"]:
        assert kept in after, kept
    digest = tree_digest(sample.content)
    second = nhap(sample, str(RECORD))
    assert second.returncode == 0 and "Không có gì thay đổi" in second.stdout, describe(second)
    assert tree_digest(sample.content) == digest
    assert sample.build().returncode == 0


# --------------------------------------------------------------------------- an announcement list


ROWS = [
    ("A. THỦ TỤC HÀNH CHÍNH CẤP XÃ",),
    ("I. Danh mục thủ tục hành chính mới ban hành",),
    (1, "1.999001", "Thủ tục thử nghiệm mới ban hành", "05 ngày làm việc", "Không", "Hộ tịch", "Cấp xã", "Bộ phận Một cửa",
     "Luật Hộ tịch số 60/2014/QH13\nNghị định số 123/2015/NĐ-CP"),
    ("II. Danh mục thủ tục hành chính được sửa đổi, bổ sung",),
    (2, "1.001193", "Thủ tục đăng ký khai sinh", "Ngay trong ngày làm việc", "Miễn lệ phí", "Hộ tịch", "Cấp xã", "", ""),
    ("III. Danh mục thủ tục hành chính bị bãi bỏ",),
    (3, "1.004946", "", "", "", "", "Cấp xã", "", ""),
    (4, "1.999002", "Thủ tục thử nghiệm đã bãi bỏ", "", "", "Hộ tịch", "Cấp xã", "", ""),
    ("B. THỦ TỤC HÀNH CHÍNH CẤP TỈNH",),
    (5, "2.999003", "Thủ tục cấp tỉnh", "10 ngày", "Không", "Hộ tịch", "Cấp tỉnh", "", ""),
]
HEADER = ["STT", "Mã TTHC", "Tên thủ tục\nhành chính", "Thời hạn giải quyết", "Phí, lệ phí", "Lĩnh vực", "Cấp thực hiện",
          "Địa điểm thực hiện", "Căn cứ pháp lý"]


def write_annex(path: Path, rows=ROWS) -> Path:
    """An annex as provinces publish it: a title block, a two-row header with merged cells,
    an STT column, section rows merged across the table."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Phụ lục"
    sheet["A1"] = "PHỤ LỤC"
    sheet.merge_cells("A1:I1")
    sheet["A2"] = "DANH MỤC THỦ TỤC HÀNH CHÍNH (Kèm theo Quyết định số 556/QĐ-UBND ngày 09/02/2026)"
    sheet.merge_cells("A2:I2")
    for column, title in enumerate(HEADER, start=1):
        sheet.cell(row=4, column=column, value=title)
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    row = 6
    for values in rows:
        if len(values) == 1:
            sheet.cell(row=row, column=1, value=values[0])
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(HEADER))
        else:
            for column, value in enumerate(values, start=1):
                if value != "":
                    sheet.cell(row=row, column=column, value=value)
        row += 1
    book.save(path)
    return path


def write_csv(path: Path) -> Path:
    import csv
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["DANH MỤC THỦ TỤC HÀNH CHÍNH"])
        writer.writerow(["STT", "Mã số", "TÊN THỦ TỤC HÀNH CHÍNH", "Thời hạn", "Phí/lệ phí", "Lĩnh vực", "Cấp thực hiện", "Tình trạng"])
        writer.writerow([1, "1.999011", "Thủ tục thử từ CSV", "03 ngày làm việc", "Không", "Chứng thực", "Cấp xã", "Mới ban hành"])
        writer.writerow([2, "1.001193", "Thủ tục đăng ký khai sinh", "Ngay trong ngày làm việc", "Miễn lệ phí", "Hộ tịch", "Cấp xã", "Sửa đổi, bổ sung"])
    return path


def front(site: SiteDir, rel: str) -> str:
    return site.read(rel).split("\n---\n", 1)[0]


def test_announcement_list_sets_statuses_decision_and_feed(sample, tmp_path):
    """An XLSX annex (title block, merged header, STT, sections) imported for a commune: new,
    amended and abolished procedures get their status and decision, the province's part is
    skipped with its row, the changes feed carries them, and a second import changes nothing."""
    annex = write_annex(tmp_path / "phu-luc.xlsx")
    args = [str(annex), "--quyet-dinh", "556/QĐ-UBND", "--ngay", "09/02/2026", "--cap", "xa"]
    dry = nhap(sample, *args, "--thu")
    assert dry.returncode == 0, describe(dry)
    digest = tree_digest(sample.content)
    assert "Chạy thử (--thu): chưa ghi tệp nào." in dry.stdout
    assert tree_digest(sample.content) == digest, "--thu writes nothing"
    result = nhap(sample, *args)
    assert result.returncode == 0, describe(result)
    out = result.stdout
    assert "cột B “Mã TTHC” → mã thủ tục" in out and "cột C “Tên thủ tục hành chính” → tên thủ tục" in out, out
    assert f"{annex}:Phụ lục:" in out and "cấp tỉnh (--cap xa)" in out, "the skipped row with its place"
    new = front(sample, "thu-tuc/1.999001.md")
    assert "trang_thai: moi_ban_hanh" in new and "so_hieu: 556/QĐ-UBND" in new and "ngay: 2026-02-09" in new
    assert "Nghị định số 123/2015/NĐ-CP" in new
    amended = front(sample, "thu-tuc/dang-ky-khai-sinh.md") if sample.path("thu-tuc/dang-ky-khai-sinh.md").exists() else None
    amended = amended or next(front(sample, f"thu-tuc/{p.name}") for p in sample.path("thu-tuc").glob("*.md")
                              if "ma: 1.001193" in p.read_text(encoding="utf-8") or "ma: \"1.001193\"" in p.read_text(encoding="utf-8"))
    assert "trang_thai: sua_doi" in amended and "ngay_cap_nhat: 2026-02-09" in amended
    abolished_own = next(p for p in sample.path("thu-tuc").glob("*.md") if re.search(r'^ma: "?1\.004946"?$', p.read_text(encoding="utf-8"), re.M))
    assert "trang_thai: bai_bo" in abolished_own.read_text(encoding="utf-8")
    assert "trang_thai: bai_bo" in front(sample, "thu-tuc/1.999002.md"), "an abolished code the site never had is recorded"
    assert not sample.path("thu-tuc/2.999003.md").exists(), "the province's part is not imported for a commune"
    built = sample.build("--now", "2026-02-10 08:00")
    assert built.returncode == 0, describe(built)
    feed = feedparser.parse((sample.output / "thu-tuc" / "rss.xml").read_bytes())
    titles = " ".join(entry.title for entry in feed.entries)
    for code in ["1.999001", "1.001193", "1.004946", "1.999002"]:
        assert code in titles, (code, titles)
    digest = tree_digest(sample.content)
    again = nhap(sample, *args)
    assert again.returncode == 0 and "Không có gì thay đổi" in again.stdout, describe(again)
    assert tree_digest(sample.content) == digest, "importing the same list twice changes no byte"


def test_csv_with_other_header_spellings(sample, tmp_path):
    """A CSV with a title row, "Mã số", a header in capitals and "Phí/lệ phí", and a status column."""
    result = nhap(sample, str(write_csv(tmp_path / "danh-muc.csv")), "--quyet-dinh", "12/QĐ-UBND", "--ngay", "2026-03-01")
    assert result.returncode == 0, describe(result)
    assert "cột E “Phí/lệ phí” → phí, lệ phí" in result.stdout and "cột H “Tình trạng” → tình trạng" in result.stdout, result.stdout
    created = front(sample, "thu-tuc/1.999011.md")
    assert "trang_thai: moi_ban_hanh" in created and "thoi_han: 03 ngày làm việc" in created
    assert sample.build().returncode == 0


def test_bad_rows_stop_the_import_and_write_nothing(sample, tmp_path):
    """A row without a valid code, a sheet without a header, a JSON that is no record and an
    unreadable file: every problem named with file (sheet, row), and no file written."""
    rows = list(ROWS)
    rows.insert(3, (9, "1.00A193", "Mã viết sai", "", "", "Hộ tịch", "Cấp xã", "", ""))
    annex = write_annex(tmp_path / "sai.xlsx", rows)
    no_header = tmp_path / "khong-tieu-de.csv"
    no_header.write_text("a,b\n1,2\n", encoding="utf-8")
    not_record = tmp_path / "khong-phai.json"
    not_record.write_text('{"code":"OK","data":{"ten":"x"}}', encoding="utf-8")
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"not a zip")
    digest = tree_digest(sample.content)
    result = nhap(sample, str(annex), str(no_header), str(not_record), str(broken))
    assert result.returncode == 1, describe(result)
    err = result.stderr
    assert f"{annex}:Phụ lục:9: mã thủ tục “1.00A193” không hợp lệ" in err, err
    assert f"{no_header}: không tìm thấy dòng tiêu đề" in err, err
    assert f"{not_record}: JSON này không phải bản ghi thủ tục" in err, err
    assert f"{broken}: không mở được tệp Excel" in err, err
    assert "Không tệp nào được ghi." in err
    assert tree_digest(sample.content) == digest, "nothing written at all"
