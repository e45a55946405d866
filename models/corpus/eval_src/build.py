"""Assemble models/corpus/eval.jsonl from the hand-written mails in eval_src/.

Each eval_src/<lang>_<level>.py holds a list of individually written mails
(category, subject, body). This script only validates them, fixes the order
(a seeded shuffle per language so levels are interleaved), numbers them
ev-<lang>-<nnn> and writes one JSON object per line. It also prints the counts
table used in README.md ("Evaluation file").

    python3 models/corpus/eval_src/build.py          # write eval.jsonl, print table
    python3 models/corpus/eval_src/build.py --check  # validate the existing eval.jsonl only
"""
from __future__ import annotations

import collections
import json
import random
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "eval.jsonl"
LANGS = ["de", "fr", "it", "en"]
LEVELS = [0, 1, 2, 3, 4]
CATEGORIES = [
    "account_access", "licensing_billing", "installation_updates",
    "documents_recognition", "integrations", "database_storage",
    "security_network", "third_party_infrastructure", "howto_usage",
]
PER_CELL = 25
KEYS = ["id", "subject", "body", "level", "category", "language"]


def load() -> list[dict]:
    rows = []
    for lang in LANGS:
        lang_rows = []
        for level in LEVELS:
            ns = runpy.run_path(str(HERE / f"{lang}_{level}.py"))
            assert ns["LANG"] == lang and ns["LEVEL"] == level, (lang, level)
            for category, subject, body in ns["MAILS"]:
                lang_rows.append({
                    "subject": subject.strip(),
                    "body": body.strip("\n").rstrip(),
                    "level": level,
                    "category": category,
                    "language": lang,
                })
        random.Random(f"mailtriage-eval-{lang}").shuffle(lang_rows)
        for n, row in enumerate(lang_rows, 1):
            rows.append({"id": f"ev-{lang}-{n:03d}", **row})
    return rows


def validate(rows: list[dict]) -> None:
    errors = []
    seen_text, seen_ids = set(), set()
    cells = collections.Counter()
    cats = collections.defaultdict(set)
    for r in rows:
        if list(r) != KEYS:
            errors.append(f"{r.get('id')}: keys {list(r)}")
        if r["id"] in seen_ids:
            errors.append(f"duplicate id {r['id']}")
        seen_ids.add(r["id"])
        if r["language"] not in LANGS or not r["id"].startswith(f"ev-{r['language']}-"):
            errors.append(f"{r['id']}: language {r['language']}")
        if r["level"] not in LEVELS:
            errors.append(f"{r['id']}: level {r['level']}")
        if r["category"] not in CATEGORIES:
            errors.append(f"{r['id']}: category {r['category']}")
        if not r["subject"] or not r["body"]:
            errors.append(f"{r['id']}: empty subject/body")
        key = (r["subject"].casefold(), r["body"].casefold())
        if key in seen_text:
            errors.append(f"{r['id']}: duplicate subject+body")
        seen_text.add(key)
        cells[(r["language"], r["level"])] += 1
        cats[r["language"]].add(r["category"])
    for lang in LANGS:
        for level in LEVELS:
            if cells[(lang, level)] != PER_CELL:
                errors.append(f"{lang} level {level}: {cells[(lang, level)]} mails, want {PER_CELL}")
        missing = set(CATEGORIES) - cats[lang]
        if missing:
            errors.append(f"{lang}: categories missing {sorted(missing)}")
    if errors:
        sys.exit("eval.jsonl invalid:\n  " + "\n  ".join(errors))


def table(rows: list[dict]) -> str:
    out = []
    c = collections.Counter((r["language"], r["level"]) for r in rows)
    out.append("| language | level 0 | level 1 | level 2 | level 3 | level 4 | total |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for lang in LANGS:
        cnt = [c[(lang, lv)] for lv in LEVELS]
        out.append(f"| {lang} | " + " | ".join(map(str, cnt)) + f" | {sum(cnt)} |")
    tot = [sum(c[(lang, lv)] for lang in LANGS) for lv in LEVELS]
    out.append("| all | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |")
    out.append("")
    cc = collections.Counter((r["category"], r["level"]) for r in rows)
    cl = collections.Counter((r["category"], r["language"]) for r in rows)
    out.append("| category | L0 | L1 | L2 | L3 | L4 | de | fr | it | en | total |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for cat in CATEGORIES:
        lv = [cc[(cat, x)] for x in LEVELS]
        lg = [cl[(cat, x)] for x in LANGS]
        out.append(f"| `{cat}` | " + " | ".join(map(str, lv + lg)) + f" | {sum(lv)} |")
    return "\n".join(out)


def main() -> None:
    if "--check" in sys.argv:
        rows = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    else:
        rows = load()
        validate(rows)
        with OUT.open("w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    validate(rows)
    print(table(rows))
    print(f"\n{len(rows)} mails OK -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
