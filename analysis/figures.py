"""Figures for the notebooks: one function per figure, each returning a :class:`Figure` (the matplotlib figure
and the table of numbers behind it), so every chart can be saved as PNG and CSV side by side.

All figures share one style (:func:`set_style`) and are titled and labelled to read at a glance, on a handful
of articles as on tens of thousands.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.ticker import MaxNLocator

PALETTE = "colorblind"
ACCENT = sns.color_palette(PALETTE)[0]


@dataclass
class Figure:
    """A chart and the numbers behind it."""

    name: str
    figure: plt.Figure
    data: pd.DataFrame

    def save(self, folder: str | Path) -> SavedFigure:
        """Write ``folder/NAME.png`` and ``folder/NAME.csv``; return both paths (``png, csv = fig.save(...)``).

        In a notebook the returned value shows the PNG just written, so a cell ending in ``fig.save(folder)``
        displays the very file of the report's ``figures/`` folder, drawn once for both.
        """
        from analysis.tables import atomic_path

        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        png, csv = folder / f"{self.name}.png", folder / f"{self.name}.csv"
        with atomic_path(png) as tmp:
            self.figure.savefig(tmp, format="png", dpi=SAVE_DPI, bbox_inches="tight")
        with atomic_path(csv) as tmp:
            self.data.to_csv(tmp, index=False)
        return SavedFigure(png, csv)

    def _repr_png_(self) -> bytes:
        from io import BytesIO

        buffer = BytesIO()
        self.figure.savefig(buffer, format="png", dpi=DISPLAY_DPI, bbox_inches="tight")
        return buffer.getvalue()


SAVE_DPI = 150
"""Resolution of the saved PNG files."""
DISPLAY_DPI = 110
"""Resolution a figure is shown at in a notebook (a saved one: its file, scaled to this size)."""


class SavedFigure(NamedTuple):
    """The files :meth:`Figure.save` wrote; shown in a notebook as the PNG itself."""

    png: Path
    csv: Path

    def _repr_png_(self) -> tuple[bytes, dict[str, int]]:
        data = self.png.read_bytes()
        width = int.from_bytes(data[16:20], "big")  # the PNG header's width, in pixels
        return data, {"width": round(width * DISPLAY_DPI / SAVE_DPI)}


def set_style() -> None:
    """Apply the toolkit's one plotting style (seaborn whitegrid, colour-blind palette)."""
    sns.set_theme(style="whitegrid", context="notebook", palette=PALETTE)
    plt.rcParams.update({"figure.dpi": 110, "axes.titleweight": "bold", "axes.titlesize": 13,
                         "axes.formatter.use_locale": False, "axes.formatter.limits": (-6, 7)})


def _new(width: float = 9, height: float = 4.5) -> tuple[plt.Figure, plt.Axes]:
    set_style()
    fig, ax = plt.subplots(figsize=(width, height), layout="constrained")
    plt.close(fig)
    return fig, ax


def _date_axis(ax: plt.Axes) -> None:
    """Readable month ticks at any time span."""
    locator = AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))


def _empty(ax: plt.Axes, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=12, color="grey")
    ax.set_xticks([])
    ax.set_yticks([])


# ---------------------------------------------------------------------------------------------------------------
# notebook 01: the corpus at a glance


def _trim_sparse_start(dates: pd.Series, *, share: float = 0.002) -> pd.Series:
    """Drop the earliest stray dates (together under ``share`` of the corpus) so a timeline is not mostly empty."""
    if len(dates) < 500:
        return dates
    cutoff = dates.quantile(share)
    return dates[dates >= cutoff.to_period("M").to_timestamp()]


def articles_per_month(articles: pd.DataFrame) -> Figure:
    """Articles per month (articles without a valid date, or stray early dates, are counted in the title)."""
    all_dated = articles["date"].dropna()  # the date column alone: the rows carry whole texts
    dated = _trim_sparse_start(all_dated)
    data = (pd.Series(1, index=pd.DatetimeIndex(dated, name="date")).resample("MS").size().rename("articles")
            .reset_index().rename(columns={"date": "month"}) if len(dated)
            else pd.DataFrame({"month": [], "articles": []}))
    fig, ax = _new()
    undated, early = len(articles) - len(all_dated), len(all_dated) - len(dated)
    if data.empty:
        _empty(ax, "no article has a valid date")
    else:
        ax.bar(data["month"], data["articles"], width=25, align="edge", color=ACCENT)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        _date_axis(ax)
        ax.set_xlabel("month")
        ax.set_ylabel("articles")
    hidden = [f"{undated:,} without a date"] * bool(undated) + [f"{early:,} stray earlier dates"] * bool(early)
    note = f" ({' and '.join(hidden)} not shown)" if hidden else ""
    ax.set_title(f"Articles per month: {len(dated):,} dated articles{note}")
    return Figure("articles_per_month", fig, data)


def article_lengths(articles: pd.DataFrame) -> Figure:
    """Distribution of article length in words."""
    words = [len(text.split()) if isinstance(text, str) else 0 for text in articles["text"]]  # 3x pandas' .str
    data = pd.DataFrame({"article_id": articles["article_id"], "words": pd.Series(words, index=articles.index,
                                                                                  dtype="int64")})
    fig, ax = _new()
    if data.empty:
        _empty(ax, "no articles")
    else:
        limit = data["words"].quantile(0.99) if len(data) >= 200 else data["words"].max()
        shown = data[data["words"] <= limit]
        sns.histplot(shown, x="words", bins=min(40, max(5, len(shown) // 2)), ax=ax, color=ACCENT)
        if len(shown) < len(data):
            ax.set_title(f"Article length: {len(data):,} articles ({len(data) - len(shown):,} longest not shown)")
        median = data["words"].median()
        ax.axvline(median, color="black", linestyle="--", linewidth=1)
        ax.annotate(f"median {median:,.0f} words", (median, ax.get_ylim()[1] * 0.92), xytext=(6, 0),
                    textcoords="offset points")
        ax.set_xlabel("words per article")
        ax.set_ylabel("articles")
    if not ax.get_title():
        ax.set_title(f"Article length: {len(data):,} articles")
    return Figure("article_lengths", fig, data)


def articles_by_source(articles: pd.DataFrame, *, top: int = 15) -> Figure:
    """The outlets with the most articles (``source`` unknown counted as '(unknown)')."""
    counts = articles["source"].fillna("(unknown)").value_counts()
    data = counts.head(top).rename_axis("source").reset_index(name="articles")
    fig, ax = _new(9, max(2.5, 0.35 * len(data) + 1.2))
    if data.empty:
        _empty(ax, "no articles")
    else:
        sns.barplot(data, y="source", x="articles", ax=ax, color=ACCENT)
        ax.bar_label(ax.containers[0], fmt="{:,.0f}", padding=3)
        ax.set_xlabel("articles")
        ax.set_ylabel("")
    rest = f" (top {top} of {len(counts):,})" if len(counts) > top else ""
    ax.set_title(f"Articles by source{rest}")
    return Figure("articles_by_source", fig, data)


def sentences_per_article(sentences: pd.DataFrame) -> Figure:
    """Distribution of the number of sentences per article."""
    data = sentences.groupby("article_id").size().rename("sentences").reset_index()
    fig, ax = _new()
    if data.empty:
        _empty(ax, "no sentences")
    else:
        sns.histplot(data, x="sentences", bins=min(40, max(5, len(data) // 2)), ax=ax, color=ACCENT)
        ax.set_xlabel("sentences per article")
        ax.set_ylabel("articles")
    ax.set_title(f"Sentences per article: {len(sentences):,} sentences in {len(data):,} articles")
    return Figure("sentences_per_article", fig, data)


# ---------------------------------------------------------------------------------------------------------------
# notebooks 02 and 03: who is quoted, and with which stance

STANCE_VALUE = {"negative": -1.0, "neutral": 0.0, "positive": 1.0}
"""How a stance label counts in a mean: negative -1, neutral 0, positive +1."""

KIND_ORDER = ["direct", "mixed", "indirect"]
TYPE_ORDER = ["official", "academic", "think tank", "media", "business", "other", "unnamed"]


def _label(row: pd.Series) -> str:
    extra = [str(v) for v in (row.get("role"), row.get("org")) if isinstance(v, str) and v]
    detail = f" ({', '.join(extra)})" if extra else ""
    label = f"{row['speaker']}{detail}"
    return label if len(label) <= 70 else label[:67] + "..."


def _first(value: object) -> str | None:
    """The first role/organisation of a speakers-table cell (a list or a '; '-joined string)."""
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        items = [v for v in list(value) if isinstance(v, str) and v]
        return items[0] if items else None
    if isinstance(value, str) and value:
        return value.split("; ")[0]
    return None


def top_speakers(speakers: pd.DataFrame, *, top: int = 15, named_only: bool = True) -> Figure:
    """The most-quoted speakers, labelled with their first role and organisation, coloured by type."""
    table = speakers[speakers["speaker_named"]] if named_only else speakers
    data = table.head(top).copy()
    data["role"] = data["roles"].map(_first) if "roles" in data else None
    data["org"] = data["orgs"].map(_first) if "orgs" in data else None
    data["label"] = data.apply(_label, axis=1) if len(data) else []
    data = data[["speaker", "label", "speaker_type", "speaker_country", "n_quotes", "n_articles"]]
    fig, ax = _new(10, max(2.5, 0.38 * len(data) + 1.3))
    if data.empty:
        _empty(ax, "no named speakers")
    else:
        hue_order = [t for t in TYPE_ORDER if t in set(data["speaker_type"])] + sorted(
            set(data["speaker_type"]) - set(TYPE_ORDER))
        sns.barplot(data, y="label", x="n_quotes", hue="speaker_type", hue_order=hue_order, dodge=False, ax=ax)
        for container in ax.containers:
            ax.bar_label(container, fmt="{:,.0f}", padding=3)
        ax.legend(title="speaker type", loc="lower right")
        ax.set_xlabel("attributions (quotes and reported speech)")
        ax.set_ylabel("")
    ax.set_title(f"Most-quoted {'named ' if named_only else ''}speakers (top {min(top, len(table))} of {len(table):,})")
    return Figure("top_speakers", fig, data)


def quotes_by_kind(quotes: pd.DataFrame) -> Figure:
    """Attributions by kind (direct, mixed, indirect), split into named and unnamed sources."""
    source = quotes["speaker_named"].map({True: "named source", False: "unnamed or no source"})
    data = (pd.crosstab(quotes["kind"], source).reindex(KIND_ORDER, fill_value=0)
            .rename_axis(index="kind", columns=None).reset_index())
    for column in ("named source", "unnamed or no source"):
        if column not in data:
            data[column] = 0
    fig, ax = _new(8, 4)
    if quotes.empty:
        _empty(ax, "no attributions found")
    else:
        left = pd.Series(0, index=data.index)
        for colour, column in zip(sns.color_palette(PALETTE), ("named source", "unnamed or no source")):
            bars = ax.barh(data["kind"], data[column], left=left, color=colour, label=column)
            ax.bar_label(bars, labels=[f"{v:,}" if v else "" for v in data[column]], label_type="center")
            left = left + data[column]
        ax.invert_yaxis()
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
        ax.set_xlabel("attributions")
    ax.set_title(f"Attributions by kind and source: {len(quotes):,} in all")
    return Figure("quotes_by_kind", fig, data)


def stance_heatmap(stance: pd.DataFrame, *, speakers: int = 15, targets: int = 10, min_count: int = 1) -> Figure:
    """Mean stance of the most-quoted named speakers toward the most-mentioned targets, with counts.

    Speakers are named as in the speakers table (the ``speaker_canonical`` column: "Trump" in one
    article and "Donald Trump" in another are one row).

    Each cell is the mean of the labels (negative -1, neutral 0, positive +1) over that speaker's quotes
    mentioning that target; the number below is how many quotes it averages. Cells under ``min_count`` quotes
    are left blank.
    """
    named = stance[stance["speaker"].notna() & (stance["speaker"] != "")]
    if "speaker_named" in named:
        named = named[named["speaker_named"].astype(bool)]
    canonical = named["speaker_canonical"] if "speaker_canonical" in named.columns else named["speaker"]
    named = named.assign(speaker=canonical, value=named["label"].map(STANCE_VALUE))
    named = named[named["speaker"].notna()]
    top_speakers_ = named["speaker"].value_counts().head(speakers).index
    top_targets = named["target"].value_counts().head(targets).index
    subset = named[named["speaker"].isin(top_speakers_) & named["target"].isin(top_targets)]
    data = (subset.groupby(["speaker", "target"])["value"].agg(mean="mean", count="size").reset_index())
    data = data[data["count"] >= min_count]
    fig, ax = _new(max(6, 0.9 * len(top_targets) + 4), max(3, 0.42 * len(top_speakers_) + 1.8))
    if data.empty:
        _empty(ax, "no named speaker mentions a target")
    else:
        means = data.pivot(index="speaker", columns="target", values="mean").reindex(
            index=[s for s in top_speakers_ if s in set(data["speaker"])],
            columns=[t for t in top_targets if t in set(data["target"])])
        counts = data.pivot(index="speaker", columns="target", values="count").reindex_like(means)
        notes = means.round(2).astype(str).where(means.notna(), "") + counts.map(
            lambda c: f"\n(n={int(c)})" if pd.notna(c) else "")
        sns.heatmap(means, annot=notes, fmt="", cmap="RdBu", vmin=-1, vmax=1, center=0, linewidths=0.5,
                    cbar_kws={"label": "mean stance (-1 negative … +1 positive)"}, ax=ax, annot_kws={"size": 8})
        ax.grid(False)
        ax.tick_params(axis="x", labelrotation=30)
        ax.set_xlabel("target")
        ax.set_ylabel("")
    ax.set_title("Stance of the most-quoted speakers toward each target")
    return Figure("stance_heatmap", fig, data)


def stance_over_time(stance: pd.DataFrame, articles: pd.DataFrame, *, targets: int = 6, freq: str = "MS") -> Figure:
    """Mean stance toward the most-mentioned targets per month (line) with the number of quotes (bars)."""
    dated = stance.merge(articles[["article_id", "date"]], on="article_id", how="left").dropna(subset=["date"])
    dated = dated.assign(value=dated["label"].map(STANCE_VALUE))
    top_targets = list(dated["target"].value_counts().head(targets).index)
    dated = dated[dated["target"].isin(top_targets)]
    data = (dated.groupby([pd.Grouper(key="date", freq=freq), "target"])["value"]
            .agg(mean="mean", count="size").reset_index().rename(columns={"date": "month"}))
    set_style()
    fig, (ax, ax_n) = plt.subplots(2, 1, figsize=(10, 6), sharex=True, height_ratios=[3, 1], layout="constrained")
    plt.close(fig)
    if data.empty:
        _empty(ax, "no dated quote mentions a target")
        ax_n.set_axis_off()
    else:
        palette = dict(zip(top_targets, sns.color_palette(PALETTE, len(top_targets))))
        sns.lineplot(data, x="month", y="mean", hue="target", hue_order=top_targets, palette=palette,
                     marker="o" if data["month"].nunique() < 40 else None, ax=ax)
        ax.axhline(0, color="grey", linewidth=1)
        ax.set_ylim(-1.05, 1.05)
        ax.set_ylabel("mean stance\n(-1 … +1)")
        ax.legend(title="target", loc="upper left", bbox_to_anchor=(1.01, 1))
        totals = data.groupby("month")["count"].sum()
        ax_n.bar(totals.index, totals.values, width=25, align="edge", color="grey")
        ax_n.set_ylabel("quotes")
        ax_n.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
        ax_n.set_xlabel("month")
        _date_axis(ax_n)
    ax.set_title("Stance toward each target over time (quotes per month below)")
    return Figure("stance_over_time", fig, data)


def source_types(quotes: pd.DataFrame, articles: pd.DataFrame | None = None, *, outlets: int = 12) -> Figure:
    """Share of attributions by speaker type (officials, academics, think tanks, unnamed...), per outlet."""
    frame = quotes[["article_id", "speaker_type"]]  # the columns it reads: the rows carry whole quotes
    if articles is not None and "source" in articles:
        frame = quotes.merge(articles[["article_id", "source"]], on="article_id", how="left")
    else:
        frame = quotes.assign(source=None)
    frame = frame.assign(source=frame["source"].fillna("(all articles)"),
                         speaker_type=frame["speaker_type"].fillna("other").replace("", "other"))
    top = frame["source"].value_counts().head(outlets).index
    frame = frame[frame["source"].isin(top)]
    shares = pd.crosstab(frame["source"], frame["speaker_type"], normalize="index")
    order = [t for t in TYPE_ORDER if t in shares.columns] + sorted(set(shares.columns) - set(TYPE_ORDER))
    shares = shares.reindex(columns=order).reindex(index=list(top))
    counts = frame["source"].value_counts().reindex(shares.index)
    data = shares.reset_index().melt(id_vars="source", var_name="speaker_type", value_name="share")
    data["quotes"] = data["source"].map(counts)
    fig, ax = _new(10, max(2.5, 0.45 * len(shares) + 1.5))
    if shares.empty:
        _empty(ax, "no attributions found")
    else:
        left = pd.Series(0.0, index=shares.index)
        labels = [f"{s} (n={counts[s]:,})" for s in shares.index]
        for colour, column in zip(sns.color_palette(PALETTE, len(order)), order):
            bars = ax.barh(labels, shares[column], left=left, color=colour, label=column)
            ax.bar_label(bars, labels=[f"{v:.0%}" if v >= 0.06 else "" for v in shares[column]], label_type="center",
                         fontsize=8)
            left = left + shares[column]
        ax.invert_yaxis()
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.legend(title="speaker type", loc="upper left", bbox_to_anchor=(1.01, 1))
        ax.set_xlabel("share of attributions")
    ax.set_title("Who gets quoted: share of attributions by speaker type" + (" and outlet" if len(shares) > 1 else ""))
    return Figure("source_types", fig, data)
