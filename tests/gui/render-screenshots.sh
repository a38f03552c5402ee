#!/usr/bin/env bash
# Renders a screenshot of every page of the main window into docs/screenshots/ (used by the README).
#   tests/gui/render-screenshots.sh [BUILD_DIR]
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="${1:-$top/build}"
out="$top/docs/screenshots"
mkdir -p "$out"
CLOUDY_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=offscreen "$build/tests/gui/tst_mainwindow" hasTheFourPages >/dev/null
CLOUDY_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=offscreen "$build/tests/gui/tst_nearbypage" showsGroupsAndDetails >/dev/null
CLOUDY_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=offscreen "$build/tests/gui/tst_sharepage" screenshot >/dev/null
# After tst_mainwindow: the Services page with a catalog and an installed service, not its empty state.
CLOUDY_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=offscreen "$build/tests/gui/tst_servicespage" screenshot >/dev/null
# After tst_mainwindow too: the Rewards page with a month of sample receipts from a fake rewards source.
CLOUDY_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=offscreen "$build/tests/gui/tst_rewardspage" screenshot >/dev/null
ls "$out"
