"""The run cache: results kept per article, so that a corpus that grows is computed only where it changed.

Two layers, both under one root folder (``run(cache=True)``: ``~/.cache/analysis/pipeline``, or the path given):

* **articles/<stamp>/seg-*/**: each article's row of the articles table and its rows of the per-article tables
  (``sentences``, ``quotes``, ``stance``), keyed by the article's content as read (:func:`source_key`: a text
  file's bytes with its ``metadata.csv`` row, a JSON line's bytes, a CSV record's fields) and the loading
  options. ``<stamp>`` hashes the package's code, word lists and models (:func:`code_stamp`), so a change to any
  of them starts a new store. A segment holds the articles one run computed, written once and never modified;
  a run reads the rows of the articles it has seen, without even parsing them, and parses and computes only
  the others (:class:`ArticleStore`).
* **runs/<key>/**: a finished run (:class:`RunCache`): the errors table, the corpus-level tables (``speakers``)
  and the ordered article keys and paths. ``<key>`` hashes the inputs' bytes and names, the tables asked
  for, the options and the code, so an unchanged corpus is read back without even being parsed.

The cache is an optimisation only. It is read where it can be read and written where it can be written;
anything else (a folder that cannot be created, a read-only or full disk, a corrupt file) is a
:class:`CacheWarning` and the run goes on and returns its tables. Everything is written to a temporary folder
and renamed into place when complete, so no partial entry is ever read, and a temporary folder left by a killed
run is removed by the next one (:mod:`analysis.locks`).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.files import InputError, open_regular
from analysis.locks import LockUnavailable, hold, publish, remove_stale, temp_dir
from analysis.paths import PACKAGE_DIR, cache_dir
from analysis.sources import Source, input_files

SUFFIX = ".arrow"
"""How tables are stored: Arrow IPC files (Feather 2) with LZ4, which read back two to four times faster than
Parquet; the tables' index is always a plain range, which Feather requires."""

MAX_SEGMENTS = 16
"""Segments a store may hold before a run rewrites the rows it used as one segment (:meth:`ArticleStore.compact`)."""

FLUSH_ARTICLES = 5000
"""Computed articles written as one segment while a run goes on, so that a killed run keeps most of its work."""


class CacheWarning(UserWarning):
    """The cache could not be read or written; the run went on without it (the message says what and where)."""


class Unstorable(ValueError):
    """A table that Arrow cannot store as it is (a column mixing numbers and text): no per-article cache."""


_ARROW_ERRORS: tuple[type[Exception], ...] = (TypeError, ValueError, OverflowError, NotImplementedError)
"""What converting a frame to Arrow raises on cells it cannot type (pyarrow's errors derive from these)."""


def warn(message: str) -> None:
    """Issue a :class:`CacheWarning` (shown once per message and place, as warnings are)."""
    warnings.warn(message, CacheWarning, stacklevel=3)


def _why(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


# ---------------------------------------------------------------------------------------------------------------
# keys


def code_stamp() -> str:
    """Hash the package's own code, word lists and models (and the pandas and Arrow versions that shape the
    stored tables), so that any change to them invalidates cached results."""
    import pyarrow

    digest = hashlib.blake2b(digest_size=8)
    digest.update(f"pandas {pd.__version__} pyarrow {pyarrow.__version__}".encode())  # the version: __init__.py
    for file in sorted(PACKAGE_DIR.rglob("*")):
        if file.is_file() and file.suffix not in {".pyc", ".so", ".pyd"} and "__pycache__" not in file.parts:
            digest.update(file.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def source_key(source: Source, loader: bytes) -> str:
    """The cache key of an article: its source's content (:meth:`analysis.sources.Source.material`) and the
    loading options (``loader``: field names, boilerplate rules), not where it was read from."""
    return hashlib.blake2b(loader + b"\0" + source.material(), digest_size=16).hexdigest()


def row_counts(article_ids: Sequence[str], frame: pd.DataFrame) -> np.ndarray | None:
    """Rows per article of a batch table, when its rows come article by article in the batch's order (as
    :func:`analysis.pipeline.process_batch` gives them); ``None`` otherwise, and then the rows cannot be kept
    per article."""
    ids = np.asarray(article_ids, dtype=object)
    if not len(frame):
        return np.zeros(len(ids), dtype=np.int64)
    column = frame["article_id"].to_numpy(dtype=object)
    change = np.flatnonzero(column[1:] != column[:-1]) + 1
    starts = np.concatenate([[0], change])
    runs = column[starts]
    position = {article_id: i for i, article_id in enumerate(ids)}
    where = [position.get(article_id, -1) for article_id in runs]
    if -1 in where or any(b <= a for a, b in zip(where, where[1:])):
        return None
    counts = np.zeros(len(ids), dtype=np.int64)
    counts[where] = np.diff(np.concatenate([starts, [len(column)]]))
    return counts


def inputs_hash(inputs: Sequence[str | Path]) -> str:
    """Hash what a load of the inputs reads: each path as given, then every file's name and bytes.

    Only regular files are read (a FIFO is hashed as its name and kind, never opened for a blocking read).

    Raises:
        OSError: a folder cannot be walked (the caller warns and runs without the cache).
    """
    digest = hashlib.blake2b(digest_size=16)
    for given in inputs:
        digest.update(b"\0input\0" + os.fsencode(str(given)))
    for file in input_files(*inputs):
        digest.update(b"\0file\0" + os.fsencode(str(file)))
        try:
            with open_regular(file) as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
        except (InputError, OSError) as exc:
            digest.update(f"\0unreadable\0{exc}".encode("utf-8", "backslashreplace"))
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------------------------
# Arrow files


def to_arrow(frame: pd.DataFrame):  # noqa: ANN201 (a pyarrow.Table)
    """A table as Arrow, without its (range) index."""
    import pyarrow as pa

    return pa.Table.from_pandas(frame, preserve_index=False)


def write_arrow(table, path: Path) -> None:  # noqa: ANN001 (a pyarrow.Table)
    import pyarrow.feather as feather

    feather.write_feather(table, path, compression="lz4")


def read_arrow(path: Path):  # noqa: ANN201 (a pyarrow.Table)
    import pyarrow.feather as feather

    return feather.read_table(path, memory_map=True)


def to_pandas(table, *, dtypes: dict[str, str] | None = None) -> pd.DataFrame:  # noqa: ANN001 (a pyarrow.Table)
    """An Arrow table as the pipeline's own frame: list cells as Python lists (as the steps make them), not
    NumPy arrays; columns that were ``object`` in ``dtypes`` (the frame's dtypes when it was stored) back to
    ``object``, with ``None`` for missing values."""
    import pyarrow as pa

    lists = [f.name for f in table.schema if pa.types.is_list(f.type) or pa.types.is_large_list(f.type)]
    frame = table.drop_columns(lists).to_pandas() if lists else table.to_pandas()  # lists: not as NumPy first
    if lists:
        for name in lists:
            frame[name] = pd.Series(table.column(name).to_pylist(), dtype=object, index=frame.index)
        frame = frame[table.column_names]
    for name, dtype in (dtypes or {}).items():
        if dtype == "object" and name in frame.columns and frame[name].dtype != object:
            frame[name] = frame[name].astype(object).where(frame[name].notna(), None)
    return frame


def normalise(frame: pd.DataFrame) -> pd.DataFrame:
    """A batch table with the dtypes Arrow gives it, whichever batches it was concatenated from.

    The steps type a column by what a batch holds (a column of ``None`` only is ``object``, else ``str``; an
    empty table's columns are ``float64``), so a table's dtypes would depend on how the corpus was cut into
    batches, and a table assembled from cached rows would differ from one computed at once. Both go through
    here: a non-empty table as Arrow types it (text ``str``, lists as Python lists), an empty one all
    ``object``.
    """
    if not len(frame):
        return frame.astype(object).reset_index(drop=True)
    try:
        return to_pandas(to_arrow(frame))
    except _ARROW_ERRORS:  # cells Arrow cannot type (mixed extra fields): left as they are, never cached
        return frame


# ---------------------------------------------------------------------------------------------------------------
# per-article store


@dataclass
class Segment:
    """The rows of some articles' batch tables: what one run computed (on disk, or in memory only when it could
    not be written)."""

    name: str
    keys: list[str]
    article_ids: list[str]
    fallbacks: list[str]
    tables: tuple[str, ...]
    stance_method: str
    counts: dict[str, np.ndarray]
    folder: Path | None = None
    arrow: dict = field(default_factory=dict)
    starts: dict[str, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, counts in self.counts.items():
            self.starts[name] = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64) if len(counts) \
                else np.zeros(0, dtype=np.int64)

    def serves(self, tables: Iterable[str], stance_method: str) -> bool:
        """Whether this segment holds all of ``tables`` (and the stance of that method)."""
        wanted = set(tables)
        return wanted <= set(self.tables) and ("stance" not in wanted or self.stance_method == stance_method)

    def table(self, name: str):  # noqa: ANN201 (a pyarrow.Table, or None when unreadable)
        """The segment's rows of one table (read on first use and kept; ``None`` when the file is unreadable)."""
        if name not in self.arrow:
            if self.folder is None:  # a segment in memory holds all its tables
                return None
            try:
                self.arrow[name] = read_arrow(self.folder / f"{name}{SUFFIX}")
            except Exception as exc:  # noqa: BLE001 - any unreadable file is a cache miss, never a failed run
                warn(f"cache segment {self.folder} is unreadable ({_why(exc)}): its articles are computed again")
                self.arrow[name] = None
        return self.arrow[name]


class ArticleStore:
    """The per-article rows of one code stamp: segments under ``folder``, found by article key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.segments: list[Segment] = []
        self._by_key: dict[str, list[tuple[Segment, int]]] = {}
        self.writable = True

    def load(self) -> ArticleStore:
        """Read every complete segment's index (unreadable ones are skipped with a warning); remove the
        temporary folders that killed runs left."""
        remove_stale(self.folder)
        try:
            names = sorted(e.name for e in os.scandir(self.folder) if e.name.startswith("seg-"))
        except FileNotFoundError:
            names = []
        except OSError as exc:
            warn(f"cannot list the cache folder {self.folder} ({_why(exc)}): every article is computed")
            names = []
        for name in names:
            segment = _read_segment(self.folder / name)
            if segment is not None:
                self._add(segment)
        return self

    def _add(self, segment: Segment) -> None:
        self.segments.append(segment)
        for position, key in enumerate(segment.keys):
            self._by_key.setdefault(key, []).append((segment, position))

    def find(self, key: str, tables: Sequence[str], stance_method: str, *,
             fallback: str | None = None) -> tuple[Segment, int] | None:
        """The segment and position holding an article's rows of ``tables``, or ``None``.

        Args:
            key: the article's :func:`source_key`.
            tables: the tables needed.
            stance_method: the stance method of the ``stance`` rows needed.
            fallback: the id the source gets when it has none itself (a record's ``file:line``): an article
                stored under another fallback id is not this one (the same record, moved).
        """
        for segment, position in reversed(self._by_key.get(key, ())):
            if fallback is not None and segment.article_ids[position] == segment.fallbacks[position] != fallback:
                continue
            if segment.serves(tables, stance_method) and all(segment.table(t) is not None for t in tables):
                return segment, position
        return None

    def save(self, keys: list[str], fallbacks: list[str], frames: dict[str, pd.DataFrame],
             counts: dict[str, np.ndarray], *, stance_method: str, keep_in_memory: bool = False) -> Segment:
        """Write the rows of newly computed articles as a new segment; return it.

        A segment that cannot be written (no space, read-only) is a warning; it is returned in memory all the
        same (``folder`` None), so the run can still use it.
        """
        try:
            arrow = {name: to_arrow(frame) for name, frame in frames.items()}
        except _ARROW_ERRORS as exc:
            raise Unstorable(f"the tables cannot be stored as Arrow ({exc})") from exc
        name = f"seg-{_dt.datetime.now(_dt.timezone.utc):%Y%m%dT%H%M%S%f}-{os.urandom(3).hex()}"
        article_ids = frames["articles"]["article_id"].astype(str).tolist()
        segment = Segment(name, keys, article_ids, fallbacks, tuple(frames), stance_method, counts, arrow=arrow)
        if self.writable:
            try:
                self._write(segment)
            except OSError as exc:
                self.writable = False
                warn(f"cannot write to the cache folder {self.folder} ({_why(exc)}): results are returned but not "
                     "cached")
        if segment.folder is not None:
            self._add(segment)
            if not keep_in_memory:
                segment.arrow = {}
        return segment

    def _write(self, segment: Segment) -> None:
        import pyarrow as pa

        index = {"key": pa.array(segment.keys, pa.string()), "article_id": pa.array(segment.article_ids, pa.string()),
                 "fallback": pa.array(segment.fallbacks, pa.string())}
        index.update({f"n_{name}": pa.array(counts, pa.int64()) for name, counts in segment.counts.items()})
        manifest = {"tables": list(segment.tables), "stance_method": segment.stance_method,
                    "articles": len(segment.keys)}
        with temp_dir(self.folder, segment.name) as tmp:
            for name, table in segment.arrow.items():
                write_arrow(table, tmp / f"{name}{SUFFIX}")
            write_arrow(pa.table(index), tmp / f"index{SUFFIX}")
            (tmp / "manifest.json").write_text(json.dumps(manifest))
            publish(tmp, self.folder / segment.name)
        segment.folder = self.folder / segment.name

    def compact(self, used: set[int], keys: list[str], fallbacks: list[str], frames: dict[str, pd.DataFrame],
                counts: dict[str, np.ndarray], *, stance_method: str) -> None:
        """When a run read its articles from more than :data:`MAX_SEGMENTS` segments (``used``: their ``id``),
        write the rows it used as one segment and remove the segments that one covers entirely (under a lock;
        skipped while another run compacts). Other corpora's segments are left as they are."""
        if len(used) <= MAX_SEGMENTS or not self.writable:
            return
        try:
            with hold(self.folder / "compact.lock", blocking=False) as taken:
                if not taken:
                    return
                covered = set(keys)
                merged = self.save(keys, fallbacks, frames, counts, stance_method=stance_method)
                if merged.folder is None:
                    return
                for segment in list(self.segments):
                    if segment is not merged and segment.folder is not None and set(segment.keys) <= covered \
                            and set(segment.tables) <= set(merged.tables) \
                            and ("stance" not in segment.tables or segment.stance_method == stance_method):
                        _remove(segment.folder)
        except OSError as exc:
            warn(f"cannot compact the cache folder {self.folder} ({_why(exc)})")


def _remove(folder: Path) -> None:
    """Remove a segment: renamed first (readers that listed it see it gone, not half-removed), then deleted."""
    import shutil

    doomed = folder.with_name(f"{folder.name}.tmp-{os.getpid()}-removed")
    with contextlib.suppress(OSError):
        os.replace(folder, doomed)
        shutil.rmtree(doomed, ignore_errors=True)


def _read_segment(folder: Path) -> Segment | None:
    try:
        manifest = json.loads((folder / "manifest.json").read_text())
        index = read_arrow(folder / f"index{SUFFIX}")
        keys = index.column("key").to_pylist()
        article_ids = index.column("article_id").to_pylist()
        fallbacks = index.column("fallback").to_pylist()
        counts = {name: index.column(f"n_{name}").to_numpy() for name in manifest["tables"]}
        return Segment(folder.name, keys, article_ids, fallbacks, tuple(manifest["tables"]), manifest["stance_method"],
                       counts, folder=folder)
    except Exception as exc:  # noqa: BLE001 - a corrupt segment is skipped, never a failed run
        warn(f"cache segment {folder} is unreadable ({_why(exc)}): skipped")
        return None


def assemble(name: str, refs: Sequence[tuple[Segment, int]]) -> pd.DataFrame:
    """One batch table of a run: each article's rows, in the order of ``refs`` (segment and position of each
    article), read from the segments holding them, with the dtypes :func:`normalise` gives.

    Consecutive rows of one segment are sliced together (a grown corpus is a few slices, not a row-by-row take);
    articles without rows contribute nothing, so an empty part typed otherwise (``float64``) never clashes.
    """
    import pyarrow as pa

    pieces: list[list] = []  # [segment, first row, rows]
    for segment, position in refs:
        start, count = int(segment.starts[name][position]), int(segment.counts[name][position])
        if not count:
            continue
        if pieces and pieces[-1][0] is segment and pieces[-1][1] + pieces[-1][2] == start:
            pieces[-1][2] += count
        else:
            pieces.append([segment, start, count])
    if not pieces:  # no rows at all: the columns, typed as normalise types an empty table
        return normalise(to_pandas(refs[0][0].table(name).slice(0, 0)))
    parts = [segment.table(name).slice(start, count) for segment, start, count in pieces]
    return to_pandas(pa.concat_tables(parts, promote_options="permissive"))


# ---------------------------------------------------------------------------------------------------------------
# whole runs


class RunCache:
    """The cache of whole runs (``runs/``) and the per-article store (``articles/``) under one root folder.

    Construction never raises: a root that cannot be created leaves the cache disabled (``usable`` False),
    with a warning.
    """

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root) if root is not None else cache_dir() / "pipeline"
        self.stamp = code_stamp()
        self.usable = True
        self.writable = True
        try:
            (self.root / "runs").mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if not (self.root / "runs").is_dir():
                self.usable = False
                warn(f"cannot create the cache folder {self.root} ({_why(exc)}): running without a cache")
            else:  # a read-only cache: read what is complete, write nothing
                self.writable = False
        if self.usable and not os.access(self.root / "runs", os.W_OK):
            self.writable = False
        if self.usable and self.writable:
            remove_stale(self.root / "runs")

    def store(self) -> ArticleStore:
        """The per-article store of this code (created when writable), its index loaded."""
        store = ArticleStore(self.root / "articles" / self.stamp)
        store.writable = self.writable
        return store.load()

    def key(self, inputs: Sequence[str | Path], tables: Sequence[str], options: dict) -> str | None:
        """The key of a whole run, or ``None`` (with a warning) when its inputs cannot be hashed."""
        try:
            content = inputs_hash(inputs)
        except OSError as exc:
            warn(f"cannot hash the inputs for the cache ({_why(exc)}): running without the whole-run cache")
            return None
        key = json.dumps({"content": content, "tables": sorted(tables), "options": options, "code": self.stamp},
                         sort_keys=True, default=str)
        return hashlib.blake2b(key.encode(), digest_size=12).hexdigest()

    @contextlib.contextmanager
    def locked(self, key: str | None) -> Iterator[None]:
        """Hold the run key's lock for the block, so that two runs of one key compute it once (the second waits,
        then reads the first's tables). Where the lock cannot be taken (a read-only cache), warn and go on."""
        if key is None:
            yield
            return
        try:
            with hold(self.root / "runs" / f"{key}.lock"):
                yield
        except LockUnavailable as exc:
            warn(f"{exc}: the run is not serialised with others on this cache")
            yield

    def read(self, key: str | None, tables: Sequence[str], store: ArticleStore | None, *,
             stance_method: str) -> dict[str, pd.DataFrame] | None:
        """A finished run's tables, or ``None`` when absent, incomplete or unreadable (then warned)."""
        if key is None:
            return None
        folder = self.root / "runs" / key
        if not (folder / "manifest.json").exists():
            return None
        try:
            manifest = json.loads((folder / "manifest.json").read_text())
            out = {name: to_pandas(read_arrow(folder / f"{name}{SUFFIX}"), dtypes=manifest["dtypes"][name])
                   for name in manifest["stored"] if name in tables}
            per_article = [t for t in tables if t not in out]
            if per_article:
                if store is None:
                    return None
                index = read_arrow(folder / f"keys{SUFFIX}")
                refs = [store.find(k, per_article, stance_method) for k in index.column("key").to_pylist()]
                if any(ref is None for ref in refs):
                    return None
                for name in per_article:
                    out[name] = assemble(name, refs)  # type: ignore[arg-type]
                if "articles" in per_article:
                    out["articles"] = with_paths(out["articles"], index.column("path").to_pylist())
        except Exception as exc:  # noqa: BLE001 - a corrupt entry is recomputed, never a failed run
            warn(f"cached run {folder} is unreadable ({_why(exc)}): computing again")
            return None
        return {name: out[name] for name in tables}

    def write(self, key: str | None, tables: dict[str, pd.DataFrame], keys: list[str] | None,
              paths: list[str] | None = None, *, stored: Sequence[str]) -> None:
        """Keep a finished run: the tables named in ``stored`` in full, the others by the article keys (their rows
        are in the store) and paths. Failures are warnings; nothing partial is left."""
        if key is None or not self.writable:
            return
        import pyarrow as pa

        try:
            with temp_dir(self.root / "runs", key) as tmp:
                for name in stored:
                    write_arrow(to_arrow(tables[name]), tmp / f"{name}{SUFFIX}")
                if keys is not None:
                    index = pa.table({"key": pa.array(keys, pa.string()), "path": pa.array(paths or [], pa.string())})
                    write_arrow(index, tmp / f"keys{SUFFIX}")
                dtypes = {name: {c: str(t) for c, t in tables[name].dtypes.items()} for name in stored}
                (tmp / "manifest.json").write_text(json.dumps({"stored": list(stored), "tables": list(tables),
                                                               "dtypes": dtypes}))
                final = self.root / "runs" / key
                if final.exists():
                    _remove(final)
                publish(tmp, final)
        except OSError as exc:
            warn(f"cannot write to the cache folder {self.root} ({_why(exc)}): results are returned but not cached")
        except _ARROW_ERRORS as exc:
            warn(f"the run's tables cannot be stored as Arrow ({exc}): results are returned but not cached")


def with_paths(articles: pd.DataFrame, paths: Sequence[str]) -> pd.DataFrame:
    """An assembled articles table with the ``path`` of each article in this run (a cached row keeps the path
    it was first read from; the same content may now be elsewhere, or on another line)."""
    articles["path"] = pd.array(list(paths), dtype=articles["path"].dtype)
    return articles
