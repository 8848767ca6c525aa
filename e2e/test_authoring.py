"""`cchc serve`, `cchc new` and `cchc check`, run as an editor would."""
from __future__ import annotations

import json
import re
import socket
import subprocess
import time
import urllib.error
import urllib.request
from contextlib import contextmanager

import pytest

from cchc_testlib import describe, run_cchc


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, dict, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8", "replace")


def wait_until(check, timeout=60.0, interval=0.2):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = check()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError("timed out")


def stop_server(process: subprocess.Popen) -> None:
    """Stops `cchc serve` as Ctrl+C would, killing it if it does not stop within 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@contextmanager
def preview(site, log: list | None = None, args: tuple[str, ...] = ()):
    """`cchc serve` of a site on a free loopback port, once its first build answers: (base, port).
    `log`, when given, receives the server's process id, then its terminal output once it stops.
    `args` are more options for `cchc serve` (e.g. `--soan-thao`)."""
    port = free_port()
    process = subprocess.Popen([str(site.binary), "serve", "--content", "content", "--theme", str(site.theme),
                                "--port", str(port), *args], cwd=site.root, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}{site.base_path}"
    if log is not None:
        log.append(process.pid)

    def up():
        if process.poll() is not None:
            raise AssertionError(f"cchc serve exited with {process.returncode}:\n{process.stdout.read()}")
        try:
            return fetch(base)[0] == 200
        except OSError:
            return False

    try:
        wait_until(up, timeout=120)
        yield base, port
    finally:
        stop_server(process)
        if log is not None:
            log.append(process.stdout.read())


@pytest.fixture
def served(site):
    """The minimal site served by `cchc serve`: (site, base, port)."""
    with preview(site) as (base, port):
        yield site, base, port


def status(port):
    return json.loads(fetch(f"http://127.0.0.1:{port}/__cchc/status")[2])


def test_serve_serves_the_site_under_its_base_path(served):
    site, base, port = served
    code, headers, home = fetch(base)
    assert code == 200 and headers["Content-Type"].startswith("text/html")
    assert "/__cchc/reload.js" in home, "preview pages load the reload script"
    code, headers, _ = fetch(base + "rss.xml")
    assert code == 200 and "xml" in headers["Content-Type"]
    code, headers, _ = fetch(base + "thu-tuc/1.001193/ma-qr.svg")
    assert code == 200 and headers["Content-Type"] == "image/svg+xml"
    code, headers, script = fetch(f"http://127.0.0.1:{port}/__cchc/reload.js")
    assert code == 200 and "javascript" in headers["Content-Type"] and "location.reload" in script
    code, _, page = fetch(base + "khong-co-trang-nay/")
    assert code == 404 and "<h1" in page, "misses get the site's 404 page"


def test_serve_binds_loopback_only(served):
    _, _, port = served
    out = subprocess.run(["ss", "-ltnH"], capture_output=True, text=True).stdout if subprocess.run(
        ["which", "ss"], capture_output=True).returncode == 0 else ""
    if not out:
        pytest.skip("ss is not available")
    lines = [line for line in out.splitlines() if f":{port} " in line]
    assert lines and all("127.0.0.1:" in line for line in lines), lines


def test_serve_shows_drafts_marked(served):
    site, base, _ = served
    site.insert_after("tin-bai/2026-10-01-hoi-nghi.md", "tieu_de:", "ban_nhap: true")
    wait_until(lambda: "Bản nháp" in fetch(base + "tin-bai/hoi-nghi/")[2] or "nháp" in fetch(base + "tin-bai/hoi-nghi/")[2])


def test_serve_rebuilds_on_change_and_keeps_last_good_site_on_error(served):
    site, base, port = served
    page = base + "trang/gioi-thieu/" if fetch(base + "trang/gioi-thieu/")[0] == 200 else None
    assert page, "the minimal fixture has trang/gioi-thieu.md"
    before = status(port)["version"]
    site.replace("trang/gioi-thieu.md", "tieu_de:", "tieu_de: Tiêu đề đã sửa trong lúc xem trước #")
    wait_until(lambda: "Tiêu đề đã sửa trong lúc xem trước" in fetch(page)[2])
    # The files are in place a moment before the version is bumped.
    wait_until(lambda: status(port)["version"] > before)
    # Break a file: the error is shown, the old pages stay served.
    site.write("trang/hong.md", "---\ntieu_de: [\n---\n")
    problems = wait_until(lambda: status(port)["problems"])
    assert any("trang/hong.md:" in p for p in problems), problems
    code, _, error_page = fetch(f"http://127.0.0.1:{port}/__cchc/loi")
    assert code == 200 and "trang/hong.md:" in error_page and "lỗi cú pháp YAML" in error_page
    assert "Tiêu đề đã sửa trong lúc xem trước" in fetch(page)[2]
    # Fix it: the error goes away.
    site.write("trang/hong.md", "---\ntieu_de: Đã sửa\n---\nNội dung.\n")
    wait_until(lambda: not status(port)["problems"])
    assert fetch(base + "trang/hong/")[0] == 200


def test_reload_script_never_reaches_public(site):
    result = site.build()
    assert result.returncode == 0, describe(result)
    for file in site.output.rglob("*.html"):
        assert "__cchc" not in file.read_text(encoding="utf-8"), file


PLACEHOLDERS = {"Viết nội dung bài ở đây. Đoạn đầu tiên được dùng làm tóm tắt khi không có tom_tat.", "## Tiêu đề mục",
                "Nội dung mục.", "1. Bước 1.", "- Giấy tờ 1.", "Đoạn giới thiệu hiển thị phía trên danh sách.",
                "Nội dung trang.", "Giới thiệu buổi đối thoại: thời gian, người tham dự, cách người dân gửi câu hỏi."}


@pytest.mark.parametrize("args, folder", [
    (["bai-viet", "Hội nghị “cải cách” quý IV: 100% hồ sơ"], "tin-bai"),
    (["thu-tuc", "--ma", "2.000720", "Thủ tục chứng thực mới"], "thu-tuc"),
    (["duong-day-nong", "Đường dây nóng phường"], "duong-day-nong"),
    (["trang", "Hướng dẫn nộp hồ sơ"], "trang"),
    (["hoi-dap", "Đối thoại trực tuyến tháng 12"], "hoi-dap"),
])
def test_new_creates_a_file_that_builds_and_refuses_to_overwrite(site, args, folder):
    before = set((site.content / folder).glob("*.md")) if (site.content / folder).exists() else set()
    if args[0] == "thu-tuc":
        args = ["thu-tuc", "--ma", "9.900001"] + args[3:]
    result = run_cchc(site.binary, ["new", "--content", "content", *args], cwd=site.root)
    assert result.returncode == 0, describe(result)
    created = set((site.content / folder).glob("*.md")) - before
    assert len(created) == 1, created
    path = created.pop()
    assert "Đã tạo" in result.stdout and path.name in result.stdout
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n") and "\n# " in text, "optional keys come commented"
    # Previewed (--drafts), the template's placeholder text is only a warning at its line.
    built = site.build("--drafts")
    assert built.returncode == 0, describe(built)
    rel = f"content/{folder}/{path.name}"
    warnings = [line for line in built.stderr.splitlines() if "cảnh báo" in line]
    assert warnings and all(line.startswith(rel + ":") and "chữ mẫu của lệnh cchc new" in line for line in warnings), built.stderr
    published = site.build()
    if folder == "tin-bai":
        # A new article is a draft: not published, and the build says so.
        assert published.returncode == 0, describe(published)
        assert f"{rel}:" in published.stdout and "chưa đăng: bản nháp" in published.stdout, published.stdout
    else:
        # Published as it is, the placeholder text is refused with file and line.
        assert published.returncode == 1, describe(published)
        first = next(i for i, l in enumerate(text.split("\n"), 1) if l.strip() in PLACEHOLDERS)
        assert f"{rel}:{first}: còn chữ mẫu của lệnh cchc new" in published.stderr, published.stderr
    again = run_cchc(site.binary, ["new", "--content", "content", *args], cwd=site.root)
    assert again.returncode != 0 and "không ghi đè" in again.stderr
    assert path.read_text(encoding="utf-8") == text


def test_new_article_uses_today_and_a_slug_from_the_title(site):
    result = run_cchc(site.binary, ["new", "--content", "content", "bai-viet", "Đăng ký khai sinh trực tuyến"], cwd=site.root)
    assert result.returncode == 0, describe(result)
    today = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 7 * 3600))
    path = site.content / "tin-bai" / f"{today}-dang-ky-khai-sinh-truc-tuyen.md"
    assert path.exists(), result.stdout
    assert f"ngay: {today} " in path.read_text(encoding="utf-8")


def test_new_procedure_refuses_a_code_in_use(site):
    result = run_cchc(site.binary, ["new", "--content", "content", "thu-tuc", "--ma", "1.001193", "Trùng mã"], cwd=site.root)
    assert result.returncode != 0 and "1.001193" in result.stderr


def test_check_passes_a_clean_site_and_writes_nothing(site):
    result = run_cchc(site.binary, ["check", "--content", "content", "--theme", str(site.theme)], cwd=site.root)
    assert result.returncode == 0, describe(result)
    assert not site.output.exists()


def test_check_reports_each_problem_with_its_line(site):
    article = "tin-bai/2026-10-01-hoi-nghi.md"
    body_lines = site.read(article).split("\n")
    first_body = body_lines.index("---", 1) + 2
    site.write(article, site.read(article) + "\nXem [thủ tục](../thu-tuc/khong-co.md) và [mẫu](../tep/khong-co.docx).\n\n![](../tep/anh.png)\n")
    lines = site.read(article).split("\n")
    link_line = next(i for i, l in enumerate(lines, 1) if "khong-co.md" in l)
    image_line = next(i for i, l in enumerate(lines, 1) if l.startswith("![]("))
    site.replace("thu-tuc/khai-sinh.md", "link_dvc:", "link_dvc: ftp://dichvucong.gov.vn/x #")
    site.replace("duong-day-nong/duong-day-nong.md", "dien_thoai:", "dien_thoai: gọi tổng đài #")
    result = run_cchc(site.binary, ["check", "--content", "content", "--theme", str(site.theme)], cwd=site.root)
    assert result.returncode == 1, describe(result)
    out = result.stdout
    assert f"content/{article}:{link_line}: liên kết \"../thu-tuc/khong-co.md\"" in out, out
    assert f"content/{article}:{link_line}: liên kết \"../tep/khong-co.docx\"" in out, out
    assert f"content/{article}:{image_line}: ảnh \"../tep/anh.png\" thiếu mô tả (alt)" in out, out
    assert f"content/thu-tuc/khai-sinh.md:{site.line_of('thu-tuc/khai-sinh.md', 'link_dvc:')}: liên kết" in out, out
    phone_line = site.line_of("duong-day-nong/duong-day-nong.md", "dien_thoai:")
    assert f"content/duong-day-nong/duong-day-nong.md:{phone_line}: số điện thoại" in out, out
    assert not site.output.exists(), "check writes nothing"


def test_markdown_links_to_content_files_become_page_urls(site):
    article = "tin-bai/2026-10-01-hoi-nghi.md"
    site.write(article, site.read(article) + "\nXem [thủ tục khai sinh](../thu-tuc/khai-sinh.md#thanh-phan).\n")
    result = site.build()
    assert result.returncode == 0, describe(result)
    html = (site.output / "tin-bai/hoi-nghi/index.html").read_text(encoding="utf-8")
    assert f'href="{site.base_path}thu-tuc/1.001193/#thanh-phan"' in html


def test_serve_rebuilds_what_an_edit_changes_and_what_depends_on_it(served):
    """`serve` keeps decoded files, rendered bodies, search keys and cards between rebuilds;
    an edit must still reach every page, link and index entry that depends on it."""
    site, base, port = served
    article = base + "tin-bai/hoi-nghi/"
    # A new word in an article body: the page and the article search index show it.
    site.write("tin-bai/2026-10-01-hoi-nghi.md",
               site.read("tin-bai/2026-10-01-hoi-nghi.md") + "\nTừ mới xyzzyquux trong bài.\n")
    wait_until(lambda: "xyzzyquux" in fetch(article)[2])
    main_index = re.search(r'data-search-index="([^"]+)"', fetch(base + "tim-kiem/")[2])
    assert main_index, "the search page names its index"
    index = json.loads(fetch(f"http://127.0.0.1:{port}" + main_index.group(1))[2])
    vocabulary = json.loads(fetch(f"http://127.0.0.1:{port}{site.base_path}{index['articles']['dir']}"
                                  f"{index['articles']['vocabulary']}")[2])
    assert any(entry[0] == "xyzzyquux" for entry in vocabulary["keys"])
    # A page another file links to gets a new address: the link in the (unchanged) article follows.
    site.insert_after("trang/gioi-thieu.md", "tieu_de:", "duong_dan: ve-chuyen-muc")
    wait_until(lambda: "trang/ve-chuyen-muc/" in fetch(article)[2])
    assert "trang/gioi-thieu/" not in fetch(article)[2]


def test_serve_keeps_the_build_state_in_memory_and_rebuilds_an_article_edit_quickly(site):
    """The preview server keeps what `cchc build` keeps beside `public/` in memory: an edit of
    an article's title is rebuilt by the quick path, and reaches the article, the page that
    links to it and the home page's card."""
    import tempfile
    from pathlib import Path
    log = []
    with preview(site, log) as (base, port):
        state = Path(tempfile.gettempdir()) / f"cchc-serve-{log[0]}" / ".site.cchc-cache"
        before = status(port)["version"]
        site.write("tin-bai/2026-10-01-hoi-nghi.md", site.read("tin-bai/2026-10-01-hoi-nghi.md").replace(
            "Hội nghị triển khai kế hoạch", "Hội nghị zyxquick triển khai kế hoạch"))
        wait_until(lambda: status(port)["version"] > before)
        assert "zyxquick" in fetch(base + "tin-bai/hoi-nghi/")[2]
        assert "zyxquick" in fetch(base)[2], "the home page shows the new title"
        assert "zyxquick" in fetch(base + "tin-bai/ket-qua-khao-sat/")[2], "so does the next article's link"
        assert not state.exists(), "the state stays in memory"
    output = log[1]
    assert "Đã tạo lại nhanh những gì phụ thuộc vào 1 bài đã sửa" in output, output


def test_check_and_serve_say_when_the_month_is_behind_its_target(site):
    """The plan's monthly target (chi_tieu: bai_moi_thang) against the articles published this
    month, in the site's time zone: cchc check says how many are missing; so does cchc serve
    when it starts."""
    from datetime import datetime
    from zoneinfo import ZoneInfo
    site.write("site.yml", site.read("site.yml") + "chi_tieu:\n  bai_moi_thang: 99\n")
    result = run_cchc(site.binary, ["check", "--content", "content"], cwd=site.root)
    assert result.returncode == 0, describe(result)
    today = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh"))
    line = next((l for l in result.stdout.splitlines() if l.startswith("Chỉ tiêu: ")), "")
    assert re.fullmatch(rf"Chỉ tiêu: Tháng {today.month}/{today.year}: đã đăng \d+/99 bài( \(tháng còn \d+ ngày\))?", line), result.stdout
    log = []
    with preview(site, log) as (base, port):
        pass
    assert f"Chỉ tiêu: Tháng {today.month}/{today.year}: đã đăng" in log[1], log[1]
