"""Two builds of the same content with the same --now give byte-identical trees."""

from __future__ import annotations

import os
import subprocess

from cchc_testlib import NOW, REPO_ROOT, describe, diff_trees, run_cchc, tree_digest


def build(binary, content, output, cwd=None, *extra):
    result = run_cchc(binary, ["build", "--content", str(content), "--theme", str(REPO_ROOT / "theme"),
                               "--output", str(output), "--now", NOW, *extra], cwd=cwd)
    assert result.returncode == 0, describe(result)
    return tree_digest(cwd / output if cwd else output)


def test_sample_builds_are_byte_identical(cchc_bin, sample_site, tmp_path):
    first = tree_digest(sample_site.output)
    second = build(cchc_bin, REPO_ROOT / "content", tmp_path / "second")
    third = build(cchc_bin, REPO_ROOT / "content", tmp_path / "third")
    assert first, "empty build"
    assert not diff_trees(first, second), "\n".join(diff_trees(first, second)[:40])
    assert not diff_trees(second, third), "\n".join(diff_trees(second, third)[:40])


def test_output_independent_of_how_folders_are_named(cchc_bin, sample_site, tmp_path):
    """A relative --content/--output gives the same bytes as absolute ones."""
    work = tmp_path / "work"
    work.mkdir()
    (work / "content").symlink_to(REPO_ROOT / "content")
    relative = build(cchc_bin, "content", "out", work)
    assert not diff_trees(tree_digest(sample_site.output), relative)


def test_drafts_builds_are_byte_identical(cchc_bin, sample_site_drafts, tmp_path):
    again = build(cchc_bin, REPO_ROOT / "content", tmp_path / "again", None, "--drafts")
    assert not diff_trees(tree_digest(sample_site_drafts.output), again)


def test_one_thread_gives_the_bytes_of_the_parallel_build(cchc_bin, sample_site, tmp_path):
    """`CCHC_THREADS=1` (one thread, one process) against the default build, where pages are
    rendered on every core and, from 64 pages to render, in two processes (ProcessSplit)."""
    parallel = tree_digest(sample_site.output)
    assert sum(1 for path in parallel if path.endswith(".html")) >= 64, "the sample must be large enough to split"
    output = tmp_path / "single"
    result = subprocess.run(
        [str(cchc_bin), "build", "--content", str(REPO_ROOT / "content"), "--theme", str(REPO_ROOT / "theme"),
         "--output", str(output), "--now", NOW],
        capture_output=True, text=True, encoding="utf-8", timeout=300,
        env={**os.environ, "LC_ALL": "C.UTF-8", "CCHC_THREADS": "1"},
    )
    assert result.returncode == 0, describe(result)
    assert not diff_trees(parallel, tree_digest(output)), "\n".join(diff_trees(parallel, tree_digest(output))[:40])
