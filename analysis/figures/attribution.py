"""Figures of who is quoted: the most-quoted speakers, kinds of attribution, speaker types per outlet."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.patches import Patch

from analysis.figures.base import (
    KIND_ORDER,
    SOURCE_COLOURS,
    TYPE_COLOURS,
    TYPE_ORDER,
    Figure,
    Selection,
    error_bars,
    has_values,
    missing,
    new_axes,
    set_style,
    short,
    wilson,
)


def _first(value: object) -> str | None:
    """The first role/organisation of a speakers-table cell (a list or a '; '-joined string)."""
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        items = [v for v in list(value) if isinstance(v, str) and v]
        return items[0] if items else None
    if isinstance(value, str) and value:
        return value.split("; ")[0]
    return None


def _label(speaker: object, role: str | None, org: str | None) -> str:
    extra = [v for v in (role, org) if isinstance(v, str) and v]
    return short(f"{speaker}{' (' + ', '.join(extra) + ')' if extra else ''}", 70)


def _type_order(types: pd.Series) -> list[str]:
    present = set(types)
    return [t for t in TYPE_ORDER if t in present] + sorted(present - set(TYPE_ORDER))


def _type_colour(kind: str) -> str:
    return TYPE_COLOURS.get(kind, "#777777")


def top_speakers(speakers: pd.DataFrame, *, top: int = 15, named_only: bool = True) -> Figure:
    """The most-quoted speakers, labelled with their first role and organisation, coloured by type.

    Args:
        speakers: the speakers table (``speaker`` is the corpus-level name).
        top: how many speakers to show; the title says how many there are.
        named_only: leave unnamed sources ("analysts") out.
    """
    table = speakers[speakers["speaker_named"].astype(bool)] if named_only else speakers
    columns = ["speaker", "label", "speaker_type", "speaker_country", "n_quotes", "n_articles"]
    if table.empty:
        what = "named speaker" if named_only else "speaker"
        return missing("top_speakers", f"no quote in this corpus has a {what}.", pd.DataFrame(columns=columns))
    data = table.sort_values(["n_quotes", "speaker"], ascending=[False, True], kind="stable").head(top).copy()
    roles = data["roles"].map(_first) if "roles" in data else [None] * len(data)
    orgs = data["orgs"].map(_first) if "orgs" in data else [None] * len(data)
    data["label"] = [_label(s, r, o) for s, r, o in zip(data["speaker"], roles, orgs)]
    data["speaker_type"] = data["speaker_type"].fillna("other")
    data = data[columns].reset_index(drop=True)
    fig, ax = new_axes(10, max(2.5, 0.38 * len(data) + 1.3))
    bars = ax.barh(data["label"], data["n_quotes"], color=[_type_colour(t) for t in data["speaker_type"]])
    ax.bar_label(bars, labels=[f"{v:,}" for v in data["n_quotes"]], padding=3)
    ax.invert_yaxis()
    ax.legend(handles=[Patch(color=_type_colour(t), label=t) for t in _type_order(data["speaker_type"])],
              title="speaker type", loc="lower right")
    ax.set_xlabel("attributions (quotes and reported speech)")
    ax.set_title(f"Most-quoted {'named ' if named_only else ''}speakers (top {len(data)} of {len(table):,})")
    return Figure("top_speakers", fig, data,
                  selection=Selection("quotes", {"speaker": tuple(data["speaker"])}, by=("speaker",)))


def quotes_by_kind(quotes: pd.DataFrame) -> Figure:
    """Attributions by kind (direct, mixed, indirect), split into named and unnamed sources."""
    columns = ["kind", "named source", "unnamed or no source"]
    if quotes.empty:
        return missing("quotes_by_kind", "no quote or reported speech was found in this corpus.",
                       pd.DataFrame(columns=columns))
    source = quotes["speaker_named"].astype("boolean").fillna(False).map(
        {True: "named source", False: "unnamed or no source"})
    data = (pd.crosstab(quotes["kind"], source).reindex(KIND_ORDER, fill_value=0)
            .rename_axis(index="kind", columns=None).reset_index())
    for column in columns[1:]:
        if column not in data:
            data[column] = 0
    data = data[columns]
    fig, ax = new_axes(8, 4)
    left = pd.Series(0, index=data.index)
    for column in columns[1:]:
        bars = ax.barh(data["kind"], data[column], left=left, color=SOURCE_COLOURS[column], label=column)
        ax.bar_label(bars, labels=[f"{v:,}" if v else "" for v in data[column]], label_type="center",
                     color="white" if column == "named source" else "black")
        left = left + data[column]
    ax.invert_yaxis()
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
    ax.set_xlabel("attributions")
    ax.set_title(f"Attributions by kind and source: {len(quotes):,} in all")
    return Figure("quotes_by_kind", fig, data, selection=Selection("quotes", by=("kind", "speaker_named")))


def source_types(quotes: pd.DataFrame, articles: pd.DataFrame | None = None, *, outlets: int = 12) -> Figure:
    """Share of attributions by speaker type (officials, academics, think tanks, unnamed...) per outlet.

    One panel per speaker type, one row per outlet: each share carries its Wilson 95% interval, so an outlet
    with 30 quotes does not look as sure as one with 3,000. Without outlets (no ``source``) the whole corpus is
    one row.

    Args:
        quotes: the quotes table (``speaker_type``).
        articles: the articles table, for ``source``.
        outlets: the outlets with the most attributions to show; the title says how many were left out.
    """
    columns = ["source", "speaker_type", "quotes", "total", "share", "low", "high"]
    if quotes.empty:
        return missing("source_types", "no quote or reported speech was found in this corpus.",
                       pd.DataFrame(columns=columns))
    by_outlet = articles is not None and has_values(articles, "source")
    frame = quotes[["article_id", "speaker_type"]]  # the columns it reads: the rows carry whole quotes
    if by_outlet:
        frame = frame.merge(articles[["article_id", "source"]], on="article_id", how="left")
        frame = frame.assign(source=frame["source"].fillna("(unknown)"))
    else:
        frame = frame.assign(source="(all articles)")
    frame = frame.assign(speaker_type=frame["speaker_type"].fillna("other").replace("", "other"))
    totals = frame["source"].value_counts()
    top = list(totals.index[:outlets])
    frame = frame[frame["source"].isin(top)]
    counts = pd.crosstab(frame["source"], frame["speaker_type"]).reindex(index=top, fill_value=0)
    order = _type_order(pd.Series(counts.columns))
    rows = []
    for source in top:
        for kind in order:
            n, total = int(counts.at[source, kind]), int(totals[source])
            low, high = wilson(n, total)
            rows.append((source, kind, n, total, n / total, low, high))
    data = pd.DataFrame(rows, columns=columns)
    set_style()
    fig, axes = plt.subplots(1, len(order), figsize=(3 + 2.1 * len(order), max(2.4, 0.42 * len(top) + 1.6)),
                             sharey=True, squeeze=False, layout="constrained")
    plt.close(fig)
    labels = [f"{short(s, 40)} (n={totals[s]:,})" for s in top]
    for ax, kind in zip(axes[0], order):
        part = data[data["speaker_type"] == kind]
        ax.errorbar(part["share"], labels, xerr=error_bars(part),
                    fmt="o", color=_type_colour(kind), ecolor=_type_colour(kind), capsize=3, markersize=6)
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.set_xticks([0, 0.5, 1])
        ax.set_title(kind, fontsize=11)
    axes[0][0].invert_yaxis()
    fig.supxlabel("share of the outlet's attributions (dot) with its 95% interval (bar)", fontsize=10)
    shown = f" ({len(top)} of {len(totals):,} outlets)" if len(totals) > len(top) else ""
    fig.suptitle(("Who gets quoted: speaker types per outlet" if by_outlet else
                  "Who gets quoted: speaker types (no outlet names in this corpus)") + shown, fontweight="bold")
    where = {"source": tuple(top)} if by_outlet else {}
    return Figure("source_types", fig, data, selection=Selection("quotes", where, by=("source", "speaker_type")))


__all__ = ["quotes_by_kind", "source_types", "top_speakers"]
