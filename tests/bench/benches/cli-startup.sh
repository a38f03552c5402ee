# shellcheck shell=bash
# How fast cloudyctl answers a trivial command, against virsh (the libvirt CLI people use beside it),
# both linking libvirt and started the same way. Goal: ours <= 1.5x the reference.
# shellcheck source=tests/bench/benches/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ctl="$CLOUDY_BUILD_DIR/app/ctl/cloudyctl"
median_ms 3 "$ctl" --version >/dev/null # warm the page cache for both
median_ms 3 virsh --version >/dev/null
ours=$(median_ms 31 "$ctl" --version)
reference=$(median_ms 31 virsh --version)
echo "cli-startup(cloudyctl-vs-virsh) $ours $reference ms"
