"""The one reader of the toolkit's word lists and tables (``analysis/resources``), and of user rule files.

Two formats, both with ``#`` comment lines: CSV tables with a header row (``cue_verbs.csv``, ``roles.csv``...)
and plain lists, one entry per line (``abbreviations.txt``, ``boilerplate.txt``). Every module reads its word
lists through :func:`rows` or :func:`lines`; each file is read once per process.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from analysis.paths import resource


def _path(name: str | Path) -> Path:
    return name if isinstance(name, Path) else resource(name)


@lru_cache(maxsize=None)
def _rows(path: Path) -> tuple[dict[str, str], ...]:
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(line for line in handle if line.strip() and not line.startswith("#"))
        return tuple({key.strip(): (value or "").strip() for key, value in row.items() if key is not None}
                     for row in reader)


def rows(name: str | Path) -> tuple[dict[str, str], ...]:
    """The rows of a CSV word table, cells stripped of surrounding white space.

    Args:
        name: a file name inside ``analysis/resources``, or a path.

    Raises:
        FileNotFoundError: the resource is not shipped (the message says to reinstall).
    """
    return _rows(_path(name))


@lru_cache(maxsize=None)
def _lines(path: Path) -> tuple[str, ...]:
    text = path.read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


def lines(name: str | Path) -> tuple[str, ...]:
    """The entries of a plain list: one per line, stripped; blank lines and ``#`` comments skipped.

    Args:
        name: a file name inside ``analysis/resources``, or a path (a user's rules file).
    """
    return _lines(_path(name))


@lru_cache(maxsize=None)
def classes(name: str) -> dict[str, frozenset[str]]:
    """The word classes of a ``word,class`` table: each class's words, lower-cased ("modal" -> would, could ...)."""
    found: dict[str, set[str]] = {}
    for row in rows(name):
        found.setdefault(row["class"].strip(), set()).add(row["word"].strip().lower())
    return {kind: frozenset(words) for kind, words in found.items()}


def column(name: str, field: str, *, lower: bool = True) -> frozenset[str]:
    """One column of a CSV word table as a set (lower-cased unless ``lower`` is False)."""
    values = (row[field] for row in rows(name) if row.get(field))
    return frozenset(value.lower() for value in values) if lower else frozenset(values)
