"""Signed reply tokens: our Message-IDs and plus-addresses name the ticket with an HMAC."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

# <kind.ticket.nonce.signature@domain>: the signature covers ticket and nonce, so a reply
# (In-Reply-To / References, RFC 5322 3.6.4) is recognised from any address, and a guessed
# ticket number does not verify.
_MESSAGE_ID = re.compile(r"^<?([a-z0-9-]{1,24})\.(\d{1,12})\.([0-9a-f]{16})\.([0-9a-f]{20})@")
# local+t<ticket>-<signature>@domain (a plus-address Reply-To).
_PLUS = re.compile(r"\+t(\d{1,12})-([0-9a-f]{16})@", re.IGNORECASE)
_SIG_HEX = 20


class ReplyTokens:
    """Make and verify the tokens with the server secret (shared by every daemon)."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError("the reply-token secret must be at least 16 bytes")
        self._secret = secret

    def _sign(self, text: str, length: int) -> str:
        return hmac.new(self._secret, text.encode(), hashlib.sha256).hexdigest()[:length]

    def message_id(self, kind: str, ticket_id: int, domain: str) -> str:
        """A new Message-ID of ours for mail about `ticket_id`."""
        nonce = secrets.token_hex(8)
        signature = self._sign(f"{ticket_id}.{nonce}", _SIG_HEX)
        return f"<{kind}.{ticket_id}.{nonce}.{signature}@{domain.lower() or 'mailtriage.invalid'}>"

    def ticket_of_message_id(self, message_id: str) -> int | None:
        """The ticket named by one of our Message-IDs whose signature verifies, else None."""
        match = _MESSAGE_ID.match(message_id.lower())
        if match is None:
            return None
        _kind, ticket, nonce, signature = match.groups()
        expected = self._sign(f"{ticket}.{nonce}", _SIG_HEX)
        return int(ticket) if hmac.compare_digest(expected, signature) else None

    def plus_address(self, address: str, ticket_id: int) -> str:
        """`local+t<ticket>-<signature>@domain`, for a Reply-To that threads by itself."""
        local, _, domain = address.partition("@")
        return f"{local}+t{ticket_id}-{self._sign(f't{ticket_id}', 16)}@{domain}"

    def ticket_of_address(self, address: str) -> int | None:
        """The ticket named by a verified plus-address, else None."""
        match = _PLUS.search(address)
        if match is None:
            return None
        ticket, signature = match.groups()
        expected = self._sign(f"t{ticket}", 16)
        return int(ticket) if hmac.compare_digest(expected, signature.lower()) else None


# Our own Message-IDs inside a bounce's text (a non-RFC 3464 bounce quotes the mail it returns).
OUR_MESSAGE_ID_IN_TEXT = re.compile(
    r"<[a-z0-9-]{1,24}\.\d{1,12}\.[0-9a-f]{16}\.[0-9a-f]{20}@[^>\s]+>", re.IGNORECASE
)


def new_secret() -> str:
    """A fresh random secret (hex), stored once in the database."""
    return secrets.token_hex(32)
