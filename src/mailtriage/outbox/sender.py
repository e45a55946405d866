"""Send raw messages over SMTP with aiosmtplib: one connection per batch, one result per mail."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import aiosmtplib

from mailtriage.auth.oauth2 import (
    TokenProvider,
    oauthbearer_string,
    shared_tokens,
    xoauth2_string,
)
from mailtriage.config.oauth import Mechanism, OAuth2Config
from mailtriage.config.schema import SmtpConfig
from mailtriage.errors import CredentialsError, TransientError
from mailtriage.outbox.addresses import needs_smtputf8
from mailtriage.sources.imap import tls_context

AUTH_CONTINUE, AUTH_OK = 334, 235  # RFC 4954 4


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

    def __init__(self, config: SmtpConfig, tokens: TokenProvider | None = None) -> None:
        self.config = config
        self.tokens = tokens

    def send(
        self, mails: Sequence[OutgoingMail], on_result: Callable[[OutgoingMail, SendResult], None]
    ) -> None:
        asyncio.run(self._send_all(mails, on_result))

    async def _send_all(
        self, mails: Sequence[OutgoingMail], on_result: Callable[[OutgoingMail, SendResult], None]
    ) -> None:
        try:
            client = await self.connect()
        except (
            aiosmtplib.SMTPException,
            OSError,
            ssl.SSLError,
            TimeoutError,
            CredentialsError,
            TransientError,
        ) as exc:
            for mail in mails:
                on_result(mail, _failure(exc))
            return
        try:
            for index, mail in enumerate(mails):
                try:
                    await self._send_one(client, mail)
                    on_result(mail, SendResult(ok=True))
                except (aiosmtplib.SMTPRecipientsRefused, aiosmtplib.SMTPResponseException) as exc:
                    on_result(mail, _failure(exc))
                except (ValueError, UnicodeError, aiosmtplib.SMTPNotSupported) as exc:
                    # This mail cannot be sent as it is (an address the library refuses, UTF-8
                    # without SMTPUTF8): it fails alone, the connection goes on.
                    on_result(mail, SendResult(False, True, f"{type(exc).__name__}: {exc}"))
                    await _reset(client)
                except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                    for rest in mails[index:]:
                        on_result(rest, _failure(exc))
                    return
        finally:
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                client.close()

    async def _send_one(self, client: aiosmtplib.SMTP, mail: OutgoingMail) -> None:
        """One mail transaction; with SMTPUTF8 (RFC 6531) when an address needs it."""
        options = []
        if needs_smtputf8(mail.envelope_from, *mail.recipients):
            if client.is_ehlo_or_helo_needed:
                await client.ehlo()
            if not client.supports_extension("smtputf8"):
                raise aiosmtplib.SMTPNotSupported(
                    f"{', '.join(mail.recipients)}: a non-ASCII address needs SMTPUTF8, which "
                    f"{client.hostname} does not offer"
                )
            options.append("SMTPUTF8")
        await client.sendmail(
            mail.envelope_from, list(mail.recipients), mail.raw, mail_options=options
        )

    async def connect(self) -> aiosmtplib.SMTP:
        """A connected, authenticated client (closed again if the login fails)."""
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
        try:
            await self._login(client)
        except BaseException:
            client.close()
            raise
        return client

    async def _login(self, client: aiosmtplib.SMTP) -> None:
        cfg = self.config
        oauth = cfg.oauth2
        if oauth is not None:
            await self._oauth_login(client, oauth)
            return
        password = cfg.read_password()
        if cfg.username and password is not None:
            await client.login(cfg.username, password)

    async def _oauth_login(self, client: aiosmtplib.SMTP, oauth: OAuth2Config) -> None:
        provider = self.tokens or shared_tokens().provider(oauth)
        token = await asyncio.to_thread(provider.token)  # may wait for the token endpoint
        try:
            await sasl_oauth(client, oauth.mechanism, self.config.username or "", token)
        except aiosmtplib.SMTPAuthenticationError:
            provider.invalidate(token)  # the next batch fetches a new one
            raise


async def sasl_oauth(client: aiosmtplib.SMTP, mechanism: Mechanism, user: str, token: str) -> None:
    """AUTH XOAUTH2 or OAUTHBEARER with an initial response (RFC 4954 4, RFC 7628 3.2)."""
    if client.is_ehlo_or_helo_needed:
        await client.ehlo()
    if mechanism not in client.server_auth_methods:
        raise aiosmtplib.SMTPAuthenticationError(
            504, f"{client.hostname} does not offer AUTH {mechanism.upper()}"
        )
    encode = oauthbearer_string if mechanism == "oauthbearer" else xoauth2_string
    initial = base64.b64encode(encode(user, token))
    response = await client.execute_command(b"AUTH", mechanism.upper().encode(), initial)
    if response.code == AUTH_CONTINUE:
        # An error challenge (JSON): answer %x01 (RFC 7628 3.2.3) or empty (XOAUTH2).
        response = await client.execute_command(b"AQ==" if mechanism == "oauthbearer" else b"")
    if response.code != AUTH_OK:
        raise aiosmtplib.SMTPAuthenticationError(response.code, response.message)


async def _reset(client: aiosmtplib.SMTP) -> None:
    """Clear a transaction a local error may have left open (RFC 5321 4.1.1.5)."""
    # If even that fails, the next mail's transaction reports the connection's state.
    with contextlib.suppress(aiosmtplib.SMTPException, OSError, TimeoutError):
        await client.rset()


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
