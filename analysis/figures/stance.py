"""Figures of stance: speakers x targets, stance over time, and the share of each label per target.

Every number here rests on a count, and the figures show it: each heatmap cell and each point over time says
how many quotes it averages, and those resting on fewer than :data:`THIN` quotes are faded and hatched; shares
carry Wilson 95% intervals. Where there are many speakers or targets, the most-quoted are shown and the title
says how many were left out; a list of names shows those instead.

Speakers are named across the corpus by :func:`speaker_column` (``speaker_canonical`` where the table has it).
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import MaxNLocator

from analysis.figures.base import (
    STANCE_COLOURS,
    STANCE_VALUE,
    THIN,
    Figure,
    Selection,
    choose,
    date_axis,
    error_bars,
    has_values,
    left_out,
    mean_interval,
    missing,
    new_axes,
    set_style,
    short,
    speaker_column,
    wilson,
)

NO_STANCE = "no quote in this corpus mentions a target, so there is no stance to show."


def _values(stance: pd.DataFrame) -> pd.Series:
    """The labels as numbers (negative -1, neutral 0, positive +1), always a float column."""
    return stance["label"].map(STANCE_VALUE).astype("float64")


def _not_found(names: list[str]) -> str:
    return f"; not in the data: {', '.join(short(n, 30) for n in names)}" if names else ""


def _heading(fig: plt.Figure, ax: plt.Axes, title: str, note: str) -> None:
    fig.suptitle(title, fontweight="bold", fontsize=13)
    ax.set_title(note, fontsize=9.5, color="#444444", fontweight="normal")


def _named(stance: pd.DataFrame) -> pd.DataFrame:
    """Rows with a named speaker, the speaker's corpus-level name in ``speaker``."""
    column = speaker_column(stance)
    names = stance[column]
    keep = names.notna() & (names.astype(str).str.strip() != "")
    if "speaker_named" in stance.columns:
        keep &= stance["speaker_named"].astype("boolean").fillna(False).astype(bool)
    return stance[keep].assign(speaker=names[keep].astype(str), value=_values(stance[keep]))


def stance_heatmap(stance: pd.DataFrame, *, speakers: int | Sequence[str] = 15, targets: int | Sequence[str] = 10,
                   min_count: int = 1, thin: int = THIN) -> Figure:
    """Mean stance of the most-quoted named speakers toward the most-mentioned targets, with counts.

    Each cell is the mean of the labels (negative -1, neutral 0, positive +1) over that speaker's quotes
    mentioning that target, with ``n`` quotes below it; cells under ``thin`` quotes are faded and hatched, cells
    under ``min_count`` left blank. The data carries each cell's 95% interval (``low``, ``high``).

    Args:
        stance: the stance table (with ``speaker_named``, and ``speaker_canonical`` where available; see
            :func:`with_quote_columns`).
        speakers: how many of the most-quoted speakers, or the names to show.
        targets: how many of the most-mentioned targets, or the names to show.
        min_count: cells with fewer quotes are left blank.
        thin: cells with fewer quotes are faded and hatched.
    """
    columns = ["speaker", "target", "mean", "count", "low", "high", "thin"]
    if stance.empty:
        return missing("stance_heatmap", NO_STANCE, pd.DataFrame(columns=columns))
    named = _named(stance)
    if named.empty:
        return missing("stance_heatmap", "no quote with a named speaker mentions a target.",
                       pd.DataFrame(columns=columns))
    speaker_counts, target_counts = named["speaker"].value_counts(), named["target"].value_counts()
    shown_speakers, absent_speakers = choose(speaker_counts, speakers)
    shown_targets, absent_targets = choose(target_counts, targets)
    subset = named[named["speaker"].isin(shown_speakers) & named["target"].isin(shown_targets)]
    groups = subset.groupby(["speaker", "target"])["value"]
    data = groups.agg(mean="mean", count="size").reset_index()
    bounds = groups.apply(mean_interval)
    data["low"] = [bounds[(s, t)][0] for s, t in zip(data["speaker"], data["target"])]
    data["high"] = [bounds[(s, t)][1] for s, t in zip(data["speaker"], data["target"])]
    data = data[data["count"] >= min_count].assign(thin=lambda d: d["count"] < thin)[columns]
    data = data.reset_index(drop=True)
    if data.empty:
        return missing("stance_heatmap", "none of the chosen speakers mentions one of the chosen targets"
                       + _not_found(absent_speakers + absent_targets) + ".", data)
    rows = [s for s in shown_speakers if s in set(data["speaker"])]
    cols = [t for t in shown_targets if t in set(data["target"])]
    means = data.pivot(index="speaker", columns="target", values="mean").reindex(index=rows, columns=cols)
    counts = data.pivot(index="speaker", columns="target", values="count").reindex(index=rows, columns=cols)
    notes = [[("" if pd.isna(m) else f"{m:+.2f}\nn={int(n)}") for m, n in zip(mr, nr)]
             for mr, nr in zip(means.to_numpy(), counts.to_numpy())]
    fig, ax = new_axes(max(6.5, 0.95 * len(cols) + 4.5), max(3.2, 0.45 * len(rows) + 2.2))
    values = means.to_numpy(dtype="float64")
    mesh = ax.pcolormesh(np.ma.masked_invalid(values), cmap="RdBu", vmin=-1, vmax=1, edgecolors="white",
                         linewidth=0.5)
    fig.colorbar(mesh, ax=ax, label="mean stance (-1 negative … +1 positive)")
    ax.set_xlim(0, len(cols))
    ax.set_ylim(len(rows), 0)
    ax.set_xticks(np.arange(len(cols)) + 0.5, [short(c, 25) for c in cols], ha="right", rotation_mode="anchor")
    ax.set_yticks(np.arange(len(rows)) + 0.5, [short(r, 40) for r in rows])
    for i, row in enumerate(counts.to_numpy()):
        for j, n in enumerate(row):
            if pd.isna(n):
                continue
            faded = n < thin
            dark = abs(values[i, j]) > 0.6 and not faded
            ax.text(j + 0.5, i + 0.5, notes[i][j], ha="center", va="center", fontsize=8, zorder=4,
                    color="white" if dark else "#222222")
            if faded:
                ax.add_patch(Rectangle((j, i), 1, 1, facecolor="white", alpha=0.6, edgecolor="none", zorder=2))
                ax.add_patch(Rectangle((j, i), 1, 1, fill=False, hatch="//", edgecolor="#c8c8c8",
                                       linewidth=0, zorder=2))
    ax.grid(False)
    ax.tick_params(axis="x", labelrotation=30)
    ax.set_xlabel("target")
    ax.set_ylabel("")
    note = (f"{left_out(len(rows), len(speaker_counts), 'named speakers')} and "
            f"{left_out(len(cols), len(target_counts), 'targets')} with the most quotes"
            f"{_not_found(absent_speakers + absent_targets)}; hatched cells: fewer than {thin} quotes")
    _heading(fig, ax, "Stance of the most-quoted speakers toward each target", note)
    where = {"speaker": tuple(rows), "target": tuple(cols)}
    if "speaker_named" in stance.columns:
        where["speaker_named"] = (True,)
    return Figure("stance_heatmap", fig, data, selection=Selection("stance", where, by=("speaker", "target")))


def stance_over_time(stance: pd.DataFrame, articles: pd.DataFrame, *, targets: int | Sequence[str] = 6,
                     freq: str = "MS", thin: int = THIN) -> Figure:
    """Mean stance toward the most-mentioned targets per month (points and lines), quotes per month below.

    Each point says how many quotes it averages by its size; points under ``thin`` quotes are hollow and faded.
    Lines join consecutive periods only (a month without quotes breaks the line). The data carries each
    point's 95% interval (``low``, ``high``).

    Args:
        stance: the stance table.
        articles: the articles table, for ``date``.
        targets: how many of the most-mentioned targets, or the names to show.
        freq: the period (pandas offset alias: ``MS`` months, ``QS`` quarters, ``W`` weeks).
        thin: points with fewer quotes are hollow and faded.
    """
    columns = ["period", "target", "mean", "count", "low", "high", "thin"]
    empty = pd.DataFrame(columns=columns)
    if not has_values(articles, "date"):
        return missing("stance_over_time", "no article in this corpus has a date, so stance cannot be drawn "
                       "over time.", empty)
    if stance.empty:
        return missing("stance_over_time", NO_STANCE, empty)
    dates = articles[["article_id", "date"]].assign(date=lambda d: pd.to_datetime(d["date"]))
    dated = stance[["article_id", "target", "label"]].merge(dates, on="article_id", how="left")
    dated = dated.dropna(subset=["date"])
    if dated.empty:
        return missing("stance_over_time", "no quote that mentions a target is in a dated article.", empty)
    dated = dated.assign(value=_values(dated))
    target_counts = dated["target"].value_counts()
    shown, absent = choose(target_counts, targets)
    dated = dated[dated["target"].isin(shown)]
    if dated.empty:
        return missing("stance_over_time", "none of the chosen targets is mentioned" + _not_found(absent) + ".",
                       empty)
    periods = pd.date_range(dated["date"].min().to_period("M").to_timestamp(), dated["date"].max(), freq=freq)
    if len(periods) == 0:
        periods = pd.DatetimeIndex([dated["date"].min().to_period("M").to_timestamp()])
    groups = dated.groupby([pd.Grouper(key="date", freq=freq), "target"])["value"]
    data = groups.agg(mean="mean", count="size")
    bounds = groups.apply(mean_interval)
    data["low"], data["high"] = [b[0] for b in bounds], [b[1] for b in bounds]
    data = data.reset_index().rename(columns={"date": "period"})
    data = data.assign(thin=data["count"] < thin)[columns]
    set_style()
    fig, (ax, ax_n) = plt.subplots(2, 1, figsize=(10, 6.2), sharex=True, height_ratios=[3, 1], layout="constrained")
    plt.close(fig)
    palette = dict(zip(shown, sns.color_palette("colorblind", len(shown))))
    width = max(1.0, (periods[1] - periods[0]).days * 0.8) if len(periods) > 1 else 20.0
    bottom = pd.Series(0.0, index=periods)
    for target in shown:
        part = data[data["target"] == target].set_index("period").reindex(periods)
        colour = palette[target]
        ax.plot(periods, part["mean"], color=colour, linewidth=1.6, label=short(target, 30))
        sizes = 12 + 110 * np.sqrt(part["count"].fillna(0) / max(1, data["count"].max()))
        solid = part["count"] >= thin
        ax.scatter(periods[solid], part["mean"][solid], s=sizes[solid], color=colour, zorder=3)
        ax.scatter(periods[~solid], part["mean"][~solid], s=sizes[~solid], facecolors="white", edgecolors=colour,
                   alpha=0.6, zorder=3)
        counts = part["count"].fillna(0)
        ax_n.bar(periods, counts, bottom=bottom, width=width, align="edge", color=colour)
        bottom += counts
    ax.axhline(0, color="grey", linewidth=1)
    ax.set_ylim(-1.08, 1.08)
    ax.set_ylabel("mean stance\n(-1 … +1)")
    handles = [Line2D([], [], color=palette[t], marker="o", label=short(t, 30)) for t in shown]
    handles.append(Line2D([], [], color="#777777", marker="o", markerfacecolor="white", linestyle="none",
                          label=f"fewer than {thin} quotes"))
    ax.legend(handles=handles, title="target", loc="upper left", bbox_to_anchor=(1.01, 1))
    ax_n.set_ylabel("quotes")
    ax_n.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
    ax_n.set_xlabel("period" if freq != "MS" else "month")
    date_axis(ax_n)
    undated = len(stance) - len(stance[stance["article_id"].isin(articles.loc[articles["date"].notna(),
                                                                                  "article_id"])])
    note = (f"{left_out(len(shown), len(target_counts), 'targets')} with the most quotes{_not_found(absent)}; "
            f"point size: quotes; hollow: fewer than {thin}"
            + (f"; {undated:,} stance rows in undated articles left out" if undated else ""))
    _heading(fig, ax, "Stance toward each target over time (quotes per period below)", note)
    return Figure("stance_over_time", fig, data,
                  selection=Selection("stance", {"target": tuple(shown)}, by=("target",), dated=True))


def stance_by_target(stance: pd.DataFrame, *, targets: int | Sequence[str] = 10) -> Figure:
    """Share of negative, neutral and positive stance toward each target, with Wilson 95% intervals.

    Args:
        stance: the stance table.
        targets: how many of the most-mentioned targets, or the names to show.
    """
    columns = ["target", "label", "quotes", "total", "share", "low", "high"]
    if stance.empty:
        return missing("stance_by_target", NO_STANCE, pd.DataFrame(columns=columns))
    target_counts = stance["target"].value_counts()
    shown, absent = choose(target_counts, targets)
    if not shown:
        return missing("stance_by_target", "none of the chosen targets is mentioned" + _not_found(absent) + ".",
                       pd.DataFrame(columns=columns))
    counts = pd.crosstab(stance["target"], stance["label"]).reindex(index=shown, columns=list(STANCE_COLOURS),
                                                                    fill_value=0)
    rows = []
    for target in shown:
        total = int(target_counts[target])
        for label in STANCE_COLOURS:
            n = int(counts.at[target, label])
            low, high = wilson(n, total)
            rows.append((target, label, n, total, n / total, low, high))
    data = pd.DataFrame(rows, columns=columns)
    fig, ax = new_axes(9.5, max(2.6, 0.55 * len(shown) + 1.6))
    positions = {t: i for i, t in enumerate(shown)}
    for offset, label in zip((-0.22, 0.0, 0.22), STANCE_COLOURS):
        part = data[data["label"] == label]
        y = [positions[t] + offset for t in part["target"]]
        ax.errorbar(part["share"], y, xerr=error_bars(part), fmt="o",
                    color=STANCE_COLOURS[label], capsize=2.5, markersize=5, label=label)
    ax.set_yticks(range(len(shown)), [f"{short(t, 30)} (n={target_counts[t]:,})" for t in shown])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    ax.set_xlabel("share of the target's stance rows (dot) with its 95% interval (bar)")
    ax.legend(handles=[Patch(color=c, label=lab) for lab, c in STANCE_COLOURS.items()], title="stance",
              loc="upper left", bbox_to_anchor=(1.01, 1))
    note = f"{left_out(len(shown), len(target_counts), 'targets')} with the most quotes{_not_found(absent)}"
    _heading(fig, ax, "Stance toward each target: share of each label", note)
    return Figure("stance_by_target", fig, data,
                  selection=Selection("stance", {"target": tuple(shown)}, by=("target", "label")))


__all__ = ["stance_by_target", "stance_heatmap", "stance_over_time"]
