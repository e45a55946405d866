"""The OAuth2 part of the config schema: token endpoint, client and where its secrets live."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, model_validator

from mailtriage.config.schema import Duration, Frozen, is_loopback
from mailtriage.config.secrets import read_secret
from mailtriage.errors import SecretMissing

Provider = Literal["microsoft", "google"]
Grant = Literal["refresh_token", "client_credentials"]
Mechanism = Literal["xoauth2", "oauthbearer"]

MICROSOFT_TOKEN_URL = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"
GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"
# Exchange Online scopes: delegated IMAP + SMTP for a user, ".default" for an app's own rights.
MICROSOFT_DELEGATED_SCOPE = (
    "https://outlook.office365.com/IMAP.AccessAsUser.All "
    "https://outlook.office365.com/SMTP.Send offline_access"
)
MICROSOFT_APP_SCOPE = "https://outlook.office365.com/.default"


class OAuth2Config(Frozen):
    """`oauth2 = {...}` of a mailbox or `[smtp]`: log in with XOAUTH2/OAUTHBEARER tokens."""

    provider: Provider | None = None
    tenant: str | None = Field(default=None, pattern=r"^[A-Za-z0-9.-]{1,100}$")
    token_url: str | None = None
    client_id: str = Field(min_length=1)
    client_secret_env: str | None = None
    client_secret_file: Path | None = None
    grant: Grant = "refresh_token"
    refresh_token_file: Path | None = None
    scope: str | None = None
    mechanism: Mechanism = "xoauth2"
    refresh_before: Duration = timedelta(minutes=5)
    timeout: Duration = timedelta(seconds=30)

    @model_validator(mode="after")
    def _endpoint(self) -> OAuth2Config:
        if (self.provider is None) == (self.token_url is None):
            raise ValueError(
                'oauth2 needs exactly one of provider = "microsoft" | "google" or '
                'token_url = "https://..."'
            )
        if self.tenant and self.provider != "microsoft":
            raise ValueError('oauth2 tenant is only used with provider = "microsoft"')
        if self.token_url is not None:
            _check_token_url(self.token_url)
        return self

    @model_validator(mode="after")
    def _grant_needs(self) -> OAuth2Config:
        if self.client_secret_env and self.client_secret_file:
            raise ValueError("oauth2: set either client_secret_env or client_secret_file, not both")
        if self.grant == "refresh_token":
            if self.refresh_token_file is None:
                raise ValueError(
                    "oauth2 with the refresh_token grant needs refresh_token_file = "
                    '"/var/lib/mailtriage/NAME.refresh-token" (a file, never the token itself)'
                )
            return self
        return self._client_credentials_needs()

    def _client_credentials_needs(self) -> OAuth2Config:
        if self.provider == "google":
            raise ValueError(
                'Google does not offer grant = "client_credentials" for Gmail; use a refresh '
                'token (grant = "refresh_token" with refresh_token_file)'
            )
        if self.provider == "microsoft" and not self.tenant:
            raise ValueError(
                'grant = "client_credentials" with Microsoft needs tenant = "<tenant id or '
                'domain>" (not "common" or "organizations")'
            )
        if self.refresh_token_file is not None:
            raise ValueError('grant = "client_credentials" uses no refresh_token_file; remove it')
        if not (self.client_secret_env or self.client_secret_file):
            raise ValueError(
                'grant = "client_credentials" needs client_secret_env or client_secret_file'
            )
        if not self.effective_scope:
            raise ValueError('grant = "client_credentials" needs scope = "..."')
        return self

    @property
    def effective_token_url(self) -> str:
        """The configured token endpoint or the provider's."""
        if self.token_url:
            return self.token_url
        if self.provider == "google":
            return GOOGLE_TOKEN_URL
        return MICROSOFT_TOKEN_URL.format(tenant=self.tenant or "organizations")

    @property
    def effective_scope(self) -> str | None:
        """The configured scope or the provider's default for the grant (None: send none)."""
        if self.scope is not None or self.provider != "microsoft":
            return self.scope or None
        if self.grant == "client_credentials":
            return MICROSOFT_APP_SCOPE
        return MICROSOFT_DELEGATED_SCOPE

    def read_client_secret(self) -> str | None:
        """The client secret, read when needed (None for a public client)."""
        return read_secret(self.client_secret_env, self.client_secret_file, "oauth2 client secret")

    def read_refresh_token(self) -> str:
        """The refresh token from refresh_token_file, read when needed."""
        if self.refresh_token_file is None:
            raise SecretMissing('oauth2: grant = "refresh_token" needs refresh_token_file')
        token = read_secret(None, self.refresh_token_file, "oauth2 refresh_token_file")
        assert token is not None
        return token.strip()


def _check_token_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in {"https", "http"} or not parts.hostname:
        raise ValueError(f"oauth2 token_url must be an https:// URL, not {url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValueError(
            f"oauth2 token_url {url!r} would send the client secret in plain text; use https:// "
            "(http:// is only allowed to a loopback host)"
        )
