#!/usr/bin/env bash
# README command 1: install what is missing (Debian 12), build, and start cloudy-desktop.
#
#   installers/run-from-source.sh [cloudy-desktop options]
#
# Packages are installed as root (directly, or through sudo when run by a normal user). The build and the
# app run as the invoking user, so the build tree is not owned by root and the app uses that user's
# session: qemu:///session for libvirt, their keyring, their XDG data folder.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${CLOUDY_BUILD_DIR:-$top/build}"
# shellcheck source=installers/debian/apt-packages.sh
. "$top/installers/debian/apt-packages.sh"

install_packages "$top/installers/debian/build-deps.txt" "$top/installers/debian/runtime-deps.txt"

# When started with sudo, build and run as the user who called sudo.
as_user=()
if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
    # shellcheck disable=SC2054 # the commas separate sudo's variable list, not array elements
    as_user=(sudo -u "$SUDO_USER" --preserve-env=DISPLAY,WAYLAND_DISPLAY,XAUTHORITY,XDG_RUNTIME_DIR,DBUS_SESSION_BUS_ADDRESS)
fi

"${as_user[@]}" cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
"${as_user[@]}" cmake --build "$build" --parallel 2 --target cloudy-desktop cloudyctl cloudy-ledgerd

echo "Starting cloudy-desktop (cloudyctl doctor tells what this computer offers it)."
exec "${as_user[@]}" "$build/app/desktop/cloudy-desktop" "$@"
