"""Accuracy of target stance on NewsMTSC (how a sentence treats a target), as ``python -m analysis evaluate newsmtsc``.

The metric is the paper's: F1m, the macro-F1 over the three classes, with accuracy and per-class precision,
recall and F1 beside it. Plain sentences carry no speaker, so the ``default`` method is its text model here
(:func:`analysis.stance.predict_many`): NewsMTSC checks that the toolkit still reads how a sentence treats a
target; the team's stance set (``evaluate stance``) measures the speaker's stance.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from analysis.datasets.newsmtsc import read_newsmtsc
from analysis.evaluate.metrics import scores


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
