"""Time and peak memory of each step on single very long inputs (issue 19: linear time, bounded memory).

Every case runs in a fresh Python process (its peak resident memory is its own, ``ru_maxrss`` from ``wait4``);
the input is built in that process before the clock starts. Cases:

* ``quotes N MB``: :func:`analysis.extract_quotes` on one article of ``N`` MB of AllSides prose (articles joined
  with their paragraphs kept, so attributions, "he said" and quotations are as in real news);
* ``stance N KB unpunctuated``: :func:`analysis.stance_table` over :func:`analysis.extract_quotes` on one
  paragraph without a full stop, naming China and Russia throughout, ``N`` KB long;
* ``stance N short quotes``: one paragraph of ``N`` short attributed quotations naming China.

``.venv/bin/python benchmarks/bench_scaling.py`` (about 10 minutes; ``--quick`` for the small sizes only) prints
a Markdown table and writes it to ``benchmarks/results/bench_scaling.md``. AllSides is read in place from
``../shared`` (any article: this measures speed, not accuracy).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ALLSIDES = ROOT.parent / "shared" / "corpus" / "allsides" / "articles.jsonl.gz"
RESULTS = ROOT / "benchmarks" / "results" / "bench_scaling.md"


def prose(size: int) -> str:
    """``size`` characters of AllSides prose, articles joined by blank lines, paragraphs kept."""
    parts: list[str] = []
    total = 0
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line).get("text") or ""
            parts.append(text)
            total += len(text) + 2
            if total >= size:
                break
    return "\n\n".join(parts)[:size]


def unpunctuated(size: int) -> str:
    """One paragraph without a full stop naming China and Russia, ``size`` characters."""
    words = ("officials in Beijing said China and Russia would deepen ties while critics said Moscow "
             "and the Chinese government had ignored warnings from the West ").split()
    out, total, k = [], 0, 0
    while total < size:
        out.append(words[k % len(words)])
        total += len(out[-1]) + 1
        k += 1
    return " ".join(out)[:size]


def short_quotes(n: int) -> str:
    """One paragraph of ``n`` short attributed quotations naming China."""
    return " ".join(f'"China is a partner {k}," he said.' for k in range(n))


def case_input(name: str, size: int) -> str:
    return {"quotes": prose, "stance-unpunctuated": unpunctuated, "stance-quotes": short_quotes}[name](size)


def worker(name: str, size: int) -> None:
    """Run one case in this process and print its seconds as JSON."""
    import pandas as pd

    from analysis import extract_quotes, stance_table

    text = case_input(name, size)
    articles = pd.DataFrame({"article_id": ["long"], "text": [text]})
    extract_quotes(pd.DataFrame({"article_id": ["warm"], "text": ['"China is fine," he said.']}))
    start = time.perf_counter()
    quotes = extract_quotes(articles, progress=False)
    rows = len(quotes)
    if name.startswith("stance"):
        rows = len(stance_table(quotes, articles=articles))
    print(json.dumps({"seconds": time.perf_counter() - start, "rows": rows, "chars": len(text)}))


def measure(name: str, size: int, timeout: float) -> dict:
    """One case in a fresh process: its seconds and its peak resident memory (MiB)."""
    proc = subprocess.Popen([sys.executable, __file__, "--worker", name, str(size)], stdout=subprocess.PIPE,
                            cwd=ROOT, text=True)
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            return {"seconds": float("nan"), "rows": None, "chars": size, "peak_mb": float("nan"), "timeout": True}
        time.sleep(0.05)
    out = proc.stdout.read() if proc.stdout else ""
    result = json.loads(out.strip().splitlines()[-1]) if status == 0 and out.strip() else {"seconds": float("nan")}
    result["peak_mb"] = usage.ru_maxrss / 1024
    return result


CASES = {
    "quotes": [1_000_000, 2_000_000, 4_000_000, 8_000_000],
    "stance-unpunctuated": [10_000, 40_000, 80_000, 1_000_000],
    "stance-quotes": [10_000, 20_000, 40_000],
}
QUICK = {"stance-unpunctuated": [10_000, 80_000], "stance-quotes": [5_000, 20_000], "quotes": [250_000, 1_000_000]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--worker", nargs=2, metavar=("CASE", "SIZE"))
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--timeout", type=float, default=900)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], int(args.worker[1]))
        return 0
    lines = ["| case | size | seconds | s per MB | ratio to the first size (per MB) | peak MB | rows |",
             "|---|---|---|---|---|---|---|"]
    for name, sizes in (QUICK if args.quick else CASES).items():
        first = None
        for size in sizes:
            r = measure(name, size, args.timeout)
            per_mb = r["seconds"] / (size / 1e6)
            first = first or per_mb
            label = f"{size:,} quotes" if name == "stance-quotes" else f"{size / 1e6:g} MB"
            lines.append(f"| {name} | {label} | {r['seconds']:.2f} | {per_mb:.2f} | {per_mb / first:.2f} | "
                         f"{r['peak_mb']:.0f} | {r.get('rows')} |")
            print(lines[-1], flush=True)
    table = "\n".join(lines)
    if not args.no_write and not args.quick:
        RESULTS.write_text(f"`.venv/bin/python benchmarks/bench_scaling.py`, {time.strftime('%Y-%m-%d')}\n\n"
                           f"{table}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
