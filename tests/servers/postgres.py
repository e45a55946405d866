"""Runs a private PostgreSQL cluster on 127.0.0.1 from Debian's binaries, one database per test."""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import psycopg
from psycopg import sql

from .common import (
    INSTALL_HINT,
    PrivateServer,
    ServerStartError,
    ServerUnavailable,
    die_with_parent,
    free_port,
    run,
    running_as_root,
    terminate,
    wait_until,
)

HOST = "127.0.0.1"
SUPERUSER = "postgres"
_DEBIAN_ROOT = Path("/usr/lib/postgresql")
_DATABASE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
# Durability is pointless for a throw-away test cluster; these make it much faster.
_SETTINGS = {
    "listen_addresses": HOST,
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
}


def debian_bin_dir() -> Path:
    """The bin dir of the newest PostgreSQL major version Debian installed."""
    initdbs = _DEBIAN_ROOT.glob("*/bin/initdb")
    candidates = [path.parent for path in initdbs if path.parent.parent.name.isdigit()]
    if not candidates:
        raise ServerUnavailable(f"no PostgreSQL server under {_DEBIAN_ROOT}; {INSTALL_HINT}")
    return max(candidates, key=lambda path: int(path.parent.name))


class Postgres(PrivateServer):
    """A PostgreSQL cluster in a temp dir, owned by the `postgres` OS user when run as root."""

    host = HOST
    label = "PostgreSQL"

    def __init__(self) -> None:
        super().__init__()
        self._bin = debian_bin_dir()
        self._os_user = SUPERUSER if running_as_root() else None
        self.port = free_port()


    @property
    def log_path(self) -> Path:
        return self.root / "postgres.log"

    @property
    def admin_dsn(self) -> str:
        return f"host={HOST} port={self.port} user={SUPERUSER} dbname=postgres"

    def start(self) -> None:
        """initdb on first use, then run the server and wait until it accepts connections."""
        if self._proc is not None:
            return
        if self._root is None:
            self._initdb()
        with self.log_path.open("ab") as log:
            self._proc = subprocess.Popen(
                self._server_command(), stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, user=self._os_user, group=self._os_user,
                cwd=self.root, preexec_fn=die_with_parent,
            )
        try:
            wait_until(self._ready, timeout=30, what=f"PostgreSQL on port {self.port}")
        except (TimeoutError, ServerStartError) as error:
            self.stop()
            raise ServerStartError(f"{error}\n{self.log_tail()}") from None

    def stop(self) -> None:
        """Fast shutdown (SIGINT): open sessions are ended; data stays for a later start()."""
        if self._proc is not None:
            terminate(self._proc, signal.SIGINT)
            self._proc = None



    def url(self, database: str) -> str:
        """SQLAlchemy URL for `database` (psycopg 3 driver, trust auth on loopback)."""
        return f"postgresql+psycopg://{SUPERUSER}@{HOST}:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """Create an empty database and return its SQLAlchemy URL."""
        self._admin(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(_checked(name))))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, ending any sessions still connected to it."""
        statement = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
        self._admin(statement.format(sql.Identifier(_checked(name))))

    def _admin(self, statement: sql.Composed) -> None:
        with psycopg.connect(self.admin_dsn, autocommit=True, connect_timeout=10) as conn:
            conn.execute(statement)

    def _initdb(self) -> None:
        self._root = Path(tempfile.mkdtemp(prefix="mailtriage-postgres-"))
        (self._root / "sockets").mkdir()
        if self._os_user is not None:
            for path in (self._root, self._root / "sockets"):
                shutil.chown(path, self._os_user, self._os_user)
        run([str(self._bin / "initdb"), "--pgdata", str(self._root / "data"),
             "--username", SUPERUSER, "--auth", "trust", "--encoding", "UTF8",
             "--locale", "C", "--no-sync"], user=self._os_user, cwd=self._root)

    def _server_command(self) -> list[str]:
        settings = {**_SETTINGS, "port": str(self.port),
                    "unix_socket_directories": str(self.root / "sockets")}
        options = [arg for key, value in settings.items() for arg in ("-c", f"{key}={value}")]
        return [str(self._bin / "postgres"), "-D", str(self.root / "data"), *options]

    def _ready(self) -> bool:
        if self._proc is None or self._proc.poll() is not None:
            raise ServerStartError("PostgreSQL exited during start-up")
        try:
            psycopg.connect(self.admin_dsn, connect_timeout=2).close()
        except psycopg.OperationalError:
            return False
        return True


def _checked(name: str) -> str:
    if not _DATABASE_NAME.match(name):
        raise ValueError(f"unsupported test database name: {name!r}")
    return name

