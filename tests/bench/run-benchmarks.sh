#!/usr/bin/env bash
# The benchmark runner: one command, every figure measured against its reference in the same run.
#
#   tests/bench/run-benchmarks.sh [--build DIR] [--out FILE.json] [NAME...]
#
# Each tests/bench/benches/NAME.sh prints lines "figure ours reference unit" (numbers, lower is better
# unless the unit says otherwise). This runner prints "figure ours reference ratio unit" (ratio =
# ours / reference) and writes the same as JSON. Benchmarks never run inside the test suite, and nothing
# here asserts: goals are read off the ratios.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="$top/build"
out=""
names=()
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build=$(cd "$2" && pwd); shift 2 ;;
        --out) out="$2"; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) names+=("$1"); shift ;;
    esac
done
out="${out:-$build/bench-results.json}"
export CLOUDY_BUILD_DIR="$build" CLOUDY_SOURCE_DIR="$top"
[ -x "$build/app/ctl/cloudyctl" ] || { echo "No build in $build: build first (see README)." >&2; exit 2; }

if [ ${#names[@]} -eq 0 ]; then
    for script in "$(dirname "${BASH_SOURCE[0]}")"/benches/*.sh; do
        names+=("$(basename "$script" .sh)")
    done
fi

results=$(mktemp)
trap 'rm -f "$results"' EXIT
printf '%-40s %12s %12s %8s  %s\n' figure ours reference ratio unit
for name in "${names[@]}"; do
    script="$top/tests/bench/benches/$name.sh"
    [ -f "$script" ] || { echo "no benchmark named $name" >&2; exit 2; }
    while read -r figure ours reference unit; do
        [ -n "$figure" ] || continue
        ratio=$(awk -v a="$ours" -v b="$reference" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
        printf '%-40s %12s %12s %8s  %s\n' "$figure" "$ours" "$reference" "$ratio" "$unit"
        printf '%s %s %s %s %s\n' "$figure" "$ours" "$reference" "$ratio" "$unit" >>"$results"
    done < <(bash "$script")
done

{
    echo '{'
    echo "  \"date\": \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\","
    echo "  \"host\": \"$(uname -srm)\","
    echo '  "figures": ['
    awk '{ printf "%s    {\"name\": \"%s\", \"ours\": %s, \"reference\": %s, \"ratio\": %s, \"unit\": \"%s\"}", \
           (NR > 1 ? ",\n" : ""), $1, $2, $3, ($4 == "n/a" ? "null" : $4), $5 } END { print "" }' "$results"
    echo '  ]'
    echo '}'
} >"$out"
echo "JSON: $out"
