"""OAuth2 logins against a local token endpoint, a Dovecot checking tokens and an SMTP server."""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from mailtriage.auth.oauth2 import TokenProvider, TokenReply, post_form, shared_tokens
from mailtriage.classification.base import FallbackClassifier
from mailtriage.clock import FrozenClock
from mailtriage.config.oauth import OAuth2Config
from mailtriage.config.schema import MailboxConfig, SmtpConfig
from mailtriage.daemon.app import App, build_app
from mailtriage.daemon.service import run_once
from mailtriage.errors import CredentialsError, TransientError
from mailtriage.outbox.sender import OutgoingMail, SendResult, SmtpSender
from mailtriage.sources.imap import ImapSource
from servers.dovecot_oauth import OAuthAccount, OAuthDovecot
from servers.smtp import SmtpServer
from servers.token_endpoint import TokenEndpoint
from support import customer_mail, make_config

T0 = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)


def oauth_settings(
    tmp_path: Path, endpoint: TokenEndpoint, account: OAuthAccount, **extra: Any
) -> OAuth2Config:
    """OAuth2 settings for `account`: refresh token and client secret in files."""
    token_file = tmp_path / "refresh-token"
    token_file.write_text(account.refresh_token + "\n")
    secret_file = tmp_path / "client-secret"
    secret_file.write_text(account.client_secret + "\n")
    return OAuth2Config(
        token_url=endpoint.token_url,
        client_id=account.client_id,
        client_secret_file=secret_file,
        refresh_token_file=token_file,
        **extra,
    )


def oauth_mailbox(account: OAuthAccount, settings: OAuth2Config, **extra: Any) -> MailboxConfig:
    values: dict[str, Any] = {
        "name": "support",
        "kind": "imap",
        "host": account.imap.host,
        "port": account.imap.imap_port,
        "security": "none",
        "username": account.user,
        "oauth2": settings,
        "poll_interval": 1,
    }
    return MailboxConfig.model_validate({**values, **extra})


def make_app(tmp_path: Path, url: str, mailbox: MailboxConfig) -> App:
    config = make_config(tmp_path, url, mailbox=(mailbox,))
    return build_app(config, classifier=FallbackClassifier())


def one_mail() -> OutgoingMail:
    return OutgoingMail(1, "support@papyra.example", ("anna@kunde.example",), customer_mail())


# -- IMAP ------------------------------------------------------------------------------------
@pytest.mark.parametrize("mechanism", ["xoauth2", "oauthbearer"])
def test_an_oauth2_mailbox_is_ingested_end_to_end(
    tmp_path: Path,
    sqlite_url: str,
    oauth_dovecot: OAuthDovecot,
    token_endpoint: TokenEndpoint,
    oauth_account: OAuthAccount,
    mechanism: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    oauth_dovecot.append(oauth_account.user, "INBOX", customer_mail(subject="Token login"))
    settings = oauth_settings(tmp_path, token_endpoint, oauth_account, mechanism=mechanism)
    app = make_app(tmp_path, sqlite_url, oauth_mailbox(oauth_account, settings))
    before = token_endpoint.token_requests()
    report = run_once(app)
    assert report.mailboxes["support"].stored == 1 and not report.failed_mailboxes
    oauth_dovecot.append(oauth_account.user, "INBOX", customer_mail(subject="Second"))
    assert run_once(app).mailboxes["support"].stored == 1
    assert token_endpoint.token_requests() == before + 1  # the cached token served both runs
    log = oauth_dovecot.log_path.read_text()
    assert f"user=<{oauth_account.user}>, method={mechanism.upper()}" in log
    secrets = [
        oauth_account.refresh_token,
        oauth_account.client_secret,
        *token_endpoint.state.access_tokens,
    ]
    assert not [s for s in secrets if s in caplog.text]  # never a token in the logs


def test_a_token_near_expiry_is_refreshed_before_use(
    tmp_path: Path,
    oauth_dovecot: OAuthDovecot,
    token_endpoint: TokenEndpoint,
    oauth_account: OAuthAccount,
) -> None:
    clock = FrozenClock(T0)
    settings = oauth_settings(tmp_path, token_endpoint, oauth_account)
    provider = TokenProvider(settings, clock=clock)
    before = token_endpoint.token_requests()
    first = provider.token()
    clock.at = T0 + timedelta(minutes=54, seconds=59)  # expires at 60 min, refreshed 5 min early
    assert provider.token() == first
    assert token_endpoint.token_requests() == before + 1
    clock.at = T0 + timedelta(minutes=55)
    second = provider.token()
    assert second != first and token_endpoint.token_requests() == before + 2
    source = ImapSource(oauth_mailbox(oauth_account, settings), tokens=provider)
    try:
        assert source.open().uidvalidity > 0  # Dovecot accepts the refreshed token
    finally:
        source.close()
    assert token_endpoint.token_requests() == before + 2


def test_mailbox_threads_sharing_a_provider_cause_one_refresh(
    tmp_path: Path, token_endpoint: TokenEndpoint, oauth_account: OAuthAccount
) -> None:
    provider = shared_tokens().provider(oauth_settings(tmp_path, token_endpoint, oauth_account))
    barrier = threading.Barrier(8)
    got: list[str] = []

    def worker() -> None:
        barrier.wait()
        got.append(provider.token())

    before = token_endpoint.token_requests()
    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(got) == 8 and len(set(got)) == 1
    assert token_endpoint.token_requests() == before + 1


def test_a_revoked_refresh_token_gives_a_clear_error_and_one_alert(
    tmp_path: Path, token_endpoint: TokenEndpoint, oauth_account: OAuthAccount
) -> None:
    problems: list[tuple[str, str]] = []
    recoveries: list[str] = []
    settings = oauth_settings(tmp_path, token_endpoint, oauth_account)
    provider = TokenProvider(
        settings,
        clock=FrozenClock(T0),
        on_problem=lambda key, text: problems.append((key, text)),
        on_recovery=recoveries.append,
    )
    token_endpoint.revoke(oauth_account.refresh_token)
    for _ in range(3):
        with pytest.raises(CredentialsError) as refused:
            provider.token()
    text = str(refused.value)
    assert "error=invalid_grant" in text and "AADSTS70008" in text
    assert "consent again" in text and f"new refresh token to {settings.refresh_token_file}" in text
    assert oauth_account.refresh_token not in text and oauth_account.client_secret not in text
    assert problems == [(provider.key, text)]  # once, not once per attempt
    assert settings.refresh_token_file is not None
    settings.refresh_token_file.write_text(token_endpoint.grant(oauth_account.user))
    provider.token()  # the admin stored a new refresh token: no restart needed
    assert recoveries == [provider.key] and len(problems) == 1


def test_a_revoked_token_fails_the_mailbox_and_alerts_through_the_shared_registry(
    tmp_path: Path, sqlite_url: str, token_endpoint: TokenEndpoint, oauth_account: OAuthAccount
) -> None:
    problems: list[str] = []
    settings = oauth_settings(tmp_path, token_endpoint, oauth_account)
    token_endpoint.revoke(oauth_account.refresh_token)
    app = make_app(tmp_path, sqlite_url, oauth_mailbox(oauth_account, settings))
    shared_tokens().set_alerts(lambda key, text: problems.append(text), None)
    try:
        assert run_once(app).failed_mailboxes == ["support"]
        assert run_once(app).failed_mailboxes == ["support"]
    finally:
        shared_tokens().set_alerts(None, None)
    assert len(problems) == 1 and "invalid_grant" in problems[0]


def test_a_server_refusing_a_fresh_token_says_what_to_check(
    tmp_path: Path,
    oauth_dovecot: OAuthDovecot,
    token_endpoint: TokenEndpoint,
    oauth_account: OAuthAccount,
) -> None:
    settings = oauth_settings(tmp_path, token_endpoint, oauth_account)
    provider = TokenProvider(settings)
    other = oauth_dovecot.add_user(f"{oauth_account.user}x", "unused-password")
    source = ImapSource(
        oauth_mailbox(oauth_account, settings, username=other.user), tokens=provider
    )
    with pytest.raises(CredentialsError) as refused:
        source.open()
    text = str(refused.value)
    assert "refused the XOAUTH2 login" in text and "username is the mailbox" in text
    before = token_endpoint.token_requests()
    provider.token()
    assert token_endpoint.token_requests() == before + 1  # the refused token was dropped


def test_an_endpoint_outage_in_the_early_window_keeps_the_current_token(
    tmp_path: Path, token_endpoint: TokenEndpoint, oauth_account: OAuthAccount
) -> None:
    down = threading.Event()

    def transport(url: str, fields: Mapping[str, str], timeout: float) -> TokenReply:
        if down.is_set():
            raise TransientError(f"oauth2: cannot reach the token endpoint {url}: refused")
        return post_form(url, fields, timeout)

    problems: list[str] = []
    clock = FrozenClock(T0)
    settings = oauth_settings(tmp_path, token_endpoint, oauth_account)
    provider = TokenProvider(
        settings,
        clock=clock,
        transport=transport,
        on_problem=lambda key, text: problems.append(text),
    )
    first = provider.token()
    down.set()
    clock.at = T0 + timedelta(minutes=58)  # due for renewal, not yet expired
    assert provider.token() == first
    clock.at = T0 + timedelta(minutes=60)
    with pytest.raises(TransientError, match="cannot reach the token endpoint"):
        provider.token()
    assert problems == []  # an outage is retried, not an admin alert
    down.clear()
    assert provider.token() != first


# -- SMTP ------------------------------------------------------------------------------------
def oauth_smtp(server: SmtpServer, user: str, settings: OAuth2Config) -> SmtpConfig:
    return SmtpConfig.model_validate(
        {
            "host": server.host,
            "port": server.port,
            "security": "none",
            "username": user,
            "oauth2": settings,
            "timeout": 5,
            "from_address": "support@papyra.example",
        }
    )


@pytest.mark.parametrize("mechanism", ["xoauth2", "oauthbearer"])
def test_smtp_delivery_with_oauth2_reaches_the_server(
    tmp_path: Path,
    oauth_smtp_server: SmtpServer,
    token_endpoint: TokenEndpoint,
    oauth_account: OAuthAccount,
    mechanism: str,
) -> None:
    settings = oauth_settings(tmp_path, token_endpoint, oauth_account, mechanism=mechanism)
    sender = SmtpSender(oauth_smtp(oauth_smtp_server, oauth_account.user, settings))
    results: list[SendResult] = []
    sender.send([one_mail()], lambda mail, result: results.append(result))
    assert results == [SendResult(ok=True)]
    assert oauth_smtp_server.wait_for(1)[0].rcpt_tos == ("anna@kunde.example",)
    assert oauth_smtp_server.oauth_logins == [(mechanism.upper(), oauth_account.user)]


def test_smtp_refusing_the_token_is_a_retryable_failure(
    tmp_path: Path,
    oauth_smtp_server: SmtpServer,
    token_endpoint: TokenEndpoint,
    oauth_account: OAuthAccount,
) -> None:
    settings = oauth_settings(tmp_path, token_endpoint, oauth_account)
    sender = SmtpSender(oauth_smtp(oauth_smtp_server, "someone.else@papyra.example", settings))
    results: list[SendResult] = []
    sender.send([one_mail()], lambda mail, result: results.append(result))
    [result] = results
    assert not result.ok and not result.permanent and "535" in result.detail
    assert oauth_smtp_server.messages == []


def test_smtp_with_a_revoked_token_fails_every_mail_of_the_batch_with_the_reason(
    tmp_path: Path,
    oauth_smtp_server: SmtpServer,
    token_endpoint: TokenEndpoint,
    oauth_account: OAuthAccount,
) -> None:
    settings = oauth_settings(tmp_path, token_endpoint, oauth_account)
    token_endpoint.revoke(oauth_account.refresh_token)
    sender = SmtpSender(oauth_smtp(oauth_smtp_server, oauth_account.user, settings))
    results: list[SendResult] = []
    sender.send([one_mail(), one_mail()], lambda mail, result: results.append(result))
    assert [r.ok for r in results] == [False, False]
    assert all("CredentialsError" in r.detail and "invalid_grant" in r.detail for r in results)


# -- refresh token rotation ----------------------------------------------------------------
def test_a_rotated_refresh_token_is_saved_for_the_next_refresh(
    tmp_path: Path, token_endpoint: TokenEndpoint, oauth_account: OAuthAccount
) -> None:
    clock = FrozenClock(T0)
    settings = oauth_settings(tmp_path, token_endpoint, oauth_account)
    provider = TokenProvider(settings, clock=clock)
    token_endpoint.rotate_refresh_tokens()
    try:
        provider.token()
    finally:
        token_endpoint.rotate_refresh_tokens(False)
    assert settings.refresh_token_file is not None
    saved = settings.refresh_token_file.read_text().strip()
    assert saved != oauth_account.refresh_token
    assert settings.refresh_token_file.stat().st_mode & 0o077 == 0
    token_endpoint.revoke(oauth_account.refresh_token)
    clock.at = T0 + timedelta(hours=1)
    provider.token()  # uses the saved token, not the revoked original


# -- configuration ---------------------------------------------------------------------------
BASE = {"client_id": "app", "refresh_token_file": "/var/lib/mailtriage/rt"}


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({}, "exactly one of provider"),
        (
            {"provider": "google", "token_url": "https://idp.example/token"},
            "exactly one of provider",
        ),
        ({"token_url": "http://idp.example/token"}, "plain text"),
        ({"provider": "google", "tenant": "contoso.example"}, "tenant is only used"),
        ({"provider": "microsoft", "refresh_token_file": None}, "needs refresh_token_file"),
        (
            {
                "provider": "microsoft",
                "grant": "client_credentials",
                "refresh_token_file": None,
                "client_secret_env": "S",
            },
            "needs tenant",
        ),
        (
            {"provider": "google", "grant": "client_credentials", "refresh_token_file": None},
            "Google does not offer",
        ),
        (
            {
                "token_url": "https://idp.example/token",
                "grant": "client_credentials",
                "refresh_token_file": None,
            },
            "needs client_secret_env or client_secret_file",
        ),
        (
            {
                "token_url": "https://idp.example/token",
                "grant": "client_credentials",
                "refresh_token_file": None,
                "client_secret_env": "S",
            },
            "needs scope",
        ),
        ({"provider": "google", "client_secret_env": "S", "client_secret_file": "/x"}, "not both"),
        ({"provider": "google", "refresh_token": "abc"}, "Extra inputs are not permitted"),
    ],
)
def test_oauth2_settings_are_validated_with_clear_messages(
    values: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        OAuth2Config.model_validate({**BASE, **values})


def test_provider_presets() -> None:
    microsoft = OAuth2Config.model_validate(
        {**BASE, "provider": "microsoft", "tenant": "contoso.onmicrosoft.com"}
    )
    assert microsoft.effective_token_url == (
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"
    )
    assert microsoft.effective_scope is not None
    assert "IMAP.AccessAsUser.All" in microsoft.effective_scope
    assert "offline_access" in microsoft.effective_scope
    app = OAuth2Config.model_validate(
        {
            "client_id": "app",
            "provider": "microsoft",
            "tenant": "contoso.onmicrosoft.com",
            "grant": "client_credentials",
            "client_secret_env": "S",
        }
    )
    assert app.effective_scope == "https://outlook.office365.com/.default"
    google = OAuth2Config.model_validate({**BASE, "provider": "google"})
    assert google.effective_token_url == "https://oauth2.googleapis.com/token"
    assert google.effective_scope is None
