# shellcheck shell=bash
# Community-ledger benchmarks (issue #6 "Community ledger"): no system service, no root. Run them with
#
#   tests/bench/run-benchmarks.sh --build build ledger
#
# (after `ninja -C build cloudy-ledgerd cloudy-bench-ledger`; a few minutes, most of it the 100k sync).
#
#   ledger-ingest-s-per-10k(goal<=1.43)  20,000 signed receipts of 8 nodes stored by LedgerStore::submit
#       (batches of 100, SQLite with synchronous=FULL in a temporary folder, one thread, every check) against
#       libsodium's Ed25519 verify of the same canonical bytes in the same run, both in seconds per 10,000
#       entries: ratio = ingest time ÷ verify time. The goal, ingest ≥ 0.7 × the verify rate, is a
#       ratio ≤ 1/0.7 ≈ 1.43.
#   ledger-200-clients-p99-ms(goal<100)   a real cloudy-ledgerd on loopback (rate limits raised: all the
#       clients share 127.0.0.1), 200 clients with their own keys and keep-alive connections each POSTing 10
#       batches of 5 receipts one after the other, all at once: the 99th percentile of the request latencies
#       against the goal, 100 ms (ratio ≤ 1 meets it). The clients are light (one socket each, all on
#       the bench's one thread, requests made beforehand) so that the ledger has the host's cores, as it
#       would with real clients on other computers.
#   ledger-200-clients-p50-ms(vs-idle)    the median of the same latencies against the median of the same
#       POST by one client on the idle ledger, measured the same way (what the load costs).
#   ledger-sync-100k-s(vs-direct-POSTs)   100,000 pending receipts in an Outbox synced by LedgerSync to a
#       fresh ledgerd until all are confirmed, against the same entries POSTed directly in batches of the
#       same size to a fresh ledgerd (the ledger's own share).
#   ledger-sync-100k-peak-rss-MB(vs-before) the peak RSS of the syncing process during the sync
#       (VmHWM, reset just before) against its RSS just before the sync.
#
#   CLOUDY_BENCH_LEDGER_ARGS  extra arguments, e.g. "--entries 5000 --rounds 5 --sync-entries 10000"

bench="$CLOUDY_BUILD_DIR/tests/bench/cloudy-bench-ledger"
ledgerd="$CLOUDY_BUILD_DIR/app/ledgerd/cloudy-ledgerd"
for program in "$bench" "$ledgerd"; do
    [ -x "$program" ] || {
        echo "no $program: ninja -C $CLOUDY_BUILD_DIR cloudy-ledgerd cloudy-bench-ledger" >&2
        exit 0
    }
done
# shellcheck disable=SC2086 # word splitting of the extra arguments is wanted
"$bench" --ledgerd "$ledgerd" ${CLOUDY_BENCH_LEDGER_ARGS:-}
