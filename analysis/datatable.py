"""Explorable tables for notebooks and HTML reports: search, sort and page through a table, offline.

:func:`data_table` renders a DataFrame as a plain HTML table (inline styles, every cell escaped) followed by a
small script of its own (no library, nothing loaded from elsewhere) that adds a search box, sortable headers
and pages. Where scripts do not run (an untrusted notebook, a preview) the table is still there, scrollable.

A table embeds at most ``max_rows`` rows (:data:`REPORT_ROWS` by default), so a report of a large corpus stays
light; its caption says how many of how many rows it shows and links the full table files.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import math
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

REPORT_ROWS = 5000
"""Rows a table embeds at most (the first, in the table's order): a report of 40,000 articles stays a few MB."""

PAGE_ROWS = 20
"""Rows per page when the script runs."""

_IDS = itertools.count()

_TABLE = "border-collapse:collapse;font-size:12.5px;font-family:sans-serif;width:100%"
_TH = ("position:sticky;top:0;background-color:#eef1f4;border-bottom:2px solid #9aa5b1;padding:4px 6px;"
       "text-align:left;cursor:pointer;white-space:nowrap")
_TD = "border-bottom:1px solid #e3e6ea;padding:3px 6px;vertical-align:top;text-align:left"
"""Cell style, set once per table by a <style> rule (not on each of up to 100,000 cells; where an untrusted
notebook drops it, JupyterLab's own table style applies)."""
_BOX = "max-height:34em;overflow:auto;border:1px solid #d5dae0"
_CONTROLS = "display:none;gap:.6em;align-items:center;margin:.3em 0;font-family:sans-serif;font-size:13px"

_SCRIPT = """<script>
(function () {
  var root = document.getElementById("%(id)s");
  if (!root || root.getAttribute("data-ready")) { return; }
  root.setAttribute("data-ready", "1");
  var body = root.querySelector("tbody"), heads = root.querySelectorAll("th");
  var rows = Array.prototype.slice.call(body.rows), shown = rows, page = 0, size = %(size)d;
  rows.forEach(function (r) { r._text = r.textContent.toLowerCase(); });
  var bar = root.querySelector(".adt-controls"), search = bar.querySelector("input");
  var info = bar.querySelector(".adt-info"), prev = bar.querySelector(".adt-prev"), next = bar.querySelector(".adt-next");
  bar.style.display = "flex";
  root.querySelector(".adt-box").style.maxHeight = "none";
  function render() {
    var pages = Math.max(1, Math.ceil(shown.length / size));
    page = Math.min(Math.max(page, 0), pages - 1);
    rows.forEach(function (r) { r.style.display = "none"; });
    shown.slice(page * size, page * size + size).forEach(function (r) { r.style.display = ""; });
    var first = shown.length ? page * size + 1 : 0, last = Math.min(shown.length, page * size + size);
    info.textContent = first.toLocaleString("en") + "\\u2013" + last.toLocaleString("en") + " of " +
      shown.length.toLocaleString("en") + " rows" + (shown.length < rows.length ?
      " (filtered from " + rows.length.toLocaleString("en") + ")" : "");
    prev.disabled = page === 0; next.disabled = page >= pages - 1;
  }
  function filter() {
    var terms = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    shown = rows.filter(function (r) { return terms.every(function (t) { return r._text.indexOf(t) >= 0; }); });
    page = 0; render();
  }
  function key(cell) {
    var v = cell.getAttribute("data-v"), n = v === null ? NaN : parseFloat(v);
    return isNaN(n) ? cell.textContent.toLowerCase() : n;
  }
  Array.prototype.forEach.call(heads, function (th, i) {
    th.addEventListener("click", function () {
      var up = th.getAttribute("data-sort") !== "asc";
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("data-sort"); h.querySelector("span").textContent = ""; });
      th.setAttribute("data-sort", up ? "asc" : "desc");
      th.querySelector("span").textContent = up ? " \\u25b2" : " \\u25bc";
      rows.sort(function (a, b) {
        var x = key(a.cells[i]), y = key(b.cells[i]), c = 0;
        if (typeof x === typeof y) { c = x < y ? -1 : x > y ? 1 : 0; } else { c = typeof x === "number" ? -1 : 1; }
        return up ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
      filter();
    });
  });
  search.addEventListener("input", filter);
  prev.addEventListener("click", function () { page -= 1; render(); });
  next.addEventListener("click", function () { page += 1; render(); });
  render();
})();
</script>"""


@dataclass
class DataTable:
    """An explorable table: Jupyter displays it (``_repr_html_``); ``html`` is the fragment a report embeds.

    Attributes:
        html: the table, its caption, its controls and its script.
        rows: the rows embedded.
        total: the rows of the whole table.
    """

    html: str
    rows: int
    total: int

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:  # the text a notebook keeps beside the HTML: not the HTML again
        return f"<table: {self.rows:,} of {self.total:,} rows>"


def _cell(value: object) -> tuple[str, str | None]:
    """(escaped text, numeric sort key or None) of one cell."""
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return "", None
    if isinstance(value, (bool, np.bool_)):
        return ("yes" if value else "no"), None
    if isinstance(value, (int, np.integer)):
        return f"{int(value):,}", str(int(value))
    if isinstance(value, (float, np.floating)):
        return f"{float(value):,.3g}" if abs(value) < 1000 else f"{float(value):,.0f}", repr(float(value))
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d"), str(value.timestamp())
    if isinstance(value, (list, tuple, np.ndarray)):
        return html.escape("; ".join(str(v) for v in list(value))), None
    return html.escape(str(value)), None


def file_links(paths: Sequence[str | Path], *, start: str | Path | None = None) -> str:
    """Links to the files that exist, relative to ``start`` (default: the working folder, where the page is)."""
    start = Path(start or os.getcwd())
    found = [Path(p) for p in paths if Path(p).exists()]
    links = [f'<a href="{html.escape(Path(os.path.relpath(p.resolve(), start.resolve())).as_posix(), quote=True)}">'
             f"{html.escape(p.name)}</a>" for p in found]
    return " · ".join(links)


def data_table(frame: pd.DataFrame, *, title: str, max_rows: int = REPORT_ROWS, page_rows: int = PAGE_ROWS,
               files: Sequence[str | Path] = (), html_columns: Collection[str] = (), note: str = "",
               total: int | None = None) -> DataTable:
    """Render a table to search, sort and page through, in a notebook and in its HTML report, offline.

    Args:
        frame: the table (its index is not shown).
        title: what the table is ("Quotes"); escaped.
        max_rows: rows embedded at most, the first in the frame's order; the caption says how many of how many.
        page_rows: rows per page.
        files: the full table's files (CSV, Parquet), linked from the caption where they exist.
        html_columns: columns whose values are HTML built by this package from escaped text (links, marks);
            every other cell is escaped.
        note: a sentence after the counts (escaped), e.g. how the embedded rows were chosen.
        total: the rows of the whole table when ``frame`` is already a chosen part of it.

    Returns:
        A :class:`DataTable`.
    """
    shown = frame.head(max_rows)
    total = max(len(frame) if total is None else total, len(shown))
    ident = "adt-" + hashlib.blake2b(f"{title}|{total}|{next(_IDS)}".encode(), digest_size=5).hexdigest()
    columns = list(shown.columns)
    raw = {c for c in columns if c in set(html_columns)}
    wide = {c for c in columns if len(shown) and shown[c].astype(str).str.replace(r"<[^>]+>", "", regex=True)
            .str.len().median() > 60}  # columns of long text get room to wrap
    head = "".join(f'<th style="{_TH}{";min-width:26em" if c in wide else ""}" title="sort">{html.escape(str(c))}'
                   f"<span></span></th>" for c in columns)
    lines = []
    for values in shown.itertuples(index=False, name=None):
        cells = []
        for column, value in zip(columns, values):
            if column in raw:
                cells.append(f'<td>{"" if value is None or value is pd.NA else value}</td>')
                continue
            text, sort_key = _cell(value)
            key = f' data-v="{sort_key}"' if sort_key is not None else ""
            cells.append(f"<td{key}>{text}</td>")
        lines.append(f"<tr>{''.join(cells)}</tr>")
    first = " (the first)" if len(shown) < len(frame) else ""
    counts = (f"{len(shown):,} of {total:,} rows embedded{first}" if len(shown) < total
              else f"{total:,} row{'s' if total != 1 else ''}")
    links = file_links(files)
    caption = (f'<div style="font-family:sans-serif;font-size:13px;margin:.2em 0"><b>{html.escape(title)}</b>: '
               f"{counts}{'. ' + html.escape(note) if note else ''}"
               f"{'. Full table: ' + links if links else ''}</div>")
    controls = (f'<div class="adt-controls" style="{_CONTROLS}"><input type="search" placeholder="Search all '
                f'columns" aria-label="Search {html.escape(title, quote=True)}" style="padding:2px 6px;'
                f'min-width:18em"><button type="button" class="adt-prev">&#8249; previous</button><button '
                f'type="button" class="adt-next">next &#8250;</button><span class="adt-info"></span></div>')
    style = f"<style>#{ident} td{{{_TD}}} #{ident} td[data-v]{{white-space:nowrap}}</style>"
    body = (f'<div class="adt tex2jax_ignore mathjax_ignore" id="{ident}" style="margin:.5em 0 1em">{style}{caption}'
            f'{controls}<div class="adt-box" style="{_BOX}"><table style="{_TABLE}"><thead><tr>{head}</tr>'
            f"</thead><tbody>{''.join(lines)}</tbody></table></div></div>")
    return DataTable(body + _SCRIPT % {"id": ident, "size": max(1, page_rows)}, len(shown), total)
