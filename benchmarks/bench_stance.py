"""Target stance on NewsMTSC: accuracy of each method and speed of the default one.

* accuracy: F1m (macro-F1 over negative/neutral/positive, the NewsMTSC paper's metric) and accuracy of each
  method on each file, through :func:`analysis.evaluate.newsmtsc.evaluate_newsmtsc` -- the same numbers as
  ``python -m analysis evaluate newsmtsc FILE --method M``;
* speed: targets per second of :func:`analysis.stance.predict_many` with the default method in this one
  process, over the training file's targets (model loaded and warmed before the clock), as wall time and as
  process CPU time (the machine is shared: CPU time is the steadier figure). The bar is 2,000 targets/s.

Usage::

    .venv/bin/python benchmarks/bench_stance.py                                   # dev splits (tuning)
    .venv/bin/python benchmarks/bench_stance.py --split test                      # the reported figures
    .venv/bin/python benchmarks/bench_stance.py --methods default --speed-only
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from analysis.evaluate.newsmtsc import evaluate_newsmtsc, read_newsmtsc
from analysis.stance import predict_many

NEWSMTSC = Path(__file__).resolve().parents[1].parent / "shared" / "stance" / "newsmtsc"
SPLITS = NEWSMTSC / "experiments_splits"
SPEED_BAR = 2000


def accuracy(split: str, methods: list[str]) -> list[dict]:
    """F1m and accuracy of each method on newsmtsc-mt and newsmtsc-rw of one split."""
    results = []
    for name in ("newsmtsc-mt", "newsmtsc-rw"):
        for method in methods:
            result = evaluate_newsmtsc(SPLITS / name / f"{split}.jsonl", method=method)
            results.append({"file": f"{name}/{split}", "method": method, "n": result["n"],
                            "f1_macro": round(result["f1_macro"], 4), "accuracy": round(result["accuracy"], 4)})
            print(f"{name + '/' + split:22s} {method:12s} n={result['n']:5d}  F1m {result['f1_macro']:.4f}  "
                  f"acc {result['accuracy']:.4f}", flush=True)
    return results


def speed(n: int, *, method: str = "default", repeat: int = 3) -> dict:
    """Targets per second of ``predict_many`` on the first ``n`` training targets (best of ``repeat``)."""
    gold = read_newsmtsc(NEWSMTSC / "train.jsonl").head(n)
    texts, starts, ends = list(gold["sentence"]), list(gold["start"]), list(gold["end"])
    predict_many(texts[:20], starts[:20], ends[:20], method=method)  # load and warm up
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        predict_many(texts, starts, ends, method=method)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    result = {"method": method, "targets": len(texts), "per_s_wall": round(len(texts) / best_wall),
              "per_s_cpu": round(len(texts) / best_cpu), "bar": SPEED_BAR}
    verdict = "meets" if result["per_s_cpu"] >= SPEED_BAR else "MISSES"
    print(f"speed {method}: {result['per_s_wall']} targets/s wall, {result['per_s_cpu']} targets/s CPU "
          f"({len(texts)} targets, best of {repeat}; {verdict} the {SPEED_BAR}/s bar)", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--methods", default="default,vader", help="comma-separated stance methods")
    parser.add_argument("--speed-targets", type=int, default=5000)
    parser.add_argument("--speed-only", action="store_true")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = parser.parse_args()
    methods = [m for m in args.methods.split(",") if m]
    out = {"accuracy": [] if args.speed_only else accuracy(args.split, methods),
           "speed": speed(args.speed_targets)}
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
