"""Tests of analysis.evaluate.polnear: the PolNeAR scoring, checked against the reference scorer.

The reference (``../shared/tools/score_quotes.py``) is loaded from its file in place; the dev split is read in
place from ../shared.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from collections import Counter

import pandas as pd
import pytest

from analysis.evaluate.polnear import (
    EVALUATION_COLUMNS,
    Item,
    article_counts,
    evaluate_polnear,
    gold_kind,
    load_gold,
    load_predictions,
    main,
    match,
    normalise,
    speaker_right,
    tokens,
)
from analysis.quotes import extract_quotes
from tests.conftest import POLNEAR, SHARED, need

DEV = POLNEAR / "dev"


@pytest.fixture(scope="module")
def reference():
    """The reference scorer module, loaded from ../shared/tools."""
    path = need(SHARED / "tools" / "score_quotes.py")
    spec = importlib.util.spec_from_file_location("reference_score_quotes", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while the file runs
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


@pytest.fixture(scope="module")
def dev_predictions(tmp_path_factory):
    """Our predictions on the dev split, as the JSONL that `analysis quotes --format jsonl` writes."""
    from analysis import load_corpus

    articles, _ = load_corpus(need(DEV) / "text")
    quotes = extract_quotes(articles, progress=False)
    path = tmp_path_factory.mktemp("polnear") / "dev.jsonl"
    quotes.to_json(path, orient="records", lines=True, force_ascii=False)
    return quotes, path


# ---------------------------------------------------------------------------------------------------------
# pieces


@pytest.mark.parametrize("text, expected", [
    ("\u201cWe will win,\u201d", ["we", "will", "win"]),
    ('"Don\u2019t  go."', ["don", "t", "go"]),
    ("  ''It's a deal,'' ", ["it", "s", "a", "deal"]),
    ("\uff21BC", ["abc"]),  # NFKC folds the full-width letter
    ("", []),
    (None, []),
])
def test_tokens(text, expected):
    assert tokens(text) == expected


def test_normalise_strips_edges_and_quote_marks():
    assert normalise(" \u201cThe END.\u201d ") == "the end"


@pytest.mark.parametrize("content, kind", [
    ("\u201cWe will win,\u201d", "direct"),
    ("``We will win,''", "direct"),
    ("that ''a bomb'' had gone off", "mixed"),
    ("the 'surge' worked", "indirect"),
    ("he said \u201cno\u201d twice", "mixed"),
    ("the economy is weak", "indirect"),
])
def test_gold_kind(content, kind):
    assert gold_kind(content) == kind


def test_greedy_one_to_one_matching():
    golds = [Item("\u201cA b c d.\u201d", "direct", "he"), Item("that x y z", "indirect", None)]
    preds = [Item('"a b c d"', "direct", "he"), Item("a b", "direct", "she"), Item("x y z w", "indirect")]
    pairs = match(golds, preds)
    assert sorted((p, g) for p, g, _, _ in pairs) == [(0, 0), (2, 1)]
    counts = article_counts(golds, preds)
    assert (counts["tp50"], counts["tp_exact"], counts["tp_e2e"]) == (2, 1, 2)


@pytest.mark.parametrize("mention, speaker, source, right", [
    ("he", None, "he", True),
    (None, "Donald Trump", "Mr. Trump", True),
    ("Trump", None, None, False),
    (None, None, None, True),
    ("the spokesman", "Josh Earnest", "White House spokesman Josh Earnest", True),
    ("she", "Hillary Clinton", "he", False),
])
def test_speaker_right(mention, speaker, source, right):
    assert speaker_right(Item("x", "direct", mention, speaker), Item("x", "direct", source)) is right


# ---------------------------------------------------------------------------------------------------------
# the split


def test_gold_as_predictions_scores_one():
    gold = load_gold(need(DEV))
    rows = [{"article_id": aid, "kind": g.kind, "text": g.text, "speaker_mention": g.source, "speaker": None}
            for aid, items in gold.items() for g in items]
    scores = evaluate_polnear(DEV, predictions=pd.DataFrame(rows), bootstrap=0)
    assert list(scores.columns) == list(EVALUATION_COLUMNS)
    assert (scores.precision == 1).all() and (scores.recall == 1).all()
    empty = evaluate_polnear(DEV, predictions=pd.DataFrame(columns=["article_id", "kind", "text"]), bootstrap=0)
    assert (empty.recall == 0).all() and (empty.n_pred == 0).all()


def test_agrees_with_the_reference_scorer(reference, dev_predictions):
    _, path = dev_predictions
    gold = reference.load_polnear(str(DEV))
    preds, _ = reference.load_predictions(str(path))
    expected = reference.score(gold, preds, bootstrap=200, seed=3)
    ours = evaluate_polnear(DEV, predictions=path, bootstrap=200, seed=3)
    for row in ours.itertuples():
        ref = expected[row.category]
        assert (row.n_gold, row.n_pred) == ((ref["counts"]["tok_gold"], ref["counts"]["tok_pred"])
                                            if row.metric == "token" else (ref["n_gold"], ref["n_pred"]))
        ref_metric = ref[row.metric]
        assert row.tp == ref_metric["tp"]
        for name, key in (("precision", "p"), ("recall", "r"), ("f1", "f1")):
            assert math.isclose(getattr(row, name), ref_metric[key], abs_tol=1e-12)
            lo, hi = ref_metric[f"{key}_ci95"]
            assert math.isclose(getattr(row, f"{name}_lo"), lo, abs_tol=1e-9)
            assert math.isclose(getattr(row, f"{name}_hi"), hi, abs_tol=1e-9)


def test_dataframe_and_jsonl_predictions_agree(dev_predictions):
    quotes, path = dev_predictions
    a = load_predictions(quotes)
    b = load_predictions(path)
    assert a.keys() == b.keys()
    assert all([(x.text, x.kind, x.source, x.speaker) for x in a[k]] ==
               [(x.text, x.kind, x.source, x.speaker) for x in b[k]] for k in a)


def test_dev_floor(dev_predictions):
    """A regression floor well under the dev figures of docs/attribution.md (direct+mixed 0.87, indirect 0.51)."""
    quotes, _ = dev_predictions
    scores = evaluate_polnear(DEV, predictions=quotes, bootstrap=0).set_index(["category", "metric"])
    assert scores.loc[("direct_mixed", "iou50"), "f1"] > 0.82
    assert scores.loc[("direct_mixed", "e2e"), "f1"] > 0.78
    assert scores.loc[("indirect", "iou50"), "f1"] > 0.45


def test_main_prints_and_writes_json(dev_predictions, tmp_path, capsys):
    _, path = dev_predictions
    out = tmp_path / "scores.json"
    assert main([str(DEV), "--predictions", str(path), "--bootstrap", "20", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "direct_mixed" in printed and "F1 95% CI" in printed
    records = json.loads(out.read_text())
    assert Counter(r["category"] for r in records) == {"direct_mixed": 4, "indirect": 4, "all": 4}
    assert main([str(tmp_path / "missing")]) == 2
