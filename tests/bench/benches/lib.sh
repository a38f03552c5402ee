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
