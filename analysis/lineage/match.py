"""Whether two renderings are the same words, and how: the match kinds of the lineage table.

Renderings are compared as word sequences (:mod:`analysis.lineage.words`), aligned by RapidFuzz (C++): its
longest common subsequence rejects most candidates at once, and its Indel alignment gives the matching blocks
of the others (difflib's ``SequenceMatcher`` gives much the same blocks, twenty to a hundred times slower). Only blocks of two words or more count as
matched: a lone "the" or "we" shared by chance says nothing (except between the edits of a near-exact match:
"we went [through] the [biggest] witch hunt"). With ``a`` the shorter rendering, ``b`` the longer, ``m`` the words
matched and ``edits`` the words of either left unaligned:

============== =======================================================================================
kind           when (the team's guidelines: ``benchmarks/data/lineage/GUIDELINES.md``)
============== =======================================================================================
``exact``      the same words (quote marks, case, white space and punctuation do not count)
``near-exact`` a few words changed, added or dropped inside: ``edits`` at most :data:`NEAR_EDITS` words,
               or :data:`NEAR_SHARE` of the longer one (two words changed: four edits), and at least
               :data:`NEAR_COVER` of the shorter one's words and of its content words matched ("the
               economy is strong" is not "the weather is strong")
``partial``    one holds a shorter rendering of the other (a trim at either end, however short: "era of
               big government is over"): at least :data:`PARTIAL_COVER` of ``a`` matched;
               or two trims of one quote overlapping by a run of :data:`OVERLAP_BLOCK` words or more
``reworded``   not decided here: the same speaker's same claim in other words (:mod:`analysis.lineage.reword`)
============== =======================================================================================

Whether a match joins two quotes also depends on how many *content* words it holds and on their speakers
(:func:`speakers_allow`): a stock phrase needs agreeing speakers, a long passage does not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
from rapidfuzz.distance import Indel, LCSseq
from rapidfuzz.process import cpdist

MATCH_KINDS = ("exact", "near-exact", "partial", "reworded")
"""The values of the lineage table's ``match`` column, from the closest rendering to the loosest."""

NEAR_EDITS = 4
NEAR_SHARE = 0.2
NEAR_COVER = 0.75
PARTIAL_COVER = 0.8
OVERLAP_BLOCK = 8

AGREE_CONTENT, AGREE_WORDS = 2, 5
"""A match between agreeing named speakers needs this many content words ("grave mistake"), or this many words
("they are here whether we want them or not": one content word)."""
UNKNOWN_WORDS, UNKNOWN_CONTENT = 8, 4
"""Words and content words a match needs when a speaker is unnamed or missing, published within days of each
other (a shorter passage that recurs without a speaker for months is a phrase in circulation); further apart,
as many as for two different speakers."""
DISAGREE_WORDS, DISAGREE_CONTENT = 15, 6
"""Words and content words a match needs when both speakers are named and differ (a misattribution in one
article, or a statement read out by someone else): long passages only, never a stock phrase..."""
NEAR_DISAGREE_WORDS, NEAR_DISAGREE_CONTENT = 8, 3
"""...or, published within days of each other, a passage of this many words (attributions go astray: an
extractor may name the wrong person or a stray phrase as the speaker)."""


class Comparison(NamedTuple):
    """How two renderings compare.

    Attributes:
        kind: ``exact``, ``near-exact``, ``partial`` or None (no textual match).
        matched: words matched (in blocks of two or more).
        content: content words among them.
    """

    kind: str | None
    matched: int
    content: int


def compare(a: Sequence[int], b: Sequence[int], content: Sequence[bool]) -> Comparison:
    """Compare two renderings given as word ids.

    Args:
        a, b: the renderings (in either order).
        content: for each word id, True when it is a content word.

    Returns:
        The :class:`Comparison` (see the module docstring for the kinds).
    """
    if len(a) > len(b):
        a, b = b, a
    if list(a) == list(b):
        return Comparison("exact", len(a), int(sum(content[w] for w in a)))
    if len(a) < 2 or LCSseq.similarity(a, b) < min(NEAR_COVER * len(a), OVERLAP_BLOCK):
        return Comparison(None, 0, 0)  # fewer words in common, in order, than any kind needs
    equal = [(op.src_start, op.src_end) for op in Indel.opcodes(a, b) if op.tag == "equal"]
    blocks = [(start, end) for start, end in equal if end - start >= 2]
    matched = sum(end - start for start, end in blocks)
    if not matched:
        return Comparison(None, 0, 0)
    n_content = int(sum(content[w] for start, end in blocks for w in a[start:end]))
    aligned = sum(end - start for start, end in equal)  # lone words too: "went [through] the [biggest] witch"
    edits = len(a) + len(b) - 2 * aligned
    trimmed = blocks == [(0, len(a))]  # the shorter one whole, inside the longer: a trim, not an edit
    if (not trimmed and edits <= max(NEAR_EDITS, NEAR_SHARE * len(b)) and aligned >= NEAR_COVER * len(a)
            and matched >= 0.5 * len(a)
            and n_content >= NEAR_COVER * min(sum(content[w] for w in a), sum(content[w] for w in b))):
        kind: str | None = "near-exact"
    elif matched >= PARTIAL_COVER * len(a) or max(end - start for start, end in blocks) >= OVERLAP_BLOCK:
        kind = "partial"
    else:
        kind = None
    return Comparison(kind, matched, n_content)


def rendering_strings(tokens: np.ndarray, offsets: np.ndarray) -> list[str]:
    """Each rendering as a string of one character per word id (for RapidFuzz's bulk scorers)."""
    codes = (tokens.astype(np.int64) % 1_100_000 + 1).astype(np.uint32)
    codes[codes >= 0xD800] += 0x800  # no surrogate code points
    text = codes.tobytes().decode("utf-32-le")
    return [text[start:end] for start, end in zip(offsets[:-1].tolist(), offsets[1:].tolist())]


def may_match(strings: list[str], pairs: np.ndarray, shared: np.ndarray) -> np.ndarray:
    """For each candidate pair of renderings, whether :func:`compare` could find a match (a quick test in bulk).

    RapidFuzz computes the longest common subsequence of every pair at once: a near-exact or partial match
    needs most of the shorter rendering in it; an overlap of two trims needs a run of :data:`OVERLAP_BLOCK`
    words, so :data:`OVERLAP_BLOCK` - 4 shared shingles at least.

    Args:
        strings: :func:`rendering_strings`.
        pairs: rows ``(a, b)`` of rendering indices.
        shared: the shingles each pair shares (:func:`analysis.lineage.index.shingle_pairs`).
    """
    if len(pairs) == 0:
        return np.zeros(0, dtype=bool)
    left = [strings[a] for a in pairs[:, 0].tolist()]
    right = [strings[b] for b in pairs[:, 1].tolist()]
    common = cpdist(left, right, scorer=LCSseq.similarity, dtype=np.int32)
    length_a = np.fromiter((len(t) for t in left), dtype=np.int64, count=len(left))
    length_b = np.fromiter((len(t) for t in right), dtype=np.int64, count=len(right))
    shorter, longer = np.minimum(length_a, length_b), np.maximum(length_a, length_b)
    near = common >= (shorter + longer - np.maximum(NEAR_EDITS, NEAR_SHARE * longer)) / 2
    partial = common >= PARTIAL_COVER * shorter
    overlap = shared >= OVERLAP_BLOCK - 4
    return (shorter >= 2) & (near | partial | overlap)


def speakers_allow(first: object, second: object, matched: int, content: int, *, near: bool = False) -> bool:
    """Whether a textual match of this size may join quotes of these two speakers (keys, or None for none).

    Args:
        first, second: the speakers' keys; None for an unnamed or missing speaker.
        matched, content: the words and content words matched.
        near: whether the two were published within days of each other.

    Agreeing named speakers need :data:`AGREE_CONTENT` content words or :data:`AGREE_WORDS` words; an unnamed
    or missing speaker :data:`UNKNOWN_WORDS` words when ``near``, else :data:`DISAGREE_WORDS`; two different
    named speakers :data:`DISAGREE_WORDS` words, or :data:`NEAR_DISAGREE_WORDS` when ``near``.
    """
    if first is not None and first == second:
        return content >= AGREE_CONTENT or matched >= AGREE_WORDS
    if first is None or second is None:
        return ((near and matched >= UNKNOWN_WORDS and content >= UNKNOWN_CONTENT)
                or (matched >= DISAGREE_WORDS and content >= DISAGREE_CONTENT))
    return ((matched >= DISAGREE_WORDS and content >= DISAGREE_CONTENT)
            or (near and matched >= NEAR_DISAGREE_WORDS and content >= NEAR_DISAGREE_CONTENT))
