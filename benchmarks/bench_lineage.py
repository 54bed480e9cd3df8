"""Quote lineage (issue 18): accuracy on the team's gold pairs, and the whole-corpus scale run.

**Accuracy.** The gold set (``benchmarks/data/lineage/pairs.jsonl``, committed by the lead; see its README and
``GUIDELINES.md``) holds quote pairs from the AllSides development pool (ids starting with a digit), each with two
spans (character offsets into the raw ``text`` field, read by :func:`analysis.datasets.shared.raw_texts`), a
judgement ``same`` and a ``match`` kind (exact, near-exact, partial, reworded, different). The toolkit runs on
the whole development pool (``load_corpus``, ``extract_quotes``, ``quote_lineage``), so lineages form among all
its articles, not just the judged ones. Each gold span is mapped to the toolkit quote that overlaps it most:
loaded texts equal the raw ones except for removed boilerplate paragraphs (and normalised line ends), so each
loaded paragraph is found in the raw text and offsets are carried over paragraph by paragraph.

A pair is predicted *same* when both spans map to quotes of one lineage; its predicted kind combines the two
quotes' ``match`` (the looser wins: exact < near-exact < partial < reworded). Reported:

* recall per gold kind: the share of the gold pairs of that kind predicted same (a span no quote overlaps counts
  as a miss; ``recall_mapped`` leaves such pairs out);
* precision per predicted kind: the share of the pairs predicted same with that kind that the gold calls same;
* overall precision and recall, the kind confusion table, and the pairs the toolkit gets wrong (ids only).

Bars for the team: precision >= 0.95 and recall >= 0.85. Nothing here is tuned on the held-out AllSides articles
(ids starting with a letter); they enter only the scale run.

**Scale.** ``python -m analysis quotes ALLSIDES -o quotes.parquet`` and ``python -m analysis lineage ALLSIDES -o
lineage.parquet``, each in a fresh process, one after the other in the same run, with wall time and peak memory
(the process's maximum resident set). Bars: lineage at most 1.5 times the quotes wall time, under 2 GB.

Usage::

    .venv/bin/python benchmarks/bench_lineage.py                          # both; results/lineage.{json,md}
    .venv/bin/python benchmarks/bench_lineage.py --no-scale --quotes Q.parquet   # accuracy from a quotes table
    .venv/bin/python benchmarks/bench_lineage.py --no-accuracy --repeat 2         # scale only
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pandas as pd

from analysis import extract_quotes, load_corpus
from analysis.datasets.shared import ALLSIDES_FILE, raw_texts, shared_dir
from analysis.lineage import MATCH_KINDS, quote_lineage

HERE = Path(__file__).resolve().parent
PAIRS = HERE / "data" / "lineage" / "pairs.jsonl"
RESULTS = HERE / "results"
BARS = {"precision": 0.95, "recall": 0.85, "time_ratio": 1.5, "peak_mib": 2048}
GOLD_KINDS = (*MATCH_KINDS, "different")


# ---------------------------------------------------------------------------------------------------------------
# accuracy


def paragraph_map(raw: str, loaded: str) -> list[tuple[int, int, int]]:
    """``(loaded_start, loaded_end, raw_start)`` of each loaded paragraph found in the raw text, in order."""
    out, cursor, position = [], 0, 0
    for paragraph in loaded.split("\n\n"):
        start = position
        position += len(paragraph) + 2
        if not paragraph.strip():
            continue
        found = raw.find(paragraph, cursor)
        if found < 0:
            found = raw.find(paragraph)
        if found >= 0:
            out.append((start, start + len(paragraph), found))
            cursor = found + len(paragraph)
    return out


def raw_spans(spans: list, mapping: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """A quote's spans (offsets into the loaded text) as offsets into the raw text."""
    out = []
    for start, end in spans:
        for lo, hi, raw_start in mapping:
            if lo <= start < hi:
                out.append((raw_start + start - lo, raw_start + min(end, hi) - lo))
                break
    return out


def map_spans(pairs: list[dict], quotes: pd.DataFrame, articles: pd.DataFrame) -> dict[tuple[str, int, int], str]:
    """Each gold span ``(article ref, start, end)`` -> the quote_id overlapping it most (absent when none does)."""
    refs = sorted({pair[side]["article"] for pair in pairs for side in "ab"})
    raws = raw_texts(refs)
    loaded = dict(zip(articles["article_id"], articles["text"]))
    by_article = {aid: group for aid, group in quotes.groupby("article_id")}
    found: dict[tuple[str, int, int], str] = {}
    for ref in refs:
        article_id = ref.split(":", 1)[1]
        if article_id not in loaded or article_id not in by_article:
            continue
        mapping = paragraph_map(raws[ref], loaded[article_id])
        candidates = [(qid, raw_spans(list(spans), mapping))
                      for qid, spans in zip(by_article[article_id]["quote_id"], by_article[article_id]["spans"])]
        for pair in pairs:
            for side in "ab":
                if pair[side]["article"] != ref:
                    continue
                start, end = pair[side]["span"]
                best, best_overlap = None, 0
                for qid, pieces in candidates:
                    overlap = sum(max(0, min(end, e) - max(start, s)) for s, e in pieces)
                    if overlap > best_overlap:
                        best, best_overlap = qid, overlap
                if best is not None:
                    found[(ref, start, end)] = best
    return found


def combined_kind(first: object, second: object) -> str | None:
    """The looser of two rows' match kinds (exact < near-exact < partial < reworded)."""
    kinds = [k for k in (first, second) if isinstance(k, str)]
    return max(kinds, key=MATCH_KINDS.index) if kinds else None


def score(pairs: list[dict], lineage: pd.DataFrame, mapped: dict) -> dict:
    """Precision and recall per kind (see the module docstring)."""
    rows = lineage.set_index("quote_id")[["lineage_id", "match"]]
    judged = []
    for pair in pairs:
        qa = mapped.get((pair["a"]["article"], *pair["a"]["span"]))
        qb = mapped.get((pair["b"]["article"], *pair["b"]["span"]))
        same = kind = None
        if qa is not None and qb is not None:
            same = qa != qb and rows.at[qa, "lineage_id"] == rows.at[qb, "lineage_id"]
            kind = combined_kind(rows.at[qa, "match"], rows.at[qb, "match"]) if same else None
            if qa == qb:  # both spans in one toolkit quote: one rendering of itself
                same, kind = True, "exact"
        judged.append({"pair": pair["pair"], "gold_same": bool(pair["same"]), "gold": pair["match"],
                       "doubtful": bool(pair.get("doubtful")), "mapped": qa is not None and qb is not None,
                       "predicted_same": bool(same), "predicted": kind})
    table = pd.DataFrame(judged)
    out: dict = {"pairs": len(table), "mapped": int(table["mapped"].sum()),
                 "gold": dict(Counter(table["gold"])), "recall": {}, "precision": {}}
    for kind in MATCH_KINDS:
        gold = table[table["gold"] == kind]
        mapped_gold = gold[gold["mapped"]]
        out["recall"][kind] = {"n": len(gold), "recall": _share(gold["predicted_same"]),
                               "recall_mapped": _share(mapped_gold["predicted_same"])}
        predicted = table[table["predicted"] == kind]
        out["precision"][kind] = {"n": len(predicted), "precision": _share(predicted["gold_same"]),
                                  "kind_agrees": _share(predicted["gold"] == kind)}
    positive = table[table["gold_same"]]
    predicted = table[table["predicted_same"]]
    out["overall"] = {"precision": _share(predicted["gold_same"]), "recall": _share(positive["predicted_same"]),
                      "recall_mapped": _share(positive[positive["mapped"]]["predicted_same"]),
                      "predicted_same": len(predicted), "gold_same": len(positive)}
    confident = table[~table["doubtful"]]
    out["overall_without_doubtful"] = {
        "precision": _share(confident[confident["predicted_same"]]["gold_same"]),
        "recall": _share(confident[confident["gold_same"]]["predicted_same"])}
    out["confusion"] = (pd.crosstab(table["gold"], table["predicted"].fillna("apart"))
                        .reindex(index=[k for k in GOLD_KINDS if k in set(table["gold"])]).fillna(0).astype(int)
                        .to_dict(orient="index"))
    out["false_positives"] = table[table["predicted_same"] & ~table["gold_same"]]["pair"].tolist()
    out["false_negatives"] = table[~table["predicted_same"] & table["gold_same"]]["pair"].tolist()
    out["unmapped"] = table[~table["mapped"]]["pair"].tolist()
    return out


def _share(flags: pd.Series) -> float | None:
    return round(float(flags.mean()), 4) if len(flags) else None


def accuracy(pairs_path: Path, quotes_path: Path | None) -> dict:
    """Run the toolkit on the development pool and score the gold pairs."""
    pairs = [json.loads(line) for line in pairs_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not pairs:
        raise SystemExit(f"{pairs_path}: no pairs")
    started = time.perf_counter()
    articles, _ = load_corpus(shared_dir() / ALLSIDES_FILE, progress=False)
    articles = articles[articles["article_id"].str[:1].str.isdigit()].reset_index(drop=True)
    if quotes_path:
        quotes = pd.read_parquet(quotes_path)
        quotes = quotes[quotes["article_id"].isin(set(articles["article_id"]))].reset_index(drop=True)
    else:
        quotes = extract_quotes(articles)
    lineage = quote_lineage(quotes, articles)
    mapped = map_spans(pairs, quotes, articles)
    out = score(pairs, lineage, mapped)
    out.update({"articles": len(articles), "quotes": len(quotes), "pairs_file": str(pairs_path),
                "seconds": round(time.perf_counter() - started, 1)})
    return out


# ---------------------------------------------------------------------------------------------------------------
# scale

_MEASURE = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
            "rc = subprocess.run(sys.argv[1:]).returncode; wall = time.perf_counter() - t; "
            "use = resource.getrusage(resource.RUSAGE_CHILDREN); "
            "print(f'{rc} {wall:.2f} {use.ru_utime + use.ru_stime:.2f} {use.ru_maxrss / 1024:.1f}')")


def measure(command: list[str]) -> dict:
    """Wall seconds, CPU seconds and peak resident memory (MiB) of one command in a fresh process.

    CPU seconds are reported beside wall time because the machine is shared: other work slows a command's wall
    time far more than the processor time it uses, so the ratio of CPU times is the steadier comparison.
    """
    done = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True)
    rc, wall, cpu, peak = done.stdout.split()[-4:]
    if rc != "0":
        raise SystemExit(f"{' '.join(command)} failed ({rc}): {done.stderr[-2000:]}")
    return {"wall_s": float(wall), "cpu_s": float(cpu), "peak_mib": float(peak)}


def scale(repeat: int, jobs: int) -> dict:
    """``analysis quotes`` and ``analysis lineage`` over the whole AllSides corpus, one after the other."""
    corpus = str(shared_dir() / ALLSIDES_FILE)
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeat):
            row = {}
            for name in ("quotes", "lineage"):
                out = str(Path(tmp) / f"{name}.parquet")
                row[name] = measure([sys.executable, "-m", "analysis", name, corpus, "-o", out, "--no-progress",
                                     "--jobs", str(jobs)])
            row["lineage_rows"] = len(pd.read_parquet(Path(tmp) / "lineage.parquet", columns=["quote_id"]))
            row["ratio"] = round(row["lineage"]["wall_s"] / row["quotes"]["wall_s"], 3)
            row["cpu_ratio"] = round(row["lineage"]["cpu_s"] / row["quotes"]["cpu_s"], 3)
            runs.append(row)
    return {"corpus": corpus, "jobs": jobs, "runs": runs}


# ---------------------------------------------------------------------------------------------------------------
# report


def markdown(result: dict, command: str) -> str:
    lines = [f"# Quote lineage benchmark\n\n`{command}` ({time.strftime('%Y-%m-%d %H:%M')})\n"]
    acc = result.get("accuracy")
    if acc:
        lines += [f"Gold pairs: {acc['pairs']} ({acc['mapped']} with both spans found among the toolkit's quotes), "
                  f"from `{acc['pairs_file']}`; development pool: {acc['articles']:,} articles, "
                  f"{acc['quotes']:,} quotes.\n",
                  "| kind | gold pairs | recall | recall (mapped) | predicted pairs | precision | kind agrees |",
                  "|---|---|---|---|---|---|---|"]
        for kind in MATCH_KINDS:
            r, p = acc["recall"][kind], acc["precision"][kind]
            lines.append(f"| {kind} | {r['n']} | {_fmt(r['recall'])} | {_fmt(r['recall_mapped'])} | {p['n']} | "
                         f"{_fmt(p['precision'])} | {_fmt(p['kind_agrees'])} |")
        o = acc["overall"]
        lines.append(f"| **all** | {o['gold_same']} | {_fmt(o['recall'])} | {_fmt(o['recall_mapped'])} | "
                     f"{o['predicted_same']} | {_fmt(o['precision'])} | |")
        lines += ["", f"Bars: precision >= {BARS['precision']}, recall >= {BARS['recall']}. Without the pairs the "
                  f"annotator marked doubtful: precision {_fmt(acc['overall_without_doubtful']['precision'])}, "
                  f"recall {_fmt(acc['overall_without_doubtful']['recall'])}.", "",
                  "Gold kind (rows) against predicted kind (columns; `apart`: different lineages):", "",
                  *_table(pd.DataFrame(acc["confusion"]).T.fillna(0).astype(int)), "",
                  f"False positives (pair numbers): {acc['false_positives']}  ",
                  f"False negatives: {acc['false_negatives']}  ", f"Unmapped: {acc['unmapped']}", ""]
    sc = result.get("scale")
    if sc:
        lines += [f"Scale: `{sc['corpus']}`, `--jobs {sc['jobs']}`\n",
                  "| run | quotes wall s | quotes CPU s | quotes peak MiB | lineage wall s | lineage CPU s | "
                  "lineage peak MiB | wall ratio | CPU ratio | rows |",
                  "|---|---|---|---|---|---|---|---|---|---|"]
        for i, run in enumerate(sc["runs"], 1):
            q, lin = run["quotes"], run["lineage"]
            lines.append(f"| {i} | {q['wall_s']} | {q.get('cpu_s', '—')} | {q['peak_mib']} | {lin['wall_s']} | "
                         f"{lin.get('cpu_s', '—')} | {lin['peak_mib']} | {run['ratio']} | "
                         f"{run.get('cpu_ratio', '—')} | {run['lineage_rows']:,} |")
        lines.append(f"\nBars: ratio <= {BARS['time_ratio']}, lineage peak < {BARS['peak_mib']} MiB. The machine is "
                     "shared: wall times move with its load (the CPU ratio is the steadier figure).")
    return "\n".join(lines) + "\n"


def _table(frame: pd.DataFrame) -> list[str]:
    """A small frame as Markdown table lines (pandas' to_markdown needs tabulate)."""
    header = ["", *map(str, frame.columns)]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join([str(index), *map(str, row)]) + " |" for index, row in zip(frame.index, frame.values)]
    return lines


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS, help="gold pairs (default: %(default)s)")
    parser.add_argument("--quotes", type=Path, default=None,
                        help="a quotes table (Parquet) of AllSides to score from, instead of extracting the pool")
    parser.add_argument("--accuracy", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--scale", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--repeat", type=int, default=1, help="scale runs (each: quotes, then lineage)")
    parser.add_argument("--jobs", type=int, default=1, help="--jobs of both commands in the scale run")
    parser.add_argument("--out", type=Path, default=RESULTS / "lineage", help="writes OUT.json and OUT.md")
    args = parser.parse_args(argv)
    result: dict = {}
    if args.accuracy:
        if not args.pairs.exists():
            raise SystemExit(f"{args.pairs} does not exist yet (the lead commits the gold set on main)")
        result["accuracy"] = accuracy(args.pairs, args.quotes)
    if args.scale:
        result["scale"] = scale(args.repeat, args.jobs)
    command = "python benchmarks/bench_lineage.py " + " ".join(argv if argv is not None else sys.argv[1:])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(result, indent=1, default=str) + "\n", encoding="utf-8")
    report = markdown(result, command.strip())
    args.out.with_suffix(".md").write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
