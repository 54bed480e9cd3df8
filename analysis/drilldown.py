"""From a figure to the quotes behind it: the listing that follows each figure, and the highlighted articles.

:func:`quotes_behind` lists the rows a figure counts (its :class:`~analysis.figures.Selection`): speaker,
target and label (or the quote's stances), outlet, date, the quote marked in its context, and a link to the
article rendered with its quotes highlighted (:func:`write_article_pages`). A listing embeds at most
:data:`DRILL_ROWS` rows, spread over the figure's cells (every bar or heatmap cell keeps some of its quotes),
and links the CSV of all of them.

The module reads the pipeline's tables only (articles, quotes, stance); it never runs an NLP step.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from analysis.datatable import DataTable, data_table
from analysis.figures.base import Figure, Selection, speaker_column, with_quote_columns
from analysis.view import article_html, page, quote_anchor

DRILL_ROWS = 1000
"""Rows a figure's listing embeds at most (all rows are in its CSV)."""

CONTEXT_CHARS = 220
"""Characters of article text shown on each side of a quote."""

ROW_COLUMNS = ["article_id", "quote_id", "speaker", "speaker_named", "speaker_type", "kind", "target", "label",
               "stance", "source", "date", "title", "text", "start", "end", "spans", "mention_start",
               "mention_end", "mention_rule"]
"""Columns of :func:`quote_rows` (``target``, ``label``, the mention's offsets and ``mention_rule`` on stance rows
only, the rule where the stance table gives it; ``stance`` sums up a quote's labels on quote rows)."""

_MARK = "background-color:#fde2a7;border-radius:2px;padding:0 1px"
_MENTION = "font-weight:bold;text-decoration:underline"


def _table(tables: object, name: str) -> pd.DataFrame:
    return tables[name] if isinstance(tables, Mapping) else getattr(tables, name)


def quote_rows(tables: object, level: str = "quotes") -> pd.DataFrame:
    """One row per quote (``level="quotes"``) or per stance row (``"stance"``) with what a listing shows.

    Args:
        tables: a pipeline ``Result`` or a mapping with ``articles``, ``quotes`` and (for stance, or for the
            ``stance`` summary of quote rows) ``stance``.
        level: ``quotes`` or ``stance``.

    Returns:
        A new frame with :data:`ROW_COLUMNS`; ``speaker`` is the corpus-level name (``speaker_canonical``
        where the tables have it).
    """
    articles, quotes = _table(tables, "articles"), _table(tables, "quotes")
    try:
        stance = _table(tables, "stance")
    except (KeyError, AttributeError):
        stance = None
    meta = articles[[c for c in ("article_id", "source", "date", "title") if c in articles.columns]]
    if level == "stance":
        if stance is None:
            raise ValueError("a stance listing needs the stance table")
        rows = with_quote_columns(stance, quotes, columns=("speaker_canonical", "speaker_named", "speaker_type",
                                                           "kind", "text", "spans"))
        rows = rows.rename(columns={"start": "mention_start", "end": "mention_end"})
        rows = rows.merge(quotes[["quote_id", "start", "end"]], on="quote_id", how="left")
        rows["stance"] = None
    elif level == "quotes":
        rows = quotes.copy()
        if stance is not None and len(stance):
            summary = (stance.assign(pair=stance["target"].astype(str) + ": " + stance["label"].astype(str))
                       .groupby("quote_id", sort=False)["pair"].agg("; ".join))
            rows["stance"] = rows["quote_id"].map(summary)
        else:
            rows["stance"] = None
    else:
        raise ValueError(f"unknown level {level!r}: quotes or stance")
    rows["speaker"] = rows[speaker_column(rows)]
    rows = rows.merge(meta, on="article_id", how="left")
    for column in ROW_COLUMNS:
        if column not in rows.columns:
            rows[column] = None
    return rows[ROW_COLUMNS].reset_index(drop=True)


def select(rows: pd.DataFrame, selection: Selection) -> pd.DataFrame:
    """The rows a :class:`~analysis.figures.Selection` keeps (every ``where`` column's values, dated if asked)."""
    keep = pd.Series(True, index=rows.index)
    for column, values in selection.where.items():
        keep &= rows[column].isin(list(values))
    if selection.dated:
        keep &= rows["date"].notna()
    return rows[keep]


def spread(rows: pd.DataFrame, by: Sequence[str], limit: int) -> tuple[pd.DataFrame, int | None]:
    """At most ``limit`` rows, the same number (or all) from every group of ``by``: thin cells are all kept.

    Returns:
        The rows kept (in group order) and the most kept from one group (None when all rows are kept).
    """
    if len(rows) <= limit:
        return rows, None
    if not by:
        return rows.head(limit), None
    groups = rows.groupby(list(by), sort=False, dropna=False)
    sizes = sorted(groups.size().tolist())
    per, used = 0, 0
    for i, size in enumerate(sizes):  # the largest `per` with sum(min(size, per)) <= limit
        step = (limit - used) // (len(sizes) - i)
        if step < size:
            per = max(per, step)
            break
        used += size
        per = size
    kept = rows[groups.cumcount() < max(per, 1)]
    return kept.head(limit), max(per, 1)


def slug(article_id: str) -> str:
    """A file name for an article page: the id's safe characters and a hash (``business-001-3f2a9c1b.html``)."""
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", str(article_id)).strip("-.")[:60] or "article"
    return f"{safe}-{hashlib.blake2b(str(article_id).encode(), digest_size=4).hexdigest()}.html"


def write_article_pages(articles: pd.DataFrame, quotes: pd.DataFrame, article_ids: Sequence[str],
                        folder: str | Path, *, stance: pd.DataFrame | None = None) -> dict[str, Path]:
    """Write one self-contained page per article: its text with its quotes highlighted, then its stance rows.

    Pages that exist are kept (a report's notebooks may ask for the same article). Returns id -> page path.
    """
    from analysis.tables import atomic_path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    wanted = list(dict.fromkeys(str(a) for a in article_ids))
    found = articles[articles["article_id"].isin(wanted)].drop_duplicates("article_id").set_index("article_id")
    by_article = quotes[quotes["article_id"].isin(wanted)].groupby("article_id", sort=False)
    stances = stance[stance["article_id"].isin(wanted)] if stance is not None and len(stance) else None
    pages = {}
    for article_id in wanted:
        if article_id not in found.index:
            continue
        path = folder / slug(article_id)
        pages[article_id] = path
        if path.exists():
            continue
        article = found.loc[article_id]
        title = article["title"] if isinstance(article.get("title"), str) and article["title"] else article_id
        mine = by_article.get_group(article_id) if article_id in by_article.groups else quotes.iloc[0:0]
        meta = " · ".join(html.escape(str(v)) for v in (article.get("source"), _day(article.get("date")),
                                                          article_id) if v is not None and str(v) not in ("", "NaT"))
        body = f'<p style="color:#555555;font-family:sans-serif">{meta}</p>'
        body += article_html(article["text"], mine, title=title).html
        if stances is not None:
            rows = stances[stances["article_id"] == article_id]
            if len(rows):
                keep = [c for c in ("speaker", "target", "label", "score", "mention", "evidence") if c in rows]
                body += "<h4>Stance rows of this article</h4>" + data_table(
                    rows[keep], title="Stance", page_rows=50).html
        with atomic_path(path) as tmp:
            tmp.write_text(page(body, title=str(title)), encoding="utf-8")
    return pages


def _day(value: object) -> str | None:
    if value is None or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return None
    try:
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    except (ValueError, TypeError):
        return str(value)


def in_context(text: str, start: int, end: int, spans: object = None, mention: tuple[int, int] | None = None,
               *, chars: int = CONTEXT_CHARS) -> str:
    """HTML of a quote in its context: up to ``chars`` characters each side, the quote's pieces marked, the
    target's mention (stance rows) in bold; all text escaped."""
    if not isinstance(text, str) or start is None or pd.isna(start):
        return ""
    start, end = int(start), int(end)
    left = max(0, text.rfind("\n\n", 0, start) + 2 if text.rfind("\n\n", 0, start) >= 0 else 0, start - chars)
    right = text.find("\n\n", end)
    right = min(len(text) if right < 0 else right, end + chars)
    pieces = [(int(s), int(e)) for s, e in (list(spans) if spans is not None and len(spans) else [(start, end)])]
    marks = [(s, e, "q") for s, e in pieces] + ([(int(mention[0]), int(mention[1]), "m")] if mention else [])
    cuts = sorted({left, right, *(p for s, e, _ in marks for p in (s, e) if left <= p <= right)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b]).replace("\n", " ")
        if any(k == "m" and s <= a and b <= e for s, e, k in marks):
            piece = f'<span style="{_MENTION}">{piece}</span>'
        if any(k == "q" and s <= a and b <= e for s, e, k in marks):
            piece = f'<span style="{_MARK}">{piece}</span>'
        out.append(piece)
    return ("…" if left > 0 else "") + "".join(out) + ("…" if right < len(text) else "")


def listing(rows: pd.DataFrame, articles: pd.DataFrame, *, level: str, pages: Mapping[str, Path] | None = None,
            start: str | Path | None = None) -> pd.DataFrame:
    """The columns a reader sees, one row per listed quote (quote in context and article link as HTML)."""
    texts = articles.drop_duplicates("article_id").set_index("article_id")["text"]
    context = []
    for row in rows.itertuples(index=False):
        mention = ((row.mention_start, row.mention_end) if level == "stance" and pd.notna(row.mention_start)
                   and row.mention_start >= 0 else None)
        context.append(in_context(texts.get(row.article_id), row.start, row.end, row.spans, mention))
    base = Path(start or os.getcwd())
    links = []
    for article_id, quote_id in zip(rows["article_id"], rows["quote_id"]):
        path = (pages or {}).get(article_id)
        href = Path(os.path.relpath(path.resolve(), base.resolve())).as_posix() if path is not None else None
        links.append(f'<a href="{html.escape(href, quote=True)}#{quote_anchor(quote_id)}">article</a>' if href
                     else "")
    shown = pd.DataFrame({"speaker": rows["speaker"].to_numpy()})
    if level == "stance":
        shown["target"], shown["label"] = rows["target"].to_numpy(), rows["label"].to_numpy()
        if rows["mention_rule"].notna().any():  # how the target was found (alias, demonym, pronoun)
            shown["found by"] = rows["mention_rule"].to_numpy()
    else:
        shown["type"], shown["kind"], shown["stance"] = (rows["speaker_type"].to_numpy(), rows["kind"].to_numpy(),
                                                         rows["stance"].to_numpy())
    shown["outlet"], shown["date"] = rows["source"].to_numpy(), pd.to_datetime(rows["date"]).to_numpy()
    shown["quote in context"], shown["view"] = context, links
    return shown


def quotes_behind(figure: Figure, tables: object, *, folder: str | Path | None = None,
                  max_rows: int = DRILL_ROWS) -> DataTable:
    """The quotes behind a figure, as an explorable table: what a reader checks a bar or a cell against.

    Args:
        figure: a figure with a ``selection`` (every figure of notebook 03 has one).
        tables: a pipeline ``Result`` (or a mapping) with ``articles``, ``quotes`` and ``stance``.
        folder: the report folder: the listing's CSV goes to ``folder/figures/NAME-quotes.csv`` and the
            highlighted articles to ``folder/articles/``; None writes nothing (no links).
        max_rows: rows embedded at most, spread over the figure's cells.

    Returns:
        A :class:`~analysis.datatable.DataTable` (one line saying why where the figure is not drawn).

    Raises:
        ValueError: the figure has no ``selection`` (a figure of notebook 01).
    """
    selection = figure.selection
    if figure.reason is not None:  # nothing drawn, nothing to list: one line, as in place of the figure
        return DataTable(f'<p style="color:#555555;font-style:italic">No quotes to list behind '
                         f"{html.escape(figure.name)}: {html.escape(figure.reason)}</p>", 0, 0)
    if selection is None:
        raise ValueError(f"figure {figure.name} says nothing about the rows behind it")
    rows = select(quote_rows(tables, selection.table), selection)
    order = [c for c in ("date", "article_id") if rows[c].notna().any()]
    rows = rows.sort_values(order, kind="stable") if order else rows
    kept, per = spread(rows, selection.by, max_rows)
    articles = _table(tables, "articles")
    pages, files = {}, []
    if folder is not None:
        folder = Path(folder)
        csv = folder / "figures" / f"{figure.name}-quotes.csv"
        full = listing(rows, articles, level=selection.table).drop(columns=["quote in context", "view"])
        full.insert(0, "article_id", rows["article_id"].to_numpy())
        full.insert(1, "quote_id", rows["quote_id"].to_numpy())
        full["quote"] = rows["text"].to_numpy()
        from analysis.tables import write_table

        write_table(full, csv)
        files = [csv]
        stance = _table(tables, "stance") if selection.table == "stance" else None
        pages = write_article_pages(articles, _table(tables, "quotes"), kept["article_id"].unique(),
                                    folder / "articles", stance=stance)
    cells = " × ".join(selection.by) or "figure"
    note = (f"up to {per:,} quotes of each {cells}, so every one is represented" if per is not None else
            "the figure's quotes, by date")
    shown = listing(kept, articles, level=selection.table, pages=pages)
    return data_table(shown, title=f"Quotes behind {figure.name}", max_rows=max_rows, files=files, note=note,
                      html_columns=("quote in context", "view"), total=len(rows))
