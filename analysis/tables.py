"""Writing tables to files and streams: JSON Lines, CSV or Parquet, always atomically.

A file is written to a temporary name beside its target and renamed into place only when complete, so an
interrupted run never leaves a truncated table that looks finished.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import numpy as np
import pandas as pd

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


def _plain(value: object) -> object:
    """Make a cell JSON-serialisable: timestamps to ISO dates, numpy scalars and arrays to Python, NaN to None."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, np.ndarray):
        return [_plain(v) for v in value.tolist()]
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
        yield json.dumps({c: _plain(v) for c, v in zip(columns, row)}, ensure_ascii=False)


def write_jsonl(frame: pd.DataFrame, handle: IO[str]) -> None:
    """Write a table as JSON Lines to an open text stream."""
    for line in iter_json_lines(frame):
        handle.write(line + "\n")


def _csv_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Encode list cells as JSON so a CSV round-trips them."""
    out = frame.copy()
    for column in out.columns:
        if out[column].map(lambda v: isinstance(v, (list, tuple, np.ndarray))).any():
            out[column] = out[column].map(lambda v: json.dumps(_plain(v)) if v is not None else None)
    return out


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it onto ``path`` only if the block succeeds."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_table(frame: pd.DataFrame, path: str | Path | None = None, *, format: str | None = None) -> None:
    """Write a table to a file atomically, or as JSON Lines / CSV to stdout when ``path`` is ``None``.

    Args:
        frame: the table.
        path: output file; ``None`` or ``"-"`` writes to stdout.
        format: ``jsonl``, ``csv`` or ``parquet``; ``None`` infers it from the file name (default ``jsonl``).

    Raises:
        ValueError: an unknown format, or Parquet asked for on stdout.
    """
    to_stdout = path is None or str(path) == "-"
    fmt = format or infer_format(None if to_stdout else path)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if to_stdout:
        if fmt == "parquet":
            raise ValueError("Parquet is binary: give an output file with -o FILE")
        if fmt == "csv":
            _csv_ready(frame).to_csv(sys.stdout, index=False)
        else:
            write_jsonl(frame, sys.stdout)
        sys.stdout.flush()
        return
    with atomic_path(path) as tmp:
        if fmt == "parquet":
            frame.to_parquet(tmp, index=False)
        elif fmt == "csv":
            _csv_ready(frame).to_csv(tmp, index=False)
        else:
            with open(tmp, "w", encoding="utf-8") as handle:
                write_jsonl(frame, handle)


class TableWriter:
    """Write a table batch by batch (streaming), to stdout or atomically to a file or a Parquet dataset.

    JSON Lines and CSV are appended batch by batch; Parquet batches go to part files that are merged into one
    file on :meth:`close` (their schemas unified, so a column that is empty in one batch does not clash), or,
    with ``dataset=True``, kept as a partitioned dataset folder (``part-00000.parquet``...). Nothing appears at
    the target path until :meth:`close` succeeds.
    """

    def __init__(self, path: str | Path | None, *, format: str | None = None, dataset: bool = False) -> None:
        self.to_stdout = path is None or str(path) == "-"
        self.format = format or ("parquet" if dataset else infer_format(None if self.to_stdout else path))
        if self.format not in FORMATS:
            raise ValueError(f"unknown format {self.format!r}: choose one of {', '.join(FORMATS)}")
        if self.to_stdout and self.format == "parquet":
            raise ValueError("Parquet is binary: give an output file with -o FILE")
        if dataset and self.format != "parquet":
            raise ValueError("a partitioned dataset is written as Parquet: use --format parquet")
        self.path = None if self.to_stdout else Path(path)
        self.dataset = dataset
        self.rows = 0
        self._parts = 0
        self._header = True
        self._tmp: Path | None = None
        self._handle: IO[str] | None = None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._tmp = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.", dir=self.path.parent))
            if self.format != "parquet":
                self._handle = open(self._tmp / "table", "w", encoding="utf-8", newline="")
        elif self.to_stdout:
            self._handle = sys.stdout

    def write(self, frame: pd.DataFrame) -> None:
        """Append a batch."""
        if self.format == "parquet":
            if len(frame) or self._parts == 0:
                frame.to_parquet(self._tmp / f"part-{self._parts:05d}.parquet", index=False)
                self._parts += 1
        elif self.format == "csv":
            _csv_ready(frame).to_csv(self._handle, index=False, header=self._header)
            self._header = False
        else:
            write_jsonl(frame, self._handle)
        self.rows += len(frame)

    def close(self) -> None:
        """Finish: move the complete table into place (or flush stdout)."""
        if self.to_stdout:
            self._handle.flush()
            return
        if self._handle is not None:
            self._handle.close()
            os.chmod(self._tmp / "table", 0o666 & ~_umask())
            os.replace(self._tmp / "table", self.path)
        elif self.dataset:
            os.chmod(self._tmp, 0o777 & ~_umask())
            if self.path.exists():
                shutil.rmtree(self.path) if self.path.is_dir() else self.path.unlink()
            os.replace(self._tmp, self.path)
            return
        else:
            with atomic_path(self.path) as target:
                merge_parquet(sorted(self._tmp.glob("part-*.parquet")), target)
        shutil.rmtree(self._tmp, ignore_errors=True)

    def abort(self) -> None:
        """Drop everything written so far; the target is left untouched."""
        if self._handle is not None and not self.to_stdout:
            self._handle.close()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        self.abort() if kind is not None else self.close()


def merge_parquet(parts: list[Path], target: Path) -> None:
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
