"""Tell systemd about start-up, reloads, liveness and shutdown over $NOTIFY_SOCKET (sd_notify(3))."""

# Hand-written on purpose: the datagram protocol is a few lines, while `sdnotify` has had no
# release since 2017 and `systemd-python` must be compiled against libsystemd's headers.

from __future__ import annotations

import logging
import os
import socket
import time

log = logging.getLogger(__name__)


def notify(*states: str) -> bool:
    """Send `KEY=value` lines to the service manager; False (a no-op) outside systemd."""
    address = _socket_address()
    if address is None or not states:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall("\n".join(states).encode())
    except OSError as exc:  # the manager going away must never stop the daemon
        log.warning("cannot notify systemd at %s: %s", os.environ.get("NOTIFY_SOCKET"), exc)
        return False
    return True


def _socket_address() -> str | None:
    """$NOTIFY_SOCKET as a socket address; '@' at the start means the abstract namespace."""
    value = os.environ.get("NOTIFY_SOCKET", "")
    if value.startswith("@"):
        return "\0" + value[1:]
    return value if value.startswith("/") else None


def watchdog_interval() -> float | None:
    """Seconds between WATCHDOG=1 pings (half of WATCHDOG_USEC), or None when it is off.

    As sd_watchdog_enabled(3): WATCHDOG_PID, when set, must be this process.
    """
    pid = os.environ.get("WATCHDOG_PID")
    if pid and pid != str(os.getpid()):
        return None
    try:
        usec = int(os.environ.get("WATCHDOG_USEC", "0"))
    except ValueError:
        return None
    return usec / 2_000_000 if usec > 0 else None


def reloading() -> list[str]:
    """The RELOADING=1 message, with the CLOCK_MONOTONIC stamp sd_notify(3) asks for."""
    return ["RELOADING=1", f"MONOTONIC_USEC={time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000}"]
