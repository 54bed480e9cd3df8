"""The quotes behind a figure: the rows a figure counts, spread over its cells, with context and article pages."""

import pandas as pd
import pytest

from analysis import drilldown, figures
from analysis.figures import Selection
from analysis.view import quote_anchor


@pytest.mark.parametrize(("sizes", "limit", "per"), [
    ([10, 10, 10], 30, None),   # everything fits
    ([100, 2, 3], 20, 15),      # the thin cells keep all their rows
    ([50, 50, 50, 50], 10, 2),  # 2 of each
])
def test_spread_keeps_rows_of_every_cell(sizes, limit, per):
    rows = pd.DataFrame({"cell": [f"c{i}" for i, n in enumerate(sizes) for _ in range(n)]})
    kept, most = drilldown.spread(rows, ["cell"], limit)
    assert most == per and len(kept) <= limit
    assert set(kept["cell"]) == set(rows["cell"])
    if per is not None:
        counts = kept["cell"].value_counts()
        assert all(counts[f"c{i}"] == min(n, per) for i, n in enumerate(sizes))


def test_the_heatmap_listing_holds_the_rows_of_its_cells(sample_result):
    stance = figures.with_quote_columns(sample_result.stance, sample_result.quotes)
    fig = figures.stance_heatmap(stance, speakers=3, targets=2)
    rows = drilldown.select(drilldown.quote_rows(sample_result, "stance"), fig.selection)
    cells = rows.groupby(["speaker", "target"]).size()
    data = fig.data.set_index(["speaker", "target"])["count"]
    assert cells.sort_index().tolist() == data.sort_index().tolist()


def test_quotes_behind_a_figure_writes_its_csv_and_article_pages(sample_result, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    fig = figures.top_speakers(sample_result.speakers, top=3)
    table = drilldown.quotes_behind(fig, sample_result, folder=tmp_path, max_rows=4)
    full = pd.read_csv(tmp_path / "figures" / "top_speakers-quotes.csv")
    assert table.total == len(full) > table.rows and set(full["speaker"]) == set(fig.data["speaker"])
    assert 'href="figures/top_speakers-quotes.csv"' in table.html
    first = full.iloc[0]
    page = tmp_path / "articles" / drilldown.slug(first["article_id"])
    assert f"{drilldown.slug(first['article_id'])}#{quote_anchor(first['quote_id'])}" in table.html
    assert f'id="{quote_anchor(first["quote_id"])}"' in page.read_text()


def test_a_figure_not_drawn_lists_nothing_and_says_why(quoteless_result):
    fig = figures.stance_by_target(quoteless_result.stance)
    table = drilldown.quotes_behind(fig, quoteless_result)
    assert table.total == 0 and "mentions a target" in table.html


@pytest.mark.parametrize(("text", "start", "end", "spans", "expected"), [
    ("Li said \"no\" today.", 8, 12, [(8, 12)], 'Li said <span style="background-color:#fde2a7;'),
    ("a <b> \"x\"", 6, 9, None, "a &lt;b&gt; <span"),
])
def test_quotes_in_context_are_marked_and_escaped(text, start, end, spans, expected):
    html = drilldown.in_context(text, start, end, spans)
    assert html.startswith(expected)


def test_markup_inside_a_marked_quote_and_a_mention_is_escaped_too():
    text = 'Ann said "<b>Paris</b> & <script>x()</script>" today.'
    start, end = text.index('"'), text.rindex('"') + 1
    mention = (text.index("Paris") - 3, text.index("Paris") + 9)  # the mention's span holds the <b> tags
    html = drilldown.in_context(text, start, end, [(start, end)], mention)
    assert "<b>" not in html and "<script>" not in html and "</b>" not in html
    assert "&lt;b&gt;Paris&lt;/b&gt;</span>" in html and "&amp; &lt;script&gt;x()&lt;/script&gt;&quot;</span>" in html
    assert html.count("<span") == html.count("</span>") == 4  # the quote marked in 3 pieces around the mention


def test_a_selection_filters_by_its_columns_and_dates():
    rows = pd.DataFrame({"target": ["China", "Russia", "China"], "date": [pd.Timestamp("2021-01-01"), None, None]})
    assert drilldown.select(rows, Selection("stance", {"target": ("China",)})).index.tolist() == [0, 2]
    assert drilldown.select(rows, Selection("stance", {"target": ("China",)}, dated=True)).index.tolist() == [0]


def test_slugs_are_safe_and_distinct():
    names = {drilldown.slug(i) for i in ("business/001", "business-001", "../../etc/passwd", "")}
    assert len(names) == 4 and all("/" not in n and n.endswith(".html") for n in names)


def test_stance_listings_say_how_the_target_was_found_where_the_table_does(sample_result):
    stance = sample_result.stance.assign(mention_rule="demonym")
    tables = {"articles": sample_result.articles, "quotes": sample_result.quotes, "stance": stance}
    fig = figures.stance_by_target(stance, targets=1)
    assert ">found by<" in drilldown.quotes_behind(fig, tables).html
    without = dict(tables, stance=stance.drop(columns="mention_rule"))
    assert ">found by<" not in drilldown.quotes_behind(fig, without).html
