"""Train the speaker model: the speaker's stance toward a target in a quote, on the team's stance set.

``python -m analysis train-stance`` reads the ``train`` part of ``benchmarks/data/stance`` (labels as offsets,
:mod:`analysis.datasets.team`), runs the pipeline on its articles so that each example carries what the
pipeline will know at prediction time (the quote's speaker type and country, cue and kind, from the predicted
quote that holds the gold quote; the gold speaker resolved by :mod:`analysis.speakers` where no predicted quote
holds it), reads each gold mention in its sentence stretch with the text model, and fits
:func:`analysis.stance.features.speaker_features` with class weights and the inverse regularisation chosen by
grouped cross-validation over the train articles (macro-F1; ties within :data:`CV_TOLERANCE` go to the most
regularised setting). It writes :data:`analysis.stance.labels.SPEAKER_MODEL`.
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from analysis.datasets.team import DATA_DIR, Label, load_set
from analysis.evaluate.metrics import scores
from analysis.quotes import extract_quotes, quote_kind
from analysis.speakers import resolve_speakers
from analysis.stance.context import TargetContext, context_in
from analysis.stance.features import Speaking, speaker_features, text_features
from analysis.stance.labels import LABELS, SPEAKER_MODEL, TEXT_MODEL
from analysis.stance.linear import load_model
from analysis.text.document import Document, documents
from analysis.training.linear import fit, logits, model_dict, sha256_file, write_model

C_GRID = (0.03, 0.1, 0.3, 1.0)
"""Inverse L2 strengths tried by cross-validation."""

FOLDS = 5
SEED = 0

CV_TOLERANCE = 0.005
"""Cross-validated macro-F1 within this of the best counts as a tie: among tied settings the most regularised
(smallest C), with balanced class weights before none, is chosen (the one-standard-error rule's spirit; on the
ten rounds' train part the grid's four best lay within 0.003)."""

MENTION_RULES = {"alias": "alias", "adjective": "adjective", "demonym": "demonym", "leader": "leader",
                 "pronoun": "pronoun"}
"""Gold mention types as the registry's rules (``implicit`` mentions have no span: they are not examples)."""

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Example:
    """One gold (quote, target) pair as the speaker model sees it."""

    article: str
    context: TargetContext
    speaking: Speaking
    label: str
    stretch: str = ""
    start: int = 0
    end: int = 0


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _words(text: str, spans) -> set[int]:
    return {m.start() for s, e in spans for m in _WORD.finditer(text, s, e)}


def _stretch(doc: Document, label: Label) -> tuple[int, int]:
    """The sentence stretch of the content piece holding the mention (the mention's sentence otherwise)."""
    start = label.mention[0]
    sentence = doc.sentences[doc.sentence_of(start)] if doc.sentences else None
    for lo, hi in label.content:
        if lo <= start < hi:
            if sentence is None:
                return lo, hi
            return max(lo, sentence.start), min(hi, sentence.end)
    return (sentence.start, sentence.end) if sentence else (0, len(doc.text))


def examples(parts: Sequence[str] = ("train",), paths: Sequence[Path] | None = None) -> list[Example]:
    """The examples of some parts of the team stance set (see the module docstring)."""
    team = load_set(paths or sorted((DATA_DIR / "stance").glob("labels-*.jsonl")), parts=parts)
    docs = documents(team.articles)
    quotes = extract_quotes(team.articles, docs=docs)
    by_article = {a: f.to_dict("records") for a, f in quotes.groupby("article_id", sort=False)}
    out = []
    for label in team.labels:
        if label.mention is None or label.get("mention_type") not in MENTION_RULES:
            continue
        doc = docs[label.article]
        gold = _words(doc.text, label.content)
        best, share = None, 0.5
        for row in by_article.get(label.article, []):
            held = len(gold & _words(doc.text, row["spans"])) / max(len(gold), 1)
            if held >= share and (best is None or held > share):
                best, share = row, held
        if best is not None:
            speaker_type, country = _text(best["speaker_type"]), _text(best["speaker_country"])
            cue, kind, speaker = _text(best["cue"]), _text(best["kind"]), _text(best["speaker"])
        else:
            mention = label.source or label.entity
            resolved = resolve_speakers(doc, [mention])[0] if mention else None
            speaker_type = resolved.type if resolved and resolved.speaker else ""
            country = (resolved.country or "") if resolved else ""
            speaker = (resolved.speaker or "") if resolved else ""
            cue, kind = "", quote_kind(" ".join(doc.text[s:e] for s, e in label.content))
        lo, hi = _stretch(doc, label)
        context = context_in(doc, lo, hi, *label.mention)
        speaking = Speaking(str(label.get("target")), speaker_type, country, cue, kind,
                            MENTION_RULES[str(label.get("mention_type"))], speaker)
        out.append(Example(label.article, context, speaking, str(label.get("label")), doc.text[lo:hi],
                           label.mention[0] - lo, label.mention[1] - lo))
    return out


def featurize(items: Sequence[Example]) -> list[dict[str, float]]:
    """Speaker features of each example, the text model's probabilities among them."""
    text_model = load_model(str(TEXT_MODEL))
    texts = [text_features(e.context) for e in items]
    probabilities = text_model.probabilities(texts) if items else []
    return [speaker_features(e.context, e.speaking, tuple(p), text) for e, p, text in zip(items, probabilities, texts)]


def _folds(items: Sequence[Example], k: int) -> list[list[int]]:
    articles = sorted({e.article for e in items})
    random.Random(SEED).shuffle(articles)
    fold_of = {a: i % k for i, a in enumerate(articles)}
    return [[j for j, e in enumerate(items) if fold_of[e.article] == f] for f in range(k)]


def cross_validate(items: Sequence[Example], features: list[dict[str, float]], *, c: float, balanced: bool) -> float:
    """Macro-F1 of grouped (by article) cross-validation."""
    gold, predicted = [], []
    for held in _folds(items, FOLDS):
        held_set = set(held)
        train = [j for j in range(len(items)) if j not in held_set]
        names, coef, intercept = fit([features[j] for j in train], [items[j].label for j in train], c=c,
                                     mix=0.0, balanced=balanced)
        values = logits([features[j] for j in held], names, coef, intercept)
        gold += [items[j].label for j in held]
        predicted += [LABELS[i] for i in values.argmax(axis=1)]
    return scores(gold, predicted)["f1_macro"]


def choose_setting(results: dict[tuple[float, bool], float]) -> tuple[float, bool]:
    """The (C, balanced) setting to train with: the most regularised of those whose cross-validated macro-F1 is
    within :data:`CV_TOLERANCE` of the best, balanced class weights first."""
    best = max(results.values())
    return min((key for key, value in results.items() if value >= best - CV_TOLERANCE),
               key=lambda key: (key[0], not key[1]))


def train_speaker_model(*, c: float | None = None, balanced: bool | None = None) -> dict:
    """Train the speaker model on the team set's train part (C and class weights by cross-validation unless
    given) and return the JSON-ready model dict."""
    items = examples(("train",))
    features = featurize(items)
    grid = [(cc, bb) for cc in ((c,) if c is not None else C_GRID)
            for bb in ((balanced,) if balanced is not None else (False, True))]
    results = {(cc, bb): cross_validate(items, features, c=cc, balanced=bb) for cc, bb in grid}
    best_c, best_balanced = choose_setting(results)
    names, coef, intercept = fit(features, [e.label for e in items], c=best_c, mix=0.0, balanced=best_balanced)
    labels_file = sorted((DATA_DIR / "stance").glob("labels-*.jsonl"))
    training = {"set": "benchmarks/data/stance (train part)", "examples": len(items),
                "articles": len({e.article for e in items}), "c": best_c, "balanced": best_balanced,
                "cross_validation": {f"c={cc} balanced={bb}": round(v, 4) for (cc, bb), v in results.items()},
                "labels_sha256": {p.name: sha256_file(p) for p in labels_file},
                "text_model_sha256": sha256_file(TEXT_MODEL)}
    return model_dict(names, coef, intercept, np.zeros(3), training)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis train-stance [-o MODEL] [--c C] [--balanced|--no-balanced]``."""
    parser = argparse.ArgumentParser(prog="analysis train-stance", description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default=str(SPEAKER_MODEL), help="model file to write")
    parser.add_argument("--c", type=float, default=None, help="inverse regularisation (default: cross-validated)")
    parser.add_argument("--balanced", action=argparse.BooleanOptionalAction, default=None,
                        help="class weights inverse to frequency (default: cross-validated)")
    args = parser.parse_args(argv)
    model = train_speaker_model(c=args.c, balanced=args.balanced)
    path = write_model(model, args.output)
    t = model["training"]
    print(f"wrote {path} ({len(model['weights'])} features; {t['examples']} examples from {t['articles']} "
          f"articles; c={t['c']} balanced={t['balanced']}; cross-validation {t['cross_validation']})")
    return 0
