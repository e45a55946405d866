"""Turn an HTML body into readable plain text, with quoted reply history marked by "> "."""

from __future__ import annotations

import re
from bisect import bisect_right

from inscriptis import Inscriptis
from inscriptis.model.config import ParserConfig
from lxml.etree import ParserError
from lxml.html import HtmlElement, document_fromstring

_BLANK_RUNS = re.compile(r"\n{3,}")
_XML_DECLARATION = re.compile(r"^<\?xml [^>]+?\?>")
_QUOTE_ATTR = "data-mailtriage-quote"
_CONFIG = ParserConfig(annotation_rules={f"#{_QUOTE_ATTR}": ["quote"]})

# Elements whose whole content is quoted history (they hold the quote, nothing after them).
# Apple Mail and Thunderbird: <blockquote type="cite">; Thunderbird's attribution line:
# div.moz-cite-prefix; Gmail: div.gmail_quote (attribution + blockquote.gmail_quote);
# Yahoo: div.yahoo_quoted; GMX/web.de: div[name=quote]; other webmailers draw a quote bar
# with border-left on a blockquote.
QUOTE_CONTAINERS = (
    "//blockquote[@type='cite']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' gmail_quote ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' moz-cite-prefix ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' yahoo_quoted ')]",
    "//blockquote[contains(translate(@style, 'BORDERLFT', 'borderlft'), 'border-left')]",
    "//div[@name='quote']",  # GMX and web.de
)

# Elements that start the quoted history: they and everything after them are quoted.
# Outlook on the web: div#appendonsend, then <hr>, then div#divRplyFwdMsg (the header block);
# Hotmail: hr#stopSpelling.
QUOTE_STARTS = (
    "//*[@id='appendonsend']",
    "//*[@id='divRplyFwdMsg']",
    "//hr[@id='stopSpelling']",
)

# Outlook desktop puts its "From:/Sent:" block in a div with a top border, older versions
# after an <hr>; the block is recognised by its first words.
BORDERED_BLOCKS = "//div[contains(translate(@style, 'BORDERTP', 'bordertp'), 'border-top')]"
HEADER_FIRST_WORD = re.compile(
    r"^\s*(?:From|Von|De|Da|Date|Datum|Data|Sent|Gesendet|Envoyé|Inviato)\s*:", re.I
)


def html_to_text(html: str) -> str:
    """Readable text of an HTML mail body; never raises on broken markup.

    Nothing is dropped: quoted history (see QUOTE_CONTAINERS and QUOTE_STARTS) is kept but
    its lines are prefixed with "> ", the plain-text convention that strip_reply removes.
    """
    if not html.strip():
        return ""
    try:
        text = _render(html)
    except Exception:  # inscriptis/lxml reject some documents; strip tags instead
        text = re.sub(r"<[^>]+>", " ", html)
    lines = [line.rstrip() for line in text.splitlines()]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def _render(html: str) -> str:
    tree = _parse(html)
    _mark_quotes(tree)
    engine = Inscriptis(tree, _CONFIG)
    text = engine.get_text()
    spans = sorted((a.start, a.end) for a in engine.get_annotations())
    return _prefix_quoted_lines(text, spans) if spans else text


def _parse(html: str) -> HtmlElement:
    html = _XML_DECLARATION.sub("", html.strip(), count=1)
    try:
        return document_fromstring(html)
    except ParserError:
        return document_fromstring(f"<pre>{html}</pre>")


def _mark_quotes(tree: HtmlElement) -> None:
    for xpath in QUOTE_CONTAINERS:
        for element in tree.xpath(xpath):
            element.set(_QUOTE_ATTR, "1")
    starts = [e for xpath in QUOTE_STARTS for e in tree.xpath(xpath)]
    starts += [e for e in tree.xpath(BORDERED_BLOCKS) if _starts_with_header(e)]
    starts += [e for e in tree.iter("hr") if _starts_with_header(_following(e))]
    if starts:
        position = {element: i for i, element in enumerate(tree.iter())}
        _mark_rest(min(starts, key=position.__getitem__))


def _starts_with_header(element: HtmlElement | None) -> bool:
    return element is not None and bool(HEADER_FIRST_WORD.match(element.text_content()[:200]))


def _following(element: HtmlElement | None) -> HtmlElement | None:
    """The next element in document order that is not inside `element`."""
    while element is not None:
        if (following := element.getnext()) is not None:
            return following
        element = element.getparent()
    return None


def _mark_rest(start: HtmlElement) -> None:
    """Mark `start` and everything after it in document order as quoted."""
    start.set(_QUOTE_ATTR, "1")
    element: HtmlElement | None = start
    while element is not None and element.tag not in ("body", "html"):
        _wrap_tail(element)
        for sibling in list(element.itersiblings()):
            if isinstance(sibling.tag, str):
                sibling.set(_QUOTE_ATTR, "1")
                _wrap_tail(sibling)
        element = element.getparent()


def _wrap_tail(element: HtmlElement) -> None:
    """Move text that follows `element` inside its parent into a marked span."""
    if element.tail and element.tail.strip():
        span = element.makeelement("span", {_QUOTE_ATTR: "1"})
        span.text, element.tail = element.tail, None
        element.addnext(span)


def _prefix_quoted_lines(text: str, spans: list[tuple[int, int]]) -> str:
    starts = [start for start, _ in spans]
    ends = _running_max_ends(spans)
    out: list[str] = []
    offset = 0
    for line in text.split("\n"):
        stop = offset + len(line)
        i = bisect_right(starts, stop) - 1
        quoted = line.strip() and i >= 0 and ends[i] > offset
        out.append(f"> {line.strip()}" if quoted else line)
        offset = stop + 1
    return "\n".join(out)


def _running_max_ends(spans: list[tuple[int, int]]) -> list[int]:
    ends: list[int] = []
    for _, end in spans:
        ends.append(max(end, ends[-1]) if ends else end)
    return ends
