# shellcheck shell=sh
# /lib/cloudy-guest.sh - shell functions shared by the two guest flavours:
#   /init              PID 1 of the QEMU guest (initramfs)
#   /sbin/cloudy-init  PID 1 of the libvirt LXC container
# Sourced by busybox ash. Test suites grep the console for these exact lines:
#   CLOUDY-GUEST-READY                 the guest is up (printed once)
#   CLOUDY-GUEST-SERVICE-UP NAME       the tiny HTTP service accepts connections
#   CLOUDY-GUEST-SERVICE-FAILED NAME   it could not be started (bad port, port taken...)
# Any other console output of these scripts starts with "cloudy-guest: ".

CLOUDY_WWW=/srv/www
CLOUDY_SERVICE_PID=
CLOUDY_SLEEP_PID=

cloudy_log() { echo "cloudy-guest: $*"; }

# cloudy_start_service NAME PORT
# Serves $CLOUDY_WWW/index.html (contains "cloudy-guest") with busybox httpd on
# TCP PORT, all addresses. busybox nc has no -k and its -e server is one
# connection at a time; httpd -f is a real persistent server.
cloudy_start_service() {
    name=$1 port=$2
    case $port in
        ''|*[!0-9]*) cloudy_log "bad port '$port'"; echo "CLOUDY-GUEST-SERVICE-FAILED $name"; return 1 ;;
    esac
    if [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
        cloudy_log "bad port '$port'"; echo "CLOUDY-GUEST-SERVICE-FAILED $name"; return 1
    fi
    mkdir -p "$CLOUDY_WWW"
    printf '<!DOCTYPE html>\n<html><head><title>cloudy-guest %s</title></head>\n<body><p>cloudy-guest service=%s port=%s host=%s</p></body></html>\n' \
        "$name" "$name" "$port" "$(hostname)" > "$CLOUDY_WWW/index.html"
    httpd -f -p "$port" -h "$CLOUDY_WWW" &
    CLOUDY_SERVICE_PID=$!
    # "Up" = the port is in LISTEN state (netstat reads /proc/net/tcp*) or an
    # HTTP request over loopback gets our page (works even without /proc).
    # Not busybox wget: this static (glibc) busybox's wget segfaults where no
    # libnss_*.so exists (LXC rootfs, chroot); nc does not resolve names.
    i=0
    while [ $i -lt 100 ]; do
        if netstat -ltn 2>/dev/null | grep -q "[:.]${port}[[:space:]]" ||
           printf 'GET / HTTP/1.0\r\n\r\n' | nc -w 2 127.0.0.1 "$port" 2>/dev/null | grep -q cloudy-guest; then
            echo "CLOUDY-GUEST-SERVICE-UP $name"
            return 0
        fi
        kill -0 "$CLOUDY_SERVICE_PID" 2>/dev/null || break   # httpd died (port taken?)
        sleep 0.1
        i=$((i + 1))
    done
    echo "CLOUDY-GUEST-SERVICE-FAILED $name"
    return 1
}

cloudy_stop_service() {
    [ -n "$CLOUDY_SERVICE_PID" ] && kill "$CLOUDY_SERVICE_PID" 2>/dev/null &&
        wait "$CLOUDY_SERVICE_PID" 2>/dev/null
    [ -n "$CLOUDY_SLEEP_PID" ] && kill "$CLOUDY_SLEEP_PID" 2>/dev/null
    return 0
}

# Never returns. sleep runs in the background and we `wait` for it so that a
# trapped signal (LXC: SIGTERM) is handled at once, not after the sleep ends.
cloudy_stay_alive() {
    while :; do
        sleep 3600 &
        CLOUDY_SLEEP_PID=$!
        wait "$CLOUDY_SLEEP_PID"
    done
}
