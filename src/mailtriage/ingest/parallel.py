"""Parse fetched batches in a second process while this one stores the batch before.

Parsing (the `email` package, pure Python) and detection (language, quoted text, automatic
mail) are the pure stages' work; with the GIL a thread cannot overlap them with the
database stages, a process can. The worker imports the parsing and detection code and
nothing else (no model, no database) and sends back, per item, what the parse and detect
stages would find, or the parse stage's verdict; those stages take it in place of running
again, so what is stored is the same. The daemon keeps one worker for its lifetime (started
on first use, shared by the mailboxes); if it cannot be started or breaks, batches are parsed
in the daemon's own process and a new worker is tried after RESTART_AFTER.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from mailtriage.classification.language import detect_mail_language
from mailtriage.conversation.automatic import automatic_reason
from mailtriage.errors import PoisonMessage
from mailtriage.parsing.mime import NotAnEmail, ParsedMessage, parse_message
from mailtriage.parsing.quotes import strip_reply

log = logging.getLogger(__name__)
RESTART_AFTER = 300.0  # seconds between attempts to replace a failed worker
PARENT_CHECK = 1.0  # seconds between the worker's checks that the daemon still runs


@dataclass(frozen=True)
class ParseFailure:
    """The parse stage's verdict on a message it cannot survive (it is quarantined)."""

    stage: str
    reason: str


@dataclass(frozen=True)
class Detected:
    """What the detect stage finds in a parsed message."""

    new_text: str  # the body without quoted history and signature
    automatic: str | None  # why it is automatic mail (RFC 3834), or None
    language: str


@dataclass(frozen=True)
class Prepared:
    """The worker's result for one message: parsed and detected."""

    parsed: ParsedMessage
    detected: Detected


# None: not parsed by the worker (over the size limit: the size stage refuses it first).
ParseResult = Prepared | ParseFailure | None


def detect(
    parsed: ParsedMessage, default_language: str, own: frozenset[str] = frozenset()
) -> Detected:
    """The new text, the automatic-mail reason and the language of a parsed message
    (`own`: our addresses, for the loop check)."""
    new_text = strip_reply(parsed.text)
    automatic = automatic_reason(parsed.headers, parsed.from_address, parsed.subject, own)
    language = detect_mail_language(parsed.subject, new_text, default_language)
    return Detected(new_text, automatic, language)


def parse_raw(raw: bytes) -> ParsedMessage:
    """Parse `raw`; anything the parser cannot survive is a PoisonMessage of the parse stage."""
    try:
        return parse_message(raw)
    except NotAnEmail as exc:
        raise PoisonMessage("parse", str(exc)) from None
    except RecursionError:
        raise PoisonMessage("parse", "MIME structure nested too deeply") from None
    except (ValueError, TypeError, LookupError, UnicodeError, IndexError, AttributeError) as exc:
        raise PoisonMessage("parse", f"{type(exc).__name__}: {exc}") from None


def parse_batch(
    raws: Sequence[bytes], max_size: int, default_language: str, own: frozenset[str] = frozenset()
) -> list[ParseResult]:
    """The worker's job: each raw message parsed and detected, as the parse and detect
    stages would (an error is the stage's, as in the pipeline's stage runner)."""
    results: list[ParseResult] = []
    for raw in raws:
        if len(raw) > max_size:
            results.append(None)
            continue
        stage = "parse"
        try:
            parsed = parse_raw(raw)
            stage = "detect"
            results.append(Prepared(parsed, detect(parsed, default_language, own)))
        except PoisonMessage as exc:
            results.append(ParseFailure(exc.stage, exc.reason))
        except Exception as exc:
            results.append(ParseFailure(stage, f"{type(exc).__name__}: {exc}"))
    return results


def _start_worker() -> None:
    """Ctrl-C reaches the whole process group and systemd's SIGTERM the whole cgroup: the
    daemon handles them, finishes the message in hand and closes the worker itself. If the
    daemon is killed outright, the worker would wait for batches forever: it ends itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    threading.Thread(target=_end_with_parent, args=(os.getppid(),), daemon=True).start()


def _end_with_parent(parent: int) -> None:
    while os.getppid() == parent:  # an orphan is adopted by another process
        time.sleep(PARENT_CHECK)
    os._exit(0)


class ParseWorker:
    """One parsing process, started on first use and shared by the mailboxes' threads;
    `submit` returns the batch's results later, or None when the batch must be parsed in
    this process (the worker is down)."""

    def __init__(
        self, max_size: int, default_language: str, own: frozenset[str] = frozenset()
    ) -> None:
        self.max_size, self.default_language, self.own = max_size, default_language, own
        self._pool: ProcessPoolExecutor | None = None
        self._retry_at = 0.0  # monotonic time before which no new worker is started
        self._lock = threading.Lock()

    def submit(self, raws: Sequence[bytes]) -> Future[list[ParseResult]] | None:
        """Start parsing `raws` in the worker (None: parse them here)."""
        pool = self._running_pool()
        if pool is None:
            return None
        try:
            args = (list(raws), self.max_size, self.default_language, self.own)
            return pool.submit(parse_batch, *args)
        except (RuntimeError, OSError) as exc:  # the pool broke, or the process cannot start
            self._broken(pool, exc)
            return None

    def results(self, future: Future[list[ParseResult]] | None) -> list[ParseResult] | None:
        """The parsed batch, or None (parse it here) when the worker failed."""
        if future is None:
            return None
        try:
            return future.result()
        except BrokenProcessPool as exc:  # the worker died (killed, out of memory)
            self._broken(None, exc)
        except Exception as exc:  # e.g. a result that did not pickle: this batch only
            log.warning("parsing a batch in this process: the parse worker failed: %s", exc)
        return None

    def close(self) -> None:
        """Stop the worker (pending batches are dropped: they were not stored)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def _running_pool(self) -> ProcessPoolExecutor | None:
        with self._lock:
            if self._pool is None and time.monotonic() >= self._retry_at:
                try:
                    # spawn: a fork of a process with threads and database connections is
                    # unsafe. The process itself starts with the first batch.
                    context = multiprocessing.get_context("spawn")
                    self._pool = ProcessPoolExecutor(
                        max_workers=1, mp_context=context, initializer=_start_worker
                    )
                except (OSError, ValueError) as exc:
                    self._retry_at = time.monotonic() + RESTART_AFTER
                    log.warning("parsing in this process: cannot start the parse worker: %s", exc)
            return self._pool

    def _broken(self, pool: ProcessPoolExecutor | None, exc: BaseException) -> None:
        with self._lock:
            if self._pool is None or (pool is not None and pool is not self._pool):
                return  # another thread saw it first
            broken, self._pool = self._pool, None
            self._retry_at = time.monotonic() + RESTART_AFTER
        log.warning(
            "parsing in this process for %d s: the parse worker failed: %s", RESTART_AFTER, exc
        )
        broken.shutdown(wait=False, cancel_futures=True)
