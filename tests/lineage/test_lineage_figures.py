"""Figures of notebook 04 and their drill-down tables (analysis.lineage_figures)."""

import matplotlib
import pandas as pd
import pytest

from analysis import lineage_figures as figures
from analysis.lineage import quote_lineage

matplotlib.use("Agg")

ARTICLES = pd.DataFrame({"article_id": ["a1", "a2", "a3", "a4"],
                         "source": ["Herald", "Courier", "Ledger", "Herald"],
                         "date": pd.to_datetime(["2024-03-04", "2024-03-05", "2024-03-09", "2024-03-10"])})
STATEMENT = '"We will not let this reckless plan destroy the jobs of thousands of families in our state,"'
QUOTES = pd.DataFrame({
    "quote_id": ["q1", "q2", "q3", "q4", "q5"],
    "article_id": ["a1", "a2", "a3", "a2", "a4"],
    "kind": ["direct", "direct", "mixed", "direct", "direct"],
    "text": [STATEMENT, STATEMENT, 'she would not let the "reckless plan destroy the jobs of thousands" there',
             '"Our schools need more teachers, not more paperwork,"', '"Our schools need more teachers, not more '
                                                                      'paperwork,"'],
    "speaker": ["Maria Ortiz", "Ortiz", "Ortiz", "Maria Ortiz", "Ortiz"],
    "speaker_named": [True] * 5,
})


@pytest.fixture(scope="module")
def lineage():
    return quote_lineage(QUOTES, ARTICLES)


def test_most_carried_names_speaker_statement_outlets_and_the_first(lineage):
    data = figures.most_carried(lineage, QUOTES).data
    top = data.iloc[0]
    assert (top["n_sources"], top["first_source"], str(top["first_date"].date())) == (3, "Herald", "2024-03-04")
    assert top["outlets"] == "Courier; Herald; Ledger" and "reckless plan" in top["statement"]
    assert top["speaker"] == "Maria Ortiz"  # the reference quote's speaker


def test_overlap_counts_statements_both_outlets_carried(lineage):
    data = figures.outlet_overlap(lineage).data.set_index(["source", "other_source"])["shared"]
    assert data[("Herald", "Courier")] == 2 and data[("Courier", "Ledger")] == 1 and data[("Herald", "Herald")] == 2
    assert figures.busiest_pair(figures.outlet_overlap(lineage).data) == ("Courier", "Herald")


def test_lag_is_days_after_the_first_appearance(lineage):
    data = figures.pickup_lag(lineage).data
    lags = data.groupby("source")["lag_days"].apply(sorted).to_dict()
    assert lags == {"Herald": [0, 5], "Courier": [0, 1], "Ledger": [5]}  # reckless plan from 03-04, schools 03-05


def test_renderings_share_per_outlet(lineage):
    data = figures.renderings(lineage).data.set_index(["source", "match"])
    assert data.loc[("Ledger", "partial"), "share"] == 1.0


def test_drill_down_lists_the_quotes_of_a_statement_in_date_order(lineage):
    lid = lineage.set_index("quote_id").at["q1", "lineage_id"]
    table = figures.statement_quotes(lineage, QUOTES, lineage_ids=[lid])
    assert list(table.columns) == figures.DRILL_COLUMNS
    assert table["quote_id"].tolist() == ["q1", "q2", "q3"] and table["first"].tolist() == [True, False, False]
    assert figures.statement_quotes(lineage, QUOTES, matches=["partial"])["quote_id"].tolist() == ["q3"]


@pytest.mark.parametrize("figure", [figures.outlet_overlap, figures.pickup_lag, figures.renderings])
def test_a_corpus_where_nothing_is_shared_gives_a_figure_that_says_so(figure, tmp_path):
    lone = quote_lineage(QUOTES.iloc[[0]], ARTICLES)
    drawn = figure(lone)
    assert drawn.data.empty and drawn.reason.startswith("no statement in this corpus is carried by two outlets")
    png, csv = drawn.save(tmp_path)
    assert png is None and csv.exists()  # the notebook shows the reason, in one line, instead of a picture
    assert figures.most_carried(lone, QUOTES).data.empty and figures.most_carried(lone, QUOTES).reason
