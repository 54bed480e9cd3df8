"""Train the default stance model: logistic regression on target-aware features of NewsMTSC.

``python scripts/train_stance.py`` (or :func:`main`) reads ``../shared/stance/newsmtsc/train.jsonl``, fits
scikit-learn's ``LogisticRegression`` on :func:`analysis.stance_features.target_features` (each feature scaled
by its naive-Bayes class association, :func:`nb_scale`), tunes three per-class offsets on the dev splits (a
prior correction: the training file is class-boosted, news is not; the worst split decides) and writes
``analysis/models/stance_linear.json.gz``: gzip (no timestamp) of sorted JSON with rounded weights, so a rerun
writes the same bytes. No pickle: the file is data that :class:`analysis.stance.LinearStanceModel` reads.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .evaluate.newsmtsc import LABELS, read_newsmtsc, scores
from .paths import MODELS, PROJECT_DIR
from .stance_features import FEATURES_VERSION, target_context, target_features

NEWSMTSC_DIR = PROJECT_DIR.parent / "shared" / "stance" / "newsmtsc"
"""NewsMTSC beside the project (``../shared``)."""

DEFAULT_TRAIN = NEWSMTSC_DIR / "train.jsonl"
DEFAULT_DEV = (
    NEWSMTSC_DIR / "experiments_splits" / "newsmtsc-mt" / "dev.jsonl",
    NEWSMTSC_DIR / "experiments_splits" / "newsmtsc-rw" / "dev.jsonl",
)

DEFAULT_MODEL = MODELS / "stance_linear.json.gz"
MODEL_FORMAT = "analysis.stance.linear/1"

C = 0.1
"""Inverse L2 strength (chosen by 2-fold grouped cross-validation on train and the dev splits)."""

MIN_COUNT = 2
"""A feature must occur in this many training targets to be kept (smaller file, less noise)."""

SEED = 0

NB_MIX = 0.5
"""How much each feature's class-association scale counts (0: plain logistic regression; see :func:`nb_scale`)."""

NB_ALPHA = 1.0
"""Additive smoothing of the per-class feature counts in :func:`nb_scale`."""

OFFSET_GRID = np.round(np.arange(-1.0, 1.0001, 0.05), 2)
DECIMALS = 5


def split_name(path: str | Path) -> str:
    """A NewsMTSC file as ``split/file`` (``newsmtsc-mt/dev.jsonl``), as model metadata names it."""
    return Path(path).parent.name + "/" + Path(path).name


def featurize(sentences: Sequence[str], starts: Sequence[int], ends: Sequence[int]) -> list[dict[str, float]]:
    """Features of each target (see :func:`analysis.stance_features.target_features`)."""
    return [target_features(target_context(s, int(a), int(b))) for s, a, b in zip(sentences, starts, ends)]


def sha256_file(path: str | Path) -> str:
    """SHA-256 of a file, read in 1 MiB chunks (model metadata and the encoder weights' check)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _prune(features: list[dict[str, float]], min_count: int) -> list[dict[str, float]]:
    counts = Counter(name for f in features for name in f)
    return [{k: v for k, v in f.items() if counts[k] >= min_count} for f in features]


def nb_scale(x, y: np.ndarray, *, mix: float = NB_MIX, alpha: float = NB_ALPHA) -> np.ndarray:
    """Per-feature scale from naive-Bayes class association (after Wang & Manning's NBSVM, 2012).

    A feature's informativeness is its largest absolute log-ratio between one class's smoothed occurrence rate
    and the mean over classes; the scale mixes it (normalised to mean 1) with 1. Scaling a column by ``s``
    before an L2-penalised fit penalises it less when it is informative; the fitted weights are multiplied back
    by ``s``, so the stored model stays linear in the unscaled features.
    """
    occurs = (abs(x) > 0).astype(float)
    rates = []
    for k in range(len(LABELS)):
        counts = alpha + np.asarray(occurs[y == k].sum(axis=0)).ravel()
        rates.append(counts / counts.sum())
    rates = np.array(rates)
    ratio = np.abs(np.log(rates / rates.mean(axis=0))).max(axis=0)
    return (1.0 - mix) + mix * ratio / ratio.mean()


def fit(features: list[dict[str, float]], labels: Sequence[str], *, c: float = C):
    """Fit the logistic regression; return ``(names, coef (n_features, 3), intercept (3,))``."""
    import scipy.sparse as sp
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(features)
    y = np.array([LABELS.index(label) for label in labels])
    scale = nb_scale(x, y)
    model = LogisticRegression(C=c, max_iter=5000, random_state=SEED)
    model.fit(x @ sp.diags(scale), y)
    return list(vectorizer.get_feature_names_out()), (model.coef_ * scale).T.copy(), model.intercept_.copy()


def _logits(features: list[dict[str, float]], names: list[str], coef: np.ndarray, intercept: np.ndarray):
    index = {name: i for i, name in enumerate(names)}
    out = np.tile(intercept, (len(features), 1))
    for row, f in enumerate(features):
        for name, value in f.items():
            i = index.get(name)
            if i is not None:
                out[row] += coef[i] * value
    return out


def tune_offsets(dev: list[tuple[np.ndarray, list[str]]]) -> np.ndarray:
    """Per-class logit offsets (negative fixed at 0) maximising the worst F1m over the dev sets.

    The worst dev set decides (the mean breaks ties): the model must hold on multi-target sentences (mt) and
    on the real-world distribution (rw) alike.
    """
    best, best_score = np.zeros(3), -1.0
    for neutral, positive in itertools.product(OFFSET_GRID, OFFSET_GRID):
        offsets = np.array([0.0, neutral, positive])
        each = [scores(gold, [LABELS[i] for i in (logits + offsets).argmax(axis=1)])["f1_macro"]
                for logits, gold in dev]
        score = min(each) + 1e-3 * float(np.mean(each))
        if score > best_score + 1e-12:
            best, best_score = offsets, score
    return best


def train_linear(train: str | Path = DEFAULT_TRAIN, *, dev: Sequence[str | Path] = DEFAULT_DEV, c: float = C,
                 min_count: int = MIN_COUNT) -> dict:
    """Train the default stance model and return it as the JSON-ready dict that :func:`write_model` stores.

    Args:
        train: a NewsMTSC training file.
        dev: NewsMTSC dev files for the class offsets (none: offsets stay 0).
        c: inverse regularisation strength.
        min_count: minimum number of training targets a feature must occur in.

    Returns:
        ``{"format", "features_version", "labels", "intercept", "offsets", "training", "weights"}`` where
        ``weights`` maps each feature name to its three class weights.
    """
    gold = read_newsmtsc(train)
    features = _prune(featurize(gold["sentence"], gold["start"], gold["end"]), min_count)
    names, coef, intercept = fit(features, list(gold["label"]), c=c)
    coef, intercept = np.round(coef, DECIMALS), np.round(intercept, DECIMALS)
    dev_sets, dev_info = [], []
    for path in dev:
        frame = read_newsmtsc(path)
        logits = _logits(featurize(frame["sentence"], frame["start"], frame["end"]), names, coef, intercept)
        dev_sets.append((logits, list(frame["label"])))
    offsets = tune_offsets(dev_sets) if dev_sets else np.zeros(3)
    for path, (logits, labels) in zip(dev, dev_sets):
        predicted = [LABELS[i] for i in (logits + offsets).argmax(axis=1)]
        dev_info.append({"file": split_name(path),
                         "f1_macro": round(scores(labels, predicted)["f1_macro"], 4)})
    return {
        "format": MODEL_FORMAT,
        "features_version": FEATURES_VERSION,
        "labels": list(LABELS),
        "intercept": [float(v) for v in intercept],
        "offsets": [float(v) for v in offsets],
        "training": {
            "file": Path(train).name, "sha256": sha256_file(train), "targets": len(gold), "c": c,
            "min_count": min_count, "solver": "lbfgs", "seed": SEED, "dev": dev_info,
        },
        "weights": {name: [float(v) for v in row] for name, row in zip(names, coef) if np.any(row)},
    }


def write_model(model: dict, path: str | Path = DEFAULT_MODEL) -> Path:
    """Write a model dict as gzip-compressed sorted JSON with no timestamp (same model, same bytes)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(model, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    tmp.replace(path)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """``python scripts/train_stance.py [--train FILE] [--dev FILE ...] [-o MODEL] [--c C]``."""
    parser = argparse.ArgumentParser(prog="train_stance", description="train the default (linear) stance model")
    parser.add_argument("--train", default=str(DEFAULT_TRAIN), help="NewsMTSC training file")
    parser.add_argument("--dev", nargs="*", default=[str(p) for p in DEFAULT_DEV],
                        help="NewsMTSC dev files for the class offsets")
    parser.add_argument("-o", "--output", default=str(DEFAULT_MODEL), help="model file to write")
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    args = parser.parse_args(argv)
    model = train_linear(args.train, dev=args.dev, c=args.c, min_count=args.min_count)
    path = write_model(model, args.output)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB, {len(model['weights'])} features, "
          f"offsets {model['offsets']}, dev {model['training']['dev']})")
    return 0
