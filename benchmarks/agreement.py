"""Agreement between the team's annotators on the articles both labelled (``agreement-*.jsonl``).

    .venv/bin/python benchmarks/agreement.py            # prints both tables; the figures go to benchmarks/data/*/README.md

Attribution: each annotator's items scored against the other's with the strict measure of
:mod:`analysis.evaluate.attribution` (found, right speaker), in both directions, and the kind agreement of
the items found. Stance: pairs of the two annotators matched by article, target and content overlap (half the
shorter content's words); pair-finding F1, label agreement and Cohen's kappa on the matched pairs.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pandas as pd

from analysis.datasets.team import DATA_DIR, load_set, read_records
from analysis.evaluate.attribution import score_items

_WORD = re.compile(r"\w+")


def _as_quotes(team, labels) -> pd.DataFrame:
    """One annotator's items as a quotes table (the entity as the speaker)."""
    texts = dict(zip(team.articles["article_id"], team.articles["text"]))
    rows = []
    for n, label in enumerate(labels):
        text = texts[label.article]
        rows.append({"article_id": label.article, "quote_id": f"{label.article}:{n}",
                     "spans": [list(s) for s in label.content], "kind": label.get("kind"),
                     "speaker": text[slice(*label.entity)] if label.entity else None, "rule": label.annotator})
    return pd.DataFrame(rows)


def attribution() -> pd.DataFrame:
    folder = DATA_DIR / "attribution"
    rows = []
    for agreement in sorted(folder.glob("agreement-*.jsonl")):
        other_articles = {r["article"] for r in read_records([agreement])}
        mains = [p for p in folder.glob("labels-*.jsonl")]
        main_records = [r for r in read_records(mains) if r["article"] in other_articles]
        tmp = Path("/tmp") / f"_agreement_{agreement.stem}.jsonl"
        tmp.write_text("".join(__import__("json").dumps(r) + "\n" for r in main_records), encoding="utf-8")
        first, second = load_set([tmp], split={}), load_set([agreement], split={})
        for gold, pred, name in ((first, second, "second vs first"), (second, first, "first vs second")):
            items = score_items(gold, _as_quotes(pred, pred.labels))
            found = items[items["found"]]
            kinds = {q: k for q, k in zip(_as_quotes(pred, pred.labels)["quote_id"], [l.get("kind") for l in pred.labels])}
            same_kind = (found["kind"] == found["quote_id"].map(kinds)).mean() if len(found) else float("nan")
            rows.append({"articles": ", ".join(sorted(other_articles)), "direction": name, "gold items": len(items),
                         "found": items["found"].mean(), "right speaker": items["right_speaker"].mean(),
                         "same kind (found)": same_kind})
    return pd.DataFrame(rows)


def _words(text, spans):
    return {m.start() for s, e in spans for m in _WORD.finditer(text, s, e)}


def stance() -> pd.DataFrame:
    folder = DATA_DIR / "stance"
    rows = []
    for agreement in sorted(folder.glob("agreement-*.jsonl")):
        articles = {r["article"] for r in read_records([agreement])}
        main_records = [r for r in read_records(folder.glob("labels-*.jsonl")) if r["article"] in articles]
        tmp = Path("/tmp") / f"_agreement_{agreement.stem}.jsonl"
        tmp.write_text("".join(__import__("json").dumps(r) + "\n" for r in main_records), encoding="utf-8")
        b = load_set([agreement], split={})
        first = load_set([tmp], split={}).labels if main_records else []  # (a first annotator may have found none)
        texts = dict(zip(b.articles["article_id"], b.articles["text"]))
        used, pairs = set(), []
        for x in first:
            wx = _words(texts[x.article], x.content)
            best = None
            for k, y in enumerate(b.labels):
                if k in used or y.article != x.article or y.get("target") != x.get("target"):
                    continue
                wy = _words(texts[y.article], y.content)
                if wx and wy and len(wx & wy) >= 0.5 * min(len(wx), len(wy)):
                    best = k
                    break
            if best is not None:
                used.add(best)
                pairs.append((x.get("label"), b.labels[best].get("label")))
        n_a, n_b, n = len(first), len(b.labels), len(pairs)
        agree = sum(p == q for p, q in pairs) / n if n else float("nan")
        ca, cb = Counter(p for p, _ in pairs), Counter(q for _, q in pairs)
        chance = sum(ca[k] * cb[k] for k in ca) / (n * n) if n else float("nan")
        kappa = (agree - chance) / (1 - chance) if n and chance < 1 else float("nan")
        rows.append({"file": agreement.stem, "articles": len(articles), "first annotator pairs": n_a,
                     "second annotator pairs": n_b,
                     "matched": n, "pair F1": 2 * n / (n_a + n_b) if n_a + n_b else float("nan"),
                     "label agreement": agree, "kappa": kappa})
    return pd.DataFrame(rows)


if __name__ == "__main__":
    pd.set_option("display.width", 200)
    print(attribution().to_string(index=False, float_format=lambda v: f"{v:.2f}"))
    print()
    print(stance().to_string(index=False, float_format=lambda v: f"{v:.2f}"))
