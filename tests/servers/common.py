"""Small helpers shared by the private test servers: binaries, ports, users, waiting."""

from __future__ import annotations

import atexit
import ctypes
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path
from typing import NoReturn

import pytest

SYSTEM_BIN_DIRS = ("/usr/sbin", "/sbin", "/usr/bin", "/bin")
INSTALL_HINT = "run scripts/install-test-deps.sh as root"
# The unprivileged account that owns test maildirs when the suite runs as root.
TEST_MAIL_USER = "mailtriage-test"


class ServerUnavailable(RuntimeError):
    """A server binary the fixture needs is not installed on this machine."""


def skip_or_fail(error: ServerUnavailable) -> NoReturn:
    """Skip a test whose server is not installed, but fail under CI=true (never skip silently)."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{error} (CI=true: real-server tests may not be skipped)", pytrace=False)
    pytest.skip(str(error))


class ServerStartError(RuntimeError):
    """A server was installed but did not come up; the message carries its log."""


def find_binary(name: str) -> str:
    """Return the absolute path of `name`, also looking in the sbin dirs a user PATH lacks."""
    search = os.pathsep.join([os.environ.get("PATH", ""), *SYSTEM_BIN_DIRS])
    found = shutil.which(name, path=search)
    if found is None:
        raise ServerUnavailable(f"'{name}' is not installed; {INSTALL_HINT}")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """Ask the kernel for a TCP port that is free on `host` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll `condition` until it holds; raise TimeoutError naming `what` otherwise."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.05)


def run(cmd: Sequence[str], *, user: str | None = None, cwd: Path | None = None) -> str:
    """Run a command, optionally as another OS user; return stdout or raise with the output."""
    done = subprocess.run(
        cmd, capture_output=True, text=True, check=False, user=user, group=_group_of(user), cwd=cwd
    )
    if done.returncode != 0:
        output = f"{done.stdout}{done.stderr}"
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}):\n{output}")
    return done.stdout


def _group_of(user: str | None) -> int | None:
    return None if user is None else pwd.getpwnam(user).pw_gid


def die_with_parent() -> None:
    """Child-side hook: have the kernel SIGTERM this process when the test process dies."""
    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def terminate(proc: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    """Stop a child process politely, then by force."""
    if proc.poll() is not None:
        return
    proc.send_signal(sig)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def kill_group(pgid: int) -> None:
    """SIGKILL what is left of a process group started with start_new_session=True."""
    with suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)


def running_as_root() -> bool:
    """True when the suite runs as uid 0 and must hand servers to unprivileged accounts."""
    return os.geteuid() == 0


def ensure_system_user(name: str) -> pwd.struct_passwd:
    """Return the account `name`, creating it as a no-login system user if it is missing."""
    try:
        return pwd.getpwnam(name)
    except KeyError:
        home = "/nonexistent"
        run([find_binary("useradd"), "--system", "--user-group", "--no-create-home",
             "--home-dir", home, "--shell", "/usr/sbin/nologin", name])
        return pwd.getpwnam(name)


def log_tail(path: Path, lines: int = 40) -> str:
    """The last `lines` lines of a log file under a header naming it."""
    if not path.exists():
        return f"(no log at {path})"
    tail = path.read_text(errors="replace").splitlines()[-lines:]
    return "\n".join([f"--- last {len(tail)} lines of {path}", *tail])


class PrivateServer:
    """A server process living in a temp directory of its own: the shared lifecycle."""

    label = "server"

    def __init__(self) -> None:
        self._root: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        atexit.register(self.close)

    @property
    def root(self) -> Path:
        if self._root is None:
            raise RuntimeError(f"{self.label} has not been started")
        return self._root

    @property
    def log_path(self) -> Path:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Stop the server and delete its directory."""
        self.stop()
        if self._root is not None:
            shutil.rmtree(self._root, ignore_errors=True)
            self._root = None

    def log_tail(self, lines: int = 40) -> str:
        """The end of the server log, for failure reports."""
        if self._root is None:
            return f"({self.label} was never started)"
        return log_tail(self.log_path, lines)

