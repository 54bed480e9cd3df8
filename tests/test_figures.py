"""Figures: one smoke test per figure function on the samples and on corpora without dates, outlets or quotes;
the numbers behind the heatmap and over-time figures; text drawn as text; figures that never import NLP steps."""

import ast
import math

import matplotlib
import pandas as pd
import pytest

from analysis import figures
from analysis.figures.base import choose, mean_interval, wilson
from analysis.paths import PACKAGE_DIR

matplotlib.use("Agg")

DRAW = {  # figure function -> how it is called on a pipeline Result
    "articles_per_month": lambda r: figures.articles_per_month(r.articles),
    "article_lengths": lambda r: figures.article_lengths(r.articles),
    "articles_by_source": lambda r: figures.articles_by_source(r.articles),
    "sentences_per_article": lambda r: figures.sentences_per_article(r.sentences),
    "top_speakers": lambda r: figures.top_speakers(r.speakers),
    "quotes_by_kind": lambda r: figures.quotes_by_kind(r.quotes),
    "source_types": lambda r: figures.source_types(r.quotes, r.articles),
    "stance_heatmap": lambda r: figures.stance_heatmap(figures.with_quote_columns(r.stance, r.quotes)),
    "stance_over_time": lambda r: figures.stance_over_time(r.stance, r.articles),
    "stance_by_target": lambda r: figures.stance_by_target(r.stance),
}
NEEDS_DATES = {"articles_per_month", "stance_over_time"}
NEEDS_SOURCES = {"articles_by_source"}
NEEDS_QUOTES = {"top_speakers", "quotes_by_kind", "source_types", "stance_heatmap", "stance_over_time",
                "stance_by_target"}


def test_every_figure_function_has_a_smoke_test():
    public = {name for name in figures.__all__ if name[0].islower() and callable(getattr(figures, name))}
    helpers = {"set_style", "speaker_column", "with_quote_columns"}
    assert public - helpers == set(DRAW)


def _check(fig, name, tmp_path):
    assert fig.name == name
    saved = fig.save(tmp_path)
    assert saved.csv.exists()
    if fig.reason is None:
        assert saved.png.stat().st_size > 1000 and saved.png.read_bytes().startswith(b"\x89PNG")
        assert saved._repr_html_() is None
    else:
        assert saved.png is None and not (tmp_path / f"{name}.png").exists()
        assert fig.reason in saved._repr_html_().replace("&#x27;", "'") and fig._repr_png_() is None
    return saved


@pytest.mark.parametrize("name", sorted(DRAW))
def test_each_figure_draws_on_the_samples(name, sample_result, tmp_path):
    fig = DRAW[name](sample_result)
    _check(fig, name, tmp_path)
    assert fig.reason is None and len(fig.data) > 0


@pytest.mark.parametrize("name", sorted(DRAW))
def test_each_figure_on_a_corpus_without_dates_or_outlets(name, bare_result, tmp_path):
    fig = DRAW[name](bare_result)
    _check(fig, name, tmp_path)
    if name in NEEDS_DATES:
        assert fig.reason and "date" in fig.reason
    elif name in NEEDS_SOURCES:
        assert fig.reason and "outlet" in fig.reason
    else:
        assert fig.reason is None
    if name == "source_types":
        assert set(fig.data["source"]) == {"(all articles)"} and not fig.selection.where


@pytest.mark.parametrize("name", sorted(DRAW))
def test_each_figure_on_a_corpus_without_quotes(name, quoteless_result, tmp_path):
    fig = DRAW[name](quoteless_result)
    _check(fig, name, tmp_path)
    assert (fig.reason is not None) == (name in NEEDS_QUOTES)


def stance_rows(rows, columns=("article_id", "quote_id", "speaker", "target", "label")):
    return pd.DataFrame(rows, columns=list(columns))


@pytest.mark.parametrize(("columns", "expected"), [
    (["speaker", "speaker_canonical", "target"], "speaker_canonical"),
    (["speaker", "target"], "speaker"),
])
def test_speaker_column_prefers_the_corpus_level_name(columns, expected):
    assert figures.speaker_column(pd.DataFrame(columns=columns)) == expected


def test_heatmap_merges_a_speaker_through_speaker_canonical():
    stance = stance_rows([
        ("a1", "q1", "Donald Trump", "Donald Trump", "China", "negative"),
        ("a1", "q2", "Donald Trump", "Donald Trump", "China", "negative"),
        ("a2", "q3", "Trump", "Donald Trump", "China", "positive"),
        ("a2", "q4", "Wang Wenbin", "Wang Wenbin", "United States", "negative"),
        ("a3", "q5", None, None, "China", "positive"),
    ], columns=("article_id", "quote_id", "speaker", "speaker_canonical", "target", "label"))
    data = figures.stance_heatmap(stance).data.set_index(["speaker", "target"])
    assert set(data.index) == {("Donald Trump", "China"), ("Wang Wenbin", "United States")}
    assert data.loc[("Donald Trump", "China"), "count"] == 3
    assert data.loc[("Donald Trump", "China"), "mean"] == pytest.approx(-1 / 3)
    assert data["thin"].all()  # 3 and 1 quotes: both under THIN


def test_heatmap_without_speaker_canonical_falls_back_to_the_article_name():
    stance = stance_rows([("a1", "q1", "Donald Trump", "China", "negative"),
                          ("a2", "q3", "Trump", "China", "positive")])
    data = figures.stance_heatmap(stance).data
    assert sorted(data["speaker"]) == ["Donald Trump", "Trump"]


def test_heatmap_keeps_named_speakers_only_and_says_how_many_were_left_out():
    rows = [("a", f"q{i}", f"Speaker {i % 4}", ["China", "Russia", "Iran"][i % 3], "negative", i % 4 != 3)
            for i in range(24)]
    stance = stance_rows(rows, columns=("article_id", "quote_id", "speaker", "target", "label", "speaker_named"))
    fig = figures.stance_heatmap(stance, speakers=2, targets=["Iran", "Narnia"])
    assert set(fig.data["speaker"]) <= {"Speaker 0", "Speaker 1", "Speaker 2"} and fig.data["speaker"].nunique() == 2
    assert set(fig.data["target"]) == {"Iran"}
    note = fig.figure.axes[0].get_title()
    assert "2 of 3 named speakers" in note and "1 of 3 targets" in note and "not in the data: Narnia" in note
    assert fig.selection.where["speaker_named"] == (True,) and fig.selection.by == ("speaker", "target")


def test_heatmap_counts_and_fades_thin_cells():
    rows = [("a", f"q{i}", "Li", "China", "negative") for i in range(6)]
    rows += [("a", "q9", "Li", "Russia", "positive")]
    fig = figures.stance_heatmap(stance_rows(rows), thin=5)
    data = fig.data.set_index("target")
    assert data.loc["China", "count"] == 6 and not data.loc["China", "thin"]
    assert data.loc["Russia", "count"] == 1 and data.loc["Russia", "thin"]
    assert data.loc["China", "low"] == data.loc["China", "high"] == -1.0  # six agreeing labels
    texts = [t.get_text() for t in fig.figure.axes[0].texts]
    assert "-1.00\nn=6" in texts and "+1.00\nn=1" in texts
    hatched = [p for p in fig.figure.axes[0].patches if p.get_hatch()]
    assert len(hatched) == 1 and hatched[0].get_xy() == (1, 0)  # the Russia cell only


def test_heatmap_of_nothing_says_why():
    fig = figures.stance_heatmap(stance_rows([]))
    assert fig.data.empty and "mentions a target" in fig.reason


def test_stance_over_time_without_dates_does_not_crash():
    """BBC has no dates: pandas 3 refused the mean of an empty string column (issue 17)."""
    stance = stance_rows([("a1", "q1", "Li", "China", "negative")])
    articles = pd.DataFrame({"article_id": ["a1"], "date": [pd.NaT]})
    fig = figures.stance_over_time(stance, articles)
    assert fig.reason == "no article in this corpus has a date, so stance cannot be drawn over time."


def test_stance_over_time_breaks_lines_across_empty_months_and_counts_points():
    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3"],
                             "date": pd.to_datetime(["2021-01-10", "2021-02-03", "2021-06-20"])})
    stance = stance_rows([("a1", "q1", "Li", "China", "negative"), ("a1", "q2", "Li", "China", "negative"),
                          ("a2", "q3", "Li", "China", "positive"), ("a3", "q4", "Li", "China", "neutral")])
    fig = figures.stance_over_time(stance, articles)
    assert fig.data["count"].tolist() == [2, 1, 1] and fig.data["thin"].all()
    line = fig.figure.axes[0].get_lines()[0]
    y = list(line.get_ydata())
    assert len(y) == 6 and y[:2] == [-1.0, 1.0] and all(math.isnan(v) for v in y[2:5]) and y[5] == 0.0


@pytest.mark.parametrize(("successes", "n", "low", "high"), [
    (0, 10, 0.0, 0.2775), (5, 10, 0.2366, 0.7634), (10, 10, 0.7225, 1.0), (1, 1, 0.2065, 1.0),
])
def test_wilson_interval(successes, n, low, high):
    assert wilson(successes, n) == pytest.approx((low, high), abs=1e-4)


def test_mean_interval_is_wide_for_one_quote_and_narrow_for_many():
    assert mean_interval(pd.Series([1.0])) == (-1.0, 1.0)
    low, high = mean_interval(pd.Series([-1.0, 0.0] * 200))
    assert -0.6 < low < -0.5 < high < -0.4


def test_shares_carry_intervals_that_contain_them(sample_result):
    for fig in (figures.source_types(sample_result.quotes, sample_result.articles),
                figures.stance_by_target(sample_result.stance)):
        data = fig.data
        assert ((data["low"] <= data["share"]) & (data["share"] <= data["high"])).all()
        assert (data.groupby(data.columns[0])["share"].sum().round(9) == 1).all()


@pytest.mark.parametrize(("wanted", "shown", "absent"), [
    (2, ["China", "Russia"], []),
    (["Iran", " China ", "", "Narnia"], ["China"], ["Iran", "Narnia"]),
    ("Russia", ["Russia"], []),
])
def test_choose_the_most_quoted_or_the_names_given(wanted, shown, absent):
    counts = pd.Series({"China": 5, "Russia": 3, "Japan": 1})
    assert choose(counts, wanted) == (shown, absent)


@pytest.mark.parametrize("source", [r"Daily $\undefinedmacro{x}$ Post", "Money$ and $Markets", "$x^2$"])
def test_text_from_the_corpus_is_drawn_as_text_not_mathtext(source, tmp_path):
    articles = pd.DataFrame({"article_id": ["a", "b"], "text": ["x", "y"], "source": [source, "Other"]})
    fig = figures.articles_by_source(articles)
    fig.save(tmp_path)  # mathtext would raise on the undefined macro
    labels = [t.get_text() for t in fig.figure.axes[0].get_yticklabels()]
    assert source in labels
    assert all(not t.get_parse_math() for t in fig.figure.axes[0].get_yticklabels())


def test_with_quote_columns_adds_only_what_is_missing():
    stance = stance_rows([("a", "q1", "Li", "China", "negative")]).assign(speaker_type="official")
    quotes = pd.DataFrame({"quote_id": ["q1"], "speaker_named": [True], "speaker_type": ["academic"],
                           "kind": ["direct"]})
    joined = figures.with_quote_columns(stance, quotes)
    assert joined.loc[0, "speaker_type"] == "official" and joined.loc[0, "speaker_named"]
    assert joined.loc[0, "kind"] == "direct" and "speaker_named" not in stance


def test_a_saved_figure_writes_png_and_csv_and_shows_the_file(tmp_path):
    articles = pd.DataFrame({"article_id": ["a", "b"], "text": ["one two three", "four five"]})
    fig = figures.article_lengths(articles)
    png, csv = fig.save(tmp_path)  # unpacks as the two paths
    assert png == tmp_path / "article_lengths.png" and csv == tmp_path / "article_lengths.csv"
    assert fig.save(tmp_path).reason is None
    assert pd.read_csv(csv)["words"].tolist() == [3, 2]
    data, meta = fig.save(tmp_path)._repr_png_()  # what a notebook shows: the file itself, at display size
    assert data == png.read_bytes() and data.startswith(b"\x89PNG")
    width = int.from_bytes(data[16:20], "big")
    assert meta == {"width": round(width * figures.DISPLAY_DPI / figures.SAVE_DPI)}
    assert fig._repr_png_().startswith(b"\x89PNG")  # an unsaved figure draws itself


NLP_MODULES = {"quotes", "speakers", "stance", "stance_features", "stance_encoder", "stance_train", "targets",
               "sentences", "scanner", "boundaries", "native", "text", "pipeline", "corpus"}
VIEW_MODULES = sorted([*(PACKAGE_DIR / "figures").glob("*.py"),
                       *(PACKAGE_DIR / f"{m}.py" for m in ("view", "datatable", "drilldown", "explorer"))])


@pytest.mark.parametrize("path", VIEW_MODULES, ids=[p.relative_to(PACKAGE_DIR).as_posix() for p in VIEW_MODULES])
def test_figures_and_views_never_import_nlp_steps(path):
    """Figures read the tables; they never reach into the NLP steps, not even inside a function."""
    imported = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
            imported.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            imported.update(a.name for a in node.names)
    reached = {name.split(".")[1] for name in imported if name.startswith("analysis.")}
    assert not reached & NLP_MODULES, f"{path.name} imports {sorted(reached & NLP_MODULES)}"


@pytest.mark.parametrize(("successes", "n"), [(4, 4), (10, 10), (19, 19), (0, 7), (3, 9)])
def test_wilson_interval_holds_the_share_exactly(successes, n):
    """All of an outlet's quotes of one type (share 1): float error put the top at 0.9999999999999999 and
    matplotlib refused the negative error bar (BBC's report)."""
    low, high = wilson(successes, n)
    assert low <= successes / n <= high


def test_shares_of_one_and_zero_draw(tmp_path):
    quotes = pd.DataFrame({"article_id": ["a"] * 4 + ["b"] * 3, "speaker_type": ["official"] * 4 + ["media"] * 3})
    articles = pd.DataFrame({"article_id": ["a", "b"], "source": ["Only Officials", "Only Media"]})
    fig = figures.source_types(quotes, articles)
    fig.save(tmp_path)  # raised "'xerr' must not contain negative values"
    assert set(fig.data["share"]) == {0.0, 1.0}
