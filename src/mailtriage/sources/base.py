"""The MailSource protocol and the fetched-item value every source produces."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class FetchedItem:
    """One message as fetched: its raw bytes and where exactly it came from."""

    source_ref: str
    raw: bytes
    uidvalidity: int | None = None
    uid: int | None = None
    arrived_at: datetime | None = None  # IMAP INTERNALDATE, Maildir delivery time (aware)


@dataclass(frozen=True)
class FolderStatus:
    """What a source reports about its folder when opened."""

    uidvalidity: int | None
    next_uid: int | None


class MailSource(Protocol):
    """A mailbox the daemon reads: IMAP in production, or a local Maildir."""

    name: str

    @property
    def supports_idle(self) -> bool:
        """True when `wait_for_mail` returns as soon as new mail arrives (IMAP IDLE)."""
        ...

    def open(self) -> FolderStatus:
        """Connect (if needed) and open the folder."""
        ...

    def ref_prefix(self) -> str:
        """The prefix of the refs this source can act on now (its folder and UIDVALIDITY)."""
        ...

    def candidates(self, last_uid: int | None, first_sync: bool) -> list[str]:
        """Source refs of messages that may be new, oldest first."""
        ...

    def fetch(self, refs: Sequence[str]) -> Iterator[FetchedItem]:
        """The messages behind `refs` (missing ones are skipped)."""
        ...

    def after_import(self, refs: Iterable[str]) -> None:
        """Flag, move or delete committed messages on the server, as configured."""
        ...

    def wait_for_mail(self, timeout: float, stop: threading.Event) -> None:
        """Return when new mail may have arrived, `timeout` passed or `stop` is set."""
        ...

    def close(self) -> None:
        """Disconnect; safe to call at any time."""
        ...
