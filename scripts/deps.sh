#!/usr/bin/env bash
# Installs what building cchc needs on Debian: libcmark-dev, libqrencode-dev, pkg-config.
# Run by build.sh and test.sh (extra Debian packages as arguments); installs only what is missing.
set -euo pipefail

need_apt=()
pkg-config --exists libcmark 2>/dev/null || need_apt+=(libcmark-dev)
pkg-config --exists libqrencode 2>/dev/null || need_apt+=(libqrencode-dev)
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
for extra in "$@"; do
  case "$extra" in
    java) command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless) ;;
    *) dpkg -s "$extra" >/dev/null 2>&1 || need_apt+=("$extra") ;;
  esac
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Cài đặt gói hệ thống: ${need_apt[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
