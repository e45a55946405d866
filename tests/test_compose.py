"""The composer's header lines: RFC 2047 words as the email package writes them, folding at
78 characters, no line break from a value."""

from __future__ import annotations

import random
import string
from email.header import Header, decode_header, make_header

import pytest

from mailtriage.outbox.compose import _UTF8, header_line

ALPHABET = string.ascii_letters + " äöüéèàç€日本" + "   "


def random_values(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 160))) for _ in range(count)]


@pytest.mark.parametrize("name", ["Subject", "From", "X-Mailtriage-Loop"])
def test_non_ascii_values_are_the_email_packages_encoded_words(name: str) -> None:
    for value in random_values(1, 3000):
        if value.isascii():
            continue
        expected = f"{name}: {Header(value, _UTF8, header_name=name).encode(linesep=chr(13) + chr(10))}\r\n"
        assert header_line(name, value).decode("ascii") == expected
        decoded = str(make_header(decode_header(header_line(name, value).decode()[len(name) + 2:])))
        assert decoded.replace("\r\n ", "") == value or decoded == value


def test_ascii_values_fold_at_spaces_under_78_characters_and_unfold_to_the_value() -> None:
    for value in random_values(2, 3000):
        value = value.encode("ascii", "ignore").decode()
        line = header_line("References", value).decode("ascii")
        physical = line.split("\r\n")[:-1]
        # A longer line holds one word that cannot be split (after the name on the first).
        assert all(len(p) <= 78 or len(p.removeprefix("References:").split()) <= 1
                   for p in physical)
        assert "".join(physical) == f"References: {value}"  # unfolding gives the value back


def test_a_line_break_in_a_value_is_refused() -> None:
    with pytest.raises(ValueError, match="header injection"):
        header_line("Subject", "Hallo\r\nBcc: x@y.example")
