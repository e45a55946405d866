"""A secret never leaves in any encoding: a token endpoint that echoes the request body puts the
refresh token (URL-encoded) and the client secret into its refusal; the log, the stored error
texts, the admin's alert mail, `check` and /healthz carry neither (real Dovecot with OAuth2, a
local token endpoint, a real SMTP server)."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
from sqlalchemy import select

from mailtriage.auth.oauth2 import shared_tokens
from mailtriage.classification.base import FallbackClassifier
from mailtriage.clock import FrozenClock
from mailtriage.config import Config
from mailtriage.daemon.alerts import check_alerts
from mailtriage.daemon.app import build_app
from mailtriage.daemon.check import check_all
from mailtriage.daemon.health import HealthServer, JobHeartbeat
from mailtriage.daemon.service import deliver_outbox, run_once
from mailtriage.logsetup import setup_logging
from mailtriage.redaction import MASK, forget_all, redact, remember
from mailtriage.storage.models import Alert, FolderState
from servers.dovecot_oauth import OAuthAccount
from servers.smtp import SmtpServer
from servers.token_endpoint import TokenEndpoint
from test_health import START, healthz
from test_oauth2 import oauth_mailbox, oauth_settings

SECRET = "1//0g-Refresh+Token/With=Odd&Chars"


@pytest.fixture(autouse=True)
def fresh_registry() -> Iterator[None]:
    forget_all()
    yield
    forget_all()


def encoded_forms(secret: str) -> list[str]:
    return [secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]]


@pytest.mark.parametrize("prefix", ["", "u", "us", "user=x\x01auth=Bearer "])
def test_a_remembered_secret_is_masked_plain_url_encoded_json_and_inside_base64(
    prefix: str,
) -> None:
    remember(SECRET)
    blob = (prefix + SECRET + "\x01\x01").encode()
    texts = [*encoded_forms(SECRET), base64.b64encode(blob).decode(),
             base64.urlsafe_b64encode(blob).decode()]
    for text in texts:
        shown = redact(f"error: {text} (HTTP 400)")
        assert MASK in shown and SECRET not in shown
        assert all(form not in shown for form in encoded_forms(SECRET))


def test_short_or_unknown_values_are_left_alone() -> None:
    remember("abc")  # too short to mask safely
    assert redact("abc def") == "abc def"
    assert redact("nothing to hide") == "nothing to hide"


def test_an_echoed_refusal_leaks_nowhere(
    tmp_path: Path, db_url: str, token_endpoint: TokenEndpoint, oauth_account: OAuthAccount,
    smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str],
) -> None:
    settings = oauth_settings(tmp_path, token_endpoint, oauth_account)
    secrets = [oauth_account.refresh_token, oauth_account.client_secret]
    token_endpoint.revoke(oauth_account.refresh_token)
    token_endpoint.state.echo = True
    clock = FrozenClock(START)
    config = Config.model_validate({
        "data_dir": tmp_path, "database": {"url": db_url},
        "mailbox": [oauth_mailbox(oauth_account, settings)],
        "smtp": {"host": "127.0.0.1", "port": smtp_server.port, "security": "none",
                 "from_address": "support@papyra.example", "timeout": 5},
        "health": {"listen": "127.0.0.1:0", "alert_after": "0s",
                   "admin_address": "ops@papyra.example"},
    })
    app = build_app(config, clock=clock, classifier=FallbackClassifier())
    server = HealthServer(app.sessions, config.mailbox, config.health, clock, JobHeartbeat(clock))
    server.start()
    previous = logging.getLogger().handlers[:]
    setup_logging("INFO")
    try:
        assert run_once(app).failed_mailboxes == ["support"]
        check_alerts(app.sessions, app.config, clock)
        deliver_outbox(app)
        checked = "\n".join(line for f in check_all(config) for line in f.lines())
        with app.sessions() as session:
            stored = [*session.scalars(select(FolderState.last_error)),
                      *session.scalars(select(Alert.detail))]
        mails = [m.raw.decode("utf-8", "replace") for m in smtp_server.messages]
        health = json.dumps(healthz(server)[1])
    finally:
        logging.getLogger().handlers[:] = previous
        token_endpoint.state.echo = False
        shared_tokens().set_alerts(None, None)
        server.stop()
        app.close()
    logged = capsys.readouterr().err
    assert "request:" in (stored[0] or "") and MASK in (stored[0] or "")  # the echo happened
    assert mails and any("ALERT" in m for m in mails)
    places = {"log": logged, "check": checked, "stored": "\n".join(filter(None, stored)),
              "alert mail": "\n".join(mails), "healthz": health}
    for where, text in places.items():
        for secret in secrets:
            for form in encoded_forms(secret):
                assert form not in text, f"{where} shows a secret ({form[:6]}...)"
