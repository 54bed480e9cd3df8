"""Quote lineage: which quotes across a corpus render the same statement, who had it first, who copied it.

:func:`quote_lineage` reads the quotes table and the articles table (never the NLP steps) and returns one row per
quote (:data:`LINEAGE_COLUMNS`). :class:`LineageBuilder` does the same batch by batch, keeping only what matching
needs (word ids, speakers, dates, sentence fingerprints), so a whole corpus streams through in little memory.
How quotes are joined is told in :mod:`analysis.lineage.join`; how the table is made, in
:mod:`analysis.lineage.table`.
"""

from __future__ import annotations

from array import array

import numpy as np
import pandas as pd

from analysis.corpus import progress_bar
from analysis.lineage.join import Matching, Renderings
from analysis.lineage.stories import (
    NO_DATE,
    fingerprints,
    stories_table,
    story_groups,
    story_order,
)
from analysis.lineage.table import LINEAGE_COLUMNS, joins_table, lineage_table
from analysis.lineage.words import KINDS, Vocabulary, quote_texts, speaker_key

__all__ = ["LINEAGE_COLUMNS", "LineageBuilder", "find_stories", "quote_lineage"]

_NO_SPEAKER = -1


class LineageBuilder:
    """Collects quotes and articles batch by batch; :meth:`table` matches them and returns the lineage table.

    Example::

        builder = LineageBuilder()
        for quotes, articles in batches:
            builder.add(quotes, articles)
        lineage = builder.table()
    """

    def __init__(self) -> None:
        self.vocabulary = Vocabulary()
        self._renderings: dict[bytes, int] = {}
        self._rendering_tokens: list[np.ndarray] = []
        self._rendering_lengths = array("q")
        self._quote_ids: list[str] = []
        self._quote_article = array("q")
        self._quote_full = array("q")
        self._quote_speaker = array("q")
        self._quote_quoted = array("b")
        self._entry_rendering = array("q")
        self._entry_quote = array("q")
        self._extra_tokens: list[np.ndarray] = []
        self._extra_ends = array("q")
        self._speakers: dict[str, int] = {}
        self._article_index: dict[str, int] = {}
        self._article_ids: list[str] = []
        self._sources: list[str | None] = []
        self._days = array("q")
        self._chars = array("q")
        self._fingerprints = array("q")
        self._fingerprint_article = array("q")
        self._joins: pd.DataFrame | None = None

    def __len__(self) -> int:
        return len(self._quote_ids)

    def add(self, quotes: pd.DataFrame | None, articles: pd.DataFrame | None = None) -> None:
        """Add a batch: its quotes (quotes table) and its articles (articles table: article_id, date, source, text).

        Articles may come in any batch (before, with or after their quotes); an article seen twice counts once.
        Quotes of an article never given have no source or date.

        Raises:
            ValueError: the quotes table lacks a column matching needs, or has an unknown ``kind``.
        """
        if articles is not None and len(articles):
            self._add_articles(articles)
        if quotes is None or quotes.empty:
            return
        missing = {"quote_id", "article_id", "kind", "text"} - set(quotes.columns)
        if missing:
            raise ValueError(f"the quotes table lacks {', '.join(sorted(missing))}")
        kinds = quotes["kind"].tolist()
        if not set(kinds) <= set(KINDS):
            raise ValueError(f"unknown quote kinds: {sorted(set(kinds) - set(KINDS))}")
        first_quote = len(self._quote_ids)
        spans = quotes["spans"].tolist() if "spans" in quotes.columns else None
        texts = quote_texts(kinds, quotes["text"].tolist(), spans)
        self._add_renderings(texts.pieces, first_quote)
        ids, ends = self.vocabulary.encode_many(texts.extra)
        self._extra_tokens.append(ids)
        base = self._extra_ends[-1] if len(self._extra_ends) else 0
        self._extra_ends.extend((ends + base).tolist())
        self._quote_quoted.extend(texts.quoted)
        self._quote_ids.extend(quotes["quote_id"].astype(str).tolist())
        index = self._article_index
        for article_id in quotes["article_id"].astype(str).tolist():
            if article_id not in index:
                self._register_article(article_id, None, NO_DATE, 0)
            self._quote_article.append(index[article_id])
        self._quote_speaker.extend(self._speaker_ids(quotes))

    def _add_renderings(self, pieces: list[list[str]], first_quote: int) -> None:
        """Encode every quote's pieces; record its full rendering and an entry per piece worth matching."""
        counts = [len(p) for p in pieces]
        ids, ends = self.vocabulary.encode_many([piece for quote in pieces for piece in quote])
        starts = np.r_[0, ends[:-1]].tolist()
        ends_list = ends.tolist()
        new: list[tuple[int, int]] = []
        position = 0
        for offset, count in enumerate(counts):
            quote = first_quote + offset
            full = self._rendering(ids, starts[position], ends_list[position + count - 1], new)
            self._quote_full.append(full)
            if count == 1:
                if ends_list[position] > starts[position]:
                    self._entry(full, quote)
            else:
                for k in range(position, position + count):
                    if ends_list[k] - starts[k] >= 2:
                        self._entry(self._rendering(ids, starts[k], ends_list[k], new), quote)
            position += count
        if new:
            new_starts = np.fromiter((s for s, _ in new), dtype=np.int64, count=len(new))
            lengths = np.fromiter((e - s for s, e in new), dtype=np.int64, count=len(new))
            offsets = np.r_[0, np.cumsum(lengths)[:-1]]
            positions = np.repeat(new_starts - offsets, lengths) + np.arange(int(lengths.sum()))
            self._rendering_tokens.append(ids[positions])
            self._rendering_lengths.extend(lengths.tolist())

    def _rendering(self, ids: np.ndarray, start: int, end: int, new: list[tuple[int, int]]) -> int:
        key = ids[start:end].tobytes()
        found = self._renderings.get(key)
        if found is None:
            found = self._renderings[key] = len(self._renderings)
            new.append((start, end))
        return found

    def _entry(self, rendering: int, quote: int) -> None:
        self._entry_rendering.append(rendering)
        self._entry_quote.append(quote)

    def _speaker_ids(self, quotes: pd.DataFrame) -> list[int]:
        names = quotes["speaker"] if "speaker" in quotes.columns else pd.Series(None, index=quotes.index)
        if "speaker_canonical" in quotes.columns:
            names = quotes["speaker_canonical"].where(quotes["speaker_canonical"].notna(), names)
        named = quotes["speaker_named"] if "speaker_named" in quotes.columns else names.notna()
        speakers = self._speakers
        out = []
        for name, is_named in zip(names.tolist(), named.fillna(False).tolist()):
            key = speaker_key(name, is_named)
            out.append(_NO_SPEAKER if key is None else speakers.setdefault(key, len(speakers)))
        return out

    def _add_articles(self, articles: pd.DataFrame) -> None:
        ids = articles["article_id"].astype(str).tolist()
        sources = articles["source"].tolist() if "source" in articles.columns else [None] * len(ids)
        days = _days(articles["date"]) if "date" in articles.columns else [NO_DATE] * len(ids)
        texts = articles["text"].tolist() if "text" in articles.columns else [None] * len(ids)
        seen = self._article_index
        for article_id, source, day, text in zip(ids, sources, days, texts):
            if article_id in seen and (self._chars[seen[article_id]] or self._sources[seen[article_id]]):
                continue  # given before (a stub made for its quotes is filled in)
            has_text = isinstance(text, str)
            index = self._register_article(article_id, source, day, len(text) if has_text else 0)
            if has_text:
                found = fingerprints(text)
                self._fingerprints.extend(found)
                self._fingerprint_article.extend([index] * len(found))

    def _register_article(self, article_id: str, source: object, day: int, chars: int) -> int:
        index = self._article_index.get(article_id)
        name = source if isinstance(source, str) and source.strip() else None
        if index is None:
            index = self._article_index[article_id] = len(self._article_ids)
            self._article_ids.append(article_id)
            self._sources.append(name)
            self._days.append(day)
            self._chars.append(chars)
        else:
            self._sources[index], self._days[index], self._chars[index] = name, day, chars
        return index

    def stories(self) -> pd.DataFrame:
        """The stories table of the articles added so far (:data:`analysis.lineage.stories.STORY_COLUMNS`)."""
        original, rank = self._story_order()
        return stories_table(self._article_ids, original, rank)

    def _story_order(self) -> tuple[np.ndarray, np.ndarray]:
        group = story_groups(np.frombuffer(self._fingerprints, dtype=np.int64),
                             np.frombuffer(self._fingerprint_article, dtype=np.int64), len(self._article_ids))
        return story_order(group, np.frombuffer(self._days, dtype=np.int64),
                           np.frombuffer(self._chars, dtype=np.int64))

    def _matching(self, original: np.ndarray, rank: np.ndarray) -> Matching:
        tokens = np.concatenate(self._rendering_tokens) if self._rendering_tokens else np.zeros(0, dtype=np.int32)
        extra = np.concatenate(self._extra_tokens) if self._extra_tokens else np.zeros(0, dtype=np.int32)
        article = np.frombuffer(self._quote_article, dtype=np.int64)
        renderings = Renderings(tokens, np.r_[0, np.cumsum(np.frombuffer(self._rendering_lengths, dtype=np.int64))],
                                self.vocabulary.content_mask(), self.vocabulary.words_of())
        return Matching(
            renderings, full=np.frombuffer(self._quote_full, dtype=np.int64),
            entry_rendering=np.frombuffer(self._entry_rendering, dtype=np.int64),
            entry_quote=np.frombuffer(self._entry_quote, dtype=np.int64),
            extra=extra, extra_offsets=np.r_[0, np.frombuffer(self._extra_ends, dtype=np.int64)].astype(np.int64),
            speaker=np.frombuffer(self._quote_speaker, dtype=np.int64),
            speaker_word=np.array([self.vocabulary.ids.get(key, -1) for key in self._speakers], dtype=np.int64),
            quoted=np.frombuffer(self._quote_quoted, dtype=np.int8).astype(bool),
            article=article, day=np.frombuffer(self._days, dtype=np.int64)[article],
            story=original[article], story_rank=rank[article])

    def table(self, *, progress: bool | None = None) -> pd.DataFrame:
        """Match the quotes added so far and return the lineage table (:data:`LINEAGE_COLUMNS`).

        Args:
            progress: a progress bar over the matching steps (None: on a terminal only).
        """
        steps = ["stories", "same words", "near-exact and partial", "rewordings", "table"]
        matching: Matching | None = None
        for step in progress_bar(steps, enabled=progress, desc="lineage", unit="step"):
            if step == "stories":
                matching = self._matching(*self._story_order())
            elif matching is None:
                raise AssertionError("the stories step comes first")
            elif step == "same words":
                matching.join_same_words()
            elif step == "near-exact and partial":
                matching.join_similar()
            elif step == "rewordings":
                matching.join_rewordings()
        assert matching is not None
        quote_ids = np.asarray(self._quote_ids, dtype=object)
        self._joins = joins_table(matching, quote_ids)
        return lineage_table(matching, quote_ids, np.asarray(self._article_ids, dtype=object),
                             np.asarray(self._sources, dtype=object))

    def joins(self) -> pd.DataFrame:
        """Why the lineages of the last :meth:`table` hold together: one row per join that joined two
        (:data:`analysis.lineage.table.JOIN_COLUMNS`), so any lineage can be audited quote by quote.

        Raises:
            RuntimeError: :meth:`table` has not run yet.
        """
        if self._joins is None:
            raise RuntimeError("call table() first")
        return self._joins.copy()


def _days(dates: pd.Series) -> list[int]:
    values = pd.to_datetime(dates, errors="coerce")
    days = values.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]").astype(np.int64)
    days[values.isna().to_numpy()] = NO_DATE
    return days.tolist()


def quote_lineage(quotes: pd.DataFrame, articles: pd.DataFrame | None = None, *,
                  progress: bool | None = None) -> pd.DataFrame:
    """The same statement across articles and outlets: one row per quote (:data:`LINEAGE_COLUMNS`).

    Args:
        quotes: the quotes table (:func:`analysis.extract_quotes`): ``quote_id``, ``article_id``, ``kind``,
            ``text``, and the speaker columns (``speaker_canonical`` where present, else ``speaker``, with
            ``speaker_named``).
        articles: the articles table (``article_id``, ``date``, ``source``, ``text``); without it there are no
            dates, outlets or stories.
        progress: a progress bar over the matching steps (None: on a terminal only).

    Returns:
        The lineage table, in the quotes table's order; the inputs are not modified. Quotes rendering the same
        statement share a ``lineage_id`` (see :mod:`analysis.lineage.join` for how they are matched).
    """
    builder = LineageBuilder()
    builder.add(quotes, articles)
    return builder.table(progress=progress)


def find_stories(articles: pd.DataFrame) -> pd.DataFrame:
    """Near-duplicate articles (wire copies, republished pieces): the stories table (``STORY_COLUMNS``).

    Args:
        articles: the articles table (``article_id``, ``date``, ``text``).

    Returns:
        One row per article that has a near duplicate: its ``story_id`` (the original's article_id), the
        story's size, and whether it is the original (:mod:`analysis.lineage.stories`).
    """
    builder = LineageBuilder()
    builder.add(None, articles)
    return builder.stories()
