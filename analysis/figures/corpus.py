"""Figures of notebook 01: the corpus at a glance (when, how long, from where, how many sentences)."""

from __future__ import annotations

import pandas as pd
import seaborn as sns
from matplotlib.ticker import MaxNLocator

from analysis.figures.base import (
    ACCENT,
    Figure,
    date_axis,
    has_values,
    missing,
    new_axes,
    short,
)


def _trim_sparse_start(dates: pd.Series, *, share: float = 0.002) -> pd.Series:
    """Drop the earliest stray dates (together under ``share`` of the corpus) so a timeline is not mostly empty."""
    if len(dates) < 500:
        return dates
    cutoff = dates.quantile(share)
    return dates[dates >= cutoff.to_period("M").to_timestamp()]


def articles_per_month(articles: pd.DataFrame) -> Figure:
    """Articles per month (articles without a valid date, or stray early dates, are counted in the title).

    Without any dated article the figure is not drawn: ``reason`` says so.
    """
    empty = pd.DataFrame({"month": pd.Series(dtype="datetime64[ns]"), "articles": pd.Series(dtype="int64")})
    if not has_values(articles, "date"):
        return missing("articles_per_month", "no article in this corpus has a date, so there is no timeline.",
                       empty)
    all_dated = pd.to_datetime(articles["date"].dropna())  # the date column alone: the rows carry whole texts
    dated = _trim_sparse_start(all_dated)
    data = (pd.Series(1, index=pd.DatetimeIndex(dated, name="date")).resample("MS").size().rename("articles")
            .reset_index().rename(columns={"date": "month"}))
    fig, ax = new_axes()
    undated, early = len(articles) - len(all_dated), len(all_dated) - len(dated)
    ax.bar(data["month"], data["articles"], width=25, align="edge", color=ACCENT)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    date_axis(ax)
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
    if data.empty:
        return missing("article_lengths", "the corpus has no articles.", data)
    fig, ax = new_axes()
    limit = data["words"].quantile(0.99) if len(data) >= 200 else data["words"].max()
    shown = data[data["words"] <= limit]
    sns.histplot(shown, x="words", bins=min(40, max(5, len(shown) // 2)), ax=ax, color=ACCENT)
    median = data["words"].median()
    ax.axvline(median, color="black", linestyle="--", linewidth=1)
    ax.annotate(f"median {median:,.0f} words", (median, ax.get_ylim()[1] * 0.92), xytext=(6, 0),
                textcoords="offset points")
    ax.set_xlabel("words per article")
    ax.set_ylabel("articles")
    rest = f" ({len(data) - len(shown):,} longest not shown)" if len(shown) < len(data) else ""
    ax.set_title(f"Article length: {len(data):,} articles{rest}")
    return Figure("article_lengths", fig, data)


def articles_by_source(articles: pd.DataFrame, *, top: int = 15) -> Figure:
    """The outlets with the most articles (articles without a ``source`` counted as '(unknown)').

    Without any article naming its outlet the figure is not drawn: ``reason`` says so.
    """
    if not has_values(articles, "source"):
        return missing("articles_by_source", "no article in this corpus names its outlet (source column).",
                       pd.DataFrame({"source": pd.Series(dtype=str), "articles": pd.Series(dtype="int64")}))
    counts = articles["source"].fillna("(unknown)").value_counts()
    data = counts.head(top).rename_axis("source").reset_index(name="articles")
    fig, ax = new_axes(9, max(2.5, 0.35 * len(data) + 1.2))
    ax.barh([short(s) for s in data["source"]], data["articles"], color=ACCENT)
    ax.invert_yaxis()
    ax.bar_label(ax.containers[0], labels=[f"{v:,}" for v in data["articles"]], padding=3)
    ax.set_xlabel("articles")
    rest = f" (top {top} of {len(counts):,})" if len(counts) > top else ""
    ax.set_title(f"Articles by source{rest}")
    return Figure("articles_by_source", fig, data)


def sentences_per_article(sentences: pd.DataFrame) -> Figure:
    """Distribution of the number of sentences per article."""
    data = sentences.groupby("article_id").size().rename("sentences").reset_index()
    if data.empty:
        return missing("sentences_per_article", "the corpus has no sentences.", data)
    fig, ax = new_axes()
    sns.histplot(data, x="sentences", bins=min(40, max(5, len(data) // 2)), ax=ax, color=ACCENT)
    ax.set_xlabel("sentences per article")
    ax.set_ylabel("articles")
    ax.set_title(f"Sentences per article: {len(sentences):,} sentences in {len(data):,} articles")
    return Figure("sentences_per_article", fig, data)


__all__ = ["article_lengths", "articles_by_source", "articles_per_month", "sentences_per_article"]
