"""Who said it: resolve speaker mentions to canonical speakers, and the corpus speakers table.

:func:`resolve_speakers` takes an article's text and the offsets of its speaker mentions (``Wang``, ``he``,
``the spokesman``, ``analysts``, ``Chinese foreign ministry spokesman Wang Wenbin``) and returns one
:class:`Speaker` per mention: the canonical name resolved within the article, whether the source is named,
the role and organisation the article gives it, its type and country, and the rule that decided.

Everything is rule-based over capitalised tokens and word lists kept as data files in ``analysis/resources``:
``roles.csv``, ``titles.csv``, ``role_modifiers.csv``, ``organisations.csv``, ``countries.csv``,
``places.csv``, ``pronouns.csv``, ``given_names.csv``, ``family_names_first.txt``, ``name_parts.csv``,
``function_words.csv``, and the speech verbs of ``cue_verbs.csv`` (shared with :mod:`analysis.quotes`).
No statistical model is loaded. How an article is read:

1. Tokens (one regular expression, compiled once), paragraphs, sentences and the stretches between double
   quote marks.
2. Tokens are marked against the word lists, longest phrase first: title, role, country, place,
   organisation, modifier.
3. Runs of capitalised tokens are split into a descriptor prefix (``US President``, ``Mr.``) and a name
   (``Joe Biden``); titles never enter a name. Names of two or more words are people named in full, merged
   by first and last word (``Harry M. Reid`` = ``Harry Reid``); a one-word name links to the full name
   ending with it (``Lukin`` -> ``Artyom Lukin``) or, for family names written first
   (``family_names_first.txt``) and given names, starting with it (``Li`` -> ``Li Yonghui``, ``Hillary``
   -> ``Hillary Clinton``); among several, the first named in full whose gender fits a title (``Mrs.``).
4. What the article says of a person is read on demand from every occurrence: the pre-modifier (``Chinese
   foreign ministry spokesman Wang Wenbin``), the appositive (``Artyom Lukin, an associate professor at
   Russia's Far Eastern Federal University,``), the reversed appositive (``Sanders's campaign manager, Jeff
   Weaver``) and the party tag (``Sen. X (R-Ky.)``). Each splits into role, organisation and country; the
   speaker's role is the first that has an organisation too (else the first), its type that of the
   organisation words (else of the role words), its country the first that a role or organisation says.
5. Mentions are resolved in article order; the rule that decided is :attr:`Speaker.rule`:

   ======================== ======================================================================
   rule                     meaning
   ======================== ======================================================================
   ``full-name``            the mention's head is a name of two or more words
   ``surname->full``        a one-word family name linked to the person named in full in the article
   ``given->full``          a one-word given name linked to the person named in full (``Hillary``)
   ``surname-only``         a one-word name never given in full in the article
   ``pronoun->recent``      he/she: the compatible person (or described person, ``the woman``)
                            attributed or named earlier in the sentence, else in the closest sentence
                            before (up to three paragraphs back, names inside quotes skipped)
   ``pronoun->group``       they/it: the most recent group, organisation or document source
   ``relative->antecedent`` who/which: the person named just before in the sentence
   ``pronoun-unresolved``   a pronoun with no compatible antecedent (speaker is None)
   ``pronoun-writer``       I/we/you: the writer or reader, never resolved (speaker is None)
   ``title->named``         a definite description (``the spokesman``) resolved to the person the
                            article names with that role (last before it, else first after it)
   ``organisation``         a named organisation (``the State Department``, ``CNN``)
   ``country``              a country speaking (``China said``)
   ``place``                a city standing for its government (``Beijing``, ``Washington``)
   ``unnamed``              an unnamed source (``analysts``, ``a senior US official``), kept as written
   ``document``             a non-person source (``a poll``, ``the report``), kept as written
   ``no-mention``           the mention span holds no word
   ======================== ======================================================================

:func:`speaker_table` groups a quotes table into one row per canonical speaker across a corpus
(:data:`SPEAKER_COLUMNS`).
"""

from __future__ import annotations

import bisect
import csv
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress
from operator import index, itemgetter
from typing import Any, Final, SupportsIndex

import pandas as pd

from analysis import scanner
from analysis.paths import resource

__all__ = ["SPEAKER_COLUMNS", "SPEAKER_TYPES", "Speaker", "SpeakerTally", "canonical_speakers", "resolve_speakers",
           "speaker_table"]

SPEAKER_TYPES: Final = ("official", "academic", "think tank", "media", "business", "unnamed", "other")
"""The values of :attr:`Speaker.type`. ``official`` covers government, legislators, diplomats, the military,
parties, campaigns and candidates; ``unnamed`` is an unnamed person or group; ``other`` is a named person the
article gives no telling role or organisation, or a document (a poll, a report)."""

SPEAKER_COLUMNS: Final = {
    "speaker": "Canonical speaker: a person's full name as the article first gives it (titles such as Mr. or "
    "Sen. removed; variants merged by first and last word, case-insensitively), an organisation's name, or an "
    "unnamed source as most often written ('analysts').",
    "speaker_named": "True for a named person or organisation, False for an unnamed source (grouped by the "
    "mention text, lower-cased, without leading determiners: 'some analysts' and 'analysts' are one row).",
    "speaker_type": "official | academic | think tank | media | business | unnamed | other: the most common "
    "type given to this speaker, a specific type winning over 'other'.",
    "speaker_country": "The country most often given for this speaker (from role and organisation words); "
    "None when no article says it.",
    "roles": "The roles articles give this speaker, most frequent first, joined by '; ' (case-insensitive "
    "duplicates removed); '' when none.",
    "orgs": "The organisations articles give this speaker, most frequent first, joined by '; '; '' when none.",
    "n_quotes": "Number of quotes (rows of the quotes table) attributed to this speaker.",
    "n_articles": "Number of distinct articles quoting this speaker.",
    "first_date": "Date of the earliest article quoting this speaker, 'YYYY-MM-DD'; None when no date is known.",
    "last_date": "Date of the latest article quoting this speaker, 'YYYY-MM-DD'; None when no date is known.",
}
"""Columns of :func:`speaker_table`, in order. Rows whose speaker is empty or an unresolved pronoun are left
out (they name no one); unnamed sources are kept, one row per normalised mention text, ``speaker_named``
False. Rows are sorted by ``n_quotes`` descending, then by ``speaker``."""


@dataclass(frozen=True)
class Speaker:
    """The resolved speaker of one mention.

    Attributes:
        speaker: canonical name (``"Wang Wenbin"``), an organisation (``"State Department"``), or an unnamed
            mention as written (``"a senior US official"``); None when nothing can be named (an unresolved
            pronoun, an empty mention).
        named: True for a named person, organisation, country or place.
        role: the role the article gives, e.g. ``"foreign ministry spokesman"``, ``"associate professor"``.
        org: the organisation, e.g. ``"Chinese foreign ministry"``, ``"Carnegie Moscow Centre"``.
        type: one of :data:`SPEAKER_TYPES`.
        country: the country the role or organisation says (``"China"``), where the article says it.
        rule: which resolution rule fired (see the module docstring).
    """

    speaker: str | None
    named: bool
    role: str | None
    org: str | None
    type: str
    country: str | None
    rule: str


# ---------------------------------------------------------------------------------------------------------
# Word lists (data files), loaded once
# ---------------------------------------------------------------------------------------------------------

_KIND_PRIORITY: Final = ("title", "role", "country", "place", "org", "modifier")


@dataclass(frozen=True)
class _Role:
    name: str
    type: str
    gender: str
    document: bool
    plural: bool = False


@dataclass(frozen=True)
class _Title:
    role: str
    gender: str


@dataclass(frozen=True)
class _Org:
    keyword: str
    type: str
    country: str
    name: str


@dataclass(frozen=True)
class _Pronoun:
    gender: str
    number: str
    kind: str


@dataclass(frozen=True)
class _Lexicon:
    phrases: dict[tuple[str, ...], tuple[str, Any]]  # words -> (kind, _Title | _Role | _Org | country name)
    first_words: dict[str, int]
    continuations: dict[str, frozenset[str]]
    pronouns: dict[str, _Pronoun]
    function_kinds: dict[str, str]
    given: dict[str, str]
    family_first: frozenset[str]
    token_re: re.Pattern  # the token grammar (_TOKEN_PATTERN); analysis.scanner scans it in the compiled build
    abbreviations: frozenset[str]  # the abbreviations of token_re, before a full stop ("Mr", "Sen", "Jr")
    cue_forms: frozenset[str]
    subordinate: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    org_intro: frozenset[str]
    org_joiners: frozenset[str]
    definite: frozenset[str]


def _norm(word: str) -> str:
    """Lookup form of a token: curly apostrophes straightened, a final period dropped, acronyms kept in capitals."""
    word = word.replace("\u2019", "'")
    if word.endswith(".") and word.count(".") == 1 and len(word) > 1:
        word = word[:-1]
    if len(word) > 1 and word.isupper():
        return word
    return word.lower()


def _phrase_key(text: str) -> tuple[str, ...]:
    return tuple(_norm(w) for w in _PHRASE_SPLIT_RE.findall(text))


def _rows(name: str) -> list[dict[str, str]]:
    with resource(name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def _words(name: str) -> list[str]:
    with resource(name).open(encoding="utf-8") as handle:
        return [w for w in (line.split("#", 1)[0].strip() for line in handle) if w]


def _plural(word: str) -> str:
    if word.endswith("person"):
        return word[:-6] + "people"
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


@cache
def _lexicon() -> _Lexicon:
    """Load every word list once (a few milliseconds) and index the phrases by their words."""
    entries: dict[tuple[str, ...], dict[str, object]] = defaultdict(dict)

    def add(text: str, kind: str, value: object) -> None:
        key = _phrase_key(text)
        if key and kind not in entries[key]:
            entries[key][kind] = value

    for row in _rows("titles.csv"):
        add(row["title"], "title", _Title(row["role"], row["gender"]))
    for row in _rows("roles.csv"):
        role = _Role(row["role"].lower(), row["type"], row["gender"], row["kind"] == "document")
        add(role.name, "role", role)
        words = role.name.split(" ")
        plural = " ".join([*words[:-1], _plural(words[-1])])
        add(plural, "role", _Role(role.name, role.type, role.gender, role.document, plural=True))
    for row in _rows("countries.csv"):
        for name in row["names"].split("|"):
            add(name, "country", row["country"])
    for row in _rows("places.csv"):
        add(row["place"], "place", row["country"])
    for row in _rows("organisations.csv"):
        add(row["keyword"], "org", _Org(row["keyword"], row["type"], row["country"], row["name"]))
    subordinate = set()
    for row in _rows("role_modifiers.csv"):
        add(row["modifier"], "modifier", row["modifier"])
        if row["subordinate"]:
            subordinate.add(row["modifier"].lower())
    function_rows = _rows("function_words.csv")
    function_kinds = {r["word"].lower(): r["kind"] for r in function_rows}
    uses = {use: frozenset(r["word"].lower() for r in function_rows if use in r["use"].split())
            for use in ("org-intro", "org-joiner", "definite")}
    parts = _rows("name_parts.csv")
    particles = frozenset(r["word"] for r in parts if r["kind"] == "particle")
    suffixes = frozenset(r["word"] for r in parts if r["kind"] == "suffix")
    phrases: dict[tuple[str, ...], tuple[str, Any]] = {}
    first_words: dict[str, int] = {}
    continuations: dict[str, set[str]] = defaultdict(set)
    for key, kinds in entries.items():
        kind = next(k for k in _KIND_PRIORITY if k in kinds)
        phrases[key] = (kind, kinds[kind])
        first = key[0].lower()
        first_words[first] = max(first_words.get(first, 0), len(key))
        if len(key) > 1:
            continuations[first].add(key[1].lower())
    pronouns = {r["pronoun"]: _Pronoun(r["gender"], r["number"], r["kind"]) for r in _rows("pronouns.csv")}
    given = {r["name"].lower(): r["gender"] for r in _rows("given_names.csv")}
    family_first = frozenset(w.lower() for w in _words("family_names_first.txt"))
    # speech verbs never start a name: "Said Trump", "Stated Stone" (the cue list of analysis.quotes)
    cue_forms = frozenset(f.lower() for r in _rows("cue_verbs.csv") for f in r["forms"].split("|") if " " not in f)
    abbreviations = sorted({r["title"] for r in _rows("titles.csv")} | suffixes | {"st"}, key=len, reverse=True)
    token_re = re.compile(_TOKEN_PATTERN.format(abbr="|".join(re.escape(a.capitalize()) for a in abbreviations)))
    if any(not a.isalpha() for a in abbreviations):  # analysis.scanner reads an abbreviation as letters only
        raise ValueError(f"an abbreviation must be letters only: {[a for a in abbreviations if not a.isalpha()]}")
    return _Lexicon(
        phrases=phrases, first_words=first_words,
        continuations={k: frozenset(v) for k, v in continuations.items()}, pronouns=pronouns,
        function_kinds=function_kinds, given=given, family_first=family_first, token_re=token_re,
        abbreviations=frozenset(a.capitalize() for a in abbreviations),
        cue_forms=cue_forms, subordinate=frozenset(subordinate), particles=particles, suffixes=suffixes,
        org_intro=uses["org-intro"], org_joiners=uses["org-joiner"], definite=uses["definite"],
    )


# ---------------------------------------------------------------------------------------------------------
# Tokens and article layout
# ---------------------------------------------------------------------------------------------------------

_TOKEN_PATTERN: Final = (
    # U.S., Mr., M. (the look-ahead's run is possessive: the same matches, without backtracking on every word)
    r"\s*(?:(?=[A-Za-z][a-z]{{0,6}}+\.)(?:(?:[A-Za-z]\.){{2,}}|(?:{abbr}|[A-Z])\.(?!\w))"
    r"|[^\W\d_]\w*(?:[-'\u2019](?![sS]\b)\w+)*"  # words, with inner hyphens and apostrophes (O'Malley)
    r"|['\u2019][sS]\b"  # possessive 's
    r"|\d[\d,.:]*\w*"  # numbers
    r"|``|''|\S)"  # quote marks, punctuation and anything else, one character each
)
"""One token and the white space before it; every non-space character of a text falls in a token."""
_bisect_left: Final = bisect.bisect_left
_bisect_right: Final = bisect.bisect_right
_QUOTE_TOKENS: Final = frozenset(("``", "''", '"', "\u201c", "\u201d", "\u00ab", "\u00bb"))
_PHRASE_SPLIT_RE: Final = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_]\w*(?:[-'\u2019](?![sS]\b)\w+)*\.?|['\u2019][sS]\b|[^\w\s]")
_NEWLINE_RE: Final = re.compile(r"\n\s*")
_SENTENCE_END_RE: Final = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
"""A sentence end and the space after it; a sentence starts where a match ends (the end mark leads the pattern,
rather than a look-behind, so that the engine can skip to the candidates)."""
_QUOTE_MARK_RE: Final = re.compile(r"``|''|[\"\u201c\u201d\u00ab\u00bb]")
_OPEN_QUOTES: Final = frozenset(("\u201c", "``", "\u00ab"))
_CLOSE_QUOTES: Final = frozenset(("\u201d", "\u00bb"))
_PARTY_RE: Final = re.compile(r"\s*[(,]\s*([RDI])\s*[-\u2013\u2014.]\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*([),])")
_PARTY_KEYS: Final = {"R": "republican", "D": "democratic", "I": ""}
_EDGE_STRIP: Final = " \t\r\n,;:.!?\"'()[]{}\u201c\u201d\u2018\u2019-\u2013\u2014"
_WORDS: Final = frozenset(("word", "abbr"))
_DESCRIPTIVE: Final = frozenset(("role", "title", "org", "country", "place", "modifier"))


_ALPHA: Final[dict[str, bool]] = {}
"""Whether a character is a letter, by character (``str.isalpha`` once per character met)."""


def _kind_of(token: str) -> str:
    """word | abbr | poss | num | quote | punct."""
    first = token[0]
    alpha = _ALPHA.get(first)
    if alpha is None:
        alpha = _ALPHA[first] = first.isalpha()
    if alpha:
        return "abbr" if token[-1] == "." else "word"
    if first.isdigit():
        return "num"
    if token in _QUOTE_TOKENS:
        return "quote"
    if len(token) == 2 and token[1] in "sS":
        return "poss"
    return "punct"


def _lower(token: str) -> str:
    """Lookup form of a token: lower case, the period of a one-period abbreviation dropped ("Mr." -> "mr")."""
    low = token.lower()
    return low[:-1] if len(low) > 1 and low[-1] == "." and low.count(".") == 1 else low




def _is_acronym(word: str) -> bool:
    if not word.isupper():
        return False
    return len(word.replace(".", "")) > 1 if "." in word else len(word) > 1


def _heads(role: str) -> list[str]:
    """The roles a later description may name: "associate professor" -> associate professor, professor;
    but "vice president" is not "the president" (see ``subordinate`` in roles.csv)."""
    words = role.lower().split()
    if not words:
        return []
    if len(words) > 1 and words[0] in _lexicon().subordinate:
        return [role.lower()]
    return [role.lower(), words[-1]]


@dataclass(frozen=True)
class _Descriptor:
    """What one appositive, pre-modifier or tag says about a person."""

    role: str | None
    org: str | None
    country: str | None
    role_type: str
    org_type: str
    gender: str
    heads: frozenset[str]
    source: str  # pre | appositive | reverse | party | title


@dataclass
class _Person:
    """A person named in the article: every occurrence of the name and what the article says about them."""

    name: str
    key: tuple[str, str]
    first: int
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # (name start, name end, run start) tokens
    linked: bool = False  # a one-word occurrence (not after "the") points to this full name
    suffix: bool = False  # named with a suffix ("Jr."): a lone family name prefers the person without one
    mention_head: bool = False
    _descriptors: list[_Descriptor] | None = None
    _gender: str | None = None
    _described: bool | None = None
    _profile: tuple[str | None, str | None, str | None, str] | None = None

    @property
    def occurrences(self) -> list[int]:
        return [s[0] for s in self.spans]


class _Article:
    """One article, read once: tokens, word-list marks, names and the people they name."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lex = lex = _lexicon()
        self._tokenize(text.replace("\u2019", "'"))  # curly apostrophes straightened (same length)
        self.para_starts = [0] + [m.end() for m in _NEWLINE_RE.finditer(text)]
        self._sent_starts: list[int] | None = None
        self._quoted: list[int] | None = None
        self._mark()
        self.people: dict[tuple[str, str], _Person] = {}
        self._lowercase_words: frozenset[str] | None = None
        self.occ: dict[int, tuple[_Person, int, str]] = {}  # name start token -> (person, name end, rule)
        self._names()

    def _tokenize(self, text: str) -> None:
        """Tokens with their offsets, kinds, lookup forms and function-word kinds (one memo lookup each)."""
        start, end, word = scanner.speaker_tokens(text, self.lex.abbreviations) if scanner.COMPILED else \
            scanner.pattern_tokens(self.lex.token_re, text)
        kind: list[str] = []
        low: list[str] = []
        fn: list[str | None] = []
        function_kinds = self.lex.function_kinds
        for token in word:
            kind.append(_kind_of(token))
            lower = _lower(token)
            low.append(lower)
            fn.append(function_kinds.get(lower))
        self.start, self.end, self.word, self.kind, self.low, self.fn = start, end, word, kind, low, fn
        self.n = len(word)

    # -- layout -------------------------------------------------------------------------------------------

    def para(self, i: int) -> int:
        return _bisect_right(self.para_starts, self.start[i]) if i < self.n else len(self.para_starts)

    @property
    def sent_starts(self) -> list[int]:
        """Character offsets where sentences start (paragraph starts included), computed on first use."""
        if self._sent_starts is None:
            ends = {m.end() for m in _SENTENCE_END_RE.finditer(self.text)}
            self._sent_starts = sorted(ends.union(self.para_starts))
        return self._sent_starts

    def sent(self, i: int) -> int:
        starts = self.sent_starts
        return _bisect_right(starts, self.start[i]) if i < self.n else len(starts)

    def quoted(self, i: int) -> bool:
        """Whether token i lies between double quote marks (within its paragraph)."""
        if self._quoted is None:
            self._quoted = self._quoted_spans()
        return _bisect_right(self._quoted, self.start[i]) % 2 == 1

    def _quoted_spans(self) -> list[int]:
        """Flat list [open, close, open, close...] of the stretches between double quote marks, per paragraph."""
        flat: list[int] = []
        inside = False
        para_end_idx = 1
        for m in _QUOTE_MARK_RE.finditer(self.text):
            pos: int = m.start()
            mark: str = m.group()
            while para_end_idx < len(self.para_starts) and self.para_starts[para_end_idx] <= pos:
                if inside:
                    flat.append(self.para_starts[para_end_idx] - 1)
                    inside = False
                para_end_idx += 1
            opening = mark in _OPEN_QUOTES or (mark not in _CLOSE_QUOTES and not inside)
            if opening and not inside:
                flat.append(m.end())
                inside = True
            elif not opening and inside:
                flat.append(pos)
                inside = False
        if inside:
            flat.append(len(self.text))
        return flat

    def adjacent(self, i: int, j: int) -> bool:
        """Token j follows token i with at most one space (or no-break space) between them."""
        gap = self.start[j] - self.end[i]
        return gap == 0 or (gap == 1 and self.text[self.end[i]] in " \u00a0\t")

    def is_cap(self, i: int) -> bool:
        return self.word[i][0].isupper() and self.kind[i] in _WORDS

    def function(self, i: int) -> str | None:
        return self.fn[i]

    def span_text(self, a: int, b: int) -> str:
        return self.text[self.start[a]:self.end[b - 1]]

    # -- word-list marks ----------------------------------------------------------------------------------

    def _mark(self) -> None:
        """Mark the tokens covered by a word-list phrase, longest phrase first, left to right."""
        n, lex, low, word, kind = self.n, self.lex, self.low, self.word, self.kind
        self.mk: list[str] = [""] * n
        self.mv: list[Any] = [None] * n  # the listed entry (_Title, _Role, _Org or a country)
        self.mstart = list(range(n))
        self.mend = list(range(1, n + 1))
        first_words, phrases, continuations = lex.first_words, lex.phrases, lex.continuations
        covered = 0
        for i in list(compress(range(n), map(first_words.__contains__, low))):
            if i < covered or kind[i] not in _WORDS:
                continue
            hit = None
            longest = first_words[low[i]]
            if longest > 1 and (i + 1 >= n or low[i + 1] not in continuations.get(low[i], ())):
                longest = 1  # no listed phrase goes on with the next word: one lookup
            if longest == 1:
                hit = phrases.get((low[i],))
                if hit is None and word[i].isupper():
                    hit = phrases.get((word[i],))
                if hit is None or (hit[0] == "title" and not word[i][0].isupper()):
                    continue
                self.mk[i], self.mv[i] = hit
                covered = i + 1
                continue
            for size in range(min(longest, n - i), 0, -1):
                words = word[i:i + size]
                lows = tuple(low[i:i + size])
                hit = phrases.get(lows)
                if hit is None and any(map(str.isupper, words)):  # acronyms are listed in capitals
                    hit = phrases.get(tuple(w if len(w) > 1 and w.isupper() else lw
                                            for w, lw in zip(words, lows, strict=True)))
                if hit is not None:
                    if (hit[0] == "title" and not words[0][0].isupper()) or (size > 1 and not all(
                            self.adjacent(j, j + 1) or kind[j + 1] == "poss" for j in range(i, i + size - 1))):
                        hit = None
                        continue
                    break
            if hit is None:
                continue
            for j in range(i, i + size):
                self.mk[j], self.mv[j], self.mstart[j], self.mend[j] = hit[0], hit[1], i, i + size
            covered = i + size

    # -- names --------------------------------------------------------------------------------------------

    def _runs(self) -> list[tuple[int, int]]:
        """Runs of adjacent capitalised tokens (with name particles such as "de", "van" inside)."""
        runs = []
        # capitalised tokens are words or abbreviations (punctuation, numbers and 's never are); C-speed filter
        caps = list(compress(range(self.n), map(str.isupper, map(itemgetter(0), self.word))))
        k = 0
        while k < len(caps):
            i = j = caps[k]
            k += 1
            while True:
                nxt = j + 1
                if k < len(caps) and caps[k] == nxt and self.adjacent(j, nxt):
                    j = nxt
                    k += 1
                elif nxt + 1 < self.n and self.low[nxt] in self.lex.particles and k < len(caps) and caps[k] == nxt + 1 \
                        and self.adjacent(j, nxt) and self.adjacent(nxt, nxt + 1):
                    j = nxt + 1
                    k += 1
                else:
                    break
            runs.append((i, j + 1))
        return runs

    def _desc_flags(self, r0: int, r1: int) -> list[bool]:
        """For each token of the run [r0, r1): whether it describes (a title, role, place...) rather than names."""
        word, low, mk, lex = self.word, self.low, self.mk, self.lex
        flags = []
        leading = True  # every token so far describes: function words count only there ("But", "The")
        for i in range(r0, r1):
            w = word[i]
            if _is_acronym(w) and not (len(w) == 2 and w[1] == "."):
                d = True
            elif self.fn[i] is not None:
                # a name has no "Against" ("Railing Against Trump"), but "de" and East Asian "An" ("Nguyen Van An")
                d = leading or not (low[i] in lex.particles or low[r0] in lex.family_first)
            elif i == r0 and low[i] in lex.cue_forms and low[i] not in lex.given:
                d = True  # "Said Trump", "Stated Stone"
            else:
                kind = mk[i]
                if not kind:
                    d = False
                elif kind == "modifier":
                    d = i + 1 < r1 and mk[i + 1] in ("role", "title", "org", "modifier")
                elif kind in ("role", "country", "place") and i + 1 < r1 and low[i] in lex.given \
                        and self.mstart[i] == i and self.mend[i] == i + 1 and not mk[i + 1]:
                    d = False  # "Dean Baquet", "Virginia Foxx": a given name
                else:
                    d = True
            leading = leading and d
            flags.append(d)
        return flags

    def _names(self) -> None:
        singles: list[tuple[int, int, int]] = []
        nameless: list[tuple[int, int, int]] = []
        low, kind, word, mk = self.low, self.kind, self.word, self.mk
        fn, cue_forms = self.fn, self.lex.cue_forms
        for r0, r1 in self._runs():
            if r1 - r0 == 1:  # the commonest run: one capitalised word
                w = word[r0]
                if fn[r0] is not None or kind[r0] != "word" or len(w) < 2:
                    continue  # "The", "But", an initial
                if w.isupper() or mk[r0] or low[r0] in cue_forms:
                    nameless.append((r0, r1, r0))  # "CNN", "Guardian", "Said", "Affairs": a name only if a surname
                elif r0 == 0 or low[r0 - 1] != "the":
                    singles.append((r0, r1, r0))
                continue
            if r1 - r0 >= 5 and any(self.fn[i] for i in range(r0 + 1, r1)):
                continue  # a headline in title case: "Debate Kicked Off In The Most Awkward Way"
            desc = self._desc_flags(r0, r1)
            last = max((k for k, d in enumerate(desc) if d), default=-1)
            if r0 > 0 and low[r0 - 1] == "the" and not any(mk[k] in ("role", "title")
                                                           for k in range(r0, r0 + last + 1)):
                continue  # "the Census", "the Daily Caller": not a person
            n0 = r0 + last + 1
            if n0 >= r1 and r1 - r0 >= 2:
                n0 = self._name_ending_in_descriptor(r0, r1, desc)
            n1 = r1
            while n1 > n0 and low[n1 - 1].rstrip(".") in self.lex.suffixes:
                n1 -= 1  # "Jr." stays with the name (Donald Trump Jr. is not Donald Trump) but is not its last word
            if n1 - n0 > 1 and low[n0].endswith("ing") and low[n0] not in self.lex.given:
                n0 += 1  # a headline's participle: "Struggling Donald Trump"
            if n1 <= n0 or not any(kind[i] == "word" and len(word[i]) > 1 for i in range(n0, n1)) \
                    or all(mk[i] for i in range(n0, n1)):  # "Foreign Affairs": listed words only, not a name
                if kind[r1 - 1] == "word":
                    nameless.append((r1 - 1, r1, r0))
                continue
            if n1 - n0 == 1 and n1 == r1:
                singles.append((n0, n1, r0))
            elif n1 - n0 == 1:  # "Trump Jr.": the full name with that suffix, else this name as it stands
                singles.append((n0, r1, r0))
            else:
                self._add(self._full_person(n0, n1, r1), n0, r1, r0, "full-name")
        last_names = {p.key[1] for p in self.people.values()}
        singles.extend(s for s in nameless if self.low[s[0]] in last_names)  # "King", "Guardian"
        self._link_singles(singles)
        self.occ_order = sorted(self.occ)

    def _name_ending_in_descriptor(self, r0: int, r1: int, desc: list[bool]) -> int:
        """A run ending in a role, country or place word that is a surname: "Angus King", "Bill English"."""
        last = r1 - 1
        if self.mk[last] not in ("role", "country", "place", "org") or self.mstart[last] != last:
            return r1
        k = last
        while k > r0 and not desc[k - 1 - r0]:
            k -= 1
        if k == last:
            return r1
        if (self.mk[last] == "role" and self.mv[last].type != "") or self.low[last - 1] in self.lex.given:
            return k
        return r1

    def _full_person(self, n0: int, n1: int, end: int) -> _Person:
        """The person named by tokens [n0, n1), with the suffix tokens [n1, end) ("Jr.") in their name and key."""
        key = (self.low[n0], self._last_key(n1 - 1, n1, end))
        person = self.people.get(key)
        if person is None:
            name = " ".join(self.word[i] for i in range(n0, end))
            person = self.people[key] = _Person(name, key, n0, suffix=end > n1)
        return person

    def _last_key(self, last: int, n1: int, end: int) -> str:
        """The family-name key: the last word, with any suffix ("trump jr")."""
        return " ".join([self.low[last], *(self.low[k].rstrip(".") for k in range(n1, end))])

    def _add(self, person: _Person, n0: int, n1: int, r0: int, rule: str) -> None:
        person.spans.append((n0, n1, r0))
        self.occ[n0] = (person, n1, rule)

    def _link_singles(self, singles: list[tuple[int, int, int]]) -> None:
        by_last: dict[str, list[_Person]] = defaultdict(list)
        by_first: dict[str, list[_Person]] = defaultdict(list)
        for person in self.people.values():
            by_last[person.key[1]].append(person)
            by_first[person.key[0]].append(person)
            if person.suffix:
                by_last[person.key[1].split(" ")[0]].append(person)
        for n0, n1, r0 in singles:
            word = self._last_key(n0, n0 + 1, n1)
            pool, rule = self._pool(word, by_last, by_first)
            chosen = self._choose(pool, n0) if pool else None
            if chosen is not None:
                if n0 == 0 or self.low[n0 - 1] != "the":
                    chosen.linked = True
            else:
                chosen = self.people.get(("", word))
                if chosen is None:
                    name = " ".join(self.word[n0:n1])
                    chosen = self.people[("", word)] = _Person(name, ("", word), n0, suffix=n1 > n0 + 1)
                rule = "surname-only"
            self._add(chosen, n0, n1, r0, rule)

    def _pool(self, word: str, by_last: dict, by_first: dict) -> tuple[list[_Person], str]:
        first, last = by_first.get(word, []), by_last.get(word, [])
        if word in self.lex.family_first and first:
            return first, "surname->full"
        if last:
            return last, "surname->full"
        if first:
            return first, "given->full"
        return [], ""

    def _choose(self, pool: list[_Person], n0: int) -> _Person | None:
        """Among people sharing a name, the first named in full, unless a title's gender rules them out."""
        i = n0 - 1
        if i >= 0 and self.mk[i] == "title" and self.mv[i].gender:  # "Mrs. Clinton": not Bill Clinton
            pool = [p for p in pool if self._gender_hint(p) in ("", self.mv[i].gender)]
        return min(pool, key=lambda p: (p.suffix, p.first)) if pool else None

    def _gender_hint(self, person: _Person) -> str:
        """Gender from the given name or a title or gendered role right before a name (no caching: used while
        names are still being linked)."""
        genders = {self.mv[n0 - 1].gender for n0, _n1, _r0 in person.spans
                   if n0 > 0 and self.mk[n0 - 1] in ("title", "role") and self.mv[n0 - 1].gender}
        if len(genders) == 1:
            return genders.pop()
        return "" if genders else self.lex.given.get(person.key[0], "")

    # -- what the article says about a person -------------------------------------------------------------

    def descriptors(self, person: _Person) -> list[_Descriptor]:
        if person._descriptors is None:
            out: list[_Descriptor] = []
            for n0, n1, r0 in person.spans:
                out.extend(self._descriptors_at(n0, n1, r0))
            person._descriptors = list(dict.fromkeys(out))  # in article order, repeats dropped
        return person._descriptors

    def profile(self, person: _Person) -> tuple[str | None, str | None, str | None, str]:
        """Role, organisation, country and type of a person, from all that the article says of them."""
        if person._profile is None:
            descs = [d for d in self.descriptors(person) if d.source != "title" or d.role]
            best = next((d for d in descs if d.role and d.org), None) \
                or next((d for d in descs if d.role), None) or next((d for d in descs if d.org), None)
            ordered = ([best] if best else []) + [d for d in descs if d is not best]
            role = best.role if best else None
            org = next((d.org for d in ordered if d.org), None)
            country = next((d.country for d in ordered if d.country), None)
            kind = next((t for d in ordered for t in (d.org_type, d.role_type) if t), "other")
            person._profile = (role, org, country, kind)
        return person._profile

    def gender(self, person: _Person) -> str:
        """m or f when titles, gendered roles or else the given name agree; '' when unknown or in conflict."""
        if person._gender is None:
            genders = {d.gender for d in self.descriptors(person) if d.gender}
            if len(genders) == 1:
                person._gender = genders.pop()
            else:
                person._gender = "" if genders else self.lex.given.get(person.key[0] or person.key[1], "")
        return person._gender

    def confirmed(self, person: _Person) -> bool:
        """Whether a name is surely a person's (not "Winter Olympics"): a given name, a title, a role..."""
        if person.mention_head or person.linked or person.key[0] in self.lex.given \
                or person.key[0] in self.lex.family_first:
            return True
        if person._described is None:
            person._described = any(d.role or d.source in ("party", "title") for d in self.descriptors(person))
        return person._described

    def common_noun(self, person: _Person) -> bool:
        """A one-word name never given in full and never titled that is likely a capitalised common noun: the
        article also writes it in lower case ("Fundraisers"), or it looks plural and only starts sentences
        ("Liberals call Ryan cowardly")."""
        if person.key[0] or any(d.role or d.source in ("party", "title") for d in self.descriptors(person)):
            return False
        if self._lowercase_words is None:
            self._lowercase_words = frozenset(w for w in self.word if w[:1].islower())
        word = person.key[1]
        if word in self._lowercase_words:
            return True
        plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
        return plural and all(n0 == 0 or self.sent(n0 - 1) != self.sent(n0) or self.kind[n0 - 1] == "quote"
                              for n0, _n1, _r0 in person.spans)

    def _descriptors_at(self, n0: int, n1: int, r0: int) -> list[_Descriptor]:
        out = []
        pre = self._premodifier(n0)
        if pre is not None:
            out.append(pre)
        party = self._party(n1)
        after = self._appositive(party[1] if party else n1)
        if party is not None:
            out.append(party[0])
        if after is not None:
            out.append(after)
        if pre is None:
            rev = self._reverse_appositive(r0)
            if rev is not None:
                out.append(rev)
        return out

    def _allowed_before(self, i: int) -> bool:
        """Whether token i may belong to a role phrase read backwards from a name."""
        kind = self.kind[i]
        if kind == "poss":
            return True
        if kind == "punct":
            return self.word[i] in "'\u2019" and i > 0 and self.low[i - 1].endswith("s") \
                and self.end[i - 1] == self.start[i]  # "Sanders' campaign manager"
        if kind not in _WORDS or self.function(i) is not None and not self.mk[i]:
            return False
        return self.mk[i] in _DESCRIPTIVE or self.word[i][0].isupper()

    def _extend_back(self, i: int, *, limit: int = 12) -> int:
        """Where a role phrase ending at token i starts: back over role, organisation, country and modifier words
        and at most two other capitalised words in a row ("Sanders campaign manager")."""
        j, unknown = i, 0
        while j > 0 and i - j < limit and self.adjacent(j - 1, j) and self._allowed_before(j - 1):
            unknown = unknown + 1 if not self.mk[j - 1] and self.kind[j - 1] in _WORDS else 0
            if unknown > 2:
                break
            j -= 1
        while j < i and not self.mk[j] and self.kind[j] in _WORDS and unknown > 2:
            j += 1
        return j

    def _premodifier(self, n0: int) -> _Descriptor | None:
        """The role phrase right before a name: "Chinese foreign ministry spokesman", "US President", "Mr."."""
        i = n0 - 1
        if i < 0 or not self.adjacent(i, n0) or self.mk[i] not in ("role", "title", "country"):
            return None
        j = self._extend_back(i)
        if self.mk[j] and self.mstart[j] < j:  # never start inside a phrase
            j = self.mend[j]
        if self.mk[i] == "title" and self.mstart[i] >= j and self.mstart[i] == j:
            title = self.mv[i]
            role = title.role or None
            return _Descriptor(role, None, None, self._role_type(role), "", title.gender,
                               frozenset(_heads(role)) if role else frozenset(), "title")
        return self._parse_role_phrase(j, n0, "pre")

    def _role_type(self, role: str | None) -> str:
        hit = self.lex.phrases.get(_phrase_key(role)) if role else None
        return hit[1].type if hit and hit[0] == "role" else ""

    def _parse_role_phrase(self, a: int, b: int, source: str) -> _Descriptor | None:
        """Split tokens [a, b) into role, organisation and country."""
        mk, mv = self.mk, self.mv
        while a < b and (self.function(a) is not None and not mk[a] or self.kind[a] in ("poss", "punct")):
            a += 1
        if a >= b:
            return None
        heads: set[str] = set()
        role_type = gender = ""
        country = None
        last_role = -1
        org_end, org_value = -1, None
        i = a
        while i < b:
            kind, value, end = mk[i], mv[i], max(self.mend[i], i + 1)
            if kind == "role" and value.document and source != "mention":
                pass  # "his book", "the report": not a person's role
            elif kind == "role":
                if value.plural and source != "mention" and end >= b:
                    return None  # "the Republican nominees Obama faced", "Mr. Sloan, banking analysts say"
                heads.update(_heads(value.name))
                role_type = value.type or role_type
                gender = value.gender or gender
                last_role = end
            elif kind == "title":
                if value.role:
                    heads.update(_heads(value.role))
                    role_type = self._role_type(value.role) or role_type
                    last_role = end
                gender = value.gender or gender
            elif kind in ("country", "place") and country is None and value:
                country = value
            elif kind == "org":
                org_end, org_value = end, value
                if value.country and country is None:
                    country = value.country
            i = end
        if not heads and country is None and org_value is None:
            return None
        org = None
        org_type = ""
        if org_value is not None and org_end < b:
            o = a
            while o < org_end and (self.mk[o] == "modifier"
                                   or not (self.is_cap(o) or self.mk[o] in ("country", "org"))):
                o += 1  # "former House" -> "House", "Presumptive Republican" -> "Republican"
            if org_end - o == self.mend[org_end - 1] - self.mstart[org_end - 1] and org_value.name:
                org = org_value.name  # "Republican senator" -> Republican Party
            elif any(self.is_cap(k) for k in range(o, org_end)):
                org = self.span_text(o, org_end)
            if org is not None:
                org_type = self._org_type(o, org_end) or org_value.type
        role = self._role_text(a, min(b, last_role) if last_role > 0 else b) if heads else None
        return _Descriptor(role, org, country, role_type, org_type, gender, frozenset(heads), source)

    def _role_text(self, a: int, b: int) -> str | None:
        """The role as written, leading country words dropped ("Chinese foreign ministry spokesman" ->
        "foreign ministry spokesman") and title abbreviations spelled out ("Sen." -> "senator")."""
        while a < b and self.mk[a] == "country" and self.mend[a] < b and self.mk[b - 1] in ("role", "title"):
            a = self.mend[a]
            while a < b and self.kind[a] in ("poss", "punct"):
                a += 1
        parts: list[str] = []
        for k in range(a, b):
            if self.mk[k] == "title" and self.mstart[k] == k:
                if not self.mv[k].role:
                    continue
                if self.kind[k] == "abbr":
                    parts.append(self.mv[k].role)
                    continue
            if parts and (self.kind[k] == "poss" or (self.kind[k] == "punct" and self.word[k] in "'\u2019")):
                parts[-1] += self.word[k]
            elif self.kind[k] in _WORDS or self.word[k] in "-&":
                parts.append(self.word[k])
        return " ".join(parts) or None

    def _org_type(self, a: int, b: int) -> str:
        """The type of the organisation phrase [a, b): its longest listed phrase ("Council on Foreign Relations");
        among single words, the head: the last before "of", "for"... ("Government Affairs Institute",
        "University of the Chinese Academy of Social Sciences")."""
        best, best_key, i = "", (0, 0), a
        head_zone = True
        while i < b:
            end = max(self.mend[i], i + 1)
            if self.mk[i] == "org" and self.mv[i].type:
                key = (end - i, 1 if head_zone else 0)
                if key >= best_key:
                    best, best_key = self.mv[i].type, key
            elif self.low[i] in self.lex.org_joiners and self.function(i) == "preposition":
                head_zone = False
            i = end
        return best

    def _country_in(self, a: int, b: int) -> str | None:
        for k in range(a, b):
            if self.mk[k] in ("country", "place") and self.mv[k]:
                return self.mv[k]
            if self.mk[k] == "org" and self.mv[k].country:
                return self.mv[k].country
        return None

    def _party(self, n1: int) -> tuple[_Descriptor, int] | None:
        """A party-and-state tag after a name, "(R-Ky.)" or ", D-Calif.,": party, United States, official."""
        m = _PARTY_RE.match(self.text, self.end[n1 - 1])
        if m is None:
            return None
        key = _PARTY_KEYS[m.group(1)]
        hit = self.lex.phrases.get((key,)) if key else None
        org = hit[1].name if hit and hit[0] == "org" and hit[1].name else ("independent" if not key else None)
        end_tok = _bisect_left(self.start, m.end())
        if m.group(2) == ",":
            end_tok -= 1  # the comma may open an appositive
        desc = _Descriptor(None, org, "United States", "official", "", "", frozenset(), "party")
        return desc, end_tok

    def _appositive(self, n1: int) -> _Descriptor | None:
        """The description in "Name, a professor at X," up to the next comma or the sentence end."""
        if n1 >= self.n or self.word[n1] != ",":
            return None
        a = n1 + 1
        if a < self.n and self.kind[a] == "num":  # an age: "Clinton, 35, the daughter of ..."
            a += 2 if a + 1 < self.n and self.word[a + 1] == "," else 1
        while a < self.n and self.function(a) == "adverb":  # "Dunn, now a partner at ..."
            a += 1
        b = a
        para = self.para(n1)
        while b < self.n and b - a < 40 and self.word[b] not in ",;:()!?." and self.kind[b] != "quote" \
                and self.para(b) == para:
            b += 1
        if b <= a:
            return None
        has_det = self.function(a) == "determiner"
        start = a + 1 if has_det else a
        r = start
        while r < b and self._in_role_part(r, start):
            r += 1
        role_desc = self._parse_role_phrase(start, r, "appositive") if r > start else None
        if role_desc is not None and not role_desc.heads:
            role_desc = None
        org, org_type, org_country = self._org_after(r, b)
        if role_desc is None:
            if org is None or self.low[start] not in self.lex.org_intro:
                return None
            return _Descriptor(None, org, org_country, "", org_type, "", frozenset(), "appositive")
        return _Descriptor(role_desc.role, org or role_desc.org, role_desc.country or org_country,
                           role_desc.role_type, org_type or role_desc.org_type, role_desc.gender, role_desc.heads,
                           "appositive")

    def _in_role_part(self, r: int, start: int) -> bool:
        kind = self.kind[r]
        if kind == "poss":
            return True
        if kind == "punct":
            return self.word[r] in "'\u2019-" and r > start
        if kind not in _WORDS:
            return False
        if self.mk[r] in _DESCRIPTIVE:
            return True
        if self.function(r) is not None:  # only "of" before lower-case words: "professor of constitutional law"
            return self.low[r] == "of" and r > start and r + 1 < self.n and not self.is_cap(r + 1) \
                and self.function(r + 1) is None and any(self.mk[k] in ("role", "title") for k in range(start, r))
        if self.word[r][0].isupper():
            return True
        return r > start and any(self.low[k] == "of" for k in range(start, r))

    def _org_after(self, r: int, b: int) -> tuple[str | None, str, str | None]:
        """The first organisation phrase after at/of/for/with/from within tokens [r, b)."""
        for i in range(r, b):
            if self.low[i] in self.lex.org_intro and self.kind[i] == "word":
                span = self._org_phrase(i + 1, b)
                if span is not None:
                    s, e = span
                    if self.mk[s] == "org" and self.mv[s].name and self.mstart[s] == s and self.mend[s] == e:
                        return self.mv[s].name, self.mv[s].type, self.mv[s].country or None  # "of Democrats"
                    return self.span_text(s, e), self._org_type(s, e), self._country_in(s, e)
        return None, "", None

    def _org_phrase(self, i: int, b: int, *, loose: bool = False) -> tuple[int, int] | None:
        """A capitalised organisation name from token i: "the Carnegie Moscow Centre", "the Clinton campaign".

        Without ``loose`` it must hold an organisation word or two capitalised words that are not all countries.
        """
        if i < b and self.low[i] == "the":
            i += 1
        skipped = 0
        while i < b and skipped < 2 and self.kind[i] == "word" and not self.word[i][0].isupper() \
                and self.mk[i] != "org" and self.function(i) is None:
            i += 1  # "the non-partisan Cook Political Report"
            skipped += 1
        a = e = i
        caps = named_caps = 0
        has_org = False
        while i < b:
            kind = self.kind[i]
            if kind in _WORDS and self.word[i][0].isupper():
                caps += 1
                named_caps += self.mk[i] not in ("country", "place")
                has_org = has_org or self.mk[i] == "org"
                i += 1
                e = i
            elif i > a and (kind == "poss" or self.word[i] == "&" or (
                    self.low[i] in self.lex.org_joiners and i + 1 < b
                    and (self.is_cap(i + 1) or self.low[i + 1] == "the"))):
                i += 1  # "Russia's ...", "Johnson & Johnson", "University of the ..."
            elif kind == "word" and self.mk[i] == "org" and caps:
                has_org = True
                i += 1
                e = i
                break
            else:
                break
        if caps == 0 or e <= a:
            return None
        if not (has_org or (named_caps >= 2) or loose or (e - a == 1 and _is_acronym(self.word[a]))):
            return None  # "CLSA" is an organisation, "Russia and Central Asia" is not
        if not has_org and any(k in self.occ and (self.occ[k][0].key[0] in self.lex.given or self.occ[k][0].key[0]
                                                  in self.lex.family_first) for k in range(a, e)):
            return None  # a person's name ("the sexual indiscretions of former President Bill Clinton")
        return a, e

    def _reverse_appositive(self, r0: int) -> _Descriptor | None:
        """A role phrase, a comma, then the name: "Sanders's campaign manager, Jeff Weaver"."""
        c = r0 - 1
        if c < 1 or self.word[c] != "," or self.mk[c - 1] != "role":
            return None
        j = self._extend_back(c - 1, limit=10)
        before = j - 1
        if before >= 0 and self.sent(before) == self.sent(c) and (self.word[before] in ",;" or self.low[before] in (
                "and", "or") or self.is_cap(before) and self.function(before) is None):
            return None  # a list ("Xi, Putin and Modi"), not a description ("said Clinton's director, X")
        desc = self._parse_role_phrase(j, c, "reverse")
        return desc if desc is not None and desc.heads else None

    # -- resolving mentions -------------------------------------------------------------------------------

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Tokens lying inside the character span [start, end)."""
        a = _bisect_left(self.start, start)
        b = _bisect_left(self.start, end)
        while b > a and self.end[b - 1] > end:
            b -= 1
        return a, b

    def resolve(self, mentions: Sequence[tuple[int, int]]) -> list[Speaker]:
        ranges = [self.token_range(s, e) for s, e in mentions]
        for a, b in ranges:
            head = self._head_name(a, b)
            if head is not None:
                self.occ[head][0].mention_head = True
        self.history: list[tuple[int, _Person | _Entity]] = []
        out = []
        for a, b in ranges:
            speaker, entity = self._resolve_one(a, b)
            out.append(speaker)
            if isinstance(entity, _Entity) and entity.speaker is None:
                entity.speaker = speaker
            if entity is not None and a < self.n:
                self.history.append((a, entity))
        return out

    def _skip_lead(self, a: int, b: int) -> int:
        """Skip "by", "according to" and punctuation at the start of a mention."""
        while a < b and (self.kind[a] in ("punct", "quote") or self.function(a) == "preposition"
                         or self.low[a] == "to" and a > 0 and self.low[a - 1] == "according"):
            a += 1
        return a

    def _head_name(self, a: int, b: int) -> int | None:
        """The name heading a mention: the first name before any comma, preposition or relative pronoun, not
        followed by a possessive or a common noun ("Clinton" in "the Clinton campaign" or "Trump's aide")."""
        if a >= b:
            return None
        core = self._core_end(a, b)
        candidates = list(range(a, core))
        # "His campaign manager, Jeff Weaver,", "The chairman of X, Gen. Y": the name after the comma
        if self.mk[core - 1] == "role" or self.kind[core - 1] == "word" and self.word[core - 1].islower() \
                and self.function(core - 1) is None:
            comma = next((k for k in range(core, b) if self.word[k] == ","), None)
            if comma is not None:
                candidates.extend(range(comma + 1, min(b, comma + 4)))
        for i in candidates:
            hit = self.occ.get(i)
            if hit is None:
                continue
            end = hit[1]  # may pass b: a mention cut inside a name ("Mr. Wang" of "Mr. Wang Wenbin")
            if end < b and end + 1 < b and (self.kind[end] == "poss" or self.word[end] == "'"):
                continue
            if end < b and self.kind[end] == "word" and not self.word[end][0].isupper() and self.function(end) is None:
                continue
            return i
        return None

    def _core_end(self, a: int, b: int) -> int:
        """Where a mention's head noun phrase ends: a comma, a parenthesis, a preposition or a relative pronoun
        (not one inside a listed phrase such as "Secretary of State")."""
        for k in range(a + 1, b):
            if self.word[k] in ",(;:":
                return k
            if self.function(k) in ("preposition", "pronoun") and self.mstart[k] == k and self.mend[k] == k + 1:
                if self.low[k] in self.lex.org_joiners and self.is_cap(k - 1) and self.mk[k - 1] != "role" \
                        and k + 1 < b and self.is_cap(k + 1):
                    continue  # "Director of Government Affairs Phil Smith", "Council on American-Islamic ..."
                return k
        return b

    def _person_speaker(self, person: _Person, rule: str) -> Speaker:
        role, org, country, kind = self.profile(person)
        return Speaker(person.name, True, role, org, kind, country, rule)

    def _resolve_one(self, a: int, b: int) -> tuple[Speaker, _Person | _Entity | None]:
        a = self._skip_lead(a, b)
        if a >= b:
            return Speaker(None, False, None, None, "unnamed", None, "no-mention"), None
        if b - a == 1 and self.kind[a] == "word" and self.low[a] in self.lex.pronouns:
            return self._resolve_pronoun(a, self.lex.pronouns[self.low[a]])
        head = self._head_name(a, b)
        if head is not None:
            person, _end, rule = self.occ[head]
            if rule != "surname-only" or not self.common_noun(person):
                if rule == "full-name" and not person.key[0]:
                    rule = "surname-only"
                return self._person_speaker(person, rule), person
        known = self._known_name(a, b)
        if known is not None:
            return self._person_speaker(known, "full-name" if known.key[0] else "surname-only"), known
        named = self._named_non_person(a, b)
        if named is not None:
            return named
        return self._resolve_description(a, b)

    def _known_name(self, a: int, b: int) -> _Person | None:
        """A mention written as a name found elsewhere in the article, where this occurrence was not read as a
        name (a title-case headline: "Ted Cruz Refuses To ...")."""
        words = [k for k in range(a, b) if self.kind[k] == "word"]
        if not words or not all(self.is_cap(k) for k in words) or len(words) > 3:
            return None
        key = (self.low[words[0]], self.low[words[-1]])
        person = self.people.get(key) if len(words) > 1 else None
        if person is None and len(words) == 1:
            pool = [p for p in self.people.values() if p.key[1] == key[1] and p.key[0]]
            person = min(pool, key=lambda p: p.first) if pool else None
        return person

    def _named_non_person(self, a: int, b: int) -> tuple[Speaker, _Entity] | None:
        """An organisation, country or place heading a mention ("the State Department", "CNN", "China")."""
        i = a
        while i < b and self.function(i) == "determiner":
            i += 1
        if i >= b or not self.is_cap(i) or self.function(i) is not None:
            return None
        head = self._core_end(i, b) - 1
        if self.mk[head] in ("role", "title") or not self.is_cap(head) and self.mk[head] != "org":
            return None  # a description: "Former Clinton Pollster", "Strategists for Obama"
        kind, value = self.mk[i], self.mv[i]
        whole = self.mstart[i] == i and self.mend[i] >= b
        if kind == "country" and whole:
            return Speaker(value, True, None, None, "official", value, "country"), _Entity(value, "org", "sg")
        if kind == "place" and whole and value:
            name = self.span_text(i, b)
            return Speaker(name, True, None, None, "official", value, "place"), _Entity(name, "org", "sg")
        if kind == "org" and value.name and self.mend[i] >= b:  # "Republicans", "Democrats": a group
            return None
        span = self._org_phrase(i, b, loose=all(self.is_cap(k) or self.low[k] in self.lex.org_joiners or
                                                self.kind[k] == "poss" for k in range(i, b)))
        if span is None:
            return None
        s, e = span
        if e < b and not (self.word[e] in ",(" or self.function(e) is not None):
            return None  # the organisation modifies the head: "a State Department report"
        if self.mk[e - 1] == "org" and self.mv[e - 1].name:
            return None  # "Democrats", "House Republicans": a group, not an organisation speaking
        name = self.span_text(s, e)
        org_type = self._org_type(s, e) or "other"
        return Speaker(name, True, None, name, org_type, self._country_in(s, e), "organisation"), \
            _Entity(name, "org", "sg")

    def _resolve_description(self, a: int, b: int) -> tuple[Speaker, _Person | _Entity]:
        mention = self.span_text(a, b).strip(_EDGE_STRIP) or None
        core = self._core_end(a, b)
        role_i = max((k for k in range(a, core) if self.mk[k] == "role"), default=None)
        role_value: _Role | None = self.mv[role_i] if role_i is not None else None
        if self.low[a] in self.lex.definite and role_value is not None and not role_value.document \
                and not role_value.plural:
            person = self._person_with_role(role_value, a)
            if person is not None:
                return self._person_speaker(person, "title->named"), person
        desc = self._parse_role_phrase(a, core, "mention")
        role = desc.role if desc else None
        if role is None and role_value is not None and role_i is not None:
            role = self.span_text(self.mstart[role_i], self.mend[role_i])
        org, org_type, org_country = self._org_after(core, b)
        org = org or (desc.org if desc else None)
        country = (desc.country if desc else None) or org_country
        if role_value is not None and role_value.document:
            return Speaker(mention, False, role, org, "other", country, "document"), _Entity(mention, "doc", "sg")
        plural = role_value.plural if role_value is not None else self.low[core - 1].endswith("s")
        if self.mk[a] == "org" and self.mv[a].name:
            org = org or self.mv[a].name
        entity = _Entity(mention, "group" if plural else "unnamed", "pl" if plural else "sg",
                         person=role_value is not None, gender=role_value.gender if role_value is not None else "")
        return Speaker(mention, False, role, org, "unnamed", country, "unnamed"), entity

    def _person_with_role(self, role: _Role, a: int) -> _Person | None:
        """The person last named before token a with this role (else the first named after it)."""
        wanted = {role.name}
        best: tuple[int, _Person] | None = None
        after: tuple[int, _Person] | None = None
        for person in self.people.values():
            descs = self.descriptors(person)
            if not person.key[0]:  # a lone word named only in an appositive is too weak ("Nation, the ...")
                descs = [d for d in descs if d.source in ("pre", "title")]
            if not any(d.heads & wanted for d in descs):
                continue
            if role.gender and self.gender(person) not in ("", role.gender):
                continue
            before = [o for o in person.occurrences if o < a]
            if before:
                if best is None or before[-1] > best[0]:
                    best = (before[-1], person)
            elif after is None or person.occurrences[0] < after[0]:
                after = (person.occurrences[0], person)
        for idx, entity in self.history:
            if isinstance(entity, _Person) and idx < a and (best is None or idx > best[0]) \
                    and any(d.heads & wanted for d in self.descriptors(entity)):
                best = (idx, entity)
        chosen = best or after
        return chosen[1] if chosen else None

    # -- pronouns -----------------------------------------------------------------------------------------

    def _resolve_pronoun(self, a: int, pronoun: _Pronoun) -> tuple[Speaker, _Person | _Entity | None]:
        if pronoun.kind == "personal":
            person = self._antecedent(a, pronoun.gender)
            if isinstance(person, _Entity) and person.speaker is not None:
                s = person.speaker
                return Speaker(s.speaker, s.named, s.role, s.org, s.type, s.country, "pronoun->recent"), person
            if isinstance(person, _Person):
                return self._person_speaker(person, "pronoun->recent"), person
        elif pronoun.kind == "relative":
            person = self._relative_antecedent(a)
            if person is not None:
                return self._person_speaker(person, "relative->antecedent"), person
        elif pronoun.kind in ("plural", "neuter"):
            entity = self._group_antecedent(a, plural=pronoun.kind == "plural")
            if entity is not None and entity.speaker is not None:
                s = entity.speaker
                return Speaker(s.speaker, s.named, s.role, s.org, s.type, s.country, "pronoun->group"), entity
        else:
            return Speaker(None, False, None, None, "unnamed", None, "pronoun-writer"), None
        return Speaker(None, False, None, None, "unnamed", None, "pronoun-unresolved"), None

    def _candidates(self, a: int, gender: str) -> list[tuple[int, _Person | _Entity, bool]]:
        """People named before token a (this paragraph and three before, outside quotes), gender permitting."""
        first_para = self.para(a) - 3
        out: list[tuple[int, _Person | _Entity, bool]] = []
        for k in range(_bisect_left(self.occ_order, a) - 1, -1, -1):
            idx = self.occ_order[k]
            if self.para(idx) < first_para:
                break
            person = self.occ[idx][0]
            if self.quoted(idx) or not self.confirmed(person) or (not person.key[0] and self.common_noun(person)):
                continue
            if gender and self.gender(person) not in ("", gender):
                continue
            out.append((idx, person, False))
        for idx, entity in self.history:
            if idx >= a or self.para(idx) < first_para:
                continue
            if isinstance(entity, _Person):
                if not gender or self.gender(entity) in ("", gender):
                    out.append((idx, entity, True))
            elif entity.person and entity.number == "sg" and entity.gender in ("", gender):
                out.append((idx, entity, True))  # "The woman disputes ... she said"
        out.sort(key=lambda c: c[0])
        return out

    def _after_preposition(self, idx: int) -> bool:
        j = idx - 1
        while j >= 0 and self.mk[j] in _DESCRIPTIVE and self.kind[j] != "punct":
            j -= 1
        return j >= 0 and self.function(j) in ("preposition", "possessive")

    def _antecedent(self, a: int, gender: str) -> _Person | _Entity | None:
        """he/she: a compatible person earlier in the sentence, else in the closest sentence before that has one."""
        cands = self._candidates(a, gender)
        if not cands:
            return None
        sent = self.sent(a)
        same = [c for c in cands if self.sent(c[0]) == sent]
        if same:
            return self._pick_in_sentence(same)
        last_sent = self.sent(cands[-1][0])
        return self._pick_in_sentence([c for c in cands if self.sent(c[0]) == last_sent])

    def _pick_in_sentence(self, cands: list[tuple[int, _Person | _Entity, bool]]) -> _Person | _Entity:
        """The speaker already attributed in the sentence, else its first person that is not in an opening
        adverbial ("After meeting X, Y said he ...") nor after a preposition."""
        mentioned = [c for c in cands if c[2]]
        if mentioned:
            return mentioned[-1][1]
        opening = self._opening_clause_end(cands[0][0])
        subjects = [c for c in cands if c[0] >= opening and not self._after_preposition(c[0])]
        return (subjects or cands)[0][1]

    def _opening_clause_end(self, i: int) -> int:
        """The token after the comma closing a sentence-initial adverbial clause around token i, else 0."""
        first = _bisect_left(self.start, self.sent_starts[self.sent(i) - 1])
        if first >= self.n or self.function(first) not in ("preposition", "conjunction"):
            return 0
        comma = next((k for k in range(first, min(self.n, first + 25)) if self.word[k] == ","), None)
        return comma + 1 if comma is not None else 0

    def _relative_antecedent(self, a: int) -> _Person | None:
        """who/which: the person named last before the pronoun in the same sentence."""
        sent = self.sent(a)
        best = max((i for i in self.occ if a - 30 <= i < a and self.sent(i) == sent), default=None)
        return self.occ[best][0] if best is not None else None

    def _group_antecedent(self, a: int, *, plural: bool) -> _Entity | None:
        """they: the last group or organisation source; it: the last organisation or document source."""
        first_para = self.para(a) - 3
        for idx, entity in reversed(self.history):
            if idx >= a or not isinstance(entity, _Entity):
                continue
            if self.para(idx) < first_para:
                break
            if (plural and (entity.number == "pl" or entity.kind == "org")) or \
                    (not plural and entity.kind in ("org", "doc")):
                return entity
        return None


@dataclass
class _Entity:
    """A non-person source (organisation, group, document) that "they" or "it" may point back to."""

    name: str | None
    kind: str  # org | group | unnamed | doc
    number: str  # sg | pl
    person: bool = False  # a described person ("the woman", "a spokesman"): he/she may point back to it
    gender: str = ""
    speaker: Speaker | None = None


def resolve_speakers(text: str, mentions: Sequence[tuple[SupportsIndex, SupportsIndex]]) -> list[Speaker]:
    """Resolve each speaker mention (start, end offsets into text, in article order) within the article.

    Args:
        text: the article body text (paragraphs joined by blank lines), as the offsets index it.
        mentions: ``(start, end)`` character offsets of each speaker mention, in article order (ints, or NumPy
            integers from a table). A mention may
            be a bare name (``Wang``), a pronoun (``he``), a description (``the spokesman``, ``analysts``) or a
            whole noun phrase (``Chinese foreign ministry spokesman Wang Wenbin``).

    Returns:
        One :class:`Speaker` per mention, in the order given.
    """
    if not mentions:
        return []
    return _Article(text).resolve([(index(s), index(e)) for s, e in mentions])


# ---------------------------------------------------------------------------------------------------------
# The corpus speakers table
# ---------------------------------------------------------------------------------------------------------

_NAME_WORD_RE: Final = re.compile(r"[^\W\d_][\w.'-]*")


@dataclass
class _Group:
    """The quotes of one canonical speaker across a corpus: counts of each written form, type, country, role and
    organisation (plain dicts: a corpus has tens of thousands of groups, six counts each)."""

    surfaces: dict[str, int] = field(default_factory=dict)
    named: dict[bool, int] = field(default_factory=dict)
    types: dict[str, int] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)
    roles: dict[str, int] = field(default_factory=dict)
    orgs: dict[str, int] = field(default_factory=dict)
    articles: set = field(default_factory=set)
    dates: list = field(default_factory=list)
    undated: set = field(default_factory=set)  # str(article_id) of quotes dated from the articles table
    n_quotes: int = 0

    def merge(self, other: _Group) -> None:
        for mine, theirs in ((self.surfaces, other.surfaces), (self.types, other.types),
                             (self.countries, other.countries), (self.roles, other.roles),
                             (self.orgs, other.orgs)):
            for key, n in theirs.items():
                mine[key] = mine.get(key, 0) + n
        for flag, n in other.named.items():
            self.named[flag] = self.named.get(flag, 0) + n
        self.articles |= other.articles
        self.dates.extend(other.dates)
        self.undated |= other.undated
        self.n_quotes += other.n_quotes


def _text(value: object) -> str:
    """A cell as a clean string ('' for None, NaN and empty)."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return ""
    return " ".join(str(value).replace("\u2019", "'").split())


def _texts(values: Sequence[object]) -> list[str]:
    """:func:`_text` of each cell of a column, each distinct value cleaned once (columns repeat a few values).

    A dict lookup tries identity before equality, so even NaN cells (never equal to themselves) find their entry.
    """
    try:
        clean = {value: _text(value) for value in dict.fromkeys(values)}
    except TypeError:  # an unhashable cell (a list): clean each cell
        return [_text(value) for value in values]
    return list(map(clean.__getitem__, values))


@lru_cache(maxsize=65536)
def _name_key(name: str) -> tuple[str, ...]:
    """Merge key of a named speaker: titles, possessives and case dropped, then first and last word."""
    lex = _lexicon()
    words = _NAME_WORD_RE.findall(name.replace("\u2019", "'"))
    while words and (words[0].lower() == "the" or lex.phrases.get((_norm(words[0]),), ("",))[0] == "title"):
        words = words[1:]
    words = [(w[:-2] if w.lower().endswith("'s") else w.rstrip(".'")).lower() for w in words]
    words = [w for w in words if w]
    suffix: list[str] = []
    while len(words) > 1 and words[-1] in lex.suffixes:  # "Donald Trump Jr." is not Donald Trump
        suffix.insert(0, words.pop())
    if not words:
        return ("", name.lower())
    last = " ".join([words[-1], *suffix])
    return (words[0], last) if len(words) > 1 else (last,)


@lru_cache(maxsize=65536)
def _unnamed_form(mention: str) -> str:
    """An unnamed source without leading determiners, numbers and prepositions ("many Republicans" -> "Republicans")."""
    lex = _lexicon()
    words = mention.strip(_EDGE_STRIP).split()
    while len(words) > 1 and lex.function_kinds.get(words[0].lower()) in ("determiner", "number", "preposition"):
        words = words[1:]
    return " ".join(words)


def _unnamed_key(mention: str) -> tuple[str, ...]:
    """Group key of an unnamed source: its :func:`_unnamed_form`, lower-cased."""
    return ("unnamed", _unnamed_form(mention).lower())


def _count(counts: dict, key: object) -> None:
    counts[key] = counts.get(key, 0) + 1


def _most_common(counts: dict) -> object:
    """The most counted key, the first counted among equals (as ``Counter.most_common(1)``)."""
    if len(counts) == 1:
        return next(iter(counts))
    return max(counts.items(), key=itemgetter(1))[0]


def _without_title(surface: str, lex: _Lexicon) -> str:
    """A written form without leading "the" and titles ("Sen. Jane Doe" -> "Jane Doe")."""
    words = surface.split()
    while len(words) > 1 and (words[0].lower() == "the" or lex.phrases.get((_norm(words[0]),), ("",))[0] == "title"):
        words = words[1:]
    return " ".join(words)


def _display_name(surfaces: dict[str, int]) -> str:
    """The most frequent written form, preferring forms with more words and without titles."""
    lex = _lexicon()
    if len(surfaces) == 1:
        return _without_title(next(iter(surfaces)), lex)
    counts: dict[str, int] = {}
    for surface, n in surfaces.items():
        clean = _without_title(surface, lex)
        counts[clean] = counts.get(clean, 0) + n
    return max(counts, key=lambda s: (len(s.split()) > 1, counts[s], len(s), s))


def _joined(counter: dict[str, int]) -> str:
    """Values by frequency, case-insensitive duplicates merged (first written form kept), joined by '; '."""
    if len(counter) <= 1:
        return next(iter(counter), "")
    merged: dict[str, list] = {}
    for value, n in counter.items():
        entry = merged.setdefault(value.lower(), [value, 0])
        entry[1] += n
    return "; ".join(v for v, _n in sorted(merged.values(), key=lambda e: (-e[1], e[0].lower())))


def _day(date: pd.Timestamp) -> str:
    """'YYYY-MM-DD' of a date (what ``strftime("%Y-%m-%d")`` writes, without its cost)."""
    return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"


def _article_dates(articles: pd.DataFrame | None) -> dict[str, pd.Timestamp] | None:
    """Each article's date by ``str(article_id)`` (the first known date of a repeated id); None without dates."""
    if articles is None or not {"article_id", "date"} <= set(articles.columns):
        return None
    by_id = pd.Series(pd.to_datetime(articles["date"], errors="coerce").to_numpy(),
                      index=articles["article_id"].astype(str)).groupby(level=0).first()
    return {key: date for key, date in by_id.items() if date == date}


class SpeakerTally:
    """The groups behind :func:`speaker_table`, counted one quotes table at a time.

    :func:`speaker_table` is one :meth:`add` and one :meth:`table`; the pipeline adds each batch's quotes as it
    arrives, so the corpus table is ready when the last batch is (adding batches in order gives the table of
    their concatenation). Quotes without a ``date`` column are dated at :meth:`table` time, from the articles.
    """

    def __init__(self) -> None:
        self.groups: dict[tuple[str, ...], _Group] = {}
        self._lex = _lexicon()
        self._keys: dict[tuple[str, bool], tuple[str, ...] | None] = {}  # a speaker's key, computed once
        self._cells: dict[tuple[str, bool], tuple[_Group, str]] = {}  # (speaker, named) -> group, surface form
        self._nobody: set[tuple[str, bool]] = set()  # (speaker, named) cells that name no one

    def add(self, quotes: pd.DataFrame) -> None:
        """Count the quotes of a quotes table (see :func:`speaker_table` for the columns read)."""
        missing = {"article_id", "speaker"} - set(quotes.columns)
        if missing:
            raise KeyError(f"speaker_table needs the columns {sorted(missing)} in quotes")
        n = len(quotes)
        column = {c: (_texts(quotes[c].tolist()) if c in quotes.columns else [""] * n)
                  for c in ("speaker", "speaker_type", "speaker_country", "speaker_role", "speaker_org")}
        named_flags = quotes["speaker_named"].tolist() if "speaker_named" in quotes.columns else [None] * n
        dated = "date" in quotes.columns
        dates = pd.to_datetime(quotes["date"], errors="coerce").tolist() if dated else [None] * n
        keys = [None] * n if dated else quotes["article_id"].astype(str).tolist()
        speakers, types, countries = column["speaker"], column["speaker_type"], column["speaker_country"]
        roles, orgs = column["speaker_role"], column["speaker_org"]
        for k, (article_id, date) in enumerate(zip(quotes["article_id"].tolist(), dates, strict=True)):
            raw_named = named_flags[k]
            cell = (speakers[k], True if raw_named is None or raw_named != raw_named else bool(raw_named))
            entry = self._cells.get(cell)
            if entry is None:
                if cell in self._nobody:
                    continue
                entry = self._entry(*cell)
                if entry is None:
                    self._nobody.add(cell)
                    continue
                self._cells[cell] = entry
            group, surface = entry
            _count(group.surfaces, surface)
            _count(group.named, cell[1])
            if types[k]:
                _count(group.types, types[k])
            if countries[k]:
                _count(group.countries, countries[k])
            if roles[k]:
                _count(group.roles, roles[k])
            if orgs[k]:
                _count(group.orgs, orgs[k])
            group.articles.add(article_id)
            if dated:
                if date is not None and date == date:
                    group.dates.append(date)
            else:
                group.undated.add(keys[k])
            group.n_quotes += 1

    def _entry(self, speaker: str, named: bool) -> tuple[_Group, str] | None:
        """The group of a speaker and the form its surfaces count; None for no one."""
        key, _named = self._key(speaker, named)
        if key is None:
            return None
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = _Group()
        return group, speaker if named else _unnamed_form(speaker)

    def _key(self, speaker: str, raw_named: object) -> tuple[tuple[str, ...] | None, bool]:
        """The group key of one quote's speaker (a :func:`_text`) and whether it is named; None for no one."""
        named = True if raw_named is None or raw_named != raw_named else bool(raw_named)
        cell = (speaker, named)
        if cell in self._keys:
            return self._keys[cell], named
        found: tuple[str, ...] | None = None
        if speaker and (named or speaker.lower() not in self._lex.pronouns):
            found = _name_key(speaker) if named else _unnamed_key(speaker)
        self._keys[cell] = found
        return found, named

    def _group(self, speaker: str, raw_named: object) -> _Group | None:
        """The group of one quote's speaker (a :func:`_text`), its surface and named flag counted; None for no one."""
        named = self._key(speaker, raw_named)[1]
        entry = self._entry(speaker, named)
        if entry is None:
            return None
        group, surface = entry
        _count(group.surfaces, surface)
        _count(group.named, named)
        return group

    def table(self, *, articles: pd.DataFrame | None = None) -> pd.DataFrame:
        """The speakers table of everything added (the tally is used up: call it once).

        Args:
            articles: the articles table, to date the quotes that had no ``date`` column by ``article_id``.
        """
        groups = self.groups
        by_id = _article_dates(articles)
        if by_id:
            for group in groups.values():
                group.dates.extend(by_id[key] for key in group.undated if key in by_id)
        _merge_single_names(groups, self._lex)
        rows = [_speaker_row(group) for group in groups.values()]
        table = pd.DataFrame(rows, columns=list(SPEAKER_COLUMNS))
        if len(table):
            table = table.sort_values(["n_quotes", "speaker"], ascending=[False, True], kind="stable")
        table = table.reset_index(drop=True).astype({"n_quotes": "int64", "n_articles": "int64"})
        for name in ("speaker_country", "first_date", "last_date"):
            table[name] = table[name].astype(object).where(table[name].notna(), None)
        return table


def speaker_table(quotes: pd.DataFrame, *, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per canonical speaker across a corpus, with :data:`SPEAKER_COLUMNS`.

    Named speakers are merged by the first and last word of their name, case-insensitively and without titles
    or possessives ("Mr. Wang Wenbin", "Wang Wenbin", "WANG WENBIN"). A one-word name ("Wang", left as it is
    by an article that never gives the full name) joins the full name of the corpus ending with it (or starting
    with it, for family names written first) when that full name has at least twice the quotes of any other
    candidate. Unnamed sources are one row per mention text, lower-cased and without leading determiners
    (``speaker_named`` False); unresolved pronouns and empty speakers are left out.

    Args:
        quotes: a quotes table (:func:`analysis.extract_quotes`) with at least ``article_id`` and ``speaker``;
            ``speaker_named``, ``speaker_type``, ``speaker_country``, ``speaker_role``, ``speaker_org`` and
            ``date`` are used where present. It is not modified.
        articles: the articles table, to date the quotes by ``article_id`` when ``quotes`` has no ``date``.

    Returns:
        The speakers table, sorted by ``n_quotes`` descending then ``speaker``.
    """
    tally = SpeakerTally()
    tally.add(quotes)
    return tally.table(articles=articles)


def _merge_single_names(groups: dict[tuple[str, ...], _Group],
                        lex: _Lexicon) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Fold one-word named speakers into the dominant full name that ends (or, family name first, starts) with it.

    Returns:
        The key of each folded group and the key it joined.
    """
    merged: dict[tuple[str, ...], tuple[str, ...]] = {}
    by_last: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in groups:
        if len(key) == 2 and key[0] not in ("", "unnamed"):
            by_last[key[1]].append(key)
            by_first[key[0]].append(key)
    for key in [k for k in groups if len(k) == 1]:
        word = key[0]
        pool = by_first.get(word, []) if word in lex.family_first and by_first.get(word) else by_last.get(word, [])
        if not pool:
            continue
        ranked = sorted(pool, key=lambda k: -groups[k].n_quotes)
        if len(ranked) == 1 or groups[ranked[0]].n_quotes >= 2 * groups[ranked[1]].n_quotes:
            groups[ranked[0]].merge(groups.pop(key))
            merged[key] = ranked[0]
    return merged


def canonical_speakers(quotes: pd.DataFrame) -> pd.Series:
    """The :func:`speaker_table` name of each row's speaker: name variants merged across the corpus.

    Articles resolve names within themselves ("Trump" in one article, "Donald Trump" in another);
    corpus-level counts and figures (a speaker x target heatmap of the stance table) should use the name the
    speakers table gives, which this returns row by row, by the same merging rules.

    Args:
        quotes: a table with ``speaker`` (and ``speaker_named`` where known): a quotes or a stance table.

    Returns:
        A Series aligned with ``quotes``: the canonical name, or None where the speakers table leaves the row
        out (no speaker, an unresolved pronoun).
    """
    if "speaker" not in quotes.columns:
        raise KeyError("canonical_speakers needs a speaker column")
    tally = SpeakerTally()
    speakers = _texts(quotes["speaker"].tolist())
    flags = quotes["speaker_named"].tolist() if "speaker_named" in quotes.columns else [None] * len(quotes)
    keys = [tally._key(speaker, raw_named)[0] for speaker, raw_named in zip(speakers, flags, strict=True)]
    for speaker, raw_named, key in zip(speakers, flags, keys, strict=True):
        if key is not None:
            group = tally._group(speaker, raw_named)
            if group is not None:
                group.n_quotes += 1  # the merge of one-word names reads the counts
    merged = _merge_single_names(tally.groups, tally._lex)
    names = {key: _display_name(group.surfaces) for key, group in tally.groups.items()}
    return pd.Series([None if key is None else names[merged.get(key, key)] for key in keys], index=quotes.index,
                     dtype=object, name="speaker")


def _speaker_row(group: _Group) -> dict[str, object]:
    named = _most_common(group.named)
    specific = {t: n for t, n in group.types.items() if t not in ("other", "unnamed")}
    kind = _most_common(specific or group.types) if group.types else ("other" if named else "unnamed")
    dates = group.dates
    return {
        "speaker": _display_name(group.surfaces),
        "speaker_named": bool(named),
        "speaker_type": kind if named else "unnamed",
        "speaker_country": _most_common(group.countries) if group.countries else None,
        "roles": _joined(group.roles),
        "orgs": _joined(group.orgs),
        "n_quotes": group.n_quotes,
        "n_articles": len(group.articles),
        "first_date": _day(min(dates)) if dates else None,
        "last_date": _day(max(dates)) if dates else None,
    }
