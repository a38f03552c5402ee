# shellcheck shell=bash
# Service-bundle benchmarks (issue #5 "Services"): no system service, no root. Run them with
#
#   tests/bench/run-benchmarks.sh --build build services
#
# (after `ninja -C build cloudy-bench-bundle`; about a minute, most of it building the bundles).
#
#   bundle-extract-zst-MBps  a ~200 MB bundle (60 % incompressible 16 MB files, 40 % small text files;
#       .tar.zst) installed by installBundle() (every member check, staging directory, rename) against
#       `bsdtar -xf` into a fresh directory on the same file system, alternating, best of 3: data MB/s,
#       ratio = ours / bsdtar (goal >= 0.9)
#   bundle-extract-gz-MBps   the same bundle as .tar.gz
#   bundle-download-MBps     the .tar.zst fetched over loopback from StaticHttpServer by BundleFetcher
#       (SHA-256 while streaming, size cap) against `curl -s -o` from the same server, alternating, best
#       of 3 (goal >= 0.9)
#   bundle-download-vs-curl+sha256sum-MBps  the same against `curl -s -o` then `sha256sum` (curl alone
#       checks nothing; read it to see what the streaming checksum costs)
#
#   CLOUDY_BENCH_BUNDLE_WORK  where the archives are written and extracted (default: the build directory,
#                             a real disk rather than a tmpfs /tmp)
#   CLOUDY_BENCH_BUNDLE_ARGS  extra arguments, e.g. "--megabytes 50 --runs 5"

bench="$CLOUDY_BUILD_DIR/tests/bench/cloudy-bench-bundle"
[ -x "$bench" ] || {
    echo "no $bench: ninja -C $CLOUDY_BUILD_DIR cloudy-bench-bundle" >&2
    exit 0
}
for tool in bsdtar curl; do
    command -v "$tool" >/dev/null || {
        echo "services: no $tool (apt install libarchive-tools curl); skipped" >&2
        exit 0
    }
done
# shellcheck disable=SC2086 # word splitting of the extra arguments is wanted
"$bench" --work "${CLOUDY_BENCH_BUNDLE_WORK:-$CLOUDY_BUILD_DIR}" ${CLOUDY_BENCH_BUNDLE_ARGS:-}
