"""The one tokeniser: every non-space character of an article falls in exactly one token.

Tokens are words (``O'Malley``, ``co-chair``, ``Philly.com``), abbreviations with their full stop (``Mr.``,
``U.S.``, ``F.``), the possessive ``'s`` on its own, numbers (``3.5``, ``1,200``), quote marks (``"``, ``“``, `````` `` ``````) and
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
from itertools import accumulate
from operator import add, itemgetter, sub

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
    r"(?:\.(?:com|org|net|gov|edu|co\.uk)(?!\w))?"  # and a web domain's ending: Philly.com, NJ.com
    r"|['\u2019][sS]\b"  # possessive 's
    r"|\d+(?:[.,:]\d+)*\w*"  # numbers (a full stop or comma after one is punctuation)
    r"|``|['\u2019]['\u2019]|--|\S)"  # quote marks, a double hyphen (a dash), punctuation and anything else
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


_LOOKUP_FORMS: dict[str, str] = {}
"""The lookup form of each raw token met so far."""

_KINDS: dict[str, str] = {}
"""The kind of each raw token met so far (it depends on the raw token alone)."""

_KNOWN_LIMIT = 200_000
"""Raw tokens :data:`_LOOKUP_FORMS` and :data:`_KINDS` may hold before they are emptied (memory stays bounded)."""


def _forms(raws: list[str]) -> tuple[list[str], list[str]]:
    """The lookup forms and the kinds of raw tokens."""
    new = set(raws).difference(_KINDS)
    if new:
        if len(_KINDS) + len(new) > _KNOWN_LIMIT:
            _LOOKUP_FORMS.clear()
            _KINDS.clear()
            new = set(raws)
        for raw in new:
            _LOOKUP_FORMS[raw] = lookup_form(raw)
            _KINDS[raw] = _kind(raw.replace("\u2019", "'"))
    return list(map(_LOOKUP_FORMS.__getitem__, raws)), list(map(_KINDS.__getitem__, raws))


def tokenize(text: str) -> Tokens:
    """Split a text into :class:`Tokens`; ``text[start[i]:end[i]] == raw[i]`` for every token."""
    found = _pattern().findall(text)
    if not found:
        return Tokens([], [], [], [], [])
    raws = list(map(itemgetter(1), found))
    lengths = list(map(len, raws))
    # a token ends where the spaces and the tokens up to it end
    ends = list(accumulate(map(add, map(len, map(itemgetter(0), found)), lengths)))
    starts = list(map(sub, ends, lengths))
    lows, kinds = _forms(raws)
    return Tokens(starts, ends, raws, lows, kinds)


def plural_apostrophe(low: list[str], raw: list[str], start: list[int], end: list[int], k: int) -> bool:
    """Is token k the apostrophe of a plural noun inside a name: attached to a word in -s (not -ss, not an acronym)
    and followed by a space and a capitalised word or a figure ("the Music Managers' Forum", "Veterans' Affairs";
    not "Congress' Joint Committee", "IRS' ...")? Read by the quote and the speaker steps on their own token arrays."""
    return 0 < k < len(low) - 1 and low[k] in ("'", "\u2019") and low[k - 1].endswith("s") \
        and not low[k - 1].endswith("ss") and not raw[k - 1].isupper() and start[k] == end[k - 1] \
        and start[k + 1] > end[k] and (raw[k + 1][:1].isupper() or raw[k + 1][:1].isdigit())
