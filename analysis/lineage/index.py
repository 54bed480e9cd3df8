"""Which renderings could be the same words: candidate pairs from shared word n-grams, found with numpy.

Comparing every rendering with every other is out of reach (about 740,000 distinct renderings in AllSides), so
renderings are first paired by what they share:

* **Shingles**: every run of :data:`SHINGLE` words holding a content word is hashed; renderings sharing a
  shingle that at most :data:`MAX_DF` renderings hold are paired, and the shingles they share are counted. A
  trimmed quote shares all its shingles with the full one, a near-exact copy most of them. Shingles held by
  more renderings are stock phrases ("the american people are"), not evidence of one statement; a statement
  that many outlets trimmed in many ways still pairs up through its other shingles.
* **Fragments**: renderings shorter than a shingle (two to four words: "grave mistake", "all necessary
  measures", "the [regime] must go") are paired with every rendering holding a run of their words with two
  content words, when at most :data:`MAX_FRAGMENT_DF` do (else the fragment is a common phrase).

The index is exact up to 64-bit hashing (a collision only adds a candidate, which :mod:`analysis.lineage.match`
then rejects); it is built by sorting arrays, so its cost is a few sorts of the corpus's word count.
"""

from __future__ import annotations

import numpy as np

SHINGLE = 5
"""Words per shingle."""
MAX_DF = 300
"""Shingles held by more renderings are ignored."""
MAX_FRAGMENT_DF = 2000
"""Fragments held by more renderings are ignored."""
_MIX = np.uint64(0x9E3779B97F4A7C15)
_BASE = np.uint64(1_000_003)


def run_starts(offsets: np.ndarray, width: int, include: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Where every run of ``width`` words starts, and the rendering it lies in (int32: half the memory).

    Args:
        offsets: rendering ``r`` is ``tokens[offsets[r]:offsets[r + 1]]`` (length: renderings + 1).
        width: words per run.
        include: for each rendering, whether to take its runs (default: all).
    """
    counts = np.maximum(np.diff(offsets) - width + 1, 0)
    if include is not None:
        counts = np.where(include, counts, 0)
    total = int(counts.sum())
    first = np.cumsum(counts) - counts
    starts = np.repeat(offsets[:-1] - first, counts) + np.arange(total, dtype=np.int64)
    return starts, np.repeat(np.arange(len(counts), dtype=np.int32), counts)


def _hash_runs(tokens: np.ndarray, starts: np.ndarray, width: int) -> np.ndarray:
    """A 64-bit hash of each run ``tokens[s:s + width]``."""
    value = np.zeros(len(starts), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(width):
            value = value * _BASE + tokens[starts + j].astype(np.uint64)
        value = value * _MIX
        value ^= value >> np.uint64(29)
        value = value * _MIX + np.uint64(width)
    return value


def unique_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values, sorted, and how often each occurs.

    ``np.unique`` does the same, but numpy 2.3+ answers it for integers with a hash table that is orders of
    magnitude slower than a sort on tens of millions of 64-bit keys (56 s against 0.9 s for 10 million).
    """
    ordered = np.sort(values, kind="stable")
    if len(ordered) == 0:
        return ordered, np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    return ordered[starts], np.diff(np.r_[starts, len(ordered)])


def pairs_within(starts: np.ndarray, counts: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Every pair ``(min, max)`` of values inside each run ``values[start:start + count]``, as rows of an array."""
    if len(starts) == 0:
        return np.empty((0, 2), dtype=np.int64)
    chunks = []
    for size in unique_counts(counts)[0].tolist():
        first = starts[counts == size]
        i, j = np.triu_indices(size, k=1)
        left, right = values[first[:, None] + i].ravel(), values[first[:, None] + j].ravel()
        chunks.append(np.stack([np.minimum(left, right), np.maximum(left, right)], axis=1))
    return np.concatenate(chunks).astype(np.int64)


def _grouped(keys: np.ndarray, owners: np.ndarray, owner_bits: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sort (key, owner) entries, drop repeats; return the owners and the start and size of each key's run."""
    shift = np.uint64(owner_bits)
    composite, _ = unique_counts(((keys >> shift) << shift) | owners.astype(np.uint64))
    runs = composite >> shift
    starts = np.flatnonzero(np.r_[True, runs[1:] != runs[:-1]])
    counts = np.diff(np.r_[starts, len(composite)])
    return (composite & np.uint64((1 << owner_bits) - 1)).astype(np.int64), starts, counts


def shingle_pairs(tokens: np.ndarray, offsets: np.ndarray, content: np.ndarray, *,
                  include: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Renderings sharing rare shingles (see the module docstring).

    Args:
        tokens: the word ids of all renderings, concatenated.
        offsets: rendering ``r`` is ``tokens[offsets[r]:offsets[r + 1]]``.
        content: for each word id, True for a content word.
        include: for each rendering, whether to index it (default: all).

    Returns:
        ``(pairs, shared)``: rows ``(a, b)`` with ``a < b``, and how many distinct shingles each pair shares.
    """
    n_renderings = len(offsets) - 1
    starts, rendering = run_starts(offsets, SHINGLE, include)
    has_content = np.zeros(len(starts), dtype=bool)
    for j in range(SHINGLE):
        has_content |= content[tokens[starts + j]]
    starts, rendering = starts[has_content], rendering[has_content]
    del has_content
    owner_bits = max(1, int(n_renderings).bit_length())
    owners, group_starts, group_counts = _grouped(_hash_runs(tokens, starts, SHINGLE), rendering, owner_bits)
    del starts, rendering
    keep = (group_counts >= 2) & (group_counts <= MAX_DF)
    pairs = pairs_within(group_starts[keep], group_counts[keep], owners)
    if len(pairs) == 0:
        return pairs, np.zeros(0, dtype=np.int64)
    keys, shared = unique_counts(pairs[:, 0] * n_renderings + pairs[:, 1])
    return np.stack([keys // n_renderings, keys % n_renderings], axis=1), shared


def fragment_pairs(tokens: np.ndarray, offsets: np.ndarray, content: np.ndarray, *,
                   include: np.ndarray | None = None) -> np.ndarray:
    """Short renderings and the renderings that share a run of their words (see the module docstring).

    A short rendering (two to ``SHINGLE - 1`` words) is probed by each of its runs of two words or more that
    hold two content words ("the [regime] must go" by "regime must go"); only runs whose first two words could
    start a probe are hashed (a lookup per word id), so the cost is one pass over the corpus's words.

    Args:
        tokens, offsets, content, include: as for :func:`shingle_pairs`.

    Returns:
        Rows ``(fragment, other)`` of distinct renderings: the short one and one holding a run of its words.
    """
    lengths = np.diff(offsets)
    n_renderings = len(lengths)
    short = np.flatnonzero((lengths >= 2) & (lengths < SHINGLE) & (True if include is None else include))
    if len(short) == 0:
        return np.empty((0, 2), dtype=np.int64)
    found = []
    for width in range(2, SHINGLE):
        probe_owner, probe_start = [], []
        for shift in range(SHINGLE - width):  # every run of this width in every short rendering
            owners = short[lengths[short] >= width + shift]
            starts = offsets[owners] + shift
            n_content = sum(content[tokens[starts + j]].astype(np.int64) for j in range(width))
            probe_owner.append(owners[n_content >= 2])
            probe_start.append(starts[n_content >= 2])
        owners, starts = np.concatenate(probe_owner), np.concatenate(probe_start)
        if len(owners) == 0:
            continue
        wanted = _hash_runs(tokens, starts, width)
        order = np.argsort(wanted, kind="stable")
        wanted, owners = wanted[order], owners[order]
        may_start = np.zeros(len(content), dtype=bool)
        may_start[tokens[starts]] = True
        may_follow = np.zeros(len(content), dtype=bool)
        may_follow[tokens[starts + 1]] = True
        at, rendering = run_starts(offsets, width, include)
        hit = may_start[tokens[at]] & may_follow[tokens[at + 1]]
        at, rendering = at[hit], rendering[hit]
        hashes = _hash_runs(tokens, at, width)
        lo, hi = np.searchsorted(wanted, hashes, "left"), np.searchsorted(wanted, hashes, "right")
        hits = hi - lo
        holder = np.repeat(rendering.astype(np.int64), hits)
        which = np.repeat(lo, hits) + (np.arange(int(hits.sum())) - np.repeat(np.cumsum(hits) - hits, hits))
        fragment = owners[which]
        keep = fragment != holder
        keys, _ = unique_counts(fragment[keep] * n_renderings + holder[keep])
        found.append(keys)
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    keys, _ = unique_counts(np.concatenate(found))
    pairs = np.stack([keys // n_renderings, keys % n_renderings], axis=1)
    per_fragment = np.bincount(pairs[:, 0], minlength=n_renderings)
    return pairs[per_fragment[pairs[:, 0]] <= MAX_FRAGMENT_DF].astype(np.int64)
