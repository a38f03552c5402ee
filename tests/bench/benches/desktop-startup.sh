# shellcheck shell=bash
# Start to first painted window: cloudy-desktop against the smallest Qt Widgets program with a window
# (tests/bench/minimal_window.cpp), both in the same run. Each program exits right after its window's
# first paint (cloudy-desktop: CLOUDY_EXIT_AFTER_FIRST_PAINT=1, see app/desktop/main.cpp), so the wall time
# from exec to exit is the start to the first painted window, measured the same way for both. Both run in
# the same isolated environment (lib.sh desktop_env: own XDG folders, no D-Bus, libvirt's test driver,
# offscreen platform; QT_QPA_PLATFORM=xcb with a DISPLAY measures on X instead), 21 runs of each,
# alternating, median of each.
# Goal: ours <= 1.5x the reference.
# shellcheck source=tests/bench/benches/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ours_bin="$CLOUDY_BUILD_DIR/app/desktop/cloudy-desktop"
ref_bin="$CLOUDY_BUILD_DIR/tests/bench/cloudy-bench-minimal-window"
for bin in "$ours_bin" "$ref_bin"; do
    [ -x "$bin" ] || {
        echo "no $bin: ninja -C $CLOUDY_BUILD_DIR cloudy-desktop cloudy-bench-minimal-window" >&2
        exit 0
    }
done
home=$(mktemp -d /tmp/cloudy-bench-desktop.XXXXXX)
trap 'rm -rf "$home"' EXIT
desktop_settings "$home"
export CLOUDY_EXIT_AFTER_FIRST_PAINT=1
# A run that does not paint (a broken display) must not pass for a fast start.
runtime=$(desktop_runtime)
painted=$(desktop_env "$home" "$runtime" timeout 30 "$ours_bin" 2>/dev/null || true)
rm -rf "$runtime"
[ "$painted" = first-paint ] || {
    echo "desktop-startup: cloudy-desktop did not paint its window (got '$painted'); skipped" >&2
    exit 0
}
median_desktop_ms 3 "$home" timeout 30 "$ours_bin" >/dev/null # warm the page cache for both
median_desktop_ms 3 "$home" timeout 30 "$ref_bin" >/dev/null
# The two alternate, run by run, so that a slower or quicker spell of the host weighs on both alike.
ours_us=()
reference_us=()
for ((run = 0; run < 21; run++)); do
    ours_us+=("$(desktop_us "$home" timeout 30 "$ours_bin")")
    reference_us+=("$(desktop_us "$home" timeout 30 "$ref_bin")")
done
ours=$(median_of_us "${ours_us[@]}")
reference=$(median_of_us "${reference_us[@]}")
echo "desktop-startup(first-paint-vs-minimal-qt) $ours $reference ms"
