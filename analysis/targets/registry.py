"""The compiled registry: where texts mention targets, how each was found, and why a candidate was dropped.

Matching rules (one place, :class:`TargetRegistry`): each string of the registry (names, capitals, leaders,
demonyms, adjectives) is matched as a whole word, as written, with a capital first letter, or in all capitals
(headlines); the longest wins; a possessive counts (``Beijing's``), any other apostrophe suffix does not
(``Xi'an``). A candidate is then dropped when it overlaps one of its target's ``exclude`` phrases (matched in any
case: ``roast turkey``), or when a guard of :mod:`analysis.targets.guards` says its neighbours make it part of
something else (``Jim Jordan``, ``New Mexico``, ``Korean-American``, ``Georgia`` without a post-Soviet cue).
``the Chinese`` before a noun is the adjective ``Chinese``; the words after it are matched again.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from .guards import Guards, Probe
from .scan import WORD_CHAR, PhraseScanner, word_matches
from .table import RULE_COLUMNS, load_targets, split, validate_targets

MENTION_RULES = tuple(RULE_COLUMNS)
"""The ``mention_rule`` values :func:`find_targets` gives: alias, capital, leader, demonym, adjective."""

MENTION_COLUMNS: dict[str, str] = {
    "article_id": "article of the text (key of the articles table)",
    "quote_id": "quote whose text was searched (None when the articles table was searched)",
    "target": "canonical target (TARGET_COLUMNS.target)",
    "kind": "the target's kind",
    "mention": "the words as written ('Beijing')",
    "start": "offset of the mention in the searched text (the article text, or the quote's text)",
    "end": "offset after the mention",
    "mention_rule": "how the mention was found: alias | capital | leader | demonym | adjective (the registry "
                    "column its string comes from); the stance step adds pronoun",
}
"""Columns of the mentions table of :func:`find_targets`, in order."""

_NOT_POSSESSIVE = re.compile(r"['\u2019](?![sS]\b)\w")
"""After a name: an apostrophe suffix other than a possessive ``'s`` or ``'S`` (``Xi'an``; ``TRUMP'S`` is one)."""

_APOSTROPHES = frozenset("'\u2019")

_JOINED_BEFORE = frozenset("-\u2010\u2011/'\u2019")
"""Characters before a match that may join it to a word before (an exclusion phrase such as "Korean-American")."""

_S = frozenset("sS")

_GLUE = frozenset("'\u2019-\u2010\u2011")
"""Characters after a match that make it part of a longer token: the careful path looks at those."""

_BEFORE_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_]+)")
"""A word after one or more spaces: a noun there makes ``the Chinese`` an adjective phrase."""


class TargetMention(NamedTuple):
    """One mention of a target in a text (see :data:`MENTION_COLUMNS`); ``rule`` is its mention_rule."""

    target: str
    kind: str
    mention: str
    start: int
    end: int
    rule: str = "alias"


@dataclass(frozen=True)
class Candidate:
    """A registry string found in a text, kept or dropped (:meth:`TargetRegistry.explain`).

    Attributes:
        mention: the mention as :meth:`TargetRegistry.find` would report it.
        excluded_by: why it was dropped (``exclude: roast turkey``, ``person-before: Jim``...), None if kept.
    """

    mention: TargetMention
    excluded_by: str | None


class _Entry(NamedTuple):
    """A registry string: its target, its rule, and what checks it needs (worked out once).

    Attributes:
        before: the target's exclusion phrases that start before this string, by the word before it
            (:func:`_exclusion_index`, :func:`_word_before`); None if there are none.
        after: those that end after it, by the word after it (:func:`_word_after`).
        inside: those inside it.
        the_form: a people noun written with "the" ("the Chinese"): an adjective when a noun follows.
        probe: what the guards need to know of it.
        code: its position in the registry's list of strings.
    """

    target: str
    kind: str
    rule: str
    before: dict[str, tuple[tuple[int, str], ...]] | None
    after: dict[str, tuple[tuple[int, str], ...]] | None
    inside: tuple[tuple[int, str], ...]
    the_form: bool
    probe: Probe
    code: int


_VERDICTS_PER_STRING = 1024
"""How many words either side of a registry string :class:`_QuickTest` remembers a verdict for."""


class _QuickTest(NamedTuple):
    """What the quick decision of :meth:`TargetRegistry._kept` reads for one registry string, in unpacking order.

    Attributes:
        entry: the string's entry.
        quick: whether the quick path may decide it at all (:attr:`Probe.quick`, no exclusion phrase inside it).
        after: :attr:`_Entry.after`.
        after_first: the first characters the word after may have for an after key to match
            (:func:`_first_letters`).
        adjectival: an adjective or demonym (a compound word after it sends it to the careful path).
        joined_ok: a hyphen, slash or apostrophe before it leaves the decision quick (no exclusion phrase before
            it, no second half of a compound).
        verdicts_before: the quick verdict on the word before it, by that word (:meth:`TargetRegistry._quick_before`),
            filled as words are met: the verdict depends on nothing else.
        verdicts_after: the quick verdict on the word after it (one space between), by that word, likewise.
    """

    entry: _Entry
    quick: bool
    after: dict[str, tuple[tuple[int, str], ...]] | None
    after_first: frozenset[str] | None
    adjectival: bool
    joined_ok: bool
    verdicts_before: dict[str, bool]
    verdicts_after: dict[str, bool]


def _exclusion_index(strings: list[str], phrases: list[str]) -> dict[str, dict[str, tuple[tuple[int, str], ...]]]:
    """Where each exclusion phrase can lie around a string of the same target that it overlaps.

    For a string (lower case) the index gives, by a key of the text around a match, the (offset, phrase) to
    check: the phrase, lower case, starting ``offset`` characters after the string's start ("irving berlin" lies
    at -7 from "berlin"; "west bank" at 4 from "the west"). The key is the word the phrase has just outside the
    string (:func:`_word_before`, :func:`_word_after`): ``<irving`` for "irving berlin", else ``>state`` for
    "washington state", ``>-american`` for "korean-american", else nothing (a phrase inside the string). A match
    then looks up the words around it, not every phrase.
    """
    index: dict[str, dict[str, list[tuple[int, str]]]] = {}
    for string in {s.lower().replace("\u2019", "'") for s in strings}:
        for phrase in {p.lower().replace("\u2019", "'") for p in phrases}:
            for offset in sorted(_overlaps(string, phrase)):
                # the phrase at `offset` from the string: the overlapping parts agree, both at word edges
                a, b = max(0, offset), min(len(string), offset + len(phrase))
                if a < b and string[a:b] == phrase[a - offset:b - offset] and _edges(string, phrase, offset):
                    if offset < 0:
                        key = "<" + _word_before(phrase, -offset)
                    elif offset + len(phrase) > len(string):
                        key = ">" + _word_after(phrase, len(string) - offset)
                    else:
                        key = ""
                    index.setdefault(string, {}).setdefault(key, []).append((offset, phrase))
    return {string: {key: tuple(places) for key, places in keys.items()} for string, keys in index.items()}


def _overlaps(string: str, phrase: str) -> set[int]:
    """The offsets (of the phrase from the string's start) at which one contains the other, or a word-edge end of
    one is the start of the other: the only places an exclusion phrase can overlap a match."""
    offsets = {-i for i in _finds(phrase, string)} | set(_finds(string, phrase))
    offsets |= {k for k in _word_starts(string) if phrase.startswith(string[k:])}
    offsets |= {-j for j in _word_starts(phrase) if string.startswith(phrase[j:])}
    return offsets


def _finds(text: str, part: str) -> list[int]:
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


@functools.lru_cache(maxsize=4096)
def _word_starts(text: str) -> tuple[int, ...]:
    return tuple(i for i in range(1, len(text)) if not (text[i - 1].isalnum() and text[i].isalnum()))


_STRIP = ".,;:!?()[]\"'\u2019\u201c\u201d"


def _first_letters(keys: dict[str, object]) -> frozenset[str] | None:
    """How a word after a match can start if it is to be one of ``keys`` (lower-case words, outer punctuation
    stripped): their first letters in both cases, and the punctuation :func:`_word_after` strips; None where a
    key is empty (any word may match it)."""
    if "" in keys:
        return None
    return frozenset(c for key in keys for c in (key[0], key[0].upper())) | frozenset(_STRIP)


def _word_before(text: str, start: int) -> str:
    """The word before a space before ``start``, else the token glued to ``start`` ("korean-" in "Korean-American"),
    lower case, outer punctuation stripped: the key of the exclusion phrases that begin before a match."""
    words = (text[max(0, start - 41):start - 1] if start and text[start - 1] == " "
             else text[max(0, start - 40):start]).rsplit(None, 1)
    return words[-1].lower().strip(_STRIP) if words else ""


def _word_after(text: str, end: int) -> str:
    """The word after a space after ``end``, else the token glued to it ("-american", "'s"), lower case, outer
    punctuation stripped: the key of the exclusion phrases that end after a match."""
    words = (text[end + 1:end + 41] if text[end:end + 1] == " " else text[end:end + 40]).split(None, 1)
    return words[0].lower().strip(_STRIP) if words else ""


def _edges(string: str, phrase: str, offset: int) -> bool:
    """The phrase placed at ``offset`` from the string starts and ends at word edges of the string."""
    def edge(text: str, i: int) -> bool:
        return i <= 0 or i >= len(text) or not (text[i - 1].isalnum() and text[i].isalnum())
    return edge(string, offset) and edge(string, offset + len(phrase)) and edge(phrase, -offset) \
        and edge(phrase, len(string) - offset)


def _variants(text: str) -> list[str]:
    """A string as written, with a capital first letter, and in capitals."""
    return list(dict.fromkeys((text, text[:1].upper() + text[1:], text.upper())))


class TargetRegistry:
    """A compiled registry: one regular expression for every string, one per target for its exclusions.

    Args:
        table: a registry table (see :data:`~analysis.targets.table.TARGET_COLUMNS`); where two targets list
            the same string, the first keeps it.
        rules: the mention rules to match (all of :data:`MENTION_RULES` by default); leave out ``leader`` to
            count only what names the country itself, for instance.

    Raises:
        ValueError: a rule is not one of :data:`MENTION_RULES`.
    """

    def __init__(self, table: pd.DataFrame, *, rules: tuple[str, ...] | list[str] = MENTION_RULES) -> None:
        unknown = set(rules) - set(MENTION_RULES)
        if unknown:
            raise ValueError(f"unknown mention rules {sorted(unknown)}; choose from {MENTION_RULES}")
        self.table = validate_targets(table)
        self.rules = tuple(r for r in MENTION_RULES if r in rules)
        self._owner: dict[str, _Entry] = {}
        self._entries: list[_Entry] = []
        self._tests: list[_QuickTest] = []
        rows = self.table.to_dict("records")
        self._guards = Guards([v for row in rows for rule in self.rules for v in split(row[RULE_COLUMNS[rule]])],
                              [v for row in rows if "adjective" in self.rules for v in split(row["adjectives"])])
        for row in rows:
            strings = [(rule, text) for rule in self.rules for text in split(row[RULE_COLUMNS[rule]])]
            excludes = _exclusion_index([text for _rule, text in strings], split(row["exclude"]))
            for rule, text in strings:
                keys = excludes.get(text.lower().replace("\u2019", "'"), {})
                before = {k[1:]: v for k, v in keys.items() if k[:1] == "<"}
                after = {k[1:]: v for k, v in keys.items() if k[:1] == ">"}
                probe = self._guards.probe(text, rule)
                entry = _Entry(row["target"], row["kind"], rule, before or None, after or None, keys.get("", ()),
                               rule == "demonym" and text[:4].lower() == "the ", probe, len(self._entries))
                self._entries.append(entry)
                self._tests.append(_QuickTest(entry, probe.quick and not entry.inside, entry.after,
                                              _first_letters(after), probe.adjectival,
                                              not before and not probe.second, {}, {}))
                for variant in _variants(text):
                    self._owner.setdefault(variant.replace("\u2019", "'"), entry)
        self._scanner = PhraseScanner(self._owner)
        # the strings the matcher may take as found (no lower-case prefix to look for, no "the" form)
        self._tests_by_string = {string: self._tests[entry.code] for string, entry in self._owner.items()
                                 if string not in self._scanner.prefixes and not entry.the_form}

    @functools.cached_property
    def _by_code(self) -> dict[str, pd.Series]:
        """The target, kind and rule of each registry string, by its code: the mentions table takes from these."""
        return {name: _series([getattr(e, name) for e in self._entries]) for name in ("target", "kind", "rule")}

    @property
    def targets(self) -> list[str]:
        """The canonical target names, in registry order."""
        return list(self.table["target"])

    @functools.cached_property
    def _kinds(self) -> dict[str, str]:
        return dict(zip(self.table["target"], self.table["kind"]))

    def kinds(self) -> dict[str, str]:
        """Each target's kind (country, territory, bloc, organisation...), read once."""
        return self._kinds

    def may_mention(self, text: str) -> bool:
        """A quick test: False means :meth:`find` finds nothing in ``text`` nor in any part of it.

        It looks for any registry string as a bare substring (no word-boundary, possessive, exclusion or guard
        checks), so a text in which it is True may still have no mention.
        """
        return self._scanner.may_match(text)

    def find(self, text: str, *, within: tuple[str, int] | None = None) -> list[TargetMention]:
        """All target mentions in ``text``, in order of position.

        Args:
            text: any text (an article, a quote, a sentence).
            within: the text that holds ``text`` and where ``text`` starts in it (a quote's sentence in its
                article): a name that needs a context (``target_contexts.csv``) looks for it around the mention in
                that text, not only in ``text``.

        Returns:
            One :class:`TargetMention` per match that survives the apostrophe rule, the exclusions and the guards.
        """
        return [TargetMention(entry.target, entry.kind, text[start:end], start, end, entry.rule)
                for start, end, entry in self._kept(text, within)]

    def _kept(self, text: str, within: tuple[str, int] | None = None) -> list[tuple[int, int, _Entry]]:
        """The matches that are mentions: (start, end, entry).

        One loop over the head pattern's matches does all, for speed (the matcher's time is here): the quick
        decision is inline, and a match it cannot decide goes to :meth:`_excluded`. Quick means: no context to look
        for and no given name; a space or punctuation after the match (a possessive too, no hyphen), and no
        exclusion phrase keyed by the word after it; no capitalised word before it that a guard reads
        (:meth:`Guards.risky_before`), no exclusion phrase keyed by the word before it; for an adjective, no
        compound or language word next to it. A text that may hold a phrase without a capital (``eurozone``) takes
        the careful path, :meth:`_kept_slowly`; a test holds the two to the same answers.
        """
        scan = self._scanner
        if not text or scan.heads is None or scan.has_literal(text):
            return self._kept_slowly(text, within)
        owner, prefixes, excluded, tests = self._owner, scan.prefixes, self._excluded, self._tests
        tests_by_string, quick_before = self._tests_by_string, self._quick_before
        compound_starts, compound_firsts = self._guards.compound_starts, self._compound_firsts
        kept: list[tuple[int, int, _Entry]] = []
        last = 0
        for match in scan.heads.finditer(text):
            start, end = match.span()
            if start < last:
                continue
            preceding = text[start - 1] if start else ""
            if preceding != " " and preceding and (preceding.isalnum() or preceding == "_") \
                    and WORD_CHAR.match(preceding):
                # inside a word ("US" in "BUS"): try from the next character
                match = next(word_matches(scan.heads, text, start + 1), None)
                if match is None:
                    break
                start, end = match.span()
                preceding = text[start - 1]
            phrase = match.group()
            test = tests_by_string.get(phrase)
            if test is None:  # a lower-case prefix to look for, a curly apostrophe, or "the Chinese"
                entry = owner.get(phrase)
                if entry is None or phrase in prefixes:
                    phrase = phrase.replace("\u2019", "'")
                    begin = scan.prefixed(text, start, phrase, last)
                    if begin < 0:
                        continue
                    start, phrase = begin, text[begin:start] + phrase
                    entry, preceding = owner[phrase], text[begin - 1] if begin else ""
                if entry.the_form:
                    start, end, entry = self._the_form(text, start, end, entry)
                    preceding = text[start - 1]
                test = tests[entry.code]
            last = end
            entry, quick, after, after_first, adjectival, joined_ok, verdicts_before, verdicts_after \
                = test
            if quick:
                following = text[end:end + 1]
                if following == " ":
                    first = text[end + 1:end + 2]
                    if adjectival and first in compound_firsts and text.startswith(compound_starts, end + 1):
                        quick = False
                    elif after is not None and (after_first is None or first in after_first):
                        space = text.find(" ", end + 1, end + 31)
                        word = text[end + 1:space if space >= 0 else end + 31]
                        quick = verdicts_after.get(word)
                        if quick is None:
                            quick = word.isprintable() and word.lower().strip(_STRIP) not in after
                            if len(verdicts_after) < _VERDICTS_PER_STRING:
                                verdicts_after[word] = quick
                elif following in _GLUE:  # a possessive stays quick ("Trump's", unless "Trump's campaign")
                    quick = following in _APOSTROPHES and text[end + 1:end + 2] in _S \
                        and not WORD_CHAR.match(text, end + 2) \
                        and not (after is not None and _phrase_after(text, start, end, after))
                elif following and after is not None:  # punctuation after it ("Athens, Ga.")
                    quick = not _phrase_after(text, start, end, after)
            if quick:
                if preceding == " ":
                    if start > 1:
                        low = start - 31 if start > 31 else 0
                        space = text.rfind(" ", low, start - 1)
                        prev = text[space + 1 if space >= 0 else low:start - 1]
                        quick = verdicts_before.get(prev)
                        if quick is None:
                            quick = quick_before(entry, prev)
                            if len(verdicts_before) < _VERDICTS_PER_STRING:
                                verdicts_before[prev] = quick
                elif preceding in _JOINED_BEFORE:  # "Korean-American": the careful path looks
                    quick = joined_ok
            if quick or excluded(text, start, end, entry, within) is None:
                kept.append((start, end, entry))
        return kept

    def _quick_before(self, entry: _Entry, prev: str) -> bool:
        """Whether the word ``prev`` right before a match of ``entry`` (one space between) leaves the quick decision
        to keep it: a word, no capitalised word a guard reads (:meth:`Guards.risky_before`), no exclusion phrase
        keyed by it, and for an adjective no language word before it nor a compound's first half. A word with a
        period inside ("T.Korean") goes to the careful path, which reads the words either side of the period."""
        guards, probe = self._guards, entry.probe
        if not prev or not prev.isprintable() or "." in prev[:-1] or (
                prev[:1].isupper() and guards.risky_before(prev, probe)):
            return False
        if entry.before is None and not probe.adjectival:
            return True
        low_prev = prev.lower()
        return not (probe.adjectival and low_prev in guards.language_before) \
            and not (probe.second and prev in guards.adjectives) \
            and (entry.before is None or low_prev.strip(_STRIP) not in entry.before)

    @functools.cached_property
    def _compound_firsts(self) -> frozenset[str]:
        """The first characters of the compound words that follow an adjective ("American", "born")."""
        return frozenset(start[:1] for start in self._guards.compound_starts)

    def _the_form(self, text: str, start: int, end: int, entry: _Entry) -> tuple[int, int, _Entry]:
        """A "the Chinese" match: before a word that is no function word, the adjective (or longer name) after
        "the" ("the Chinese government")."""
        after = _BEFORE_WORD.match(text, end)
        if after is None or not self._guards.noun_follows(after.group(1)):
            return start, end, entry
        again = self._scanner.matches(text[start + 4:end + 80])[:1]
        if not again or again[0][0]:
            return start, end, entry
        return start + 4, start + 4 + again[0][1], self._owner[again[0][2]]

    def _kept_slowly(self, text: str, within: tuple[str, int] | None = None) -> list[tuple[int, int, _Entry]]:
        excluded = self._excluded
        return [(start, end, entry) for start, end, entry in self._matches(text)
                if excluded(text, start, end, entry, within) is None]

    def explain(self, text: str) -> list[Candidate]:
        """Every candidate in ``text`` with the reason it was dropped, if it was: to audit the matching rules.

        Example::

            >>> [(c.mention.mention, c.excluded_by) for c in registry().explain("Irving Berlin never saw Berlin fall.")]
            [('Berlin', 'exclude: Irving Berlin'), ('Berlin', None)]
        """
        return list(self._candidates(text))

    def _candidates(self, text: str) -> Iterator[Candidate]:
        for start, end, entry in self._matches(text):
            mention = TargetMention(entry.target, entry.kind, text[start:end], start, end, entry.rule)
            yield Candidate(mention, self._excluded(text, start, end, entry))

    def _matches(self, text: str) -> list[tuple[int, int, _Entry]]:
        """Each registry string found in ``text``, with its entry; ``the Chinese`` before a noun as ``Chinese``."""
        found: list[tuple[int, int, _Entry]] = []
        last = 0
        for start, end, phrase in self._scanner.matches(text) if text else ():
            if start < last:  # inside the longer name found after a "the Chinese" below
                continue
            entry = self._owner[phrase]
            if entry.the_form:
                start, end, entry = self._the_form(text, start, end, entry)
            last = end
            found.append((start, end, entry))
        return found

    def _excluded(self, text: str, start: int, end: int, entry: _Entry,
                  within: tuple[str, int] | None = None) -> str | None:
        """Why the match ``text[start:end]`` of ``entry`` is no mention: an apostrophe suffix, an exclusion phrase
        around it, or a guard (:mod:`analysis.targets.guards`); None for a mention. ``within``: see :meth:`find`."""
        if text[end:end + 1] in _APOSTROPHES and _NOT_POSSESSIVE.match(text, end):
            return "apostrophe"
        if entry.before is not None and (places := entry.before.get(_word_before(text, start))) \
                and (phrase := _phrase_at(text, start, places)):
            return f"exclude: {phrase}"
        if entry.after is not None and (phrase := _phrase_after(text, start, end, entry.after)):
            return f"exclude: {phrase}"
        if entry.inside and (phrase := _phrase_at(text, start, entry.inside)):
            return f"exclude: {phrase}"
        probe = entry.probe
        if probe.context is None and not probe.given and not probe.adjectival:  # Probe.plain
            # the guards' quick test: no capitalised word right before, nothing else to check
            if start <= 1 or text[start - 1] != " ":
                return None
            words = text[max(0, start - 41):start - 1].rsplit(None, 1)
            if not words or not words[-1][:1].isupper():
                return None
        return self._guards.check(text, start, end, probe, within=within)


def _phrase_after(text: str, start: int, end: int, after: dict[str, tuple[tuple[int, str], ...]]) -> str | None:
    """The exclusion phrase of ``after`` (:attr:`_Entry.after`) that runs on past the match ``text[start:end]``, if
    the text has one: those keyed by the word after the match (:func:`_word_after`)."""
    places = after.get(_word_after(text, end))
    return _phrase_at(text, start, places) if places else None


def _phrase_at(text: str, start: int, places: tuple[tuple[int, str], ...]) -> str | None:
    """The first exclusion phrase of ``places`` (offset from ``start``, lower-case phrase, straight apostrophes)
    that the text has, its apostrophes straight or curly ("America\u2019s Cup")."""
    for offset, phrase in places:
        at = start + offset
        if at >= 0 and text[at:at + len(phrase)].lower().replace("\u2019", "'") == phrase \
                and not (at and WORD_CHAR.match(text, at - 1)) \
                and not WORD_CHAR.match(text, at + len(phrase)):
            return text[at:at + len(phrase)]
    return None


@functools.lru_cache(maxsize=1)
def _default_registry() -> TargetRegistry:
    return TargetRegistry(load_targets())


def registry(targets: TargetRegistry | pd.DataFrame | str | Path | None = None) -> TargetRegistry:
    """Return a compiled registry from whatever the caller has.

    Args:
        targets: None (the shipped gazetteer), a registry file, a registry DataFrame, or a compiled
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
        targets: the registry (see :func:`registry`); the shipped gazetteer by default.

    Returns:
        The mentions table, columns of :data:`MENTION_COLUMNS`: one row per mention, offsets into the searched
        text (the article text, or the quote's ``text``), and the rule that found it.
    """
    missing = {"article_id", "text"} - set(frame.columns)
    if missing:
        raise ValueError(f"find_targets needs the columns article_id and text; missing: {sorted(missing)}")
    compiled = registry(targets)
    # plain values per column (a list of row objects would keep the garbage collector busy), and the columns of
    # repeated values (article, quote, target, kind, rule) taken by position: Arrow-backed strings are built
    # once per distinct value, not once per row
    rows: list[int] = []
    codes: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    for row, text in enumerate(frame["text"].tolist()):
        kept = compiled._kept(text) if isinstance(text, str) else []
        if kept:
            begins, stops, matched = zip(*kept)
            rows.extend([row] * len(kept))
            starts.extend(begins)
            ends.extend(stops)
            codes.extend([entry.code for entry in matched])
            words.extend([text[start:end] for start, end, _entry in kept])
    at = np.array(rows, dtype=np.int64)
    by_code = np.array(codes, dtype=np.int64)
    by_string = compiled._by_code
    columns = {
        "article_id": _taken(frame["article_id"], at),
        "quote_id": _taken(frame["quote_id"], at) if "quote_id" in frame.columns else [None] * len(at),
        "target": _taken(by_string["target"], by_code),
        "kind": _taken(by_string["kind"], by_code),
        "mention": _series(words),
        "start": np.array(starts, dtype=np.int64),
        "end": np.array(ends, dtype=np.int64),
        "mention_rule": _taken(by_string["rule"], by_code),
    }
    return pd.DataFrame(columns, columns=list(MENTION_COLUMNS))


def _series(values: list[str]) -> pd.Series:
    """Strings as a series of the type pandas gives strings (object for none at all)."""
    return pd.Series(values, dtype=None if values else object)


def _taken(column: pd.Series, positions: np.ndarray) -> pd.Series:
    """The values of ``column`` at ``positions`` (integer positions), as a new series indexed from 0."""
    return column.take(positions).reset_index(drop=True)
