"""Finding and reading a corpus's inputs: the files of a folder, the records of JSONL and CSV files, as sources.

A :class:`Source` is one article before parsing (a text file's bytes, a JSON line's bytes, a CSV record's
fields) with where it is and the id it gets; whatever cannot be read becomes a
:class:`~analysis.records.Problem` naming the file, the line and the reason. :mod:`analysis.corpus` parses
sources into articles; the run cache keys articles by their source (:meth:`Source.material`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from analysis.files import DEFAULT_MAX_BYTES, InputError, display, read_regular
from analysis.records import Metadata, Problem, iter_csv, iter_json_lines, read_metadata


@dataclass(frozen=True)
class Fields:
    """Field names of a JSONL/CSV corpus."""

    id: str = "id"
    date: str = "date"
    title: str = "title"
    text: str = "text"
    source: str = "source"


def is_text_file(name: str) -> bool:
    """Whether a folder entry is read as an article: a visible file ending in ``.txt``, in any case (``UPPER.TXT``)."""
    return name.lower().endswith(".txt") and not name.startswith(".")


def iter_files(folder: Path) -> Iterator[Path | Problem]:
    """Yield the ``.txt`` files under a folder, recursively and sorted; follow symlinked folders once.

    A symlink loop or an unreadable folder is yielded as a :class:`~analysis.records.Problem` instead of stopping the walk.
    Entries are yielded whatever they are (a FIFO, a device): the reader refuses what is not a regular file.
    """
    seen: set[str] = set()

    def walk(directory: Path) -> Iterator[Path | Problem]:
        real = os.path.realpath(directory)
        if real in seen:
            yield Problem(display(str(directory)), "folder visited twice (symlink loop): skipped")
            return
        seen.add(real)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            yield Problem(display(str(directory)), f"cannot list folder: {exc.strerror or exc}")
            return
        for entry in entries:
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                yield from walk(path)
            elif is_text_file(entry.name):
                yield path

    yield from walk(folder)


def read_text_file(path: Path, article_id: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes | Problem:
    """The bytes of a ``.txt`` article, or the problem (not a regular file, over the size limit, unreadable)."""
    try:
        return read_regular(path, max_bytes=max_bytes)
    except InputError as exc:
        return Problem(display(str(path)), str(exc), display(article_id))
    except OSError as exc:
        return Problem(display(str(path)), f"cannot read file: {exc.strerror or exc}", display(article_id))


TABLE_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".csv", ".csv.gz")
"""The names of JSONL and CSV corpus files (in any case)."""


def is_table_file(path: Path) -> bool:
    return path.name.lower().endswith(TABLE_SUFFIXES)


def _stem(path: Path) -> str:
    name = path.name
    for suffix in sorted(TABLE_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def fallback_prefixes(paths: Sequence[Path]) -> dict[Path, str]:
    """The fallback id prefix of each JSONL/CSV input: its stem (``corpus`` for ``x/corpus.jsonl``), or, where
    two inputs share a stem, the path as given without its suffix (``a/x`` and ``b/x``), so ids stay distinct."""
    tables = [p for p in paths if is_table_file(p)]
    counts: dict[str, int] = {}
    for path in tables:
        counts[_stem(path)] = counts.get(_stem(path), 0) + 1
    return {path: display(_stem(path) if counts[_stem(path)] == 1 else (path.parent / _stem(path)).as_posix())
            for path in tables}


METADATA_FILE = "metadata.csv"
"""Optional sidecar in a folder of ``.txt`` articles: ``article_id`` plus any of ``source``, ``title``, ``date``
and further columns, applied to the articles of that folder (the text format itself has no outlet field)."""


def folder_metadata(folder: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Metadata:
    """Read a folder's ``metadata.csv`` sidecar (no rows when absent); its problems are returned, never raised.

    A sidecar that is empty, has no ``article_id`` column or cannot be read is reported (it becomes an error row
    naming it) and the folder's articles load without it; rows that are not UTF-8 are decoded with the recorded
    fallback (:func:`analysis.files.decode_text`), named in the ``encoding`` of the articles they apply to.
    """
    path = folder / METADATA_FILE
    if not os.path.lexists(path):
        return Metadata({}, {}, [])
    return read_metadata(path, max_bytes=max_bytes)


@dataclass(frozen=True)
class Source:
    """One input before it is parsed: a text file's bytes, a JSON line's bytes or a CSV record's fields.

    :func:`iter_sources` yields them, :func:`analysis.corpus.parse_source` makes them articles; a run's cache keys articles by
    their source (:meth:`material`), so an article it has seen is neither parsed nor computed again.
    """

    kind: str
    where: str
    article_id: str
    data: bytes | dict
    line: int = 0
    encoding: str = "utf-8"
    metadata: tuple[tuple[str, str], ...] = ()
    metadata_encoding: str | None = None

    def material(self) -> bytes:
        """Everything the parsed article depends on, as bytes. Not ``where`` (it names, it does not say), and for a
        record not its fallback id (which depends on the file's name and the line): a record without an id is
        matched with its fallback id apart (see :meth:`analysis.cache.ArticleStore.find`)."""
        data = self.data if isinstance(self.data, bytes) else repr(sorted(self.data.items())).encode("utf-8",
                                                                                                    "surrogatepass")
        named = self.article_id if self.kind == "text" else ""
        head = repr((self.kind, named, self.encoding, self.metadata, self.metadata_encoding))
        return head.encode("utf-8", "surrogatepass") + b"\0" + data


def iter_sources(*paths: str | Path, fields: Fields | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Source | Problem]:
    """Yield every input as a :class:`Source` to parse, or a :class:`~analysis.records.Problem` when it cannot
    even be read, in a deterministic order (:func:`analysis.corpus.iter_articles` parses them)."""
    fields = fields or Fields()
    given = [Path(p) for p in paths]
    prefixes = fallback_prefixes(given)
    for path in given:
        yield from _sources_of(path, fields=fields, prefix=prefixes.get(path, ""), max_bytes=max_bytes)


def _sources_of(path: Path, *, fields: Fields, prefix: str, max_bytes: int) -> Iterator[Source | Problem]:
    name = display(str(path))
    if path.is_dir():
        metadata = folder_metadata(path, max_bytes=max_bytes)
        yield from metadata.problems
        for found in iter_files(path):
            if isinstance(found, Problem):
                yield found
                continue
            article_id = found.relative_to(path).with_suffix("").as_posix()
            data = read_text_file(found, article_id, max_bytes=max_bytes)
            if isinstance(data, Problem):
                yield data
                continue
            row = metadata.rows.get(article_id)
            yield Source("text", display(str(found)), display(article_id), data,
                         metadata=tuple(row.items()) if row is not None else (),
                         metadata_encoding=metadata.encodings.get(article_id))
    elif not os.path.lexists(path):
        yield Problem(name, "no such file or folder", display(path.stem))
    elif not path.exists():
        yield Problem(name, "broken symlink: its target does not exist", display(path.stem))
    elif is_table_file(path):
        if path.name.lower().endswith((".csv", ".csv.gz")):
            for item in iter_csv(path, max_bytes=max_bytes, required=fields.text):
                if isinstance(item, Problem):
                    yield item
                else:
                    yield Source("csv", item.where, f"{prefix}:{item.line}", item.fields, line=item.line,
                                 encoding=item.encoding)
        else:
            for line in iter_json_lines(path, max_bytes=max_bytes):
                if isinstance(line, Problem):
                    yield line
                else:
                    where, number, raw = line
                    yield Source("json", where, f"{prefix}:{number}", raw, line=number)
    elif path.suffix.lower() in {".txt", ".text", ""}:
        data = read_text_file(path, path.stem, max_bytes=max_bytes)
        yield data if isinstance(data, Problem) else Source("text", name, display(path.stem), data)
    else:
        yield Problem(name, f"unsupported input type {display(path.suffix)!r}: give .txt, a folder of .txt, "
                      ".jsonl(.gz) or .csv", display(path.stem))


def input_files(*paths: str | Path) -> Iterator[Path]:
    """The files a load of ``paths`` reads, in order: what a run's cache key hashes (folders walked as
    :func:`iter_files` walks them, with their ``metadata.csv``)."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            if os.path.lexists(path / METADATA_FILE):
                yield path / METADATA_FILE
            yield from (p for p in iter_files(path) if isinstance(p, Path))
        else:
            yield path
