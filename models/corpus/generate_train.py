"""Deterministic generator of models/corpus/train.jsonl from the hand-written material in material/."""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from material import common as C  # noqa: E402
from material import de, en, fr, it  # noqa: E402

SEED = 20240611
LANGS = {"de": de, "fr": fr, "it": it, "en": en}
CATEGORIES = [
    "account_access", "licensing_billing", "installation_updates", "documents_recognition",
    "integrations", "database_storage", "security_network", "third_party_infrastructure", "howto_usage",
]

# Mails per (level, category) and language. Each level sums to 112 (>= 90 required).
PLAN = {
    0: {"account_access": 10, "licensing_billing": 10, "installation_updates": 13, "documents_recognition": 13,
        "integrations": 12, "database_storage": 10, "security_network": 10, "third_party_infrastructure": 8,
        "howto_usage": 26},
    1: {"account_access": 22, "licensing_billing": 28, "installation_updates": 16, "documents_recognition": 6,
        "integrations": 8, "database_storage": 6, "security_network": 7, "third_party_infrastructure": 6,
        "howto_usage": 13},
    2: {"account_access": 9, "licensing_billing": 7, "installation_updates": 18, "documents_recognition": 20,
        "integrations": 16, "database_storage": 12, "security_network": 18, "third_party_infrastructure": 6,
        "howto_usage": 6},
    3: {"account_access": 8, "licensing_billing": 6, "installation_updates": 11, "documents_recognition": 18,
        "integrations": 26, "database_storage": 26, "security_network": 8, "howto_usage": 9},
    4: {"account_access": 8, "installation_updates": 14, "documents_recognition": 12, "integrations": 4,
        "database_storage": 15, "security_network": 9, "third_party_infrastructure": 50},
}


def common_slots() -> dict:
    def ch(pool):
        return lambda r, m: r.choice(pool)

    def versions(r, m):
        a, b = sorted(r.sample(range(len(C.VERSIONS)), 2))
        m.values.setdefault("oldver", C.VERSIONS[a])
        m.values.setdefault("newver", C.VERSIONS[b])

    def old(r, m):
        versions(r, m)
        return m.values["oldver"]

    def new(r, m):
        versions(r, m)
        return m.values["newver"]

    def ver(r, m):
        # a version mentioned in the context agrees with the one in the problem description
        return m.values.get("newver") or r.choice(C.VERSIONS)

    s = {
        "ver": ver, "oldver": old, "newver": new, "win": ch(C.WINDOWS), "winsrv": ch(C.WINSERVER),
        "scanner": ch(C.SCANNERS), "mfp": ch(C.MFPS), "mfpbrand": ch(C.MFP_BRANDS), "acct": ch(C.ACCOUNTING),
        "av": ch(C.ANTIVIRUS), "fw": ch(C.FIREWALLS), "nas": ch(C.NAS), "nasbrand": ch(C.NAS_BRANDS),
        "ts": ch(C.TERMINAL), "sql": ch(C.SQLSERVER), "pg": ch(C.POSTGRES), "hyper": ch(C.HYPERVISOR),
        "browser": ch(C.BROWSERS), "outlook": ch(C.OFFICE),
        "code": lambda r, m: C.code(r), "hex": lambda r, m: C.hexcode(r), "msi": lambda r, m: C.msi_code(r),
        "key": lambda r, m: C.lickey(r), "ticket": lambda r, m: C.ticketno(r), "cust": lambda r, m: C.custno(r),
        "inv": lambda r, m: C.invno(r), "ip": lambda r, m: C.ip(r), "port": lambda r, m: C.port(r),
        "host": lambda r, m: C.hostname(r), "share": lambda r, m: C.share(r), "user": lambda r, m: C.user(r),
        "n": lambda r, m: str(r.randint(2, 9)), "n2": lambda r, m: str(r.randint(10, 60)),
        "seats": lambda r, m: str(r.choice([2, 3, 4, 5, 5, 6, 8, 10, 12, 15, 20, 25, 40])),
        "docs": lambda r, m: str(r.choice([120, 300, 450, 800, 1200, 2000, 3500, 5000, 12000, 40000])),
        "pages": lambda r, m: str(r.randint(2, 60)), "years": lambda r, m: str(r.randint(2, 14)),
        "pct": lambda r, m: str(r.choice([10, 20, 30, 40, 50, 60, 70, 80])),
        "eventlog": lambda r, m: C.eventlog(r),
    }
    for kind in C._EXC:
        s["trace_" + kind] = (lambda k: lambda r, m: C.trace(r, k))(kind)
    for kind in ("export", "api", "db", "net"):
        s["log_" + kind] = (lambda k: lambda r, m: C.logline(r, k))(kind)
    return s


def pool(mail: C.Mail, entries):
    """Pick an entry valid for the mail's region ('CH|text' entries only for region CH) and render it."""
    return mail.render(mail.rng.choice(pool_entries(mail, entries)))


def pool_entries(mail: C.Mail, entries):
    """Entries usable for this mail: 'CH|...' only in region CH, 'L2,L3|...' only at levels 2 and 3."""
    ok = []
    for e in entries:
        tag, sep, rest = e.partition("|")
        if sep and re.fullmatch(r"[A-Z0-9]{2,3}(,[A-Z0-9]{2,3})*", tag):
            tags = tag.split(",")
            levels = [t for t in tags if re.fullmatch(r"L\d", t)]
            regions = [t for t in tags if t not in levels]
            if (not levels or f"L{mail.level}" in levels) and (not regions or mail.region in regions):
                ok.append(rest)
        else:
            ok.append(e)
    return ok


def chance(rng, p):
    return rng.random() < p


def make_mail(mod, sc, rng, slots):
    L = mod
    region = rng.choices(list(L.REGIONS), weights=list(L.REGIONS.values()))[0]
    formal = chance(rng, L.P_FORMAL)
    mail = C.Mail(rng, slots, formal, region)
    level = sc["level"]
    mail.level = level
    L.prepare(mail)
    fault = level >= 2

    r = rng.random()
    style = "short" if r < 0.16 else "long" if r < 0.30 else "forward" if r < 0.36 else "normal"

    # ---- core
    if style == "short" and sc["Q"] and chance(rng, 0.7):
        core = mail.render(rng.choice(sc["Q"]))
    else:
        core = mail.render(rng.choice(sc["B"]))
    extras = [mail.render(x) for x in sc["+"] if chance(rng, 0.55 if style != "short" else 0.15)]

    paras: list[str] = []
    if style in ("normal", "long", "forward") and chance(rng, 0.28 if style != "long" else 0.8):
        paras.append(pool(mail, L.OPENERS))
    paras.append(core)
    paras.extend(extras)
    if style != "short":
        nctx = 0 if not chance(rng, 0.45 if style != "long" else 0.95) else (1 if style != "long" else rng.randint(2, 3))
        cands = pool_entries(mail, L.CONTEXT)
        rng.shuffle(cands)
        chosen = []
        for t in cands:
            if len(chosen) == nctx:
                break
            if "{ver}" in t and any("{ver}" in c for c in chosen):
                continue  # one version statement per mail
            chosen.append(t)
        ctx = [mail.render(t) for t in chosen]
        if ctx:
            paras.append(" ".join(ctx))
        if fault and chance(rng, 0.35 if style != "long" else 0.7):
            paras.append(pool(mail, L.FAULT_CONTEXT))
        if style == "long":
            rambles = pool_entries(mail, L.RAMBLE)
            for t in rng.sample(rambles, rng.choice([1, 2, 2])):
                paras.append(mail.render(t))
        if style == "forward":
            pass
        elif chance(rng, 0.10):
            paras.append(pool(mail, L.URGENT))
        if style != "forward" and chance(rng, 0.11):
            paras.append(pool(mail, L.SIDE_NOTES))
        if style == "forward":
            pass
        elif fault and chance(rng, 0.45) or (not fault and chance(rng, 0.08)):
            paras.append(pool(mail, L.ASK_FAULT))
        elif chance(rng, 0.5):
            paras.append(pool(mail, L.ASK_ANY))
    elif chance(rng, 0.25):
        paras.append(pool(mail, L.ASK_ANY))

    # merge some paragraphs into running text
    merged: list[str] = []
    for p in paras:
        if merged and "\n" not in p and "\n" not in merged[-1] and chance(rng, 0.35):
            merged[-1] = merged[-1] + " " + p
        else:
            merged.append(p)
    text = "\n\n".join(merged)
    if chance(rng, 0.18):
        text = C.typo(text, mod.LANG, rng)

    # ---- subject
    if chance(rng, 0.62) and sc["S"]:
        subject = mail.render(rng.choice(sc["S"]))
    elif chance(rng, 0.85):
        subject = pool(mail, L.GENERIC_SUBJECTS)
    else:
        subject = ""
    if chance(rng, 0.10):
        subject = pool(mail, L.SUBJECT_PREFIXES) + subject

    greet = "" if chance(rng, 0.09 if style != "short" else 0.45) else pool(mail, L.GREET_FORMAL if formal else L.GREET_INFORMAL)
    if style == "short" and chance(rng, 0.5):
        sign = mail.render("{first}")
        close = "" if chance(rng, 0.4) else pool(mail, L.CLOSE_FORMAL if formal else L.CLOSE_INFORMAL)
    else:
        close = pool(mail, L.CLOSE_FORMAL if formal else L.CLOSE_INFORMAL)
        sign = pool(mail, L.SIGNATURES)

    if style == "forward":
        inner_greet = pool(mail, L.GREET_INFORMAL)
        inner = f"{inner_greet}\n\n{text}\n\n{mail.render('{first2}')}" if inner_greet else f"{text}\n\n{mail.render('{first2}')}"
        top = pool(mail, L.FORWARD_TOP)
        header = mail.render(L.FORWARD_HEADER).replace("@@SUBJECT@@", subject or "-")
        body = (f"{greet}\n\n" if greet else "") + f"{top}\n\n{close}\n{sign}\n\n{header}\n\n{inner}"
        subject = pool(mail, L.FORWARD_PREFIX) + subject
    else:
        body = (f"{greet}\n\n" if greet else "") + text + "\n\n" + (f"{close}\n{sign}" if close else sign)

    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    body = re.sub(r"[ \t]+\n", "\n", body)
    body = L.finish(mail, body)
    subject = L.finish(mail, subject.strip())
    return subject, body


def make_full(mod, m, rng, slots):
    mail = C.Mail(rng, slots, True, rng.choices(list(mod.REGIONS), weights=list(mod.REGIONS.values()))[0])
    mail.level = m["level"]
    mod.prepare(mail)
    return mod.finish(mail, mail.render(m["subject"] or "")), mod.finish(mail, mail.render(m["body"]))


def build(seed: int = SEED):
    """Return the list of records (with an extra 'sid' scenario id, not written to the file)."""
    rng = random.Random(seed)
    base_slots = common_slots()
    records = []
    for lang, mod in LANGS.items():
        slots = dict(base_slots)
        slots.update(mod.SLOTS)
        scen = C.parse_scenarios(mod.SCENARIOS, lang)
        full = C.parse_full(mod.FULL, lang)
        for s in scen + full:
            assert s["category"] in CATEGORIES, (lang, s["category"])
        seen = set()
        out = []

        def add(subject, body, level, cat, sid):
            key = (subject.strip().lower(), body.strip().lower())
            if key in seen:
                return False
            seen.add(key)
            out.append({"subject": subject, "body": body, "level": level, "category": cat, "language": lang, "sid": sid})
            return True

        full_count = Counter()
        for m in full:
            s, b = make_full(mod, m, rng, slots)
            if add(s, b, m["level"], m["category"], m["sid"]):
                full_count[(m["level"], m["category"])] += 1
        for level, cats in PLAN.items():
            for cat, n in cats.items():
                pairs = [s for s in scen if s["level"] == level and s["category"] == cat]
                need = n - full_count[(level, cat)]
                if not pairs:
                    raise SystemExit(f"{lang}: no scenarios for level {level} / {cat}")
                order = []
                made = 0
                tries = 0
                while made < need and tries < need * 20:
                    if not order:
                        order = pairs[:]
                        rng.shuffle(order)
                    sc = order.pop()
                    tries += 1
                    s, b = make_mail(mod, sc, rng, slots)
                    if add(s, b, level, cat, sc["sid"]):
                        made += 1
        rng.shuffle(out)
        for i, rec in enumerate(out, 1):
            rec["id"] = f"tr-{lang}-{i:04d}"
        records.extend(out)
    return records


def main() -> None:
    records = build()
    path = HERE / "train.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            row = {k: r[k] for k in ("id", "subject", "body", "level", "category", "language")}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} mails to {path}")


if __name__ == "__main__":
    main()
