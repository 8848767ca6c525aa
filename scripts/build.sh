#!/usr/bin/env bash
# Builds cchc (release) and the sample site into public/, installing what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
swift build -c release --product cchc
.build/release/cchc build --content content --theme theme --output public "$@"
