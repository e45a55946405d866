"""Fixtures that run real servers (Dovecot, PostgreSQL, SMTP) privately on 127.0.0.1."""

from __future__ import annotations

import itertools
import secrets
import uuid
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest

from servers.common import ServerUnavailable, skip_or_fail
from servers.dovecot import Dovecot, ImapAccount
from servers.postgres import Postgres
from servers.smtp import SmtpServer

CORPUS_DIR = Path(__file__).parents[1].parent / "shared" / "corpora" / "emails"
_account_numbers = itertools.count(1)
# Session fixtures whose server log is attached to the report of a failing test.
_LOGGED_SERVERS = ("dovecot", "postgres_server")


def pytest_configure(config: pytest.Config) -> None:
    # SmtpServer(require_auth=...) allows AUTH without TLS on loopback on purpose.
    config.addinivalue_line(
        "filterwarnings", "ignore:Requiring AUTH while not requiring TLS:UserWarning"
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Attach the server logs to the report of a failing test that used a server fixture."""
    report = yield
    if report.failed:
        funcargs = getattr(item, "funcargs", {})
        for name in _LOGGED_SERVERS:
            server = funcargs.get(name)
            if server is not None:
                report.sections.append((f"{name} log", server.log_tail()))
    return report


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """A private Dovecot (plain IMAP + IMAPS) shared by the session."""
    try:
        server = Dovecot()
    except ServerUnavailable as error:
        skip_or_fail(error)
    server.start()
    yield server
    server.close()


@pytest.fixture
def imap_account(dovecot: Dovecot) -> ImapAccount:
    """A fresh IMAP user with a random password and an empty INBOX."""
    dovecot.start()  # in case an earlier test stopped it
    name = f"user{next(_account_numbers)}-{uuid.uuid4().hex[:8]}"
    return dovecot.add_user(name, secrets.token_urlsafe(12))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Postgres]:
    """A private PostgreSQL cluster shared by the session."""
    try:
        server = Postgres()
    except ServerUnavailable as error:
        skip_or_fail(error)
    server.start()
    yield server
    server.close()


@pytest.fixture
def pg_url(postgres_server: Postgres) -> Iterator[str]:
    """SQLAlchemy URL of a new, empty PostgreSQL database, dropped after the test."""
    postgres_server.start()
    name = f"t_{uuid.uuid4().hex}"
    yield postgres_server.create_database(name)
    postgres_server.drop_database(name)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """SQLAlchemy URL of a new SQLite database file in the test's tmp_path."""
    return f"sqlite:///{tmp_path / 'mailtriage.sqlite3'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """A fresh, empty database URL; every test using it runs once per backend."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    url: str = request.getfixturevalue(name)
    return url


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A running SMTP server that records what it receives (no auth, no TLS)."""
    server = SmtpServer()
    server.start()
    yield server
    server.close()


@pytest.fixture
def smtp_server_factory() -> Iterator[Callable[..., SmtpServer]]:
    """Start SMTP servers with options, e.g. `make(require_auth=("u", "p"), starttls=True)`."""
    servers: list[SmtpServer] = []

    def make(*, require_auth: tuple[str, str] | None = None, starttls: bool = False,
             smtputf8: bool = True) -> SmtpServer:
        try:
            server = SmtpServer(require_auth=require_auth, starttls=starttls, smtputf8=smtputf8)
        except ServerUnavailable as error:  # starttls needs the openssl CLI
            skip_or_fail(error)
        servers.append(server)
        server.start()
        return server

    yield make
    for server in servers:
        server.close()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared e-mail corpus beside the repository (../shared/corpora/emails)."""
    if not CORPUS_DIR.is_dir():
        pytest.skip(f"e-mail corpus not found at {CORPUS_DIR}")
    return CORPUS_DIR


# -- OAuth2: a local token endpoint and a Dovecot that checks its tokens ------------------------
from servers.dovecot_oauth import OAuthAccount, OAuthDovecot  # noqa: E402
from servers.token_endpoint import TokenEndpoint  # noqa: E402


@pytest.fixture(scope="session")
def token_endpoint() -> Iterator[TokenEndpoint]:
    """A local OAuth2 token + introspection endpoint shared by the session."""
    server = TokenEndpoint()
    yield server
    server.close()


@pytest.fixture(scope="session")
def oauth_dovecot(token_endpoint: TokenEndpoint) -> Iterator[OAuthDovecot]:
    """A private Dovecot accepting XOAUTH2/OAUTHBEARER tokens of `token_endpoint`."""
    try:
        server = OAuthDovecot(token_endpoint.introspection_url)
    except ServerUnavailable as error:
        skip_or_fail(error)
    server.start()
    yield server
    server.close()


@pytest.fixture
def oauth_account(oauth_dovecot: OAuthDovecot, token_endpoint: TokenEndpoint) -> OAuthAccount:
    """A fresh mailbox user with an OAuth2 client and a refresh token issued for the user."""
    oauth_dovecot.start()
    name = f"oauth{next(_account_numbers)}-{uuid.uuid4().hex[:8]}"
    account = oauth_dovecot.add_user(name, secrets.token_urlsafe(12))
    client_id = f"client-{uuid.uuid4().hex[:8]}"
    client_secret = secrets.token_urlsafe(12)
    token_endpoint.add_client(client_id, client_secret)
    return OAuthAccount(account, client_id, client_secret, token_endpoint.grant(name))


@pytest.fixture
def oauth_smtp_server(token_endpoint: TokenEndpoint) -> Iterator[SmtpServer]:
    """A recording SMTP server whose XOAUTH2/OAUTHBEARER accept `token_endpoint`'s tokens."""
    server = SmtpServer(oauth=lambda user, token: token_endpoint.user_of(token) == user)
    server.start()
    yield server
    server.close()
