"""Sanity checks for train.jsonl: count tables (markdown) and a bag-of-words 5-fold CV baseline."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ["de", "fr", "it", "en"]
CATS = ["account_access", "licensing_billing", "installation_updates", "documents_recognition", "integrations",
        "database_storage", "security_network", "third_party_infrastructure", "howto_usage"]


def load(path: Path):
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def tables(rows) -> str:
    out = []
    lv = Counter((r["language"], r["level"]) for r in rows)
    out.append("| level | " + " | ".join(LANGS) + " | total |")
    out.append("| --- | " + " | ".join("---:" for _ in LANGS) + " | ---: |")
    for level in range(5):
        cells = [lv[(lang, level)] for lang in LANGS]
        out.append(f"| {level} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    tot = [sum(lv[(lang, level)] for level in range(5)) for lang in LANGS]
    out.append("| **total** | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |")
    out.append("")
    cl = Counter((r["category"], r["level"]) for r in rows)
    cg = Counter((r["category"], r["language"]) for r in rows)
    out.append("| category | L0 | L1 | L2 | L3 | L4 | " + " | ".join(LANGS) + " | total |")
    out.append("| --- |" + " ---: |" * (5 + len(LANGS) + 1))
    for c in CATS:
        a = [cl[(c, level)] for level in range(5)]
        b = [cg[(c, lang)] for lang in LANGS]
        out.append(f"| `{c}` | " + " | ".join(map(str, a)) + " | " + " | ".join(map(str, b)) + f" | {sum(a)} |")
    return "\n".join(out)


def cv(rows, groups=None) -> None:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, f1_score
    from sklearn.model_selection import GroupKFold, StratifiedKFold
    from sklearn.pipeline import make_pipeline

    texts = [r["subject"] + "\n" + r["body"] for r in rows]
    for target in ("level", "category"):
        y = np.array([str(r[target]) for r in rows])
        if groups is None:
            splits = StratifiedKFold(n_splits=5, shuffle=True, random_state=0).split(texts, y)
            name = "stratified 5-fold"
        else:
            splits = GroupKFold(n_splits=5).split(texts, y, groups)
            name = "5-fold grouped by scenario"
        pred = np.empty_like(y)
        for tr, te in splits:
            model = make_pipeline(
                TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=2),
                LogisticRegression(max_iter=2000, C=5.0),
            )
            model.fit([texts[i] for i in tr], y[tr])
            pred[te] = model.predict([texts[i] for i in te])
        print(f"{target:8s} {name:28s} accuracy={accuracy_score(y, pred):.3f} macro-F1={f1_score(y, pred, average='macro'):.3f}")
        for lang in LANGS:
            idx = [i for i, r in enumerate(rows) if r["language"] == lang]
            print(f"    {lang}: accuracy={accuracy_score(y[idx], pred[idx]):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cv", action="store_true", help="also run the bag-of-words cross-validation baseline")
    args = ap.parse_args()
    rows = load(HERE / "train.jsonl")
    print(tables(rows))
    if args.cv:
        print()
        cv(rows)
        sys.path.insert(0, str(HERE))
        import generate_train
        recs = generate_train.build()
        assert [r["body"] for r in recs] == [r["body"] for r in rows], "train.jsonl is not the generator's current output"
        cv(rows, groups=[r["sid"] for r in recs])


if __name__ == "__main__":
    main()
