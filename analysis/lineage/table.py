"""The lineage table: one row per quote, from the sets of a matching run (:class:`analysis.lineage.join.Matching`).

Each lineage gets a *reference* quote: quoted words before reported speech, then the longest rendering, then
the first quote. Every quote's ``match`` says how its whole rendering renders the reference's
(:func:`analysis.lineage.match.compare`): ``exact``, ``near-exact`` or ``partial``; ``partial`` too when only
one of its pieces matches (it shares part of the statement); ``reworded`` when no words match. ``first`` marks
the earliest dated row that is not a copy (ties: the earlier article in the corpus), and ``copy`` a row whose
article copies an earlier article of its story that holds the same lineage.
"""

from __future__ import annotations

from hashlib import blake2b

import numpy as np
import pandas as pd

from analysis.lineage.join import Matching
from analysis.lineage.match import compare
from analysis.lineage.stories import NO_DATE

LINEAGE_COLUMNS: dict[str, str] = {
    "lineage_id": "the statement: quotes rendering the same statement share it ('L' and 12 hex digits)",
    "quote_id": "the quote (key of the quotes table)",
    "article_id": "the quote's article (key of the articles table)",
    "source": "the article's outlet (articles.source); missing when unknown",
    "date": "the article's publication date (datetime64; NaT when unknown)",
    "first": "True on the lineage's earliest dated appearance that is not a copy (at most one row per lineage)",
    "n_articles": "how many articles carry the lineage",
    "n_sources": "how many distinct outlets carry the lineage",
    "match": "how the quote renders the lineage's reference quote: exact, near-exact, partial or reworded "
             "(the reference itself: exact); missing for a quote that stands alone",
    "reference": "True for the lineage's reference quote (quoted words first, then the longest rendering)",
    "story_id": "the article's near-duplicate story (stories table: the original's article_id); missing without one",
    "copy": "True when an earlier article of the same story carries the same lineage: the row copies it and "
            "does not count for first",
}
"""Columns of the lineage table (:func:`analysis.lineage.quote_lineage`), one row per quote, in input order."""


JOIN_COLUMNS: dict[str, str] = {
    "quote_id": "a quote",
    "joined_quote_id": "the quote it was joined to (the two lineages became one)",
    "step": "what joined them: same words, story copy, exact, near-exact, partial or reworded",
    "words": "words matched (reworded: content stems shared)",
}
"""Columns of the joins table (:meth:`analysis.lineage.LineageBuilder.joins`): why each lineage holds together."""


def joins_table(matching: Matching, quote_ids: np.ndarray) -> pd.DataFrame:
    """The joins of a matching run (:data:`JOIN_COLUMNS`), in the order they were made."""
    rows = matching.joins
    return pd.DataFrame({
        "quote_id": [quote_ids[a] for a, _, _, _ in rows],
        "joined_quote_id": [quote_ids[b] for _, b, _, _ in rows],
        "step": [step for _, _, step, _ in rows],
        "words": pd.array([words for _, _, _, words in rows], dtype="int64"),
    }, columns=list(JOIN_COLUMNS))


def lineage_table(matching: Matching, quote_ids: np.ndarray, article_ids: np.ndarray,
                  sources: np.ndarray) -> pd.DataFrame:
    """The lineage table (:data:`LINEAGE_COLUMNS`) of a finished matching run.

    Args:
        matching: the run, every join done.
        quote_ids: each quote's id.
        article_ids, sources: each article's id and outlet (None when unknown).
    """
    n = len(matching)
    if n == 0:
        return pd.DataFrame({name: pd.Series(dtype=_dtype(name)) for name in LINEAGE_COLUMNS})
    root = np.asarray(matching.sets.roots(), dtype=np.int64)
    size = np.bincount(root, minlength=n)[root]
    reference = _references(matching, root)
    frame = pd.DataFrame({"root": root, "article": matching.article, "source": sources[matching.article]})
    copy = _copies(matching, root)
    key = pd.Series(quote_ids).groupby(root).transform("min").to_numpy()
    names = {k: "L" + blake2b(k.encode("utf-8"), digest_size=6).hexdigest() for k in dict.fromkeys(key.tolist())}
    story = matching.story
    table = pd.DataFrame({
        "lineage_id": [names[k] for k in key.tolist()],
        "quote_id": quote_ids,
        "article_id": article_ids[matching.article],
        "source": frame["source"].to_numpy(),
        "date": pd.to_datetime(matching.day.astype("datetime64[D]")),  # NO_DATE is NaT's integer
        "first": _firsts(matching, root, copy),
        "n_articles": frame.groupby("root")["article"].transform("nunique").to_numpy().astype("int64"),
        "n_sources": frame.groupby("root")["source"].transform("nunique").to_numpy().astype("int64"),
        "match": _matches(matching, reference, size),
        "reference": np.arange(n) == reference,
        "story_id": np.where(story >= 0, article_ids[np.maximum(story, 0)], None),
        "copy": copy,
    })
    return table[list(LINEAGE_COLUMNS)]


def _dtype(name: str) -> str:
    return {"date": "datetime64[ns]", "first": "bool", "reference": "bool", "copy": "bool",
            "n_articles": "int64", "n_sources": "int64"}.get(name, "object")


def _references(matching: Matching, root: np.ndarray) -> np.ndarray:
    """For each quote, its lineage's reference quote."""
    n = len(root)
    length = matching.lengths[matching.full]
    order = np.lexsort((np.arange(n), -length, ~matching.quoted, root))
    leading = np.r_[True, root[order][1:] != root[order][:-1]]
    reference = np.empty(n, dtype=np.int64)
    reference[root[order][leading]] = order[leading]
    return reference[root]


def _matches(matching: Matching, reference: np.ndarray, size: np.ndarray) -> np.ndarray:
    match = np.full(len(reference), None, dtype=object)
    order = np.argsort(matching.entry_quote, kind="stable")
    entry_quote, entry_rendering = matching.entry_quote[order], matching.entry_rendering[order]
    cache: dict[tuple[int, int], str] = {}
    content = matching.content_list
    for q in np.flatnonzero(size > 1).tolist():
        mine, theirs = int(matching.full[q]), int(matching.full[reference[q]])
        if mine == theirs:
            match[q] = "exact"
            continue
        kind = cache.get((mine, theirs))
        if kind is None:
            kind = compare(matching.words(mine), matching.words(theirs), content).kind
            if kind is None:
                lo, hi = np.searchsorted(entry_quote, [q, q + 1])
                pieces = [r for r in entry_rendering[lo:hi].tolist() if r != mine]
                whole = matching.words(theirs)
                partly = any(compare(matching.words(r), whole, content).kind for r in pieces)
                kind = "partial" if partly else "reworded"
            cache[(mine, theirs)] = kind
        match[q] = kind
    return match


def _copies(matching: Matching, root: np.ndarray) -> np.ndarray:
    copy = np.zeros(len(root), dtype=bool)
    inside = matching.story >= 0
    if inside.any():
        rows = pd.DataFrame({"root": root[inside], "story": matching.story[inside],
                             "rank": matching.story_rank[inside]})
        lowest = rows.groupby(["root", "story"])["rank"].transform("min").to_numpy()
        copy[np.flatnonzero(inside)] = rows["rank"].to_numpy() > lowest
    return copy


def _firsts(matching: Matching, root: np.ndarray, copy: np.ndarray) -> np.ndarray:
    first = np.zeros(len(root), dtype=bool)
    eligible = np.flatnonzero((matching.day != NO_DATE) & ~copy)
    if len(eligible):
        order = eligible[np.lexsort((eligible, matching.article[eligible], matching.day[eligible], root[eligible]))]
        leading = np.r_[True, root[order][1:] != root[order][:-1]]
        first[order[leading]] = True
    return first
