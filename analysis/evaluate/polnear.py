"""Score quote attribution against PolNeAR (brat standoff), text based, with bootstrap intervals.

The scoring of issue 3, implemented here independently of ``../shared/tools/score_quotes.py`` (a test checks
that both agree on the same predictions):

* Gold: one annotator per article, the first ``.ann`` file by sorted name; every ``Attribution*`` event with
  content, its content fragments joined by a space; its source the same way (``None`` without one).
  Gold kind: no double quote mark in the content -> ``indirect``; content (spaces and ``, . ; : ! ?`` stripped
  from both ends) opening and closing with double quote marks -> ``direct``; else ``mixed``. Two backticks
  or two apostrophes (the NYT's spelling) count as a double quote mark.
* Normalisation: NFKC, case folding, every quote mark (double, single, apostrophe) and run of white space
  becomes one space, non-word characters are stripped from both ends; tokens are ``\\w+`` runs.
* Matching: within an article and a category, predictions and gold items are paired one-to-one greedily by
  highest multiset token IoU (ties: identical token sequences first, then order); IoU 0 never pairs.
* Metrics: ``iou50`` (a pair with IoU >= 0.5, the headline), ``exact`` (identical token sequences),
  ``token`` (overlapping tokens of all pairs over all predicted / gold tokens) and ``e2e`` (an ``iou50`` pair
  whose speaker is right: the predicted mention, else the canonical speaker, has token IoU >= 0.5 with the
  gold source, or the canonical speaker's last token is among the source's tokens; a gold item without a
  source is right only when the prediction has no speaker either).
* Categories: ``direct_mixed`` (gold direct or mixed against predicted direct, partial or mixed),
  ``indirect`` and ``all``, each matched on its own.
* Intervals: articles are resampled with replacement (``random.Random(seed)``, the same draws for every
  category and metric) and the 2.5 and 97.5 percentiles (linear interpolation) of each P, R and F1 are kept.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd

EVALUATION_COLUMNS: dict[str, str] = {
    "category": "direct_mixed, indirect or all",
    "metric": "iou50 (headline), exact, token (lenient token overlap) or e2e (content and speaker right)",
    "n_gold": "gold items of the category (gold tokens for the token metric)",
    "n_pred": "predictions of the category (predicted tokens for the token metric)",
    "tp": "true positives (overlapping tokens for the token metric)",
    "precision": "tp / n_pred",
    "recall": "tp / n_gold",
    "f1": "harmonic mean of precision and recall",
    "precision_lo": "2.5 percentile of precision over article bootstrap resamples (NaN without bootstrap)",
    "precision_hi": "97.5 percentile of precision",
    "recall_lo": "2.5 percentile of recall",
    "recall_hi": "97.5 percentile of recall",
    "f1_lo": "2.5 percentile of F1",
    "f1_hi": "97.5 percentile of F1",
}
"""Columns of :func:`evaluate_polnear`, in order: one row per category and metric."""

CATEGORIES: dict[str, tuple[frozenset[str] | None, frozenset[str] | None]] = {
    "direct_mixed": (frozenset({"direct", "mixed"}), frozenset({"direct", "partial", "mixed"})),
    "indirect": (frozenset({"indirect"}), frozenset({"indirect"})),
    "all": (None, None),
}
"""Category -> (gold kinds, predicted kinds); None takes every kind."""

METRICS = ("iou50", "exact", "token", "e2e")

_DOUBLE = '"\u201c\u201d\u00ab\u00bb\u201e\u201f\u2033\u301d\u301e\uff02'
_SINGLE = "'\u2018\u2019\u201a\u201b\u2039\u203a`\u00b4\u2032"
_OPEN_DOUBLE = '"\u201c\u201e\u00ab\u201f'
_CLOSE_DOUBLE = '"\u201d\u00bb\u201f'
_QUOTE_TO_SPACE = {ord(c): " " for c in _DOUBLE + _SINGLE}
_SPACES = re.compile(r"\s+")
_EDGES = re.compile(r"^\W+|\W+$")
_WORD = re.compile(r"\w+")
_ANN_NAME = re.compile(r"^(?P<stem>.+)_(?P<annotator>[^_]+)\.ann$")
_TEXT_BOUND = re.compile(r"^T\d+\t")
_EVENT = re.compile(r"^E\d+\t")
_COUNTS = ("n_gold", "n_pred", "tp50", "tp_exact", "tp_e2e", "tok_overlap", "tok_pred", "tok_gold")


def normalise(text: str | None) -> str:
    """Normalise a content or speaker string for matching (see the module docstring)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTE_TO_SPACE)
    return _EDGES.sub("", _SPACES.sub(" ", text).strip())


def tokens(text: str | None) -> list[str]:
    """Word tokens of a normalised string."""
    return _WORD.findall(normalise(text))


@dataclass
class Item:
    """A gold attribution or a prediction, with its tokens.

    Attributes:
        text: the content (fragments joined by a space).
        kind: direct, mixed or indirect (``partial`` is accepted for predictions).
        source: the gold source span text; for predictions the speaker mention.
        speaker: the canonical speaker of a prediction (None for gold).
    """

    text: str
    kind: str
    source: str | None = None
    speaker: str | None = None
    toks: list[str] = field(default_factory=list)
    bag: Counter = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.toks = tokens(self.text)
        self.bag = Counter(self.toks)


def gold_kind(content: str) -> str:
    """PolNeAR's quote type of a content string (see the module docstring)."""
    t = content.strip().replace("``", '"').replace("''", '"')
    if not any(c in t for c in _DOUBLE):
        return "indirect"
    s = t.strip(" ,.;:!?")
    return "direct" if s[:1] and s[0] in _OPEN_DOUBLE and s[-1] in _CLOSE_DOUBLE else "mixed"


def _spans(spec: str) -> list[tuple[int, int]]:
    out = []
    for part in spec.split(";"):
        start, end = part.split()
        out.append((int(start), int(end)))
    return out


def parse_ann(ann: str) -> list[dict[str, list[tuple[int, int]]]]:
    """Read the attributions of a brat ``.ann`` file.

    Args:
        ann: the file's text.

    Returns:
        One dict per ``Attribution*`` event that has content: ``content``, ``source`` and ``cue`` as sorted
        lists of ``(start, end)`` offsets into the article's ``.txt``.
    """
    bounds: dict[str, list[tuple[int, int]]] = {}
    events: list[list[str]] = []
    for line in ann.split("\n"):
        if _TEXT_BOUND.match(line):
            tid, rest = line.split("\t", 1)
            spec = rest.split("\t", 1)[0].split(" ", 1)[1]
            bounds[tid] = _spans(spec)
        elif _EVENT.match(line):
            events.append(line.split("\t", 1)[1].split())
    out = []
    for args in events:
        if not args[0].split(":", 1)[0].startswith("Attribution"):
            continue
        roles: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for arg in args[1:]:
            role, tid = arg.split(":", 1)
            roles[role.rstrip("0123456789")].extend(bounds.get(tid, []))
        if roles.get("Content"):
            out.append({"content": sorted(roles["Content"]), "source": sorted(roles.get("Source", [])),
                        "cue": sorted(roles.get("Cue", []))})
    return out


def load_gold(split_dir: str | Path) -> dict[str, list[Item]]:
    """Load a PolNeAR split: ``text/*.txt`` and ``attributions/<stem>_<annotator>.ann``.

    Args:
        split_dir: e.g. ``../shared/gold/polnear/data/dev``.

    Returns:
        Gold items per article id (the ``.txt`` stem), in file order; an article without annotations has none.
    """
    split_dir = Path(split_dir)
    anns: dict[str, list[str]] = defaultdict(list)
    for path in (split_dir / "attributions").iterdir():
        m = _ANN_NAME.match(path.name)
        if m:
            anns[m.group("stem")].append(path.name)
    gold: dict[str, list[Item]] = {}
    for txt in sorted((split_dir / "text").glob("*.txt")):
        raw = txt.read_text(encoding="utf-8")
        items = []
        if anns.get(txt.stem):
            ann = (split_dir / "attributions" / sorted(anns[txt.stem])[0]).read_text(encoding="utf-8")
            for att in parse_ann(ann):
                content = " ".join(raw[s:e] for s, e in att["content"])
                source = " ".join(raw[s:e] for s, e in att["source"]) if att["source"] else None
                items.append(Item(content, gold_kind(content), source))
        gold[txt.stem] = items
    return gold


def source_spans(split_dir: str | Path) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """Every gold ``Source`` span of a PolNeAR split, for scoring speaker mentions alone.

    Args:
        split_dir: e.g. ``../shared/gold/polnear/data/dev``.

    Returns:
        ``(article id, article text, sorted (start, end) spans)`` per annotated article, by sorted ``.ann`` name,
        first annotator (as :func:`load_gold`); a discontinuous source counts from its first to its last offset.
    """
    split_dir = Path(split_dir)
    out, seen = [], set()
    for name in sorted(path.name for path in (split_dir / "attributions").iterdir()):
        m = _ANN_NAME.match(name)
        if not m or m.group("stem") in seen:
            continue
        article = m.group("stem")
        seen.add(article)
        text = (split_dir / "text" / f"{article}.txt").read_text(encoding="utf-8")
        spans = set()
        for line in (split_dir / "attributions" / name).read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if _TEXT_BOUND.match(line) and len(parts) >= 3 and parts[1].startswith("Source "):
                offsets = _spans(parts[1].split(" ", 1)[1])
                spans.add((offsets[0][0], offsets[-1][1]))
        out.append((article, text, sorted(spans)))
    return out


def _optional(value: object) -> str | None:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    value = str(value).strip()
    return value or None


def load_predictions(predictions: pd.DataFrame | str | Path) -> dict[str, list[Item]]:
    """Read predictions: a quotes table (:func:`analysis.extract_quotes`) or a JSONL file of its rows.

    Args:
        predictions: a DataFrame with ``article_id``, ``kind``, ``text``, ``speaker_mention`` and ``speaker``
            columns, or the path of a JSONL file with those keys (``python -m analysis quotes --format jsonl``).

    Returns:
        Predicted items per article id, in row order.
    """
    if isinstance(predictions, (str, Path)):
        with open(predictions, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
    else:
        rows = predictions.to_dict("records")
    out: dict[str, list[Item]] = defaultdict(list)
    for row in rows:
        out[str(row.get("article_id"))].append(Item(
            text=str(row.get("text") or ""),
            kind=str(row.get("kind") or "").strip().lower(),
            source=_optional(row.get("speaker_mention")),
            speaker=_optional(row.get("speaker")),
        ))
    return dict(out)


def _iou(a: Counter, b: Counter) -> float:
    inter = sum((a & b).values())
    return inter / sum((a | b).values()) if inter else 0.0


def match(golds: Sequence[Item], preds: Sequence[Item]) -> list[tuple[int, int, float, bool]]:
    """Pair predictions with gold items one-to-one, greedily by highest token IoU.

    Returns:
        ``(prediction index, gold index, IoU, exact)`` for every pair.
    """
    pairs = []
    for pi, p in enumerate(preds):
        if not p.bag:
            continue
        for gi, g in enumerate(golds):
            iou = _iou(p.bag, g.bag)
            if iou > 0:
                pairs.append((-iou, p.toks != g.toks, pi, gi))
    pairs.sort()
    used_p, used_g, out = set(), set(), []
    for neg_iou, inexact, pi, gi in pairs:
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            out.append((pi, gi, -neg_iou, not inexact))
    return out


def speaker_right(pred: Item, gold: Item) -> bool:
    """Is the predicted speaker the gold source (see the module docstring)?"""
    source = tokens(gold.source)
    if not source:
        return pred.source is None and pred.speaker is None
    mention = pred.source if pred.source is not None else pred.speaker
    if mention is not None and _iou(Counter(tokens(mention)), Counter(source)) >= 0.5:
        return True
    last = tokens(pred.speaker)
    return bool(last) and last[-1] in source


def article_counts(golds: Sequence[Item], preds: Sequence[Item]) -> dict[str, int]:
    """Counts of one article and category, summed later over articles."""
    c = dict.fromkeys(_COUNTS, 0)
    c["n_gold"], c["n_pred"] = len(golds), len(preds)
    c["tok_gold"] = sum(len(g.toks) for g in golds)
    c["tok_pred"] = sum(len(p.toks) for p in preds)
    for pi, gi, iou, exact in match(golds, preds):
        c["tok_overlap"] += sum((preds[pi].bag & golds[gi].bag).values())
        if iou >= 0.5:
            c["tp50"] += 1
            c["tp_e2e"] += speaker_right(preds[pi], golds[gi])
        c["tp_exact"] += exact
    return c


def _select(items: Sequence[Item], kinds: frozenset[str] | None) -> list[Item]:
    return [x for x in items if kinds is None or x.kind in kinds]


_METRIC_COUNTS = {  # metric -> (tp, n_pred, n_gold) count names
    "iou50": ("tp50", "n_pred", "n_gold"),
    "exact": ("tp_exact", "n_pred", "n_gold"),
    "token": ("tok_overlap", "tok_pred", "tok_gold"),
    "e2e": ("tp_e2e", "n_pred", "n_gold"),
}


def _prf(tp: np.ndarray, n_pred: np.ndarray, n_gold: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(n_pred > 0, tp / np.maximum(n_pred, 1), 0.0)
        r = np.where(n_gold > 0, tp / np.maximum(n_gold, 1), 0.0)
        f = np.where(p + r > 0, 2 * p * r / np.where(p + r > 0, p + r, 1), 0.0)
    return p, r, f


def score(gold: dict[str, list[Item]], preds: dict[str, list[Item]], *, bootstrap: int = 1000,
          seed: int = 0) -> pd.DataFrame:
    """Score predictions against gold items.

    Args:
        gold: gold items per article (:func:`load_gold`).
        preds: predicted items per article (:func:`load_predictions`); other articles are ignored.
        bootstrap: article resamples for the 95% intervals (0: none).
        seed: seed of the resampling.

    Returns:
        One row per category and metric with the columns of :data:`EVALUATION_COLUMNS`.
    """
    aids = sorted(gold)
    rng = random.Random(seed)
    draws = np.array([[rng.randrange(len(aids)) for _ in aids] for _ in range(bootstrap)], dtype=np.int64)
    rows = []
    for category, (gold_kinds, pred_kinds) in CATEGORIES.items():
        per = [article_counts(_select(gold[a], gold_kinds), _select(preds.get(a, []), pred_kinds)) for a in aids]
        table = np.array([[c[k] for k in _COUNTS] for c in per], dtype=np.float64).reshape(len(aids), len(_COUNTS))
        total = table.sum(axis=0)
        sampled = table[draws].sum(axis=1) if bootstrap and len(aids) else None
        for metric in METRICS:
            tp_i, pred_i, gold_i = (_COUNTS.index(k) for k in _METRIC_COUNTS[metric])
            p, r, f = _prf(total[tp_i], total[pred_i], total[gold_i])
            row = {"category": category, "metric": metric, "n_gold": int(total[gold_i]),
                   "n_pred": int(total[pred_i]), "tp": int(total[tp_i]),
                   "precision": float(p), "recall": float(r), "f1": float(f)}
            if sampled is not None:
                bp, br, bf = _prf(sampled[:, tp_i], sampled[:, pred_i], sampled[:, gold_i])
                for name, values in (("precision", bp), ("recall", br), ("f1", bf)):
                    row[f"{name}_lo"], row[f"{name}_hi"] = (float(v) for v in np.percentile(values, [2.5, 97.5]))
            rows.append(row)
    return pd.DataFrame(rows, columns=list(EVALUATION_COLUMNS))


def evaluate_polnear(split_dir: str | Path, *, predictions: pd.DataFrame | str | Path | None = None,
                     bootstrap: int = 1000, seed: int = 0) -> pd.DataFrame:
    """Score quote attribution on a PolNeAR split.

    Args:
        split_dir: the split folder (``text/`` and ``attributions/``), e.g. ``../shared/gold/polnear/data/dev``.
        predictions: a quotes table or a JSONL file of one; ``None`` loads ``split_dir/text`` with
            :func:`analysis.load_corpus` and runs :func:`analysis.quotes.extract_quotes` on it, with the
            attributions of the titles (:func:`analysis.quotes.extract_headlines`: PolNeAR labels titles too).
        bootstrap: article resamples for the 95% intervals (0: none).
        seed: seed of the resampling.

    Returns:
        One row per category (``direct_mixed``, ``indirect``, ``all``) and metric (``iou50``, ``exact``,
        ``token``, ``e2e``), columns :data:`EVALUATION_COLUMNS`; ``attrs["n_articles"]`` holds the split size.
    """
    gold = load_gold(split_dir)
    if predictions is None:
        from analysis.corpus import load_corpus
        from analysis.quotes import extract_headlines, extract_quotes

        articles, _ = load_corpus(Path(split_dir) / "text")
        quotes = extract_quotes(articles)
        predictions = pd.concat([quotes, extract_headlines(articles, quotes=quotes)], ignore_index=True)
    result = score(gold, load_predictions(predictions), bootstrap=bootstrap, seed=seed)
    result.attrs["n_articles"] = len(gold)
    return result


def format_scores(scores: pd.DataFrame) -> str:
    """The scores as a fixed-width text table (F1 interval when bootstrapped)."""
    lines = [f"{'category':<13}{'metric':<7}{'n_gold':>8}{'n_pred':>8}{'TP':>8}{'P':>7}{'R':>7}{'F1':>7}"
             "   F1 95% CI"]
    for category, group in scores.groupby("category", sort=False):
        for i, row in enumerate(group.itertuples()):
            ci = f"[{row.f1_lo:.3f}, {row.f1_hi:.3f}]" if not pd.isna(row.f1_lo) else ""
            lines.append(f"{category if i == 0 else '':<13}{row.metric:<7}{row.n_gold:>8}{row.n_pred:>8}"
                         f"{row.tp:>8}{row.precision:>7.3f}{row.recall:>7.3f}{row.f1:>7.3f}   {ci}")
    lines.append("iou50: content matched at token IoU >= 0.5; e2e: and the speaker right; token rows count tokens")
    return "\n".join(lines)


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m analysis evaluate polnear", description=__doc__.split("\n")[0])
    parser.add_argument("path", help="PolNeAR split folder (text/ and attributions/)")
    parser.add_argument("--predictions", metavar="FILE", default=None, help="JSONL predictions to score")
    parser.add_argument("--bootstrap", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", metavar="FILE", default=None, help="also write the scores as JSON records")
    return parser.parse_args(argv)


def main(args: argparse.Namespace | Sequence[str] | None = None) -> int:
    """Run ``python -m analysis evaluate polnear PATH``: print the scores, optionally write them as JSON.

    Args:
        args: parsed arguments with ``path``, ``predictions``, ``bootstrap``, ``seed`` and ``json`` (as the
            command line of :mod:`analysis.cli` passes them), or an argument list, or None for ``sys.argv``.

    Returns:
        The exit status: 0, or 2 when the split folder is missing.
    """
    if not isinstance(args, argparse.Namespace):
        args = _arguments(args)
    split = Path(args.path)
    if not (split / "text").is_dir() or not (split / "attributions").is_dir():
        print(f"not a PolNeAR split folder (text/ and attributions/ expected): {split}", file=sys.stderr)
        return 2
    scores = evaluate_polnear(split, predictions=getattr(args, "predictions", None),
                              bootstrap=getattr(args, "bootstrap", 1000), seed=getattr(args, "seed", 0))
    print(f"PolNeAR {split.name}: {scores.attrs['n_articles']} articles")
    print(format_scores(scores))
    if getattr(args, "json", None):
        Path(args.json).write_text(json.dumps(scores.to_dict("records"), indent=1), encoding="utf-8")
    return 0
