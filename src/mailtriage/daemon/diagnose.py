"""Turn a connection failure into the problem in plain words and the fix (pure)."""

from __future__ import annotations

import difflib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import aiosmtplib
from imapclient.exceptions import LoginError

from mailtriage.config.schema import ServerEndpoint
from mailtriage.errors import CredentialsError

# OpenSSL verify codes (X509_V_ERR_*) that mean "valid certificate, other name".
_NAME_MISMATCH = {62, 64}
_EXPIRED = 10
SECURITY_WORDS = {"tls": "TLS", "starttls": "STARTTLS", "none": "plain text"}
_STANDARD_PORTS = {
    "IMAP": {"tls": 993, "starttls": 143, "none": 143},
    "SMTP": {"tls": 465, "starttls": 587, "none": 25},
}


@dataclass(frozen=True)
class Diagnosis:
    """What is wrong, and what the admin does about it."""

    problem: str
    fix: str


@dataclass(frozen=True)
class Finding:
    """The result for one thing checked: OK with what was seen, or the diagnosis."""

    subject: str
    ok: bool
    detail: str
    fix: str = ""

    def lines(self) -> list[str]:
        """`subject: OK (detail)`, or `subject: FAILED: problem` and `  fix: ...`."""
        if self.ok:
            return [f"{self.subject}: OK ({self.detail})"]
        return [f"{self.subject}: FAILED: {self.detail}", f"  fix: {self.fix}"]


@dataclass(frozen=True)
class Target:
    """The server a probe talked to, for wording its diagnosis."""

    service: str
    host: str
    port: int
    security: str
    username: str | None
    password_source: str
    timeout: float
    ca_file: Path | None

    @classmethod
    def of(cls, endpoint: ServerEndpoint, service: str, port: int) -> Target:
        """The target described by a mailbox's or the SMTP server's settings."""
        return cls(
            service,
            endpoint.host,
            port,
            endpoint.security,
            endpoint.username,
            password_source(endpoint),
            endpoint.timeout.total_seconds(),
            endpoint.ca_file,
        )


class Problem(Exception):
    """A probe found something it can word itself (a Maildir, a password not available)."""

    def __init__(self, problem: str, fix: str) -> None:
        super().__init__(problem)
        self.diagnosis = Diagnosis(problem, fix)


class FolderMissing(Exception):
    """The configured folder is not on the server; `existing` are the folders that are."""

    def __init__(self, folder: str, existing: tuple[str, ...]) -> None:
        super().__init__(f"folder {folder!r} does not exist")
        self.folder, self.existing = folder, existing


def password_source(endpoint: ServerEndpoint) -> str:
    """Where the password comes from, in words."""
    if endpoint.password_env:
        return f"the environment variable {endpoint.password_env}"
    if endpoint.password_file:
        return f"the file {endpoint.password_file}"
    return "nowhere (neither password_env nor password_file is set)"


# -- the pure part: exception -> (problem, fix) -------------------------------------------


def diagnose(exc: BaseException, target: Target) -> Diagnosis:
    """The plain-words problem and fix behind `exc`, judged by its innermost known cause."""
    for cause in causes(exc):
        for rule in _RULES:
            found = rule(cause, target)
            if found is not None:
                return found
    return Diagnosis(
        f"{target.service} server {target.host}:{target.port}: {exc}",
        "read the message above; `mailtriage --log-level DEBUG check` shows more",
    )


def causes(exc: BaseException) -> list[BaseException]:
    """`exc` and the exceptions it was raised from or during, innermost first."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain[::-1]


def _stated(exc: BaseException, _target: Target) -> Diagnosis | None:
    return exc.diagnosis if isinstance(exc, Problem) else None


def _folder(exc: BaseException, target: Target) -> Diagnosis | None:
    if not isinstance(exc, FolderMissing):
        return None
    return folder_missing(exc.folder, exc.existing, target.host)


def folder_missing(folder: str, existing: tuple[str, ...], host: str) -> Diagnosis:
    """The folder is not there: list those that are and name the closest one."""
    closest = difflib.get_close_matches(folder, existing, n=1, cutoff=0.5)
    hint = f"; did you mean {closest[0]!r}?" if closest else ""
    shown = ", ".join(repr(f) for f in existing) or "(none)"
    return Diagnosis(
        f"folder {folder!r} does not exist on {host}; the folders there are: {shown}",
        f"set `folder` to one of them{hint}",
    )


def _dns(exc: BaseException, target: Target) -> Diagnosis | None:
    if not isinstance(exc, socket.gaierror):
        return None
    return Diagnosis(
        f"host {target.host!r} not found (DNS lookup failed: {exc.strerror})",
        f"check the spelling of `host`, and that this machine resolves it "
        f"(getent hosts {target.host})",
    )


def _certificate(exc: BaseException, target: Target) -> Diagnosis | None:
    if not isinstance(exc, ssl.SSLCertVerificationError):
        return None
    where = f"the TLS certificate of {target.host}:{target.port}"
    if exc.verify_code in _NAME_MISMATCH:
        return Diagnosis(
            f"{where} is not issued for the name {target.host!r} (hostname mismatch)",
            "set `host` to a name the certificate is issued for (see its subjectAltName)",
        )
    if exc.verify_code == _EXPIRED:
        return Diagnosis(f"{where} has expired", "renew the certificate on the server")
    fix = (
        f"ca_file {target.ca_file} is not the CA that signed it: point ca_file at that CA"
        if target.ca_file
        else "set ca_file to the CA certificate that signed it (private CA or self-signed)"
    )
    return Diagnosis(f"{where} is not trusted ({exc.verify_message})", fix)


def _tls(exc: BaseException, target: Target) -> Diagnosis | None:
    if not isinstance(exc, ssl.SSLError):
        return None
    ports = _STANDARD_PORTS[target.service]
    return Diagnosis(
        f"TLS handshake with {target.host}:{target.port} failed ({exc.reason or exc})",
        f'this port may not speak TLS right away: for security = "tls" use port '
        f'{ports["tls"]}, for port {ports["starttls"]} use security = "starttls"',
    )


def _refused(exc: BaseException, target: Target) -> Diagnosis | None:
    if not isinstance(exc, ConnectionRefusedError):
        return None
    ports = _STANDARD_PORTS[target.service]
    return Diagnosis(
        f"{target.host}:{target.port} refused the connection: nothing listens on that port",
        f"check `port` ({target.service} is usually {ports['tls']} for TLS, "
        f"{ports['starttls']} for STARTTLS), that the server runs, and the firewall",
    )


def _timeout(exc: BaseException, target: Target) -> Diagnosis | None:
    if not isinstance(exc, TimeoutError):
        return None
    return Diagnosis(
        f"no answer from {target.host}:{target.port} within {target.timeout:g}s",
        "a firewall drops the connection or `port` is wrong; check both",
    )


def _starttls(exc: BaseException, target: Target) -> Diagnosis | None:
    # ImapSource says so in a CredentialsError; aiosmtplib in an SMTPException.
    if not isinstance(exc, CredentialsError | aiosmtplib.SMTPException):
        return None
    if "STARTTLS" not in str(exc):
        return None
    return Diagnosis(
        f"{target.host}:{target.port} does not offer STARTTLS, so the password would travel "
        "in plain text",
        f'use security = "tls" with port {_STANDARD_PORTS[target.service]["tls"]}, or enable '
        "STARTTLS on the server",
    )


def _no_auth(exc: BaseException, target: Target) -> Diagnosis | None:
    if not (isinstance(exc, aiosmtplib.SMTPException) and "AUTH extension" in str(exc)):
        return None
    return Diagnosis(
        f"{target.host}:{target.port} offers no login (AUTH) on this connection",
        'use security = "starttls" or "tls" (servers offer AUTH only over TLS), '
        "or remove `username` if this server needs no login",
    )


def _login(exc: BaseException, target: Target) -> Diagnosis | None:
    if not isinstance(exc, LoginError | aiosmtplib.SMTPAuthenticationError):
        return None
    return Diagnosis(
        f"authentication failed: {target.host} refused the login of {target.username!r}",
        f"check `username` and the password in {target.password_source}",
    )


def _network(exc: BaseException, target: Target) -> Diagnosis | None:
    if not isinstance(exc, OSError) or exc.errno is None:
        return None
    return Diagnosis(
        f"cannot reach {target.host}:{target.port}: {exc.strerror}",
        "check the network route and firewall between this machine and the server",
    )


_RULES: tuple[Callable[[BaseException, Target], Diagnosis | None], ...] = (
    _stated,
    _folder,
    _dns,
    _certificate,
    _tls,
    _refused,
    _timeout,
    _starttls,
    _no_auth,
    _login,
    _network,
)


# -- the thin probes ------------------------------------------------------------------------
