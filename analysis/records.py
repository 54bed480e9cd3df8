"""Records of JSONL and CSV files (corpora and ``metadata.csv`` sidecars), one at a time, each with its line.

A reader yields a :class:`Record` for every record it can read and a :class:`Problem` for everything else,
naming the file, the line and the reason; :mod:`analysis.corpus` turns them into articles and error rows. Each
record is decoded on its own (:func:`analysis.files.decode_text`), so one record in cp1252 in a UTF-8 file is
decoded as cp1252 and says so, and its neighbours stay UTF-8. A file with no record at all (empty, blank lines
only, a header without rows, a 0-byte ``.gz``) is a problem too, never silence.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from analysis.files import (
    DEFAULT_MAX_BYTES,
    SURROGATES_REPLACED,
    UTF8,
    InputError,
    clean_strings,
    decode_text,
    display,
    iter_lines,
    open_regular,
    parse_int,
    repair_field,
    too_large,
)

_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
"""A JSON escape of a surrogate (``\\ud83d``): only lines with one can hold a lone surrogate once parsed."""


@dataclass(frozen=True)
class Record:
    """One record of a JSONL or CSV file: its fields, where it is (``file:line``) and how it was decoded."""

    where: str
    line: int
    fields: dict
    encoding: str


@dataclass(frozen=True)
class Problem:
    """A record or file that could not be read: where (``file`` or ``file:line``), why, and the article id it
    would have had when known."""

    where: str
    error: str
    article_id: str | None = None


def _open(path: Path) -> BinaryIO:
    """A regular file opened for binary reading, decompressed when its name ends in ``.gz``."""
    handle = open_regular(path)
    if path.name.lower().endswith(".gz"):
        return gzip.GzipFile(fileobj=handle, mode="rb")  # type: ignore[return-value]
    return handle


_READ_ERRORS = (OSError, EOFError, zlib.error, gzip.BadGzipFile)


def _nothing_read(lines: int, blank: bool) -> str:
    if lines == 0:
        return "empty file: no records"
    return "no records: only blank lines" if blank else "no records"


def iter_json_lines(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[tuple[str, int, bytes] | Problem]:
    """Yield ``(where, line number, bytes)`` for each non-blank line of a JSON Lines file (``.gz`` decompressed).

    A line over ``max_bytes`` (skipped unread), a file that cannot be read and a file without any record are
    :class:`Problem` s naming the file and line. Parse each line with :func:`parse_json_line`.
    """
    name = display(str(path))
    records = 0
    seen = 0
    try:
        with _open(path) as handle:
            for number, raw in iter_lines(handle, max_bytes=max_bytes):
                seen = number
                where = f"{name}:{number}"
                if raw is None:
                    records += 1
                    yield Problem(where, too_large(None, max_bytes).args[0].replace("not read", "line not read"))
                    continue
                if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
                records += 1
                yield where, number, raw
    except InputError as exc:
        yield Problem(name, str(exc))
        return
    except _READ_ERRORS as exc:
        yield Problem(f"{name}:{seen + 1}" if seen else name, f"cannot read corpus file: {exc}")
        return
    if records == 0:
        yield Problem(name, _nothing_read(seen, blank=True))


def iter_jsonl(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Record | Problem]:
    """Yield the records of a JSON Lines file (``.gz`` decompressed), one per non-blank line.

    A line that is not valid JSON, nested too deeply for Python, or over ``max_bytes`` is a :class:`Problem`
    naming its line; integers too long for Python (over 4,300 digits) are kept as their digits.
    """
    for item in iter_json_lines(path, max_bytes=max_bytes):
        yield item if isinstance(item, Problem) else parse_json_line(*item)


def parse_json_line(where: str, number: int, raw: bytes) -> Record | Problem:
    """Parse one line of a JSON Lines file (decoded on its own: UTF-8, else the recorded fallback)."""
    text, encoding = decode_text(raw)
    try:
        value = json.loads(text, parse_int=parse_int)
    except json.JSONDecodeError as exc:
        return Problem(where, f"invalid JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return Problem(where, "JSON nested too deeply for Python: not read")
    except ValueError as exc:  # a number Python refuses (e.g. a float literal too long)
        return Problem(where, f"invalid JSON value: {exc}")
    if not isinstance(value, dict):
        return Problem(where, f"record is not a JSON object (a {type(value).__name__})")
    if _ESCAPED_SURROGATE.search(raw):
        try:
            value, replaced = clean_strings(value)
        except RecursionError:
            return Problem(where, "JSON nested too deeply for Python: not read")
        if replaced and encoding == UTF8:
            encoding = SURROGATES_REPLACED
    return Record(where, number, value, encoding)


def _text_stream(path: Path) -> io.TextIOWrapper:
    """A CSV file as text: UTF-8 (BOM skipped), bytes that are not UTF-8 kept as surrogates for
    :func:`analysis.files.repair_field`."""
    return io.TextIOWrapper(_open(path), encoding="utf-8-sig", errors="surrogateescape", newline="")


def iter_csv(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, required: str | None = None) -> Iterator[Record | Problem]:
    """Yield the rows of a CSV file (``.gz`` decompressed) as records keyed by the header.

    Args:
        path: the file.
        max_bytes: the largest field read; a larger one ends the file with a problem naming its line.
        required: a column the header must have (else one problem for the whole file).

    Fields that are not valid UTF-8 are decoded with the fallback of :func:`analysis.files.decode_text`, and the
    record's ``encoding`` names it.
    """
    name = display(str(path))
    csv.field_size_limit(min(max_bytes, sys.maxsize, 2**31 - 1))
    rows = 0
    try:
        with _text_stream(path) as handle:
            reader = csv.reader(handle)
            try:
                header = next(reader, None)
            except csv.Error as exc:
                yield Problem(f"{name}:1", f"cannot read the CSV header: {exc}")
                return
            if header is None:
                yield Problem(name, "empty file: no header and no records")
                return
            header = [repair_field(h)[0] for h in header]
            if required is not None and required not in header:
                yield Problem(name, f"CSV has no {required!r} column (columns: {', '.join(header) or 'none'})")
                return
            while True:
                number = reader.line_num + 1
                try:
                    row = next(reader, None)
                except csv.Error as exc:
                    yield Problem(f"{name}:{number}", f"cannot read the CSV from here on: {exc} (raise the limit "
                                  "with --max-mb if a field is that large)")
                    return
                if row is None:
                    break
                if not any(cell.strip() for cell in row):
                    continue
                rows += 1
                yield _csv_record(header, row, f"{name}:{number}", number)
    except InputError as exc:
        yield Problem(name, str(exc))
        return
    except _READ_ERRORS as exc:
        yield Problem(name, f"cannot read CSV: {exc}")
        return
    if rows == 0:
        yield Problem(name, "no records: header only")


def _csv_record(header: list[str], row: list[str], where: str, number: int) -> Record | Problem:
    if len(row) > len(header) and any(cell.strip() for cell in row[len(header):]):
        return Problem(where, f"{len(row)} fields for {len(header)} columns: check the quoting of this row")
    fields: dict[str, str | None] = {}
    encoding = UTF8
    for column, cell in zip(header, row):
        value, fallback = repair_field(cell)
        if fallback is not None and fallback != UTF8:
            encoding = fallback
        fields[column] = value
    for column in header[len(row):]:
        fields[column] = None
    return Record(where, number, fields, encoding)


@dataclass(frozen=True)
class Metadata:
    """A folder's ``metadata.csv``: its rows by ``article_id``, the fallback decoding of each row that needed one,
    and the problems found (an empty file, no ``article_id`` column, unreadable rows)."""

    rows: dict[str, dict[str, str]]
    encodings: dict[str, str]
    problems: list[Problem]


def read_metadata(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Metadata:
    """Read a ``metadata.csv`` sidecar (``article_id`` plus any columns); problems are returned, never raised."""
    rows: dict[str, dict[str, str]] = {}
    encodings: dict[str, str] = {}
    problems: list[Problem] = []
    for item in iter_csv(path, max_bytes=max_bytes, required="article_id"):
        if isinstance(item, Problem):
            if item.error == "no records: header only":  # nothing to apply, nothing wrong
                continue
            error = item.error
            if "article_id" in error or "empty file" in error or "not read" in error:
                error += ": the folder's articles are loaded without it"
            problems.append(Problem(item.where, error))
            continue
        fields = {k: ("" if v is None else v) for k, v in item.fields.items()}
        article_id = fields.pop("article_id")
        rows[article_id] = fields
        if item.encoding != UTF8:
            encodings[article_id] = item.encoding
    return Metadata(rows, encodings, problems)
