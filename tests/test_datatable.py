"""Explorable tables: escaped cells, bounded rows stated in the caption, links to the full files."""

import pandas as pd
import pytest

from analysis.datatable import REPORT_ROWS, data_table, file_links


def test_cells_are_escaped_except_the_html_columns_named():
    frame = pd.DataFrame({"text": ["<script>alert(1)</script>", "Money$ and $Markets"],
                          "link": ['<a href="x.html">x</a>', None]})
    html = data_table(frame, title="T <b>", html_columns=("link",)).html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    assert '<a href="x.html">x</a>' in html and "T &lt;b&gt;" in html
    assert "Money$ and $Markets" in html and "tex2jax_ignore" in html  # shown as text, never typeset


@pytest.mark.parametrize(("rows", "limit", "caption"), [
    (3, 5000, "3 rows"),
    (1, 5000, "1 row<"),
    (12, 10, "10 of 12 rows embedded (the first)"),
])
def test_the_caption_says_how_many_rows_are_embedded(rows, limit, caption):
    table = data_table(pd.DataFrame({"n": range(rows)}), title="Numbers", max_rows=limit)
    assert caption in table.html and table.rows == min(rows, limit) and table.total == rows
    assert table.html.count("<tr>") == min(rows, limit) + 1  # the header row


def test_reports_embed_at_most_report_rows():
    table = data_table(pd.DataFrame({"n": range(REPORT_ROWS + 7)}), title="Big")
    assert table.rows == REPORT_ROWS and f"{REPORT_ROWS:,} of {REPORT_ROWS + 7:,} rows embedded" in table.html


def test_numbers_and_dates_carry_sort_keys():
    frame = pd.DataFrame({"n": [1500, 2], "score": [0.25, -1.0], "date": pd.to_datetime(["2021-03-18", None]),
                          "named": [True, False]})
    html = data_table(frame, title="T").html
    assert 'data-v="1500">1,500<' in html and 'data-v="0.25">0.25<' in html and ">2021-03-18<" in html
    assert ">yes<" in html and ">no<" in html


def test_links_only_to_files_that_exist(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / "quotes.csv").write_text("a\n")
    links = file_links([tmp_path / "tables" / "quotes.csv", tmp_path / "tables" / "quotes.parquet"])
    assert links == '<a href="tables/quotes.csv">quotes.csv</a>'
    html = data_table(pd.DataFrame({"a": [1]}), title="Q", files=[tmp_path / "tables" / "quotes.csv"]).html
    assert 'Full table: <a href="tables/quotes.csv">' in html


def test_every_table_gets_its_own_id():
    frame = pd.DataFrame({"a": [1]})
    first, second = data_table(frame, title="Same").html, data_table(frame, title="Same").html
    ident = first.split('id="', 1)[1].split('"', 1)[0]
    assert ident not in second and f'getElementById("{ident}")' in first
