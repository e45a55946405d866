"""Credentials beyond passwords: OAuth2 access tokens for IMAP and SMTP logins."""

from mailtriage.auth.oauth2 import (
    AccessToken,
    TokenProvider,
    TokenRegistry,
    oauthbearer_string,
    shared_tokens,
    xoauth2_string,
)

__all__ = [
    "AccessToken",
    "TokenProvider",
    "TokenRegistry",
    "oauthbearer_string",
    "shared_tokens",
    "xoauth2_string",
]
