"""The ``vader`` method: VADER's compound score of the target's clause (a baseline)."""

from __future__ import annotations

from analysis.stance.context import TargetContext, clause_valence
from analysis.stance.labels import EVIDENCE_SIZE, Stance

VADER_THRESHOLD = 0.05
"""A clause compound at or beyond +-this is positive or negative (VADER's own convention)."""


def vader_stance(ctx: TargetContext) -> Stance:
    """The ``vader`` method on a prepared context: clause compound, +-:data:`VADER_THRESHOLD`."""
    score, words = clause_valence(ctx)
    label = "positive" if score >= VADER_THRESHOLD else "negative" if score <= -VADER_THRESHOLD else "neutral"
    evidence = tuple(f"{word} ({value:+.2f})" for word, value in words[:EVIDENCE_SIZE])
    return Stance(label, round(score, 4), evidence, "vader")
