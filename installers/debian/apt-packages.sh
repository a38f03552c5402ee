# shellcheck shell=bash
# install_packages LIST...: apt-get installs the packages named in the list files (one per line, '#'
# comments) that are not installed yet. Runs apt as root, or through sudo for a normal user.

read_package_list() {
    sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$@" | grep -v '^[[:space:]]*$' | sort -u
}

install_packages() {
    local missing=() package
    while read -r package; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done < <(read_package_list "$@")
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local root=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "These packages are missing and installing them needs root: ${missing[*]}" >&2
            echo "Run this command as root, or install sudo." >&2
            return 1
        fi
        root=(sudo)
    fi
    "${root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}
