"""Quotations: quote marks paired into the stretches of text they enclose, paragraph by paragraph.

Straight, curly and typewriter marks (the NYT's two backticks or two apostrophes), guillemets and corner
brackets count as double quotes; whether a straight mark opens or closes follows from its neighbours, a curly
one's glyph only breaks ties. A paragraph that ends inside a quotation leaves it open (``closed`` False): the
news convention for a quotation running over several paragraphs, each opening with a quote mark. Some sources lose
the line breaks of such a quotation (``"A. "B. "C." He said``): an opening mark right after a sentence end inside
a quotation starts a new one, the quotation before it left open, as if the paragraph had broken there. Single quote
marks pair only in paragraphs without any double quote (headline style), and never where they are apostrophes
(``Xi's``, ``students'``, ``'90s``). A single quoted capitalised word between a given name and a family name is a
nickname (``nickname``), part of the name, not a quotation of anything said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

MARK = re.compile("``|''|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u201b'`\u300c\u300d\u300e\u300f"
                  "\u2039\u203a]")
"""Every character (or pair) that may be a quote mark."""

DOUBLE_OPEN = frozenset({"\u201c", "\u201e", "\u00ab", "``", "\u300c", "\u300e"})
DOUBLE_CLOSE = frozenset({"\u201d", "\u00bb", "\u300d", "\u300f"})
DOUBLE_AMBIGUOUS = frozenset({'"', "''", "\u201f"})
SINGLE = frozenset({"\u2018", "\u2019", "\u201a", "\u201b", "'", "`", "\u2039", "\u203a"})
QUOTE_CHARS = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u201b'`\u300c\u300d\u300e\u300f\u2039\u203a"
"""Characters that may be part of a quote mark (to strip them from a quotation's ends)."""

_STRICT = frozenset({"\u300c", "\u300d", "\u300e", "\u300f"})  # corner brackets: the glyph decides
_OPEN_BEFORE = frozenset("([{\u2014\u2013-/\u2018\u201c\"'`")
_CLOSE_AFTER = frozenset(".,;:!?)]}\u2014\u2013-\u2026\u2019\u201d\"'")
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff")
_APOSTROPHE_WORDS = re.compile(r"(?:em|til|cause|n|s|tis|twas)\b", re.IGNORECASE)


_NICKNAME = re.compile("[\"\u201c`']{1,2}[A-Z][a-z]+[\"\u201d']{1,2}")
_NAME_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]\.) $")  # a given name, or an initial, and one space
_NAME_AFTER = re.compile(r" [A-Z][a-z]")


@dataclass(slots=True)
class Quotation:
    """A quotation inside one paragraph, its marks included; ``closed`` False when it runs to the end;
    ``nickname`` True for one quoted capitalised word inside a name ('Barbara "Biz" Van Gelder'), no words said."""

    start: int
    end: int
    closed: bool
    nickname: bool = False


def _flanks(text: str, s: int, e: int, ps: int, pe: int) -> tuple[bool, bool]:
    """(may open, may close) for a mark at ``text[s:e]`` inside the paragraph ``[ps, pe)``."""
    before = text[s - 1] if s > ps else " "
    after = text[e] if e < pe else " "
    may_open = before.isspace() or before in _OPEN_BEFORE or before in _INVISIBLE
    may_close = after.isspace() or after in _CLOSE_AFTER or after in _INVISIBLE
    return may_open, may_close


def _double(text: str, ps: int, pe: int, marks: list[re.Match]) -> list[Quotation]:
    found: list[Quotation] = []
    open_at, depth = -1, 0
    for match in marks:
        mark: str = match.group()
        if mark in SINGLE:
            continue
        may_open, may_close = _flanks(text, match.start(), match.end(), ps, pe)
        if mark in _STRICT:
            role = "open" if mark in DOUBLE_OPEN else "close"
        elif mark in DOUBLE_OPEN:
            role = "close" if (may_close and not may_open and open_at >= 0) else "open"
        elif mark in DOUBLE_CLOSE:
            role = "open" if (may_open and not may_close and open_at < 0) else "close"
        elif may_open and not may_close:
            role = "open"
        elif may_close and not may_open:
            role = "close"
        else:
            role = "close" if open_at >= 0 else "open"
        if open_at < 0:
            if role == "open":
                open_at, depth = match.start(), 1
        elif role == "close":
            depth -= 1
            if depth == 0:
                found.append(Quotation(open_at, match.end(), True))
                open_at = -1
        elif depth == 1 and may_open and not may_close and _after_sentence_end(text, match.start(), open_at):
            found.append(Quotation(open_at, _end_of_words(text, match.start()), False))  # a lost paragraph break
            open_at = match.start()
        else:  # a quotation inside a quotation, written with double marks
            depth += 1
    if open_at >= 0:
        found.append(Quotation(open_at, pe, False))
    return found


def _after_sentence_end(text: str, at: int, open_at: int) -> bool:
    """Does the mark at ``at`` follow a sentence end and white space (``... children. "Video``)?"""
    k = at
    while k > open_at and text[k - 1].isspace():
        k -= 1
    return k < at and k > open_at + 1 and text[k - 1] in ".!?"


def _end_of_words(text: str, at: int) -> int:
    """The end of the words before the white space ending at ``at``."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _single(text: str, ps: int, pe: int, marks: list[re.Match]) -> list[Quotation]:
    """Pair single quote marks (headline style) while leaving apostrophes alone."""
    found: list[Quotation] = []
    open_at = -1
    for match in marks:
        s, e = match.span()
        if match.group() not in SINGLE:
            continue
        before = text[s - 1] if s > ps else " "
        after = text[e] if e < pe else " "
        if open_at < 0:
            if (before.isspace() or before in _OPEN_BEFORE) and after.isalpha() and not (
                    _APOSTROPHE_WORDS.match(text, e, pe)):
                open_at = s
        elif not before.isspace() and (after.isspace() or after in _CLOSE_AFTER) and e - open_at > 3:
            found.append(Quotation(open_at, e, True))
            open_at = -1
    return found


def paragraph_quotations(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[list[Quotation]]:
    """The quotations of each paragraph, in text order (one list per paragraph)."""
    out: list[list[Quotation]] = []
    for ps, pe in paragraphs:
        marks = list(MARK.finditer(text, ps, pe))
        if not marks:
            out.append([])
            continue
        found = _double(text, ps, pe, marks)
        if not found and not any(m.group() in DOUBLE_AMBIGUOUS or m.group() in DOUBLE_OPEN for m in marks):
            found = _single(text, ps, pe, marks)
        for quotation in found:
            quotation.nickname = quotation.closed and bool(
                _NICKNAME.fullmatch(text, quotation.start, quotation.end)
                and _NAME_BEFORE.search(text, max(ps, quotation.start - 30), quotation.start)
                and _NAME_AFTER.match(text, quotation.end, pe))
        out.append(found)
    return out


def last_inner(text: str, quotation: Quotation) -> str:
    """The last character inside a quotation's closing marks (``,`` for ``"insanity,"``)."""
    k = quotation.end - 1
    while k > quotation.start and text[k] in QUOTE_CHARS:
        k -= 1
    return text[k] if k > quotation.start else ""
