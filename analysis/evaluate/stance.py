"""Score the stance table on the team's annotated set (``benchmarks/data/stance``): the speaker's stance toward
a target, as researchers read a quote.

A gold pair is a quote (its content spans) and a target with a label. It is **matched** to the predicted quote
that holds at least half of its words and to that quote's stance row for the same target (a gold name that is an
alias of the registry, "Swaziland", is read as its target, "Eswatini"); a pair with no such
row is predicted ``none`` and counts as wrong (the quote was missed, or the target not seen in it). Figures:
accuracy over the gold pairs, macro-F1 over the three labels (``none`` only lowers recall), each with a 95%
interval from resampling articles, the confusion table, and two baselines on the same pairs: the most frequent
label of the set's train part, and no answer.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.datasets.team import (
    DATA_DIR,
    PARTS,
    TeamSet,
    load_set,
    read_records,
    read_split,
)
from analysis.evaluate import metrics
from analysis.stance.labels import LABELS
from analysis.tables import plain
from analysis.targets import TargetRegistry, registry

NONE = "none"
"""The prediction of a gold pair without a stance row."""

PAIR_COLUMNS: dict[str, str] = {
    "article": "the article (its reference, also its article_id)",
    "item": "the pair's number in its article",
    "target": "gold target",
    "gold": "gold label",
    "predicted": "predicted label, or none",
    "mention_type": "how the gold mention names the target (alias, demonym, adjective, pronoun, leader, implicit)",
    "doubtful": "the annotator marked the pair doubtful",
    "quote_id": "the predicted quote matched to the pair (None when none holds half its words)",
    "evidence": "the stance row's evidence",
}
"""Columns of the per-pair table."""

_WORD = re.compile(r"\w+")


def default_labels() -> list[Path]:
    """The team stance label files (``benchmarks/data/stance/labels-*.jsonl``)."""
    return sorted((DATA_DIR / "stance").glob("labels-*.jsonl"))


def _words(text: str, spans: Sequence[Sequence[int]]) -> set[int]:
    return {m.start() for s, e in spans for m in _WORD.finditer(text, s, e)}


def canonical_target(name: str, targets: TargetRegistry) -> str:
    """The registry's name of a gold target: the name itself when the registry has it, else the target the whole
    name is an alias of ("Swaziland" -> "Eswatini"), else the name unchanged (a target the registry lacks)."""
    if name in targets.kinds():  # (the registry's cached table of its targets)
        return name
    found = targets.find(name)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(name):
        return found[0].target
    return name


def match_pairs(team: TeamSet, quotes: pd.DataFrame, stance: pd.DataFrame, *,
                targets: TargetRegistry | None = None) -> pd.DataFrame:
    """The per-pair table (:data:`PAIR_COLUMNS`): each gold pair with the predicted label of its quote (gold
    targets read by :func:`canonical_target` in ``targets``, the shipped registry by default)."""
    targets = targets or registry()
    texts = dict(zip(team.articles["article_id"], team.articles["text"]))
    quotes_by_article = {a: f for a, f in quotes.groupby("article_id", sort=False)} if len(quotes) else {}
    rows_by_quote: dict[tuple[str, str], dict] = {}
    for row in stance.to_dict("records"):
        rows_by_quote.setdefault((row["quote_id"], row["target"]), row)
    out = []
    for label in team.labels:
        text = texts[label.article]
        gold_words = _words(text, label.content)
        best_id, best_share = None, 0.5
        candidates = quotes_by_article.get(label.article)
        for row in (candidates.to_dict("records") if candidates is not None else []):
            share = len(gold_words & _words(text, row["spans"])) / max(len(gold_words), 1)
            if share >= best_share and (best_id is None or share > best_share):
                best_id, best_share = row["quote_id"], share
        target = canonical_target(str(label.get("target")), targets)
        hit = rows_by_quote.get((best_id, target)) if best_id else None
        out.append({"article": label.article, "item": label.item, "target": label.get("target"),
                    "gold": label.get("label"), "predicted": hit["label"] if hit else NONE,
                    "mention_type": label.get("mention_type"), "doubtful": bool(label.get("doubtful")),
                    "quote_id": best_id, "evidence": hit.get("evidence") if hit else None})
    return pd.DataFrame(out, columns=list(PAIR_COLUMNS))


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Macro-F1 over :data:`LABELS` (a ``none`` prediction lowers recall only)."""
    return float(metrics.scores(gold, predicted)["f1_macro"])


def scores(pairs: pd.DataFrame, *, bootstrap: int = 1000, seed: int = 0) -> dict[str, float]:
    """Accuracy and macro-F1 of a per-pair table, with 95% intervals over article resamples."""
    gold, predicted = pairs["gold"].tolist(), pairs["predicted"].tolist()
    result = {"n": len(pairs), "accuracy": float(np.mean([g == p for g, p in zip(gold, predicted)])) if gold else
              float("nan"), "macro_f1": macro_f1(gold, predicted), "missing": float(np.mean(
                  [p == NONE for p in predicted])) if gold else float("nan")}
    articles = sorted(pairs["article"].unique())
    groups = {a: f for a, f in pairs.groupby("article")}
    rng = random.Random(seed)
    accs, f1s = [], []
    for _ in range(bootstrap if articles else 0):
        sample = pd.concat([groups[articles[rng.randrange(len(articles))]] for _ in articles])
        accs.append(float((sample["gold"] == sample["predicted"]).mean()))
        f1s.append(macro_f1(sample["gold"].tolist(), sample["predicted"].tolist()))
    for name, values in (("accuracy", accs), ("macro_f1", f1s)):
        lo, hi = np.percentile(values, [2.5, 97.5]) if values else (np.nan, np.nan)
        result[f"{name}_lo"], result[f"{name}_hi"] = float(lo), float(hi)
    return result


def majority_label(paths: Sequence[Path] | None = None) -> str:
    """The most frequent label of the set's train part (the constant baseline)."""
    paths = list(paths or default_labels())
    split = read_split(paths[0].parent)
    labels = [r["label"] for r in read_records(paths) if split.get(r["article"]) == "train"]
    return max(LABELS, key=labels.count) if labels else "neutral"


def confusion(pairs: pd.DataFrame) -> pd.DataFrame:
    """Gold labels (rows) against predictions (columns, ``none`` included)."""
    return pd.crosstab(pairs["gold"], pairs["predicted"]).reindex(index=list(LABELS), columns=[*LABELS, NONE],
                                                                  fill_value=0)


def evaluate_stance(paths: Sequence[str | Path] | None = None, *, parts: Sequence[str] | None = ("dev",),
                    method: str = "default", bootstrap: int = 1000, seed: int = 0) -> dict[str, object]:
    """Run the pipeline on the set's articles and score its stance table (see the module docstring).

    Returns:
        ``pairs`` (per-pair table), ``scores`` (the method), ``majority`` (the constant baseline's scores),
        ``confusion``, ``n_articles``.
    """
    from analysis.quotes import extract_quotes
    from analysis.stance import stance_table

    paths = [Path(p) for p in (paths or default_labels())]
    team = load_set(paths, parts=parts)
    quotes = extract_quotes(team.articles)
    stance = stance_table(quotes, articles=team.articles, method=method)
    pairs = match_pairs(team, quotes, stance)
    constant = pairs.assign(predicted=majority_label(paths))
    return {"pairs": pairs, "scores": scores(pairs, bootstrap=bootstrap, seed=seed),
            "majority": scores(constant, bootstrap=0), "confusion": confusion(pairs),
            "n_articles": len(team.articles)}


def format_result(result: dict[str, object], *, method: str) -> str:
    s, m = result["scores"], result["majority"]
    lines = [f"{result['n_articles']} articles, {s['n']} gold (quote, target) pairs; method {method}",
             f"accuracy {s['accuracy']:.3f} [{s['accuracy_lo']:.3f}, {s['accuracy_hi']:.3f}]   "
             f"macro-F1 {s['macro_f1']:.3f} [{s['macro_f1_lo']:.3f}, {s['macro_f1_hi']:.3f}]   "
             f"no stance row {s['missing']:.1%}",
             f"majority baseline: accuracy {m['accuracy']:.3f}, macro-F1 {m['macro_f1']:.3f}",
             "confusion (rows gold, columns predicted):", result["confusion"].to_string()]
    return "\n".join(lines)


def main(args: argparse.Namespace | Sequence[str] | None = None) -> int:
    """``python -m analysis evaluate stance [LABELS] [--part dev|test|all] [--method M] [--items FILE]
    [--json FILE] [--seed N]``."""
    if not isinstance(args, argparse.Namespace):
        parser = argparse.ArgumentParser(prog="analysis evaluate stance", description=__doc__.split("\n\n")[0])
        parser.add_argument("path", nargs="?", default=None)
        parser.add_argument("--part", default="dev", choices=[*PARTS, "all"])
        parser.add_argument("--method", default="default")
        parser.add_argument("--bootstrap", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument("--items", type=Path)
        parser.add_argument("--json", type=Path, help="also write the scores here (JSON)")
        args = parser.parse_args(args)
    if getattr(args, "predictions", None):
        raise ValueError("--predictions applies to the attribution evaluations; stance runs the whole pipeline")
    result = evaluate_stance([Path(args.path)] if args.path else None,
                             parts=None if args.part == "all" else (args.part,), method=args.method,
                             bootstrap=args.bootstrap, seed=getattr(args, "seed", 0))
    print(format_result(result, method=args.method))
    if args.items:
        result["pairs"].to_csv(args.items, index=False)  # type: ignore[union-attr]
    if getattr(args, "json", None):
        confusion: pd.DataFrame = result["confusion"]  # type: ignore[assignment]
        record = {"part": args.part, "method": args.method, "n_articles": result["n_articles"],
                  "scores": result["scores"], "majority": result["majority"],
                  "confusion": {str(gold): {str(k): int(v) for k, v in row.items()}
                                for gold, row in confusion.iterrows()}}
        Path(args.json).write_text(json.dumps(plain(record), indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
