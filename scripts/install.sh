#!/usr/bin/env bash
# Installs cchc for a unit's staff: the program in PREFIX/bin, the default theme in
# PREFIX/share/cchc/theme where the program finds it, so that a unit's content folder can
# live anywhere. Installs the Debian packages it needs first (scripts/deps.sh).
#
#   bash scripts/install.sh [--prefix DIR] [--debug]
#
# --prefix DIR  where to install (default ~/.local: ~/.local/bin/cchc)
# --debug       install the debug build (faster to build; used by the tests)
set -euo pipefail

prefix="${HOME}/.local"
configuration=release
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="${2:?--prefix cần một thư mục}"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --debug) configuration=debug; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Tùy chọn không hiểu: $1 (dùng --prefix THƯ_MỤC hoặc --debug)" >&2; exit 2 ;;
  esac
done

cd "$(dirname "$0")/.."
bash scripts/deps.sh
swift build -c "$configuration" --product cchc
binary="$(swift build -c "$configuration" --show-bin-path)/cchc"

mkdir -p "$prefix/bin" "$prefix/share/cchc"
# Replace the theme whole, so that files removed from it do not linger.
rm -rf "$prefix/share/cchc/theme.new"
cp -R theme "$prefix/share/cchc/theme.new"
rm -rf "$prefix/share/cchc/theme"
mv "$prefix/share/cchc/theme.new" "$prefix/share/cchc/theme"
install -m 755 "$binary" "$prefix/bin/cchc.new"
mv -f "$prefix/bin/cchc.new" "$prefix/bin/cchc"

echo "Đã cài cchc vào $prefix/bin/cchc (giao diện mặc định: $prefix/share/cchc/theme)."
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "Thêm $prefix/bin vào PATH để gõ cchc ở mọi thư mục, ví dụ thêm dòng sau vào ~/.bashrc:"
     echo "  export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
echo "Tạo trang cho đơn vị: cchc khoi-tao THƯ_MỤC --ten-don-vi \"Ủy ban nhân dân phường …\" --base-url https://…/"
