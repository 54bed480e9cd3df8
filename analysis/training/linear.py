"""Fitting and writing a linear stance model (shared by the text and the speaker model).

Logistic regression (scikit-learn) on named features, each scaled by its naive-Bayes class association
(:func:`nb_scale`), optional per-class offsets tuned on development data, and a model file of gzip-compressed
sorted JSON with rounded weights (no timestamp, no pickle: a rerun writes the same bytes).
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from analysis.stance.features import FEATURES_VERSION
from analysis.stance.labels import LABELS
from analysis.stance.linear import MODEL_FORMAT

SEED = 0
DECIMALS = 5
OFFSET_GRID = np.round(np.arange(-1.0, 1.0001, 0.05), 2)

NB_MIX = 0.5
"""How much each feature's class-association scale counts (0: plain logistic regression; see :func:`nb_scale`)."""

NB_ALPHA = 1.0
"""Additive smoothing of the per-class feature counts in :func:`nb_scale`."""


def sha256_file(path: str | Path) -> str:
    """SHA-256 of a file, read in 1 MiB chunks (model metadata)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def prune(features: list[dict[str, float]], min_count: int) -> list[dict[str, float]]:
    """Drop the features that occur in fewer than ``min_count`` examples."""
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


def fit(features: list[dict[str, float]], labels: Sequence[str], *, c: float, mix: float = NB_MIX,
        weights: Sequence[float] | None = None, balanced: bool = False):
    """Fit the logistic regression; return ``(names, coef (n_features, 3), intercept (3,))``.

    Args:
        features: one feature dict per example.
        labels: the gold labels.
        c: inverse L2 strength.
        mix: how much the naive-Bayes scale counts.
        weights: one weight per example (None: all 1).
        balanced: weigh the classes inversely to their frequency.
    """
    import scipy.sparse as sp
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(features)
    y = np.array([LABELS.index(label) for label in labels])
    scale = nb_scale(x, y, mix=mix)
    model = LogisticRegression(C=c, max_iter=5000, random_state=SEED,
                               class_weight="balanced" if balanced else None)
    model.fit(x @ sp.diags(scale), y, sample_weight=None if weights is None else np.asarray(weights))
    return list(vectorizer.get_feature_names_out()), (model.coef_ * scale).T.copy(), model.intercept_.copy()


def logits(features: list[dict[str, float]], names: list[str], coef: np.ndarray, intercept: np.ndarray) -> np.ndarray:
    """The logits of feature dicts under fitted weights (for tuning, before a model file exists)."""
    index = {name: i for i, name in enumerate(names)}
    out = np.tile(intercept, (len(features), 1))
    for row, f in enumerate(features):
        for name, value in f.items():
            i = index.get(name)
            if i is not None:
                out[row] += coef[i] * value
    return out


def tune_offsets(dev: list[tuple[np.ndarray, list[str]]], score: Callable[[list[str], list[str]], float]) -> np.ndarray:
    """Per-class logit offsets (negative fixed at 0) maximising the worst score over the dev sets (the mean
    breaks ties)."""
    best, best_score = np.zeros(3), -1.0
    for neutral, positive in itertools.product(OFFSET_GRID, OFFSET_GRID):
        offsets = np.array([0.0, neutral, positive])
        each = [score(gold, [LABELS[i] for i in (values + offsets).argmax(axis=1)]) for values, gold in dev]
        value = min(each) + 1e-3 * float(np.mean(each))
        if value > best_score + 1e-12:
            best, best_score = offsets, value
    return best


def model_dict(names: list[str], coef: np.ndarray, intercept: np.ndarray, offsets: np.ndarray, training: dict) -> dict:
    """The JSON-ready model that :func:`write_model` stores and :class:`analysis.stance.linear.LinearModel`
    reads."""
    coef, intercept = np.round(coef, DECIMALS), np.round(intercept, DECIMALS)
    return {
        "format": MODEL_FORMAT,
        "features_version": FEATURES_VERSION,
        "labels": list(LABELS),
        "intercept": [float(v) for v in intercept],
        "offsets": [float(v) for v in offsets],
        "training": training,
        "weights": {name: [float(v) for v in row] for name, row in zip(names, coef) if np.any(row)},
    }


def write_model(model: dict, path: str | Path) -> Path:
    """Write a model dict as gzip-compressed sorted JSON with no timestamp (same model, same bytes)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(model, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    tmp.replace(path)
    return path
