# shellcheck shell=bash
# Launching a service's guest (issue #5 "Services"): our define + start (a Session opened, the service's
# domain defined and started, as the Launch button does) against `virsh define && virsh start` with the same
# XML, interleaved, median of 10 each, for an LXC container and a QEMU guest. Needs root; starts a libvirtd
# of its own (the harness's), so it waits while another suite's libvirtd runs. About a minute.
#
#   tests/bench/run-benchmarks.sh --build build launch
#
#   service-launch-ms(lxc|qemu)  ours  virsh  ms   (goal: ratio <= 1.2)

# shellcheck source=tests/bench/benches/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# shellcheck disable=SC2086 # word splitting of the extra arguments is wanted
run_on_own_libvirtd launch cloudy-bench-launch cloudy-svc-bench-launch- "${CLOUDY_BENCH_LAUNCH_WAIT:-900}" ${CLOUDY_BENCH_LAUNCH_ARGS:-}
