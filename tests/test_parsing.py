"""Parsing raw bytes: encoded words, wrong charsets, HTML-only mail, attachments, Message-IDs."""

from __future__ import annotations

import pytest

from mailtriage.parsing.charset import decode_bytes
from mailtriage.parsing.filenames import safe_filename
from mailtriage.parsing.headers import header_text, message_id_list, normalize_message_id
from mailtriage.parsing.mime import parse_message


def raw(headers: str, body: bytes) -> bytes:
    return headers.replace("\n", "\r\n").encode("ascii") + b"\r\n\r\n" + body


def test_rfc2047_subject_and_sender_name_are_decoded() -> None:
    message = parse_message(raw(
        "From: =?iso-8859-1?q?J=FCrg_M=FCller?= <JUERG@Example.CH>\n"
        "Subject: =?utf-8?b?UHJvYmzDqG1lIGQnaW1wcmVzc2lvbg==?= =?utf-8?q?_urgent?=\n"
        "Message-ID: <abc@Example.CH>", b"hi"))
    assert message.subject == "Problème d'impression urgent"
    assert (message.from_name, message.from_address) == ("Jürg Müller", "juerg@example.ch")
    assert message.message_id == "<abc@example.ch>"


def test_raw_8bit_header_bytes_are_decoded_not_dropped() -> None:
    message = parse_message(b"From: a@b.example\r\nSubject: Gr\xc3\xbcezi \xe2\x80\x93 Frage\r\n\r\nx")
    assert message.subject == "Grüezi – Frage"


@pytest.mark.parametrize(
    ("declared", "body", "expected"),
    [
        ("utf-8", "Grüsse, Zoé".encode("latin-1"), "Grüsse, Zoé"),  # declared utf-8, is latin-1
        ("iso-8859-1", "Grüsse, Zoé".encode(), "Grüsse, Zoé"),  # declared latin-1, is utf-8
        ("x-no-such-charset", "Grüsse".encode("cp1252"), "Grüsse"),  # unknown charset
        ("windows-1252", "€ 120.–".encode("cp1252"), "€ 120.–"),
        (None, "déjà".encode(), "déjà"),  # no charset at all
    ],
)
def test_bodies_in_wrong_or_unknown_charsets_are_decoded(declared: str | None, body: bytes,
                                                         expected: str) -> None:
    charset = f"; charset={declared}" if declared else ""
    message = parse_message(raw(f"From: a@b.example\nContent-Type: text/plain{charset}\n"
                                "Content-Transfer-Encoding: 8bit", body))
    assert message.text == expected


def test_decode_bytes_reports_a_fallback() -> None:
    assert decode_bytes(b"caf\xe9", "utf-8") == ("café", True)
    assert decode_bytes(b"caf\xc3\xa9", "utf-8") == ("café", False)


def test_html_only_mail_becomes_readable_text() -> None:
    html = b"<html><body><p>Hello,</p><ul><li>first</li><li>second</li></ul><script>x()</script></body></html>"
    message = parse_message(raw("From: a@b.example\nContent-Type: text/html; charset=utf-8", html))
    assert message.html_converted
    assert "Hello," in message.text and "first" in message.text and "second" in message.text
    assert "<li>" not in message.text and "x()" not in message.text


def test_plain_alternative_is_preferred_over_html() -> None:
    body = (b"--b\r\nContent-Type: text/plain\r\n\r\nplain version\r\n"
            b"--b\r\nContent-Type: text/html\r\n\r\n<p>html version</p>\r\n--b--\r\n")
    message = parse_message(raw('From: a@b.example\nContent-Type: multipart/alternative; boundary="b"', body))
    assert message.text == "plain version" and not message.html_converted


def test_attachments_get_safe_names_and_decoded_content() -> None:
    body = (b"--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
            b"--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
            b'Content-Disposition: attachment; filename="../../etc/passwd"\r\n\r\nJVBERi0xLjQ=\r\n'
            b"--b\r\nContent-Type: image/png\r\nContent-ID: <logo@x>\r\nContent-Disposition: inline\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\niVBORw0K\r\n--b--\r\n")
    message = parse_message(raw('From: a@b.example\nContent-Type: multipart/mixed; boundary="b"', body))
    pdf, png = message.attachments
    assert (pdf.filename, pdf.data, pdf.inline) == ("passwd", b"%PDF-1.4", False)
    assert png.inline and png.content_id == "<logo@x>" and png.filename.startswith("attachment-2")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("..\\..\\boot.ini", "boot.ini"),
        ("re\x00port\x1b.pdf", "re_port_.pdf"),
        ("CON.txt", "_CON.txt"),
        ("...", "attachment-1.pdf"),
        (None, "attachment-1.pdf"),
        ("a" * 300 + ".pdf", "a" * 196 + ".pdf"),
    ],
)
def test_safe_filename(name: str | None, expected: str) -> None:
    assert safe_filename(name, "application/pdf", 1) == expected


def test_missing_message_id_gets_a_stable_synthetic_one() -> None:
    mail = raw("From: a@b.example\nSubject: no id\nDate: Mon, 16 Nov 2026 08:00:00 +0100", b"body")
    relayed = b"Received: from relay.example by mx.example\r\n" + mail
    first, second = parse_message(mail), parse_message(relayed)
    assert first.message_id_synthetic
    assert first.message_id == second.message_id  # the relay's header does not change it
    assert parse_message(mail.replace(b"body", b"other")).message_id != first.message_id


def test_message_ids_are_normalised() -> None:
    assert normalize_message_id("  <Part.One@MAIL.Example.COM> (comment)") == "<Part.One@mail.example.com>"
    assert normalize_message_id("bare@Example.org") == "<bare@example.org>"
    assert normalize_message_id("garbage") is None
    assert message_id_list("<a@x> <b@Y>\r\n <a@x>") == ("<a@x>", "<b@y>")


def test_header_text_removes_line_breaks_and_control_characters() -> None:
    assert header_text("Hello\r\n world\x07") == "Hello world"


def test_broken_mime_does_not_raise() -> None:
    broken = raw('From: a@b.example\nContent-Type: multipart/mixed; boundary="never"\n'
                 "Content-Transfer-Encoding: base64", b"--other\r\n!!!not base64!!!")
    message = parse_message(broken)
    assert message.from_address == "a@b.example"


def test_mails_without_message_id_get_distinct_synthetic_ids() -> None:
    first = parse_message(b"Subject: one\r\n\r\n<p>one fragment</p>")
    second = parse_message(b"Subject: one\r\n\r\n<p>another</p>")
    assert first.message_id_synthetic and second.message_id_synthetic
    assert first.message_id != second.message_id


def test_a_headerless_fragment_is_not_an_email() -> None:
    from mailtriage.parsing.mime import NotAnEmail

    with pytest.raises(NotAnEmail, match=r"not an email message \(no header block, 19 bytes\)"):
        parse_message(b"<p>one fragment</p>")
