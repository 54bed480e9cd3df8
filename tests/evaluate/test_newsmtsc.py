import json

import pytest

from analysis.datasets.newsmtsc import NEWSMTSC_COLUMNS, read_newsmtsc
from analysis.evaluate.metrics import scores
from analysis.evaluate.newsmtsc import evaluate_newsmtsc, main

from ..conftest import NEWSMTSC, need

SENTENCE = "Critics praised Smith but mocked Jones."


def write_lines(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture()
def original_file(tmp_path):
    return write_lines(tmp_path / "mt.jsonl", [{
        "primary_gid": "s1", "sentence_normalized": SENTENCE,
        "targets": [
            {"Input.gid": "t1", "from": 16, "to": 21, "mention": "Smith", "polarity": 6.0},
            {"Input.gid": "t2", "from": 33, "to": 38, "mention": "Jones", "polarity": 2.0,
             "further_mentions": [{"from": 0, "to": 7, "mention": "Critics"}]},
        ]}])


@pytest.fixture()
def hf_file(tmp_path):
    return write_lines(tmp_path / "mt-hf.jsonl", [
        {"mention": "Smith", "polarity": 1, "from": 16, "to": 21, "sentence": SENTENCE, "id": "t1"},
        {"mention": "Jones", "polarity": -1, "from": 33, "to": 38, "sentence": SENTENCE, "id": "t2"},
    ])


def test_both_formats_read_the_same(original_file, hf_file):
    original, hf = read_newsmtsc(original_file), read_newsmtsc(hf_file)
    assert list(original.columns) == list(NEWSMTSC_COLUMNS)
    cols = ["sentence", "start", "end", "mention", "label"]
    assert original[cols].values.tolist() == hf[cols].values.tolist() == [
        [SENTENCE, 16, 21, "Smith", "positive"], [SENTENCE, 33, 38, "Jones", "negative"]]
    for row in original.itertuples():
        assert row.sentence[row.start:row.end] == row.mention


def test_bad_lines_are_named(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"sentence": "x", "from": 0, "to": 1, "polarity": 9}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="bad.jsonl:1: unknown polarity"):
        read_newsmtsc(bad)
    bad.write_text("{oops\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not JSON"):
        read_newsmtsc(bad)


def test_scores_by_hand():
    gold = ["negative", "negative", "neutral", "positive"]
    predicted = ["negative", "neutral", "neutral", "negative"]
    result = scores(gold, predicted)
    # negative: P 1/2 R 1/2 F 1/2; neutral: P 1/2 R 1 F 2/3; positive: 0
    assert result["f1_macro"] == pytest.approx((0.5 + 2 / 3 + 0) / 3)
    assert result["accuracy"] == 0.5
    assert result["per_class"]["neutral"] == pytest.approx(
        {"precision": 0.5, "recall": 1.0, "f1": 2 / 3, "support": 1})
    with pytest.raises(ValueError):
        scores(["negative"], [])


def test_evaluate_small_file(original_file):
    result = evaluate_newsmtsc(original_file, method="vader")
    assert result["n"] == 2 and result["method"] == "vader"
    assert result["accuracy"] == 1.0  # praised -> Smith positive, mocked -> Jones negative, clause by clause


@pytest.mark.parametrize(("method", "floor"), [("default", 0.64), ("vader", 0.5)])
def test_dev_split_accuracy_floor(method, floor):
    """A regression guard on the dev split (tuning data): the test split is for reported figures only."""
    path = need(NEWSMTSC / "experiments_splits" / "newsmtsc-mt" / "dev.jsonl")
    result = evaluate_newsmtsc(path, method=method)
    assert result["n"] == 442
    assert result["f1_macro"] >= floor


def test_cli_main_prints_and_writes_json(original_file, tmp_path, capsys):
    out = tmp_path / "scores.json"
    assert main([str(original_file), "--method", "vader", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    # no neutral target: its F1 is 0, and F1m stays the mean over the three classes (as in the paper)
    assert "F1m 0.6667  accuracy 1.0000" in printed and "method=vader" in printed
    assert json.loads(out.read_text())["n"] == 2
    assert main([str(tmp_path / "missing.jsonl")]) == 2


def test_cli_through_python_m_analysis(original_file, capsys):
    from analysis.cli import main as cli_main

    assert cli_main(["evaluate", "newsmtsc", str(original_file), "--method", "vader"]) == 0
    assert "F1m" in capsys.readouterr().out
