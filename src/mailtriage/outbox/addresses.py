"""Decide whether an address can be an SMTP recipient, before a mail to it is queued."""

from __future__ import annotations

import re

# RFC 5322 3.2.3 atext, and any non-ASCII character (RFC 6531 3.3, sent with SMTPUTF8).
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u0080-\U0010ffff]+"
_LOCAL = re.compile(rf"^{_ATOM}(?:\.{_ATOM})*$")
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9\-\u0080-\U0010ffff]{1,63}(?<!-)$")
MAX_LOCAL, MAX_ADDRESS = 64, 254  # RFC 5321 4.5.3.1


def recipient_problem(address: str) -> str | None:
    """Why `address` cannot be a recipient (RFC 5321 4.1.2 Mailbox), or None when it can.

    Local parts are dot-atoms (quoted local parts, which few servers accept, are refused);
    non-ASCII is allowed and then needs a server that offers SMTPUTF8.
    """
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        return "not an address (local-part@domain)"
    if len(address) > MAX_ADDRESS or len(local) > MAX_LOCAL:
        return "too long for SMTP (RFC 5321 4.5.3.1)"
    if not _LOCAL.match(local):
        return "its local part is not a dot-atom (spaces, quotes or control characters)"
    if not all(_LABEL.match(label) for label in domain.split(".")):
        return "its domain is not a host name"
    return None


def needs_smtputf8(*addresses: str) -> bool:
    """Whether an envelope with these addresses needs SMTPUTF8 (RFC 6531)."""
    return not all(address.isascii() for address in addresses)
