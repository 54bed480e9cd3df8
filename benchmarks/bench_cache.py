"""A corpus that grows: ``run(cache=True)`` on N AllSides articles, then on the same N plus M more (issue 18).

    .venv/bin/python benchmarks/bench_cache.py                      # 5,000 then 5,050 articles (the bar)
    .venv/bin/python benchmarks/bench_cache.py --base 1000 --added 20 --jobs 2 --repeat 1

Steps, each in a fresh Python process whose clock covers only the ``analysis.pipeline.run`` call (the imports
before it are not timed; the corpus is read and parsed inside the call, as in a user's run):

1. ``cold``: ``run(BIG, cache=EMPTY_DIR)``: the N+M articles with an empty cache (computes everything and
   writes the cache), the reference; ``--repeat`` times, each with a new empty cache;
2. ``nocache``: ``run(BIG)`` without a cache, once, for comparison;
3. ``fill``: ``run(SMALL, cache=DIR)`` on the first N articles, once;
4. ``grown``: ``run(BIG, cache=COPY)`` on a fresh copy of step 3's cache, ``--repeat`` times: reads the N
   articles it holds, parses and computes the M new ones, then the speakers table from all quotes;
5. ``again``: ``run(BIG, cache=COPY)`` once more: the whole-run cache (nothing parsed).

Every table of steps 2, 4 and 5 is compared with step 1's (``pandas.testing.assert_frame_equal``: rows, order,
ids, values, dtypes). The bar: step 4 at least 10 times faster than step 1, best of the repeats against best of
the repeats (the machine is shared: the median is printed too). The corpus is read in place from
``../shared/corpus/allsides/articles.jsonl.gz``; the two JSONL files (the first N and N+M lines) and the caches
are written under ``--tmp`` (default ``$TMPDIR/analysis-bench-cache``), never into the repository.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLSIDES = ROOT.parent / "shared" / "corpus" / "allsides" / "articles.jsonl.gz"
TABLES = ("articles", "errors", "quotes", "speakers", "stance")


def worker(corpus: str, cache: str, jobs: int, out: str) -> None:
    """Time one ``run`` call in this process and pickle its tables to ``out``."""
    from analysis import pipeline

    started = time.perf_counter()
    result = pipeline.run(corpus, tables=TABLES, jobs=jobs, cache=cache or False, progress=False)
    seconds = time.perf_counter() - started
    import pandas as pd

    pd.to_pickle(result.tables, out)
    print(json.dumps({"seconds": seconds, "rows": {name: len(t) for name, t in result.tables.items()}}))


def measure(name: str, corpus: Path, cache: Path | None, jobs: int, tmp: Path) -> dict:
    out = tmp / f"{name}.pkl"
    command = [sys.executable, __file__, "--worker", str(corpus), str(cache or ""), str(jobs), str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"{name} failed:\n{done.stderr}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["pickle"] = str(out)
    print(f"{name:8s} {figures['seconds']:8.2f} s  {figures['rows']}", flush=True)
    return figures


def write_tiers(tmp: Path, base: int, added: int) -> tuple[Path, Path]:
    small, big = tmp / f"allsides-{base}.jsonl", tmp / f"allsides-{base}+{added}.jsonl"
    if not big.exists():
        with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
            lines = list(itertools.islice(handle, base + added))
        small.write_text("".join(lines[:base]), encoding="utf-8")
        big.write_text("".join(lines), encoding="utf-8")
    return small, big


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=int, default=5000, help="articles of the first run (default 5000)")
    parser.add_argument("--added", type=int, default=50, help="articles added for the second run (default 50)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes of every run (default 1)")
    parser.add_argument("--repeat", type=int, default=3, help="cold and grown runs each (default 3)")
    parser.add_argument("--tmp", default=str(Path(tempfile.gettempdir()) / "analysis-bench-cache"))
    parser.add_argument("--worker", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        corpus, cache, jobs, out = args.worker
        worker(corpus, cache, int(jobs), out)
        return 0
    if not ALLSIDES.exists():
        sys.exit(f"{ALLSIDES} is missing: the benchmark reads AllSides from ../shared")
    tmp = Path(args.tmp)
    tmp.mkdir(parents=True, exist_ok=True)
    small, big = write_tiers(tmp, args.base, args.added)
    print(f"corpus: {big} ({args.base} + {args.added} articles), jobs={args.jobs}, machine: {os.cpu_count()} CPUs, "
          f"load {os.getloadavg()[0]:.2f}", flush=True)
    colds = []
    for i in range(args.repeat):
        folder = tmp / f"cache-cold-{i}"
        shutil.rmtree(folder, ignore_errors=True)
        colds.append(measure(f"cold-{i}", big, folder, args.jobs, tmp))
        shutil.rmtree(folder, ignore_errors=True)
    nocache = measure("nocache", big, None, args.jobs, tmp)
    filled = tmp / "cache-fill"
    shutil.rmtree(filled, ignore_errors=True)
    measure("fill", small, filled, args.jobs, tmp)
    growns = []
    for i in range(args.repeat):
        folder = tmp / f"cache-grown-{i}"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(filled, folder)
        growns.append(measure(f"grown-{i}", big, folder, args.jobs, tmp))
    again = measure("again", big, folder, args.jobs, tmp)

    import pandas as pd

    reference = pd.read_pickle(colds[0]["pickle"])
    for name, figures in [("nocache", nocache), ("again", again)] + [(f"grown-{i}", g) for i, g in enumerate(growns)]:
        tables = pd.read_pickle(figures["pickle"])
        for table in TABLES:
            pd.testing.assert_frame_equal(reference[table], tables[table], obj=f"{name}.{table}")
    cold_s, grown_s = [f["seconds"] for f in colds], [f["seconds"] for f in growns]
    ratio = min(cold_s) / min(grown_s)
    print(f"identical tables: nocache, grown and again equal cold ({', '.join(TABLES)})")
    print(f"cold {min(cold_s):.2f} s (median {statistics.median(cold_s):.2f}), grown {min(grown_s):.2f} s (median "
          f"{statistics.median(grown_s):.2f}): {ratio:.1f}x faster, best against best (median against median "
          f"{statistics.median(cold_s) / statistics.median(grown_s):.1f}x; bar: 10x); unchanged corpus "
          f"{again['seconds']:.2f} s ({min(cold_s) / again['seconds']:.0f}x)")
    return 0 if ratio >= 10 else 1


if __name__ == "__main__":
    sys.exit(main())
