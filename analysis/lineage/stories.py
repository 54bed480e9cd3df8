"""Near-duplicate articles: the same wire story (AP, Reuters, AFP copy) or one outlet's republished piece.

Each article is reduced to the fingerprints of its sentences: a sentence's words (lower case, without
punctuation, so quote-mark style and case do not matter) hashed to 64 bits, for sentences of at least :data:`MIN_SENTENCE_WORDS` words. Two articles are copies of one
story when they share at least :data:`MIN_SHARED` fingerprints and these make up at least :data:`MIN_SHARE` of
the shorter one's (a trimmed copy is still a copy). Copies join transitively into stories.

A sentence found in more than :data:`MAX_ARTICLES` articles is ignored: it is boilerplate ("Sign up for our
newsletter") or a text everyone quotes in full, not evidence that two articles are one story.

The story's *original* is its earliest dated article (then the longest, then the first in the corpus); the
others are its copies. ``story_id`` is the original's ``article_id``.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from analysis.lineage.index import pairs_within, unique_counts
from analysis.lineage.sets import DisjointSets

MIN_SENTENCE_WORDS = 8
"""Shorter sentences ("He declined to comment.") are not fingerprinted."""
MIN_SHARED = 3
"""Fingerprints two articles must share to be copies of one story."""
MIN_SHARE = 0.5
"""...and the share of the shorter article's fingerprints they must make up."""
MAX_ARTICLES = 50
"""Sentences in more articles than this are ignored (boilerplate, texts quoted in full everywhere)."""

STORY_COLUMNS: dict[str, str] = {
    "article_id": "an article that has at least one near duplicate in the corpus",
    "story_id": "the story: the article_id of its original (its earliest dated article, then the longest)",
    "story_size": "how many articles of the corpus carry the story",
    "original": "True for the story's original, False for its copies",
}
"""Columns of the stories table (:func:`find_stories`), one row per article that has a near duplicate."""

_KEPT = b"abcdefghijklmnopqrstuvwxyz0123456789 .!?\n"
_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ\t\r", b"abcdefghijklmnopqrstuvwxyz  ")
_DROPPED = bytes(set(range(256)) - set(_KEPT) - set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ\t\r"))
_SENTENCE_END = re.compile(rb"[.!?\n]+")


def fingerprints(text: str) -> list[int]:
    """The distinct fingerprints of a text's sentences of :data:`MIN_SENTENCE_WORDS` words or more.

    A sentence's fingerprint is the hash of its ASCII letters and digits, lower case, word by word: quote marks,
    apostrophes, dashes and other punctuation are dropped, so a copy that only changed typography matches. Hashes
    are Python's: they differ between processes but are compared within one, so the groups are the same.
    """
    found: dict[int, None] = {}
    data = text.encode("utf-8", "surrogatepass").translate(_LOWER, _DROPPED)
    for sentence in _SENTENCE_END.split(data):
        sentence_words = sentence.split()
        if len(sentence_words) >= MIN_SENTENCE_WORDS:
            found[hash(b" ".join(sentence_words))] = None
    return list(found)


def story_groups(fingerprint: np.ndarray, article: np.ndarray, n_articles: int) -> np.ndarray:
    """Group articles into stories by their shared fingerprints.

    Args:
        fingerprint: one fingerprint per entry (int64).
        article: the article index of each entry (distinct fingerprints per article).
        n_articles: how many articles there are (indices ``0 .. n_articles - 1``).

    Returns:
        For each article, the smallest article index of its story; ``-1`` for an article without copies.
    """
    group = np.full(n_articles, -1, dtype=np.int64)
    if len(fingerprint) == 0:
        return group
    sizes = np.bincount(article, minlength=n_articles)
    order = np.lexsort((article, fingerprint))
    fp, art = fingerprint[order], article[order]
    starts = np.flatnonzero(np.r_[True, fp[1:] != fp[:-1]])
    counts = np.diff(np.r_[starts, len(fp)])
    keep = (counts >= 2) & (counts <= MAX_ARTICLES)
    pairs = pairs_within(starts[keep], counts[keep], art)
    if len(pairs) == 0:
        return group
    key, shared = unique_counts(pairs[:, 0] * n_articles + pairs[:, 1])
    a, b = key // n_articles, key % n_articles
    smaller = np.minimum(sizes[a], sizes[b])
    linked = (shared >= MIN_SHARED) & (shared >= MIN_SHARE * smaller)
    sets = DisjointSets(n_articles)
    for x, y in zip(a[linked].tolist(), b[linked].tolist()):
        sets.union(x, y)
    roots = np.array(sets.roots(), dtype=np.int64)
    members = np.bincount(roots, minlength=n_articles)
    has_copy = members[roots] > 1
    group[has_copy] = roots[has_copy]
    return group


def story_order(group: np.ndarray, days: np.ndarray, n_chars: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The original of each story and each article's rank in its story.

    Args:
        group: :func:`story_groups`'s result.
        days: each article's date as days since 1970-01-01; :data:`NO_DATE` when it has none.
        n_chars: each article's length.

    Returns:
        ``(original, rank)``: for each article, the index of its story's original (``-1`` without a story) and
        its rank in the story (0 for the original; ``-1`` without a story). Undated articles rank last.
    """
    n = len(group)
    original = np.full(n, -1, dtype=np.int64)
    rank = np.full(n, -1, dtype=np.int64)
    inside = np.flatnonzero(group >= 0)
    if len(inside) == 0:
        return original, rank
    undated = days[inside] == NO_DATE
    order = inside[np.lexsort((inside, -n_chars[inside], np.where(undated, np.iinfo(np.int64).max, days[inside]),
                               group[inside]))]
    story = group[order]
    starts = np.r_[True, story[1:] != story[:-1]]
    first = np.maximum.accumulate(np.where(starts, np.arange(len(order)), 0))
    original[order] = order[first]
    rank[order] = np.arange(len(order)) - first
    return original, rank


NO_DATE = np.iinfo(np.int64).min
"""The day number of an article without a date."""


def stories_table(article_ids: list[str], original: np.ndarray, rank: np.ndarray) -> pd.DataFrame:
    """The stories table (:data:`STORY_COLUMNS`) from :func:`story_order`'s result."""
    inside = np.flatnonzero(original >= 0)
    ids = np.asarray(article_ids, dtype=object)
    sizes = np.bincount(original[inside], minlength=len(original))
    table = pd.DataFrame({
        "article_id": ids[inside],
        "story_id": ids[original[inside]],
        "story_size": sizes[original[inside]].astype("int64"),
        "original": rank[inside] == 0,
    })
    return table[list(STORY_COLUMNS)].reset_index(drop=True)
