"""Accuracy of target stance on NewsMTSC (Hamborg & Donnay, EACL 2021), as ``python -m analysis evaluate newsmtsc``.

Two formats are read, told apart line by line:

- the original: one sentence per line, ``sentence_normalized`` and ``targets[]`` with ``from``/``to``
  character offsets and ``polarity`` 2.0 / 4.0 / 6.0 (negative / neutral / positive);
- the ``*-hf`` splits: one target per line, ``sentence``, ``from``, ``to``, ``polarity`` -1 / 0 / 1.

The metric is the paper's: F1m, the macro-F1 over the three classes, with accuracy and per-class precision,
recall and F1 beside it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

LABELS: tuple[str, ...] = ("negative", "neutral", "positive")
"""The three stance labels, in the order of the metric's per-class figures."""

_POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive", -1: "negative", 0: "neutral", 1: "positive"}

NEWSMTSC_COLUMNS: dict[str, str] = {
    "sentence_id": "the sentence's id (primary_gid; the target id for the -hf format)",
    "target_id": "the target's id (Input.gid or id)",
    "sentence": "the sentence text",
    "start": "offset of the target mention in the sentence",
    "end": "offset after the target mention",
    "mention": "the target mention as written",
    "label": "gold label: negative, neutral or positive",
}
"""Columns of :func:`read_newsmtsc`'s table, in order."""


@dataclass(frozen=True)
class GoldTarget:
    """One annotated target (see :data:`NEWSMTSC_COLUMNS`)."""

    sentence_id: str
    target_id: str
    sentence: str
    start: int
    end: int
    mention: str
    label: str


def _label(polarity: object, where: str) -> str:
    try:
        return _POLARITY[polarity]  # type: ignore[index]
    except KeyError:
        raise ValueError(f"{where}: unknown polarity {polarity!r} (expected 2/4/6 or -1/0/1)") from None


def _targets_of(record: dict, where: str) -> Iterable[GoldTarget]:
    if "sentence_normalized" in record:
        sentence = record["sentence_normalized"]
        for target in record.get("targets", []):
            yield GoldTarget(str(record.get("primary_gid", where)), str(target.get("Input.gid", where)), sentence,
                             int(target["from"]), int(target["to"]), target.get("mention", ""),
                             _label(target["polarity"], where))
    elif "sentence" in record:
        target_id = str(record.get("id", where))
        yield GoldTarget(target_id, target_id, record["sentence"], int(record["from"]), int(record["to"]),
                         record.get("mention", ""), _label(record["polarity"], where))
    else:
        raise ValueError(f"{where}: neither a NewsMTSC sentence (sentence_normalized) nor an -hf row (sentence)")


def read_newsmtsc(path: str | Path) -> pd.DataFrame:
    """Read a NewsMTSC jsonl file (original or ``-hf`` format) into one row per target.

    Args:
        path: the ``.jsonl`` file.

    Returns:
        A table with the columns of :data:`NEWSMTSC_COLUMNS`.

    Raises:
        ValueError: a line is not JSON or not in either format (the message names the line).
    """
    rows: list[GoldTarget] = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{where}: not JSON ({error.msg})") from None
            rows.extend(_targets_of(record, where))
    return pd.DataFrame([r.__dict__ for r in rows], columns=list(NEWSMTSC_COLUMNS))


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


def predict_labels(gold: pd.DataFrame, *, method: str = "default") -> list[str]:
    """Predict the stance label of every target of a :func:`read_newsmtsc` table."""
    from analysis.stance import predict_many

    return [s.label for s in predict_many(gold["sentence"], gold["start"], gold["end"], method=method)]


def evaluate_newsmtsc(path: str | Path, *, method: str = "default") -> dict:
    """Score a stance method on a NewsMTSC file.

    Args:
        path: a NewsMTSC ``.jsonl`` file, original or ``-hf`` format (e.g.
            ``../shared/stance/newsmtsc/experiments_splits/newsmtsc-mt/test.jsonl``).
        method: a stance method of :func:`analysis.stance.target_stance` (``default``, ``linear``, ``vader``,
            ``transformer``).

    Returns:
        The :func:`scores` dict plus ``file``, ``method`` and ``targets_per_second``.
    """
    gold = read_newsmtsc(path)
    started = time.perf_counter()
    predicted = predict_labels(gold, method=method)
    elapsed = time.perf_counter() - started
    result = {"file": str(path), "method": method, **scores(list(gold["label"]), predicted)}
    result["targets_per_second"] = len(gold) / elapsed if elapsed > 0 else float("inf")
    return result


def format_scores(result: dict) -> str:
    """A short human-readable report of :func:`evaluate_newsmtsc`'s result."""
    lines = [
        f"{result['file']}  method={result['method']}  targets={result['n']}",
        f"F1m {result['f1_macro']:.4f}  accuracy {result['accuracy']:.4f}  "
        f"({result['targets_per_second']:.0f} targets/s)",
        f"{'class':10s} {'precision':>9s} {'recall':>7s} {'f1':>7s} {'support':>8s}",
    ]
    for label, c in result["per_class"].items():
        lines.append(f"{label:10s} {c['precision']:9.4f} {c['recall']:7.4f} {c['f1']:7.4f} {c['support']:8d}")
    return "\n".join(lines)


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="analysis evaluate newsmtsc", description=__doc__.splitlines()[0])
    parser.add_argument("path", help="a NewsMTSC .jsonl file (original or -hf format)")
    parser.add_argument("--method", default="default", help="stance method: default, vader, transformer")
    parser.add_argument("--json", metavar="FILE", default=None, help="also write the scores as JSON")
    return parser.parse_args(argv)


def main(args: argparse.Namespace | Sequence[str] | None = None) -> int:
    """Run ``python -m analysis evaluate newsmtsc FILE [--method M] [--json OUT]``: score and print.

    Args:
        args: parsed arguments with ``path``, ``method`` and ``json`` (as :mod:`analysis.cli` passes them), or
            an argument list, or None for ``sys.argv``.

    Returns:
        The exit status: 0, or 2 when the file is missing.
    """
    if not isinstance(args, argparse.Namespace):
        args = _arguments(args)
    path = Path(args.path)
    if not path.is_file():
        print(f"not a NewsMTSC .jsonl file: {path}", file=sys.stderr)
        return 2
    result = evaluate_newsmtsc(path, method=getattr(args, "method", None) or "default")
    print(format_scores(result))
    if getattr(args, "json", None):
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
