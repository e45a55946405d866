"""What the classifier reads of a body: the sender's words, or the mail they forward with a note.

The relayed and stored text keeps closings and names (parsing/quotes.py); the classifier
drops what says nothing about the topic and would only teach it the senders' habits:
- the greeting line ("Hallo zusammen,", "Dear support team,", "Buongiorno,");
- the closing formula and everything below it ("Mit freundlichen Grüssen" + name, company,
  phone, disclaimer), when what follows is short enough to be a signature;
- quoted history and "-- " / device signatures (parsing/quotes.py).
A cover note ("see below, can you help?") says nothing either: when the new text is that
short and the mail forwards or quotes another one, the forwarded mail's subject and text are
read too, cleaned the same way.
"""

from __future__ import annotations

import re

from mailtriage.parsing.quotes import forwarded_message, split_reply


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that a closing line is made of, in de/fr/it/en. A line is a closing when all its
# words are closing words (a short "from <town>" may end it) and one of them is an anchor.
CLOSING_ANCHORS = _set(
    """
    grüße grüsse grüssen grüßen gruß gruss gruess grüess grüessli mfg lg vg glg
    regards cheers thanks thank thx sincerely faithfully br kr ta
    cordialement salutations amitiés bises cdt slts meilleures journée soirée day
    saluti cordiali cordiale cordialmente distinti grazie saluto saluti ossequi giornata serata
    presto bientôt best
    danke dank merci ciao tschüss servus salut
    """
)
CLOSING_WORDS = CLOSING_ANCHORS | _set(
    """
    mit freundlichen freundliche besten beste bestem lieben liebe liebem herzlichen herzliche
    vielen viele schönen schöne sonnige sonnigen und im voraus euch ihnen schön vielmal en
    nochmals zum wochenende gute guten tag

    and kind warm warmest best many with a lot again in advance you very much yours truly
    all the have nice great day good wishes regard again once

    et bien très mes nos meilleurs sincères avec d'avance à bientôt bonne belle journée soirée fin
    distinguées sentiments respectueuses mille encore vous votre je remercie par prie d'agréer
    agréer veuillez recevoir l'expression expression de avance

    e grazie mille in anticipo un caro cari buona giornata serata a presto distinti molte
    tante infinite anticipatamente porgo porgiamo migliori i con beaucoup
    """
)
CLOSING_FROM = frozenset({"from", "aus", "de", "da", "dal", "dalla", "depuis", "von"})
GREETING_STARTS = _set(
    """
    hallo hi hey hello hiya dear good morning guten sehr geehrte geehrter geehrtes liebe lieber
    liebes grüezi grüss grüß servus moin hoi sali salü ciao
    bonjour bonsoir salut madame monsieur mesdames messieurs cher chère chers coucou
    buongiorno buonasera salve gentile gentili egregio egregi spettabile spett caro cara cari alla
    """
)
GREETING_MAX_WORDS = 8
CLOSING_MAX_WORDS = 16
SIGNATURE_MAX_LINES = 15  # lines below a closing that may still be a signature block
COVER_NOTE_WORDS = 30  # a new text this short above a forwarded mail is only a cover note
FORWARD_DEPTH = 3
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\+", re.UNICODE)


def _words(line: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(line)]


def is_closing(line: str) -> bool:
    """A line that is only a closing formula ("Besten Dank und freundliche Grüsse aus Bern")."""
    line = line.replace("A+", "salut").replace("a+", "salut")
    found = _WORD.findall(line.replace("bien à vous", "salutations").replace("Bien à vous", "salutations"))
    if not found or len(found) > CLOSING_MAX_WORDS or re.search(r"\d|[?]", line):
        return False
    for cut, word in enumerate(found[:-1]):
        place = found[cut + 1 :]
        if cut and word.lower() in CLOSING_FROM and len(place) <= 3 and place[0][0].isupper():
            found = found[:cut]  # "... aus Bern", "... from Leeds"
            break
    words = [w.lower().replace("’", "'") for w in found]
    return all(w in CLOSING_WORDS for w in words) and any(w in CLOSING_ANCHORS for w in words)


def is_greeting(line: str) -> bool:
    """A salutation line ("Sehr geehrte Damen und Herren,", "Hi team!", "Buongiorno")."""
    words = _words(line)
    if not words or words[0] not in GREETING_STARTS or len(words) > GREETING_MAX_WORDS:
        return False
    return line.rstrip().endswith((",", "!", ":")) or len(words) <= 4


def without_greeting(text: str) -> str:
    """The text without its first line when that line is a greeting."""
    first, _, rest = text.strip().partition("\n")
    return rest.strip() if is_greeting(first) and rest.strip() else text.strip()


def without_closing(text: str) -> str:
    """The text above its closing formula, when what follows fits a signature block."""
    lines = text.strip().split("\n")
    for i, line in enumerate(lines):
        if i > 0 and is_closing(line) and len(lines) - i - 1 <= SIGNATURE_MAX_LINES:
            return "\n".join(lines[:i]).strip()
    return text.strip()


_NAME = re.compile(r"^\s*[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+)?\s*$")


def without_name(text: str) -> str:
    """The text without a last line that is only a name ("Andrea", "Marc Dubois")."""
    rest, _, last = text.strip().rpartition("\n")
    return rest.strip() if rest.strip() and _NAME.match(last) else text.strip()


def sender_words(text: str) -> str:
    """Greeting, closing (with the signature below it) and a bare name at the end removed."""
    return without_name(without_closing(without_greeting(text)))


def _sentence_words(text: str) -> int:
    """Words in lines that read as sentences (a name, address or phone line does not)."""
    lines = (line.split() for line in text.split("\n"))
    return sum(len(w) for w in lines if len(w) > 10 or (len(w) >= 3 and w[-1][-1] in ".?!:"))


def classifier_body(body: str, depth: int = 0) -> str:
    """The body as the classifier reads it (see the module docstring); never "" for a body."""
    new, history = split_reply(body)
    words = sender_words(new) if new else ""
    if history and depth < FORWARD_DEPTH and _sentence_words(words) < COVER_NOTE_WORDS:
        subject, forwarded = forwarded_message(history)
        inner = classifier_body(forwarded, depth + 1) if forwarded else ""
        words = "\n\n".join(part for part in (words, subject, inner) if part)
    return words or body.strip()
