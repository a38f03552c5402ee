# shellcheck shell=bash
# Launching a service's guest (issue #5 "Services"): our define + start (a Session opened, the service's
# domain defined and started, as the Launch button does) against `virsh define && virsh start` with the same
# XML, interleaved, median of 10 each, for an LXC container and a QEMU guest. Needs root; starts a libvirtd
# of its own (the harness's), so it waits while another suite's libvirtd runs. About a minute.
#
#   tests/bench/run-benchmarks.sh --build build launch
#
#   service-launch-ms(lxc|qemu)  ours  virsh  ms   (goal: ratio <= 1.2)

if [ "$(id -u)" -ne 0 ]; then
    echo "launch benchmarks need root (a libvirtd of our own); skipped" >&2
    exit 0
fi

testenv="$CLOUDY_SOURCE_DIR/tests/env/testenv"
bench="$CLOUDY_BUILD_DIR/tests/bench/cloudy-bench-launch"
images="$CLOUDY_BUILD_DIR/tests/guest-images"
[ -x "$bench" ] || {
    echo "no $bench: ninja -C $CLOUDY_BUILD_DIR cloudy-bench-launch" >&2
    exit 0
}
state=$(mktemp -d /tmp/cloudy-bench-launch.XXXXXX)
cleanup() {
    for uri in qemu:///system lxc:///system; do
        for d in $(timeout 10 virsh -c "$uri" list --all --name 2>/dev/null | grep '^cloudy-svc-bench-launch-' || true); do
            timeout 20 virsh -q -c "$uri" destroy "$d" >/dev/null 2>&1 || true
        done
    done
    "$testenv" down --state "$state" >/dev/null 2>&1 || true
    rm -rf "$state"
}
trap cleanup EXIT

"$CLOUDY_SOURCE_DIR/tests/env/guest/build-guest-images" --out "$images" >&2 ||
    echo "launch: no guest images; the benchmark skips the guests it cannot start" >&2

waited=0
while timeout 10 virsh -c qemu:///system uri >/dev/null 2>&1; do
    if [ "$waited" -ge "${CLOUDY_BENCH_LAUNCH_WAIT:-900}" ]; then
        echo "launch: a libvirtd of someone else still runs after ${waited} s; skipped" >&2
        exit 0
    fi
    [ "$waited" -eq 0 ] && echo "launch: another libvirtd runs (another suite?); waiting for it to stop" >&2
    sleep 5
    waited=$((waited + 5))
done

"$testenv" up --state "$state" --only libvirt >&2 || exit 0
grep -q '^libvirt ok' "$state/status" 2>/dev/null || {
    echo "launch: the harness has no libvirt: $(cat "$state/status" 2>/dev/null)" >&2
    exit 0
}

# shellcheck disable=SC2086 # word splitting of the extra arguments is wanted
"$testenv" exec --state "$state" -- "$bench" --images "$images" ${CLOUDY_BENCH_LAUNCH_ARGS:-}
