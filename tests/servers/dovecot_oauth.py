"""A private Dovecot that also accepts XOAUTH2/OAUTHBEARER tokens checked by an introspection URL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .dovecot import Dovecot, ImapAccount, _Accounts

# Dovecot 2.3 oauth2 passdb (dovecot-oauth2.conf.ext): RFC 7662 introspection by POST.
_OAUTH2_SETTINGS = """\
introspection_mode = post
introspection_url = {url}
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
"""

_OAUTH2_PASSDB = """
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {settings}
}}
"""


@dataclass(frozen=True)
class OAuthAccount:
    """A test mailbox, the OAuth2 client allowed to use it and a refresh token for its user."""

    imap: ImapAccount
    client_id: str
    client_secret: str
    refresh_token: str

    @property
    def user(self) -> str:
        return self.imap.user


class OAuthDovecot(Dovecot):
    """Dovecot with PLAIN/LOGIN (for the test helpers) plus XOAUTH2 and OAUTHBEARER logins."""

    label = "Dovecot (OAuth2)"

    def __init__(self, introspection_url: str) -> None:
        super().__init__()
        self.introspection_url = introspection_url

    @property
    def oauth2_settings_path(self) -> Path:
        return self.root / "dovecot-oauth2.conf.ext"

    def _config(self, accounts: _Accounts) -> str:
        base = super()._config(accounts)
        mechanisms = "auth_mechanisms = plain login\n"
        if mechanisms not in base:
            raise RuntimeError("the base Dovecot config changed: auth_mechanisms not found")
        self.oauth2_settings_path.write_text(_OAUTH2_SETTINGS.format(url=self.introspection_url))
        self.oauth2_settings_path.chmod(0o644)
        base = base.replace(mechanisms, "auth_mechanisms = plain login xoauth2 oauthbearer\n")
        # Tokens are never tried as passwords of the passwd-file passdb.
        base = base.replace(
            "  driver = passwd-file\n", "  driver = passwd-file\n  mechanisms = plain login\n"
        )
        return base + _OAUTH2_PASSDB.format(settings=self.oauth2_settings_path)
