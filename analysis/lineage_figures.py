"""Figures of notebook 04, who repeats whom: one function per figure, each returning a
:class:`analysis.figures.Figure` (the matplotlib figure and the table of numbers behind it), and the drill-down
tables that list the quotes behind each figure.

The figures read the lineage table (:func:`analysis.lineage.quote_lineage`), the quotes table and the articles
table only. Copies of a wire story (``copy``) count where a statement was carried, never as who had it first.

============================  ===================================================================================
function                      shows
============================  ===================================================================================
:func:`most_carried`          the statements carried by the most outlets: speaker, statement, outlets, first
                              outlet and date
:func:`outlet_overlap`        outlet by outlet: how many statements each pair of outlets both carried
:func:`pickup_lag`            per outlet: days between a statement's first appearance and the outlet's
:func:`renderings`            per outlet: how it renders statements others carry (exact, trimmed, reworded...)
:func:`statement_quotes`      drill-down: the quotes of some lineages, with outlet, date, match and text
:func:`busiest_pair`,         drill-down helpers: the two outlets sharing most, and the statements they share
:func:`pair_lineages`
============================  ===================================================================================
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from analysis.figures.base import Figure, missing, new_axes
from analysis.lineage import MATCH_KINDS

ACCENT = "#4d5d6e"
"""Counts in one neutral colour, as in analysis.figures."""
MATCH_COLOURS = dict(zip(MATCH_KINDS, ["#3b4b5c", "#7f8fa0", "#de8f05", "#cc78bc"]))
"""One colour per match kind: the exact renderings dark, the trimmed and reworded ones in colour."""

DRILL_COLUMNS = ["lineage_id", "speaker", "source", "date", "first", "copy", "match", "kind", "text", "article_id",
                 "quote_id"]
"""Columns of :func:`statement_quotes`."""


def _speaker_column(quotes: pd.DataFrame) -> str:
    return "speaker_canonical" if "speaker_canonical" in quotes.columns else "speaker"


def _shared(lineage: pd.DataFrame) -> pd.DataFrame:
    """The rows of lineages carried by two outlets or more, with a known outlet."""
    return lineage[(lineage["n_sources"] >= 2) & lineage["source"].notna()]


NOTHING_SHARED = "no statement in this corpus is carried by two outlets"


# ---------------------------------------------------------------------------------------------------------------
# the figures


def most_carried(lineage: pd.DataFrame, quotes: pd.DataFrame, *, top: int = 15) -> Figure:
    """The statements carried by the most outlets (then articles), with the first outlet and date.

    Args:
        lineage: the lineage table.
        quotes: the quotes table (for the speaker and the words of each statement's reference quote).
        top: how many statements to show.

    Returns:
        The figure; its data has one row per statement: ``lineage_id``, ``speaker``, ``statement`` (the reference
        quote's text), ``n_sources``, ``n_articles``, ``first_source``, ``first_date``, ``outlets`` ('; '-joined).
    """
    shared = _shared(lineage)
    speaker = _speaker_column(quotes)
    references = (lineage.loc[lineage["reference"] & lineage["lineage_id"].isin(shared["lineage_id"]),
                              ["lineage_id", "quote_id", "n_sources", "n_articles"]]
                  .merge(quotes[["quote_id", speaker, "text"]], on="quote_id", how="left")
                  .rename(columns={speaker: "speaker", "text": "statement"}))
    firsts = shared.loc[shared["first"], ["lineage_id", "source", "date"]].rename(
        columns={"source": "first_source", "date": "first_date"})
    outlets = (shared.groupby("lineage_id")["source"].agg(lambda s: "; ".join(sorted(set(s)))).rename("outlets")
               .reset_index())
    data = (references.merge(firsts, on="lineage_id", how="left").merge(outlets, on="lineage_id", how="left")
            .sort_values(["n_sources", "n_articles", "first_date", "lineage_id"], ascending=[False, False, True, True])
            .head(top).reset_index(drop=True))
    data = data[["lineage_id", "speaker", "statement", "n_sources", "n_articles", "first_source", "first_date",
                 "outlets"]]
    if data.empty:
        return missing("most_carried", NOTHING_SHARED, data)
    fig, ax = new_axes(10, max(2.5, 0.55 * len(data) + 1.3))
    labels = [_label(s, t) for s, t in zip(data["speaker"], data["statement"])]
    ax.barh(range(len(data)), data["n_sources"], color=ACCENT)
    ax.set_yticks(range(len(data)), labels, fontsize=8)
    ax.invert_yaxis()
    for y, (n, source, date) in enumerate(zip(data["n_sources"], data["first_source"], data["first_date"])):
        when = f"{source}, {date:%Y-%m-%d}" if isinstance(source, str) and pd.notna(date) else "first: unknown"
        ax.text(n, y, f"  {n} outlets; first: {when}", va="center", fontsize=8)
    ax.set_xlim(0, data["n_sources"].max() * 1.9)
    ax.set_xlabel("outlets carrying the statement")
    ax.set_title(f"Most widely carried statements (top {len(data)})")
    return Figure("most_carried", fig, data)


def _label(speaker: object, statement: object, width: int = 70) -> str:
    who = speaker if isinstance(speaker, str) and speaker else "(no speaker)"
    words = " ".join(str(statement).split()) if isinstance(statement, str) else ""
    return f"{who}: {textwrap.shorten(words, width=width, placeholder=' …')}"


def outlet_overlap(lineage: pd.DataFrame, *, top: int = 12) -> Figure:
    """Outlet by outlet: how many statements both outlets carried (the diagonal: all the outlet's shared ones).

    Args:
        lineage: the lineage table.
        top: how many outlets to show (those carrying the most shared statements).

    Returns:
        The figure; its data is long: ``source``, ``other_source``, ``shared`` (statements both carried).
    """
    shared = _shared(lineage)[["lineage_id", "source"]].drop_duplicates()
    outlets = shared["source"].value_counts().head(top).index.tolist()
    kept = shared[shared["source"].isin(outlets)]
    pairs = kept.merge(kept, on="lineage_id", suffixes=("", "_other"))
    data = (pairs.groupby(["source", "source_other"]).size().rename("shared").reset_index()
            .rename(columns={"source_other": "other_source"}))
    if len(outlets) < 2:
        return missing("outlet_overlap", NOTHING_SHARED, data.iloc[0:0])
    fig, ax = new_axes(9, 7.5)
    grid = data.pivot(index="source", columns="other_source", values="shared").reindex(
        index=outlets, columns=outlets).fillna(0).astype(int)
    sns.heatmap(grid, ax=ax, annot=len(outlets) <= 15, fmt="d", cmap="Blues", cbar_kws={"label": "statements"},
                linewidths=0.5, linecolor="white")
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.tick_params(axis="x", rotation=45, labelsize=8)
    ax.tick_params(axis="y", labelsize=8)
    plt.setp(ax.get_xticklabels(), ha="right")
    ax.set_title(f"Statements carried by both outlets ({len(outlets)} outlets with the most)")
    return Figure("outlet_overlap", fig, data)


def pickup_lag(lineage: pd.DataFrame, *, top: int = 12) -> Figure:
    """Per outlet, the days between a statement's first appearance and the outlet's own first appearance of it.

    Only dated rows of statements carried by two outlets or more count; the first outlet's own rows have lag 0.

    Returns:
        The figure; its data has one row per outlet and statement: ``source``, ``lineage_id``, ``lag_days``,
        ``was_first``.
    """
    shared = _shared(lineage)
    shared = shared[shared["date"].notna()]
    start = shared.groupby("lineage_id")["date"].transform("min")
    rows = shared.assign(lag_days=(shared["date"] - start).dt.days)
    first_sources = set(zip(shared.loc[shared["first"], "lineage_id"], shared.loc[shared["first"], "source"]))
    data = (rows.groupby(["source", "lineage_id"])["lag_days"].min().reset_index())
    data["was_first"] = [(lid, src) in first_sources for lid, src in zip(data["lineage_id"], data["source"])]
    outlets = data["source"].value_counts().head(top).index.tolist()
    shown = data[data["source"].isin(outlets)]
    if shown.empty:
        return missing("pickup_lag", NOTHING_SHARED + " with dates", data.reset_index(drop=True))
    fig, ax = new_axes(9, max(2.5, 0.4 * len(outlets) + 1.5))
    order = shown.groupby("source")["lag_days"].median().sort_values().index.tolist()
    counts = shown["source"].value_counts()
    groups = [shown.loc[shown["source"] == o, "lag_days"].to_numpy() for o in order]
    ax.boxplot(groups, orientation="horizontal", patch_artist=True, widths=0.6,
               boxprops={"facecolor": "#c9d3dd", "edgecolor": ACCENT}, medianprops={"color": ACCENT},
               flierprops={"markersize": 2, "markeredgecolor": ACCENT})
    ax.set_yticks(range(1, len(order) + 1), [f"{o} ({counts[o]})" for o in order], fontsize=8)
    ax.invert_yaxis()
    ax.set_xscale("symlog", linthresh=1)
    ax.set_xlabel("days after the statement's first appearance (0 = the same day; log scale)")
    ax.set_ylabel("outlet (statements)")
    ax.set_title("How soon each outlet carries statements that others carry")
    return Figure("pickup_lag", fig, data.reset_index(drop=True))


def renderings(lineage: pd.DataFrame, *, top: int = 12) -> Figure:
    """Per outlet, how it renders the statements it shares with other outlets: exact, near-exact, partial
    (trimmed) or reworded, against each statement's reference quote (the statement's fullest quoted form).

    Returns:
        The figure; its data: ``source``, ``match``, ``quotes``, ``share`` (of the outlet's shared quotes).
    """
    shared = _shared(lineage)
    shared = shared[shared["match"].notna()]
    outlets = shared["source"].value_counts().head(top).index.tolist()
    kept = shared[shared["source"].isin(outlets)]
    data = kept.groupby(["source", "match"]).size().rename("quotes").reset_index()
    data["share"] = data["quotes"] / data.groupby("source")["quotes"].transform("sum")
    if data.empty:
        return missing("renderings", NOTHING_SHARED, data)
    fig, ax = new_axes(9, max(2.5, 0.4 * len(outlets) + 1.5))
    grid = data.pivot(index="source", columns="match", values="share").reindex(
        index=outlets, columns=[k for k in MATCH_KINDS if k in set(data["match"])]).fillna(0)
    left = np.zeros(len(grid))
    for kind in grid.columns:
        ax.barh(range(len(grid)), grid[kind], left=left, color=MATCH_COLOURS[kind], label=kind)
        left += grid[kind].to_numpy()
    totals = data.groupby("source")["quotes"].sum()
    ax.set_yticks(range(len(grid)), [f"{o} ({totals[o]})" for o in grid.index], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_xlabel("share of the outlet's quotes of statements others carry too")
    ax.legend(title="rendering", loc="lower right", fontsize=8)
    ax.set_title("Which outlets trim or reword the statements they carry")
    return Figure("renderings", fig, data)


# ---------------------------------------------------------------------------------------------------------------
# drill-down


def statement_quotes(lineage: pd.DataFrame, quotes: pd.DataFrame, *, lineage_ids: Iterable[str] | None = None,
                     sources: Iterable[str] | None = None, matches: Iterable[str] | None = None,
                     limit: int | None = 500) -> pd.DataFrame:
    """The quotes behind a figure: rows of the lineage table joined to their quotes (:data:`DRILL_COLUMNS`).

    Args:
        lineage: the lineage table.
        quotes: the quotes table.
        lineage_ids: keep these statements only (in this order; default: all).
        sources: keep these outlets only.
        matches: keep these match kinds only.
        limit: at most this many rows (None: all), statements in the order given, each by date.

    Returns:
        One row per quote: the statement, its speaker, outlet, date, whether it came first or copies a wire
        story, its match kind and quote kind, and its text.
    """
    rows = lineage
    if lineage_ids is not None:
        wanted = list(dict.fromkeys(lineage_ids))
        rows = rows[rows["lineage_id"].isin(wanted)]
        rank = {lid: i for i, lid in enumerate(wanted)}
    else:
        rank = None
    if sources is not None:
        rows = rows[rows["source"].isin(list(sources))]
    if matches is not None:
        rows = rows[rows["match"].isin(list(matches))]
    speaker = _speaker_column(quotes)
    table = rows.merge(quotes[["quote_id", speaker, "kind", "text"]].rename(columns={speaker: "speaker"}),
                       on="quote_id", how="left")
    order = table["lineage_id"].map(rank) if rank is not None else table["lineage_id"]
    table = (table.assign(_order=order).sort_values(["_order", "date", "source", "quote_id"], na_position="last")
             .drop(columns="_order"))
    table = table[DRILL_COLUMNS].reset_index(drop=True)
    return table.head(limit) if limit is not None else table


def busiest_pair(overlap: pd.DataFrame) -> tuple[str, str] | None:
    """The two different outlets sharing the most statements in :func:`outlet_overlap`'s data (None if none)."""
    off = overlap[overlap["source"] < overlap["other_source"]]
    if off.empty:
        return None
    best = off.sort_values(["shared", "source", "other_source"], ascending=[False, True, True]).iloc[0]
    return str(best["source"]), str(best["other_source"])


def pair_lineages(lineage: pd.DataFrame, source: str, other_source: str) -> list[str]:
    """The statements two outlets both carried (for the drill-down of one cell of :func:`outlet_overlap`)."""
    carried = lineage[["lineage_id", "source"]].dropna().drop_duplicates()
    first = set(carried.loc[carried["source"] == source, "lineage_id"])
    second = set(carried.loc[carried["source"] == other_source, "lineage_id"])
    return sorted(first & second)
