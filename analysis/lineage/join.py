"""How quotes are joined into lineages: a lineage is a connected group of quotes, and each step only adds joins.

1. **Stories** (before this module): near-duplicate articles are grouped (:mod:`analysis.lineage.stories`).
2. **Same words.** Quotes sharing a rendering (a whole quote, or one of its pieces:
   :mod:`analysis.lineage.words`) join when their speakers allow it (:func:`allow`); a short rendering (under
   :data:`SHORT_WORDS` words) only within :data:`SHORT_DAYS` days of the first of the speaker's uses it joins
   (a slogan repeated every week makes one lineage a week, not one for the campaign). Copies in one story
   always join.
3. **Near-exact and partial.** Candidate renderings (:mod:`analysis.lineage.index`) are compared
   (:func:`analysis.lineage.match.compare`); a match joins the quotes whose speakers allow it. A short partial
   match (under :data:`LONG_PARTIAL` words) joins one holder only: the best, nearest in date, so a phrase a
   speaker used twice does not merge two statements.
4. **Rewordings.** The same named speaker's same claim in other words, within days
   (:mod:`analysis.lineage.reword`).

Speakers (:func:`allow`) follow :func:`analysis.lineage.match.speakers_allow`, with two readings added: a quote
whose words outside its marks name the other quote's speaker (``after Mr. Clinton declared that the "era of
big government is over"``) counts as that speaker's, since attributions in such sentences often go astray; and
two different named speakers may share words of :data:`analysis.lineage.match.NEAR_DISAGREE_WORDS` or more only
when published within :data:`SHORT_DAYS` days.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from analysis.lineage.index import fragment_pairs, shingle_pairs
from analysis.lineage.match import (
    Comparison,
    compare,
    may_match,
    rendering_strings,
    speakers_allow,
)
from analysis.lineage.reword import Quotes, reworded_pairs
from analysis.lineage.sets import DisjointSets
from analysis.lineage.stories import NO_DATE

SHORT_WORDS = 10
"""Renderings and matches shorter than this many words are short: a catch-phrase, a slogan, a fragment."""
SHORT_DAYS = 7
"""Short matches, and matches between different named speakers, join only within this many days."""
LONG_PARTIAL = 10
"""A partial match of fewer words joins one holder only (the best)."""
FURNITURE = 20
"""A rendering found in this many quotes or more, none with a named speaker, is page furniture ("to receive
occasional updates and special offers for The New York Times's products and services"): it joins nothing."""
MAX_BLOCKS = 50
"""A rendering used by more speaker blocks than this is not joined across speakers (a stock phrase)."""
_NO_SPEAKER = -1


class Renderings(NamedTuple):
    """The distinct renderings of a corpus.

    Attributes:
        tokens: their word ids, concatenated (rendering ``r`` is ``tokens[offsets[r]:offsets[r + 1]]``).
        offsets: see ``tokens``.
        content: for each word id, True for a content word.
        words: each word id's word.
    """

    tokens: np.ndarray
    offsets: np.ndarray
    content: np.ndarray
    words: list[str]


class Matching:
    """One matching run: the corpus's arrays and the sets of quotes joined so far.

    Args (all keyword arrays are indexed by quote unless said otherwise):
        renderings: the distinct renderings.
        full: each quote's whole rendering.
        entry_rendering, entry_quote: the renderings quotes are matched by (one entry per quote and piece).
        extra, extra_offsets: the word ids outside each quote's marks (quote ``q``'s:
            ``extra[extra_offsets[q]:extra_offsets[q + 1]]``).
        speaker: the speaker key id (-1: none or unnamed).
        speaker_word: for each speaker key id, the word id of the key (-1 when no quote holds the word).
        quoted: whether the whole rendering is quoted words.
        article: the article index.
        day: the publication date in days (:data:`analysis.lineage.stories.NO_DATE` when unknown).
        story, story_rank: the article's story (its original's index; -1 without one) and rank in it.
    """

    def __init__(self, renderings: Renderings, *, full: np.ndarray, entry_rendering: np.ndarray,
                 entry_quote: np.ndarray, extra: np.ndarray, extra_offsets: np.ndarray, speaker: np.ndarray,
                 speaker_word: np.ndarray, quoted: np.ndarray, article: np.ndarray, day: np.ndarray,
                 story: np.ndarray, story_rank: np.ndarray) -> None:
        self.renderings = renderings
        self.tokens, self.offsets, self.content = renderings.tokens, renderings.offsets, renderings.content
        self.content_list: list[bool] = self.content.tolist()  # faster to index one by one
        self.lengths = np.diff(self.offsets)
        self.full, self.entry_rendering, self.entry_quote = full, entry_rendering, entry_quote
        self.extra, self.extra_offsets = extra, extra_offsets
        self.speaker, self.speaker_word, self.quoted = speaker, speaker_word, quoted
        self.article, self.day, self.story, self.story_rank = article, day, story, story_rank
        self.sets = DisjointSets(len(article))
        self.joins: list[tuple[int, int, str, int]] = []
        """Every join that joined two lineages: (quote, quote, what joined them, words matched)."""
        self.blocks: dict[int, list[int]] = {}  # rendering -> the first quote of each of its blocks (when > 1)
        n_content = self.content[self.tokens].astype(np.int64)
        self.rendering_content = (np.add.reduceat(n_content, self.offsets[:-1]) if len(n_content)
                                  else np.zeros(len(self.lengths), dtype=np.int64))
        self.rendering_content[self.lengths == 0] = 0
        self.first_quote = np.full(len(self.lengths), len(article), dtype=np.int64)
        np.minimum.at(self.first_quote, entry_rendering, entry_quote)
        self.is_entry = self.first_quote < len(article)

    def __len__(self) -> int:
        return len(self.article)

    def join(self, a: int, b: int, step: str, words: int) -> None:
        """Join the lineages of quotes a and b, and record the join when it joined two (:attr:`joins`)."""
        if self.sets.union(a, b):
            self.joins.append((a, b, step, words))

    def words(self, rendering: int) -> list[int]:
        """A rendering's word ids."""
        return self.tokens[self.offsets[rendering]:self.offsets[rendering + 1]].tolist()

    def near_in_time(self, a: int, b: int) -> bool:
        """Whether two quotes were published within SHORT_DAYS days; when neither has a date, True (nothing
        tells them apart); when only one has, False (nothing ties them together)."""
        day_a, day_b = int(self.day[a]), int(self.day[b])
        if day_a == NO_DATE or day_b == NO_DATE:
            return True
        return abs(day_a - day_b) <= SHORT_DAYS

    def allow(self, a: int, b: int, matched: int, content: int) -> bool:
        """Whether a match of this size may join quotes a and b, given their speakers (module docstring)."""
        first, second = int(self.speaker[a]), int(self.speaker[b])
        if first != second and (self._names(a, second) or self._names(b, first)):
            first = second = max(first, second)
        near = self.near_in_time(a, b)
        return speakers_allow(None if first == _NO_SPEAKER else first, None if second == _NO_SPEAKER else second,
                              matched, content, near=near)

    def _may_join(self, a: int, b: int, matched: int, content: int) -> bool:
        """:meth:`allow`, and a short match only near in time."""
        return (matched >= SHORT_WORDS or self.near_in_time(a, b)) and self.allow(a, b, matched, content)

    def _names(self, quote: int, speaker: int) -> bool:
        """Whether the words outside a quote's marks hold this speaker's key (a content word)."""
        if speaker == _NO_SPEAKER or self.speaker_word[speaker] < 0 or not self.content[self.speaker_word[speaker]]:
            return False
        outside = self.extra[self.extra_offsets[quote]:self.extra_offsets[quote + 1]]
        return bool(len(outside)) and bool((outside == self.speaker_word[speaker]).any())

    # step 2 ----------------------------------------------------------------------------------------------------

    def join_same_words(self) -> None:
        """Join quotes sharing a rendering as their speakers and dates allow."""
        rendering, quote = self.entry_rendering, self.entry_quote
        order = np.lexsort((quote, self.day[quote], self.speaker[quote], rendering))
        rendering, quote = rendering[order], quote[order]
        runs = np.flatnonzero(np.r_[True, rendering[1:] != rendering[:-1]])
        sizes = np.diff(np.r_[runs, len(order)])
        for start, size in zip(runs[sizes > 1].tolist(), sizes[sizes > 1].tolist()):
            self._join_rendering(int(rendering[start]), list(dict.fromkeys(quote[start:start + size].tolist())))

    def _join_rendering(self, rendering: int, quotes: list[int]) -> None:
        length, n_content = int(self.lengths[rendering]), int(self.rendering_content[rendering])
        sets, speaker = self.sets, self.speaker
        if len(quotes) >= FURNITURE and all(speaker[q] == _NO_SPEAKER for q in quotes):
            self.is_entry[rendering] = False
            return
        blocks: list[list[int]] = []
        unnamed = []
        for q in quotes:  # sorted by speaker, then day
            if speaker[q] == _NO_SPEAKER:
                unnamed.append(q)
                continue
            previous = blocks[-1] if blocks else None
            if (previous is not None and speaker[previous[0]] == speaker[q]
                    and speakers_allow(0, 0, length, n_content)
                    and (length >= SHORT_WORDS or self.near_in_time(previous[0], q))):
                self.join(previous[-1], q, "same words", length)
                previous.append(q)
            else:
                blocks.append([q])
        if 1 < len(blocks) <= MAX_BLOCKS:
            for i, first in enumerate(blocks):
                for second in blocks[i + 1:]:  # blocks of one speaker are apart in time: never joined here
                    if (speaker[first[0]] != speaker[second[0]] and not sets.same(first[0], second[0])
                            and self._may_join(first[0], second[0], length, n_content)):
                        self.join(first[0], second[0], "same words", length)
        for q in unnamed:  # joins the largest block when allowed; else stays out of further matching
            if not blocks:
                blocks.append([q])
            elif self._may_join(q, max(blocks, key=len)[0], length, n_content):
                self.join(max(blocks, key=len)[0], q, "same words", length)
        by_story: dict[int, int] = {}
        for q in quotes:
            story = int(self.story[q])
            if story >= 0:
                self.join(by_story.setdefault(story, q), q, "story copy", length)
        self.blocks[rendering] = [block[0] for block in blocks]

    # step 3 ----------------------------------------------------------------------------------------------------

    def join_similar(self) -> None:
        """Join quotes of renderings that match near-exactly or partially."""
        pairs, shared = shingle_pairs(self.tokens, self.offsets, self.content, include=self.is_entry)
        if len(pairs):
            shorter = np.minimum(self.lengths[pairs[:, 0]], self.lengths[pairs[:, 1]])
            longer = np.maximum(self.lengths[pairs[:, 0]], self.lengths[pairs[:, 1]])
            # a partial match shares most of the shorter one's shingles, or a run of 8 words (4 shingles); a
            # near-exact one has lengths alike and a shingle left between its edits
            promising = (shared >= np.minimum(4, np.maximum(1, (shorter - 4) // 2))) | (longer <= 1.4 * shorter + 2)
            pairs, shared = pairs[promising], shared[promising]
            pairs = pairs[may_match(rendering_strings(self.tokens, self.offsets), pairs, shared)]
        fragments: dict[int, tuple] = {}
        for a, b in pairs.tolist():
            self._join_pair(a, b, fragments)
        fragment = self._plausible_fragments(fragment_pairs(self.tokens, self.offsets, self.content,
                                                            include=self.is_entry))
        for a, b in fragment.tolist():
            self._join_pair(a, b, fragments)
        for child, (rank, parent) in sorted(fragments.items()):
            self.join(child, parent, "partial", -rank[0])

    def _plausible_fragments(self, pairs: np.ndarray) -> np.ndarray:
        """The fragment pairs whose quotes could join: same speaker, near in time (or several blocks to try)."""
        if len(pairs) == 0:
            return pairs
        quote_a, quote_b = self.first_quote[pairs[:, 0]], self.first_quote[pairs[:, 1]]
        several = np.zeros(len(self.lengths), dtype=bool)
        several[list(self.blocks)] = True
        day_a, day_b = self.day[quote_a], self.day[quote_b]
        dated = (day_a != NO_DATE) & (day_b != NO_DATE)
        near = np.where(dated, np.abs(np.where(dated, day_a - day_b, 0)) <= SHORT_DAYS, day_a == day_b)
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
                if not self._may_join(qa, qb, found.matched, found.content):
                    continue
                if not attach_one:
                    self.join(qa, qb, found.kind, found.matched)
                    continue
                dated = NO_DATE not in (self.day[qa], self.day[qb])
                gap = abs(int(self.day[qa]) - int(self.day[qb])) if dated else 1 << 30
                rank = (-found.matched, gap, -int(self.lengths[b]), qb)
                if qa not in fragments or rank < fragments[qa][0]:
                    fragments[qa] = (rank, qb)

    # step 4 ----------------------------------------------------------------------------------------------------

    def join_rewordings(self) -> None:
        """Join the same named speaker's same claim in other words (:mod:`analysis.lineage.reword`)."""
        quotes = Quotes(self.tokens, self.offsets, self.full, self.extra, self.extra_offsets, self.speaker,
                        self.day, self.article, self.content, self.renderings.words)
        for a, b, shared in reworded_pairs(quotes, self.sets.same).tolist():
            self.join(a, b, "reworded", shared)
