"""Subject rules: strip reply/forward prefixes in four languages and find the ticket tag."""

from __future__ import annotations

import re
from functools import lru_cache

# Reply and forward prefixes as mail clients write them in English, German, French and
# Italian (also the Outlook variants "RE :", "AW:", "WG:", "TR:", "RIF:", "I:", "R:"), with
# an optional counter such as "Re[2]:" or "Re^2:".
_PREFIX = re.compile(
    r"^\s*(?:re|aw|antw|antwort|wg|wtr|fwd?|fw|tr|ref|rif|res|r|i|sv|vs|réf)"
    r"\s*(?:\[\d+\]|\^\d+|\(\d+\))?\s*:\s*",
    re.IGNORECASE,
)


def strip_prefixes(subject: str) -> str:
    """The subject without any leading chain of reply/forward prefixes."""
    previous = None
    while previous != subject:
        previous = subject
        subject = _PREFIX.sub("", subject, count=1)
    return subject.strip()


def clean_subject(subject: str, tag_format: str) -> str:
    """The subject as we quote it in our mail: no reply prefixes and no ticket tags (a tag the
    customer typed must not end up in a subject of ours that names another ticket)."""
    return " ".join(strip_prefixes(tag_pattern(tag_format).sub(" ", subject)).split())


def subject_key(subject: str, tag_format: str) -> str:
    """The subject as compared for threading: no prefixes, no ticket tag, folded whitespace
    and case (at most 255 characters, the indexed column's width)."""
    without_tag = tag_pattern(tag_format).sub(" ", subject)
    return " ".join(strip_prefixes(without_tag).split()).casefold()[:255]


@lru_cache(maxsize=8)
def tag_pattern(tag_format: str) -> re.Pattern[str]:
    """A regex matching the configured tag (e.g. `[#{number}]`), the number as group 1."""
    before, _, after = tag_format.partition("{number}")
    return re.compile(re.escape(before) + r"\s*(\d{1,12})\s*" + re.escape(after), re.IGNORECASE)


def find_tag(subject: str, tag_format: str) -> int | None:
    """The ticket number in the subject's last tag, or None."""
    matches = tag_pattern(tag_format).findall(subject)
    return int(matches[-1]) if matches else None


def tagged_subject(subject: str, tag: str) -> str:
    """`subject` with `tag` appended once (and no reply prefix chain)."""
    base = strip_prefixes(subject)
    return base if tag in base else f"{base} {tag}".strip()
