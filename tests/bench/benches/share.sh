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

# shellcheck source=tests/bench/benches/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# shellcheck disable=SC2086 # word splitting of the extra arguments is wanted
run_on_own_libvirtd share cloudy-bench-share cloudy-bench-share- "${CLOUDY_BENCH_SHARE_WAIT:-900}" ${CLOUDY_BENCH_SHARE_ARGS:-}
