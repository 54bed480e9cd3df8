"""The linear models: per-class weights of named features, read from a gzip JSON file (no pickle).

One class serves both models (:data:`~analysis.stance.labels.TEXT_MODEL`, :data:`~analysis.stance.labels.SPEAKER_MODEL`):
it scores feature dicts in one sparse product and names, for each label it gives, the features that favoured
that label most (the row's evidence, in words).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np

from analysis.stance.features import FEATURES_VERSION, describe_feature
from analysis.stance.labels import EVIDENCE_SIZE, LABELS, Stance

MODEL_FORMAT = "analysis.stance.linear/1"
"""What a model file says it is."""


class ModelFileError(ValueError):
    """A model file that this code cannot use (another feature version, another format); the message says how
    to retrain."""


class LinearModel:
    """Per-class weights of named features.

    Args:
        weights: feature name -> one weight per label.
        intercept: one value per label.
        offsets: per-label prior correction added to the logits.
        meta: what the model file says about its training.
    """

    def __init__(self, weights: dict[str, Sequence[float]], intercept: Sequence[float], *,
                 offsets: Sequence[float] = (0.0, 0.0, 0.0), meta: dict | None = None) -> None:
        self.index = {name: i for i, name in enumerate(weights)}
        self.names = list(weights)
        self.coef = np.array(list(weights.values()), dtype=np.float64).reshape(len(weights), len(LABELS))
        self.bias = np.asarray(intercept, dtype=np.float64) + np.asarray(offsets, dtype=np.float64)
        self.meta = meta or {}
        self._described: dict[str, str] = {}

    @classmethod
    def load(cls, path: str | Path) -> "LinearModel":
        """Read a model file written by :func:`analysis.training.linear.write_model`.

        Raises:
            ModelFileError: the file was made for another feature version or format.
            FileNotFoundError: no such file.
        """
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        if data.get("format") != MODEL_FORMAT or tuple(data.get("labels", ())) != LABELS:
            raise ModelFileError(f"{path} is not a {MODEL_FORMAT} model with labels {LABELS}")
        if data.get("features_version") != FEATURES_VERSION:
            raise ModelFileError(f"{path} was trained on features {data.get('features_version')!r}, this code makes "
                                 f"{FEATURES_VERSION!r}: retrain with `python -m analysis train-stance`")
        return cls(data["weights"], data["intercept"], offsets=data.get("offsets", (0, 0, 0)),
                   meta=data.get("training", {}))

    def probabilities(self, features: Sequence[dict[str, float]]) -> np.ndarray:
        """P(label) of each feature dict, shape ``(n, 3)``."""
        return self._scored(features)[0]

    def predict(self, features: Sequence[dict[str, float]], *, method: str = "linear",
                describe: Callable[[str], str] = describe_feature) -> list[Stance]:
        """A :class:`Stance` per feature dict: the most probable label, P(pos) - P(neg), and as evidence the
        features whose contribution to that label exceeds their contribution to either other label the most."""
        if not features:
            return []
        prob, idx, val, row_of = self._scored(features)
        rows = len(features)
        best = prob.argmax(axis=1)
        contribution = self.coef[idx] * val[:, None]
        mine = best[row_of]
        others = np.where(mine[:, None] == np.arange(len(LABELS)), -np.inf, contribution).max(axis=1)
        margin = contribution[np.arange(len(idx)), mine] - others
        favouring = np.flatnonzero(margin > 0)
        order = favouring[np.lexsort((-margin[favouring], row_of[favouring]))].tolist()
        starts = np.concatenate(([0], np.cumsum(np.bincount(row_of[favouring], minlength=rows)))).tolist()
        names, described = self.names, self._described
        idx_list, margins, labels = idx.tolist(), margin.tolist(), best.tolist()
        scores = (prob[:, 2] - prob[:, 0]).tolist()
        out = []
        for r in range(rows):
            evidence = []
            for k in order[starts[r]:min(starts[r] + EVIDENCE_SIZE, starts[r + 1])]:
                name = names[idx_list[k]]
                words = described.get(name)
                if words is None:
                    words = described[name] = describe(name)
                evidence.append(f"{words} ({margins[k]:+.2f})")
            out.append(Stance(LABELS[labels[r]], round(scores[r], 4), tuple(evidence), method))
        return out

    def _scored(self, features: Sequence[dict[str, float]]):
        from scipy.sparse import csr_matrix

        keys: list[str] = []
        values: list[float] = []
        sizes: list[int] = []
        for feats in features:
            keys.extend(feats)
            values.extend(feats.values())
            sizes.append(len(feats))
        rows = len(features)
        idx = np.fromiter(map(self.index.get, keys, repeat(-1)), dtype=np.intp, count=len(keys))
        known = idx >= 0
        idx, val = idx[known], np.asarray(values, dtype=np.float64)[known]
        row_of = np.repeat(np.arange(rows), sizes)[known]
        bounds = np.concatenate(([0], np.cumsum(np.bincount(row_of, minlength=rows)))).tolist()
        logits = np.asarray(csr_matrix((val, idx, bounds), shape=(rows, len(self.names))) @ self.coef) + self.bias
        exp = np.exp(logits - logits.max(axis=1, keepdims=True))
        return exp / exp.sum(axis=1, keepdims=True), idx, val, row_of


@lru_cache(maxsize=4)
def load_model(path: str) -> LinearModel:
    """The model at ``path``, loaded once per process."""
    return LinearModel.load(path)
