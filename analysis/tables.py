"""Writing tables to files and streams: JSON Lines, CSV or Parquet, always atomically, never over an input.

A file is written to a temporary name beside its target and renamed into place only when complete, so an
interrupted run never leaves a truncated table that looks finished; the temporary name carries a lock, so the
next write to the same target removes what a killed run left (:mod:`analysis.locks`). Output paths are checked
first (:func:`output_target`): a symlink is written through (its target is replaced, the link stays), a
character device or FIFO (``/dev/null``, ``/dev/stdout``) is written into directly and never replaced, and a
folder, a block device, an input file or a path inside an input folder is refused with a message saying what
to do.

CSV cells that a spreadsheet would run as a formula (text starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return) are escaped with a leading ``'`` by default (:data:`CSV_FORMULAS`); JSON Lines and Parquet
are always written verbatim.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np
import pandas as pd

from analysis.locks import TEMP_MARK, publish, remove_stale, temp_dir, temp_file

FORMATS = ("jsonl", "csv", "parquet")
"""Output formats the command line offers."""


def infer_format(path: str | Path | None, default: str = "jsonl") -> str:
    """Guess the format from a file name (``.jsonl``, ``.csv``, ``.parquet``), else ``default``."""
    if path is None:
        return default
    name = str(path).lower()
    for fmt, suffixes in (("parquet", (".parquet", ".pq")), ("csv", (".csv",)), ("jsonl", (".jsonl", ".json"))):
        if name.endswith(suffixes):
            return fmt
    return default


def plain(value: object) -> object:
    """Make a value JSON-serialisable: timestamps to ISO dates, numpy scalars and arrays to Python, NaN to None,
    inside lists and dicts too (strict JSON has no NaN)."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, np.ndarray):
        return [plain(v) for v in value.tolist()]
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.isoformat()
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return None
    return value


def iter_json_lines(frame: pd.DataFrame) -> Iterator[str]:
    """Yield one JSON object per row (no trailing newline), columns in table order."""
    columns = list(frame.columns)
    for row in frame.itertuples(index=False, name=None):
        yield json.dumps({c: plain(v) for c, v in zip(columns, row)}, ensure_ascii=False)


def write_jsonl(frame: pd.DataFrame, handle: IO[str]) -> None:
    """Write a table as JSON Lines to an open text stream."""
    for line in iter_json_lines(frame):
        handle.write(line + "\n")


CSV_FORMULAS = ("escape", "keep")
"""How CSV cells that a spreadsheet would read as a formula are written: ``escape`` (the default) puts a ``'`` before
text cells starting with one of :data:`FORMULA_STARTS`, which spreadsheets show as text and do not run (OWASP's
advice against CSV injection: article text is written by strangers); ``keep`` writes them verbatim, for files
read back by pandas or R. Numbers are never changed. To undo ``escape`` on reading, drop one leading ``'`` from
cells that start with ``'`` followed by one of :data:`FORMULA_STARTS`."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a cell starts with when a spreadsheet would take it for a formula."""


def escape_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of a table whose text cells starting like a spreadsheet formula begin with ``'`` (see
    :data:`CSV_FORMULAS`); the input is not modified."""
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if values.dtype.kind in "biufcmM":
            continue
        risky = values.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_STARTS))
        if risky.any():
            out[column] = values.astype(object).where(~risky, "'" + values[risky].astype(str))
    return out


def _csv_ready(frame: pd.DataFrame, *, formulas: str = "escape") -> pd.DataFrame:
    """Encode list cells as JSON so a CSV round-trips them; escape formulas unless ``formulas="keep"``."""
    if formulas not in CSV_FORMULAS:
        raise ValueError(f"unknown CSV formula policy {formulas!r}: choose one of {', '.join(CSV_FORMULAS)}")
    out = frame.copy()
    for column in out.columns:
        if out[column].map(lambda v: isinstance(v, (list, tuple, np.ndarray, dict))).any():
            out[column] = out[column].map(lambda v: json.dumps(plain(v), ensure_ascii=False, default=str)
                                          if isinstance(v, (list, tuple, np.ndarray, dict)) else v)
    return escape_formulas(out) if formulas == "escape" else out


def arrow_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """The table as Arrow (Parquet, Feather) can store it: a column whose cells mix types (an extra JSONL field
    that is a number in one record and text in another) becomes text (JSON for lists and objects).

    Returns the frame itself when every column converts as it is.
    """
    import pyarrow as pa

    fixed = None
    for column in frame.columns:
        if frame[column].dtype != object:
            continue
        try:
            pa.array(frame[column], from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OverflowError):
            fixed = frame.copy() if fixed is None else fixed
            fixed[column] = frame[column].map(_as_text)
    return frame if fixed is None else fixed


def _as_text(value: object) -> object:
    value = plain(value)
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# ---------------------------------------------------------------------------------------------------------------
# output paths


class OutputError(ValueError):
    """An output path that is refused; the message says why and what to do instead."""


@dataclass(frozen=True)
class Target:
    """Where a table goes: the path written (symlinks resolved) and whether it is a stream (a character device
    or a FIFO, written into directly: never replaced, never renamed onto)."""

    path: Path
    stream: bool = False


def output_target(path: str | Path, *, inputs: Sequence[str | Path] = (), dataset: bool = False) -> Target:
    """Check an output path and say how to write it (see the module docstring for the rules).

    Args:
        path: the output path as given.
        inputs: the run's inputs: the output may be neither one of them nor inside an input folder.
        dataset: the output is a folder of Parquet parts (a Dask run's dataset): an existing folder is replaced
            only when it holds nothing but such parts.

    Raises:
        OutputError: a folder (unless a dataset's), a block device or a socket, an input, or a path inside an
            input folder.
    """
    given = Path(path)
    real = Path(os.path.realpath(given))
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(f"cannot use {given} as output: {exc.strerror}") from exc
    if mode is not None and stat.S_ISDIR(mode):
        if not dataset:
            raise OutputError(f"{given} is a folder: give a file name (e.g. {given / 'table.jsonl'})")
        if not _is_dataset(real):
            raise OutputError(f"{given} is a folder holding other files than a dataset's part-*.parquet: give a "
                              "new folder name for the dataset")
    elif mode is not None and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        return Target(real, stream=True)
    elif mode is not None and not stat.S_ISREG(mode):
        raise OutputError(f"{given} is not a regular file (a block device or a socket): give a file name")
    for source in inputs:
        source_real = Path(os.path.realpath(source))
        if real == source_real or (mode is not None and _same_file(real, source_real)):
            raise OutputError(f"{given} is an input of this run: writing it would overwrite the corpus; give "
                              "another output path")
        if source_real.is_dir() and source_real in real.parents:
            raise OutputError(f"{given} is inside the input folder {source}: a table written there could be read as "
                              "part of the corpus next time; give a path outside it")
    return Target(real)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _is_dataset(folder: Path) -> bool:
    try:
        return all(e.name.startswith("part-") and e.name.endswith(".parquet") and e.is_file(follow_symlinks=False)
                   for e in os.scandir(folder))
    except OSError:
        return False


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it onto ``path`` only if the block succeeds.

    A symlink at ``path`` is written through (its target is replaced). Temporary files left beside ``path`` by a
    killed process are removed first.
    """
    target = Path(os.path.realpath(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(target.parent, f".{target.name}")
    with temp_file(target.parent, f".{target.name}", suffix=".tmp") as tmp:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)


def _write_frame(frame: pd.DataFrame, handle_or_path: IO | Path, fmt: str, *, csv_formulas: str) -> None:
    if fmt == "parquet":
        arrow_ready(frame).to_parquet(handle_or_path, index=False)
    elif fmt == "csv":
        _csv_ready(frame, formulas=csv_formulas).to_csv(handle_or_path, index=False)
    elif isinstance(handle_or_path, Path):
        with open(handle_or_path, "w", encoding="utf-8") as handle:
            write_jsonl(frame, handle)
    else:
        write_jsonl(frame, handle_or_path)


def write_table(frame: pd.DataFrame, path: str | Path | None = None, *, format: str | None = None,
                inputs: Sequence[str | Path] = (), csv_formulas: str = "escape") -> None:
    """Write a table to a file atomically, or as JSON Lines / CSV to stdout when ``path`` is ``None``.

    Args:
        frame: the table.
        path: output file; ``None`` or ``"-"`` writes to stdout. Checked by :func:`output_target`.
        format: ``jsonl``, ``csv`` or ``parquet``; ``None`` infers it from the file name (default ``jsonl``).
        inputs: the run's inputs, which the output must not overwrite.
        csv_formulas: ``escape`` or ``keep`` (:data:`CSV_FORMULAS`).

    Raises:
        ValueError: an unknown format, or Parquet asked for on stdout.
        OutputError: a refused output path.
    """
    to_stdout = path is None or str(path) == "-"
    fmt = format or infer_format(None if to_stdout else path)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if to_stdout:
        if fmt == "parquet":
            raise ValueError("Parquet is binary: give an output file with -o FILE")
        _write_frame(frame, sys.stdout, fmt, csv_formulas=csv_formulas)
        sys.stdout.flush()
        return
    target = output_target(path, inputs=inputs)
    if target.stream:
        with open(target.path, "wb" if fmt == "parquet" else "w", **({} if fmt == "parquet" else
                                                                      {"encoding": "utf-8", "newline": ""})) as out:
            _write_frame(frame, out, fmt, csv_formulas=csv_formulas)
        return
    with atomic_path(target.path) as tmp:
        _write_frame(frame, tmp, fmt, csv_formulas=csv_formulas)


class TableWriter:
    """Write a table batch by batch (streaming), to stdout or atomically to a file or a Parquet dataset.

    JSON Lines and CSV are appended batch by batch; Parquet batches go to part files that are merged into one
    file on :meth:`close` (their schemas unified, so a column that is empty in one batch does not clash), or,
    with ``dataset=True``, kept as a partitioned dataset folder (``part-00000.parquet``...). Nothing appears at
    the target path until :meth:`close` succeeds, except on a character device or FIFO (``/dev/null``), which
    is written into as the batches come. The output path is checked first (:func:`output_target`).
    """

    def __init__(self, path: str | Path | None, *, format: str | None = None, dataset: bool = False,
                 inputs: Sequence[str | Path] = (), csv_formulas: str = "escape") -> None:
        self.to_stdout = path is None or str(path) == "-"
        self.format = format or ("parquet" if dataset else infer_format(None if self.to_stdout else path))
        if self.format not in FORMATS:
            raise ValueError(f"unknown format {self.format!r}: choose one of {', '.join(FORMATS)}")
        if self.to_stdout and self.format == "parquet":
            raise ValueError("Parquet is binary: give an output file with -o FILE")
        if dataset and self.format != "parquet":
            raise ValueError("a partitioned dataset is written as Parquet: use --format parquet")
        if csv_formulas not in CSV_FORMULAS:
            raise ValueError(f"unknown CSV formula policy {csv_formulas!r}: choose one of {', '.join(CSV_FORMULAS)}")
        self.csv_formulas = csv_formulas
        self.target = None if self.to_stdout else output_target(path, inputs=inputs, dataset=dataset)
        self.path = None if self.target is None else self.target.path
        self.dataset = dataset
        self.rows = 0
        self._parts = 0
        self._header = True
        self._tmp: Path | None = None
        self._handle: IO | None = None
        self._stack = ExitStack()
        if self.to_stdout:
            self._handle = sys.stdout
        elif self.target.stream and self.format != "parquet":
            self._handle = self._stack.enter_context(open(self.path, "w", encoding="utf-8", newline=""))
        else:
            parent = Path(tempfile.gettempdir()) if self.target.stream else self.path.parent
            parent.mkdir(parents=True, exist_ok=True)
            remove_stale(parent, f".{self.path.name}")
            self._tmp = self._stack.enter_context(temp_dir(parent, f".{self.path.name}"))
            if self.format != "parquet":
                self._handle = open(self._tmp / "table", "w", encoding="utf-8", newline="")
                self._stack.callback(self._handle.close)

    def write(self, frame: pd.DataFrame) -> None:
        """Append a batch."""
        if self.format == "parquet":
            if len(frame) or self._parts == 0:
                arrow_ready(frame).to_parquet(self._tmp / f"part-{self._parts:05d}.parquet", index=False)
                self._parts += 1
        elif self.format == "csv":
            _csv_ready(frame, formulas=self.csv_formulas).to_csv(self._handle, index=False, header=self._header)
            self._header = False
        else:
            write_jsonl(frame, self._handle)
        self.rows += len(frame)

    def close(self) -> None:
        """Finish: move the complete table into place (or flush the stream)."""
        if self.to_stdout:
            self._handle.flush()
            return
        try:
            if self.target.stream:
                if self.format == "parquet":
                    with open(self.path, "wb") as out:
                        merge_parquet(sorted(self._tmp.glob("part-*.parquet")), out)
                else:
                    self._handle.flush()
            elif self._handle is not None:
                self._handle.close()
                os.chmod(self._tmp / "table", 0o666 & ~_umask())
                os.replace(self._tmp / "table", self.path)
            elif self.dataset:
                self._replace_dataset()
            else:
                with atomic_path(self.path) as target:
                    merge_parquet(sorted(self._tmp.glob("part-*.parquet")), target)
        finally:
            self._stack.close()

    def _replace_dataset(self) -> None:
        """Move the parts' folder into place; an older dataset there is moved aside first, then removed."""
        os.chmod(self._tmp, 0o777 & ~_umask())
        old = None
        if self.path.exists():
            old = self.path.with_name(f".{self.path.name}{TEMP_MARK}{os.getpid()}-old")
            os.replace(self.path, old)
        publish(self._tmp, self.path)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def abort(self) -> None:
        """Drop everything written so far; the target is left untouched (a stream keeps what it was sent)."""
        with contextlib.suppress(OSError):
            self._stack.close()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        self.abort() if kind is not None else self.close()


def merge_parquet(parts: list[Path], target: Path | IO[bytes]) -> None:
    """Merge Parquet part files into one file, one part in memory at a time, unifying their schemas."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = [pq.read_schema(p) for p in parts]
    schema = pa.unify_schemas(schemas, promote_options="permissive")
    fixed = []
    for field_ in schema:
        if pa.types.is_null(field_.type):
            field_ = field_.with_type(pa.string())
        fixed.append(field_)
    schema = pa.schema(fixed, metadata=schemas[0].metadata if schemas else None)
    with pq.ParquetWriter(target, schema) as writer:
        for part in parts:
            writer.write_table(pq.read_table(part).cast(schema))
