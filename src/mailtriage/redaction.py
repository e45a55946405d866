"""Keep secrets out of what mailtriage logs, stores, mails and serves, in every encoding.

Every secret read (passwords, client secrets, refresh and access tokens) is remembered here;
`redact()` replaces it in a text, as it is and as a server may echo it: URL-encoded (a token
endpoint echoing the request body), JSON-escaped, and inside base64 (SASL XOAUTH2 and
OAUTHBEARER carry the token base64-encoded, RFC 4954 4, RFC 7628 3.1). The sinks (the log
formatter, stored error texts, alert mails, `check`, the CLI's error line) call `redact()`
just before the text leaves.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from urllib.parse import quote, quote_plus

MASK = "[redacted]"
MIN_LENGTH = 4  # shorter values would mask ordinary words
_lock = threading.Lock()
_variants: set[str] = set()
_pattern: re.Pattern[str] | None = None


def remember(secret: str | None) -> None:
    """Redact `secret` (and its encodings) from now on."""
    if not secret or len(secret) < MIN_LENGTH:
        return
    global _pattern
    found = encodings(secret)
    with _lock:
        if found <= _variants:
            return
        _variants.update(found)
        alternatives = sorted(_variants, key=len, reverse=True)
        _pattern = re.compile("|".join(re.escape(v) for v in alternatives))


def encodings(secret: str) -> set[str]:
    """The secret as it may appear in a text: plain, URL-encoded, JSON-escaped, base64."""
    found = {secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]}
    found |= {json.dumps(secret, ensure_ascii=False)[1:-1]}
    found |= base64_cores(secret.encode("utf-8"))
    return {value for value in found if len(value) >= MIN_LENGTH}


def base64_cores(data: bytes) -> set[str]:
    """The part of the base64 (standard and URL-safe) of any text containing `data` that
    depends only on `data`: for each of the three alignments, the characters that encode
    whole groups of it."""
    cores = set()
    for offset in range(3):
        encoded = base64.b64encode(b"\0" * offset + data).decode("ascii")
        start = (offset * 8 + 5) // 6  # the first character of only data bits
        end = ((offset + len(data)) * 8) // 6
        core = encoded[start:end]
        cores |= {core, core.replace("+", "-").replace("/", "_")}
    return cores


def redact(text: str) -> str:
    """`text` with every remembered secret, in any of its encodings, replaced by MASK."""
    pattern = _pattern
    if pattern is None or not text:
        return text
    return pattern.sub(MASK, text)


def forget_all() -> None:
    """Forget every secret (tests)."""
    global _pattern
    with _lock:
        _variants.clear()
        _pattern = None
