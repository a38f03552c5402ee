#!/usr/bin/env bash
# README command 2: install what the tests need (Debian 12), build (warnings as errors), build the
# ASan+UBSan variant of core and its unit tests, and run the whole suite through ctest. ctest's fixtures
# start every real service the tests need (tests/env/testenv) and stop them afterwards.
# Exits non-zero on any failure. Needs root (network namespaces, libvirtd): run as root or with sudo.
#
#   tests/run-all.sh            everything
#   CI=true tests/run-all.sh    as CI runs it: a real-service test that cannot run is a failure
#
# Environment: CLOUDY_BUILD_DIR (default build-tests), CLOUDY_ASAN_BUILD_DIR (default build-asan),
# CLOUDY_FUZZ_BUILD_DIR (default build-fuzz), CLOUDY_SKIP_ASAN=1 to leave the sanitizer and fuzzer
# builds out, CTEST_ARGS for extra ctest arguments.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
        exec sudo --preserve-env=CI,CLOUDY_BUILD_DIR,CLOUDY_ASAN_BUILD_DIR,CLOUDY_FUZZ_BUILD_DIR,CLOUDY_SKIP_ASAN,CTEST_ARGS "$0" "$@"
    fi
    echo "tests/run-all.sh needs root (network namespaces, libvirtd): run it as root or install sudo." >&2
    exit 2
fi

build="${CLOUDY_BUILD_DIR:-$top/build-tests}"
asan_build="${CLOUDY_ASAN_BUILD_DIR:-$top/build-asan}"
fuzz_build="${CLOUDY_FUZZ_BUILD_DIR:-$top/build-fuzz}"
# shellcheck source=installers/debian/apt-packages.sh
. "$top/installers/debian/apt-packages.sh"

step() { printf '\n=== %s\n' "$*"; }

step "Installing missing Debian packages"
install_packages "$top/installers/debian/build-deps.txt" "$top/installers/debian/runtime-deps.txt" \
    "$top/tests/env/test-deps.txt" "$top/tests/env/guest/deps.txt"

step "Building ($build, warnings are errors)"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLOUDY_WERROR=ON
cmake --build "$build" --parallel 2

if [ "${CLOUDY_SKIP_ASAN:-0}" != 1 ]; then
    step "Building the ASan+UBSan variant of core and its unit tests ($asan_build)"
    cmake -S "$top" -B "$asan_build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCLOUDY_WERROR=ON \
        -DCLOUDY_SANITIZE=ON -DCLOUDY_BUILD_APPS=OFF
    cmake --build "$asan_build" --parallel 2

    step "Building the libFuzzer targets with clang ($fuzz_build)"
    cmake -S "$top" -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++-14 \
        -DCLOUDY_BUILD_FUZZERS=ON -DCLOUDY_BUILD_APPS=OFF -DCLOUDY_BUILD_TESTS=ON
    cmake --build "$fuzz_build" --parallel 2 --target fuzz_dnsmessage fuzz_catalog fuzz_ledger
fi

status=0
step "Running the suite (unit, integration and gui tests; the harness starts the real services)"
# shellcheck disable=SC2086
ctest --test-dir "$build" --output-on-failure --parallel 2 ${CTEST_ARGS:-} || status=1

if [ "${CLOUDY_SKIP_ASAN:-0}" != 1 ]; then
    step "Running the unit tests under ASan+UBSan"
    # shellcheck disable=SC2086
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS="suppressions=$top/tests/support/lsan.supp" \
        ctest --test-dir "$asan_build" --label-regex unit --output-on-failure --parallel 2 ${CTEST_ARGS:-} || status=1

    step "Fuzzing the DNS and catalog parsers briefly (bounded runs on captured packets and signed catalogs)"
    ctest --test-dir "$fuzz_build" --tests-regex '^fuzz_' --output-on-failure || status=1
fi

step "Packaging: building the .deb, installing it with apt, running the installed programs"
rm -f "$build"/cloudy-desktop_*.deb
if (cd "$build" && cpack -G DEB >/dev/null); then
    deb=$(find "$build" -maxdepth 1 -name 'cloudy-desktop_*.deb' | head -n1)
    if DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >/dev/null; then
        /usr/bin/cloudy-desktop --version && /usr/bin/cloudyctl --version && /usr/bin/cloudy-ledgerd --version || status=1
        # doctor exits 1 when something is missing on this machine (outside the harness it is): it must still
        # run and report, not crash.
        doctor_rc=0
        /usr/bin/cloudyctl doctor || doctor_rc=$?
        [ "$doctor_rc" -le 1 ] || { echo "installed cloudyctl doctor failed ($doctor_rc)"; status=1; }
        # An offscreen start: still running after 5 s means it came up. Discovery goes through a bus with no
        # avahi-daemon on it, so nothing is sent on this machine's network.
        # Its window's first paint loads the charts module from LIBDIR/cloudy-desktop: it must be found there.
        start_rc=0
        start_log=$(mktemp)
        env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen DBUS_SYSTEM_BUS_ADDRESS=unix:path=/nonexistent \
            QT_LOGGING_RULES="cloudy.desktop.debug=true" HOME="$(mktemp -d)" \
            timeout 5 /usr/bin/cloudy-desktop --backend avahi 2>"$start_log" || start_rc=$?
        [ "$start_rc" -eq 124 ] || { echo "installed cloudy-desktop did not stay up offscreen ($start_rc)"; status=1; }
        grep -q "charts module loaded" "$start_log" || {
            grep -i chart "$start_log"
            echo "installed cloudy-desktop did not load its charts module"
            status=1
        }
        rm -f "$start_log"
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -q cloudy-desktop >/dev/null || true
    else
        echo "apt-get could not install $deb"
        status=1
    fi
else
    echo "cpack could not build the .deb"
    status=1
fi

step "Summary"
echo "Real services the harness started (tests/env/testenv):"
# `testenv down` keeps the final status as status.last.
status_file="$build/tests/testenv/status"
[ -f "$status_file" ] || status_file="$status_file.last"
if [ -f "$status_file" ]; then
    sed 's/^/  /' "$status_file"
else
    echo "  (the harness did not run)"
fi
skipped=$(grep -h '^SKIP   :' "$build/Testing/Temporary/LastTest.log" 2>/dev/null || true)
if [ -n "$skipped" ]; then
    echo "Skipped tests, with their reasons:"
    printf '%s\n' "$skipped" | sed 's/^SKIP   : /  /'
else
    echo "No test was skipped."
fi
if [ "$status" -eq 0 ]; then
    echo "All tests passed."
else
    echo "Some tests FAILED: see the ctest output above (logs of the services in $build/tests/testenv/logs)."
fi
exit "$status"
