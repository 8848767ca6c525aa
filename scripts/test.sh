#!/usr/bin/env bash
# Runs every test of cchc: Swift unit tests, then end-to-end tests of the built sample site
# (pytest, the Nu HTML checker). Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh java chromium chromium-driver
python3 -m pip install -q --disable-pip-version-check -r tests/requirements.txt
swift build
swift test
CCHC_BIN="$PWD/.build/debug/cchc" python3 -m pytest -q tests
