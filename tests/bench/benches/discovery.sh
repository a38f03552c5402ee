# shellcheck shell=bash
# Discovery benchmarks, on a namespace LAN of their own (tests/env/testenv, prefix bn-): needs root.
#   discovery-latency(BACKEND): a service published on mc1 -> its line in `cloudyctl discover --watch`,
#       against `avahi-browse -a -r -p` started at the same moment (median of 5; goal <= 1.1x)
#   discovery-1000(BACKEND): 1,000 services over 50 microclouds, cold caches -> all resolved in our model,
#       against avahi-browse (goal <= 1.3x)
#   gui-max-stall(BACKEND): the longest event-loop stall of the real window while the 1,000 arrive,
#       against the same window with no discovery (goal < 50 ms)
#   memory-per-service(BACKEND): RSS growth of the GUI per service, against avahi-browse's
# shellcheck source=tests/bench/benches/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [ "$(id -u)" -ne 0 ]; then
    echo "discovery benchmarks need root (network namespaces); skipped" >&2
    exit 0
fi

testenv="$CLOUDY_SOURCE_DIR/tests/env/testenv"
ctl="$CLOUDY_BUILD_DIR/app/ctl/cloudyctl"
gui="$CLOUDY_BUILD_DIR/tests/bench/cloudy-bench-nearby"
state=$(mktemp -d /tmp/cloudy-bench.XXXXXX)
work=$(mktemp -d /tmp/cloudy-bench-work.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    "$testenv" down --state "$state" >/dev/null 2>&1 || true
    rm -rf "$state" "$work"
}
trap cleanup EXIT

CLOUDY_TESTENV_LAN_PREFIX=bn- CLOUDY_TESTENV_SUBNET=10.79.0 "$testenv" up --state "$state" --only dbus,lan >&2 || exit 0

now_us() { echo "${EPOCHREALTIME/./}"; }

# stamp FILE: copies stdin to FILE, each line prefixed with the microsecond it arrived.
stamp() {
    local line
    while IFS= read -r line; do printf '%s %s\n' "$(now_us)" "$line"; done >"$1"
}

# watch_ours BACKEND FILE / watch_reference FILE: start a watcher in the background.
# testenv exec and netns-exec exec the command, so $! is the watcher itself (its output is stamped by a
# process substitution, which ends when the watcher does).
watch_ours() {
    if [ "$1" = avahi ]; then
        "$testenv" exec --state "$state" -- "$ctl" discover --backend avahi --watch --json 2>/dev/null > >(stamp "$2") &
    else
        "$testenv" netns-exec --state "$state" home -- "$ctl" discover --backend mdns --watch --json 2>/dev/null \
            > >(stamp "$2") &
    fi
    pids+=($!)
}
watch_reference() {
    "$testenv" exec --state "$state" -- stdbuf -oL avahi-browse -a -r -p 2>/dev/null > >(stamp "$1") &
    reference_pid=$!
    pids+=($!)
}
stop_watchers() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    pids=()
    sleep 0.3 # the stamping processes write their last lines
}

# first_us FILE PATTERN: arrival time of the first line matching the (grep -E) pattern, or empty.
first_us() { grep -E -m1 "$2" "$1" 2>/dev/null | cut -d' ' -f1; }

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# ---- latency -------------------------------------------------------------------------------------------
for backend in avahi mdns; do
    ours_ms=()
    ref_ms=()
    for round in 1 2 3 4 5; do
        watch_ours "$backend" "$work/ours"
        watch_reference "$work/ref"
        sleep 3 # both have finished their initial enumeration
        name="lat-$backend-$round-$RANDOM"
        type="_bl$round$RANDOM._tcp"
        t0=$(now_us)
        id=$("$testenv" publish --state "$state" mc1 "$name" "$type" 9000 mc=bench)
        for _ in $(seq 100); do
            ours=$(first_us "$work/ours" "\"event\":\"added\".*\"name\":\"$name\"")
            ref=$(first_us "$work/ref" "^[0-9]+ =;.*;$name;")
            [ -n "$ours" ] && [ -n "$ref" ] && break
            sleep 0.1
        done
        stop_watchers
        "$testenv" withdraw --state "$state" "$id" >/dev/null
        [ -n "$ours" ] && ours_ms+=("$(((ours - t0) / 1000))")
        [ -n "$ref" ] && ref_ms+=("$(((ref - t0) / 1000))")
    done
    echo "discovery-latency($backend) $(printf '%s\n' "${ours_ms[@]}" | median) $(printf '%s\n' "${ref_ms[@]}" | median) ms"
done

# ---- 1,000 services over 50 microclouds ----------------------------------------------------------------
for i in $(seq 0 999); do
    host="mc$((i % 3 + 1))"
    cat >"$state/avahi/$host/services/bulk-$i.service" <<EOF
<?xml version="1.0" standalone='no'?>
<!DOCTYPE service-group SYSTEM "avahi-service.dtd">
<service-group><name>bulk-$i</name><service><type>_bulk._tcp</type><port>$((10000 + i))</port><txt-record>mc=mc$((i % 50))</txt-record><txt-record>node=$host</txt-record></service></service-group>
EOF
done
for host in mc1 mc2 mc3; do "$testenv" restart-avahi --state "$state" "$host" >/dev/null; done
resolved() { "$testenv" exec --state "$state" -- avahi-browse -rtp _bulk._tcp 2>/dev/null | grep -c '^=' || true; }
for _ in $(seq 120); do [ "$(resolved)" -ge 1000 ] && break; sleep 1; done

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
# avahi-browse's own size with nothing to show: its growth beyond that is what the services cost it.
"$testenv" exec --state "$state" -- avahi-browse -r -p _nothing-here._tcp >/dev/null 2>&1 &
idle_pid=$!
sleep 1
ref_idle_rss=$(rss_kb "$idle_pid")
kill "$idle_pid" 2>/dev/null
wait "$idle_pid" 2>/dev/null || true
for backend in avahi mdns; do
    # Cold caches on both sides: the home daemon starts afresh, and so does our browser.
    "$testenv" restart-avahi --state "$state" home >/dev/null
    t0=$(now_us)
    watch_ours "$backend" "$work/ours"
    watch_reference "$work/ref"
    for _ in $(seq 1200); do
        ours_n=$(grep -c '"event":"added".*"type":"_bulk._tcp"' "$work/ours" 2>/dev/null || true)
        ref_n=$(grep -c '^[0-9]* =;.*;_bulk._tcp;' "$work/ref" 2>/dev/null || true)
        [ "$ours_n" -ge 1000 ] && [ "$ref_n" -ge 1000 ] && break
        sleep 0.1
    done
    ours=$(grep '"event":"added".*"type":"_bulk._tcp"' "$work/ours" | sed -n 1000p | cut -d' ' -f1)
    ref=$(grep '^[0-9]* =;.*;_bulk._tcp;' "$work/ref" | sed -n 1000p | cut -d' ' -f1)
    ref_rss=$(rss_kb "$reference_pid")
    stop_watchers
    echo "discovery-1000($backend) $(((${ours:-t0} - t0) / 1000)) $(((${ref:-t0} - t0) / 1000)) ms"

    # The real window: stall and memory while the same 1,000 arrive.
    "$testenv" restart-avahi --state "$state" home >/dev/null
    if [ "$backend" = avahi ]; then
        gui_line=$(QT_QPA_PLATFORM=offscreen "$testenv" exec --state "$state" -- "$gui" avahi _bulk._tcp 1000 120 2>/dev/null)
    else
        gui_line=$(QT_QPA_PLATFORM=offscreen "$testenv" netns-exec --state "$state" home -- "$gui" mdns _bulk._tcp 1000 120 2>/dev/null)
    fi
    idle_line=$(QT_QPA_PLATFORM=offscreen "$testenv" exec --state "$state" -- "$gui" none _bulk._tcp 1 5 2>/dev/null)
    stall=$(sed -n 's/.*max_stall_ms=\([0-9]*\).*/\1/p' <<<"$gui_line")
    idle_stall=$(sed -n 's/.*max_stall_ms=\([0-9]*\).*/\1/p' <<<"$idle_line")
    echo "gui-max-stall($backend) ${stall:-0} ${idle_stall:-0} ms"
    before=$(sed -n 's/.*rss_kb_before=\([0-9]*\).*/\1/p' <<<"$gui_line")
    after=$(sed -n 's/.*rss_kb_after=\([0-9]*\).*/\1/p' <<<"$gui_line")
    echo "memory-per-service($backend) $(awk -v a="${after:-0}" -v b="${before:-0}" 'BEGIN { printf "%.2f", (a - b) / 1000 }') $(awk -v r="${ref_rss:-0}" -v i="${ref_idle_rss:-0}" 'BEGIN { printf "%.2f", (r - i) / 1000 }') KB"
done
