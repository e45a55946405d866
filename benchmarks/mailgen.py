"""Generate realistic benchmark mail: plain, HTML alternatives, attachments, 8-bit, replies."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

SUBJECTS = [
    "Installation schlägt fehl",
    "Problème d'impression du relevé",
    "Domanda sulla fattura",
    "Export to accounting produces wrong VAT",
    "Lizenz verlängern",
    "Scanner non détecté",
    "Errore di sincronizzazione",
    "Where is the admin manual?",
    "Zugriff verweigert auf NAS",
]
BODIES = [
    "Guten Tag\n\nSeit dem Update auf 7.1 startet Papyra nicht mehr. Fehler 1603 beim Setup.\n"
    "Können Sie uns zurückrufen?\n\nFreundliche Grüsse\nMartina Keller",
    "Bonjour,\n\nLe scanner Canon n'est plus détecté depuis la mise à jour de Windows.\n"
    "Merci de votre aide.\n\nCordialement,\nGaëlle Dubois",
    "Buongiorno,\n\nla fattura di ottobre riporta tre licenze invece di due. Potete verificare?\n"
    "\nCordiali saluti\nLuca Bernasconi",
    "Hello,\n\nthe export to Abacus writes 7.7% VAT instead of 8.1% since last week.\n"
    "Could you have a look?\n\nThanks,\nTom Baker",
]


@dataclass(frozen=True)
class GeneratedMail:
    """A generated mail and what a correct parser must find in it."""

    raw: bytes
    message_id: str
    body: str
    attachments: tuple[tuple[str, int], ...]


def generate(count: int, seed: int = 7) -> list[GeneratedMail]:
    """`count` mails: 20% replies, HTML alternatives, attachments, latin-1 / cp1252 bodies."""
    rng = random.Random(seed)
    mails: list[GeneratedMail] = []
    start = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    for n in range(count):
        kind = rng.random()
        body = rng.choice(BODIES) + f"\n\nRef. {n}"
        charset = rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
        if charset != "utf-8":
            body = body.replace("€", "EUR")
        text = MIMEText(body, "plain", charset)
        attachments: list[tuple[str, int]] = []
        if kind < 0.25:
            html = MIMEText(
                f"<html><body><p>{body.replace(chr(10), '<br>')}</p></body></html>", "html", "utf-8"
            )
            message = MIMEMultipart("alternative")
            message.attach(text)
            message.attach(html)
        elif kind < 0.40:
            message = MIMEMultipart("mixed")
            message.attach(text)
            data = rng.randbytes(rng.randint(2_000, 60_000))
            name = rng.choice(["setup.log", "Rechnung Oktober.pdf", "capture écran.png"])
            part = MIMEApplication(data)
            part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
            message.attach(part)
            attachments.append((name, len(data)))
        else:
            message = text
        sender = f"kunde{n % 700}@firma{n % 53}.example"
        message["From"] = formataddr(
            (rng.choice(["Jürg Müller", "Zoé Favre", "Anna Rossi", "Tom Baker"]), sender)
        )
        message["To"] = "support@papyra.example"
        message["Subject"] = Header(rng.choice(SUBJECTS) + f" #{n}", "utf-8").encode()
        message["Date"] = format_datetime(start + timedelta(minutes=n))
        message_id = f"<bench-{seed}-{n}@firma{n % 53}.example>"
        message["Message-ID"] = message_id
        if n >= 10 and rng.random() < 0.20:
            parent = mails[rng.randrange(len(mails))].message_id
            message["In-Reply-To"] = parent
            message["References"] = parent
            message.replace_header(
                "Subject", Header("AW: " + rng.choice(SUBJECTS), "utf-8").encode()
            )
        mails.append(GeneratedMail(message.as_bytes(), message_id, body, tuple(attachments)))
    return mails
