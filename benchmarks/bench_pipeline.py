"""Speed and memory of every pipeline step on AllSides tiers, with textacy timed side by side in the same run.

``make bench`` runs this file. It prints one table and writes it to ``benchmarks/results/bench.md`` (and the
numbers to ``bench.json``), which the README quotes::

    .venv/bin/python benchmarks/bench_pipeline.py                       # everything (about 50 min on 2 cores)
    .venv/bin/python benchmarks/bench_pipeline.py --quick               # 1,000-article tier, a few minutes
    .venv/bin/python benchmarks/bench_pipeline.py --tiers 1000,10000 --stages quotes,pipeline,peer

What it measures, each in a fresh subprocess so that peak memory belongs to one measurement:

- ``loader`` (``load_corpus``), ``sentences`` (``split_sentences``), ``quotes`` (``extract_quotes``, speakers
  resolved in each article, then ``speaker_table``), ``stance`` (``stance_table(quotes, articles=articles)``,
  default method) and ``pipeline`` (``analysis.pipeline.run(INPUT, tables=("quotes", "speakers", "stance"),
  jobs=N)``) on the first 1,000, 10,000 and all 37,554 AllSides articles. A step's input is prepared in the
  subprocess before its clock starts (the stance step gets its quotes from ``extract_quotes``); ``pipeline``
  is timed from the file to the tables.
- ``cli``: peak memory and time of ``python -m analysis quotes ALLSIDES -o quotes.parquet`` over the corpus.
- ``stress``: a 10 MB single-line article and articles of 100,000 quote marks through ``extract_quotes``.
- ``peer``: textacy 0.13 ``direct_quotations`` with spaCy ``en_core_web_sm`` (``benchmarks/peer_textacy.py``,
  run with ``.venv-bench/bin/python``) on the first AllSides articles and the 84 PolNeAR test articles, next to
  our ``extract_quotes`` and pipeline on the same articles; the ratios are computed here, in the same run.

Figures: articles/s and MB/s (1 MB = 10^6 bytes of article text, UTF-8, as given in the input) use the best of
``--repeat`` runs; ``peak MB`` is the largest resident set of any one process of the measurement (its
``ru_maxrss``, MiB); ``all procs MB`` is the largest sum of proportional set sizes over the measurement's
process tree, sampled ten times a second (it differs from ``peak MB`` only with worker processes); ``CPU s``
the user and system seconds of the timed call, worker processes included, which the machine's other jobs
disturb much less than wall time (the ratios to textacy are also given per CPU second).
Corpus text is read in place from ``../shared`` and the tiers are written outside the repository (``--tmp``).
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import importlib.util
import json
import os
import platform
import pstats
import re
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
ALLSIDES = SHARED / "corpus" / "allsides" / "articles.jsonl.gz"
POLNEAR_TEST = SHARED / "gold" / "polnear" / "data" / "test" / "text"
PEER_PYTHON = REPO / ".venv-bench" / "bin" / "python"
PEER_SCRIPT = Path(__file__).resolve().with_name("peer_textacy.py")
RESULTS = Path(__file__).resolve().with_name("results")

STAGES = ("loader", "sentences", "quotes", "stance", "pipeline", "cli", "stress", "peer")
PIPELINE_TABLES = ("quotes", "speakers", "stance")
BARS = {
    "pipeline_rate": 400.0,      # articles/s, jobs=2, 10,000-article tier (issue 5)
    "pipeline_ratio": 100.0,     # x textacy articles/s, same run (issue 5)
    "polnear_rate": 250.0,       # articles/s, extract_quotes in one process on PolNeAR test (issue 3)
    "cli_peak_mib": 1000.0,      # whole corpus through `analysis quotes -o x.parquet`: under 1 GB (issue 5)
    "stress_seconds": 10.0,      # "finishes in seconds" (issue 5), read as under ten seconds
}
_C_METHOD = re.compile(r"of '([^']+)' objects")
_C_FUNCTION = re.compile(r"<built-in method ([\w.]+)\.\w+>")
_STDLIB = re.compile(r"python3\.\d+$")
STRESS_MARKS = "\"\u201c\u201d'\u2018\u2019`\u00ab\u00bb"


# ---------------------------------------------------------------------------------------------------------------
# inputs


@dataclass(frozen=True)
class Input:
    """One benchmark input: a corpus file or folder with its article count and text size."""

    name: str
    path: Path
    articles: int
    text_mb: float


def make_tier(source: Path, size: int | None, folder: Path) -> Input:
    """Write the first ``size`` articles of a JSONL(.gz) corpus to ``folder`` (all of them: use it in place).

    The tier and its article count and text size are cached in ``folder`` and reused while the source file is
    unchanged (same size and modification time).

    Args:
        source: the corpus, one JSON object per line with a ``text`` field.
        size: how many articles (``None``: the whole corpus, read in place).
        folder: where tiers are written (outside the repository).

    Returns:
        The tier as an :class:`Input`.
    """
    stamp = f"{source.stat().st_size}-{int(source.stat().st_mtime)}"
    name = "all" if size is None else f"{size}"
    target = source if size is None else folder / f"allsides-{size}.jsonl.gz"
    meta_path = folder / f"allsides-{name}.meta.json"
    if meta_path.exists() and target.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("stamp") == stamp:
            return Input(name, target, meta["articles"], meta["text_mb"])
    folder.mkdir(parents=True, exist_ok=True)
    count, nbytes = 0, 0
    with gzip.open(source, "rt", encoding="utf-8") as lines:
        writer = None if size is None else gzip.open(target.with_suffix(".tmp"), "wt", encoding="utf-8")
        try:
            for line in islice(lines, size):
                if writer is not None:
                    writer.write(line)
                if line.strip():
                    count += 1
                    nbytes += len((json.loads(line).get("text") or "").encode("utf-8"))
        finally:
            if writer is not None:
                writer.close()
                os.replace(target.with_suffix(".tmp"), target)
    meta_path.write_text(json.dumps({"stamp": stamp, "articles": count, "text_mb": nbytes / 1e6}))
    return Input(name, target, count, nbytes / 1e6)


def folder_input(name: str, folder: Path) -> Input:
    """An input made of a folder of ``.txt`` files (text size: the files' UTF-8 bytes)."""
    files = sorted(folder.glob("*.txt"))
    return Input(name, folder, len(files), sum(f.stat().st_size for f in files) / 1e6)


def stress_inputs(source: Path, folder: Path) -> list[Input]:
    """Write the pathological articles: a 10 MB single line and three articles of 100,000 quote marks.

    The 10 MB line is AllSides text with its line breaks replaced by spaces (written to ``folder``, never to the
    repository); the quote-mark articles are generated.
    """
    folder.mkdir(parents=True, exist_ok=True)
    made = {
        "10 MB single line (AllSides text)": ("stress-line.txt", lambda: _single_line(source, 10_000_000)),
        '100,000 " marks alone': ("stress-marks-only.txt", lambda: '"' * 100_000),
        '100,000 " marks between words': ("stress-marks-words.txt",
                                          lambda: "".join(f'He said "w{i % 97} ' for i in range(100_000))),
        "100,000 mixed quote marks and apostrophes": ("stress-marks-mixed.txt", _mixed_marks),
    }
    inputs = []
    for name, (file, build) in made.items():
        path = folder / file
        if not path.exists():
            path.write_text(build(), encoding="utf-8")
        inputs.append(Input(name, path, 1, path.stat().st_size / 1e6))
    return inputs


def _single_line(source: Path, size: int) -> str:
    parts, total = [], 0
    with gzip.open(source, "rt", encoding="utf-8") as lines:
        for line in lines:
            text = " ".join((json.loads(line).get("text") or "").split())
            parts.append(text)
            total += len(text.encode("utf-8")) + 1
            if total >= size:
                break
    return " ".join(parts)


def _mixed_marks() -> str:
    words = ("said", "students", "Xi", "the", "minister", "told", "it", "rock'n'roll", "O'Neill")
    return " ".join(f"{words[i % len(words)]}{STRESS_MARKS[(i * 7) % len(STRESS_MARKS)]}" for i in range(100_000))


# ---------------------------------------------------------------------------------------------------------------
# running one measurement in a fresh process


@dataclass
class Measurement:
    """What one run of one stage on one input gave."""

    stage: str
    input: str
    articles: int
    text_mb: float
    seconds: float | None = None
    cpu_seconds: float | None = None
    peak_mib: float | None = None
    tree_mib: float | None = None
    rows: int | None = None
    note: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def rate(self) -> float | None:
        """Articles per second."""
        return self.articles / self.seconds if self.seconds else None

    @property
    def mb_rate(self) -> float | None:
        """Text megabytes per second."""
        return self.text_mb / self.seconds if self.seconds else None


def _children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (by scanning /proc: not every kernel has ``/proc/PID/task/TID/children``)."""
    parents: dict[int, list[int]] = defaultdict(list)
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as handle:
                    stat = handle.read()
                parents[int(stat[stat.rindex(b")") + 2:].split()[1])].append(int(entry.name))
            except (OSError, ValueError, IndexError):
                continue
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), ()):
            found.append(child)
            todo.append(child)
    return found


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class TreeSampler(threading.Thread):
    """Sample the summed proportional set size of a process and its descendants until :meth:`stop`."""

    def __init__(self, pid: int, *, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak_kib = pid, interval, 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            total = sum(_pss_kib(p) for p in [self.pid, *_children(self.pid)])
            self.peak_kib = max(self.peak_kib, total)
            self._done.wait(self.interval)

    def stop(self) -> None:
        """Stop sampling and wait for the thread."""
        self._done.set()
        self.join()


@dataclass
class Finished:
    """A finished subprocess: exit code, wall time, peak memory and what it printed."""

    returncode: int
    wall: float
    cpu_seconds: float
    peak_mib: float
    tree_mib: float
    stdout: str
    stderr: str
    timed_out: bool


def run_measured(command: Sequence[str], *, timeout: float | None = None, env: dict | None = None) -> Finished:
    """Run a command, and return its wall time, its ``ru_maxrss`` and its sampled process-tree PSS.

    ``ru_maxrss`` comes from ``wait4`` on this one child, so it is the largest resident set of the child or any
    descendant it waited for, never that of an earlier measurement.
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=REPO, env=env,
                                start_new_session=True)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        expired = threading.Event()

        def kill() -> None:
            expired.set()
            os.killpg(proc.pid, signal.SIGKILL)  # the child and any worker processes it started

        killer = threading.Timer(timeout, kill) if timeout else None
        if killer is not None:
            killer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        if killer is not None:
            killer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        sampler.stop()
        out.seek(0)
        err.seek(0)
        return Finished(proc.returncode, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, sampler.peak_kib / 1024, out.read(),
                        err.read(), expired.is_set())


def _last_json(stdout: str) -> dict | None:
    """The last line of a worker's output that is a JSON object (a library may print before it)."""
    for line in reversed(stdout.strip().splitlines()):
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return None


def measure(stage: str, source: Input, *, jobs: int = 1, repeat: int = 1, timeout: float | None = None,
            label: str | None = None) -> Measurement:
    """Run ``stage`` on ``source`` ``repeat`` times, each in a fresh Python; keep the fastest run.

    The peak memory reported is the largest over the repeats.
    """
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", stage, "--input", str(source.path),
               "--jobs", str(jobs)]
    best: Measurement | None = None
    peaks: list[float] = []
    trees: list[float] = []
    for _ in range(max(1, repeat)):
        done = run_measured(command, timeout=timeout)
        name = label or stage
        if done.timed_out:
            return Measurement(name, source.name, source.articles, source.text_mb,
                               note=f"killed after {timeout:.0f} s")
        if done.returncode != 0:
            tail = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
            return Measurement(name, source.name, source.articles, source.text_mb, note=f"failed: {tail[:160]}")
        report = _last_json(done.stdout)
        if report is None:
            return Measurement(name, source.name, source.articles, source.text_mb,
                               note=f"failed: no result printed ({done.stdout.strip()[-120:]!r})")
        if "skipped" in report:
            return Measurement(name, source.name, source.articles, source.text_mb, note=report["skipped"])
        peaks.append(done.peak_mib)
        trees.append(done.tree_mib)
        current = Measurement(name, source.name, report.get("articles", source.articles), source.text_mb,
                              seconds=report["seconds"], cpu_seconds=report.get("cpu_seconds"),
                              rows=report.get("rows"), note=report.get("note", ""),
                              extra=report.get("extra", {}))
        if best is None or current.seconds < best.seconds:
            best = current
    best.peak_mib, best.tree_mib = max(peaks), max(trees)
    return best


# ---------------------------------------------------------------------------------------------------------------
# the worker side: one stage, in this (fresh) process


def _missing_stance() -> str | None:
    if importlib.util.find_spec("analysis.stance") is None:
        return "no analysis.stance yet: stance skipped"
    return None


def _missing_speaker_table() -> str | None:
    import analysis.speakers

    if not hasattr(analysis.speakers, "speaker_table"):
        return "no speaker_table yet: speakers skipped"
    return None


def _load(path: str):
    from analysis.corpus import load_corpus

    articles, _ = load_corpus(path, progress=False)
    return articles


def _cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and of the child processes it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@dataclass
class Clock:
    """Wall and CPU seconds of the calls timed with :meth:`time`, added up."""

    seconds: float = 0.0
    cpu_seconds: float = 0.0

    def time(self, call: Callable[[], object]) -> object:
        """Call ``call()``, add its wall and CPU time (worker processes it joined included), return its value."""
        wall, cpu = time.perf_counter(), _cpu_seconds()
        value = call()
        self.seconds += time.perf_counter() - wall
        self.cpu_seconds += _cpu_seconds() - cpu
        return value

    def report(self, **fields) -> dict:
        """The worker's JSON report: the times and ``fields``."""
        return {"seconds": self.seconds, "cpu_seconds": self.cpu_seconds, **fields}


def work_loader(path: str, jobs: int) -> dict:
    """Time ``load_corpus`` on a file."""
    from analysis.corpus import load_corpus

    clock = Clock()
    articles, errors = clock.time(lambda: load_corpus(path, progress=False))
    return clock.report(articles=len(articles), rows=len(articles), extra={"errors": len(errors)})


def work_sentences(path: str, jobs: int) -> dict:
    """Time ``split_sentences`` on a loaded corpus."""
    from analysis.text import split_sentences

    articles = _load(path)
    clock = Clock()
    sentences = clock.time(lambda: split_sentences(articles, progress=False))
    return clock.report(articles=len(articles), rows=len(sentences))


def work_quotes(path: str, jobs: int) -> dict:
    """Time ``extract_quotes`` (speakers resolved in each article) then ``speaker_table`` on a loaded corpus."""
    from analysis.quotes import extract_quotes

    missing = _missing_speaker_table()
    articles = _load(path)
    clock = Clock()
    quotes = clock.time(lambda: extract_quotes(articles, progress=False))
    extra = {"extract_quotes_seconds": clock.seconds}
    if missing is None:
        from analysis.speakers import speaker_table

        speakers = clock.time(lambda: speaker_table(quotes, articles=articles))
        extra.update(speaker_table_seconds=clock.seconds - extra["extract_quotes_seconds"], speakers=len(speakers))
    return clock.report(articles=len(articles), rows=len(quotes), note=missing or "", extra=extra)


def work_quotes_only(path: str, jobs: int) -> dict:
    """Time ``extract_quotes`` alone (one process), as issue 3's speed bar reads."""
    from analysis.quotes import extract_quotes

    articles = _load(path)
    clock = Clock()
    quotes = clock.time(lambda: extract_quotes(articles, progress=False))
    return clock.report(articles=len(articles), rows=len(quotes))


def work_stance(path: str, jobs: int) -> dict:
    """Time ``stance_table(quotes, articles=articles)`` with the default method."""
    missing = _missing_stance()
    if missing:
        return {"skipped": missing}
    from analysis.quotes import extract_quotes
    from analysis.stance import stance_table

    articles = _load(path)
    quotes = extract_quotes(articles, progress=False)
    clock = Clock()
    stance = clock.time(lambda: stance_table(quotes, articles=articles))
    return clock.report(articles=len(articles), rows=len(stance))


def pipeline_tables() -> tuple[tuple[str, ...], str]:
    """The tables the full pipeline can compute now, and a note naming any that are not there yet."""
    missing = {"stance": _missing_stance(), "speakers": _missing_speaker_table()}
    tables = tuple(t for t in PIPELINE_TABLES if not missing.get(t))
    return tables, "; ".join(m for m in missing.values() if m)


def work_pipeline(path: str, jobs: int) -> dict:
    """Time ``analysis.pipeline.run(path, tables=("quotes", "speakers", "stance"), jobs=jobs)``."""
    from analysis.pipeline import run

    tables, note = pipeline_tables()
    clock = Clock()
    result = clock.time(lambda: run(path, tables=tables, jobs=jobs, progress=False))
    return clock.report(articles=len(result["articles"]), rows=len(result["quotes"]), note=note,
                        extra={name: len(result[name]) for name in tables})


def work_stress(path: str, jobs: int) -> dict:
    """Time ``extract_quotes`` on one article: the whole file as its text."""
    import pandas as pd

    from analysis.quotes import extract_quotes

    text = Path(path).read_text(encoding="utf-8")
    articles = pd.DataFrame({"article_id": ["stress"], "text": [text]})
    clock = Clock()
    quotes = clock.time(lambda: extract_quotes(articles, progress=False))
    return clock.report(articles=1, rows=len(quotes))


WORKERS: dict[str, Callable[[str, int], dict]] = {
    "loader": work_loader, "sentences": work_sentences, "quotes": work_quotes, "quotes-only": work_quotes_only,
    "stance": work_stance, "pipeline": work_pipeline, "stress": work_stress,
}


def worker(stage: str, path: str, jobs: int) -> int:
    """Run one stage in this process and print its figures as one JSON line."""
    report = WORKERS[stage](path, jobs)
    print(json.dumps(report))
    return 0


# ---------------------------------------------------------------------------------------------------------------
# the peer and the CLI


def measure_peer(source: Input, *, limit: int | None = None, timeout: float | None = None) -> Measurement:
    """Time textacy's ``direct_quotations`` on ``source`` in the bench virtual environment."""
    name = "textacy direct_quotations"
    if not PEER_PYTHON.exists():
        return Measurement(name, source.name, source.articles, source.text_mb,
                           note=f"{PEER_PYTHON.relative_to(REPO)} missing: see benchmarks/README.md")
    command = [str(PEER_PYTHON), str(PEER_SCRIPT), str(source.path)]
    if limit is not None:
        command += ["--limit", str(limit)]
    done = run_measured(command, timeout=timeout)
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
        return Measurement(name, source.name, source.articles, source.text_mb, note=f"failed: {tail[:160]}")
    report = _last_json(done.stdout)
    if report is None:
        return Measurement(name, source.name, source.articles, source.text_mb, note="failed: no result printed")
    return Measurement(name, source.name, report["articles"], report["text_mb"], seconds=report["seconds"],
                       cpu_seconds=report.get("cpu_seconds"),
                       peak_mib=done.peak_mib, tree_mib=done.tree_mib, rows=report["quotes"],
                       note=f"raised on {report['raised']} of {report['articles']} articles",
                       extra={k: report[k] for k in ("raised", "errors", "load_seconds", "versions")})


def measure_cli(source: Input, folder: Path, *, timeout: float | None = None) -> Measurement:
    """Peak memory and time of ``python -m analysis quotes INPUT -o quotes.parquet`` (one process)."""
    target = folder / "cli-quotes.parquet"
    target.unlink(missing_ok=True)
    command = [sys.executable, "-m", "analysis", "quotes", str(source.path), "-o", str(target)]
    done = run_measured(command, timeout=timeout)
    name = "cli: analysis quotes -o parquet"
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
        note = f"killed after {timeout:.0f} s" if done.timed_out else f"exit {done.returncode}: {tail[:160]}"
        return Measurement(name, source.name, source.articles, source.text_mb, peak_mib=done.peak_mib, note=note)
    rows = None
    try:
        import pyarrow.parquet as pq

        rows = pq.ParquetFile(target).metadata.num_rows
    except Exception as exc:  # the row count is a courtesy; the figure is the memory
        rows = None
        print(f"could not count rows of {target}: {exc}", file=sys.stderr)
    target.unlink(missing_ok=True)
    return Measurement(name, source.name, source.articles, source.text_mb, seconds=done.wall,
                       cpu_seconds=done.cpu_seconds, peak_mib=done.peak_mib, tree_mib=done.tree_mib, rows=rows,
                       note="wall time includes start-up and writing")


# ---------------------------------------------------------------------------------------------------------------
# profiling


def module_of(filename: str) -> str:
    """A readable module name for a profiled file: ``analysis.quotes``, ``pandas``, ``re``, ``builtins``."""
    if filename.startswith("~") or filename.startswith("<"):
        return "builtins (C)"
    path = Path(filename)
    parts = path.with_suffix("").parts
    for anchor in ("site-packages", "dist-packages"):
        if anchor in parts:
            rest = parts[parts.index(anchor) + 1:]
            return rest[0] if rest else path.name
    if "analysis" in parts:
        rest = parts[len(parts) - 1 - parts[::-1].index("analysis"):]
        return ".".join(rest)
    for index, part in enumerate(parts):
        if _STDLIB.match(part):
            rest = [p for p in parts[index + 1:] if p != "__init__"]
            return f"stdlib {'.'.join(rest)}"
    return path.stem


def _function_name(key: tuple[str, int, str]) -> str:
    filename, line, name = key
    if filename.startswith("~"):
        return name
    return f"{module_of(filename)}:{name} (line {line})"


def profile_pipeline(source: Input, out: Path) -> str:
    """Profile ``run(INPUT, tables=..., jobs=1)`` with cProfile and summarise it by module and by function.

    Returns:
        The summary as Markdown (also written to ``out``).
    """
    from analysis.pipeline import run

    tables, note = pipeline_tables()
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.runcall(run, str(source.path), tables=tables, jobs=1, progress=False)
    wall = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    by_module: dict[str, float] = defaultdict(float)
    for key, (_, _, tottime, _, _) in stats.stats.items():
        by_module[_builtin_module(key) if key[0].startswith("~") else module_of(key[0])] += tottime
    total = sum(by_module.values())
    lines = [f"# Profile: `analysis.pipeline.run` on the {source.name}-article tier, jobs=1, tables={tables}", "",
             f"cProfile wall {wall:.1f} s (profiling overhead included), {total:.1f} s of own time recorded.",
             *([f"Note: {note}."] if note else []), "", "## Own time by module", "",
             "| module | own s | share |", "|---|---:|---:|"]
    for module, seconds in sorted(by_module.items(), key=lambda kv: -kv[1])[:20]:
        lines.append(f"| {module} | {seconds:.2f} | {seconds / total:.1%} |")
    lines += ["", "## Top functions by own time", "", "| function | calls | own s | cumulative s |",
              "|---|---:|---:|---:|"]
    for key, (_, calls, tottime, cumtime, _) in sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:30]:
        lines.append(f"| {_function_name(key)} | {calls} | {tottime:.2f} | {cumtime:.2f} |")
    lines += ["", "## Package functions by cumulative time", "", "| function | calls | own s | cumulative s |",
              "|---|---:|---:|---:|"]
    ours = [(k, v) for k, v in stats.stats.items() if module_of(k[0]).startswith("analysis")]
    for key, (_, calls, tottime, cumtime, _) in sorted(ours, key=lambda kv: -kv[1][3])[:30]:
        lines.append(f"| {_function_name(key)} | {calls} | {tottime:.2f} | {cumtime:.2f} |")
    text = "\n".join(lines) + "\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text)
    return text


def _builtin_module(key: tuple[str, int, str]) -> str:
    """Group C functions by the type or module they belong to (``C: re.Pattern``, ``C: str``, ``C: builtins``)."""
    owner = _C_METHOD.search(key[2]) or _C_FUNCTION.search(key[2])
    return f"C: {owner.group(1)}" if owner else "C: other"


# ---------------------------------------------------------------------------------------------------------------
# the table


def _fmt(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}"


def render(measurements: list[Measurement], ratios: list[dict], meta: dict) -> str:
    """The results as Markdown: the stage table, the ratios to textacy with the bars, and the run's context."""
    lines = ["# Benchmarks", "",
             f"Run {meta['finished']} on {meta['machine']} ({meta['cpus']} cores, load average at start "
             f"{meta['load_start']}, at end {meta['load_end']}), commit {meta['commit']}; Python "
             f"{meta['python']}; analysis {meta.get('build', 'build unknown')}. Command: `{meta['command']}`.", "",
             "Best of the repeats; articles/s and MB/s count article text (10^6 UTF-8 bytes); peak MB is the "
             "largest resident set of one process (MiB), all procs MB the sampled sum of PSS over the worker "
             "processes; CPU s the user and system seconds of the timed call, its worker processes included (wall "
             "seconds depend on the machine's load, CPU seconds much less). The machine is shared and noisy: "
             "compare ratios within one run, not across runs.", "",
             "| stage | input | articles | text MB | seconds | CPU s | articles/s | MB/s | peak MB | all procs MB "
             "| rows | note |", "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for m in measurements:
        lines.append(f"| {m.stage} | {m.input} | {m.articles:,} | {_fmt(m.text_mb)} | {_fmt(m.seconds, 2)} | "
                     f"{_fmt(m.cpu_seconds, 2)} | {_fmt(m.rate)} | {_fmt(m.mb_rate, 2)} | {_fmt(m.peak_mib, 0)} | {_fmt(m.tree_mib, 0)} | "
                     f"{'—' if m.rows is None else f'{m.rows:,}'} | {m.note} |")
    if ratios:
        lines += ["", "## Against the bars and the peer (same run)", "", "| figure | value | bar | met |",
                  "|---|---:|---:|---|"]
        for r in ratios:
            met = "—" if r["met"] is None else ("yes" if r["met"] else "**no**")
            lines.append(f"| {r['figure']} | {r['value']} | {r['bar']} | {met} |")
    return "\n".join(lines) + "\n"


def _find(measurements: list[Measurement], stage: str, source: str) -> Measurement | None:
    for m in measurements:
        if m.stage == stage and m.input == source and m.seconds:
            return m
    return None


def bar_rows(measurements: list[Measurement], *, tier: str, peer_allsides: str, peer_polnear: str) -> list[dict]:
    """Compare the measurements with the bars of issues 3 and 5 and compute the ratios to textacy."""
    rows: list[dict] = []

    def per_cpu(m: Measurement | None) -> float | None:
        return m.articles / m.cpu_seconds if m is not None and m.cpu_seconds else None

    def cpu_ratio(ours: Measurement | None, peer: Measurement | None) -> float | None:
        a, b = per_cpu(ours), per_cpu(peer)
        return a / b if a and b else None

    def add(figure: str, value: float | None, bar: float | None, *, unit: str = "", below: bool = False) -> None:
        if value is None:
            return
        met = None if bar is None else (value < bar if below else value >= bar)
        rows.append({"figure": figure, "value": f"{value:,.1f}{unit}",
                     "bar": "—" if bar is None else f"{'<' if below else '>='} {bar:,.0f}{unit}", "met": met,
                     "number": value})

    peer_a = _find(measurements, "textacy direct_quotations", peer_allsides)
    peer_p = _find(measurements, "textacy direct_quotations", "polnear-test")
    full2 = _find(measurements, "pipeline jobs=2", tier)
    full1 = _find(measurements, "pipeline jobs=1", tier)
    add(f"pipeline jobs=2, {tier} tier, articles/s", full2 and full2.rate,
        BARS["pipeline_rate"] if tier == "10000" else None)
    if peer_a is not None:
        add(f"pipeline jobs=2 ({tier} tier) / textacy ({peer_allsides} AllSides), articles/s", full2 and
            full2.rate / peer_a.rate, BARS["pipeline_ratio"], unit="x")
        add(f"pipeline jobs=2 ({tier} tier) / textacy ({peer_allsides} AllSides), articles per CPU second",
            cpu_ratio(full2, peer_a), None, unit="x")
        add(f"pipeline jobs=1 ({tier} tier) / textacy ({peer_allsides} AllSides), articles/s", full1 and
            full1.rate / peer_a.rate, None, unit="x")
        same1 = _find(measurements, "pipeline jobs=1", peer_allsides)
        add(f"pipeline jobs=1 / textacy, same {peer_allsides} AllSides articles, articles/s",
            same1 and same1.rate / peer_a.rate, None, unit="x")
        add(f"pipeline jobs=1 / textacy, same {peer_allsides} AllSides articles, articles per CPU second",
            cpu_ratio(same1, peer_a), None, unit="x")
        same_q = _find(measurements, "extract_quotes", peer_allsides)
        add(f"extract_quotes / textacy, same {peer_allsides} AllSides articles, articles/s",
            same_q and same_q.rate / peer_a.rate, None, unit="x")
    ours_p = _find(measurements, "extract_quotes", peer_polnear)
    add("extract_quotes, one process, PolNeAR test (84), articles/s", ours_p and ours_p.rate,
        BARS["polnear_rate"])
    if peer_p is not None:
        add("extract_quotes / textacy, PolNeAR test (84), articles/s", ours_p and ours_p.rate / peer_p.rate, None,
            unit="x")
        add("extract_quotes / textacy, PolNeAR test (84), articles per CPU second", cpu_ratio(ours_p, peer_p),
            None, unit="x")
    cli = next((m for m in measurements if m.stage.startswith("cli") and m.input == "all"), None)
    add("cli quotes over the whole corpus, peak MiB", cli and cli.peak_mib, BARS["cli_peak_mib"], below=True)
    for m in measurements:
        if m.stage == "stress extract_quotes" and m.seconds is not None:
            add(f"stress: {m.input}, seconds", m.seconds, BARS["stress_seconds"], below=True)
    return rows


# ---------------------------------------------------------------------------------------------------------------
# the run


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description="Speed and memory of the pipeline, textacy side by side.")
    parser.add_argument("--tiers", default="1000,10000,all",
                        help="AllSides tiers: article counts and/or 'all' (default 1000,10000,all)")
    parser.add_argument("--stages", default=",".join(STAGES), help=f"comma-separated, of {', '.join(STAGES)}")
    parser.add_argument("--jobs", default="1,2", help="worker counts for the pipeline stage (default 1,2)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement; the best is kept (default 2)")
    parser.add_argument("--repeat-all", type=int, default=1, help="runs per measurement on the 'all' tier")
    parser.add_argument("--peer-articles", type=int, default=200,
                        help="first N AllSides articles for textacy and for our side of the same comparison")
    parser.add_argument("--quick", action="store_true",
                        help="1,000-article tier, one run each, 20 peer articles, no whole-corpus CLI run")
    parser.add_argument("--profile", action="store_true",
                        help="also cProfile the full pipeline on the 1,000-article tier (results/profile.md)")
    parser.add_argument("--corpus", type=Path, default=ALLSIDES, help="the AllSides JSONL.gz")
    parser.add_argument("--tmp", type=Path, default=Path(tempfile.gettempdir()) / "analysis-bench",
                        help="where tiers and stress articles are written (outside the repository)")
    parser.add_argument("--out", type=Path, default=None,
                        help="results prefix (default benchmarks/results/bench; with --quick, TMP/bench-quick)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before a measurement is killed")
    parser.add_argument("--stress-timeout", type=float, default=300, help="seconds before a stress run is killed")
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--input", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.quick:
        args.tiers, args.repeat, args.peer_articles = "1000", 1, min(args.peer_articles, 20)
        if "--stages" not in " ".join(argv or sys.argv):
            args.stages = ",".join(s for s in STAGES if s != "cli")
    args.stage_list = [s.strip() for s in args.stages.split(",") if s.strip()]
    unknown = set(args.stage_list) - set(STAGES)
    if unknown:
        parser.error(f"unknown stage(s): {', '.join(sorted(unknown))}")
    args.tier_list = [None if t.strip() == "all" else int(t) for t in args.tiers.split(",") if t.strip()]
    args.jobs_list = [int(j) for j in str(args.jobs).split(",") if j.strip()]
    if args.out is None:
        args.out = args.tmp / "bench-quick" if args.quick else RESULTS / "bench"
    return args


def _build() -> str:
    """How the package under test runs: its version and where it is imported from (pure Python since ed097e5)."""
    done = subprocess.run([sys.executable, "-c", "import analysis; print(analysis.__version__, analysis.__file__)"],
                          capture_output=True, text=True, cwd=RESULTS.parent.parent, check=False)
    found = done.stdout.strip()
    return f"pure Python, analysis {found}" if found else f"analysis not importable ({done.stderr.strip()[-200:]})"


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def benchmark(args: argparse.Namespace) -> tuple[list[Measurement], str | None]:
    """Run the chosen stages on the chosen tiers; return the measurements and the profile summary."""
    stages = args.stage_list
    measurements: list[Measurement] = []

    def record(m: Measurement) -> None:
        measurements.append(m)
        _say(f"  {m.stage:<30} {m.input:<12} {_fmt(m.seconds, 2):>9} s  {_fmt(m.cpu_seconds, 1):>7} CPU s  "
             f"{_fmt(m.rate):>9} art/s  "
             f"{_fmt(m.peak_mib, 0):>6} MiB  {m.note}")

    tiers = [make_tier(args.corpus, size, args.tmp) for size in args.tier_list]
    for tier in tiers:
        _say(f"tier {tier.name}: {tier.articles:,} articles, {tier.text_mb:.1f} MB of text")
        repeat = args.repeat_all if tier.name == "all" else args.repeat
        for stage, label in (("loader", "load_corpus"), ("sentences", "split_sentences"),
                             ("quotes", "extract_quotes + speaker_table"), ("stance", "stance_table")):
            if stage in stages:
                record(measure(stage, tier, repeat=repeat, timeout=args.timeout, label=label))
        if "pipeline" in stages:
            for jobs in args.jobs_list:
                record(measure("pipeline", tier, jobs=jobs, repeat=repeat, timeout=args.timeout,
                               label=f"pipeline jobs={jobs}"))
    if "cli" in stages:
        whole = make_tier(args.corpus, None, args.tmp)
        _say(f"cli over {whole.articles:,} articles")
        record(measure_cli(whole, args.tmp, timeout=args.timeout))
    if "stress" in stages:
        for source in stress_inputs(args.corpus, args.tmp):
            record(measure("stress", source, timeout=args.stress_timeout, label="stress extract_quotes"))
    if "peer" in stages:
        subset = make_tier(args.corpus, args.peer_articles, args.tmp)
        polnear = folder_input("polnear-test", POLNEAR_TEST)
        _say(f"peer on {subset.articles} AllSides articles and {polnear.articles} PolNeAR test articles")
        record(measure_peer(subset, timeout=args.timeout))
        record(measure_peer(polnear, timeout=args.timeout))
        record(measure("quotes-only", subset, repeat=args.repeat, label="extract_quotes"))
        record(measure("pipeline", subset, jobs=1, repeat=args.repeat, label="pipeline jobs=1"))
        record(measure("quotes-only", polnear, repeat=args.repeat, label="extract_quotes"))
    profile = None
    if args.profile:
        tier = make_tier(args.corpus, 1000, args.tmp)
        _say("profiling the pipeline on the 1000 tier")
        profile = profile_pipeline(tier, args.out.with_name("profile.md"))
    return measurements, profile


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: a worker stage (internal) or the whole benchmark."""
    args = parse_args(argv)
    if args.worker:
        return worker(args.worker, args.input, args.jobs_list[0])
    meta = {"started": time.strftime("%Y-%m-%d %H:%M"), "load_start": _load_average(),
            "machine": f"{platform.system()} {platform.machine()}", "cpus": os.cpu_count(),
            "python": platform.python_version(), "build": _build(),
            "commit": _git("rev-parse", "--short", "HEAD") + ("+dirty" if _git("status", "--porcelain") else ""),
            "command": " ".join(["python benchmarks/bench_pipeline.py", *(argv if argv is not None else
                                                                          sys.argv[1:])])}
    measurements, profile = benchmark(args)
    meta.update(finished=time.strftime("%Y-%m-%d %H:%M"), load_end=_load_average())
    tier = "10000" if "10000" in [m.input for m in measurements] else next(
        (m.input for m in measurements if m.stage.startswith("pipeline jobs=2")), "1000")
    ratios = bar_rows(measurements, tier=tier, peer_allsides=str(args.peer_articles), peer_polnear="polnear-test")
    text = render(measurements, ratios, meta)
    if profile:
        text += "\nProfile of the full pipeline (1,000 articles): see `profile.md`.\n"
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".md").write_text(text)
    payload = {"meta": meta, "bars": BARS, "ratios": ratios,
               "measurements": [{**asdict(m), "articles_per_s": m.rate, "mb_per_s": m.mb_rate}
                                for m in measurements]}
    args.out.with_suffix(".json").write_text(json.dumps(payload, indent=1, default=str) + "\n")
    _say(f"wrote {args.out.with_suffix('.md')} and {args.out.with_suffix('.json')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
