"""The README's section on errors ("Sửa lỗi") shows real messages: every line of its example
blocks is printed, word for word, by a build of the minimal site with those mistakes."""
from __future__ import annotations

import re

from cchc_testlib import REPO_ROOT, describe

# The first bytes of a JPEG photo (a phone names it .JPG).
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000") + b"\x00" * 32 + b"\xff\xd9"
ARTICLE = "tin-bai/2026-10-01-hoi-nghi.md"
SECOND = "tin-bai/2026-10-15-ket-qua-khao-sat.md"
PROCEDURE = "thu-tuc/khai-sinh.md"
HOTLINE = "duong-day-nong/duong-day-nong.md"
PAGE = "trang/gioi-thieu.md"
VOCABULARY = """# Từ điển tìm kiếm riêng của xã: cách người dân nói = từ chính thức.
giấy xanh, sổ xanh xây dựng = giấy phép xây dựng
làm sổ đỏ = cấp giấy chứng nhận quyền sử dụng đất
bỏ qua: cho cháu hỏi

xin giấy khai sinh cho con
"""


def make_mistakes(site) -> None:
    """The commonest mistakes, one or two per file, as an editor makes them."""
    site.remove_line(PROCEDURE, "ma:")
    site.replace(ARTICLE, "chuyen_muc: tin-hoat-dong", "chuyen_muc: tin-hoat-dongg")
    site.replace(ARTICLE, "ngay: 2026-10-01 08:30", "ngay: 31/11/2026 08:30")
    site.replace(ARTICLE, "tac_gia:", "tac_gai:")
    site.write(PAGE, site.read(PAGE) + "\n![Hội nghị triển khai](tep/anh/hoi-nghi.jpg)\n")
    site.write("tep/anh/hoi-nghi.JPG", JPEG)
    site.replace(SECOND, 'tieu_de: "Kết quả khảo sát mức độ hài lòng quý III"',
                 'tieu_de: "Kết quả khảo sát "Mức độ hài lòng" quý III"')
    site.replace(HOTLINE, '  - don_vi: "Bộ phận Một cửa"', '\t- don_vi: "Bộ phận Một cửa"')
    site.write("tu-dien-tim-kiem.txt", VOCABULARY)


def readme_error_lines() -> list[str]:
    """Lines of the code blocks of the README's "Sửa lỗi" section that name a content file,
    and its summary lines."""
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Sửa lỗi", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```\n(.*?)```", section, re.S)
    return [line for block in blocks for line in block.splitlines()
            if line.startswith("content/") or line.startswith("Không tạo được trang")]


def test_readme_error_messages_are_what_cchc_prints(site):
    site.build_ok()
    make_mistakes(site)
    result = site.build("--output", "public")
    assert result.returncode == 1, describe(result)
    printed = set(result.stderr.splitlines())
    lines = readme_error_lines()
    assert len(lines) >= 9, lines
    missing = [line for line in lines if line not in printed]
    assert not missing, "README lines cchc does not print:\n" + "\n".join(missing) + "\n--- printed ---\n" + result.stderr
