#!/usr/bin/env bash
# Installs the Debian packages the real-server tests need (Dovecot, PostgreSQL, OpenSSL) and
# the unprivileged account that owns test maildirs. Idempotent; run as root on Debian 12.
# The tests start private servers on random loopback ports, so the system services these
# packages ship are stopped and disabled when this script installs them.
set -euo pipefail

PACKAGES=(dovecot-core dovecot-imapd postgresql openssl passwd systemd)
SERVICES=(dovecot postgresql)
TEST_MAIL_USER=mailtriage-test

missing_packages() {
    local package
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$' \
            || echo "$package"
    done
}

# Keep maintainer scripts from starting services while installing (policy-rc.d, exit 101).
block_service_starts() {
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    fi
}

stop_system_services() {
    local service
    for service in "${SERVICES[@]}"; do
        if [[ -d /run/systemd/system ]]; then
            systemctl disable --now "$service" >/dev/null 2>&1 || true
        else
            service "$service" stop >/dev/null 2>&1 || true
        fi
    done
}

install_packages() {
    export DEBIAN_FRONTEND=noninteractive
    block_service_starts
    apt-get -o DPkg::Lock::Timeout=600 update -q
    apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "$@"
    stop_system_services
}

ensure_test_user() {
    id -u "$TEST_MAIL_USER" >/dev/null 2>&1 && return
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin "$TEST_MAIL_USER"
}

main() {
    local -a missing
    mapfile -t missing < <(missing_packages)
    if ((${#missing[@]} > 0)); then
        if ((EUID != 0)); then
            echo "install-test-deps: missing ${missing[*]}; run this script as root" >&2
            exit 1
        fi
        install_packages "${missing[@]}"
    fi
    if ((EUID == 0)); then
        ensure_test_user
    fi
    echo "install-test-deps: dovecot, postgresql and openssl are installed"
}

main "$@"
