"""An explorer for interactive use in JupyterLab: ``analysis.explore(result)``.

Controls for speaker, outlet, target, kind and date range filter the run's tables; below them, the matching
quotes (each in its context), one matching article with its quotes highlighted, and the figures redrawn on the
same rows. It runs on ipywidgets and needs a live kernel; the static reports need nothing of it.

The filtering itself is :func:`select`, a plain function on the tables (tested without a browser).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

ALL = "(all)"
"""The value of a control that filters nothing."""

LISTED = 200
"""Quotes listed at most under the controls (all of them count in the figures)."""


@dataclass(frozen=True)
class Selected:
    """The tables restricted to a choice of speaker, outlet, target, kind and dates.

    Attributes:
        articles: the articles of the matching quotes.
        quotes: the matching quotes.
        stance: their stance rows (only the chosen target's, where one is chosen).
    """

    articles: pd.DataFrame
    quotes: pd.DataFrame
    stance: pd.DataFrame

    def __getitem__(self, name: str) -> pd.DataFrame:
        return getattr(self, name)


def _table(tables: object, name: str) -> pd.DataFrame:
    return tables[name] if isinstance(tables, Mapping) else getattr(tables, name)


def _chosen(value: object) -> bool:
    return value not in (None, "", ALL) and not (isinstance(value, (tuple, list)) and not value)


def select(tables: object, *, speaker: str | None = None, outlet: str | None = None, target: str | None = None,
           kind: str | tuple[str, ...] | None = None, start: object = None, end: object = None) -> Selected:
    """Restrict a run's tables to the quotes matching every choice given (None, "" or ``ALL``: no filter).

    Args:
        tables: a pipeline ``Result`` (or a mapping) with ``articles``, ``quotes`` and ``stance``.
        speaker: the corpus-level speaker name (``speaker_canonical`` where the tables have it).
        outlet: the articles' ``source``.
        target: a target: quotes with a stance row toward it, and those rows only.
        kind: ``direct``, ``mixed``, ``indirect``, or several.
        start: first day (inclusive) of the articles' dates; undated articles drop out once a bound is set.
        end: last day (inclusive).

    Returns:
        A :class:`Selected` with new frames (the inputs are untouched).
    """
    from analysis.figures.base import speaker_column

    articles, quotes, stance = _table(tables, "articles"), _table(tables, "quotes"), _table(tables, "stance")
    keep_articles = pd.Series(True, index=articles.index)
    if _chosen(outlet):
        keep_articles &= articles["source"] == outlet
    if start is not None or end is not None:
        dates = pd.to_datetime(articles["date"])
        if start is not None:
            keep_articles &= dates >= pd.Timestamp(start)
        if end is not None:
            keep_articles &= dates < pd.Timestamp(end) + pd.Timedelta(days=1)
    ids = set(articles.loc[keep_articles, "article_id"])
    keep = quotes["article_id"].isin(ids)
    if _chosen(speaker):
        keep &= quotes[speaker_column(quotes)] == speaker
    if _chosen(kind):
        keep &= quotes["kind"].isin([kind] if isinstance(kind, str) else list(kind))
    stance_rows = stance[stance["quote_id"].isin(set(quotes.loc[keep, "quote_id"]))]
    if _chosen(target):
        stance_rows = stance_rows[stance_rows["target"] == target]
        keep &= quotes["quote_id"].isin(set(stance_rows["quote_id"]))
    chosen = quotes[keep]
    return Selected(articles[articles["article_id"].isin(set(chosen["article_id"]))].copy(), chosen.copy(),
                    stance_rows.copy())


def _options(values: pd.Series, *, limit: int | None = None) -> list[str]:
    counts = values.dropna().astype(str)
    counts = counts[counts.str.strip() != ""].value_counts()
    return [str(v) for v in (counts.index if limit is None else counts.index[:limit])]


class Explorer:
    """The widgets of :func:`explore`: ``controls`` (by name), ``summary``, ``quotes``, ``article``, ``figures``.

    Changing a control redraws everything below it (:meth:`update`); ``selected`` holds the current rows.
    """

    def __init__(self, tables: object, *, listed: int = LISTED) -> None:
        import ipywidgets as widgets

        from analysis.figures.base import speaker_column

        self.tables, self.listed = tables, listed
        articles, quotes, stance = (_table(tables, n) for n in ("articles", "quotes", "stance"))
        dates = pd.to_datetime(articles["date"]).dropna() if "date" in articles else pd.Series(dtype="datetime64[ns]")
        layout = widgets.Layout(width="auto")
        self.controls: dict[str, Any] = {
            "speaker": widgets.Combobox(placeholder="any speaker (type a name)", description="speaker",
                                        options=_options(quotes[speaker_column(quotes)], limit=2000),
                                        ensure_option=False, layout=layout),
            "outlet": widgets.Dropdown(options=[ALL, *_options(articles.get("source", pd.Series(dtype=str)))],
                                       description="outlet", layout=layout),
            "target": widgets.Dropdown(options=[ALL, *_options(stance["target"])], description="target",
                                       layout=layout),
            "kind": widgets.Dropdown(options=[ALL, "direct", "mixed", "indirect"], description="kind", layout=layout),
            "start": widgets.DatePicker(description="from", value=dates.min().date() if len(dates) else None,
                                        disabled=not len(dates)),
            "end": widgets.DatePicker(description="to", value=dates.max().date() if len(dates) else None,
                                      disabled=not len(dates)),
        }
        self._bounds = (self.controls["start"].value, self.controls["end"].value)
        self.summary = widgets.HTML()
        self.quotes = widgets.HTML()
        self.pick = widgets.Dropdown(description="article", options=[], layout=widgets.Layout(width="60%"))
        self.article = widgets.HTML()
        self.figures = widgets.HBox(layout=widgets.Layout(flex_flow="row wrap"))
        self.selected: Selected | None = None
        for control in self.controls.values():
            control.observe(self.update, names="value")
        self.pick.observe(self._show_article, names="value")
        rows = [widgets.HBox([self.controls["speaker"], self.controls["outlet"], self.controls["target"]]),
                widgets.HBox([self.controls["kind"], self.controls["start"], self.controls["end"]])]
        self.widget = widgets.VBox([*rows, self.summary, widgets.HTML("<h4>Matching quotes</h4>"), self.quotes,
                                    widgets.HTML("<h4>In their article</h4>"), self.pick, self.article,
                                    widgets.HTML("<h4>The figures, on these quotes</h4>"), self.figures])
        self.update()

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    def choice(self) -> dict[str, Any]:
        """The current choices, as :func:`select` takes them (the full date range counts as no filter)."""
        values = {name: control.value for name, control in self.controls.items()}
        if (values["start"], values["end"]) == self._bounds:
            values["start"] = values["end"] = None
        return values

    def update(self, change: object = None) -> None:
        """Filter the tables by the controls and redraw the listing, the article and the figures."""
        from analysis.datatable import data_table
        from analysis.drilldown import listing, quote_rows

        self.selected = chosen = select(self.tables, **self.choice())
        self.summary.value = (f"<b>{len(chosen.quotes):,}</b> quotes in <b>{len(chosen.articles):,}</b> articles, "
                              f"<b>{len(chosen.stance):,}</b> stance rows")
        rows = quote_rows({"articles": chosen.articles, "quotes": chosen.quotes, "stance": chosen.stance})
        shown = listing(rows.head(self.listed), chosen.articles, level="quotes").drop(columns=["view"])
        self.quotes.value = data_table(shown, title="Quotes", max_rows=self.listed, total=len(rows),
                                       html_columns=("quote in context",)).html
        counts = chosen.quotes["article_id"].value_counts()
        titles = chosen.articles.set_index("article_id")["title"] if "title" in chosen.articles else {}
        options = []
        for article_id, n in counts.head(500).items():
            title = titles.get(article_id)
            options.append((f"{title if isinstance(title, str) and title else article_id} ({n} quotes)", article_id))
        self.pick.unobserve(self._show_article, names="value")
        self.pick.options = options
        self.pick.value = options[0][1] if options else None
        self.pick.observe(self._show_article, names="value")
        self._show_article()
        self._draw()

    def _show_article(self, change: object = None) -> None:
        from analysis.view import quotes_view

        if self.selected is None or self.pick.value is None:
            self.article.value = "<p><i>No article matches.</i></p>"
            return
        quotes = _table(self.tables, "quotes")
        self.article.value = quotes_view(_table(self.tables, "articles"), quotes[
            quotes["article_id"] == self.pick.value], self.pick.value).html

    def _draw(self) -> None:
        import ipywidgets as widgets

        from analysis import figures

        chosen = self.selected
        drawn = [figures.quotes_by_kind(chosen.quotes),
                 figures.stance_heatmap(figures.with_quote_columns(chosen.stance, chosen.quotes)),
                 figures.stance_by_target(chosen.stance),
                 figures.stance_over_time(chosen.stance, chosen.articles)]
        self.drawn = drawn
        self.figures.children = [widgets.Image(value=fig._repr_png_(), format="png", layout=widgets.Layout(
            max_width="48%")) if fig.reason is None else widgets.HTML(fig._repr_html_()) for fig in drawn]


def explore(result: object, *, listed: int = LISTED) -> Explorer:
    """Explore a run in JupyterLab: filter by speaker, outlet, target, kind and dates; read the quotes.

    Args:
        result: what :func:`analysis.run` returns (or a mapping with ``articles``, ``quotes``, ``stance``).
        listed: quotes listed at most (the figures count all matching quotes).

    Returns:
        An :class:`Explorer`; a notebook cell ending with it shows the controls.
    """
    return Explorer(result, listed=listed)
