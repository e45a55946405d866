"""strip_reply on written fixtures per client and language, and on the corpus reply chains."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mailtriage.parsing.html import html_to_text
from mailtriage.parsing.mime import parse_message
from mailtriage.parsing.quotes import strip_reply

FIXTURES = Path(__file__).parent / "fixtures" / "replies"
CORPUS = Path(__file__).parents[2] / "shared" / "corpora" / "emails"
CORPUS_TABLE = tomllib.loads(
    (Path(__file__).parent / "fixtures" / "corpus_replies.toml").read_text(encoding="utf-8")
)
NEEDS_CORPUS = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"shared e-mail corpus not found at {CORPUS}"
)


def _inputs() -> list[Path]:
    return sorted(
        p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".html") and ".expected" not in p.name
    )


def _fixture_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return html_to_text(text) if path.suffix == ".html" else text


def _layout_free(text: str) -> str:
    """HTML text without the indentation and blank-line runs that inscriptis adds."""
    lines = [line.strip() for line in text.strip().split("\n")]
    return "\n".join(line for i, line in enumerate(lines) if line or lines[i - 1])


@pytest.mark.parametrize("path", _inputs(), ids=lambda p: p.name)
def test_fixture_gives_its_expected_text(path: Path) -> None:
    expected = path.with_name(f"{path.stem}.expected.txt").read_text(encoding="utf-8").strip()
    stripped = strip_reply(_fixture_text(path))
    if path.suffix == ".html":
        stripped, expected = _layout_free(stripped), _layout_free(expected)
    assert stripped == expected


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("html_*.html")), ids=lambda p: p.name)
def test_html_conversion_keeps_the_quoted_history_marked(path: Path) -> None:
    text = html_to_text(path.read_text(encoding="utf-8"))
    quoted = [line for line in text.split("\n") if line.startswith("> ")]
    assert bool(quoted) == (path.stem != "html_no_quote_en")
    assert all(line[2:].strip() for line in quoted)


def test_every_client_and_language_has_a_fixture() -> None:
    names = {p.stem for p in _inputs()}
    for client in ("outlook", "gmail", "applemail", "thunderbird", "separator"):
        for lang in ("de", "fr", "it", "en"):
            assert f"{client}_{lang}" in names
    assert sum(name.startswith("html_") for name in names) >= 6


def _corpus_body(relative: str) -> str:
    data = (CORPUS / relative).read_bytes()
    if relative.endswith(".html"):
        return html_to_text(data.decode("utf-8", "replace"))
    if relative.endswith(".txt"):  # message bodies without headers
        return data.decode("utf-8", "replace")
    return parse_message(data).text


@NEEDS_CORPUS
@pytest.mark.parametrize("row", CORPUS_TABLE["reply"], ids=lambda row: row["path"])
def test_corpus_reply_keeps_new_text_and_drops_history(row: dict[str, str]) -> None:
    stripped = strip_reply(_corpus_body(row["path"]))
    first_line = stripped.split("\n", 1)[0].replace("\xa0", " ").strip()
    assert first_line.startswith(row["first"])
    assert row["absent"] not in stripped


@NEEDS_CORPUS
@pytest.mark.parametrize("row", CORPUS_TABLE["unchanged"], ids=lambda row: row["path"])
def test_corpus_forward_without_a_note_is_kept_whole(row: dict[str, str]) -> None:
    body = _corpus_body(row["path"])
    assert strip_reply(body) == body.strip()


def test_corpus_table_covers_at_least_twenty_replies() -> None:
    assert len(CORPUS_TABLE["reply"]) >= 20
