"""Send raw messages over SMTP with aiosmtplib: one connection per batch, one result per mail."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import aiosmtplib

from mailtriage.config.schema import SmtpConfig
from mailtriage.sources.imap import tls_context


@dataclass(frozen=True)
class OutgoingMail:
    """What the sender needs of an outbox row."""

    id: int
    envelope_from: str
    recipients: tuple[str, ...]
    raw: bytes


@dataclass(frozen=True)
class SendResult:
    """Whether one mail was accepted; `permanent` failures are not retried."""

    ok: bool
    permanent: bool = False
    detail: str = ""


class MailSender(Protocol):
    """Delivers mails, reporting each result as soon as the server answered."""

    def send(
        self, mails: Sequence[OutgoingMail], on_result: Callable[[OutgoingMail, SendResult], None]
    ) -> None: ...


class SmtpSender:
    """The production sender (aiosmtplib)."""

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config

    def send(
        self, mails: Sequence[OutgoingMail], on_result: Callable[[OutgoingMail, SendResult], None]
    ) -> None:
        asyncio.run(self._send_all(mails, on_result))

    async def _send_all(
        self, mails: Sequence[OutgoingMail], on_result: Callable[[OutgoingMail, SendResult], None]
    ) -> None:
        try:
            client = await self._connect()
        except (aiosmtplib.SMTPException, OSError, ssl.SSLError, TimeoutError) as exc:
            for mail in mails:
                on_result(mail, _failure(exc))
            return
        try:
            for index, mail in enumerate(mails):
                try:
                    await client.sendmail(mail.envelope_from, list(mail.recipients), mail.raw)
                    on_result(mail, SendResult(ok=True))
                except aiosmtplib.SMTPRecipientsRefused as exc:
                    on_result(mail, _failure(exc))
                except aiosmtplib.SMTPResponseException as exc:
                    on_result(mail, _failure(exc))
                except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                    for rest in mails[index:]:
                        on_result(rest, _failure(exc))
                    return
        finally:
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                client.close()

    async def _connect(self) -> aiosmtplib.SMTP:
        cfg = self.config
        client = aiosmtplib.SMTP(
            hostname=cfg.host,
            port=cfg.effective_port,
            timeout=cfg.timeout.total_seconds(),
            use_tls=cfg.security == "tls",
            start_tls=cfg.security == "starttls",
            tls_context=tls_context(cfg.ca_file, cfg.verify_tls),
        )
        await client.connect()
        password = cfg.read_password()
        if cfg.username and password is not None:
            await client.login(cfg.username, password)
        return client


def _failure(exc: BaseException) -> SendResult:
    code = getattr(exc, "code", None)
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        codes = [getattr(r, "code", 0) for r in exc.recipients]
        permanent = bool(codes) and all(500 <= c < 600 for c in codes)
        return SendResult(False, permanent, f"recipients refused: {exc}")
    permanent = (
        isinstance(code, int)
        and 500 <= code < 600
        and not isinstance(exc, aiosmtplib.SMTPAuthenticationError)
    )
    return SendResult(False, permanent, f"{type(exc).__name__}: {exc}")
