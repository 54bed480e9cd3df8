"""Classification metrics shared by the stance evaluations and trainers."""

from __future__ import annotations

from collections.abc import Sequence

from analysis.stance.labels import LABELS


def scores(gold: Sequence[str], predicted: Sequence[str]) -> dict:
    """F1m (macro-F1 over the three labels), accuracy, and per-class precision, recall, F1 and support.

    Args:
        gold: the gold labels.
        predicted: the predicted labels, aligned with ``gold``.

    Returns:
        ``{"n", "f1_macro", "accuracy", "per_class": {label: {"precision", "recall", "f1", "support"}}}``.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    per_class = {}
    for label in LABELS:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted))
        n_pred = sum(p == label for p in predicted)
        n_gold = sum(g == label for g in gold)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {"precision": precision, "recall": recall, "f1": f1, "support": n_gold}
    correct = sum(g == p for g, p in zip(gold, predicted))
    return {
        "n": len(gold),
        "f1_macro": sum(c["f1"] for c in per_class.values()) / len(LABELS),
        "accuracy": correct / len(gold) if gold else 0.0,
        "per_class": per_class,
    }

