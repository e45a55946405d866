"""Runs a private Dovecot IMAP/IMAPS server on 127.0.0.1 with its own config, users and maildirs."""

from __future__ import annotations

import grp
import os
import pwd
import re
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from string import Template

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from .common import (
    TEST_MAIL_USER,
    PrivateServer,
    ServerStartError,
    die_with_parent,
    ensure_system_user,
    find_binary,
    free_port,
    kill_group,
    run,
    running_as_root,
    terminate,
    wait_until,
)
from .tls import ServerCertificate, make_certificate

HOST = "127.0.0.1"
_USER_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_APPENDUID = re.compile(rb"APPENDUID \d+ (\d+)")

# Only this file configures the instance: nothing from /etc/dovecot is read. As root, the
# master stays root, logins run as dovenull and mail processes as TEST_MAIL_USER (a system
# uid, hence first_valid_uid); without root everything runs as the caller and cannot chroot.
_CONFIG = Template("""\
instance_name = mailtriage-test-$port
base_dir = $root/run
state_dir = $root/state
log_path = $root/dovecot.log
auth_verbose = yes
auth_failure_delay = 0
protocols = imap
listen = $host
ssl = yes
ssl_cert = <$cert
ssl_key = <$key
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = $internal_user
default_internal_group = $internal_group
default_login_user = $login_user
first_valid_uid = $uid
first_valid_gid = $gid
mail_location = maildir:~/Maildir
imap_idle_notify_interval = 1 secs
namespace inbox {
  inbox = yes
  separator = /
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $root/users/%u
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$root/mail/%u allow_all_users=yes
}
service imap-login {
  $chroot
  inet_listener imap {
    address = $host
    port = $port
  }
  inet_listener imaps {
    address = $host
    port = $tls_port
    ssl = yes
  }
}
# Failed logins in tests must not slow down the next ones: no auth penalty (anvil).
service anvil {
  $chroot
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
""")


@dataclass(frozen=True)
class ImapAccount:
    """Credentials and endpoints of one mailbox on the test server."""

    user: str
    password: str
    host: str
    imap_port: int
    imaps_port: int
    ca_file: Path


@dataclass(frozen=True)
class _Accounts:
    """OS accounts the Dovecot processes run as."""

    mail: pwd.struct_passwd
    internal: str
    internal_group: str
    login: str


def _accounts() -> _Accounts:
    if running_as_root():
        return _Accounts(ensure_system_user(TEST_MAIL_USER), "dovecot", "dovecot", "dovenull")
    me = pwd.getpwuid(os.getuid())
    return _Accounts(me, me.pw_name, grp.getgrgid(me.pw_gid).gr_name, me.pw_name)


class Dovecot(PrivateServer):
    """A Dovecot instance in a temp dir: plain IMAP and IMAPS listeners on free loopback ports."""

    host = HOST
    label = "Dovecot"

    def __init__(self) -> None:
        super().__init__()
        self._dovecot = find_binary("dovecot")
        self._doveadm = find_binary("doveadm")
        find_binary("openssl")
        self.imap_port = free_port()
        self.imaps_port = free_port()
        self._cert: ServerCertificate | None = None
        self._passwords: dict[str, str] = {}


    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    @property
    def ca_file(self) -> Path:
        if self._cert is None:
            raise RuntimeError("Dovecot has not been started")
        return self._cert.ca_file

    def start(self) -> None:
        """Start the server (creating its directory on first use) and wait for its greeting."""
        if self._proc is not None:
            return
        if self._root is None:
            self._prepare()
        with self.log_path.open("ab") as log:
            self._proc = subprocess.Popen(
                [self._dovecot, "-F", "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                preexec_fn=die_with_parent, start_new_session=True,
            )
        try:
            wait_until(self._ready, timeout=20, what=f"Dovecot on port {self.imap_port}")
        except (TimeoutError, ServerStartError) as error:
            self.stop()
            raise ServerStartError(f"{error}\n{self.log_tail()}") from None

    def stop(self) -> None:
        """Stop the server and drop every client; directory, users and mail stay for start()."""
        if self._proc is not None:
            terminate(self._proc)
            kill_group(self._proc.pid)  # imap processes outlive the master otherwise
            self._proc = None

    def restart(self) -> None:
        """Stop and start again on the same ports, as after a server outage."""
        self.stop()
        self.start()



    def add_user(self, name: str, password: str) -> ImapAccount:
        """Add a login while running: each user has its own passwd-file, read at first login."""
        if not _USER_NAME.match(name) or ":" in password or "\n" in password:
            raise ValueError(f"unsupported test user name or password: {name!r}")
        passwd_file = self.root / "users" / name
        passwd_file.write_text(f"{name}:{{PLAIN}}{password}::::::\n")
        passwd_file.chmod(0o644)
        self._passwords[name] = password
        return self.account(name)

    def account(self, name: str) -> ImapAccount:
        return ImapAccount(name, self._passwords[name], self.host, self.imap_port,
                           self.imaps_port, self.ca_file)

    @contextmanager
    def client(self, user: str, *, tls: bool = False) -> Iterator[IMAPClient]:
        """A logged-in IMAPClient for `user` (over IMAPS when `tls`), logged out afterwards."""
        port = self.imaps_port if tls else self.imap_port
        context = self._cert.client_context() if tls and self._cert else None
        imap = IMAPClient(self.host, port=port, ssl=tls, ssl_context=context, timeout=10)
        try:
            imap.login(user, self._passwords[user])
            yield imap
        finally:
            with suppress(IMAPClientError, OSError):
                imap.logout()  # valid in every state (RFC 3501 6.1.3)

    def append(self, user: str, folder: str, raw: bytes, flags: Sequence[str] = (),
               received: datetime | None = None) -> int:
        """IMAP APPEND a message (`received`: its INTERNALDATE, RFC 3501 6.3.11); return the
        UID the server gave it (RFC 4315 APPENDUID)."""
        with self.client(user) as imap:
            response = imap.append(folder, raw, flags=tuple(flags), msg_time=received)
        match = _APPENDUID.search(response)
        if match is None:
            raise RuntimeError(f"no APPENDUID in APPEND response {response!r}")
        return int(match.group(1))

    def create_folder(self, user: str, folder: str) -> None:
        with self.client(user) as imap:
            imap.create_folder(folder)

    def list_uids(self, user: str, folder: str = "INBOX") -> list[int]:
        with self.client(user) as imap:
            imap.select_folder(folder, readonly=True)
            return sorted(imap.search("ALL"))

    def fetch_flags(self, user: str, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        """Flags of every message in `folder`, by UID."""
        with self.client(user) as imap:
            imap.select_folder(folder, readonly=True)
            uids = imap.search("ALL")
            return dict(imap.get_flags(uids)) if uids else {}

    def message_count(self, user: str, folder: str = "INBOX") -> int:
        with self.client(user) as imap:
            return int(imap.select_folder(folder, readonly=True)[b"EXISTS"])

    def uidvalidity(self, user: str, folder: str = "INBOX") -> int:
        with self.client(user) as imap:
            return int(imap.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def reset_uidvalidity(self, user: str, folder: str = "INBOX") -> int:
        """Give `folder` a new UIDVALIDITY (RFC 3501 2.3.1.1) as a rebuilt server would."""
        new = max(self.uidvalidity(user, folder) + 1, int(time.time()))
        run([self._doveadm, "-c", str(self.config_path), "mailbox", "update", "-u", user,
             "--uid-validity", str(new), folder])
        return new

    def _prepare(self) -> None:
        self._root = Path(tempfile.mkdtemp(prefix="mailtriage-dovecot-"))
        self._root.chmod(0o755)  # the auth and mail processes run unprivileged
        self._cert = make_certificate(self._root / "tls")
        (self._root / "users").mkdir(mode=0o755)
        accounts = _accounts()
        (self._root / "mail").mkdir()
        os.chown(self._root / "mail", accounts.mail.pw_uid, accounts.mail.pw_gid)
        self.config_path.write_text(self._config(accounts))

    def _config(self, accounts: _Accounts) -> str:
        assert self._cert is not None
        privileged = running_as_root()
        return _CONFIG.substitute(
            root=self.root, host=self.host, port=self.imap_port, tls_port=self.imaps_port,
            cert=self._cert.cert_file, key=self._cert.key_file,
            uid=accounts.mail.pw_uid, gid=accounts.mail.pw_gid,
            internal_user=accounts.internal, internal_group=accounts.internal_group,
            login_user=accounts.login,
            chroot="" if privileged else "chroot =",
        )

    def _ready(self) -> bool:
        if self._proc is None or self._proc.poll() is not None:
            raise ServerStartError("Dovecot exited during start-up")
        try:
            with socket.create_connection((self.host, self.imap_port), timeout=1) as sock:
                greeted = sock.recv(64).startswith(b"* OK")
                sock.sendall(b"probe LOGOUT\r\n")
                return greeted
        except OSError:
            return False
