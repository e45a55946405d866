"""Strip quoted reply history and signatures from a plain-text mail body.

The rules are data: tables of patterns per language (de, fr, it, en) and mail client,
checked line by line in one pass. A line can
- be quoted ("> ", also what html_to_text makes of HTML quotes): it is dropped;
- be an attribution ("On ... wrote:", "Am ... schrieb ...:", possibly wrapped over up to
  three lines): when quoted lines follow, the attribution is dropped and reading goes on
  (so interleaved and bottom-posted answers are kept); otherwise the rest is history;
- start a separator ("-----Original Message-----") or an Outlook header block
  ("From:/Sent:", "Von:/Gesendet:", "De :/Envoyé :", "Da:/Inviato:"): the rest is history;
- start a signature ("-- ", "Sent from my iPhone" and its translations): the rest is dropped.
Closing formulas ("Best regards", "Mit freundlichen Grüßen") are kept: a name block cannot
be told from real text reliably enough.

When nothing is left (a forward without a note, a body that is all quote), the whole text
is returned stripped of surrounding whitespace: the classifier and the notification then see
the forwarded content, which is what the sender is asking about, rather than nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_FLAGS = re.IGNORECASE


def _any(patterns: Iterable[str], template: str = "{}") -> re.Pattern[str]:
    """One compiled alternation of `patterns`, each wrapped in `template`."""
    return re.compile("|".join(f"(?:{template.format(p)})" for p in patterns), _FLAGS)


# Attribution lines written above quoted history, per language: Gmail, Apple Mail,
# Thunderbird, Outlook for Mac/mobile. Matched against a whole (possibly re-joined) line.
ATTRIBUTIONS: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:-+\s*)?On\b.{4,300}\bwrote\s*:",  # "On 3 Jun 2024, at 10:00, X wrote:" (Yahoo: "--- On")
        r"At\b.{4,200}\bwrote\s*:",  # Eudora: "At 14:56 02.06.2003 -0400, you wrote:"
    ),
    "de": (
        r"Am\b.{4,300}\bschrieb\b.{0,300}:",  # "Am Mo., 3. Juni 2024 um 10:00 Uhr schrieb X <x@y>:"
        r".{1,200}\bschrieb am\b.{4,100}:",  # "X <x@y> schrieb am 03.06.2024 um 10:00:"
    ),
    "fr": (
        r"Le\b.{4,300}\ba\s+écrit\s*:",  # "Le lun. 3 juin 2024 à 10:00, X <x@y> a écrit :"
    ),
    "it": (
        # "Il giorno lun 3 giu 2024 alle ore 10:00 X ha scritto:", Thunderbird "Il 03/06/24 10:00,
        # X ha scritto:", Android "In data 11 ottobre 2017 21:11:31 X ha scritto:"
        r"(?:Il giorno|Il|In data)\b.{4,300}\bha scritto\s*:",
    ),
}

# Weaker attributions ("X wrote:", any line with an address ending in ":"): they count only
# when quoted lines follow, so they never cut off unquoted text.
QUOTED_ATTRIBUTIONS: tuple[str, ...] = (
    r".{1,200}\b(?:wrote|schrieb|a écrit|ha scritto|skrev|schreef|escribió|написал[а]?)\s*:",
    r".{0,200}@[\w.-]+\.\w+.{0,40}:",
)

# Separator lines: the history starts here. Outlook, Gmail, Thunderbird, Apple Mail, T-Online.
SEPARATORS: dict[str, tuple[str, ...]] = {
    "en": (
        r"-{2,}\s*Original Message\s*-{2,}",
        r"-{2,}\s*Forwarded message\s*-{2,}",
        r"Begin forwarded message\s*:",
    ),
    "de": (
        r"-{2,}\s*Urspr(?:ü|ue)ngliche Nachricht\s*-{2,}",
        r"-{2,}\s*Original Nachricht\s*-{2,}",
        r"-{2,}\s*Weitergeleitete Nachricht\s*-{2,}",
        r"Anfang der weitergeleiteten (?:Nachricht|E-Mail)\s*:",
    ),
    "fr": (
        r"-{2,}\s*Message d'origine\s*-{2,}",
        r"-{2,}\s*Message original\s*-{2,}",
        r"-{2,}\s*Message transféré\s*-{2,}",
        r"Début du message (?:réexpédié|transféré)\s*:",
    ),
    "it": (
        r"-{2,}\s*Messaggio originale\s*-{2,}",
        r"-{2,}\s*Messaggio inoltrato\s*-{2,}",
        r"Inizio messaggio inoltrato\s*:",
    ),
}

# Outlook-style header blocks ("From:/Sent:/To:/Subject:") per language; "*From:*" is how
# Outlook renders bold labels in plain text, French puts a (non-breaking) space before ":".
HEADER_FROM: dict[str, tuple[str, ...]] = {
    "en": ("From",),
    "de": ("Von",),
    "fr": ("De",),
    "it": ("Da",),
}
HEADER_OTHER: dict[str, tuple[str, ...]] = {
    "en": ("Sent", "Date", "To", "Cc", "Subject"),
    "de": ("Gesendet", "Datum", "An", "Cc", "Betreff"),
    "fr": ("Envoyé", "Date", "Date d'envoi", "À", "A", "Cc", "Objet"),
    "it": ("Inviato", "Data", "A", "Cc", "Oggetto"),
}
HEADER_TEMPLATE = r"\s*\*{{0,2}}(?:{})\s*(?:\*{{0,2}}\s*:|:\s*\*{{0,2}})\s*\S"
HEADER_WINDOW = 8  # lines a header block may span (long To:/Cc: lines wrap)

# Signature starts: RFC 3676 "-- " (often trimmed to "--") and mobile/app signatures. The
# whole line must match (an optional "<link>" may follow), so a sentence is never cut.
DEVICE = (
    r"(?:iPhone|iPad|Android|Samsung|Galaxy|Huawei|Xiaomi|Pixel|BlackBerry|Smartphone|Handy"
    r"|Mobil\w*|mobile|Outlook|Mail|Yahoo|GMX|WEB\.DE|Telekom|Proton\w*|Gmail|Windows"
    r"|téléphone|cellulare|telefono)\b[\w .,'-]{0,40}"
)
SIGNATURES: dict[str, tuple[str, ...]] = {
    "en": (
        r"Sent from my [\w .,'-]{1,40}",
        rf"Sent (?:from|with|via) {DEVICE}",
        r"Get Outlook for (?:iOS|Android)",
        r"Sent with Sparrow\b.{0,60}",
    ),
    "de": (
        r"Von meinem [\w .,'-]{1,40} gesendet",
        rf"Gesendet (?:von|mit) (?:meinem |der |dem )?{DEVICE}",
        r"Holen Sie sich Outlook für (?:iOS|Android)",
    ),
    "fr": (
        rf"Envoyé (?:de|depuis) (?:mon |ma )?{DEVICE}",
        rf"Envoyé à partir de (?:mon |ma )?{DEVICE}",
        r"Obtenir Outlook pour (?:iOS|Android)",
    ),
    "it": (
        rf"Inviato da(?:l mio)? {DEVICE}",
        r"Ottieni Outlook per (?:iOS|Android)",
    ),
}


def _flat(table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(p for patterns in table.values() for p in patterns)


_LINE = r"^(?:{})$"  # matched against the stripped line
_ATTRIBUTION = _any(_flat(ATTRIBUTIONS), _LINE)
_QUOTED_ATTRIBUTION = _any(QUOTED_ATTRIBUTIONS, _LINE)
_SEPARATOR = _any(_flat(SEPARATORS), r"^\s*(?:{})\s*$")
_HEADER_FROM = re.compile("^" + HEADER_TEMPLATE.format("|".join(_flat(HEADER_FROM))), _FLAGS)
_HEADER_ANY = re.compile(
    "^" + HEADER_TEMPLATE.format("|".join(_flat(HEADER_FROM) + _flat(HEADER_OTHER))), _FLAGS
)
_SIGNATURE = _any((r"--\s?", *_flat(SIGNATURES)), r"^\s*(?:{})\s*(?:<\S*>)?\s*$")
_QUOTED = re.compile(r"^\s*>")
_RULE = re.compile(r"^\s*_{8,}\s*$")
ATTRIBUTION_MAX_LINES = 3
ATTRIBUTION_MAX_CHARS = 500  # longer lines are text, and would make the patterns backtrack
# A wrapped attribution: the line breaks inside "<address>" or after a comma, or the next
# line starts with the address or the verb ("<x@y> wrote:", "a écrit :", ">:").
_WRAPPED_END = re.compile(r"[<,]\s*$")
_WRAPPED_START = re.compile(
    r"^\s*(?:<|>\s*:|[\w.+-]+@|wrote\b|schrieb\b|a écrit\b|ha scritto\b|at\b)", _FLAGS
)


def strip_reply(text: str) -> str:
    """The text the sender wrote: without quoted history, "> " lines and the signature."""
    return split_reply(text)[0] or text.strip()


def split_reply(text: str) -> tuple[str, str]:
    """(the sender's new text, the history below it) of a plain-text body.

    The history starts at the first separator, header block or attribution (a forwarded or
    quoted mail), also when a signature comes first; it is "" when there is none. The new
    text is "" when the sender wrote nothing above it.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _QUOTED.match(line):
            i += 1
            continue
        if _SIGNATURE.match(line):
            return _joined(kept), _history(lines, i + 1)
        if _SEPARATOR.match(line) or _header_block_at(lines, i):
            return _joined(kept), "\n".join(lines[i:]).strip()
        span, strong = _attribution_at(lines, i)
        if span:
            following = _next_text_line(lines, i + span)
            if following < len(lines) and _QUOTED.match(lines[following]):
                i = following
                continue
            if strong:
                return _joined(kept), "\n".join(lines[i:]).strip()
        kept.append(line)
        i += 1
    return _joined(kept), ""


def _joined(kept: list[str]) -> str:
    """Kept lines without the blank lines and Outlook's "_____" rule above the history."""
    while kept and (not kept[-1].strip() or _RULE.match(kept[-1])):
        kept.pop()
    return "\n".join(kept).strip()


def _history(lines: list[str], start: int) -> str:
    """The history below a signature: from the first separator or header block on, else ""."""
    for i in range(start, len(lines)):
        if _SEPARATOR.match(lines[i]) or _header_block_at(lines, i):
            return "\n".join(lines[i:]).strip()
    return ""


def _attribution_at(lines: list[str], i: int) -> tuple[int, bool]:
    """(number of lines, is it a strong attribution) of an attribution starting at line i."""
    joined = lines[i].strip()
    for span in range(1, ATTRIBUTION_MAX_LINES + 1):
        if len(joined) > ATTRIBUTION_MAX_CHARS:
            break
        if joined.endswith(":"):
            if _ATTRIBUTION.match(joined):
                return span, True
            if _QUOTED_ATTRIBUTION.match(joined):
                return span, False
        if i + span >= len(lines) or not _wraps(joined, lines[i + span]):
            break
        joined = f"{joined} {lines[i + span].strip()}"
    return 0, False


def _wraps(line: str, following: str) -> bool:
    """Whether `following` continues an attribution line the mail client wrapped."""
    return bool(_WRAPPED_END.search(line) or _WRAPPED_START.match(following))


def _header_block_at(lines: list[str], i: int) -> bool:
    """An Outlook header block: a "From:" line with another label close below it, or three
    labels in a row that include "From:" (Hotmail and GMX put "Date:"/"Gesendet:" first)."""
    if not _HEADER_ANY.match(lines[i]):
        return False
    window = lines[i : i + 1 + HEADER_WINDOW]
    labels = [line for line in window if _HEADER_ANY.match(line)]
    if _HEADER_FROM.match(lines[i]):
        return len(labels) >= 2
    return len(labels) >= 3 and any(_HEADER_FROM.match(line) for line in labels)


def _next_text_line(lines: list[str], start: int) -> int:
    while start < len(lines) and not lines[start].strip():
        start += 1
    return start


_SUBJECT_LABEL = re.compile(
    r"^\s*\*{0,2}(?:Subject|Betreff|Objet|Oggetto)\s*\*{0,2}\s*:\s*\*{0,2}\s*(.*?)\s*$", _FLAGS
)
_QUOTE_MARK = re.compile(r"^\s*> ?")


def forwarded_message(history: str) -> tuple[str, str]:
    """(subject, body) of the mail that a history block (from split_reply) forwards or quotes.

    The separator or attribution line and the header block ("From:/Sent:/To:/Subject:" in
    the four languages) are skipped, the subject kept; one level of "> " is removed.
    """
    lines = history.replace("\r\n", "\n").split("\n")
    i = 1 if lines and _SEPARATOR.match(lines[0]) else 0
    i += _attribution_at(lines, i)[0] if i < len(lines) else 0
    subject = ""
    limit = i + 2 * HEADER_WINDOW
    while i < min(len(lines), limit) and (not lines[i].strip() or _HEADER_ANY.match(lines[i])):
        label = _SUBJECT_LABEL.match(lines[i])
        subject = label.group(1) if label else subject
        i += 1
    body = "\n".join(_QUOTE_MARK.sub("", line) for line in lines[i:])
    return subject, body.strip()
