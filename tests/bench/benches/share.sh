# shellcheck shell=bash
# Sharing benchmarks (the issue's "capped guest" figures), on the harness's own libvirtd (tests/env/testenv
# --only libvirt): needs root. Run them with
#
#   tests/bench/run-benchmarks.sh --build build share
#
# (after `ninja -C build cloudy-bench-share cloudyctl`; takes about 6 minutes). The guest images are
# built (or found up to date) in BUILD/tests/guest-images, as the test suite does.
#
#   share-cpu-cap-P(KIND)          a guest burning more than it may (LXC: two busy loops as the container's
#       init; QEMU TCG, 2 vCPUs: the test guest with cloudy.burn=2) capped live with Domain::setCpuCap at
#       P = 25, 50, 100 % of one core; its host CPU use from its cgroup (cpuacct.usage), mean over 30 s in
#       cores, against the cap in cores: ratio = measured / cap (goal 0.95-1.05)
#   share-cpu-cap-P-libvirt(KIND)  the same from libvirt's CPU-time counter (collectDomainStats)
#   share-cpu-cap-P-sd(KIND)       steadiness: standard deviation of the thirty 1-s samples, against their
#       mean (not 0, which would print "n/a"), so the ratio column is the coefficient of variation
#   share-cpu-cap-P-throttled(KIND) CFS periods in which the guest was throttled, against all periods of
#       the window: ratio near 1 = the cap is what limited the guest; well below 1 = the host's CPUs were
#       busy with other work and the guest got less than its cap (read measured/cap with that in mind)
#   share-toggle-suspend-ms(KIND)  Domain::suspend() on a Session opened once -> the Suspended lifecycle
#       event, median of 20, against `virsh -c URI suspend NAME` process wall time (which includes
#       connecting, as the issue's reference does), interleaved in the same run (goal <= 1.2x)
#   share-toggle-resume-ms(KIND)   the same for resume -> Resumed
#       (toggles run after the caps, on the guest still burning under the last cap)
#
# Only one libvirtd can run on a machine: when one already answers (another suite's harness), this waits
# for it to go (up to CLOUDY_BENCH_SHARE_WAIT seconds, default 900) instead of using it, because the harness
# removes every cloudy-test-* domain of the libvirtd it uses, which would break that suite. Our guests are
# named cloudy-bench-share-* so no other harness removes them. The details of every sample go to stderr.
#   CLOUDY_BENCH_SHARE_ARGS   extra arguments for cloudy-bench-share, e.g. "--kinds lxc --seconds 10"

if [ "$(id -u)" -ne 0 ]; then
    echo "share benchmarks need root (libvirtd of our own, the domains' cgroups); skipped" >&2
    exit 0
fi

testenv="$CLOUDY_SOURCE_DIR/tests/env/testenv"
bench="$CLOUDY_BUILD_DIR/tests/bench/cloudy-bench-share"
images="$CLOUDY_BUILD_DIR/tests/guest-images"
[ -x "$bench" ] || {
    echo "no $bench: ninja -C $CLOUDY_BUILD_DIR cloudy-bench-share" >&2
    exit 0
}
state=$(mktemp -d /tmp/cloudy-bench-share.XXXXXX)
cleanup() {
    for uri in qemu:///system lxc:///system; do
        for d in $(timeout 10 virsh -c "$uri" list --all --name 2>/dev/null | grep '^cloudy-bench-share-' || true); do
            timeout 20 virsh -q -c "$uri" destroy "$d" >/dev/null 2>&1 || true
        done
    done
    "$testenv" down --state "$state" >/dev/null 2>&1 || true
    rm -rf "$state"
}
trap cleanup EXIT

"$CLOUDY_SOURCE_DIR/tests/env/guest/build-guest-images" --out "$images" >&2 ||
    echo "share: no guest images; the benchmark skips the guests it cannot start" >&2

waited=0
while timeout 10 virsh -c qemu:///system uri >/dev/null 2>&1; do
    if [ "$waited" -ge "${CLOUDY_BENCH_SHARE_WAIT:-900}" ]; then
        echo "share: a libvirtd of someone else still runs after ${waited} s; skipped" >&2
        exit 0
    fi
    [ "$waited" -eq 0 ] && echo "share: another libvirtd runs (another suite?); waiting for it to stop" >&2
    sleep 5
    waited=$((waited + 5))
done

"$testenv" up --state "$state" --only libvirt >&2 || exit 0
grep -q '^libvirt ok' "$state/status" 2>/dev/null || {
    echo "share: the harness has no libvirt: $(cat "$state/status" 2>/dev/null)" >&2
    exit 0
}

# shellcheck disable=SC2086 # word splitting of the extra arguments is wanted
"$testenv" exec --state "$state" -- "$bench" --images "$images" ${CLOUDY_BENCH_SHARE_ARGS:-}
