"""Assign each annotated article to one part of its set, by corpus, in a fixed pseudo-random order.

    python benchmarks/data/make_splits.py      # writes attribution/split.csv and stance/split.csv

Attribution: ``dev`` (rules are tuned on it) and ``test`` (30% of the first round, half of each later one,
measured once per recipe). Stance: ``train`` (60%), ``dev`` (20%) and ``test`` (20%). The order is the SHA-256 of the
article reference; each round of annotation is split on its own (:data:`ROUNDS`), so a new round never moves an
article of an earlier one; articles with the same text share a part. Rerun only when a set grows, and say so.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from analysis.datasets.shared import raw_texts, text_digest
from analysis.datasets.team import write_split

HERE = Path(__file__).resolve().parent


def _order(refs: list[str]) -> list[str]:
    return sorted(refs, key=lambda r: hashlib.sha256(r.encode()).hexdigest())


def assign(refs: list[str], shares: dict[str, float]) -> dict[str, str]:
    """Each corpus's articles split into parts by the shares (the last part takes the rest)."""
    out: dict[str, str] = {}
    for corpus in sorted({r.split(":")[0] for r in refs}):
        ordered = _order([r for r in refs if r.split(":")[0] == corpus])
        at = 0
        names = list(shares)
        for k, name in enumerate(names):
            count = len(ordered) - at if k == len(names) - 1 else round(shares[name] * len(ordered))
            for ref in ordered[at:at + count]:
                out[ref] = name
            at += count
    return {ref: out[ref] for ref in refs}


_LATER = {"attribution": {"test": 0.5, "dev": 0.5}, "stance": {"test": 0.2, "dev": 0.2, "train": 0.6}}
"""The shares of every round after the first."""

ROUNDS = {"attribution": (("articles.txt", {"test": 0.3, "dev": 0.7}),
                          *((f"articles-{k}.txt", _LATER["attribution"]) for k in range(2, 19))),
          "stance": (("articles.txt", _LATER["stance"]),
                     *((f"articles-{k}.txt", _LATER["stance"]) for k in range(2, 13)))}
"""Each set's article lists (rounds of annotation) and the shares each round is split by: a later round is split on
its own, so that it never moves an article of an earlier one between parts."""


def same_text_together(refs: list[str], parts: dict[str, str]) -> dict[str, str]:
    """Articles with the same text (the BBC corpus holds a few files twice) go to the part of the first listed, so
    that no text is in two parts."""
    first: dict[str, str] = {}
    texts = raw_texts(refs)
    out = dict(parts)
    for ref in refs:
        digest = text_digest(texts[ref])
        out[ref] = parts[first.setdefault(digest, ref)]
    return out


def main() -> None:
    for task, rounds in ROUNDS.items():
        parts: dict[str, str] = {}
        listed: list[str] = []
        for name, shares in rounds:
            refs = (HERE / task / name).read_text(encoding="utf-8").split()
            parts.update(assign(refs, shares))
            listed += refs
        parts = same_text_together(listed, parts)
        write_split(HERE / task, parts, header=f"Parts of the {task} set, by article (benchmarks/data/make_splits.py).")
        counts = {p: sum(v == p for v in parts.values()) for p in sorted(set(parts.values()))}
        print(task, counts)


if __name__ == "__main__":
    main()
