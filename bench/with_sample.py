#!/usr/bin/env python3
"""Adds the sample's real procedures (content/thu-tuc/*.md, with the forms they name under
content/tep/) to a content folder written by generate.py, so that the relevance suite
(e2e/relevance.json) can be run on a large site: the sample's procedures among thousands of
synthetic ones. A synthetic procedure whose code a real one uses is removed.

    python3 bench/generate.py --size L --out /tmp/gen-L
    python3 bench/with_sample.py /tmp/gen-L
"""
from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CODE = re.compile(r"^ma:\s*\"?([0-9.]+)", re.M)


def code_of(path: Path) -> str:
    return CODE.search(path.read_text(encoding="utf-8")).group(1)


def main() -> int:
    target = Path(sys.argv[1])
    if not (target / "site.yml").is_file():
        print(f"{target} is not a content folder", file=sys.stderr)
        return 2
    sample = sorted((REPO / "content" / "thu-tuc").glob("*.md"))
    real = {code_of(p) for p in sample}
    removed = 0
    for path in sorted((target / "thu-tuc").rglob("*.md")):
        if code_of(path) in real:
            path.unlink()
            removed += 1
    for path in sample:
        shutil.copy2(path, target / "thu-tuc" / ("mau-" + path.name))
    forms = REPO / "content" / "tep" / "mau-don"
    if forms.is_dir():
        shutil.copytree(forms, target / "tep" / "mau-don", dirs_exist_ok=True)
    print(f"{len(sample)} sample procedures added, {removed} synthetic ones with the same codes removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
