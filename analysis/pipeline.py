"""Running the whole pipeline over a corpus: in batches, on one process, N processes or a Dask cluster, cached.

The pipeline is load -> sentences -> quotes (with speakers resolved in each article) -> stance, then the
corpus-level speakers table. Articles are streamed from the inputs in batches, so memory stays bounded however
large the corpus; every batch is processed by the same pure function (:func:`process_batch`), so a serial run,
``jobs=N`` and a Dask cluster give identical rows in identical order, with identical ``quote_id``s.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import os
import shutil
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import pandas as pd

from analysis.corpus import (
    Article,
    Fields,
    LoadError,
    articles_frame,
    errors_frame,
    iter_articles,
    progress_bar,
)
from analysis.paths import cache_dir
from analysis.quotes import extract_quotes
from analysis.speakers import SpeakerTally, canonical_speakers
from analysis.stance import stance_table
from analysis.stance.labels import resolve_method
from analysis.text import documents, split_sentences
from analysis.version import __version__

TABLES = ("articles", "errors", "sentences", "quotes", "speakers", "stance")
"""Tables a run can produce. ``speakers`` is built from the whole ``quotes`` table at the end."""

BATCH_TABLES = ("sentences", "quotes", "stance")
"""Tables computed batch by batch by :func:`process_batch`."""

DEFAULT_BATCH_SIZE = 200


@dataclass(frozen=True)
class Options:
    """Parameters that change what a run computes (and so are part of its cache key)."""

    stance_method: str = "default"
    boilerplate: tuple[str, ...] | None = None
    fields: Fields = field(default_factory=Fields)

    def key(self) -> dict:
        """A JSON-able description of the options, for cache keys."""
        return {"stance_method": self.stance_method, "boilerplate": self.boilerplate, "fields": vars(self.fields)}


@dataclass
class Result:
    """The tables of a run: ``articles``, ``errors`` and whichever of the others were asked for."""

    tables: dict[str, pd.DataFrame]

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self.tables:
            raise KeyError(f"table {name!r} was not computed; ask for it with tables=(..., {name!r})")
        return self.tables[name]

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name in TABLES:
            return self[name]
        raise AttributeError(name)


# ---------------------------------------------------------------------------------------------------------------
# one batch


def needed(tables: Collection[str]) -> tuple[str, ...]:
    """The batch tables a request needs, in pipeline order (stance and speakers need quotes)."""
    unknown = set(tables) - set(TABLES)
    if unknown:
        raise ValueError(f"unknown table(s) {', '.join(sorted(unknown))}: choose from {', '.join(TABLES)}")
    wanted = set(tables)
    if wanted & {"stance", "speakers"}:
        wanted.add("quotes")
    return tuple(t for t in BATCH_TABLES if t in wanted)


def process_batch(articles: pd.DataFrame, *, tables: Collection[str], stance_method: str = "default") -> dict:
    """Compute the batch tables for one batch of articles (a pure function: same input, same output).

    Args:
        articles: an ``articles`` table (a batch or a whole corpus).
        tables: which of ``sentences``, ``quotes``, ``stance`` to compute.
        stance_method: the stance method (see :func:`analysis.stance.target_stance`).

    Returns:
        ``{table name: DataFrame}``.
    """
    out: dict[str, pd.DataFrame] = {}
    steps = needed(tables)
    docs = documents(articles)  # one document per article, read once and shared by every step
    if "sentences" in steps:
        out["sentences"] = split_sentences(articles, progress=False, docs=docs)
    if "quotes" in steps:
        out["quotes"] = extract_quotes(articles, progress=False, docs=docs)
    if "stance" in steps:
        out["stance"] = stance_table(out["quotes"], articles=articles, docs=docs, method=stance_method)
    return out


# ---------------------------------------------------------------------------------------------------------------
# streaming


@dataclass
class Batch:
    """One batch of the corpus: its articles, its load errors and the tables computed from it."""

    number: int
    articles: pd.DataFrame
    errors: pd.DataFrame
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)


def iter_batches(
    *inputs: str | Path, batch_size: int = DEFAULT_BATCH_SIZE, options: Options | None = None
) -> Iterator[Batch]:
    """Stream the inputs as batches of at most ``batch_size`` articles (load errors travel with their batch)."""
    options = options or Options()
    articles: list[Article] = []
    errors: list[LoadError] = []
    number = 0
    for item in iter_articles(*inputs, fields=options.fields, boilerplate=options.boilerplate):
        (articles if isinstance(item, Article) else errors).append(item)
        if len(articles) >= batch_size:
            yield Batch(number, articles_frame(articles), errors_frame(errors))
            number += 1
            articles, errors = [], []
    if articles or errors or number == 0:
        yield Batch(number, articles_frame(articles), errors_frame(errors))


def _work(payload: tuple[pd.DataFrame, tuple[str, ...], str]) -> dict:
    articles, tables, method = payload
    result = process_batch(articles, tables=tables, stance_method=method)
    if not gc.isenabled():  # a forked worker (_worker_start): its one collection, once the batch is done
        gc.collect()
    return result


def _ordered(submit: Callable, batches: Iterable[Batch], *, window: int, result: Callable) -> Iterator[Batch]:
    """Run ``submit(batch)`` on at most ``window`` batches at once; yield batches in input order with results."""
    pending: deque = deque()
    for batch in batches:
        pending.append((batch, submit(batch)))
        if len(pending) >= window:
            done, future = pending.popleft()
            done.tables = result(future)
            yield done
    while pending:
        done, future = pending.popleft()
        done.tables = result(future)
        yield done


def iter_results(
    *inputs: str | Path,
    tables: Collection[str] = ("quotes",),
    jobs: int = 1,
    client: object | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    options: Options | None = None,
    progress: bool | None = None,
) -> Iterator[Batch]:
    """Stream processed batches in input order, computed serially, on ``jobs`` processes or on a Dask client.

    Args:
        *inputs: what :func:`analysis.load_corpus` takes.
        tables: batch tables to compute (``sentences``, ``quotes``, ``stance``).
        jobs: worker processes on this machine (1 = in this process).
        client: a ``dask.distributed.Client``; when given, batches run on its cluster (``jobs`` is ignored).
        batch_size: articles per batch.
        options: what to compute (stance method, boilerplate rules, field names).
        progress: a progress bar (articles done); ``None`` shows one on a terminal.
    """
    options = options or Options()
    steps = needed(tables)
    batches = iter_batches(*inputs, batch_size=batch_size, options=options)
    if client is not None:
        stream = _ordered(lambda b: client.submit(process_batch, b.articles, tables=steps,
                                                  stance_method=options.stance_method, pure=False),
                          batches, window=2 * max(1, len(client.scheduler_info().get("workers", {})) or 1) + 2,
                          result=lambda f: f.result())
    elif jobs > 1:
        stream = _parallel(batches, steps=steps, jobs=jobs, method=options.stance_method)
    else:
        stream = (_serial(b, steps, options.stance_method) for b in batches)
    bar = progress_bar(None, enabled=progress, desc="articles", unit="article") if progress is not False else None
    for batch in stream:
        if bar is not None and hasattr(bar, "update"):
            bar.update(len(batch.articles))
        yield batch
    if bar is not None and hasattr(bar, "close"):
        bar.close()


def _serial(batch: Batch, steps: tuple[str, ...], method: str) -> Batch:
    batch.tables = process_batch(batch.articles, tables=steps, stance_method=method)
    return batch


_WARM_UP_TEXT = ('"We will not back down," Sen. Jane Doe of Ohio said on Monday. She said China was wrong.\n\n'
                 'Analysts said the talks in Beijing had stalled.')
"""A small article written for this module: running it loads every word list, pattern and model a batch uses."""


def warm_up(steps: Collection[str] = BATCH_TABLES, method: str = "default") -> None:
    """Load what :func:`process_batch` needs (word lists, compiled patterns, the stance model) in this process.

    Forked workers inherit what the parent has loaded instead of each loading it again. The transformer stance
    model is left to the workers (a process should not fork after starting its thread pools).
    """
    steps = needed(steps)
    if "stance" in steps and resolve_method(method) == "transformer":
        steps = tuple(s for s in steps if s != "stance")
    articles = pd.DataFrame({"article_id": ["warm-up"], "text": [_WARM_UP_TEXT]})
    process_batch(articles, tables=steps, stance_method=method)


GC_THRESHOLD = 10_000
"""Allocations between two young-generation collections in a worker, and in a run's parent while it runs
(Python's default is 700): a batch allocates millions of short-lived tokens and tuples, and collecting less often
saved about 5% of a worker's time; the parent keeps what it receives, and collected less often it spends about
1.2 CPU s less on 10,000 AllSides articles."""


@contextlib.contextmanager
def collecting_less(threshold: int = GC_THRESHOLD) -> Iterator[Callable[[], None]]:
    """Within the block, collect young garbage every ``threshold`` allocations instead of 700; restored after.

    A whole run's parent process allocates millions of small objects (the speaker tally, the batches it
    receives) and keeps most of them: with Python's default threshold it walks that growing heap again and
    again (see :data:`GC_THRESHOLD`). The block yields ``keep()``: called once a batch is stored, it moves
    everything allocated so far out of the collector's sight (``gc.freeze()``), so that later collections walk
    only what is new instead of every table received (a collection of the old generation over 10,000 articles'
    tables took half a second). Everything is handed back to the collector when the block ends
    (``gc.unfreeze()``). Where the process had already frozen objects itself, ``keep()`` does nothing.
    """
    before = gc.get_threshold()
    ours = gc.get_freeze_count() == 0

    def keep() -> None:
        if ours:
            gc.freeze()

    gc.set_threshold(threshold, *before[1:])
    try:
        yield keep
    finally:
        gc.set_threshold(*before)
        if ours:
            gc.unfreeze()


def _worker_start() -> None:
    """Set up a forked worker: ``gc.freeze()``, so that the garbage collector never walks the objects inherited
    from the parent, which saves its time and keeps those memory pages shared instead of copied; and no automatic
    collections: a batch's objects are freed by reference counting as it ends, and :func:`_work` collects what
    cycles are left once per batch (3-4% of a worker's time against collections during the batch, even with
    :data:`GC_THRESHOLD`). Only the worker processes change."""
    gc.freeze()
    gc.disable()


def _parallel(batches: Iterable[Batch], *, steps: tuple[str, ...], jobs: int, method: str) -> Iterator[Batch]:
    fork = os.name == "posix"
    context = get_context("fork") if fork else get_context("spawn")
    if fork:
        warm_up(steps, method)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_start if fork else None) as pool:
        yield from _ordered(lambda b: pool.submit(_work, (b.articles, steps, method)), batches,
                            window=2 * jobs, result=lambda f: f.result())


# ---------------------------------------------------------------------------------------------------------------
# whole runs


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)] or frames[:1]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def run(
    *inputs: str | Path,
    tables: Collection[str] = ("articles", "errors", "quotes", "speakers", "stance"),
    jobs: int = 1,
    client: object | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    stance_method: str = "default",
    boilerplate: Sequence[str] | None = None,
    cache: bool | str | Path = False,
    progress: bool | None = None,
) -> Result:
    """Run the pipeline over a corpus and return its tables.

    Args:
        *inputs: what :func:`analysis.load_corpus` takes.
        tables: which of :data:`TABLES` to return (``articles`` and ``errors`` always come).
        jobs: worker processes (the result is identical to ``jobs=1``).
        client: a ``dask.distributed.Client`` to run the batches on a cluster.
        batch_size: articles per batch.
        stance_method: stance method for the ``stance`` table.
        boilerplate: boilerplate rules (default: the shipped ones).
        cache: ``True`` caches the tables under the user cache folder, a path caches them there; the key is the
            inputs' content, the package version and these parameters, so a changed input or parameter
            recomputes.
        progress: progress bars; ``None`` shows them on a terminal.

    Returns:
        A :class:`Result`: ``result.quotes``, ``result["stance"]``...
    """
    options = Options(stance_method=stance_method, boilerplate=tuple(boilerplate) if boilerplate is not None else None)
    wanted = tuple(dict.fromkeys(["articles", "errors", *tables]))
    needed(wanted)
    compute = functools.partial(_compute, inputs, wanted, jobs=jobs, client=client, batch_size=batch_size,
                                options=options, progress=progress)
    if not cache:
        return Result(compute())
    folder = cache_path(inputs, wanted, options, root=None if cache is True else Path(cache))
    with cache_lock(folder):  # a second run with the same key waits for this one and reads its tables
        cached = read_cached(folder, wanted)
        if cached is not None:
            return Result(cached)
        result = compute()
        write_cache(folder, result)
    return Result(result)


def _compute(inputs: Sequence[str | Path], wanted: tuple[str, ...], *, jobs: int, client: object | None,
             batch_size: int, options: Options, progress: bool | None) -> dict[str, pd.DataFrame]:
    """The tables of a run, computed batch by batch (see :func:`run`)."""
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in ("articles", "errors", *needed(wanted))}
    tally = None
    if "speakers" in wanted:
        tally = SpeakerTally()  # counted batch by batch, while the workers compute the next ones
    with collecting_less() as keep:
        for batch in iter_results(*inputs, tables=wanted, jobs=jobs, client=client, batch_size=batch_size,
                                  options=options, progress=progress):
            parts["articles"].append(batch.articles)
            parts["errors"].append(batch.errors)
            for name, frame in batch.tables.items():
                parts[name].append(frame)
            if tally is not None:
                tally.add(batch.tables["quotes"])
            keep()
        result = {name: _concat(frames) for name, frames in parts.items()}
        _canonical_across(result)
        if tally is not None:
            result["speakers"] = tally.table(articles=result["articles"])
    return {name: result[name] for name in wanted if name in result}


def _canonical_across(tables: dict[str, pd.DataFrame]) -> None:
    """Give the quotes and stance tables of a whole run the speakers table's names (``speaker_canonical``):
    each batch merged name variants within itself only."""
    quotes = tables.get("quotes")
    if quotes is None or quotes.empty:
        return
    names = canonical_speakers(quotes)
    tables["quotes"] = quotes.assign(speaker_canonical=names.to_numpy())
    stance = tables.get("stance")
    if stance is not None and not stance.empty:
        by_quote = dict(zip(quotes["quote_id"], names))
        tables["stance"] = stance.assign(speaker_canonical=stance["quote_id"].map(by_quote).to_numpy())


# ---------------------------------------------------------------------------------------------------------------
# cache


def content_hash(paths: Iterable[str | Path]) -> str:
    """Hash the content of the inputs (every file under a folder, in sorted order), not their names or times."""
    digest = hashlib.blake2b(digest_size=16)
    for given in paths:
        path = Path(given)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(path) if path.is_dir() else file.name).encode())
            try:
                with open(file, "rb") as handle:
                    for chunk in iter(lambda: handle.read(1 << 20), b""):
                        digest.update(chunk)
            except OSError as exc:
                digest.update(f"unreadable:{exc}".encode())
    return digest.hexdigest()


def cache_path(inputs: Sequence[str | Path], tables: Sequence[str], options: Options, *, root: Path | None = None) -> Path:
    """The cache folder of a run: a hash of the inputs' content, the package version and the parameters."""
    key = json.dumps({"version": __version__, "content": content_hash(inputs), "tables": sorted(tables),
                      "options": options.key(), "code": _model_stamp()}, sort_keys=True, default=str)
    name = hashlib.blake2b(key.encode(), digest_size=12).hexdigest()
    return (root or cache_dir() / "runs") / name


def _model_stamp() -> str:
    """Hash the package's own code, word lists and models, so any change to them invalidates cached results.

    """
    from analysis.paths import PACKAGE_DIR

    digest = hashlib.blake2b(digest_size=8)
    for file in sorted(PACKAGE_DIR.rglob("*")):
        if file.is_file() and file.suffix not in {".pyc", ".so", ".pyd"} and "__pycache__" not in file.parts:
            digest.update(file.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


@contextlib.contextmanager
def cache_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on a cache folder's key while a run reads or fills it.

    Two processes running the same pipeline on the same corpus (two notebooks of one report, a notebook and the
    command line) then compute it once: the second waits, then reads the first one's tables. The lock is an
    advisory ``flock`` on ``<folder>.lock``; where ``fcntl`` is missing (Windows) runs are not serialised.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.with_name(folder.name + ".lock"), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


CACHE_SUFFIX = ".arrow"
"""How cached tables are stored: Arrow IPC files (Feather 2) with LZ4, which read back two to four times faster
than Parquet (a cached report reads the corpus's articles and quotes in every notebook); the tables' index is
always a plain range, which Feather requires."""


def read_cached(folder: Path, tables: Sequence[str]) -> dict[str, pd.DataFrame] | None:
    """Read a cached run, or ``None`` when it is absent or incomplete."""
    if not (folder / "complete").exists():
        return None
    try:
        return {name: pd.read_feather(folder / f"{name}{CACHE_SUFFIX}") for name in tables}
    except (OSError, ValueError):
        return None


def write_cache(folder: Path, tables: dict[str, pd.DataFrame]) -> None:
    """Write a run's tables to its cache folder; the ``complete`` marker is written last."""
    tmp = folder.with_name(folder.name + f".tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name, frame in tables.items():
        frame.to_feather(tmp / f"{name}{CACHE_SUFFIX}", compression="lz4")
    (tmp / "complete").write_text(__version__)
    shutil.rmtree(folder, ignore_errors=True)
    os.replace(tmp, folder)
