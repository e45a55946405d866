"""OAuth2 access tokens: fetched from the token endpoint, cached, refreshed before they expire."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

from mailtriage.clock import Clock, SystemClock
from mailtriage.config.oauth import OAuth2Config
from mailtriage.errors import CredentialsError, TransientError
from mailtriage.redaction import redact, remember

log = logging.getLogger(__name__)

Problem = Callable[[str, str], object]
"""`on_problem(key, text)`: an admin alert for a token that cannot be refreshed."""
Recovery = Callable[[str], object]
"""`on_recovery(key)`: the token can be refreshed again."""

DEFAULT_LIFETIME = timedelta(hours=1)  # when the endpoint omits expires_in (RFC 6749 5.1)
_DESCRIPTION_LIMIT = 400

# What the admin must do for each error code of RFC 6749 5.2.
_HINTS = {
    "invalid_grant": (
        "the refresh token was revoked or has expired (password change, consent withdrawn, "
        "token unused for too long, or a Google app still in 'Testing'): have the mailbox owner "
        "sign in and consent again, then write the new refresh token to {refresh_token_file}"
    ),
    "invalid_client": (
        "the client id or client secret is wrong, or the secret has expired: create a new "
        "client secret in the app registration and update client_secret_env/client_secret_file"
    ),
    "unauthorized_client": (
        "the app registration may not use the {grant} grant: allow it in the app registration "
        "(Microsoft: API permissions and admin consent; public client flows for no secret)"
    ),
    "invalid_scope": (
        "the scope {scope!r} is not granted to this app: fix `scope` or grant (admin) consent"
    ),
}
_HINTS["unsupported_grant_type"] = _HINTS["unauthorized_client"]
_DEFAULT_HINT = "check provider, tenant, token_url and client_id in the oauth2 settings"


@dataclass(frozen=True)
class AccessToken:
    """A bearer token, when it expires and when to replace it; the value is never printed."""

    value: str = field(repr=False)
    expires_at: datetime
    refresh_at: datetime


@dataclass(frozen=True)
class TokenReply:
    """What the token endpoint answered: HTTP status and the JSON object (empty if none)."""

    status: int
    body: Mapping[str, object]


Transport = Callable[[str, Mapping[str, str], float], TokenReply]


def post_form(url: str, fields: Mapping[str, str], timeout: float) -> TokenReply:
    """POST an application/x-www-form-urlencoded request (RFC 6749 4.1.3, 4.4.2, 6)."""
    request = Request(
        url,
        data=urlencode(fields).encode("ascii"),
        headers={"Accept": "application/json", "User-Agent": "mailtriage"},
        method="POST",
    )
    try:
        with urlopen(request, timeout=timeout) as response:
            return TokenReply(response.status, _json_object(response.read()))
    except HTTPError as exc:
        with exc:
            return TokenReply(exc.code, _json_object(exc.read()))
    except (URLError, OSError, TimeoutError) as exc:
        reason = getattr(exc, "reason", exc)
        raise TransientError(f"oauth2: cannot reach the token endpoint {url}: {reason}") from None


def _json_object(raw: bytes) -> dict[str, object]:
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


class TokenProvider:
    """Hands out a valid access token for one OAuth2 client; thread-safe, one refresh at a time."""

    def __init__(
        self,
        config: OAuth2Config,
        *,
        clock: Clock | None = None,
        on_problem: Problem | None = None,
        on_recovery: Recovery | None = None,
        transport: Transport = post_form,
    ) -> None:
        self.config = config
        self._clock = clock or SystemClock()
        self._on_problem = on_problem
        self._on_recovery = on_recovery
        self._transport = transport
        self._lock = threading.Lock()
        self._cached: AccessToken | None = None
        self._failing = False
        self._file_seen: str | None = None
        self._rotated: str | None = None

    @property
    def key(self) -> str:
        """Names this token in alerts and logs (client id and token file; no secret)."""
        source = self.config.refresh_token_file or self.config.grant
        return f"oauth2:{self.config.client_id}:{source}"

    def token(self) -> str:
        """A token valid for at least `refresh_before` (fetching a new one if needed)."""
        with self._lock:
            now = self._clock.now()
            if self._cached is None or now >= self._cached.refresh_at:
                self._cached = self._renew(self._cached, now)
            return self._cached.value

    def invalidate(self, value: str | None = None) -> None:
        """Forget the cached token (the one given, or any): the next `token()` fetches anew."""
        with self._lock:
            if self._cached is not None and value in (None, self._cached.value):
                self._cached = None

    def _renew(self, current: AccessToken | None, now: datetime) -> AccessToken:
        """A new token; while the endpoint is unreachable, the current one until it expires."""
        try:
            return self._fetch(now)
        except TransientError as exc:
            if current is None or now >= current.expires_at:
                raise
            log.warning(
                "%s: %s; the current token is used until %s",
                self.key,
                exc,
                current.expires_at.isoformat(timespec="seconds"),
            )
            return current

    def _fetch(self, now: datetime) -> AccessToken:
        url = self.config.effective_token_url
        try:
            fields = self._request_fields()
        except CredentialsError as exc:  # a missing or unreadable secret file
            self._set_failing(True, f"{self.key}: {exc}")
            raise
        reply = self._transport(url, fields, self.config.timeout.total_seconds())
        value = reply.body.get("access_token")
        if reply.status == 200 and isinstance(value, str) and value:
            token = self._accept(value, reply.body, now)
            self._set_failing(False, "")
            return token
        if reply.status == 429 or reply.status >= 500:
            raise TransientError(f"oauth2: the token endpoint {url} answered HTTP {reply.status}")
        error = CredentialsError(self._refusal_text(url, reply, fields))
        self._set_failing(True, str(error))
        raise error

    def _request_fields(self) -> dict[str, str]:
        cfg = self.config
        fields = {"grant_type": cfg.grant, "client_id": cfg.client_id}
        if cfg.grant == "refresh_token":
            fields["refresh_token"] = self._current_refresh_token()
        secret = cfg.read_client_secret()
        if secret is not None:
            fields["client_secret"] = secret  # RFC 6749 2.3.1: in the request body
        if cfg.effective_scope:
            fields["scope"] = cfg.effective_scope
        return fields

    def _accept(self, value: str, body: Mapping[str, object], now: datetime) -> AccessToken:
        lifetime = _lifetime(body.get("expires_in"))
        early = min(self.config.refresh_before, lifetime / 2)
        rotated = body.get("refresh_token")
        if isinstance(rotated, str) and rotated and self.config.grant == "refresh_token":
            remember(rotated)
            self._keep_refresh_token(rotated)
        remember(value)
        log.info("%s: new access token, valid for %s", self.key, lifetime)
        return AccessToken(value, now + lifetime, now + lifetime - early)

    def _refusal_text(self, url: str, reply: TokenReply, fields: Mapping[str, str]) -> str:
        code = str(reply.body.get("error") or "")
        for secret in fields.values():
            if secret not in (fields.get("grant_type"), fields.get("client_id")):
                remember(secret)  # an endpoint may echo the request body, in any encoding
        code = redact(code)
        description = redact(str(reply.body.get("error_description") or ""))
        answer = f"HTTP {reply.status}" + (f", error={code}" if code else "")
        if description:
            answer += f", error_description={description[:_DESCRIPTION_LIMIT]!r}"
        hint = _HINTS.get(code, _DEFAULT_HINT).format(
            refresh_token_file=self.config.refresh_token_file,
            grant=self.config.grant,
            scope=self.config.effective_scope,
        )
        return (
            f"{self.key}: the token could not be refreshed; the token endpoint {url} answered "
            f"{answer}. To fix: {hint}"
        )

    def _set_failing(self, failing: bool, text: str) -> None:
        if failing == self._failing:
            return
        self._failing = failing
        try:
            if failing and self._on_problem is not None:
                self._on_problem(self.key, text)
            elif not failing and self._on_recovery is not None:
                self._on_recovery(self.key)
        except Exception:
            log.exception("%s: the alert callback failed", self.key)

    def _current_refresh_token(self) -> str:
        """The file's token, or the newer one the endpoint rotated in if the file is unchanged."""
        in_file = self.config.read_refresh_token()
        if self._rotated is not None and in_file == self._file_seen:
            return self._rotated
        self._file_seen, self._rotated = in_file, None
        return in_file

    def _keep_refresh_token(self, new: str) -> None:
        """Store a rotated refresh token (RFC 6749 6) in its file, or in memory if read-only."""
        path = self.config.refresh_token_file
        if path is None or new == (self._rotated or self._file_seen):
            return
        try:
            write_secret_file(path, new)
        except OSError as exc:
            log.warning(
                "%s: cannot save the new refresh token to %s (%s); it is kept in memory only. "
                "Put refresh_token_file in a directory mailtriage may write (its StateDirectory)",
                self.key,
                path,
                exc.strerror,
            )
            self._rotated = new
            return
        self._file_seen, self._rotated = new, None


def _lifetime(expires_in: object) -> timedelta:
    try:
        seconds = float(str(expires_in))
    except ValueError:
        return DEFAULT_LIFETIME
    return timedelta(seconds=seconds) if 0 < seconds < 10**8 else DEFAULT_LIFETIME


def write_secret_file(path: Path, value: str) -> None:
    """Replace a secret file atomically, readable by its owner only."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(value + "\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class TokenRegistry:
    """One TokenProvider per OAuth2 setting, shared by every mailbox thread and the sender."""

    def __init__(self, clock: Clock | None = None, transport: Transport = post_form) -> None:
        self._clock = clock
        self._transport = transport
        self._lock = threading.Lock()
        self._providers: dict[OAuth2Config, TokenProvider] = {}
        self._on_problem: Problem | None = None
        self._on_recovery: Recovery | None = None

    def set_alerts(self, on_problem: Problem | None, on_recovery: Recovery | None) -> None:
        """Where refresh failures and recoveries of every provider are reported."""
        self._on_problem, self._on_recovery = on_problem, on_recovery

    def provider(self, config: OAuth2Config) -> TokenProvider:
        """The provider for `config`, created on first use."""
        with self._lock:
            found = self._providers.get(config)
            if found is None:
                found = TokenProvider(
                    config,
                    clock=self._clock,
                    on_problem=self._problem,
                    on_recovery=self._recovery,
                    transport=self._transport,
                )
                self._providers[config] = found
            return found

    def _problem(self, key: str, text: str) -> None:
        if self._on_problem is not None:
            self._on_problem(key, text)

    def _recovery(self, key: str) -> None:
        if self._on_recovery is not None:
            self._on_recovery(key)


_SHARED = TokenRegistry()


def shared_tokens() -> TokenRegistry:
    """The process-wide registry that sources and the sender use unless given a provider."""
    return _SHARED


def xoauth2_string(user: str, token: str) -> bytes:
    """The XOAUTH2 initial client response (Google's and Microsoft's SASL XOAUTH2)."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01".encode()


def oauthbearer_string(user: str, token: str) -> bytes:
    """The OAUTHBEARER initial client response (RFC 7628 3.1, GS2 header of RFC 5801 4)."""
    authzid = user.replace("=", "=3D").replace(",", "=2C")
    return f"n,a={authzid},\x01auth=Bearer {token}\x01\x01".encode()
