"""Figures for the notebooks: one function per figure, each returning a :class:`Figure` (the matplotlib figure
and the table of numbers behind it), so every chart can be saved as PNG and CSV side by side.

All figures share one style (:func:`set_style`) and are titled and labelled to read at a glance, on a handful
of articles as on tens of thousands.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from matplotlib.ticker import MaxNLocator

PALETTE = "colorblind"
ACCENT = sns.color_palette(PALETTE)[0]


@dataclass
class Figure:
    """A chart and the numbers behind it."""

    name: str
    figure: plt.Figure
    data: pd.DataFrame

    def save(self, folder: str | Path) -> tuple[Path, Path]:
        """Write ``folder/NAME.png`` and ``folder/NAME.csv``; return both paths."""
        from analysis.tables import atomic_path

        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        png, csv = folder / f"{self.name}.png", folder / f"{self.name}.csv"
        with atomic_path(png) as tmp:
            self.figure.savefig(tmp, format="png", dpi=150, bbox_inches="tight")
        with atomic_path(csv) as tmp:
            self.data.to_csv(tmp, index=False)
        return png, csv

    def _repr_png_(self) -> bytes:
        from io import BytesIO

        buffer = BytesIO()
        self.figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
        return buffer.getvalue()


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
    all_dated = articles.dropna(subset=["date"])
    dated = all_dated.loc[_trim_sparse_start(all_dated["date"]).index]
    data = (dated.set_index("date").resample("MS").size().rename("articles").reset_index()
            .rename(columns={"date": "month"}) if len(dated) else pd.DataFrame({"month": [], "articles": []}))
    fig, ax = _new()
    undated, early = len(articles) - len(all_dated), len(all_dated) - len(dated)
    if data.empty:
        _empty(ax, "no article has a valid date")
    else:
        ax.bar(data["month"], data["articles"], width=25, align="edge", color=ACCENT)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("month")
        ax.set_ylabel("articles")
    hidden = [f"{undated:,} without a date"] * bool(undated) + [f"{early:,} stray earlier dates"] * bool(early)
    note = f" ({' and '.join(hidden)} not shown)" if hidden else ""
    ax.set_title(f"Articles per month: {len(dated):,} dated articles{note}")
    return Figure("articles_per_month", fig, data)


def article_lengths(articles: pd.DataFrame) -> Figure:
    """Distribution of article length in words."""
    data = pd.DataFrame({"article_id": articles["article_id"],
                         "words": articles["text"].str.split().str.len().fillna(0).astype(int)})
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
