"""Train the text model: how a sentence treats a target, on NewsMTSC.

``python -m analysis train-stance --text`` reads ``../shared/stance/newsmtsc/train.jsonl``, fits the linear model
on :func:`analysis.stance.features.text_features` and tunes three per-class offsets on the dev splits (a prior
correction: the training file is class-boosted, news is not; the worst split decides), then writes
:data:`analysis.stance.labels.TEXT_MODEL`.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from analysis.datasets.newsmtsc import DEV, TRAIN, read_newsmtsc, split_name
from analysis.evaluate.metrics import scores
from analysis.stance.context import target_context
from analysis.stance.features import text_features
from analysis.stance.labels import LABELS, TEXT_MODEL
from analysis.training.linear import (
    fit,
    logits,
    model_dict,
    prune,
    sha256_file,
    tune_offsets,
    write_model,
)

C = 0.1
"""Inverse L2 strength (chosen by 2-fold grouped cross-validation on train and the dev splits)."""

MIN_COUNT = 2
"""A feature must occur in this many training targets to be kept."""


def featurize(sentences: Sequence[str], starts: Sequence[int], ends: Sequence[int]) -> list[dict[str, float]]:
    """Text features of each target."""
    return [text_features(target_context(s, int(a), int(b))) for s, a, b in zip(sentences, starts, ends)]


def train_text_model(train: str | Path = TRAIN, *, dev: Sequence[str | Path] = DEV, c: float = C,
                     min_count: int = MIN_COUNT) -> dict:
    """Train the text model and return the JSON-ready model dict."""
    gold = read_newsmtsc(train)
    features = prune(featurize(gold["sentence"], gold["start"], gold["end"]), min_count)
    names, coef, intercept = fit(features, list(gold["label"]), c=c)
    dev_sets = []
    for path in dev:
        frame = read_newsmtsc(path)
        dev_sets.append((logits(featurize(frame["sentence"], frame["start"], frame["end"]), names, coef, intercept),
                         list(frame["label"])))
    f1 = lambda gold, predicted: scores(gold, predicted)["f1_macro"]  # noqa: E731
    offsets = tune_offsets(dev_sets, f1) if dev_sets else [0.0, 0.0, 0.0]
    dev_info = [{"file": split_name(path), "f1_macro": round(f1(labels, [LABELS[i] for i in
                                                                         (values + offsets).argmax(axis=1)]), 4)}
                for path, (values, labels) in zip(dev, dev_sets)]
    training = {"file": Path(train).name, "sha256": sha256_file(train), "targets": len(gold), "c": c,
                "min_count": min_count, "dev": dev_info}
    return model_dict(names, coef, intercept, offsets, training)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis train-stance --text [--train FILE] [--dev FILE ...] [-o MODEL] [--c C]``."""
    parser = argparse.ArgumentParser(prog="analysis train-stance --text", description=__doc__.splitlines()[0])
    parser.add_argument("--train", default=str(TRAIN), help="NewsMTSC training file")
    parser.add_argument("--dev", nargs="*", default=[str(p) for p in DEV], help="NewsMTSC dev files for the offsets")
    parser.add_argument("-o", "--output", default=str(TEXT_MODEL), help="model file to write")
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    args = parser.parse_args(argv)
    model = train_text_model(args.train, dev=args.dev, c=args.c, min_count=args.min_count)
    path = write_model(model, args.output)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB, {len(model['weights'])} features, "
          f"offsets {model['offsets']}, dev {model['training']['dev']})")
    return 0
