"""Stance targets: a registry of actors with their aliases, and where texts mention them.

The registry is a table (:data:`TARGET_COLUMNS`), shipped as ``resources/targets.csv`` and extensible: pass
your own file or DataFrame, or add the people of a speakers table with :func:`targets_from_speakers`::

    registry = pd.concat([load_targets(), targets_from_speakers(speakers)])
    mentions = find_targets(quotes, targets=registry)

Matching rules (one place, :class:`TargetRegistry`): aliases are whole words, matched as written, with a capital
first letter, or in all capitals (headlines); the longest alias wins; a possessive counts (``Beijing's``), any
other apostrophe suffix does not (``Xi'an``); a match that overlaps one of the target's ``exclude`` phrases
(``Washington state``) is dropped.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .paths import resource

TARGET_COLUMNS: dict[str, str] = {
    "target": "canonical name reported in the stance table ('China')",
    "kind": "country | bloc | organisation | person | region | speaker",
    "aliases": "|-separated names that mean the target ('China|Beijing|Xi Jinping|Xi')",
    "exclude": "|-separated phrases in which an alias means something else ('Washington state|Xi'an')",
}
"""Columns of a target registry table, in order."""

MENTION_COLUMNS: dict[str, str] = {
    "article_id": "article of the text (key of the articles table)",
    "quote_id": "quote whose text was searched (None when the articles table was searched)",
    "target": "canonical target (TARGET_COLUMNS.target)",
    "kind": "the target's kind",
    "mention": "the words as written ('Beijing')",
    "start": "offset of the mention in the searched text (the article text, or the quote's text)",
    "end": "offset after the mention",
}
"""Columns of the mentions table of :func:`find_targets`, in order."""

_NOT_POSSESSIVE = re.compile(r"['\u2019](?!s\b)\w")
"""After an alias: an apostrophe suffix other than a possessive ``'s`` (``Xi'an``)."""

_WORD_CHAR = re.compile(r"\w")
"""One word character: an alias that follows one is inside a word, not a mention."""


@dataclass(frozen=True)
class TargetMention:
    """One mention of a target in a text (see :data:`MENTION_COLUMNS`)."""

    target: str
    kind: str
    mention: str
    start: int
    end: int


def _split(value: object) -> list[str]:
    if value is None or (isinstance(value, float) and value != value):
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in str(value).split("|") if part.strip()]


def load_targets(path: str | Path | None = None) -> pd.DataFrame:
    """Read a target registry file (``#`` comment lines allowed); the shipped one when no path is given.

    Args:
        path: a CSV file with the columns of :data:`TARGET_COLUMNS` (``kind`` and ``exclude`` may be absent).

    Returns:
        The registry table, columns of :data:`TARGET_COLUMNS`.
    """
    with open(path or resource("targets.csv"), encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.lstrip().startswith("#")))
    return validate_targets(pd.DataFrame(rows))


def validate_targets(frame: pd.DataFrame) -> pd.DataFrame:
    """Check a registry table and return a normalised copy (columns of :data:`TARGET_COLUMNS`, ``|``-joined).

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
        aliases = _split(record.get("aliases")) or [target]
        rows.append({
            "target": target,
            "kind": str(record.get("kind") or "").strip() or "other",
            "aliases": "|".join(aliases),
            "exclude": "|".join(_split(record.get("exclude"))),
        })
    return pd.DataFrame(rows, columns=list(TARGET_COLUMNS))


def _looks_like_person(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(ch.isdigit() for ch in name)


@functools.lru_cache(maxsize=1)
def _family_names_first() -> frozenset[str]:
    """Surnames written first (``Wang Wenbin`` is ``Wang``), from ``resources/family_names_first.txt``."""
    lines = resource("family_names_first.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


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
        rows.append({"target": name, "kind": "speaker", "aliases": "|".join(aliases), "exclude": ""})
    return pd.DataFrame(rows, columns=list(TARGET_COLUMNS))


def _variants(alias: str) -> list[str]:
    """An alias as written, with a capital first letter, and in capitals."""
    return list(dict.fromkeys((alias, alias[:1].upper() + alias[1:], alias.upper())))


def _alternation(phrases: Iterable[str]) -> str:
    """One pattern for the phrases, the longest that matches winning, a straight and a curly apostrophe the same.

    The phrases are laid out as a trie (``B(?:russels|eijing)``...): the regular expression engine then follows
    one branch per character instead of trying every phrase at every position (a plain ``A|B|...`` alternation
    of the registry's few hundred aliases was most of the time of finding targets). At each node the longer
    continuations come before stopping there, so the match is the one the longest-first alternation gives, and
    backtracking (a phrase followed by a word character) falls back to the next shorter one as it would.
    """
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in phrase.replace("\u2019", "'"):
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here
    return _trie(root)


def _trie(node: dict) -> str:
    branches = ["['\u2019]" if ch == "'" else re.escape(ch) for ch in sorted(k for k in node if k)]
    branches = [first + _trie(node[ch]) for first, ch in zip(branches, sorted(k for k in node if k))]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _scanner(phrases: Iterable[str]) -> re.Pattern | None:
    """A pattern for the phrases as whole words, to search with :func:`_word_matches`.

    The phrases must not be followed by a word character (``(?!\\w)``); that they are not preceded by one is
    checked by :func:`_word_matches`: a leading look-behind would stop Python's regex engine from skipping
    ahead to the possible first characters of the alternation, and make the search about twice as slow.
    """
    body = _alternation(phrases)
    return re.compile(rf"(?:{body})(?!\w)") if body else None


def _word_matches(scan: re.Pattern, text: str) -> Iterator[re.Match]:
    """The whole-word matches of a :func:`_scanner` pattern in ``text``, left to right, not overlapping.

    The same matches as ``re.finditer(r"(?<!\\w)" + scan.pattern, text)``: where a match follows a word
    character, the look-behind would fail there and the search go on from the next character; so does this loop.
    """
    pos = 0
    while (match := scan.search(text, pos)) is not None:
        start = match.start()
        if start and _WORD_CHAR.match(text, start - 1):
            pos = start + 1
            continue
        pos = match.end()
        yield match


class TargetRegistry:
    """A compiled registry: one regular expression for all aliases, one for all exclusions.

    Args:
        table: a registry table (:data:`TARGET_COLUMNS`); the first target that claims an alias keeps it.
    """

    def __init__(self, table: pd.DataFrame) -> None:
        self.table = validate_targets(table)
        self._owner: dict[str, tuple[str, str]] = {}
        excludes: dict[str, list[str]] = {}
        for row in self.table.itertuples(index=False):
            for alias in _split(row.aliases):
                for variant in _variants(alias):
                    self._owner.setdefault(variant.replace("\u2019", "'"), (row.target, row.kind))
            excludes[row.target] = [v for phrase in _split(row.exclude) for v in _variants(phrase)]
        self._aliases = _scanner(self._owner)
        body = _alternation(self._owner)
        self._any_alias = re.compile(body) if body else None
        self._excludes = {t: _scanner(phrases) for t, phrases in excludes.items() if phrases}

    def kinds(self) -> dict[str, str]:
        """Each target's kind (country, bloc, organisation, person...)."""
        return dict(zip(self.table["target"], self.table["kind"]))

    @property
    def targets(self) -> list[str]:
        """The canonical target names, in registry order."""
        return list(self.table["target"])

    def may_mention(self, text: str) -> bool:
        """A quick test: False means :meth:`find` finds nothing in ``text`` nor in any part of it.

        It looks for any alias as a bare substring (no word-boundary, possessive or exclusion checks), so a text
        in which it is True may still have no mention.
        """
        return self._any_alias is not None and self._any_alias.search(text) is not None

    def _excluded_spans(self, text: str, target: str) -> list[tuple[int, int]]:
        pattern = self._excludes.get(target)
        return [m.span() for m in _word_matches(pattern, text)] if pattern else []

    def find(self, text: str) -> list[TargetMention]:
        """All target mentions in ``text``, in order of position.

        Args:
            text: any text (an article, a quote, a sentence).

        Returns:
            One :class:`TargetMention` per alias match that survives the exclusions and the apostrophe rule.
        """
        if self._aliases is None or not text:
            return []
        found: list[TargetMention] = []
        excluded: dict[str, list[tuple[int, int]]] = {}
        for match in _word_matches(self._aliases, text):
            start, end = match.span()
            if _NOT_POSSESSIVE.match(text, end):
                continue
            target, kind = self._owner[match.group().replace("\u2019", "'")]
            if target not in excluded:
                excluded[target] = self._excluded_spans(text, target)
            if any(s < end and start < e for s, e in excluded[target]):
                continue
            found.append(TargetMention(target, kind, match.group(), start, end))
        return found


@functools.lru_cache(maxsize=1)
def _default_registry() -> TargetRegistry:
    return TargetRegistry(load_targets())


def registry(targets: TargetRegistry | pd.DataFrame | str | Path | None = None) -> TargetRegistry:
    """Return a compiled registry from whatever the caller has.

    Args:
        targets: None (the shipped registry), a registry file, a registry DataFrame, or a compiled
            :class:`TargetRegistry` (returned as is).
    """
    if targets is None:
        return _default_registry()
    if isinstance(targets, TargetRegistry):
        return targets
    if isinstance(targets, pd.DataFrame):
        return TargetRegistry(targets)
    return TargetRegistry(load_targets(targets))


def find_targets(frame: pd.DataFrame, *,
                 targets: TargetRegistry | pd.DataFrame | str | Path | None = None) -> pd.DataFrame:
    """Find target mentions in the texts of an articles or a quotes table.

    Args:
        frame: the articles table (``article_id``, ``text``) or the quotes table (``article_id``, ``quote_id``,
            ``text``); a table with a ``quote_id`` column is searched quote by quote.
        targets: the registry (see :func:`registry`); the shipped one by default.

    Returns:
        The mentions table, columns of :data:`MENTION_COLUMNS`: one row per mention, offsets into the searched
        text (the article text, or the quote's ``text``).
    """
    missing = {"article_id", "text"} - set(frame.columns)
    if missing:
        raise ValueError(f"find_targets needs the columns article_id and text; missing: {sorted(missing)}")
    compiled = registry(targets)
    has_quotes = "quote_id" in frame.columns
    quote_ids = frame["quote_id"] if has_quotes else [None] * len(frame)
    rows = []
    for article_id, quote_id, text in zip(frame["article_id"], quote_ids, frame["text"]):
        for m in compiled.find(text if isinstance(text, str) else ""):
            rows.append((article_id, quote_id, m.target, m.kind, m.mention, m.start, m.end))
    mentions = pd.DataFrame(rows, columns=list(MENTION_COLUMNS))
    return mentions.astype({"start": "int64", "end": "int64"})
