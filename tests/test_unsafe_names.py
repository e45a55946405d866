"""Attachment names and mail text cannot disguise themselves or drive a terminal: Unicode
controls (C0, C1) and format characters (bidi overrides, isolates, marks, zero-width) are
removed from names, and escaped wherever stored mail is printed."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from mailtriage.cli.common import terminal_text
from mailtriage.parsing.filenames import safe_filename
from mailtriage.parsing.mime import parse_message
from support import customer_mail
from test_cli import mailtriage

C1 = [chr(c) for c in range(0x80, 0xA0)]
FORMAT = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
          "\u2069", "\u200e", "\u200f", "\u061c", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"]
C0 = [chr(c) for c in range(0x00, 0x20)] + ["\x7f"]


def invisible(text: str) -> list[str]:
    return [ch for ch in text if unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Zl", "Zp"}]


@pytest.mark.parametrize("bad", C0 + C1 + FORMAT + ["\u2028", "\u2029"])
def test_no_control_or_format_character_survives_in_a_file_name(bad: str) -> None:
    name = safe_filename(f"invoice{bad}fdp.exe", "application/pdf", 1)
    assert invisible(name) == [] and name.endswith(".exe")


def test_the_right_to_left_override_cannot_hide_the_real_extension() -> None:
    assert safe_filename("invoice\u202efdp.exe", "application/pdf", 1) == "invoicefdp.exe"


@pytest.mark.parametrize("bad", C0[1:] + C1 + FORMAT)
def test_terminal_text_escapes_every_control_and_format_character(bad: str) -> None:
    shown = terminal_text(f"a{bad}b\nnext\tline")
    if bad in "\n\t":
        return
    assert invisible(shown.replace("\n", "").replace("\t", "")) == []
    assert f"\\u{ord(bad):04x}" in shown


def test_a_parsed_attachment_name_is_clean() -> None:
    raw = customer_mail(attachments=[("rechnung\u202efdp.exe", b"MZ...", "application/pdf")])
    (attachment,) = parse_message(raw).attachments
    assert attachment.filename == "rechnungfdp.exe"


def test_tickets_show_and_list_escape_what_the_mail_carries(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    mailtriage("demo", "--data-dir", str(data))
    config = str(data / "demo.toml")
    raw = customer_mail(sender="eve@evil.example",
                        subject="Re\u009b2J: Rechnung\u202eexe.pdf",
                        body="Hallo\x1b[31m rot \u009b31m und \u202egnuhcer\n\nGruss",
                        attachments=[("rechnung\u202efdp.exe", b"MZ", "application/pdf")])
    (data / "Maildir" / "new" / "evil.eml").write_bytes(raw)
    mailtriage("demo", "--data-dir", str(data))
    tickets = json.loads(mailtriage("tickets", "list", "--json", "--config", config).stdout)
    evil = next(t for t in tickets if t["customer"] == "eve@evil.example")
    listed = mailtriage("tickets", "list", "--config", config).stdout
    shown = mailtriage("tickets", "show", str(evil["id"]), "--config", config).stdout
    shown_json = mailtriage("tickets", "show", str(evil["id"]), "--json", "--config", config).stdout
    for output in (listed, shown, shown_json):
        assert invisible(output.replace("\n", "").replace("\t", "")) == [], output
    assert "\\u202e" in shown and "\\u001b[31m" in shown
    assert json.loads(shown_json)["subject"] == "Re\u009b2J: Rechnung\u202eexe.pdf"  # stored as sent
    exported = mailtriage("export", "--jsonl", "--config", config).stdout
    files = [a["filename"] for line in exported.splitlines()
             for a in json.loads(line)["attachments"]]
    assert "rechnungfdp.exe" in files and not any(invisible(f) for f in files)

