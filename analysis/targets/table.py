"""The target registry as a table: its columns, the shipped gazetteer, user files, and speakers as targets.

The shipped registry is ``resources/gazetteer.csv`` (built by ``scripts/build_gazetteer.py``; see
``docs/targets.md``). A user's registry is any table with at least ``target`` and ``aliases``; the other columns
of :data:`TARGET_COLUMNS` may be absent.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from analysis.text import wordlists

TARGET_COLUMNS: dict[str, str] = {
    "target": "canonical name reported in the stance table ('Iran')",
    "kind": "country | territory | region | bloc | organisation | person | speaker | other",
    "code": "ISO 3166-1 alpha-3 code of a country or territory ('IRN'; XKX for Kosovo); empty otherwise",
    "status": "un-member | un-observer | non-member | territory | region | disputed | bloc | organisation; "
              "empty for user targets",
    "parent": "the sovereign state of a territory or region ('China' for Hong Kong)",
    "aliases": "|-separated names ('Iran|Islamic Republic of Iran'): mention_rule alias",
    "demonyms": "|-separated people nouns ('Iranians|the Chinese|Brits'): mention_rule demonym",
    "adjectives": "|-separated adjectives ('Iranian|North Korean'): mention_rule adjective",
    "capitals": "|-separated capitals and seats of government ('Tehran|Kremlin'): mention_rule capital",
    "leaders": "|-separated heads of state or government ('Vladimir Putin|Putin'): mention_rule leader",
    "exclude": "|-separated phrases in which a name means something else ('roast turkey'), matched in any case",
}
"""Columns of a target registry table, in order."""

RULE_COLUMNS: dict[str, str] = {
    "alias": "aliases",
    "capital": "capitals",
    "leader": "leaders",
    "demonym": "demonyms",
    "adjective": "adjectives",
}
"""Each ``mention_rule`` of a match found in the registry, and the column its strings come from. Where a target
lists a string in two columns, the first of these wins."""

LIST_COLUMNS = (*RULE_COLUMNS.values(), "exclude")
TEXT_COLUMNS = ("kind", "code", "status", "parent")
DEFAULT_FILE = "gazetteer.csv"


def split(value: object) -> list[str]:
    """The strings of a |-separated cell (a list or tuple is taken as it is; empty cells give none)."""
    if value is None or (isinstance(value, float) and value != value):
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in str(value).split("|") if part.strip()]


def load_targets(path: str | Path | None = None) -> pd.DataFrame:
    """Read a target registry file (``#`` comment lines allowed); the shipped gazetteer when no path is given.

    Args:
        path: a CSV file with the columns of :data:`TARGET_COLUMNS`; only ``target`` and ``aliases`` are needed.

    Returns:
        The registry table, columns of :data:`TARGET_COLUMNS`.
    """
    if path is None:
        return validate_targets(pd.DataFrame(list(wordlists.rows(DEFAULT_FILE))))
    # a user's file, read afresh each time (the word-list reader keeps what it read for the whole process)
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.lstrip().startswith("#")))
    return validate_targets(pd.DataFrame(rows))


def validate_targets(frame: pd.DataFrame) -> pd.DataFrame:
    """Check a registry table and return a normalised copy (columns of :data:`TARGET_COLUMNS`, ``|``-joined).

    A row without any name (no aliases, capitals, leaders, demonyms or adjectives) is named by its target.

    Raises:
        ValueError: ``target`` or ``aliases`` is missing, or a row has no target name.
    """
    missing = {"target", "aliases"} - set(frame.columns)
    if missing:
        raise ValueError(f"a target registry needs the columns target and aliases; missing: {sorted(missing)}")
    rows = []
    for record in frame.to_dict("records"):
        target = str(record.get("target") or "").strip()
        if not target:
            raise ValueError(f"a target registry row has no target name: {record}")
        lists = {column: split(record.get(column)) for column in LIST_COLUMNS}
        if not any(lists[column] for column in RULE_COLUMNS.values()):
            lists["aliases"] = [target]
        texts = {column: str(record.get(column) or "").strip() for column in TEXT_COLUMNS}
        texts["kind"] = texts["kind"] or "other"
        rows.append({"target": target, **texts, **{c: "|".join(v) for c, v in lists.items()}})
    return pd.DataFrame(rows, columns=list(TARGET_COLUMNS)).astype(str)


def _looks_like_person(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(ch.isdigit() for ch in name)


@functools.lru_cache(maxsize=1)
def _family_names_first() -> frozenset[str]:
    """Surnames written first (``Wang Wenbin`` is ``Wang``), from ``resources/family_names_first.txt``."""
    return frozenset(line.lower() for line in wordlists.lines("family_names_first.txt"))


def surname(name: str) -> str:
    """The word a news text uses alone for a person: the first for family-name-first names, else the last."""
    words = name.split()
    if len(words) == 2 and words[0].lower() in _family_names_first():
        return words[0]
    return words[-1]


def targets_from_speakers(speakers: pd.DataFrame, *, min_quotes: int = 1,
                          names: Sequence[str] | None = None) -> pd.DataFrame:
    """Turn named speakers into targets, so that stance toward a source can be measured too.

    A person's full name is an alias, and so is the surname (:func:`surname`, when it has two letters or
    more): ``Wang Wenbin`` is found as ``Wang Wenbin`` and ``Wang``, ``Ned Price`` as ``Price``. Other named
    speakers (organisations) keep their name only.

    Args:
        speakers: the speakers table (``speaker``; ``speaker_named`` and ``n_quotes`` are used when present).
        min_quotes: keep speakers quoted at least this often.
        names: keep only these speakers (canonical names); None keeps all named speakers.

    Returns:
        A registry table (:data:`TARGET_COLUMNS`) with kind ``speaker``.
    """
    frame = speakers
    if "speaker_named" in frame.columns:
        frame = frame[frame["speaker_named"].fillna(False).astype(bool)]
    if "n_quotes" in frame.columns:
        frame = frame[frame["n_quotes"].fillna(0) >= min_quotes]
    if names is not None:
        frame = frame[frame["speaker"].isin(list(names))]
    rows = []
    for name in dict.fromkeys(str(s).strip() for s in frame["speaker"] if isinstance(s, str) and s.strip()):
        aliases = [name]
        if _looks_like_person(name) and len(surname(name)) >= 2:
            aliases.append(surname(name))
        rows.append({"target": name, "kind": "speaker", "aliases": "|".join(aliases)})
    return validate_targets(pd.DataFrame(rows, columns=["target", "kind", "aliases"]))
