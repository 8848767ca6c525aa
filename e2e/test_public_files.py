"""Only the unit's own public files reach `public/`: links leading out of the content folder,
hidden and system files, and files a portal does not publish (pages, scripts, programs, an SVG
with a script, a file whose bytes are not what its name says) never do."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from cchc_testlib import describe, run_cchc

JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb0043") + b"\x00" * 64 + b"\xff\xd9"


def links_in(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_symlink()]


def assert_refused(site, result, rel: str, *needles: str) -> None:
    """Exit 1, a message naming `content/<rel>` with every needle, and the previous public/ intact."""
    assert result.returncode == 1, describe(result)
    lines = [line for line in result.stderr.splitlines() if line.startswith(f"content/{rel}:")]
    assert lines, f"no message names content/{rel}:\n{result.stderr}"
    assert any(all(n in line for n in needles) for line in lines), "\n".join(lines)
    assert site.snapshot is not None
    from cchc_testlib import tree_digest
    assert tree_digest(site.output) == site.snapshot, "the previous public/ must be kept as it was"
    assert not links_in(site.output)


@pytest.fixture
def outside(tmp_path_factory):
    """A folder outside the content folder holding a private file and a Markdown page."""
    folder = tmp_path_factory.mktemp("ngoai")
    (folder / "mat-khau.txt").write_text("root:x:0:0:secret\n", encoding="utf-8")
    (folder / "ngoai.md").write_text("---\ntieu_de: Trang ngoài\n---\nBí mật.\n", encoding="utf-8")
    return folder


def test_link_to_a_file_outside_is_refused(site, outside):
    """tep/mat-khau.txt linking to a file outside: error naming the link and its target."""
    site.build_ok()
    os.symlink(outside / "mat-khau.txt", site.path("tep/mat-khau.txt"))
    result = site.build()
    assert_refused(site, result, "tep/mat-khau.txt", "trỏ ra ngoài thư mục nội dung", str(outside / "mat-khau.txt"))


def test_link_to_a_folder_outside_is_refused(site, outside):
    """tep/ngoai linking to a folder outside: error, nothing of it read."""
    site.build_ok()
    os.symlink(outside, site.path("tep/ngoai"))
    result = site.build()
    assert_refused(site, result, "tep/ngoai", "trỏ ra ngoài thư mục nội dung")


def test_link_to_a_page_outside_is_refused(site, outside):
    """trang/ngoai.md linking to Markdown outside: not read as a page, an error instead."""
    site.build_ok()
    os.symlink(outside / "ngoai.md", site.path("trang/ngoai.md"))
    result = site.build()
    assert_refused(site, result, "trang/ngoai.md", "trỏ ra ngoài thư mục nội dung")
    assert "Bí mật" not in result.stdout + result.stderr


def test_links_inside_are_read_as_their_targets(site):
    """A link to a file and a link to a folder inside the content folder publish real files."""
    os.symlink("anh-bia.png", site.path("tep/anh/ban-sao.png"))
    os.symlink("anh", site.path("tep/hinh"))
    result = site.build()
    assert result.returncode == 0, describe(result)
    original = site.path("tep/anh/anh-bia.png").read_bytes()
    for rel in ["tep/anh/ban-sao.png", "tep/hinh/anh-bia.png"]:
        published = site.output / rel
        assert published.is_file() and not published.is_symlink(), rel
        assert published.read_bytes() == original, rel
    assert not links_in(site.output), "nothing in public/ is ever a link"


@pytest.mark.parametrize("rel", [
    "tep/.git/config", "tep/.env", "tep/mau-don/~$to-khai.docx", "tep/anh/Thumbs.db", "tep/desktop.ini",
    "tep/anh/.DS_Store", "tin-bai/2026-10-01-hoi-nghi.md~", "tin-bai/.2026-10-01-hoi-nghi.md.swp", "tep/mau-don/to-khai.docx.tmp",
])
def test_hidden_and_system_files_are_left_out(site, rel):
    """A hidden or system file builds, is not published, is counted by build and listed by check."""
    site.write(rel, b"PK\x03\x04 secret")
    result = site.build()
    assert result.returncode == 0, describe(result)
    assert not (site.output / rel).exists() and not (site.output / rel.split("/")[0] / ".git").exists()
    assert "Đã bỏ qua 1 tệp, thư mục ẩn hoặc tệp hệ thống" in result.stdout, result.stdout
    check = run_cchc(site.binary, ["check", "--content", "content", "--theme", str(site.theme)], cwd=site.root)
    listed = "content/" + (rel.split(".git/")[0] + ".git/" if ".git/" in rel else rel)
    assert any(line.startswith(listed + ":") and "bỏ qua" in line for line in check.stdout.splitlines()), check.stdout


@pytest.mark.parametrize("rel, content, needles", [
    ("tep/trang.html", b"<!DOCTYPE html><script>alert(1)</script>", ["loại tệp .html", "chạy dưới tên miền"]),
    ("tep/x.php", b"<?php echo 1; ?>", ["loại tệp .php"]),
    ("tep/tai-ve.exe", b"MZ\x90\x00", ["loại tệp .exe"]),
    ("tep/anh/logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>',
     ["ảnh SVG", "onload"]),
    ("tep/anh/ve.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', ["<script>"]),
    ("tep/anh/ngoai.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.com/a.png"/></svg>',
     ["tham chiếu ra ngoài"]),
    ("tep/mau-don/to-khai.pdf", JPEG, ["có đuôi .pdf nhưng nội dung là ảnh JPEG", "đổi đuôi thành .jpg"]),
])
def test_files_a_portal_does_not_publish_are_refused(site, rel, content, needles):
    """Pages, scripts, programs, unsafe SVG and misnamed files in tep/ fail the build with the path."""
    site.build_ok()
    site.write(rel, content)
    result = site.build()
    assert_refused(site, result, rel, *needles)
    assert not (site.output / rel).exists()


def test_a_plain_svg_and_office_files_are_published(site):
    """An SVG that is only a picture, a DOCX (a ZIP) and a CSV are published as they are."""
    files = {
        "tep/anh/so-do.svg": b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
                             b'<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="2" height="2"/>'
                             b'<use xlink:href="#g"/></svg>',
        "tep/mau-don/to-khai.docx": b"PK\x03\x04" + b"\x00" * 40,
        "tep/bao-cao.csv": "Tháng,Số hồ sơ\n11,120\n".encode(),
    }
    for rel, content in files.items():
        site.write(rel, content)
    result = site.build()
    assert result.returncode == 0, describe(result)
    for rel, content in files.items():
        assert (site.output / rel).read_bytes() == content, rel
