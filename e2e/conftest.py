"""Fixtures of the end-to-end tests of cchc.

The binary is `$CCHC_BIN` or `.build/debug/cchc` (build it with `swift build`). The sample
site (`content/`, `theme/`) is built once per session with a fixed `--now`; tests that need
to break content copy `e2e/fixtures/minimal/` into a temporary folder with `make_site`."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from cchc_testlib import (
    MINIMAL_FIXTURE,
    NOW,
    REPO_ROOT,
    SiteDir,
    binary_path,
    describe,
    read_site_yml,
    run_cchc,
)


@dataclass
class BuiltSite:
    """A site built once for the whole session."""

    content: Path
    theme: Path
    output: Path
    base_url: str
    stdout: str
    stderr: str

    @property
    def base_path(self) -> str:
        from urllib.parse import urlsplit

        return urlsplit(self.base_url).path


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def cchc_bin() -> Path:
    path = binary_path()
    if not path.is_file():
        pytest.fail(f"cchc binary not found at {path}: run `swift build` in {REPO_ROOT} or set CCHC_BIN", pytrace=False)
    return path


def _build_session_site(binary: Path, content: Path, theme: Path, output: Path, *extra: str) -> BuiltSite:
    result = run_cchc(binary, ["build", "--content", str(content), "--theme", str(theme),
                               "--output", str(output), "--now", NOW, *extra])
    if result.returncode != 0:
        pytest.fail(f"building {content} failed:\n{describe(result)}", pytrace=False)
    base_url = read_site_yml(content)["base_url"].strip()
    if not base_url.endswith("/"):
        base_url += "/"
    return BuiltSite(content, theme, output, base_url, result.stdout, result.stderr)


@pytest.fixture(scope="session")
def sample_site(cchc_bin, tmp_path_factory) -> BuiltSite:
    """The sample ward (`content/` + `theme/`) built with `--now "2026-11-26 12:00"`."""
    out = tmp_path_factory.mktemp("sample") / "public"
    return _build_session_site(cchc_bin, REPO_ROOT / "content", REPO_ROOT / "theme", out)


@pytest.fixture(scope="session")
def sample_site_drafts(cchc_bin, tmp_path_factory) -> BuiltSite:
    """The sample ward built with `--drafts`."""
    out = tmp_path_factory.mktemp("sample-drafts") / "public"
    return _build_session_site(cchc_bin, REPO_ROOT / "content", REPO_ROOT / "theme", out, "--drafts")


@pytest.fixture(scope="session")
def minimal_site(cchc_bin, tmp_path_factory) -> BuiltSite:
    """`e2e/fixtures/minimal/` built with the real theme."""
    root = tmp_path_factory.mktemp("minimal")
    shutil.copytree(MINIMAL_FIXTURE, root / "content")
    return _build_session_site(cchc_bin, root / "content", REPO_ROOT / "theme", root / "public")


@pytest.fixture
def make_site(cchc_bin, tmp_path):
    """Factory: a fresh copy of the minimal site (or of `source`) in a temporary folder."""
    counter = {"n": 0}

    def make(source: Path = MINIMAL_FIXTURE) -> SiteDir:
        counter["n"] += 1
        root = tmp_path / f"site{counter['n']}"
        root.mkdir()
        return SiteDir(cchc_bin, root, source)

    return make


@pytest.fixture
def site(make_site) -> SiteDir:
    """A fresh copy of the minimal site."""
    return make_site()
