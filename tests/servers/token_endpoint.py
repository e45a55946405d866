"""A local OAuth2 token endpoint and introspection endpoint (RFC 6749, RFC 7662) on 127.0.0.1."""

from __future__ import annotations

import atexit
import json
import secrets
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

HOST = "127.0.0.1"


@dataclass
class _Grant:
    """A refresh token (or client) and the user its access tokens are for."""

    user: str
    revoked: bool = False


class TokenState:
    """What the endpoint knows: clients, refresh tokens, issued access tokens, request counts."""

    def __init__(self, lifetime: int) -> None:
        self.lock = threading.Lock()
        self.lifetime = lifetime
        self.clients: dict[str, str | None] = {}
        self.refresh_tokens: dict[str, _Grant] = {}
        self.app_users: dict[str, str] = {}
        self.access_tokens: dict[str, tuple[str, float]] = {}
        self.requests: Counter[str] = Counter()
        self.rotate = False
        self.echo = False  # refusals quote the request body, as some endpoints do

    def token_reply(self, form: dict[str, str], body: str = "") -> tuple[int, dict[str, Any]]:
        """RFC 6749 5.1 / 5.2: an access token or an error for a token request."""
        status, reply = self._reply(form)
        if self.echo and status != 200:
            reply["error_description"] = f"{reply.get('error_description', '')} request: {body}"
        return status, reply

    def _reply(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        with self.lock:
            self.requests[form.get("grant_type", "")] += 1
            client = form.get("client_id", "")
            if client not in self.clients or self.clients[client] != form.get("client_secret"):
                return 401, {"error": "invalid_client", "error_description": "unknown client"}
            if form.get("grant_type") == "refresh_token":
                return self._refresh(form.get("refresh_token", ""))
            if form.get("grant_type") == "client_credentials" and client in self.app_users:
                return 200, self._issue(self.app_users[client])
            return 400, {"error": "unsupported_grant_type"}

    def _refresh(self, refresh_token: str) -> tuple[int, dict[str, Any]]:
        grant = self.refresh_tokens.get(refresh_token)
        if grant is None or grant.revoked:
            return 400, {
                "error": "invalid_grant",
                "error_description": "AADSTS70008: The refresh token has expired or was revoked",
            }
        reply = self._issue(grant.user)
        if self.rotate:
            new = secrets.token_urlsafe(24)
            self.refresh_tokens[new] = _Grant(grant.user)
            reply["refresh_token"] = new
        return 200, reply

    def _issue(self, user: str) -> dict[str, Any]:
        token = secrets.token_urlsafe(24)
        self.access_tokens[token] = (user, time.time() + self.lifetime)
        return {"access_token": token, "token_type": "Bearer", "expires_in": self.lifetime}

    def user_of(self, token: str) -> str | None:
        """The user of an unexpired access token, None otherwise."""
        with self.lock:
            self.requests["introspect"] += 1
            user, expires = self.access_tokens.get(token, ("", 0.0))
            return user if expires > time.time() else None


class _Handler(BaseHTTPRequestHandler):
    """POST /token and POST /introspect, form-encoded in, JSON out."""

    server: _Server

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("ascii")
        form = {key: values[0] for key, values in parse_qs(raw).items()}
        state = self.server.state
        if self.path == "/token":
            status, body = state.token_reply(form, raw)
        elif self.path == "/introspect":
            user = state.user_of(form.get("token", ""))
            status, body = 200, {"active": True, "username": user} if user else {"active": False}
        else:
            status, body = 404, {"error": "not_found"}
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, state: TokenState) -> None:
        super().__init__((HOST, 0), _Handler)
        self.state = state


class TokenEndpoint:
    """A threaded local OAuth2 server; tokens it issues are what Dovecot and SMTP accept."""

    def __init__(self, lifetime: int = 3600) -> None:
        self.state = TokenState(lifetime)
        self._server = _Server(self.state)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        atexit.register(self.close)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def token_url(self) -> str:
        return f"http://{HOST}:{self.port}/token"

    @property
    def introspection_url(self) -> str:
        return f"http://{HOST}:{self.port}/introspect"

    def add_client(self, client_id: str, secret: str | None = None) -> None:
        with self.state.lock:
            self.state.clients[client_id] = secret

    def grant(self, user: str) -> str:
        """A new refresh token for `user` (as after the user's consent)."""
        token = secrets.token_urlsafe(24)
        with self.state.lock:
            self.state.refresh_tokens[token] = _Grant(user)
        return token

    def grant_app(self, client_id: str, user: str) -> None:
        """Let `client_id` use client credentials for `user`'s mailbox."""
        with self.state.lock:
            self.state.app_users[client_id] = user

    def revoke(self, refresh_token: str) -> None:
        """Revoke a refresh token: the next refresh answers invalid_grant."""
        with self.state.lock:
            self.state.refresh_tokens[refresh_token].revoked = True

    def rotate_refresh_tokens(self, enabled: bool = True) -> None:
        """Return a new refresh token with every refresh (as Microsoft does)."""
        with self.state.lock:
            self.state.rotate = enabled

    def token_requests(self, grant_type: str = "refresh_token") -> int:
        with self.state.lock:
            return self.state.requests[grant_type]

    def user_of(self, token: str) -> str | None:
        return self.state.user_of(token)

    def close(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(5)
