"""The screen at the one-stop desk (`man-hinh/`), in headless Chromium at 1920×1080: every panel
shown in turn without a mouse or keyboard (screenshots kept when CCHC_DESK_PNG_DIR is set), the
clock, no console error, memory steady over 200 cycles, reduced motion honoured, nothing
loaded from elsewhere, working on when the server is gone and reloading after a new build."""
from __future__ import annotations

import functools
import os
import re
import shutil
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from cchc_testlib import describe
from test_search_browser import axe_violations, wait_for
from test_share_script import headless_chromium

DESK = "man-hinh/"


class _Handler(SimpleHTTPRequestHandler):
    """Serves a folder; answers 503 to everything while `state["offline"]`."""

    def __init__(self, *args, state=None, **kwargs):
        self.state = state
        super().__init__(*args, **kwargs)

    def do_GET(self):  # noqa: N802 - http.server's name
        if self.state["offline"]:
            self.send_error(503)
            return
        super().do_GET()

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002
        pass


@pytest.fixture(scope="module")
def desk_site(sample_site, tmp_path_factory):
    """(page URL, output copy, server state): a copy of the sample output served under its base path."""
    root = tmp_path_factory.mktemp("desk-www")
    copy = root / sample_site.base_path.strip("/")
    shutil.copytree(sample_site.output, copy)
    state = {"offline": False}
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(root), state=state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{sample_site.base_path}{DESK}", copy, state
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def tv(desk_site):
    browser = headless_chromium("--window-size=1920,1080", "--hide-scrollbars")
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 1920, "height": 1080, "deviceScaleFactor": 1, "mobile": False})
    try:
        yield browser
    finally:
        browser.quit()


def panels(html: str) -> list[str]:
    return re.findall(r'data-desk-panel="([a-z_]+)"', html)


def console_errors(driver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def test_the_page_loads_nothing_from_elsewhere_and_is_not_listed(sample_site):
    html = (sample_site.output / DESK / "index.html").read_text(encoding="utf-8")
    assert panels(html) == ["tin_bai", "thu_tuc", "duong_day_nong", "khao_sat"]
    loaded = re.findall(r'<(?:script|img)[^>]* src="([^"]+)"', html) + re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    assert loaded and all(url.startswith(sample_site.base_path) for url in loaded), loaded
    assert 'content="noindex, nofollow"' in html
    assert "man-hinh/" not in (sample_site.output / "sitemap.xml").read_text(encoding="utf-8")


def test_every_panel_comes_in_turn_with_the_clock_and_no_error(tv, desk_site, sample_site, tmp_path):
    url, _, _ = desk_site
    keep = Path(os.environ.get("CCHC_DESK_PNG_DIR") or tmp_path)
    keep.mkdir(parents=True, exist_ok=True)
    tv.get_log("browser")
    tv.get(url + "?giay=2")
    expected = panels((sample_site.output / DESK / "index.html").read_text(encoding="utf-8"))
    seen = []
    deadline = time.time() + 2 * 2 * len(expected) + 10
    while time.time() < deadline:
        current = tv.execute_script("return document.querySelector('[data-desk]').getAttribute('data-desk-current')")
        if current and (not seen or seen[-1] != current):
            seen.append(current)
            time.sleep(0.7)  # let the panel's entrance finish
            tv.save_screenshot(str(keep / f"man-hinh-{len(seen)}-{current}.png"))
            visible = tv.execute_script(
                "return Array.from(document.querySelectorAll('[data-desk-panel]')).filter(p => !p.hidden).map(p => p.dataset.deskPanel)")
            assert visible == [current], visible
        if len(seen) > len(expected):
            break
        time.sleep(0.1)
    assert seen[: len(expected) + 1] == expected + expected[:1], f"one full cycle, then the first again: {seen}"
    assert tv.execute_script("return document.querySelector('[data-desk]').getAttribute('data-desk-cycles')") == "1"
    clock = tv.execute_script("return document.querySelector('[data-desk-clock]').textContent")
    assert re.fullmatch(r"\d{2}:\d{2} · .+\d{2}/\d{2}/\d{4}", clock), clock
    assert console_errors(tv) == []
    # Readable from 3 m on a 1080p screen: the smallest text of a panel title and of a hotline number.
    sizes = tv.execute_script("""return [getComputedStyle(document.querySelector('.desk-panel__title')).fontSize,
        getComputedStyle(document.querySelector('.desk-hotline__phones')).fontSize]""")
    assert all(float(size.removesuffix("px")) >= 50 for size in sizes), sizes


def test_memory_stays_flat_over_200_cycles(tv, desk_site):
    url, _, _ = desk_site
    tv.get(url + "?giay=0.02")
    cycles = lambda: int(tv.execute_script("return document.querySelector('[data-desk]').getAttribute('data-desk-cycles') || '0'"))

    def measure():
        tv.execute_cdp_cmd("HeapProfiler.collectGarbage", {})
        heap = tv.execute_cdp_cmd("Runtime.getHeapUsage", {})["usedSize"]
        nodes = tv.execute_script("return document.getElementsByTagName('*').length")
        return heap, nodes

    wait_for(tv, lambda d: cycles() >= 20, "20 cycles")
    heap_early, nodes_early = measure()
    deadline = time.time() + 120
    while cycles() < 200 and time.time() < deadline:
        time.sleep(0.5)
    assert cycles() >= 200, f"only {cycles()} cycles"
    heap_late, nodes_late = measure()
    assert nodes_late == nodes_early, "the panels are shown and hidden, never rebuilt"
    assert heap_late - heap_early < 512 * 1024, f"heap grew from {heap_early} to {heap_late} bytes over 180 cycles"
    assert console_errors(tv) == []


def test_reduced_motion_turns_the_entrance_off(tv, desk_site):
    url, _, _ = desk_site
    tv.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
    try:
        tv.get(url)
        name = tv.execute_script("return getComputedStyle(document.querySelector('[data-desk-panel]:not([hidden])')).animationName")
        assert name == "none"
    finally:
        tv.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    tv.get(url)
    name = tv.execute_script("return getComputedStyle(document.querySelector('[data-desk-panel]:not([hidden])')).animationName")
    assert name == "desk-in"


def test_it_goes_on_offline_and_reloads_after_a_new_build(tv, desk_site):
    url, copy, state = desk_site
    tv.get(url + "?giay=0.2&tai-lai=0.01")  # asks the server every 0.6 s
    time.sleep(1.5)  # the page it compares with is fetched
    tv.execute_script("window.__stillTheSamePage = true")
    state["offline"] = True
    try:
        time.sleep(2.5)
        assert tv.execute_script("return window.__stillTheSamePage === true"), "no reload while the server is gone"
        before = tv.execute_script("return document.querySelector('[data-desk]').getAttribute('data-desk-current')")
        time.sleep(0.5)
        after = tv.execute_script("return document.querySelector('[data-desk]').getAttribute('data-desk-current')")
        assert before != after, "the panels go on turning offline"
    finally:
        state["offline"] = False
    page = copy / DESK / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("Tin mới", "Tin mới nhất"), encoding="utf-8")
    wait_for(tv, lambda d: d.execute_script("return window.__stillTheSamePage !== true"), "the screen did not reload after a new build")
    assert "Tin mới nhất" in tv.page_source
    assert console_errors(tv) == [] or all("503" in e for e in console_errors(tv))


def test_the_desk_screen_has_no_axe_violations(tv, desk_site):
    url, _, _ = desk_site
    tv.get(url + "?giay=600")
    time.sleep(1)  # the first panel's entrance (opacity) is over: what people see for 15 s
    assert axe_violations(tv) == []


def test_panels_and_times_come_from_site_yml(make_site):
    site = make_site()
    site.write("site.yml", site.read("site.yml") + "man_hinh:\n  bang: [thu_tuc, duong_day_nong]\n  giay: 5\n  tai_lai_phut: 10\n")
    result = site.build()
    assert result.returncode == 0, describe(result)
    html = (site.output / DESK / "index.html").read_text(encoding="utf-8")
    assert panels(html) == ["thu_tuc", "duong_day_nong"]
    assert 'data-seconds="5"' in html and 'data-reload-minutes="10"' in html
