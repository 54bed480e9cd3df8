"""Fitting and writing the linear stance models: reproducible files, the naive-Bayes scale, raw weights."""

import gzip
import json

import numpy as np
import pytest

from analysis.stance.labels import LABELS
from analysis.training.linear import fit, nb_scale, write_model
from analysis.training.text_model import featurize, train_text_model

from ..conftest import NEWSMTSC, need


def test_text_model_training_is_reproducible_byte_for_byte(tmp_path):
    train = need(NEWSMTSC / "train.jsonl")
    lines = train.read_text(encoding="utf-8").splitlines(keepends=True)
    small, dev = tmp_path / "train.jsonl", tmp_path / "dev.jsonl"
    small.write_text("".join(lines[:400]), encoding="utf-8")
    dev.write_text("".join(lines[400:500]), encoding="utf-8")
    first = write_model(train_text_model(small, dev=[dev]), tmp_path / "a.json.gz").read_bytes()
    second = write_model(train_text_model(small, dev=[dev]), tmp_path / "b.json.gz").read_bytes()
    assert first == second
    model = json.loads(gzip.decompress(first))
    assert model["training"]["targets"] > 400 and len(model["offsets"]) == 3
    assert featurize(["Beijing won."], [0], [7])[0]["bias"] == 1.0


def test_nb_scale_favours_features_tied_to_one_class():
    from scipy.sparse import csr_matrix

    y = np.array([0, 0, 0, 1, 1, 1, 2, 2, 2])
    # column 0 only in negatives, column 1 in every target, column 2 in half of each class's targets
    x = csr_matrix(np.array([[1, 1, 1], [1, 1, 0], [1, 1, 1], [0, 1, 0], [0, 1, 1], [0, 1, 0],
                             [0, 1, 1], [0, 1, 0], [0, 1, 1]], dtype=float))
    scale = nb_scale(x, y, mix=0.5)
    assert scale.shape == (3,) and scale[0] > 1.0 > scale[1] and scale[0] > scale[2]
    assert np.isclose(scale.mean(), 1.0)
    assert np.allclose(nb_scale(x, y, mix=0.0), 1.0)


@pytest.mark.parametrize("balanced", [False, True])
def test_training_on_scaled_features_stores_weights_for_raw_ones(balanced):
    features = [{"bias": 1.0, "w:good": 1.0}, {"bias": 1.0, "w:bad": 1.0}, {"bias": 1.0, "w:so": 1.0}] * 20
    labels = ["positive", "negative", "neutral"] * 20
    names, coef, intercept = fit(features, labels, c=0.1, balanced=balanced)
    assert names == ["bias", "w:bad", "w:good", "w:so"] and coef.shape == (4, 3) and intercept.shape == (3,)
    logits = {name: coef[k] + coef[0] + intercept for k, name in enumerate(names)}
    assert [LABELS[int(np.argmax(logits[w]))] for w in ("w:good", "w:bad", "w:so")] == ["positive", "negative",
                                                                                          "neutral"]
