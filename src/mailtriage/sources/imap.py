"""The IMAP source (imapclient): TLS by default, UIDs in batches, IDLE when offered."""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from mailtriage.auth.oauth2 import TokenProvider, shared_tokens
from mailtriage.config.oauth import OAuth2Config
from mailtriage.config.schema import MailboxConfig
from mailtriage.errors import ConfigError, CredentialsError, MailtriageError, TransientError
from mailtriage.sources.base import FetchedItem, FolderStatus

log = logging.getLogger(__name__)
FETCH_BYTES_PER_REQUEST = 32 * 1024 * 1024
NETWORK_ERRORS = (OSError, socket.timeout, ssl.SSLError, IMAPClientError, EOFError)


def tls_context(ca_file: object, verify: bool) -> ssl.SSLContext:
    """A client TLS context: system CAs (or `ca_file`), hostname checked unless told otherwise."""
    context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


class ImapSource:
    """One folder of one IMAP account."""

    def __init__(
        self, config: MailboxConfig, since: date | None = None, tokens: TokenProvider | None = None
    ) -> None:
        self.config = config
        self.name = config.name
        self.since = since
        self.tokens = tokens
        self.client: IMAPClient | None = None
        self.folder_status: FolderStatus | None = None

    # -- connection -------------------------------------------------------------------
    def open(self) -> FolderStatus:
        if self.client is None:
            self.client = self._connect()
        try:
            info = self.client.select_folder(self.config.folder, readonly=False)
        except IMAPClientError as exc:
            if not self._folder_exists(self.config.folder):
                raise ConfigError(
                    f"folder {self.config.folder!r} does not exist on "
                    f"{self.config.host}; fix `folder` in the config"
                ) from None
            raise TransientError(f"cannot select folder: {exc}") from exc
        self.folder_status = FolderStatus(
            uidvalidity=int(info[b"UIDVALIDITY"]), next_uid=int(info.get(b"UIDNEXT", 0)) or None
        )
        return self.folder_status

    def _connect(self) -> IMAPClient:
        cfg = self.config
        context = tls_context(cfg.ca_file, cfg.verify_tls)
        timeout = cfg.timeout.total_seconds()
        try:
            client = IMAPClient(
                cfg.host,
                port=cfg.effective_port,
                ssl=cfg.security == "tls",
                ssl_context=context,
                timeout=timeout,
            )
            if cfg.security == "starttls":
                self._starttls(client, context)
            self._login(client)
        except LoginError:
            raise CredentialsError(
                f"{cfg.host} refused the login of {cfg.username!r}; "
                "fix the password (password_env / password_file) or the username"
            ) from None
        except ssl.SSLCertVerificationError as exc:
            raise TransientError(
                f"TLS certificate of {cfg.host} not trusted "
                f"({exc.verify_message}); install the CA or set ca_file"
            ) from None
        except NETWORK_ERRORS as exc:
            raise TransientError(
                f"cannot reach {cfg.host}:{cfg.effective_port}: {exc}"
            ) from None
        return client

    def _login(self, client: IMAPClient) -> None:
        oauth = self.config.oauth2
        if oauth is None:
            client.login(self.config.username or "", self.config.read_password() or "")
            return
        try:
            self._oauth_login(client, oauth)
        except MailtriageError:
            with contextlib.suppress(OSError):
                client.shutdown()
            raise

    def _oauth_login(self, client: IMAPClient, oauth: OAuth2Config) -> None:
        """SASL XOAUTH2 or OAUTHBEARER (RFC 7628) with a token from the shared provider."""
        cfg, mechanism = self.config, oauth.mechanism.upper()
        if not client.has_capability(f"AUTH={mechanism}"):
            raise CredentialsError(
                f"{cfg.host} does not offer AUTH={mechanism}; set "
                "oauth2.mechanism to one it offers, or use a password"
            )
        provider = self.tokens or shared_tokens().provider(oauth)
        token = provider.token()
        try:
            if oauth.mechanism == "oauthbearer":
                client.oauthbearer_login(cfg.username or "", token)
            else:
                client.oauth2_login(cfg.username or "", token)
        except LoginError as exc:
            provider.invalidate(token)  # the next attempt fetches a new one
            raise CredentialsError(
                oauth_refusal(cfg.host, cfg.username, mechanism, exc)
            ) from None

    def _starttls(self, client: IMAPClient, context: ssl.SSLContext) -> None:
        if b"STARTTLS" not in client.capabilities():
            client.shutdown()
            raise CredentialsError(
                f"{self.config.host} does not offer STARTTLS; refusing to "
                'send the password in plain text. Use security = "tls" or fix the server'
            )
        client.starttls(context)

    def _folder_exists(self, folder: str) -> bool:
        try:
            return bool(self.client and self.client.folder_exists(folder))
        except NETWORK_ERRORS:
            return True

    # -- fetching ---------------------------------------------------------------------
    def candidates(self, last_uid: int | None, first_sync: bool) -> list[str]:
        client, status = self._require()
        if first_sync:
            criteria: list[object] = ["SINCE", self.since] if self.since else ["ALL"]
            uids = client.search(criteria)
        else:
            uids = [
                u for u in client.search(["UID", f"{(last_uid or 0) + 1}:*"]) if u > (last_uid or 0)
            ]
        return [self.ref(status.uidvalidity, uid) for uid in sorted(uids)]

    def ref_prefix(self) -> str:
        """`imap:<folder>:<UIDVALIDITY>:` of the open folder."""
        _, status = self._require()
        return f"imap:{self.config.folder}:{status.uidvalidity}:"

    def ref(self, uidvalidity: int | None, uid: int) -> str:
        """The source reference of a UID: folder, UIDVALIDITY and UID."""
        return f"imap:{self.config.folder}:{uidvalidity}:{uid}"

    def fetch(self, refs: Sequence[str]) -> Iterator[FetchedItem]:
        client, status = self._require()
        uids = [_uid(r) for r in refs]
        sizes = client.fetch(uids, ["RFC822.SIZE"])
        for group in _groups_by_size(uids, sizes, FETCH_BYTES_PER_REQUEST):
            response = client.fetch(group, ["BODY.PEEK[]", "INTERNALDATE"])
            for uid in group:
                data = response.get(uid)
                if data is None or b"BODY[]" not in data:
                    continue  # expunged meanwhile
                yield FetchedItem(
                    self.ref(status.uidvalidity, uid),
                    bytes(data[b"BODY[]"]),
                    status.uidvalidity,
                    uid,
                    _aware(data.get(b"INTERNALDATE")),
                )

    def after_import(self, refs: Iterable[str]) -> None:
        client, _ = self._require()
        uids = [_uid(r) for r in refs]
        if not uids:
            return
        action = self.config.after_import
        if action == "flag":
            client.add_flags(uids, [self.config.flag.encode()], silent=True)
        elif action == "move":
            client.move(uids, self.config.move_to or "")
        else:
            client.delete_messages(uids, silent=True)
            if client.has_capability("UIDPLUS"):
                client.uid_expunge(uids)
            else:
                client.expunge()

    # -- waiting ----------------------------------------------------------------------
    def wait_for_mail(self, timeout: float, stop: threading.Event) -> None:
        client, _ = self._require()
        if not (self.config.idle and client.has_capability("IDLE")):
            stop.wait(timeout)
            return
        deadline = time.monotonic() + timeout
        client.idle()
        try:
            while not stop.is_set() and time.monotonic() < deadline:
                responses = client.idle_check(
                    timeout=min(1.0, max(0.05, deadline - time.monotonic()))
                )
                if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                    break
        finally:
            client.idle_done()

    @property
    def supports_idle(self) -> bool:
        """True when connected to a server that offers IDLE and IDLE is enabled."""
        return bool(self.client and self.config.idle and self.client.has_capability("IDLE"))

    def close(self) -> None:
        client, self.client = self.client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            with contextlib.suppress(Exception):
                client.shutdown()

    def _require(self) -> tuple[IMAPClient, FolderStatus]:
        if self.client is None or self.folder_status is None:
            raise TransientError("not connected")
        return self.client, self.folder_status


def oauth_refusal(host: str, user: str | None, mechanism: str, exc: BaseException) -> str:
    """Why a server refuses a token the token endpoint has just issued, and what to check."""
    answer = str(exc)[:200]
    return (
        f"{host} refused the {mechanism} login of {user!r} although the token "
        f"endpoint issued a token ({answer}). Check that username is the mailbox the token is "
        "for, that the app has the mail permission (Microsoft: IMAP.AccessAsUser.All, or for "
        "client credentials IMAP.AccessAsApp plus mailbox access for its service principal; "
        "Google: the https://mail.google.com/ scope), and that IMAP is enabled for the mailbox"
    )


def _groups_by_size(
    uids: list[int], sizes: dict[int, dict[bytes, object]], budget: int
) -> Iterator[list[int]]:
    group: list[int] = []
    total = 0
    for uid in uids:
        size = int(str(sizes.get(uid, {}).get(b"RFC822.SIZE", 0)))
        if group and total + size > budget:
            yield group
            group, total = [], 0
        group.append(uid)
        total += size
    if group:
        yield group


def _aware(value: object) -> datetime | None:
    """INTERNALDATE (RFC 3501 2.3.3, when the server received the mail) as an aware time;
    IMAPClient gives a naive local time unless told otherwise."""
    if not isinstance(value, datetime):
        return None
    return value.astimezone(UTC) if value.tzinfo else value.astimezone().astimezone(UTC)


def _uid(ref: str) -> int:
    """The UID at the end of a source reference made by `ImapSource.ref`."""
    return int(ref.rsplit(":", 1)[1])
