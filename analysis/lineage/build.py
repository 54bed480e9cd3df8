"""Quote lineage: which quotes across a corpus render the same statement, who had it first, who copied it.

:func:`quote_lineage` reads the quotes table and the articles table (never the NLP steps) and returns one row per
quote (:data:`LINEAGE_COLUMNS`). :class:`LineageBuilder` does the same batch by batch, keeping only what matching
needs (word ids, speakers, dates, sentence fingerprints), so a whole corpus streams through in little memory.

How quotes are joined, in order (each step only adds joins; a lineage is a connected group of quotes):

1. **Stories.** Near-duplicate articles (wire copies, republished pieces) are grouped
   (:mod:`analysis.lineage.stories`).
2. **Same words.** Quotes with the same rendering (:mod:`analysis.lineage.words`) join when their speakers
   allow it (:func:`analysis.lineage.match.speakers_allow`: a stock phrase only within one speaker, a long
   passage whoever says it); a short one (under :data:`SHORT_WORDS` words) only within :data:`SHORT_DAYS` days
   of the same speaker's previous use. Copies in one story always join.
3. **Near-exact and partial.** Candidate renderings (:mod:`analysis.lineage.index`) are compared
   (:func:`analysis.lineage.match.compare`); a match joins the quotes whose speakers allow it. A short fragment
   (under :data:`LONG_PARTIAL` words matched) joins one holder only: the best match by the same speaker,
   nearest in date, so a phrase a speaker used twice does not merge two statements.
4. **Rewordings.** The same named speaker's same claim in other words, within days
   (:mod:`analysis.lineage.reword`).

Then each lineage gets a *reference* quote (quoted words before reported speech, then the longest), and every
quote's ``match`` says how it renders the reference.
"""

from __future__ import annotations

from array import array
from hashlib import blake2b

import numpy as np
import pandas as pd

from analysis.corpus import progress_bar
from analysis.lineage.index import fragment_pairs, shingle_pairs
from analysis.lineage.match import Comparison, compare, may_match, rendering_strings, speakers_allow
from analysis.lineage.reword import Quotes, reworded_pairs
from analysis.lineage.sets import DisjointSets
from analysis.lineage.stories import NO_DATE, fingerprints, stories_table, story_groups, story_order
from analysis.lineage.words import KINDS, Vocabulary, matched_texts, speaker_key

LINEAGE_COLUMNS: dict[str, str] = {
    "lineage_id": "the statement: quotes rendering the same statement share it ('L' and 12 hex digits)",
    "quote_id": "the quote (key of the quotes table)",
    "article_id": "the quote's article (key of the articles table)",
    "source": "the article's outlet (articles.source); None when unknown",
    "date": "the article's publication date (datetime64; NaT when unknown)",
    "first": "True on the lineage's earliest dated appearance that is not a copy (at most one row per lineage)",
    "n_articles": "how many articles carry the lineage",
    "n_sources": "how many distinct outlets carry the lineage",
    "match": "how the quote renders the lineage's reference quote: exact, near-exact, partial or reworded "
             "(the reference itself: exact); None for a quote that stands alone",
    "reference": "True for the lineage's reference quote (quoted words first, then the longest rendering)",
    "story_id": "the article's near-duplicate story (stories table: the original's article_id); None without one",
    "copy": "True when an earlier article of the same story carries the same lineage: the row copies it and "
            "does not count for first",
}
"""Columns of the lineage table (:func:`quote_lineage`), one row per quote, in the quotes table's order."""

SHORT_WORDS = 8
"""Renderings and matches shorter than this many words are short: a speaker's catch-phrase, a fragment."""
SHORT_DAYS = 7
"""A short rendering joins the same speaker's use of it only within this many days."""
LONG_PARTIAL = 10
"""A partial match of fewer words joins one holder only (the best)."""
_NO_SPEAKER = -1


class LineageBuilder:
    """Collects quotes and articles batch by batch; :meth:`table` matches them and returns the lineage table.

    Example::

        builder = LineageBuilder()
        for batch in batches:
            builder.add(batch_quotes, batch_articles)
        lineage = builder.table()
    """

    def __init__(self) -> None:
        self.vocabulary = Vocabulary()
        self._renderings: dict[bytes, int] = {}
        self._rendering_tokens: list[np.ndarray] = []
        self._rendering_lengths = array("q")
        self._quote_ids: list[str] = []
        self._quote_article = array("q")
        self._quote_rendering = array("q")
        self._quote_speaker = array("q")
        self._quote_quoted = array("b")
        self._extra_tokens: list[np.ndarray] = []
        self._extra_ends = array("q")
        self._speakers: dict[str, int] = {}
        self._article_index: dict[str, int] = {}
        self._article_ids: list[str] = []
        self._sources: list[object] = []
        self._days = array("q")
        self._chars = array("q")
        self._fingerprints = array("q")
        self._fingerprint_article = array("q")

    def __len__(self) -> int:
        return len(self._quote_ids)

    # -----------------------------------------------------------------------------------------------------------
    # collecting

    def add(self, quotes: pd.DataFrame, articles: pd.DataFrame | None = None) -> None:
        """Add a batch: its quotes (quotes table) and its articles (articles table: article_id, date, source, text).

        Articles may come in any batch (before or with their quotes); an article seen twice counts once. Quotes
        of an article never given have no source or date.
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
        rendered, extra, quoted = matched_texts(kinds, quotes["text"].tolist())
        self._add_renderings(rendered)
        ids, ends = self.vocabulary.encode_many(extra)
        self._extra_tokens.append(ids)
        base = self._extra_ends[-1] if len(self._extra_ends) else 0
        self._extra_ends.extend((ends + base).tolist())
        self._quote_quoted.extend(quoted)
        self._quote_ids.extend(quotes["quote_id"].astype(str).tolist())
        index = self._article_index
        for article_id in quotes["article_id"].astype(str).tolist():
            if article_id not in index:
                self._register_article(article_id, None, NO_DATE, 0)
            self._quote_article.append(index[article_id])
        self._quote_speaker.extend(self._speaker_ids(quotes))

    def _add_renderings(self, rendered: list[str]) -> None:
        ids, ends = self.vocabulary.encode_many(rendered)
        starts = np.r_[0, ends[:-1]]
        known = self._renderings
        new_starts, new_ends = [], []
        out = self._quote_rendering
        for start, end in zip(starts.tolist(), ends.tolist()):
            key = ids[start:end].tobytes()
            found = known.get(key)
            if found is None:
                found = known[key] = len(known)
                new_starts.append(start)
                new_ends.append(end)
            out.append(found)
        if new_starts:
            lengths = np.asarray(new_ends) - np.asarray(new_starts)
            offsets = np.r_[0, np.cumsum(lengths)[:-1]]
            positions = np.repeat(np.asarray(new_starts) - offsets, lengths) + np.arange(int(lengths.sum()))
            self._rendering_tokens.append(ids[positions])
            self._rendering_lengths.extend(lengths.tolist())

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
        for article_id, source, day, text in zip(ids, sources, days, texts):
            if article_id in self._article_index and self._days[self._article_index[article_id]] != NO_DATE:
                continue
            has_text = isinstance(text, str)
            index = self._register_article(article_id, source, day, len(text) if has_text else 0)
            if has_text:
                found = fingerprints(text)
                self._fingerprints.extend(found)
                self._fingerprint_article.extend([index] * len(found))

    def _register_article(self, article_id: str, source: object, day: int, chars: int) -> int:
        index = self._article_index.get(article_id)
        source = source if isinstance(source, str) and source else None
        if index is None:
            index = self._article_index[article_id] = len(self._article_ids)
            self._article_ids.append(article_id)
            self._sources.append(source)
            self._days.append(day)
            self._chars.append(chars)
        else:  # quotes came first: fill in what the article says
            self._sources[index], self._days[index], self._chars[index] = source, day, chars
        return index

    # -----------------------------------------------------------------------------------------------------------
    # matching

    def stories(self) -> pd.DataFrame:
        """The stories table of the articles added so far (:data:`analysis.lineage.stories.STORY_COLUMNS`)."""
        original, rank = self._story_order()
        return stories_table(self._article_ids, original, rank)

    def _story_order(self) -> tuple[np.ndarray, np.ndarray]:
        group = story_groups(np.frombuffer(self._fingerprints, dtype=np.int64),
                             np.frombuffer(self._fingerprint_article, dtype=np.int64), len(self._article_ids))
        return story_order(group, np.frombuffer(self._days, dtype=np.int64),
                           np.frombuffer(self._chars, dtype=np.int64))

    def table(self, *, progress: bool | None = None) -> pd.DataFrame:
        """Match the quotes added so far and return the lineage table (:data:`LINEAGE_COLUMNS`)."""
        steps = progress_bar(["stories", "same words", "near-exact and partial", "rewordings", "table"],
                             enabled=progress, desc="lineage", unit="step")
        state: _State | None = None
        for step in steps:
            if step == "stories":
                original, rank = self._story_order()
                state = _State(self, original, rank)
            elif step == "same words":
                state.join_same_words()
            elif step == "near-exact and partial":
                state.join_similar()
            elif step == "rewordings":
                state.join_rewordings()
            else:
                return state.lineage_table()
        raise AssertionError("unreachable")


def _days(dates: pd.Series) -> list[int]:
    values = pd.to_datetime(dates, errors="coerce")
    days = values.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]").astype(np.int64)
    days[values.isna().to_numpy()] = NO_DATE
    return days.tolist()


class _State:
    """The arrays of one matching run and the sets of quotes joined so far."""

    def __init__(self, builder: LineageBuilder, original: np.ndarray, rank: np.ndarray) -> None:
        self.builder = builder
        self.tokens = (np.concatenate(builder._rendering_tokens) if builder._rendering_tokens
                       else np.zeros(0, dtype=np.int32))
        lengths = np.frombuffer(builder._rendering_lengths, dtype=np.int64)
        self.lengths = lengths
        self.offsets = np.r_[0, np.cumsum(lengths)].astype(np.int64)
        self.content = builder.vocabulary.content_mask()
        self.content_list: list[bool] = self.content.tolist()  # faster to index one by one
        self.article = np.frombuffer(builder._quote_article, dtype=np.int64)
        self.rendering = np.frombuffer(builder._quote_rendering, dtype=np.int64)
        self.speaker = np.frombuffer(builder._quote_speaker, dtype=np.int64)
        self.quoted = np.frombuffer(builder._quote_quoted, dtype=np.int8).astype(bool)
        self.day = np.frombuffer(builder._days, dtype=np.int64)[self.article]
        self.story = original[self.article]
        self.story_rank = rank[self.article]
        self.sets = DisjointSets(len(self.article))
        self.blocks: dict[int, list[int]] = {}  # rendering -> the first quote of each of its blocks (when > 1)
        n_content = np.add.reduceat(self.content[self.tokens].astype(np.int64), self.offsets[:-1]) \
            if len(self.tokens) else np.zeros(0, dtype=np.int64)
        self.rendering_content = np.where(lengths > 0, n_content, 0)

    def words(self, rendering: int) -> list[int]:
        return self.tokens[self.offsets[rendering]:self.offsets[rendering + 1]].tolist()

    def speaker_key(self, quote: int) -> int | None:
        value = int(self.speaker[quote])
        return None if value == _NO_SPEAKER else value

    # step 2 ----------------------------------------------------------------------------------------------------

    def join_same_words(self) -> None:
        """Join quotes of one rendering as the speakers and dates allow (see the module docstring)."""
        order = np.lexsort((np.arange(len(self.rendering)), self.day, self.speaker, self.rendering))
        runs = np.flatnonzero(np.r_[True, self.rendering[order][1:] != self.rendering[order][:-1]])
        sizes = np.diff(np.r_[runs, len(order)])
        for start, size in zip(runs[sizes > 1].tolist(), sizes[sizes > 1].tolist()):
            self._join_rendering(order[start:start + size].tolist())

    def _join_rendering(self, quotes: list[int]) -> None:
        rendering = int(self.rendering[quotes[0]])
        length, n_content = int(self.lengths[rendering]), int(self.rendering_content[rendering])
        sets, blocks = self.sets, []
        named = [q for q in quotes if self.speaker[q] != _NO_SPEAKER]
        unnamed = [q for q in quotes if self.speaker[q] == _NO_SPEAKER]
        for q in named:  # sorted by speaker, then day
            previous = blocks[-1] if blocks else None
            same_speaker = previous is not None and self.speaker[previous[-1]] == self.speaker[q]
            if (same_speaker and speakers_allow(0, 0, length, n_content)
                    and (length >= SHORT_WORDS or self._near_in_time(previous[-1], q))):
                sets.union(previous[-1], q)
                previous.append(q)
            else:
                blocks.append([q])
        if len(blocks) > 1 and speakers_allow(0, 1, length, n_content):
            for block in blocks[1:]:
                sets.union(blocks[0][0], block[0])
        if unnamed and speakers_allow(None, 0, length, n_content):
            anchor = max(blocks, key=len)[0] if blocks else unnamed[0]
            for q in unnamed:
                sets.union(anchor, q)
            if not blocks:
                blocks.append(unnamed)
        else:
            blocks.extend([q] for q in unnamed)
        by_story: dict[int, int] = {}
        for q in quotes:
            story = int(self.story[q])
            if story >= 0:
                sets.union(by_story.setdefault(story, q), q)
        if len(blocks) > 1:
            self.blocks[rendering] = [block[0] for block in blocks]

    def _near_in_time(self, a: int, b: int) -> bool:
        day_a, day_b = int(self.day[a]), int(self.day[b])
        return day_a == NO_DATE or day_b == NO_DATE or abs(day_a - day_b) <= SHORT_DAYS

    # step 3 ----------------------------------------------------------------------------------------------------

    def join_similar(self) -> None:
        """Join quotes of renderings that match near-exactly or partially (see the module docstring)."""
        first_quote = np.full(len(self.lengths), len(self.rendering), dtype=np.int64)
        np.minimum.at(first_quote, self.rendering, np.arange(len(self.rendering)))
        self.first_quote = first_quote
        pairs, shared = shingle_pairs(self.tokens, self.offsets, self.content)
        if len(pairs):
            shorter = np.minimum(self.lengths[pairs[:, 0]], self.lengths[pairs[:, 1]])
            longer = np.maximum(self.lengths[pairs[:, 0]], self.lengths[pairs[:, 1]])
            # a partial match shares most of the shorter's shingles, or a run of 8 words (4 shingles); a
            # near-exact one has lengths alike and a shingle left between its edits
            promising = (shared >= np.minimum(4, np.maximum(1, (shorter - 4) // 2))) | (longer <= 1.4 * shorter + 2)
            pairs, shared = pairs[promising], shared[promising]
            pairs = pairs[may_match(rendering_strings(self.tokens, self.offsets), pairs, shared)]
        fragments: dict[int, tuple] = {}
        for a, b in pairs.tolist():
            self._join_pair(a, b, fragments)
        for a, b in self._plausible_fragments(fragment_pairs(self.tokens, self.offsets, self.content)).tolist():
            self._join_pair(a, b, fragments, Comparison("partial", int(self.lengths[a]),
                                                        int(self.rendering_content[a])))
        for child, (_, parent) in sorted(fragments.items()):
            self.sets.union(child, parent)

    def _plausible_fragments(self, pairs: np.ndarray) -> np.ndarray:
        """The fragment pairs whose quotes could join: same speaker, near in time (or several speakers to try)."""
        if len(pairs) == 0:
            return pairs
        quote_a, quote_b = self.first_quote[pairs[:, 0]], self.first_quote[pairs[:, 1]]
        several = np.zeros(len(self.lengths), dtype=bool)
        several[list(self.blocks)] = True
        day_a, day_b = self.day[quote_a], self.day[quote_b]
        dated = (day_a != NO_DATE) & (day_b != NO_DATE)
        near = ~dated | (np.abs(np.where(dated, day_a - day_b, 0)) <= SHORT_DAYS)
        same = (self.speaker[quote_a] >= 0) & (self.speaker[quote_a] == self.speaker[quote_b]) & near
        return pairs[same | several[pairs[:, 0]] | several[pairs[:, 1]]]

    def _blocks(self, rendering: int) -> list[int]:
        return self.blocks.get(rendering) or [int(self.first_quote[rendering])]

    def _join_pair(self, a: int, b: int, fragments: dict[int, tuple], found: Comparison | None = None) -> None:
        blocks_a, blocks_b = self._blocks(a), self._blocks(b)
        sets = self.sets
        if len(blocks_a) == 1 and len(blocks_b) == 1 and sets.same(blocks_a[0], blocks_b[0]):
            return
        if found is None:
            found = compare(self.words(a), self.words(b), self.content_list)
        if found.kind is None:
            return
        if self.lengths[a] > self.lengths[b]:
            a, b, blocks_a, blocks_b = b, a, blocks_b, blocks_a
        attach_one = found.kind == "partial" and found.matched < LONG_PARTIAL
        for qa in blocks_a:
            for qb in blocks_b:
                if not speakers_allow(self.speaker_key(qa), self.speaker_key(qb), found.matched, found.content):
                    continue
                if found.matched < SHORT_WORDS and not self._near_in_time(qa, qb):
                    continue
                if not attach_one:
                    sets.union(qa, qb)
                    continue
                gap = abs(int(self.day[qa]) - int(self.day[qb])) if NO_DATE not in (self.day[qa], self.day[qb]) \
                    else 1 << 30
                rank = (-found.matched, gap, -int(self.lengths[b]), qb)
                if qa not in fragments or rank < fragments[qa][0]:
                    fragments[qa] = (rank, qb)

    # step 4 ----------------------------------------------------------------------------------------------------

    def join_rewordings(self) -> None:
        """Join the same named speaker's same claim in other words (:mod:`analysis.lineage.reword`)."""
        builder = self.builder
        extra = np.concatenate(builder._extra_tokens) if builder._extra_tokens else np.zeros(0, dtype=np.int32)
        extra_offsets = np.r_[0, np.frombuffer(builder._extra_ends, dtype=np.int64)].astype(np.int64)
        quotes = Quotes(self.tokens, self.offsets, self.rendering, extra, extra_offsets, self.speaker, self.day,
                        self.article, self.content, builder.vocabulary.words_of())
        for a, b in reworded_pairs(quotes, self.sets.same).tolist():
            self.sets.union(a, b)

    # step 5 ----------------------------------------------------------------------------------------------------

    def lineage_table(self) -> pd.DataFrame:
        """The lineage table (:data:`LINEAGE_COLUMNS`)."""
        builder = self.builder
        n = len(self.article)
        root = np.asarray(self.sets.roots(), dtype=np.int64)
        quote_index = np.arange(n)
        size = np.bincount(root, minlength=n)[root] if n else root
        reference = self._references(root)
        match = self._matches(root, reference, size)
        frame = pd.DataFrame({"root": root, "article": self.article, "quote": quote_index})
        sources = np.asarray(builder._sources, dtype=object)
        frame["source"] = sources[self.article] if n else []
        n_articles = frame.groupby("root")["article"].transform("nunique").to_numpy()
        n_sources = frame.groupby("root")["source"].transform("nunique").to_numpy()
        copy = self._copies(frame)
        first = self._firsts(root, copy)
        ids = np.asarray(builder._quote_ids, dtype=object)
        lineage_key = pd.Series(ids).groupby(root).transform("min").to_numpy() if n else ids
        lineage_ids = {key: "L" + blake2b(key.encode("utf-8"), digest_size=6).hexdigest()
                       for key in dict.fromkeys(lineage_key.tolist())}
        article_ids = np.asarray(builder._article_ids, dtype=object)
        days = self.day.astype("datetime64[D]").astype("datetime64[ns]")
        days[self.day == NO_DATE] = np.datetime64("NaT")
        table = pd.DataFrame({
            "lineage_id": [lineage_ids[key] for key in lineage_key.tolist()],
            "quote_id": ids,
            "article_id": article_ids[self.article] if n else [],
            "source": frame["source"].to_numpy(),
            "date": pd.to_datetime(days),
            "first": first,
            "n_articles": n_articles.astype("int64"),
            "n_sources": n_sources.astype("int64"),
            "match": match,
            "reference": quote_index == reference,
            "story_id": np.where(self.story >= 0, article_ids[np.maximum(self.story, 0)], None) if n else [],
            "copy": copy,
        })
        return table[list(LINEAGE_COLUMNS)]

    def _references(self, root: np.ndarray) -> np.ndarray:
        """For each quote, its lineage's reference quote."""
        n = len(root)
        if n == 0:
            return root
        length = self.lengths[self.rendering]
        order = np.lexsort((np.arange(n), -length, ~self.quoted, root))
        first_of_root = np.r_[True, root[order][1:] != root[order][:-1]]
        reference = np.empty(n, dtype=np.int64)
        reference[root[order][first_of_root]] = order[first_of_root]
        return reference[root]

    def _matches(self, root: np.ndarray, reference: np.ndarray, size: np.ndarray) -> np.ndarray:
        match = np.full(len(root), None, dtype=object)
        cache: dict[tuple[int, int], str] = {}
        for q in np.flatnonzero(size > 1).tolist():
            mine, theirs = int(self.rendering[q]), int(self.rendering[reference[q]])
            if mine == theirs:
                match[q] = "exact"
                continue
            kind = cache.get((mine, theirs))
            if kind is None:
                kind = cache[(mine, theirs)] = compare(self.words(mine), self.words(theirs), self.content_list).kind \
                    or "reworded"
            match[q] = kind
        return match

    def _copies(self, frame: pd.DataFrame) -> np.ndarray:
        copy = np.zeros(len(frame), dtype=bool)
        inside = self.story >= 0
        if inside.any():
            rows = pd.DataFrame({"root": frame["root"].to_numpy()[inside], "story": self.story[inside],
                                 "rank": self.story_rank[inside]})
            lowest = rows.groupby(["root", "story"])["rank"].transform("min").to_numpy()
            copy[np.flatnonzero(inside)] = rows["rank"].to_numpy() > lowest
        return copy

    def _firsts(self, root: np.ndarray, copy: np.ndarray) -> np.ndarray:
        first = np.zeros(len(root), dtype=bool)
        eligible = np.flatnonzero((self.day != NO_DATE) & ~copy)
        if len(eligible):
            order = eligible[np.lexsort((eligible, self.article[eligible], self.day[eligible], root[eligible]))]
            leading = np.r_[True, root[order][1:] != root[order][:-1]]
            first[order[leading]] = True
        return first


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
        The lineage table, in the quotes table's order. Quotes rendering the same statement share a
        ``lineage_id``; see :mod:`analysis.lineage.build` for how they are matched.
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
        story's size, and whether it is the original.
    """
    builder = LineageBuilder()
    builder.add(pd.DataFrame(columns=["quote_id", "article_id", "kind", "text"]), articles)
    return builder.stories()
