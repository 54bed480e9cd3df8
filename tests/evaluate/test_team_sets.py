"""The team-set evaluations as commands: scores written as JSON, stored predictions scored, wrong options refused."""

import json

import pandas as pd
import pytest

from analysis.datasets.team import load_set
from analysis.evaluate import attribution, stance


@pytest.fixture(scope="module")
def gold_as_predictions(tmp_path_factory):
    """A quotes file that is the dev part's gold itself: one quote per item, its words and its speaker."""
    team = load_set(attribution.default_labels(), parts=("dev",))
    texts = dict(zip(team.articles["article_id"], team.articles["text"]))
    rows = []
    for n, label in enumerate(team.labels):
        text = texts[label.article]
        rows.append({"article_id": label.article, "quote_id": f"{label.article}:{n}", "kind": label.get("kind"),
                     "spans": [list(span) for span in label.content],
                     "text": " ".join(text[s:e] for s, e in label.content),
                     "speaker": text[slice(*label.entity)] if label.entity else None, "rule": "gold"})
    path = tmp_path_factory.mktemp("predictions") / "quotes.jsonl"
    pd.DataFrame(rows).to_json(path, orient="records", lines=True)
    return path


def test_the_gold_itself_scores_as_found_and_the_scores_are_written_as_strict_json(gold_as_predictions, tmp_path):
    out = tmp_path / "scores.json"
    attribution.main(["--part", "dev", "--bootstrap", "0", "--predictions", str(gold_as_predictions),
                      "--json", str(out)])
    scores = json.loads(out.read_text(), parse_constant=lambda name: pytest.fail(f"{name} in strict JSON"))
    overall = next(row for row in scores["scores"] if row["group"] == "all")
    assert scores["part"] == "dev" and overall["n"] > 500
    assert overall["found"] > 0.98 and overall["right_speaker"] > 0.95
    assert overall["found_lo"] is None  # no resamples: no interval, written as null


def test_predictions_keyed_by_other_ids_are_refused(tmp_path):
    path = tmp_path / "quotes.jsonl"
    pd.DataFrame([{"article_id": "politics/199", "quote_id": "q", "kind": "direct", "spans": [[0, 5]],
                   "text": "x", "speaker": "A", "rule": "r"}]).to_json(path, orient="records", lines=True)
    with pytest.raises(ValueError, match="keyed by an article of the set"):
        attribution.main(["--part", "dev", "--predictions", str(path)])


def test_a_file_that_is_no_quotes_table_is_refused(tmp_path):
    path = tmp_path / "quotes.jsonl"
    path.write_text('{"article_id": "bbc:politics/199"}\n')
    with pytest.raises(ValueError, match="missing"):
        attribution.read_predictions(path)


@pytest.mark.parametrize(("module", "option"), [(attribution, ["--method", "vader"]),
                                                 (stance, ["--predictions", "quotes.jsonl"])])
def test_options_of_the_other_evaluation_are_refused_not_ignored(module, option):
    from analysis.cli import build_parser

    args = build_parser().parse_args(["evaluate", module.__name__.rsplit(".", 1)[-1], *option])
    with pytest.raises(ValueError, match="applies to"):
        module.main(args)


@pytest.mark.parametrize(("gold", "target"), [
    ("Swaziland", "Eswatini"),  # a former name the gazetteer keeps as an alias
    ("Burma", "Myanmar"),
    ("Gaza", "Palestine"),  # a territory's part, an alias of the registry's target
    ("China", "China"),  # a registry name stays itself
    ("the West", "the West"),
    ("Atlantis", "Atlantis"),  # a target the registry lacks keeps its name (its pairs can only be missed)
])
def test_a_gold_target_is_read_as_the_registry_names_it(gold, target):
    from analysis.targets import registry

    assert stance.canonical_target(gold, registry()) == target


def test_a_gold_pair_named_by_an_alias_matches_the_row_of_its_target():
    from analysis.datasets.team import Label, TeamSet

    text = "The king of Swaziland was praised, the minister said."
    label = Label("a", 1, "x", ((0, 32),), None, None, None, (12, 21), {"target": "Swaziland", "label": "positive"})
    team = TeamSet([label], pd.DataFrame({"article_id": ["a"], "text": [text]}), [])
    quotes = pd.DataFrame({"article_id": ["a"], "quote_id": ["q"], "spans": [[(0, 32)]]})
    rows = pd.DataFrame({"quote_id": ["q"], "target": ["Eswatini"], "label": ["positive"], "evidence": ["e"]})
    assert stance.match_pairs(team, quotes, rows)["predicted"].tolist() == ["positive"]
