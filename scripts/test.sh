#!/usr/bin/env bash
# Runs every test of cchc: Swift unit tests, the search client's tests under Node on the
# built sample site, then end-to-end tests of the built site (pytest: Nu HTML checker,
# feedparser, headless Chromium, zbarimg, poppler). Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh java chromium chromium-driver zbar-tools librsvg2-bin poppler-utils
python3 -m pip install -q --disable-pip-version-check -r e2e/requirements.txt
# axe-core for the accessibility tests: only the wheel's axe.min.js is used, so none of its dependencies.
python3 -m pip install -q --disable-pip-version-check --no-deps axe-playwright-python
swift build
swift test
sample=$(mktemp -d)
trap 'rm -rf "$sample"' EXIT
.build/debug/cchc build --content content --theme theme --output "$sample/public" --now "2026-11-26 12:00" >/dev/null
CCHC_SITE="$sample/public" node --test e2e/js/
CCHC_BIN="$PWD/.build/debug/cchc" python3 -m pytest -q e2e
