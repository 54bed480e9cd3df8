"""Quote attribution on PolNeAR: speed in one process, and accuracy with the scoring of issue 3.

Speed: the articles of a split are loaded with :func:`analysis.load_corpus` before the clock starts; then
:func:`analysis.quotes.find_quotes` alone (the attribution rules) and :func:`analysis.quotes.extract_quotes` (the
table, with every speaker resolved by :mod:`analysis.speakers`) run over all of them, ``--repeat`` times each.
The best run is kept, in process time (CPU seconds of this process, which the shared machine's load disturbs
least) and in wall time. Bar (issue 3): ``extract_quotes`` at 250 articles/s or more on the test articles.

Accuracy: :func:`analysis.evaluate.polnear.evaluate_polnear` on the same split (P/R/F1 at token IoU >= 0.5,
exact, token overlap and end to end, for direct+mixed and indirect, with 95% bootstrap intervals over
articles). Bars (issue 3, test split): direct+mixed F1 >= 0.88, end to end >= 0.80, indirect F1 >= 0.55.
Rules are developed on train and dev; the test split is for the reported figures only.

Usage::

    .venv/bin/python benchmarks/bench_quotes.py                   # test split: the reported figures
    .venv/bin/python benchmarks/bench_quotes.py --split dev       # while developing
    .venv/bin/python benchmarks/bench_quotes.py --split dev --no-accuracy --repeat 10 --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from analysis import load_corpus
from analysis.evaluate.polnear import evaluate_polnear, format_scores
from analysis.quotes import extract_quotes, find_quotes

POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "polnear" / "data"
BARS = {  # (category, metric) -> F1 bar on the test split
    ("direct_mixed", "iou50"): 0.88,
    ("direct_mixed", "e2e"): 0.80,
    ("indirect", "iou50"): 0.55,
}
SPEED_BAR = 250.0


def _best(func, repeat: int) -> tuple[float, float]:
    """Best (process seconds, wall seconds) of ``repeat`` calls."""
    cpu, wall = float("inf"), float("inf")
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        func()
        cpu, wall = min(cpu, time.process_time() - c0), min(wall, time.perf_counter() - w0)
    return cpu, wall


def speed(articles, repeat: int) -> dict[str, dict[str, float]]:
    """Articles per second of find_quotes and extract_quotes over the articles, best of ``repeat``."""
    texts = articles["text"].tolist()
    extract_quotes(articles.head(3), progress=False)  # word lists loaded before the clock
    out = {}
    for name, func in (("find_quotes", lambda: [find_quotes(t) for t in texts]),
                       ("extract_quotes", lambda: extract_quotes(articles, progress=False))):
        cpu, wall = _best(func, repeat)
        out[name] = {"articles_per_s_cpu": len(texts) / cpu, "articles_per_s_wall": len(texts) / wall,
                     "ms_per_article_cpu": 1000 * cpu / len(texts)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="test", help="PolNeAR split (default: test)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs, best kept (default 5)")
    parser.add_argument("--bootstrap", type=int, default=1000)
    parser.add_argument("--no-accuracy", dest="accuracy", action="store_false")
    parser.add_argument("--json", metavar="FILE", default=None, help="also write the figures as JSON")
    args = parser.parse_args(argv)

    split = POLNEAR / args.split
    articles, errors = load_corpus(split / "text", progress=False)
    print(f"PolNeAR {args.split}: {len(articles)} articles ({len(errors)} unreadable), "
          f"{articles['n_chars'].sum() / max(len(articles), 1):.0f} characters on average; "
          f"load average {os.getloadavg()[0]:.1f}")
    figures: dict = {"split": args.split, "n_articles": len(articles), "speed": speed(articles, args.repeat)}
    for name, row in figures["speed"].items():
        print(f"{name:<15} {row['articles_per_s_cpu']:7.0f} articles/s (process time)  "
              f"{row['articles_per_s_wall']:7.0f} articles/s (wall)  {row['ms_per_article_cpu']:.2f} ms/article")
    rate = figures["speed"]["extract_quotes"]["articles_per_s_cpu"]
    verdict = "met" if rate >= SPEED_BAR else "NOT met"
    print(f"bar: extract_quotes >= {SPEED_BAR:.0f} articles/s in one process: {verdict}")

    if args.accuracy:
        scores = evaluate_polnear(split, predictions=extract_quotes(articles, progress=False),
                                  bootstrap=args.bootstrap)
        print(format_scores(scores))
        indexed = scores.set_index(["category", "metric"])
        for (category, metric), bar in BARS.items():
            f1 = indexed.loc[(category, metric), "f1"]
            print(f"bar: {category} {metric} F1 >= {bar:.2f}: {f1:.3f} {'met' if f1 >= bar else 'NOT met'}")
        figures["scores"] = scores.to_dict("records")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
