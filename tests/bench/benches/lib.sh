# shellcheck shell=bash
# Helpers for benchmark scripts.

# median_ms RUNS COMMAND...: runs COMMAND RUNS times (output discarded) and prints the median wall time
# in milliseconds with one decimal.
median_ms() {
    local runs=$1
    shift
    local i start end
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        echo $(((end - start) / 1000))
    done | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f\n", m / 1000 }'
}

# run_on_own_libvirtd NAME PROGRAM DOMAIN_PREFIX WAIT_SECONDS [ARGS...]: runs the bench program
# $CLOUDY_BUILD_DIR/tests/bench/PROGRAM --images DIR ARGS inside a harness that starts only libvirtd, with
# the test guest images built first. Only one libvirtd can run on a machine: when one already answers
# (another suite's harness), this waits up to WAIT_SECONDS for it to go instead of using it, because a
# harness removes every cloudy-test-* domain of the libvirtd it uses. On exit the program's domains
# (DOMAIN_PREFIX*) are destroyed and the harness stopped. Prints why and returns 0 when it cannot run.
run_on_own_libvirtd() {
    local name=$1 program=$2 prefix=$3 wait_seconds=$4
    shift 4
    if [ "$(id -u)" -ne 0 ]; then
        echo "$name benchmarks need root (a libvirtd of our own); skipped" >&2
        return 0
    fi
    testenv="$CLOUDY_SOURCE_DIR/tests/env/testenv"
    local bench="$CLOUDY_BUILD_DIR/tests/bench/$program"
    local images="$CLOUDY_BUILD_DIR/tests/guest-images"
    [ -x "$bench" ] || {
        echo "no $bench: ninja -C $CLOUDY_BUILD_DIR $program" >&2
        return 0
    }
    own_libvirtd_state=$(mktemp -d "/tmp/cloudy-bench-$name.XXXXXX")
    own_libvirtd_prefix=$prefix
    trap own_libvirtd_cleanup EXIT

    "$CLOUDY_SOURCE_DIR/tests/env/guest/build-guest-images" --out "$images" >&2 ||
        echo "$name: no guest images; the benchmark skips the guests it cannot start" >&2

    local waited=0
    while timeout 10 virsh -c qemu:///system uri >/dev/null 2>&1; do
        if [ "$waited" -ge "$wait_seconds" ]; then
            echo "$name: a libvirtd of someone else still runs after ${waited} s; skipped" >&2
            return 0
        fi
        [ "$waited" -eq 0 ] && echo "$name: another libvirtd runs (another suite?); waiting for it to stop" >&2
        sleep 5
        waited=$((waited + 5))
    done

    "$testenv" up --state "$own_libvirtd_state" --only libvirt >&2 || return 0
    grep -q '^libvirt ok' "$own_libvirtd_state/status" 2>/dev/null || {
        echo "$name: the harness has no libvirt: $(cat "$own_libvirtd_state/status" 2>/dev/null)" >&2
        return 0
    }
    "$testenv" exec --state "$own_libvirtd_state" -- "$bench" --images "$images" "$@"
}

own_libvirtd_cleanup() {
    local uri d
    for uri in qemu:///system lxc:///system; do
        for d in $(timeout 10 virsh -c "$uri" list --all --name 2>/dev/null | grep "^$own_libvirtd_prefix" || true); do
            timeout 20 virsh -q -c "$uri" destroy "$d" >/dev/null 2>&1 || true
        done
    done
    "$testenv" down --state "$own_libvirtd_state" >/dev/null 2>&1 || true
    rm -rf "$own_libvirtd_state"
}

# desktop_env HOME_DIR RUNTIME_DIR COMMAND...: runs a GUI program (ours or a reference) with nothing of the
# user's and no service to reach: XDG folders under HOME_DIR (kept between runs, so the app's first run is
# done once), RUNTIME_DIR as XDG_RUNTIME_DIR (give each run a fresh one: cloudy-desktop is single-instance,
# a second launch would exit at once), D-Bus addresses that lead nowhere, libvirt's test driver, and the
# offscreen Qt platform unless QT_QPA_PLATFORM says otherwise.
desktop_env() {
    local home=$1 runtime=$2
    shift 2
    mkdir -p "$home/config" "$home/cache" "$home/data" "$home/state"
    env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" XDG_DATA_HOME="$home/data" \
        XDG_STATE_HOME="$home/state" XDG_RUNTIME_DIR="$runtime" \
        DBUS_SESSION_BUS_ADDRESS="unix:path=$home/no-such-bus" DBUS_SYSTEM_BUS_ADDRESS="unix:path=$home/no-such-bus" \
        LIBVIRT_DEFAULT_URI=test:///default QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$@"
}

# desktop_us HOME_DIR COMMAND...: one run of COMMAND in desktop_env with a fresh runtime folder; prints its
# wall time in microseconds (bash's clock, no fork around it: only the program's own run is timed).
desktop_us() {
    local home=$1
    shift
    local start end runtime
    runtime=$(desktop_runtime)
    start=${EPOCHREALTIME/./}
    desktop_env "$home" "$runtime" "$@" >/dev/null 2>&1 || true
    end=${EPOCHREALTIME/./}
    rm -rf "$runtime"
    echo $((end - start))
}

# median_of_us US...: the median of microsecond figures, in milliseconds with one decimal.
median_of_us() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f\n", m / 1000 }'
}

# median_desktop_ms RUNS HOME_DIR COMMAND...: like median_ms, each run through desktop_us.
median_desktop_ms() {
    local runs=$1 home=$2
    shift 2
    local i times=()
    for ((i = 0; i < runs; i++)); do
        times+=("$(desktop_us "$home" "$@")")
    done
    median_of_us "${times[@]}"
}

# desktop_runtime: a new runtime folder, on tmpfs like a real XDG_RUNTIME_DIR (/run/user/UID) when
# /dev/shm is writable (a lock file's fdatasync on a disk would cost tens of ms that no user pays).
desktop_runtime() {
    local base=/tmp
    [ -w /dev/shm ] && base=/dev/shm
    local dir
    dir=$(mktemp -d "$base/cloudy-bench-runtime.XXXXXX")
    chmod 700 "$dir"
    echo "$dir"
}

# desktop_settings HOME_DIR: cloudy-desktop's settings in that home, with the first-run assistant done (the
# figures are about an ordinary start, not the one-time assistant).
desktop_settings() {
    mkdir -p "$1/config/cloudy-desktop"
    printf '[ui]\nfirstRunDone=true\n' >"$1/config/cloudy-desktop/cloudy.conf"
}
