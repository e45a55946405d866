"""Parse the next fetched batch in a second process while this one stores the current one.

Parsing (the `email` package, pure Python) and detection (language, quoted text, automatic
mail) are the pure stages' work; with the GIL a thread cannot overlap them with the
database stages, a process can. The worker imports the parsing and detection code and
nothing else (no model, no database) and sends back, per item, what the parse and detect
stages would find, or the parse stage's verdict; those stages take it in place of running
again, so what is stored is the same. If the worker cannot be started or breaks, the batch
is parsed here, as without it.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from mailtriage.classification.language import detect_mail_language
from mailtriage.conversation.automatic import automatic_reason
from mailtriage.errors import PoisonMessage
from mailtriage.parsing.mime import ParsedMessage, parse_message
from mailtriage.parsing.quotes import strip_reply

log = logging.getLogger(__name__)


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


def detect(parsed: ParsedMessage, default_language: str) -> Detected:
    """The new text, the automatic-mail reason and the language of a parsed message."""
    new_text = strip_reply(parsed.text)
    automatic = automatic_reason(parsed.headers, parsed.from_address, parsed.subject)
    language = detect_mail_language(parsed.subject, new_text, default_language)
    return Detected(new_text, automatic, language)


def parse_raw(raw: bytes) -> ParsedMessage:
    """Parse `raw`; anything the parser cannot survive is a PoisonMessage of the parse stage."""
    try:
        return parse_message(raw)
    except RecursionError:
        raise PoisonMessage("parse", "MIME structure nested too deeply") from None
    except (ValueError, TypeError, LookupError, UnicodeError, IndexError, AttributeError) as exc:
        raise PoisonMessage("parse", f"{type(exc).__name__}: {exc}") from None


def parse_batch(raws: Sequence[bytes], max_size: int, default_language: str) -> list[ParseResult]:
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
            results.append(Prepared(parsed, detect(parsed, default_language)))
        except PoisonMessage as exc:
            results.append(ParseFailure(exc.stage, exc.reason))
        except Exception as exc:
            results.append(ParseFailure(stage, f"{type(exc).__name__}: {exc}"))
    return results


def _ignore_interrupts() -> None:
    """Ctrl-C reaches the whole process group: the daemon handles it and closes the worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class ParseWorker:
    """One parsing process; `submit` returns the batch's results later, or None when the
    batch must be parsed in this process (the worker failed)."""

    def __init__(self, max_size: int, default_language: str) -> None:
        self.max_size, self.default_language = max_size, default_language
        self._pool: ProcessPoolExecutor | None = None
        try:
            # spawn: a fork of a process with threads and database connections is unsafe.
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                max_workers=1, mp_context=context, initializer=_ignore_interrupts
            )
        except (OSError, ValueError) as exc:
            log.warning("parsing in this process: cannot start the parse worker: %s", exc)

    def submit(self, raws: Sequence[bytes]) -> Future[list[ParseResult]] | None:
        """Start parsing `raws` in the worker (None: parse them here)."""
        if self._pool is None:
            return None
        try:
            return self._pool.submit(parse_batch, list(raws), self.max_size, self.default_language)
        except RuntimeError as exc:  # the pool broke or shut down
            self._broken(exc)
            return None

    def results(self, future: Future[list[ParseResult]] | None) -> list[ParseResult] | None:
        """The parsed batch, or None (parse it here) when the worker failed."""
        if future is None:
            return None
        try:
            return future.result()
        except BrokenProcessPool as exc:  # the worker died (killed, out of memory)
            self._broken(exc)
        except Exception as exc:  # e.g. a result that did not pickle: this batch only
            log.warning("parsing a batch in this process: the parse worker failed: %s", exc)
        return None

    def close(self) -> None:
        """Stop the worker (pending batches are dropped: they were not stored)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _broken(self, exc: BaseException) -> None:
        log.warning("parsing in this process from now on: the parse worker failed: %s", exc)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
