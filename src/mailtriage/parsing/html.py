"""Turn an HTML body into readable plain text (inscriptis keeps layout of lists and tables)."""

from __future__ import annotations

import re

from inscriptis import get_text

_BLANK_RUNS = re.compile(r"\n{3,}")


def html_to_text(html: str) -> str:
    """Readable text of an HTML mail body; never raises on broken markup."""
    if not html.strip():
        return ""
    try:
        text = get_text(html)
    except Exception:  # inscriptis/lxml reject some documents; strip tags instead
        text = re.sub(r"<[^>]+>", " ", html)
    lines = [line.rstrip() for line in text.splitlines()]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
