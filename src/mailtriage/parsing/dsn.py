"""Read bounces: the failed recipients and the returned mail's Message-ID (RFC 3464, RFC 3462)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import Message

from mailtriage.parsing.headers import header_text, message_id_list, normalize_message_id

_DAEMONS = ("mailer-daemon@", "postmaster@", "mail-daemon@", "mailerdaemon@")
_MESSAGE_ID_LINE = re.compile(r"^\s*Message-ID:\s*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)
_RECIPIENT = re.compile(r"^[\w.+-]+;\s*(\S+@\S+?)\s*$")


@dataclass(frozen=True)
class BouncedRecipient:
    """One recipient a DSN reports on (RFC 3464 2.3)."""

    address: str
    action: str
    status: str
    diagnostic: str


@dataclass(frozen=True)
class Bounce:
    """What a bounce says: who failed, and which of our mails came back."""

    recipients: tuple[BouncedRecipient, ...]
    original_message_ids: tuple[str, ...]


def read_bounce(message: Message, from_address: str, text: str) -> Bounce | None:
    """The bounce in `message`, or None when it is not one (a DSN, or a daemon's plain text)."""
    is_report = message.get_content_type() == "multipart/report"
    failed_header = header_text(message.get("x-failed-recipients"))
    if not is_report and not from_address.startswith(_DAEMONS) and not failed_header:
        return None
    recipients: list[BouncedRecipient] = []
    ids: list[str] = []
    for part in message.walk():
        content_type = part.get_content_type()
        if content_type == "message/delivery-status":
            recipients.extend(_dsn_recipients(part))
        elif content_type in ("message/rfc822", "text/rfc822-headers"):
            ids.extend(_returned_ids(part))
    for address in failed_header.split(","):
        if "@" in address and all(r.address != address.strip().lower() for r in recipients):
            recipients.append(BouncedRecipient(address.strip().lower(), "failed", "", ""))
    ids.extend(message_id_list(" ".join(_MESSAGE_ID_LINE.findall(text))))
    if not recipients and not ids:
        return None
    return Bounce(
        tuple(r for r in recipients if r.action in ("failed", "")), tuple(dict.fromkeys(ids))
    )


def _dsn_recipients(part: Message) -> list[BouncedRecipient]:
    """Per-recipient fields of a message/delivery-status part. The first block is normally
    per-message, but some MTAs omit the blank line before the first recipient's fields."""
    blocks = part.get_payload()
    found = []
    for block in blocks if isinstance(blocks, list) else []:
        if not isinstance(block, Message):
            continue
        recipient = header_text(block.get("final-recipient") or block.get("original-recipient"))
        match = _RECIPIENT.match(recipient)
        if match:
            found.append(
                BouncedRecipient(
                    address=match.group(1).strip("<>").lower(),
                    action=header_text(block.get("action")).lower(),
                    status=header_text(block.get("status")),
                    diagnostic=header_text(block.get("diagnostic-code"))[:500],
                )
            )
    return found


def _returned_ids(part: Message) -> list[str]:
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        value = normalize_message_id(header_text(payload[0].get("message-id")))
        return [value] if value else []
    if isinstance(payload, str):
        return list(message_id_list(" ".join(_MESSAGE_ID_LINE.findall(payload))))
    return []
