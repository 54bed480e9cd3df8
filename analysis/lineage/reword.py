"""Rewordings: the same speaker's same claim in other words (a quote and its paraphrase, two paraphrases).

Without the same words to go by, a rewording is recognised by who, when and what: two quotes in different
articles, by the same named speaker (:func:`analysis.lineage.words.speaker_key`), published at most
:data:`WINDOW_DAYS` days apart, sharing at least :data:`MIN_SHARED` content stems (crude suffix stripping:
``taxes``/``tax``, ``raising``/``raise``) that make up at least :data:`MIN_SHARE` of the smaller quote's stems.
Stems in more than :data:`MAX_STEM_SHARE` of the quotes (``people``, ``president``) do not count. Each quote
joins at most its best partner (most stems shared, then nearest in date), so a run of a speaker's statements
on one subject does not chain into one.

These are the loosest joins of the lineage: the benchmark (``benchmarks/bench_lineage.py``) measures them
separately (``reworded``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import numpy as np

from analysis.lineage.index import unique_counts

WINDOW_DAYS = 3
MIN_SHARED = 4
MIN_SHARE = 0.5
MAX_STEM_SHARE = 0.01
MAX_GROUP = 5000
"""A speaker-and-stem group larger than this is skipped (a speaker's everyday word)."""

_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", ""))


def stem(word: str) -> str:
    """A crude stem: one common suffix stripped from words of five letters or more (``taxes`` -> ``tax``)."""
    if len(word) < 5 or "'" in word:
        return word.split("'")[0] if word.endswith("'s") else word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + replacement
    return word


class Quotes(NamedTuple):
    """What rewording needs of every quote, as arrays indexed by quote (and by rendering for the words).

    Attributes:
        tokens, offsets: the renderings' word ids; rendering ``r`` is ``tokens[offsets[r]:offsets[r + 1]]``.
        rendering: each quote's rendering.
        extra, extra_offsets: the word ids outside each mixed quote's marks, the same way (by quote).
        speaker: each quote's speaker key id (-1 for none or unnamed).
        day: each quote's date in days (int64 minimum when unknown).
        article: each quote's article index.
        content: for each word id, True for a content word.
        words_of: each word id's word.
    """

    tokens: np.ndarray
    offsets: np.ndarray
    rendering: np.ndarray
    extra: np.ndarray
    extra_offsets: np.ndarray
    speaker: np.ndarray
    day: np.ndarray
    article: np.ndarray
    content: np.ndarray
    words_of: list[str]


def reworded_pairs(quotes: Quotes, joined: Callable[[int, int], bool]) -> np.ndarray:
    """Quote pairs that reword one statement (see the module docstring).

    Args:
        quotes: the quotes' arrays.
        joined: whether two quotes are in one lineage already (such pairs are skipped).

    Returns:
        Rows ``(a, b, shared)``: quote indices to join and the stems they share.
    """
    state = quotes
    n = len(state.article)
    eligible = np.flatnonzero((state.speaker >= 0) & (state.day != np.iinfo(np.int64).min))
    if len(eligible) < 2:
        return np.empty((0, 3), dtype=np.int64)
    stems, stem_ids = _stem_ids(quotes.words_of, state.content)
    quote, token = _quote_tokens(state, eligible)
    stem_of = stem_ids[token]
    keep = stem_of >= 0
    entries, _ = unique_counts(quote[keep] * len(stems) + stem_of[keep])  # distinct (quote, stem)
    quote, stem_of = entries // len(stems), entries % len(stems)
    frequency = np.bincount(stem_of, minlength=len(stems))
    common = frequency[stem_of] > max(20, MAX_STEM_SHARE * len(eligible))
    quote, stem_of = quote[~common], stem_of[~common]
    n_kept = np.bincount(quote, minlength=n)
    pairs = _window_pairs(state.speaker[quote], stem_of, state.day[quote], quote)
    if len(pairs) == 0:
        return np.empty((0, 3), dtype=np.int64)
    keys, shared = unique_counts(pairs[:, 0] * n + pairs[:, 1])
    a, b = keys // n, keys % n
    smaller = np.minimum(n_kept[a], n_kept[b])
    good = (shared >= MIN_SHARED) & (shared >= MIN_SHARE * smaller) & (state.article[a] != state.article[b])
    a, b, shared = a[good], b[good], shared[good]
    best: dict[int, tuple] = {}
    for x, y, s, small in zip(a.tolist(), b.tolist(), shared.tolist(), smaller[good].tolist()):
        if joined(x, y):
            continue
        rank = (-s / small, -s, abs(int(state.day[x]) - int(state.day[y])))
        for one, other in ((x, y), (y, x)):
            if one not in best or (rank, other) < best[one]:
                best[one] = (rank, other)
    chosen = {(min(q, other), max(q, other)): -rank[1] for q, (rank, other) in best.items()}
    return np.array([(a, b, s) for (a, b), s in sorted(chosen.items())], dtype=np.int64).reshape(-1, 3)


def _stem_ids(words_of: list[str], content: np.ndarray) -> tuple[list[str], np.ndarray]:
    """Each word id's stem id (-1 for a function word)."""
    index: dict[str, int] = {}
    ids = np.full(len(words_of), -1, dtype=np.int64)
    for word_id, word in enumerate(words_of):
        if content[word_id] and not word.isdigit():
            ids[word_id] = index.setdefault(stem(word), len(index))
    return list(index), ids


def _quote_tokens(state: Quotes, eligible: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(quote, word id) for every word of the eligible quotes: their rendering and their extra words."""
    extra, extra_offsets = state.extra, state.extra_offsets
    rendering = state.rendering[eligible]
    lengths = np.diff(state.offsets)[rendering]
    starts = state.offsets[rendering]
    rendered = state.tokens[np.repeat(starts - np.r_[0, np.cumsum(lengths)[:-1]], lengths)
                            + np.arange(int(lengths.sum()))]
    extra_lengths = extra_offsets[eligible + 1] - extra_offsets[eligible]
    more = extra[np.repeat(extra_offsets[eligible] - np.r_[0, np.cumsum(extra_lengths)[:-1]], extra_lengths)
                 + np.arange(int(extra_lengths.sum()))]
    quote = np.r_[np.repeat(eligible, lengths), np.repeat(eligible, extra_lengths)]
    return quote, np.r_[rendered, more].astype(np.int64)


def _window_pairs(speaker: np.ndarray, stem_of: np.ndarray, day: np.ndarray, quote: np.ndarray) -> np.ndarray:
    """Pairs of quotes with the same speaker and stem at most WINDOW_DAYS apart (one row per shared stem)."""
    order = np.lexsort((quote, day, stem_of, speaker))
    speaker, stem_of, day, quote = speaker[order], stem_of[order], day[order], quote[order]
    group_start = np.r_[True, (speaker[1:] != speaker[:-1]) | (stem_of[1:] != stem_of[:-1])]
    group = np.cumsum(group_start) - 1
    sizes = np.bincount(group)
    small = sizes[group] <= MAX_GROUP
    speaker, stem_of, day, quote, group = speaker[small], stem_of[small], day[small], quote[small], group[small]
    key = group.astype(np.float64) * 1e7 + (day - day.min())
    reach = np.searchsorted(key, key + WINDOW_DAYS, side="right")
    partners = reach - np.arange(len(key)) - 1
    left = np.repeat(np.arange(len(key)), partners)
    right = left + 1 + (np.arange(int(partners.sum())) - np.repeat(np.r_[0, np.cumsum(partners)[:-1]], partners))
    a, b = quote[left], quote[right]
    return np.stack([np.minimum(a, b), np.maximum(a, b)], axis=1)
