"""Decide whether a mail was sent by a machine, so it is never answered (RFC 3834, RFC 3464)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from mailtriage.parsing.headers import addresses

LOOP_HEADER = "X-Mailtriage-Loop"
_DAEMON_LOCALPARTS = {"mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon"}
_OUT_OF_OFFICE = re.compile(
    r"^\s*(auto(matic)?\s*(reply|response|antwort)|out of (the )?office|"
    r"abwesenheits?(notiz|meldung|nachricht)|automatische antwort|"
    r"r[ée]ponse automatique|absence|absent du bureau|"
    r"risposta automatica|fuori (sede|ufficio)|assente)\b",
    re.IGNORECASE,
)


def is_own(address: str, own: frozenset[str]) -> bool:
    """True for one of our own (lower-cased) addresses, plus-addresses included."""
    local, _, domain = address.lower().partition("@")
    return address.lower() in own or f"{local.split('+')[0]}@{domain}" in own


def automatic_reason(
    headers: Mapping[str, str], from_address: str, subject: str, own: frozenset[str] = frozenset()
) -> str | None:
    """Why this mail is automatic (and must not be acknowledged), or None for a person's mail.

    `own` are our addresses: an `X-Loop` header (the loop convention of list servers and
    helpdesks, every value kept) naming one of them means the mail passed through us before.
    """
    auto_submitted = headers.get("auto-submitted", "").split(";")[0].strip().lower()
    if auto_submitted and auto_submitted != "no":
        return f"Auto-Submitted: {auto_submitted} (RFC 3834)"
    if headers.get("x-mailtriage-loop"):
        return f"{LOOP_HEADER} present: our own mail came back"
    looped = [a for _, a in addresses([headers.get("x-loop", "")]) if is_own(a, own)]
    if looped:
        return f"X-Loop names our address {looped[0]}: the mail has passed through us"
    precedence = headers.get("precedence", "").strip().lower()
    if precedence in {"bulk", "junk", "list"}:
        return f"Precedence: {precedence}"
    if headers.get("list-id") or headers.get("list-unsubscribe"):
        return "mailing list (List-Id / List-Unsubscribe)"
    for name in ("x-autoreply", "x-autorespond", "x-auto-response-suppress"):
        value = headers.get(name, "").strip().lower()
        if value and value not in {"no", "none"}:
            return f"{name}: {value}"
    return _bounce_reason(headers, from_address) or _subject_reason(subject)


def _bounce_reason(headers: Mapping[str, str], from_address: str) -> str | None:
    content_type = headers.get("content-type", "").lower()
    if "multipart/report" in content_type and "delivery-status" in content_type:
        return "delivery status notification (RFC 3464)"
    if "return-path" in headers and headers["return-path"].strip() in {"<>", ""}:
        return "empty Return-Path (bounce, RFC 5321 4.5.5)"
    if from_address.split("@", 1)[0].lower() in _DAEMON_LOCALPARTS:
        return f"sent by {from_address.split('@', 1)[0]}"
    if not from_address:
        return "no usable From address"
    return None


def _subject_reason(subject: str) -> str | None:
    if _OUT_OF_OFFICE.match(subject):
        return "out-of-office subject"
    return None
