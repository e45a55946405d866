"""Runs an in-process aiosmtpd server on 127.0.0.1 that records every message it accepts."""

from __future__ import annotations

import atexit
import base64
import email
import email.policy
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from .common import free_port
from .tls import ServerCertificate, make_certificate

HOST = "127.0.0.1"
TRANSIENT_FAILURE = "451 4.3.0 Temporarily unable to accept mail (test server)"


@dataclass(frozen=True)
class ReceivedMessage:
    """One message as the server received it: envelope and raw DATA bytes."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.raw, policy=email.policy.default)


class _Recorder:
    """aiosmtpd handler: stores accepted messages, or answers 451 while failing."""

    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.messages: list[ReceivedMessage] = []
        self.failing = False
        self.rejected = 0

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        with self.changed:
            if self.failing:
                self.rejected += 1
                return TRANSIENT_FAILURE
            record = ReceivedMessage(envelope.mail_from or "", tuple(envelope.rcpt_tos), raw)
            self.messages.append(record)
            self.changed.notify_all()
        return "250 2.0.0 OK: queued"


class _Authenticator:
    """Accepts exactly one user/password pair for AUTH PLAIN and LOGIN (RFC 4954)."""

    def __init__(self, user: str, password: str) -> None:
        self._expected = LoginPassword(user.encode(), password.encode())

    def __call__(self, server: SMTP, session: Session, envelope: Envelope,
                 mechanism: str, auth_data: Any) -> AuthResult:
        return AuthResult(success=auth_data == self._expected, handled=False)


TokenCheck = Callable[[str, str], bool]
"""`check(user, token)`: True when `token` is a valid access token for `user`."""
_OAUTH_ERROR = '{"status":"401","schemes":"Bearer","scope":"https://mail.example/"}'


class _OAuthRecorder(_Recorder):
    """A recorder that also offers AUTH XOAUTH2 and OAUTHBEARER (RFC 7628) checked by `check`."""

    def __init__(self, check: TokenCheck) -> None:
        super().__init__()
        self._check = check
        self.logins: list[tuple[str, str]] = []

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        return await self._bearer(server, args, "XOAUTH2")

    async def auth_OAUTHBEARER(self, server: SMTP, args: list[str]) -> AuthResult:
        return await self._bearer(server, args, "OAUTHBEARER")

    async def _bearer(self, server: SMTP, args: list[str], mechanism: str) -> AuthResult:
        response = base64.b64decode(args[1]) if len(args) > 1 else await server.challenge_auth("")
        fields = _sasl_fields(response if isinstance(response, bytes) else b"")
        user, token = fields.get("user", ""), fields.get("auth", "").removeprefix("Bearer ")
        if user and token and self._check(user, token):
            self.logins.append((mechanism, user))
            return AuthResult(success=True, auth_data=user)
        await server.challenge_auth(_OAUTH_ERROR)  # error challenge, RFC 7628 3.2.2
        return AuthResult(success=False, handled=False)


def _sasl_fields(response: bytes) -> dict[str, str]:
    """`user` and `auth` of an XOAUTH2 or OAUTHBEARER (GS2 header `n,a=user,`) response."""
    parts = response.decode("utf-8", "replace").split("\x01")
    fields = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
    head = parts[0]
    if head.startswith("user="):
        fields["user"] = head.removeprefix("user=")
    elif head.startswith("n,a="):
        fields["user"] = head[4:].split(",", 1)[0].replace("=2C", ",").replace("=3D", "=")
    return fields


class SmtpServer:
    """A recording SMTP server; stop() then start() reuses the same port, as after an outage."""

    host = HOST

    def __init__(self, *, require_auth: tuple[str, str] | None = None,
                 starttls: bool = False, oauth: TokenCheck | None = None,
                 smtputf8: bool = True) -> None:
        self.port = free_port()
        self._smtputf8 = smtputf8
        self._require_auth = require_auth
        self._oauth = oauth
        self._recorder = _Recorder() if oauth is None else _OAuthRecorder(oauth)
        self._cert: ServerCertificate | None = None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if starttls:
            self._tmp = tempfile.TemporaryDirectory(prefix="mailtriage-smtp-")
            self._cert = make_certificate(Path(self._tmp.name))
        self._controller: Controller | None = None
        atexit.register(self.close)

    @property
    def ca_file(self) -> Path:
        if self._cert is None:
            raise RuntimeError("this SMTP server was created without starttls=True")
        return self._cert.ca_file

    @property
    def messages(self) -> list[ReceivedMessage]:
        """A snapshot of the messages accepted so far, oldest first."""
        with self._recorder.changed:
            return list(self._recorder.messages)

    @property
    def rejected_count(self) -> int:
        """How many messages were refused with 451 while failing."""
        with self._recorder.changed:
            return self._recorder.rejected

    @property
    def running(self) -> bool:
        return self._controller is not None

    def start(self) -> None:
        """Listen on 127.0.0.1:port (the same port on every start)."""
        if self._controller is None:
            self._controller = self._new_controller()
            self._controller.start()

    def stop(self) -> None:
        """Stop listening; new connections are refused until start()."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def close(self) -> None:
        self.stop()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def fail_transiently(self, enabled: bool = True) -> None:
        """While enabled, answer every DATA with 451 (RFC 5321 4.2.5) and keep nothing."""
        with self._recorder.changed:
            self._recorder.failing = enabled

    def wait_for(self, count: int, timeout: float = 10.0) -> list[ReceivedMessage]:
        """Block until at least `count` messages were accepted; return them all."""
        with self._recorder.changed:
            arrived = self._recorder.changed.wait_for(
                lambda: len(self._recorder.messages) >= count, timeout)
            if not arrived:
                got = len(self._recorder.messages)
                raise TimeoutError(f"expected {count} message(s) within {timeout}s, got {got}")
            return list(self._recorder.messages)

    @property
    def oauth_logins(self) -> list[tuple[str, str]]:
        """(mechanism, user) of every successful XOAUTH2/OAUTHBEARER login so far."""
        recorder = self._recorder
        return list(recorder.logins) if isinstance(recorder, _OAuthRecorder) else []

    def clear(self) -> None:
        with self._recorder.changed:
            self._recorder.messages.clear()
            self._recorder.rejected = 0

    def _new_controller(self) -> Controller:
        options: dict[str, Any] = {}
        if self._require_auth is not None:
            options.update(authenticator=_Authenticator(*self._require_auth),
                           auth_required=True, auth_require_tls=False)
        if self._oauth is not None:
            options.update(auth_required=True, auth_require_tls=False)
        if self._cert is not None:
            options["tls_context"] = self._cert.server_context()
        options["enable_SMTPUTF8"] = self._smtputf8  # RFC 6531 (aiosmtpd offers it by default)
        # A fixed server_hostname avoids a slow reverse DNS lookup in sandboxes.
        return Controller(self._recorder, hostname=self.host, port=self.port,
                          server_hostname="mailtriage-test-smtp", **options)
