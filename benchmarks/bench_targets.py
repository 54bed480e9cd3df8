"""Speed of :func:`analysis.targets.find_targets`: characters of text searched per second, per registry.

Issue 20 asks that the world gazetteer (266 targets, about 3,500 strings to look for: names, capitals, leaders,
demonyms, adjectives) keeps ``find_targets`` at least as fast per character as the 11-target registry it
replaced. This script times, on the same texts and in one process:

* ``ed097e5 matcher, 11 targets``: the matcher and registry shipped before the gazetteer (commit ed097e5),
  kept as ``benchmarks/targets_ed097e5.py`` and ``benchmarks/data/targets_ed097e5.csv``: today's figure;
* ``matcher, 11 targets``: the same 11 targets read by today's matcher (its guards included);
* ``matcher, gazetteer``: the shipped registry (``analysis/resources/gazetteer.csv``), every rule on;
* ``matcher, gazetteer without leaders``: the same, ``rules`` without ``leader``.

Texts: AllSides articles of the development pool (ids starting with a digit), read in place from
``../shared/corpus/allsides/articles.jsonl.gz``: the first ``--articles`` of them (all 6,049 by default). Each
registry is compiled before the clock starts; the clock (process time) covers ``find_targets`` on the articles
table. The configurations take turns, ``--repeat`` rounds, and each keeps its best round: on a shared machine
the load drifts, and turns keep the comparison fair.

Usage::

    .venv/bin/python benchmarks/bench_targets.py                 # all 6,049 dev-pool articles, best of 5
    .venv/bin/python benchmarks/bench_targets.py --articles 1000 --repeat 3
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

import pandas as pd

from analysis.targets import MENTION_RULES, TargetRegistry, find_targets, load_targets

HERE = Path(__file__).resolve().parent
ALLSIDES = HERE.parents[1] / "shared" / "corpus" / "allsides" / "articles.jsonl.gz"
OLD_TABLE = HERE / "data" / "targets_ed097e5.csv"
sys.path.insert(0, str(HERE))
import targets_ed097e5 as old  # noqa: E402  (the reference matcher beside this script)


def dev_pool(limit: int | None) -> pd.DataFrame:
    """The AllSides development-pool articles (ids starting with a digit), in file order."""
    rows = []
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if str(record["id"])[:1].isdigit() and record.get("text"):
                rows.append((str(record["id"]), record["text"]))
                if limit and len(rows) >= limit:
                    break
    return pd.DataFrame(rows, columns=["article_id", "text"])


def configurations() -> list[tuple[str, int, int, object]]:
    """(name, targets, match strings, a function of the articles table returning the mentions table)."""
    old_registry = old.registry(old.load_targets(OLD_TABLE))
    eleven = TargetRegistry(load_targets(OLD_TABLE))
    world = TargetRegistry(load_targets())
    no_leaders = TargetRegistry(load_targets(), rules=[r for r in MENTION_RULES if r != "leader"])
    return [
        ("ed097e5 matcher, 11 targets", 11, len(old_registry._owner),
         lambda a: old.find_targets(a, targets=old_registry)),
        ("matcher, 11 targets", 11, len(eleven._owner), lambda a: find_targets(a, targets=eleven)),
        ("matcher, gazetteer", len(world.table), len(world._owner), lambda a: find_targets(a, targets=world)),
        ("matcher, gazetteer without leaders", len(world.table), len(no_leaders._owner),
         lambda a: find_targets(a, targets=no_leaders)),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=0, help="first N dev-pool articles (0: all)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds; each configuration keeps its best")
    args = parser.parse_args()

    articles = dev_pool(args.articles or None)
    chars = int(articles["text"].str.len().sum())
    runs = configurations()
    best = {name: float("inf") for name, *_ in runs}
    found = {}
    for _ in range(args.repeat):
        for name, _n, _s, run in runs:
            start = time.process_time()
            found[name] = len(run(articles))
            best[name] = min(best[name], time.process_time() - start)
    reference = best[runs[0][0]]
    print(f"AllSides development pool: {len(articles):,} articles, {chars:,} characters; best of {args.repeat}")
    print("| registry | targets | match strings | seconds | M chars/s | vs ed097e5 | mentions | per 1,000 chars |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, n_targets, n_strings, _run in runs:
        seconds = best[name]
        print(f"| {name} | {n_targets} | {n_strings:,} | {seconds:.2f} | {chars / seconds / 1e6:.1f} "
              f"| {reference / seconds:.2f}x | {found[name]:,} | {found[name] / chars * 1000:.2f} |")


if __name__ == "__main__":
    main()
