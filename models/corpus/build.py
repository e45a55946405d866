"""Build train.jsonl from data/ and eval.jsonl from eval/, deterministically.

    python3 models/corpus/build.py            # write both files, print the count tables
    python3 models/corpus/build.py --check    # exit 1 when a file differs from what the data gives

Standard library only. Every topic is rendered with a random generator seeded by its
language's seed and its own id, so editing one topic changes only that topic's mails.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LANGUAGES = ("de", "fr", "it", "en")
LEVELS = (0, 1, 2, 3, 4)
CATEGORIES = (
    "account_access", "licensing_billing", "installation_updates", "documents_recognition",
    "integrations", "database_storage", "security_network", "third_party_infrastructure",
    "howto_usage",
)
MAILS_PER_TOPIC = 4  # composed mails per topic, besides its subjects and one-liners
STYLES = {"short": 0.25, "normal": 0.42, "long": 0.15, "forward": 0.18}
TYPO_SHARE = 0.18
KEYS = ("id", "topic", "form", "subject", "body", "level", "category", "language")
EVAL_KEYS = ("id", "subject", "body", "level", "category", "language")

_TAG = re.compile(r"^((?:[A-Z]{2,3},)*[A-Z]{2,3})\|")
_SLOT = re.compile(r"\{(\w+)\}")
_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_REGISTER = re.compile(r"<([^<>~]*)~([^<>~]*)>")
_KEY_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def read_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


@dataclass
class Language:
    """One language's settings, slot values, pools, topics and hand-written mails."""

    code: str
    seed: int
    regions: dict[str, float]
    formal: float
    forward_header: str
    slots: dict[str, list[str]]
    pools: dict[str, list[str]]
    naming: dict[str, Any]
    topics: list[dict[str, Any]]
    mails: list[dict[str, Any]]

    @classmethod
    def load(cls, code: str, common: dict[str, Any]) -> Language:
        folder = HERE / "data" / code
        settings = read_toml(folder / "language.toml")
        lang = settings["language"]
        return cls(
            code, lang["seed"], lang["regions"], lang["formal"], lang["forward_header"],
            {**common["slots"], **settings["slots"]}, settings["pools"], settings.get("naming", {}),
            read_toml(folder / "topics.toml")["topic"], read_toml(folder / "mails.toml")["mail"],
        )


def usable(entries: list[str], region: str) -> list[str]:
    """Entries for a region: "CH|text" only in region CH, untagged ones everywhere."""
    out = []
    for entry in entries:
        tag = _TAG.match(entry)
        if not tag:
            out.append(entry)
        elif region in tag.group(1).split(","):
            out.append(entry[tag.end():])
    return out


def fill_pattern(pattern: str, rng: random.Random) -> str:
    """'#' becomes a random digit, 'X' a random licence-key character."""
    chars = [str(rng.randint(0, 9)) if c == "#" else rng.choice(_KEY_CHARS) if c == "X" else c
             for c in pattern]
    return "".join(chars)


@dataclass
class Mail:
    """One mail being rendered: region, register and the slot values drawn for it."""

    rng: random.Random
    lang: Language
    common: dict[str, Any]
    region: str
    formal: bool
    values: dict[str, str] = field(default_factory=dict)

    def pick(self, pool: str) -> str:
        return self.render(self.rng.choice(usable(self.lang.pools[pool], self.region)))

    def value(self, name: str) -> str:
        if name not in self.values:
            self.values[name] = self._draw(name)
        return self.values[name]

    def _draw(self, name: str) -> str:
        rng, slots = self.rng, self.lang.slots
        if name.isupper():
            return self.value(name.lower()).upper()
        if name in ("first2", "last2"):
            return rng.choice([v for v in slots[name[:-1]] if v != self.value(name[:-1])])
        if name in ("oldver", "newver"):
            old, new = sorted(rng.sample(range(len(slots["ver"])), 2))
            self.values.setdefault("oldver", slots["ver"][old])
            self.values.setdefault("newver", slots["ver"][new])
            return self.values[name]
        if name == "ver" and "newver" in self.values:
            return self.values["newver"]  # a version in the context agrees with the problem's
        if name == "email":
            return address(self.value("first"), self.value("last"), self.value("company"))
        if name.startswith("trace_"):
            return render_trace(rng, self.common["trace"], name[6:])
        if name == "eventlog":
            return self.render(eventlog(rng, self.common["eventlog"]))
        if name.startswith("log_"):
            return self.render(f"\n\n2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
                               f"{rng.choice(slots['wd_time'])}:{rng.randint(10, 59)} "
                               f"{rng.choice(self.common['log'][name[4:]])}\n\n")
        if name in self.common["patterns"]:
            return fill_pattern(rng.choice(self.common["patterns"][name]), rng)
        if name not in slots:
            raise KeyError(f"unknown slot {{{name}}}")
        return self.render(rng.choice(usable(slots[name], self.region)))

    def render(self, template: str) -> str:
        """Slots filled, <formal~informal> and {a|b|} alternatives chosen ({{ is a brace)."""
        kept: list[str] = []

        def slot(match: re.Match[str]) -> str:
            kept.append(self.value(match.group(1)))
            return f"\x00{len(kept) - 1}\x00"

        text = _SLOT.sub(slot, template.replace("{{", "\x01").replace("}}", "\x02"))
        text = _REGISTER.sub(lambda m: m.group(1) if self.formal else m.group(2), text)
        while alternative := _ALT.search(text):
            choice = self.rng.choice(alternative.group(1).split("|"))
            text = text[: alternative.start()] + choice + text[alternative.end():]
        text = re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], text)
        return text.replace("\x01", "{").replace("\x02", "}")


def address(first: str, last: str, company: str) -> str:
    def plain(text: str) -> str:
        folded = unicodedata.normalize("NFKD", text.lower()).replace("ß", "ss")
        return "".join(c for c in folded if c.isalnum())

    return f"{plain(first)}.{plain(last)}@{plain(company.split()[0])}.example"


def render_trace(rng: random.Random, traces: list[dict[str, Any]], kind: str) -> str:
    chosen = rng.choice([t for t in traces if t["kind"] == kind])
    lines = [chosen["exception"], *(f"   at {frame}" for frame in chosen["frames"])]
    if rng.random() < 0.3:
        lines += ["   --- End of stack trace from previous location ---",
                  "   at Papyra.Common.Tasks.TaskRunner.<RunGuarded>d__5.MoveNext()"]
    return "\n\n" + "\n".join(lines) + "\n\n"


def eventlog(rng: random.Random, pools: dict[str, list[str]]) -> str:
    return ("\n\nFaulting application name: Papyra.Desktop.exe, version: {ver}.0\n"
            f"Faulting module name: {rng.choice(pools['module'])}\n"
            f"Exception code: {rng.choice(pools['code'])}\n"
            f"Fault offset: 0x{rng.randint(0x10000, 0xFFFFF):08x}\n\n")


def rename_product(text: str, lang: Language, rng: random.Random) -> str:
    """The product's name replaced by a generic naming ("the program", ...) in some mails."""
    if rng.random() >= lang.naming.get("generic", 0.0):
        return text
    rules = [(rule["pattern"], rng.choice(rule["with"])) for rule in lang.naming.get("replace", [])]
    paragraphs = text.split("\n\n")
    for i, paragraph in enumerate(paragraphs):
        if not _CODE.search(paragraph):  # traces and logs keep their identifiers
            for pattern, naming in rules:
                paragraph = re.sub(pattern, naming, paragraph)
            paragraphs[i] = paragraph
    return "\n\n".join(paragraphs)


# ---------------------------------------------------------------- typing sloppiness

_CODE = re.compile(r"(   at |Exception|ERROR|WARN|FATAL|/api/|\\\\|Faulting|^> |-----)", re.M)
_ACCENTS = str.maketrans("éèêëàâùûìîïòôçÉÈÀ", "eeeeaauuiiioocEEA")


def sloppy(text: str, lang: str, rng: random.Random) -> str:
    """Light typos in prose paragraphs (swapped letters, no accents, lower-case starts)."""
    kind = rng.random()
    return "\n\n".join(p if _CODE.search(p) else _sloppy(p, lang, rng, kind)
                       for p in text.split("\n\n"))


def _sloppy(text: str, lang: str, rng: random.Random, kind: float) -> str:
    if kind >= 0.45:
        text = no_accents(text, lang) if kind < 0.7 or kind >= 0.85 else text
        if kind >= 0.7:
            text = re.sub(r"(^|[.!?]\s+|\n)([A-ZÄÖÜÉ])(?=[a-zäöüéè])",
                          lambda m: m.group(1) + m.group(2).lower(), text)
    words = list(re.finditer(r"\b[^\W\d_]{5,}\b", text))
    if words and rng.random() < 0.5:
        word = rng.choice(words)
        i = rng.randint(word.start() + 1, word.end() - 3)
        text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
    return text


def no_accents(text: str, lang: str) -> str:
    if lang == "de":
        for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"),
                              ("Ü", "Ue"), ("ß", "ss")):
            text = text.replace(umlaut, plain)
        return text
    return text.translate(_ACCENTS)


# ---------------------------------------------------------------- composing a mail

def new_mail(lang: Language, common: dict[str, Any], rng: random.Random) -> Mail:
    region = rng.choices(list(lang.regions), weights=list(lang.regions.values()))[0]
    return Mail(rng, lang, common, region, rng.random() < lang.formal)


def compose(lang: Language, common: dict[str, Any], topic: dict[str, Any],
            rng: random.Random) -> tuple[str, str, str]:
    """(subject, body, the text the customer wrote about the topic) of one generated mail."""
    mail = new_mail(lang, common, rng)
    style = rng.choices(list(STYLES), weights=list(STYLES.values()))[0]
    short = style == "short"
    cores = topic["short"] if short and topic.get("short") and rng.random() < 0.6 else topic["bodies"]
    paras = [mail.render(rng.choice(cores))]
    paras += [mail.render(x) for x in topic.get("extras", []) if rng.random() < (0.1 if short else 0.5)]
    if not short:
        if rng.random() < (0.8 if style == "long" else 0.25):
            paras.insert(0, mail.pick("openers"))
        contexts = rng.sample(usable(lang.pools["context"], mail.region), k=2)
        count = rng.choice([2, 3]) if style == "long" else int(rng.random() < 0.45)
        paras += [mail.render(c) for c in contexts[:count]]
        if style == "long":
            paras.append(mail.pick("ramble"))
        if rng.random() < 0.1:
            paras.append(mail.pick("urgent"))
    if rng.random() < (0.25 if short else 0.6):
        paras.append(mail.pick("ask"))
    text = "\n\n".join(paras)
    if rng.random() < TYPO_SHARE:
        text = sloppy(text, lang.code, rng)
    subject = pick_subject(mail, topic)
    greeting = "" if rng.random() < (0.4 if short else 0.1) else mail.pick(
        "greet_formal" if mail.formal else "greet_informal")
    closing = mail.pick("close_formal" if mail.formal else "close_informal")
    signature = mail.render("{first}") if short and rng.random() < 0.5 else mail.pick("signatures")
    if style == "forward":
        header = mail.render(lang.forward_header).replace("@@SUBJECT@@", subject or "-")
        inner = f"{mail.pick('greet_informal')}\n\n{text}\n\n{mail.value('first2')}"
        text_out = f"{mail.pick('forward_top')}\n\n{closing}\n{signature}\n\n{header}\n\n{inner}"
        subject = mail.pick("forward_prefix") + subject
    else:
        text_out = f"{text}\n\n{closing}\n{signature}"
    body = f"{greeting}\n\n{text_out}" if greeting else text_out
    body = re.sub(r"[ \t]+\n", "\n", re.sub(r"\n{3,}", "\n\n", body)).strip()
    return (finish(mail, rename_product(subject, lang, rng)),
            finish(mail, rename_product(body, lang, rng)), text)


def pick_subject(mail: Mail, topic: dict[str, Any]) -> str:
    rng = mail.rng
    if rng.random() < 0.62 and topic["subjects"]:
        subject = mail.render(rng.choice(topic["subjects"]))
    elif rng.random() < 0.85:
        subject = mail.pick("generic_subjects")
    else:
        subject = ""
    return (mail.pick("subject_prefixes") if rng.random() < 0.1 else "") + subject


def finish(mail: Mail, text: str) -> str:
    """Regional spelling: Swiss German writes "ss" for "ß"."""
    return text.replace("ß", "ss") if mail.lang.code == "de" and mail.region == "CH" else text.strip()


def one_liner(lang: Language, common: dict[str, Any], line: str,
              rng: random.Random) -> tuple[str, str]:
    """A one-line ticket: as the subject, as the whole body, or as a body under a generic subject."""
    mail = new_mail(lang, common, rng)
    text = finish(mail, rename_product(mail.render(line), lang, rng))
    if rng.random() < TYPO_SHARE:
        text = sloppy(text, lang.code, rng)
    where = rng.random()
    if where < 0.4:
        return text, ""
    return ("" if where < 0.7 else mail.pick("generic_subjects")), text


# ---------------------------------------------------------------- the records

def topic_records(lang: Language, common: dict[str, Any],
                  topic: dict[str, Any]) -> Iterator[dict[str, Any]]:
    rng = random.Random(f"{lang.seed}:{topic['id']}")
    labels = {"level": topic["level"], "category": topic["category"], "language": lang.code}
    for n, template in enumerate(topic["subjects"], 1):
        mail = new_mail(lang, common, rng)
        subject = finish(mail, rename_product(mail.render(template), lang, rng))
        yield {"id": f"{topic['id']}-s{n}", "form": "subject", "subject": subject, "body": "",
               "content": subject, **labels}
    for n, line in enumerate(topic.get("short", []), 1):
        subject, body = one_liner(lang, common, line, rng)
        yield {"id": f"{topic['id']}-o{n}", "form": "one-liner", "subject": subject, "body": body,
               "content": body or subject, **labels}
    for n in range(1, MAILS_PER_TOPIC + 1):
        subject, body, content = compose(lang, common, topic, rng)
        yield {"id": f"{topic['id']}-m{n}", "form": "mail", "subject": subject, "body": body,
               "content": content, **labels}


def language_records(code: str, common: dict[str, Any]) -> list[dict[str, Any]]:
    """All training records of one language, duplicates (same subject and body) dropped."""
    lang = Language.load(code, common)
    check_labels(lang.topics + lang.mails, f"data/{code}")
    records = []
    for mail in lang.mails:
        rng = random.Random(f"{lang.seed}:{mail['id']}")
        m = new_mail(lang, common, rng)
        body = finish(m, m.render(mail["body"]))
        records.append({"id": mail["id"], "form": "hand-written", "subject": m.render(mail["subject"]),
                        "body": body, "content": body, "level": mail["level"],
                        "category": mail["category"], "language": code})
    for topic in lang.topics:
        try:
            records += [{**r, "topic": topic["id"]} for r in topic_records(lang, common, topic)]
        except (KeyError, IndexError, ValueError) as exc:
            raise SystemExit(f"data/{code}/topics.toml: topic {topic['id']}: {exc}") from None
    seen: set[tuple[str, str]] = set()
    unique = []
    for record in records:
        key = (record["subject"].strip().lower(), record["body"].strip().lower())
        if key not in seen:
            seen.add(key)
            unique.append(record)
    return unique


def check_labels(items: list[dict[str, Any]], where: str) -> None:
    ids = Counter(item["id"] for item in items)
    problems = [f"{where}: id {i} used {n} times" for i, n in ids.items() if n > 1]
    for item in items:
        if item["level"] not in LEVELS or item["category"] not in CATEGORIES:
            problems.append(f"{where}: {item['id']}: bad level/category")
    if problems:
        raise SystemExit("\n".join(problems))


def build_train() -> list[dict[str, Any]]:
    """Every training record, with the extra key "content" (not written to the file)."""
    common = read_toml(HERE / "data" / "common.toml")
    return [r for code in LANGUAGES for r in language_records(code, common)]


def build_eval() -> list[dict[str, Any]]:
    rows = []
    for code in LANGUAGES:
        mails = read_toml(HERE / "eval" / f"{code}.toml")["mail"]
        check_labels(mails, f"eval/{code}.toml")
        rows += [{**{k: m[k] for k in EVAL_KEYS if k in m}, "language": code} for m in mails]
    return rows


def jsonl(rows: list[dict[str, Any]], keys: tuple[str, ...]) -> str:
    return "".join(json.dumps({k: r.get(k, "") for k in keys}, ensure_ascii=False) + "\n"
                   for r in rows)


def table(rows: list[dict[str, Any]], column: str) -> str:
    counts = Counter((r[column], r["level"]) for r in rows)
    values = sorted({r[column] for r in rows})
    lines = [f"| {column} | " + " | ".join(f"L{lv}" for lv in LEVELS) + " | total |",
             "| --- |" + " ---: |" * (len(LEVELS) + 1)]
    for value in values:
        cells = [counts[value, lv] for lv in LEVELS]
        lines.append(f"| `{value}` | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    return "\n".join(lines)


def relabelled() -> str:
    """How many topics, hand-written and evaluation mails were relabelled, by kind of change."""
    sources = {"training topics and mails": [], "evaluation mails": []}
    for code in LANGUAGES:
        for name in ("topics", "mails"):
            items = read_toml(HERE / "data" / code / f"{name}.toml")
            sources["training topics and mails"] += next(iter(items.values()))
        sources["evaluation mails"] += read_toml(HERE / "eval" / f"{code}.toml")["mail"]
    lines = ["| relabelled | " + " | ".join(sources) + " |", "| --- |" + " ---: |" * len(sources)]
    kinds = {name: Counter(change.strip() for item in items
                           for change in item.get("relabelled", "").split(";") if change.strip())
             for name, items in sources.items()}
    totals = {name: sum("relabelled" in item for item in items) for name, items in sources.items()}
    for kind in sorted(set().union(*kinds.values())):
        lines.append(f"| {kind} | " + " | ".join(str(kinds[n][kind]) for n in sources) + " |")
    lines.append("| **entries changed** | " + " | ".join(
        f"{totals[n]} of {len(sources[n])}" for n in sources) + " |")
    return "\n".join(lines)


def show(code: str, samples: int) -> int:
    """Render one language without writing anything: its counts and a few random records."""
    rows = language_records(code, read_toml(HERE / "data" / "common.toml"))
    print(f"{code}: {len(rows)} records\n\n{table(rows, 'form')}\n\n{table(rows, 'category')}")
    for row in random.Random().sample(rows, min(samples, len(rows))):
        print(f"\n===== {row['id']} level {row['level']} {row['category']} | {row['subject']}")
        print(row["body"])
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--show", metavar="LANG", help="only render LANG and print samples")
    parser.add_argument("--samples", type=int, default=8, help="records --show prints")
    args = parser.parse_args()
    if args.show:
        return show(args.show, args.samples)
    train, evaluation = build_train(), build_eval()
    outputs = {HERE / "train.jsonl": jsonl(train, KEYS), HERE / "eval.jsonl": jsonl(evaluation, EVAL_KEYS)}
    stale = [p.name for p, text in outputs.items()
             if not p.exists() or p.read_text(encoding="utf-8") != text]
    if args.check:
        if stale:
            print(f"out of date: {', '.join(stale)}; run python3 models/corpus/build.py")
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
    print(f"train.jsonl: {len(train)} records; eval.jsonl: {len(evaluation)} mails\n")
    for name, rows in (("train.jsonl", train), ("eval.jsonl", evaluation)):
        print(f"{name}\n\n{table(rows, 'language')}\n\n{table(rows, 'category')}\n")
    print("train.jsonl by form\n\n" + table(train, "form") + "\n")
    print(relabelled())
    return 0


if __name__ == "__main__":
    sys.exit(main())
