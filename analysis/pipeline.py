"""Running the whole pipeline over a corpus: in batches, on one process, N processes or a Dask cluster, cached.

The pipeline is load -> sentences -> quotes (with speakers resolved in each article) -> stance, then the
corpus-level speakers table. Articles are streamed from the inputs in batches, so memory stays bounded however
large the corpus; every batch is processed by the same pure function (:func:`process_batch`), so a serial run,
``jobs=N`` and a Dask cluster give identical rows in identical order, with identical ``quote_id``s.

With ``cache=True`` the rows of each article are kept (:mod:`analysis.cache`): a later run computes only the
articles it has not seen, then the corpus-level tables from all of them, and returns tables identical to a run
without the cache. Worker processes die with the run's process (:mod:`analysis.workers`).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import os
import threading
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.cache import (
    FLUSH_ARTICLES,
    ArticleStore,
    RunCache,
    Segment,
    Unstorable,
    assemble,
    normalise,
    row_counts,
    warn,
    with_paths,
)
from analysis.corpus import (
    Article,
    Duplicates,
    Fields,
    LoadError,
    articles_frame,
    compile_boilerplate,
    errors_frame,
    iter_articles,
    load_error,
    parse_source,
    progress_bar,
)
from analysis.files import DEFAULT_MAX_BYTES
from analysis.quotes import extract_headlines, extract_quotes
from analysis.records import Problem
from analysis.sources import iter_sources
from analysis.speakers import SpeakerTally, canonical_speakers, speaker_table
from analysis.stance import stance_table
from analysis.stance.labels import resolve_method
from analysis.text import documents, split_sentences
from analysis.workers import die_with_parent

TABLES = ("articles", "errors", "sentences", "quotes", "headlines", "speakers", "stance")
"""Tables a run can produce. ``speakers`` is built from the whole ``quotes`` table at the end."""

BATCH_TABLES = ("sentences", "quotes", "headlines", "stance")
"""Tables computed batch by batch by :func:`process_batch`."""

DEFAULT_BATCH_SIZE = 200


@dataclass(frozen=True)
class Options:
    """Parameters that change what a run computes (and so are part of its cache key)."""

    stance_method: str = "default"
    boilerplate: tuple[str, ...] | None = None
    fields: Fields = field(default_factory=Fields)
    max_bytes: int = DEFAULT_MAX_BYTES

    def key(self) -> dict:
        """A JSON-able description of the options, for cache keys."""
        return {"stance_method": self.stance_method, "boilerplate": self.boilerplate, "fields": vars(self.fields),
                "max_bytes": self.max_bytes}


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
    """The batch tables a request needs, in pipeline order (stance, speakers and headlines need quotes)."""
    unknown = set(tables) - set(TABLES)
    if unknown:
        raise ValueError(f"unknown table(s) {', '.join(sorted(unknown))}: choose from {', '.join(TABLES)}")
    wanted = set(tables)
    if wanted & {"stance", "speakers", "headlines"}:
        wanted.add("quotes")
    return tuple(t for t in BATCH_TABLES if t in wanted)


def process_batch(articles: pd.DataFrame, *, tables: Collection[str], stance_method: str = "default") -> dict:
    """Compute the batch tables for one batch of articles (a pure function: same input, same output).

    Args:
        articles: an ``articles`` table (a batch or a whole corpus).
        tables: which of ``sentences``, ``quotes``, ``headlines``, ``stance`` to compute.
        stance_method: the stance method (see :func:`analysis.stance.target_stance`).

    Returns:
        ``{table name: DataFrame}``.

    Automatic garbage collection is paused while the batch runs (:func:`collector_paused`).
    """
    out: dict[str, pd.DataFrame] = {}
    steps = needed(tables)
    with collector_paused():
        docs = documents(articles)  # one document per article, read once and shared by every step
        if "sentences" in steps:
            out["sentences"] = split_sentences(articles, progress=False, docs=docs)
        if "quotes" in steps:
            out["quotes"] = extract_quotes(articles, progress=False, docs=docs)
        if "headlines" in steps:
            out["headlines"] = extract_headlines(articles, quotes=out["quotes"], progress=False)
        if "stance" in steps:
            out["stance"] = stance_table(out["quotes"], articles=articles, docs=docs, method=stance_method)
    return out


class _Pause:
    """The state that :func:`collector_paused` blocks share: how many are open, and whether the collector was
    on when the first began."""

    lock = threading.Lock()
    open = 0
    resume = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Within the block, no automatic garbage collection; the collector is switched back on after it, if it was on.

    A batch allocates millions of short-lived objects, which reference counting frees as they go, and keeps its
    documents and their layers, a few hundred thousand objects, until it ends. Python's automatic collections
    walk that growing heap again and again (a fifth of a batch's CPU time with the default thresholds, the
    old generation's collections most of it) and find little: the cycles a batch leaves are a few thousand
    objects, which the first automatic collection after the block frees. Nested and concurrent blocks (a
    threaded Dask worker) share one pause: the collector is switched on again when the last of them ends, and
    only if it was on when the first began (a forked worker keeps its collector off: :func:`_worker_start`).
    """
    with _Pause.lock:
        if _Pause.open == 0:
            _Pause.resume = gc.isenabled()
            gc.disable()
        _Pause.open += 1
    try:
        yield
    finally:
        with _Pause.lock:
            _Pause.open -= 1
            if _Pause.open == 0 and _Pause.resume:
                gc.enable()


# ---------------------------------------------------------------------------------------------------------------
# streaming


@dataclass
class Batch:
    """One batch of the corpus: its articles, its load errors and the tables computed from it.

    With a per-article cache, a batch holds only the articles to compute, with their cache ``keys`` and their
    ``positions`` in the run's order of articles.
    """

    number: int
    articles: pd.DataFrame
    errors: pd.DataFrame
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)
    fallbacks: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)


def iter_batches(
    *inputs: str | Path, batch_size: int = DEFAULT_BATCH_SIZE, options: Options | None = None
) -> Iterator[Batch]:
    """Stream the inputs as batches of at most ``batch_size`` articles (load errors travel with their batch)."""
    options = options or Options()
    articles: list[Article] = []
    errors: list[LoadError] = []
    number = 0
    for item in iter_articles(*inputs, fields=options.fields, boilerplate=options.boilerplate,
                              max_bytes=options.max_bytes):
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
        jobs: worker processes on this machine (1 = in this process); they die with this process.
        client: a ``dask.distributed.Client``; when given, batches run on its cluster (``jobs`` is ignored).
        batch_size: articles per batch.
        options: what to compute (stance method, boilerplate rules, field names, size limit).
        progress: a progress bar (articles done); ``None`` shows one on a terminal.
    """
    options = options or Options()
    batches = iter_batches(*inputs, batch_size=batch_size, options=options)
    yield from _stream(batches, steps=needed(tables), jobs=jobs, client=client, options=options, progress=progress)


def _stream(batches: Iterable[Batch], *, steps: tuple[str, ...], jobs: int, client: object | None,
            options: Options, progress: bool | None) -> Iterator[Batch]:
    """Compute the batches and yield them in input order with their tables."""
    method = options.stance_method
    if client is not None:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or 1)
        stream = _ordered(lambda b: client.submit(process_batch, b.articles, tables=steps, stance_method=method,
                                                  pure=False),
                          batches, window=2 * workers + 2, result=lambda f: f.result())
    elif jobs > 1:
        stream = _parallel(batches, steps=steps, jobs=jobs, method=method)
    else:
        stream = (_serial(b, steps, method) for b in batches)
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


def _worker_start(parent: int, fork: bool) -> None:
    """Set up a worker: it dies with its parent and drops the parent's locks (:func:`analysis.workers.die_with_parent`).

    A forked worker also calls ``gc.freeze()``, so that the garbage collector never walks the objects inherited
    from the parent, which saves its time and keeps those memory pages shared instead of copied; and makes no
    automatic collections: a batch's objects are freed by reference counting as it ends, and :func:`_work`
    collects what cycles are left once per batch (3-4% of a worker's time against collections during the batch,
    even with :data:`GC_THRESHOLD`). Only the worker processes change."""
    die_with_parent(parent)
    if fork:
        gc.freeze()
        gc.disable()


def _parallel(batches: Iterable[Batch], *, steps: tuple[str, ...], jobs: int, method: str) -> Iterator[Batch]:
    fork = os.name == "posix"
    context = get_context("fork") if fork else get_context("spawn")
    if fork:
        warm_up(steps, method)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_start,
                             initargs=(os.getpid(), fork)) as pool:
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
    max_bytes: int = DEFAULT_MAX_BYTES,
    id_field: str = "id",
    date_field: str = "date",
    title_field: str = "title",
    text_field: str = "text",
    source_field: str = "source",
) -> Result:
    """Run the pipeline over a corpus and return its tables.

    Args:
        *inputs: what :func:`analysis.load_corpus` takes.
        tables: which of :data:`TABLES` to return (``articles`` and ``errors`` always come).
        jobs: worker processes (the result is identical to ``jobs=1``); they die with this process.
        client: a ``dask.distributed.Client`` to run the batches on a cluster.
        batch_size: articles per batch.
        stance_method: stance method for the ``stance`` table.
        boilerplate: boilerplate rules (default: the shipped ones).
        cache: ``True`` caches under the user cache folder (``$ANALYSIS_CACHE``), a path caches there. Each
            article's rows are kept, keyed by its content, the package's code and the parameters: a later run
            computes only the articles it has not seen (a changed article is computed again, a removed one is
            gone), then the corpus-level tables (``speakers``) from all of them; an unchanged corpus is read back
            whole. The tables are identical to a run without the cache. A cache that cannot be read or written
            is a :class:`analysis.cache.CacheWarning`, never an error.
        progress: progress bars; ``None`` shows them on a terminal.
        max_bytes: the largest article read (see :func:`analysis.load_corpus`).
        id_field, date_field, title_field, text_field, source_field: the JSONL/CSV fields holding each part of
            an article, as :func:`analysis.load_corpus` takes them.

    Returns:
        A :class:`Result`: ``result.quotes``, ``result["stance"]``...
    """
    fields = Fields(id=id_field, date=date_field, title=title_field, text=text_field, source=source_field)
    options = Options(stance_method=stance_method, boilerplate=tuple(boilerplate) if boilerplate is not None else None,
                      fields=fields, max_bytes=max_bytes)
    wanted = tuple(dict.fromkeys(["articles", "errors", *tables]))
    steps = needed(wanted)
    compute = functools.partial(_compute, inputs, wanted, jobs=jobs, client=client, batch_size=batch_size,
                                options=options, progress=progress)
    if not cache:
        return Result(compute()[0])
    runs = RunCache(None if cache is True else Path(cache))
    if not runs.usable:
        return Result(compute()[0])
    key = runs.key(inputs, wanted, options.key())
    with runs.locked(key):  # a second run with the same key waits for this one and reads its tables
        store = runs.store() if steps else None
        cached = runs.read(key, wanted, store, stance_method=stance_method)
        if cached is not None:
            _stored_rows_renamed(cached)
            return Result(cached)
        result, order = compute(store=store)
        if store is None:
            runs.write(key, result, None, stored=list(wanted))
        elif store.writable and order is not None:
            runs.write(key, result, *order, stored=[name for name in wanted if name not in ("articles", *steps)])
    return Result(result)


def _compute(inputs: Sequence[str | Path], wanted: tuple[str, ...], *, jobs: int, client: object | None,
             batch_size: int, options: Options, progress: bool | None, store: ArticleStore | None = None,
             ) -> tuple[dict[str, pd.DataFrame], tuple[list[str], list[str]] | None]:
    """The tables of a run, computed batch by batch (see :func:`run`); with a per-article store, also the
    articles' keys and paths in order (``None`` otherwise)."""
    steps = needed(wanted)
    stream = functools.partial(_stream, steps=steps, jobs=jobs, client=client, options=options, progress=progress)
    if store is not None and steps:
        try:
            return _compute_reusing(inputs, wanted, stream=stream, store=store, options=options,
                                    batch_size=batch_size)
        except (_NotPerArticle, Unstorable) as exc:
            warn(f"{exc}: computing the whole corpus without the per-article cache")
    batches = iter_batches(*inputs, batch_size=batch_size, options=options)
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in ("articles", "errors", *steps)}
    tally = None
    if "speakers" in wanted:
        tally = SpeakerTally()  # counted batch by batch, while the workers compute the next ones
    with collecting_less() as keep:
        for batch in stream(batches):
            parts["articles"].append(batch.articles)
            parts["errors"].append(batch.errors)
            for name, frame in batch.tables.items():
                parts[name].append(frame)
            if tally is not None:
                tally.add(batch.tables["quotes"])
            keep()
        result = {name: _concat(frames) for name, frames in parts.items()}
        _canonical_across(result)
        for name in ("articles", "errors", *steps):  # the dtypes a cached run gives (analysis.cache.normalise)
            result[name] = _typed(name, result[name])
        if tally is not None:
            result["speakers"] = tally.table(articles=result["articles"])
    return {name: result[name] for name in wanted if name in result}, None


def _canonical_across(tables: dict[str, pd.DataFrame]) -> None:
    """Give the quotes and stance tables of a whole run the speakers table's names (``speaker_canonical``):
    each batch merged name variants within itself only. A headline's speaker the quotes table holds takes its
    name there; one it does not keeps the name its batch gave."""
    quotes = tables.get("quotes")
    if quotes is None or quotes.empty:
        return
    names = canonical_speakers(quotes)
    tables["quotes"] = quotes.assign(speaker_canonical=names.to_numpy())
    stance = tables.get("stance")
    if stance is not None and not stance.empty:
        by_quote = dict(zip(quotes["quote_id"], names))
        tables["stance"] = stance.assign(speaker_canonical=stance["quote_id"].map(by_quote).to_numpy())
    headlines = tables.get("headlines")
    if headlines is not None and not headlines.empty:
        by_speaker = {speaker: name for speaker, name in zip(quotes["speaker"], names) if isinstance(name, str)}
        tables["headlines"] = headlines.assign(speaker_canonical=[
            by_speaker.get(speaker, own) for speaker, own in zip(headlines["speaker"], headlines["speaker_canonical"])])


def _stored_rows_renamed(tables: dict[str, pd.DataFrame]) -> None:
    """Rows read back from the per-article cache carry the names of the batch that computed them: give the quotes
    and stance tables the corpus's (:func:`_canonical_across`), with the dtypes a computed run has."""
    if "quotes" not in tables:
        return
    _canonical_across(tables)
    for name in ("quotes", "headlines", "stance"):
        if name in tables:
            tables[name] = _typed(name, tables[name])


def _typed(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """A run's table with the dtypes it has however it was computed (:func:`analysis.cache.normalise`): batch by
    batch, all at once, or assembled from cached rows. An empty articles or errors table keeps its own."""
    return normalise(frame) if len(frame) or name not in ("articles", "errors") else frame


class _NotPerArticle(RuntimeError):
    """A batch table whose rows do not come article by article, in the batch's order: they cannot be cached
    per article (never seen; the run then goes on without the per-article store)."""


@dataclass
class _Reuse:
    """What a run with a per-article store has gathered: for each article in order, its key, its path and where
    its rows are (a stored segment and position; ``None`` until its newly computed rows are saved), the error
    rows, and the computed rows not saved yet."""

    steps: tuple[str, ...]
    keys: list[str] = field(default_factory=list)
    fallbacks: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    refs: list[tuple[Segment, int] | None] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    computed: dict[str, list[pd.DataFrame]] = field(default_factory=dict)
    pending: list[Batch] = field(default_factory=list)
    reused: bool = False

    def flush(self, store: ArticleStore, method: str) -> None:
        """Save the pending computed rows as one segment and point their articles at it."""
        if not self.pending:
            return
        names = ("articles", *self.steps)
        frames = {name: _concat([b.articles if name == "articles" else b.tables[name] for b in self.pending])
                  for name in names}
        counts = {name: np.concatenate([_counts(b, name) for b in self.pending]) for name in names}
        keys = [key for b in self.pending for key in b.keys]
        fallbacks = [fallback for b in self.pending for fallback in b.fallbacks]
        segment = store.save(keys, fallbacks, frames, counts, stance_method=method)
        for j, position in enumerate(p for b in self.pending for p in b.positions):
            self.refs[position] = (segment, j)
        self.pending = []


def _counts(batch: Batch, name: str) -> np.ndarray:
    """Rows per article of one of a computed batch's tables (the articles table: one each)."""
    if name == "articles":
        return np.ones(len(batch.articles), dtype=np.int64)
    counts = row_counts(batch.articles["article_id"].tolist(), batch.tables[name])
    if counts is None:
        raise _NotPerArticle(f"the {name} rows of batch {batch.number} do not come article by article")
    return counts


def _new_articles(inputs: Sequence[str | Path], reuse: _Reuse, *, store: ArticleStore, options: Options,
                  batch_size: int) -> Iterator[Batch]:
    """Read the sources; note the articles the store holds (neither parsed nor computed); yield the others,
    parsed, in batches of ``batch_size`` (at least one batch, so that an empty corpus still has its columns)."""
    from analysis.cache import source_key

    rules = compile_boilerplate(options.boilerplate)
    loader = json.dumps({"fields": vars(options.fields), "boilerplate": options.boilerplate}).encode()
    wanted = ("articles", *reuse.steps)
    duplicates = Duplicates()
    todo: list[Article] = []
    keys: list[str] = []
    fallbacks: list[str] = []
    positions: list[int] = []
    number = 0
    for source in iter_sources(*inputs, fields=options.fields, max_bytes=options.max_bytes):
        if isinstance(source, Problem):
            reuse.errors.append(load_error(source))
            continue
        key = source_key(source, loader)
        fallback = None if source.kind == "text" else source.article_id
        found = store.find(key, wanted, options.stance_method, fallback=fallback)
        if found is not None:
            article_id, where = found[0].article_ids[found[1]], source.where
        else:
            item = parse_source(source, fields=options.fields, boilerplate=rules)
            if isinstance(item, LoadError):
                reuse.errors.append(item)
                continue
            article_id, where = item.article_id, item.path
        duplicate = duplicates.check(article_id, where)
        if duplicate is not None:
            reuse.errors.append(duplicate)
            continue
        if found is None:
            todo.append(item)
            keys.append(key)
            fallbacks.append(source.article_id)
            positions.append(len(reuse.refs))
        else:
            reuse.reused = True
        reuse.refs.append(found)
        reuse.keys.append(key)
        reuse.fallbacks.append(source.article_id)
        reuse.paths.append(where)
        if len(todo) >= batch_size:
            yield Batch(number, articles_frame(todo), errors_frame([]), keys=keys, fallbacks=fallbacks,
                        positions=positions)
            number += 1
            todo, keys, fallbacks, positions = [], [], [], []
    if todo or number == 0:
        yield Batch(number, articles_frame(todo), errors_frame([]), keys=keys, fallbacks=fallbacks,
                    positions=positions)


def _compute_reusing(inputs: Sequence[str | Path], wanted: tuple[str, ...], *, stream: Callable,
                     store: ArticleStore, options: Options,
                     batch_size: int) -> tuple[dict[str, pd.DataFrame], tuple[list[str], list[str]]]:
    """:func:`_compute` with a per-article store: articles it holds are read back, the others parsed, computed
    and saved; the corpus-level tables are computed from all of them."""
    steps = needed(wanted)
    method = options.stance_method
    reuse = _Reuse(steps, computed={name: [] for name in ("articles", *steps)})
    with collecting_less() as keep:
        for batch in stream(_new_articles(inputs, reuse, store=store, options=options, batch_size=batch_size)):
            for name in steps:
                _counts(batch, name)  # rows article by article, or no per-article cache at all
                reuse.computed[name].append(batch.tables[name])
            reuse.computed["articles"].append(batch.articles)
            if len(batch.articles):
                reuse.pending.append(batch)
            if sum(len(b.articles) for b in reuse.pending) >= FLUSH_ARTICLES:
                reuse.flush(store, method)
            keep()
        reuse.flush(store, method)
        result = {"errors": _typed("errors", errors_frame(reuse.errors))}
        if reuse.reused:
            for name in ("articles", *steps):
                result[name] = assemble(name, reuse.refs)  # type: ignore[arg-type]
            result["articles"] = with_paths(result["articles"], reuse.paths)
            store.compact({id(s) for s, _ in reuse.refs}, reuse.keys, reuse.fallbacks, {name: result[name] for name in ("articles", *steps)},
                          {name: np.fromiter((s.counts[name][p] for s, p in reuse.refs),  # type: ignore[misc]
                                             dtype=np.int64, count=len(reuse.refs)) for name in ("articles", *steps)},
                          stance_method=method)
        else:  # nothing was cached: the tables as computed, as a run without the cache gives them
            for name, frames in reuse.computed.items():
                result[name] = _typed(name, _concat(frames))
        _stored_rows_renamed(result)
        if "speakers" in wanted:
            result["speakers"] = speaker_table(result["quotes"], articles=result["articles"])
    return {name: result[name] for name in wanted if name in result}, (reuse.keys, reuse.paths)
