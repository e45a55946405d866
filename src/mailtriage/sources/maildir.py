"""The Maildir source: new mail in `new/` (and unflagged mail in `cur/`) of a local Maildir."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from mailtriage.config.schema import MailboxConfig
from mailtriage.errors import ConfigError
from mailtriage.sources.base import FetchedItem, FolderStatus

_INFO_SEP = ":2,"
PREFIX = "maildir:"


def delivered_at(path: Path) -> datetime | None:
    """When the mail was delivered: the time that starts a Maildir file name
    ("1700000000.M1P2.host"), else the file's modification time."""
    seconds = path.name.split(".", 1)[0]
    try:
        stamp = float(seconds) if seconds.isdigit() and len(seconds) >= 9 else path.stat().st_mtime
        return datetime.fromtimestamp(stamp, UTC)
    except (OSError, ValueError, OverflowError):
        return None


class MaildirSource:
    """A Maildir++ folder; messages are keyed by their unique file name (before `:2,`)."""

    def __init__(self, config: MailboxConfig) -> None:
        self.config = config
        self.name = config.name
        self.root = Path(config.path or ".")
        if config.folder not in ("INBOX", "", "."):
            self.root = self.root / f".{config.folder}"
        self._paths: dict[str, Path] = {}

    def open(self) -> FolderStatus:
        for sub in ("new", "cur", "tmp"):
            if not (self.root / sub).is_dir():
                raise ConfigError(
                    f"{self.root} is not a Maildir (no {sub}/ folder); "
                    "fix `path`, or create it with `mailtriage demo` / your MTA"
                )
        return FolderStatus(uidvalidity=None, next_uid=None)

    def ref_prefix(self) -> str:
        """Every ref of a Maildir starts the same way."""
        return PREFIX

    def candidates(self, last_uid: int | None, first_sync: bool) -> list[str]:
        self._paths = {}
        found: list[tuple[float, str]] = []
        for sub in ("new", "cur"):
            with os.scandir(self.root / sub) as entries:
                for entry in entries:
                    if entry.name.startswith(".") or not entry.is_file():
                        continue
                    key, _, flags = entry.name.partition(_INFO_SEP)
                    if sub == "cur" and "S" in flags:
                        continue
                    self._paths[key] = Path(entry.path)
                    found.append((entry.stat().st_mtime, key))
        return [f"{PREFIX}{key}" for _, key in sorted(found)]

    def fetch(self, refs: Sequence[str]) -> Iterator[FetchedItem]:
        for ref in refs:
            path = self._paths.get(ref.removeprefix(PREFIX))
            try:
                raw = path.read_bytes() if path else None
            except FileNotFoundError:
                raw = None
            if raw is not None and path is not None:
                yield FetchedItem(ref, raw, arrived_at=delivered_at(path))

    def after_import(self, refs: Iterable[str]) -> None:
        for ref in refs:
            key = ref.removeprefix(PREFIX)
            path = self._paths.pop(key, None) or self._find(key)
            if path is None:
                continue
            self._apply(path, key)

    def _apply(self, path: Path, key: str) -> None:
        action = self.config.after_import
        if action == "delete":
            path.unlink(missing_ok=True)
            return
        target_dir = self.root / "cur"
        if action == "move":
            target_dir = Path(self.config.path or ".") / f".{self.config.move_to}" / "cur"
            for sub in ("new", "cur", "tmp"):
                (target_dir.parent / sub).mkdir(parents=True, exist_ok=True)
        os.replace(path, target_dir / f"{key}{_INFO_SEP}S")

    def _find(self, key: str) -> Path | None:
        for sub in ("new", "cur"):
            for entry in os.scandir(self.root / sub):
                if entry.name.split(_INFO_SEP)[0] == key:
                    return Path(entry.path)
        return None

    @property
    def supports_idle(self) -> bool:
        """A Maildir is polled."""
        return False

    def wait_for_mail(self, timeout: float, stop: threading.Event) -> None:
        stop.wait(timeout)

    def close(self) -> None:
        self._paths = {}
