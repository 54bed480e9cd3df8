"""The one tokeniser: every non-space character of an article falls in exactly one token.

Tokens are words (``O'Malley``, ``co-chair``), abbreviations with their full stop (``Mr.``, ``U.S.``, ``F.``),
the possessive ``'s`` on its own, numbers (``3.5``, ``1,200``), quote marks (``"``, ``“``, `````` `` ``````) and
single punctuation characters. Invisible format characters (zero-width spaces, joiners, a stray BOM) count as
white space, so ``John\u200b Smith`` is two adjacent words.

Each token keeps its offsets into the text (``text[start:end]`` is the token), its kind and its lookup form
(``low``: lower case, curly apostrophe straightened, the full stop of a one-period abbreviation dropped:
``Mr.`` -> ``mr``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.text import wordlists

WORD, ABBR, POSS, NUM, QUOTE, PUNCT = "word", "abbr", "poss", "num", "quote", "punct"
"""Token kinds."""

INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
"""Format characters read as white space."""

QUOTE_MARK_TOKENS = frozenset(("``", "''", '"', "\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb"))
"""Tokens that are double quote marks."""

_PATTERN = (
    r"([\s" + INVISIBLE + r"]*)("
    # U.S., Mr., F. (the look-ahead's run is possessive: no backtracking on every word)
    r"(?=[A-Za-z][a-z]{{0,6}}+\.)(?:(?:[A-Za-z]\.){{2,}}|(?:{abbr}|[A-Z])\.(?!\w))"
    r"|[^\W\d_]\w*(?:[-'\u2019](?![sS]\b)\w+)*"  # words, with inner hyphens and apostrophes (O'Malley)
    r"|['\u2019][sS]\b"  # possessive 's
    r"|\d+(?:[.,:]\d+)*\w*"  # numbers (a full stop or comma after one is punctuation)
    r"|``|''|\S)"  # quote marks, punctuation and anything else, one character each
)


def abbreviations() -> tuple[str, ...]:
    """The abbreviations written with one full stop that stay one token (``Mr.``, ``Sen.``, ``Jr.``, ``Inc.``):
    titles, name suffixes and the letters-only news abbreviations, capitalised."""
    words = {row["title"] for row in wordlists.rows("titles.csv")}
    words |= {row["word"] for row in wordlists.rows("name_parts.csv") if row["kind"] == "suffix"}
    words |= {w for w in wordlists.lines("abbreviations.txt") if w.isalpha()}
    words.add("st")
    return tuple(sorted((w.capitalize() for w in words if w.isalpha()), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    return re.compile(_PATTERN.format(abbr="|".join(re.escape(a) for a in abbreviations())))


_KIND: dict[str, str] = {}
"""A token's kind by its first character, for words and numbers (filled as characters are met)."""


def _kind(token: str) -> str:
    first = token[0]
    kind = _KIND.get(first)
    if kind is None:
        kind = _KIND[first] = WORD if first.isalpha() else NUM if first.isdigit() else PUNCT
    if kind == WORD:
        return ABBR if token[-1] == "." else WORD
    if kind == PUNCT:
        if token in QUOTE_MARK_TOKENS:
            return QUOTE
        if len(token) == 2 and token[1] in "sS":
            return POSS
    return kind


def lookup_form(token: str) -> str:
    """Lower case, curly apostrophe straightened, the full stop of a one-period abbreviation dropped."""
    low = token.lower().replace("\u2019", "'")
    return low[:-1] if len(low) > 1 and low[-1] == "." and low.count(".") == 1 else low


@dataclass(slots=True)
class Tokens:
    """The tokens of a text as parallel lists (index ``i`` is one token)."""

    start: list[int]
    end: list[int]
    raw: list[str]
    low: list[str]
    kind: list[str]

    def __len__(self) -> int:
        return len(self.start)


def tokenize(text: str) -> Tokens:
    """Split a text into :class:`Tokens`; ``text[start[i]:end[i]] == raw[i]`` for every token."""
    starts: list[int] = []
    ends: list[int] = []
    raws: list[str] = []
    lows: list[str] = []
    kinds: list[str] = []
    position = 0
    memo: dict[str, tuple[str, str]] = {}
    for space, token in _pattern().findall(text.replace("\u2019", "'")):
        position += len(space)
        end = position + len(token)
        raw = text[position:end]
        starts.append(position)
        ends.append(end)
        raws.append(raw)
        known = memo.get(raw)
        if known is None:
            known = memo[raw] = (lookup_form(raw), _kind(token))
        lows.append(known[0])
        kinds.append(known[1])
        position = end
    return Tokens(starts, ends, raws, lows, kinds)
