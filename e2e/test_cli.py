"""The command line as an editor meets it: Vietnamese help, and a site overriding the theme."""
from __future__ import annotations

import subprocess

from cchc_testlib import describe


def run(binary, *args):
    return subprocess.run([str(binary), *args], capture_output=True, text=True, timeout=60)


def test_help_is_vietnamese(cchc_bin):
    top = run(cchc_bin, "--help")
    assert top.returncode == 0, describe(top)
    for phrase in ("TỔNG QUAN:", "CÁCH DÙNG:", "TÙY CHỌN:", "LỆNH CON:", "Hiện hướng dẫn này."):
        assert phrase in top.stdout
    for english in ("OVERVIEW", "USAGE", "Show help information"):
        assert english not in top.stdout
    build = run(cchc_bin, "build", "--help")
    assert build.returncode == 0, describe(build)
    for phrase in ("--content", "--theme", "--output", "--base-url", "--drafts", "(mặc định: public)"):
        assert phrase in build.stdout
    assert "--now" not in build.stdout  # test-only option stays hidden


def test_usage_errors_are_vietnamese(cchc_bin):
    result = run(cchc_bin, "build", "--khong-co")
    assert result.returncode != 0
    assert "Tùy chọn không tồn tại '--khong-co'" in result.stderr
    assert "Error" not in result.stderr


def test_site_overrides_a_template_by_name(site):
    site.write("giao-dien/templates/foot.mustache",
               "</main><footer><p>Chân trang riêng của {{site.name}}</p></footer></body></html>\n")
    result = site.build()
    assert result.returncode == 0, describe(result)
    home = (site.output / "index.html").read_text(encoding="utf-8")
    assert "Chân trang riêng của" in home
    # The other templates still come from the default theme.
    assert 'class="site-header"' in home


def test_site_overrides_an_asset_by_name(site):
    site.write("giao-dien/assets/style.css", "body { color: #000; } /* riêng */\n")
    result = site.build()
    assert result.returncode == 0, describe(result)
    css = [p for p in (site.output / "assets").glob("style.*.css")]
    assert len(css) == 1 and "/* riêng */" in css[0].read_text(encoding="utf-8")


def test_template_syntax_error_names_file_and_line(site):
    site.write("giao-dien/templates/foot.mustache", "</main>\n{{#site}}\n</body></html>\n")
    result = site.build()
    assert result.returncode == 1, describe(result)
    assert "giao-dien/templates/foot.mustache:" in result.stderr
    assert "lỗi cú pháp mẫu giao diện" in result.stderr
