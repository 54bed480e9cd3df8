"""The interactive explorer: its filter on the tables, and the widgets redrawn when a control changes."""

import pytest

import analysis
from analysis.explorer import ALL, select

pytest.importorskip("ipywidgets")


def test_select_by_outlet_kind_and_target(sample_result):
    chosen = select(sample_result, outlet="Pacific Ledger", kind="direct", target="China")
    assert len(chosen.quotes) > 0
    sources = sample_result.articles.set_index("article_id")["source"]
    assert set(sources[chosen.quotes["article_id"]]) == {"Pacific Ledger"}
    assert set(chosen.quotes["kind"]) == {"direct"} and set(chosen.stance["target"]) == {"China"}
    assert set(chosen.stance["quote_id"]) == set(chosen.quotes["quote_id"])


def test_select_by_dates_drops_undated_and_out_of_range_articles(sample_result):
    chosen = select(sample_result, start="2022-01-01", end="2022-12-31")
    dates = sample_result.articles.set_index("article_id")["date"][chosen.articles["article_id"]]
    assert len(dates) and dates.notna().all() and (dates.dt.year == 2022).all()


@pytest.mark.parametrize("nothing", [None, "", ALL])
def test_no_choice_keeps_everything(sample_result, nothing):
    chosen = select(sample_result, speaker=nothing, outlet=nothing, target=nothing, kind=nothing)
    assert len(chosen.quotes) == len(sample_result.quotes) and len(chosen.stance) == len(sample_result.stance)


def test_the_explorer_redraws_when_a_control_changes(sample_result):
    explorer = analysis.explore(sample_result)
    assert f"<b>{len(sample_result.quotes):,}</b> quotes" in explorer.summary.value
    speaker = sample_result.speakers.iloc[0]["speaker"]
    explorer.controls["speaker"].value = speaker
    assert set(explorer.selected.quotes["speaker"]) == {speaker}
    assert explorer.quotes.value.count("<tr>") == len(explorer.selected.quotes) + 1
    assert explorer.pick.value in set(explorer.selected.quotes["article_id"])
    assert 'class="qv' in explorer.article.value
    assert [f.name for f in explorer.drawn] == ["quotes_by_kind", "stance_heatmap", "stance_by_target",
                                                "stance_over_time"]
    assert len(explorer.figures.children) == 4
    assert "application/vnd.jupyter.widget-view+json" in explorer._repr_mimebundle_()
