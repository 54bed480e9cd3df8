"""The words a quote is matched on, the speaker it is matched with, and one vocabulary for both.

A quote's *rendering* is the sequence of its words (lower case, punctuation and quote marks dropped,
apostrophes straightened): two quotes with the same rendering are the same words, whatever their quote-mark
style, case, white space or punctuation. What is rendered depends on the quote's kind:

========== ===========================================================================================
kind       words matched
========== ===========================================================================================
direct     the words inside its quote marks (all its words when it has none)
mixed      the words inside its quote marks only ("called it a 'grave mistake'" -> ``grave mistake``);
           all its words when its marks cannot be paired
indirect   every word of its content (reported speech: matched to another rendering of the same words,
           or to a quote it rewords)
========== ===========================================================================================

A quote interrupted by its attribution (``"We will win," she said, "and soon."``) or holding several quoted
phrases has several *pieces*; each is matched on its own as well, since another outlet may quote only one of
them. The words outside the marks are kept apart (:attr:`QuoteWords.extra`): they take part in finding
rewordings and in telling whose words a quote gives. Content words are the words not in
``resources/lineage_stopwords.txt``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from itertools import count
from typing import NamedTuple

import numpy as np

from analysis.paths import resource

_WORD = re.compile(r"[0-9a-z]+(?:'[0-9a-z]+)*")
_WORD_OR_SEPARATOR = re.compile(r"[0-9a-z]+(?:'[0-9a-z]+)*|\x01")
_SEPARATOR = "\x01"
_DOUBLE_MARKS = re.compile(r"``|''|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]")
_OPENERS = {"\u201c", "\u201e", "\u201f", "\u00ab", "``"}
_CLOSERS = {"\u201d", "\u00bb", "''"}
_SINGLE_QUOTED = re.compile(r"(?<![\w'\u2019])['\u2018]([^'\u2018\u2019]+?)['\u2019](?![\w'\u2019])")
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

KINDS = ("direct", "mixed", "indirect")
"""Quote kinds of the quotes table, in the order of their codes in :class:`QuoteWords`."""


class QuoteWords(NamedTuple):
    """The words of one quote, as matched.

    Attributes:
        words: the rendering (see the module docstring).
        extra: the words outside its quote marks (empty for an indirect quote).
        quoted: True when ``words`` are words the article puts in quote marks (direct, mixed with marks).
    """

    words: list[str]
    extra: list[str]
    quoted: bool


def words(text: str) -> list[str]:
    """The words of a text: lower case, apostrophes straightened, everything else that is not a letter or digit
    dropped (``"Don’t," he said`` -> ``["don't", 'he', 'said']``)."""
    return _WORD.findall(normalise(text))


def normalise(text: str) -> str:
    """Lower case, with curly and modifier apostrophes straightened."""
    text = text.lower()
    if "\u2019" in text or "\u2018" in text or "\u02bc" in text:
        text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    return text


def quoted_pieces(text: str) -> list[str]:
    """The parts of a text inside double quote marks, in order (an opened quote left unclosed runs to the end).

    Straight, curly, low and guillemet marks and the typewriter pairs (two backticks, two apostrophes) count;
    whether a straight mark opens or closes follows from the previous one. Without any double mark, single
    marks that are not apostrophes pair instead (``'grave mistake'``, as in headlines).
    """
    marks = list(_DOUBLE_MARKS.finditer(text))
    if not marks:
        return [m.group(1) for m in _SINGLE_QUOTED.finditer(text)]
    pieces: list[str] = []
    opened: int | None = None
    for mark in marks:
        glyph = mark.group()
        if opened is None:
            if glyph not in _CLOSERS:
                opened = mark.end()
            elif not pieces and text[:mark.start()].strip():
                pieces.append(text[:mark.start()])  # the content opens inside a quotation begun before it
        elif glyph in _OPENERS:
            opened = mark.end()  # a stray opener: the quotation restarts here
        else:
            pieces.append(text[opened:mark.start()])
            opened = None
    if opened is not None and text[opened:].strip():
        pieces.append(text[opened:])
    return [p for p in pieces if p.strip()]


def quote_words(kind: str, text: str) -> QuoteWords:
    """The words a quote of this kind is matched on (see the module docstring)."""
    found = quote_texts([kind], [text])
    return QuoteWords([w for piece in found.pieces[0] for w in words(piece)], words(found.extra[0]),
                      found.quoted[0])


class QuoteTexts(NamedTuple):
    """What :func:`quote_texts` reads of many quotes, as text, ready for :meth:`Vocabulary.encode_many`.

    Attributes:
        pieces: per quote, the texts of its pieces: its quoted pieces (direct and mixed quotes with paired
            marks), else its whole text; the rendering is their words in order.
        extra: per quote, its words outside quote marks ('' for an indirect quote or one without marks).
        quoted: per quote, whether the rendering is quoted words.
    """

    pieces: list[list[str]]
    extra: list[str]
    quoted: list[bool]


def quote_texts(kinds: Sequence[str], texts: Sequence[str], spans: Sequence[object] | None = None) -> QuoteTexts:
    """The pieces, outside words and quotedness of many quotes (see the module docstring).

    Args:
        kinds, texts: the quotes table's ``kind`` and ``text``.
        spans: its ``spans``, when given: a direct quote's text is its pieces joined by a space, so the pieces
            are cut out of the text by their lengths (each holds its own marks, even where a writer left one
            unclosed); without them, or when they do not fit the text, quote marks are paired in the text.
    """
    out = QuoteTexts([], [], [])
    for i, (kind, text) in enumerate(zip(kinds, texts)):
        text = text if isinstance(text, str) else ""
        if kind == "direct" and spans is not None:
            cut = span_pieces(text, spans[i])
            if len(cut) > 1:
                pieces = [p for piece in cut for p in (quoted_pieces(strip_link_cards(piece)) or [piece])]
                out.pieces.append(pieces)
                out.extra.append(_DOUBLE_MARKS.sub(" ", _strip_pieces(text, pieces)))
                out.quoted.append(True)
                continue
        text = strip_link_cards(text)
        pieces = quoted_pieces(text) if kind != "indirect" else None
        if pieces and any(_WORD.search(normalise(p)) for p in pieces):
            out.pieces.append(pieces)
            out.extra.append(_DOUBLE_MARKS.sub(" ", _strip_pieces(text, pieces)))
            out.quoted.append(True)
        else:
            out.pieces.append([text])
            out.extra.append("")
            out.quoted.append(kind == "direct")
    return out


def span_pieces(text: str, spans: object) -> list[str]:
    """A quote's text cut into its pieces by the lengths of its spans (``[[start, end], ...]``); ``[text]`` when
    the spans do not fit it (the text is the pieces joined by one space)."""
    try:
        lengths = [int(end) - int(start) for start, end in spans]  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return [text]
    if len(lengths) < 2 or sum(lengths) + len(lengths) - 1 != len(text) or min(lengths) < 1:
        return [text]
    pieces, position = [], 0
    for length in lengths:
        pieces.append(text[position:position + length])
        position += length + 1
    return pieces


_LINK_CARD = re.compile(r"[A-Za-z]*[a-z]{2}[A-Z0-9][A-Za-z0-9][^\n]{0,400}?\bMORE\b")
_LINK_CARD_TAIL = re.compile(r"^[^\n]{0,400}?\bMORE\b")


def strip_link_cards(text: str) -> str:
    """A quote's text without the related-article cards some pages leave in it.

    The Hill's pages put a card after a person's name (``Donald John TrumpSessions says he still supports Trump
    ... MORE``): the name runs into the first headline, and ``MORE`` closes it. Scraped with the article, the
    cards repeat across hundreds of articles and would join unrelated quotes. A quote that starts inside a
    card loses everything up to its ``MORE``.
    """
    if "MORE" not in text:
        return text
    text = _LINK_CARD.sub(" ", text)
    return _LINK_CARD_TAIL.sub(" ", text) if "MORE" in text else text


def _strip_pieces(text: str, pieces: list[str]) -> str:
    for piece in pieces:
        text = text.replace(piece, " ", 1)
    return text


@lru_cache(maxsize=200_000)
def _name_key(name: str) -> str | None:
    parts = [w for w in words(name) if w not in _NAME_SUFFIXES]
    if not parts:
        return None
    last = parts[-1][:-2] if parts[-1].endswith("'s") else parts[-1]
    return None if len(last) < 2 or last in stopwords() else last  # "RUSSIA PROBE IS A": no name


def speaker_key(name: object, named: object = True) -> str | None:
    """The key two quotes' speakers are compared by: the last word of a named speaker's name, lower case.

    ``"Donald Trump"``, ``"Trump"`` and ``"Mr. Trump's"`` give ``trump``; ``"Martin Luther King Jr."`` gives
    ``king``. Unnamed speakers (``named`` false: "analysts", "a spokesman", "he") and missing ones give None:
    they neither agree nor disagree with anyone. So does a "name" ending in a function word (a headline the
    extractor took for a speaker: "RUSSIA PROBE IS A").
    """
    if not named or not isinstance(name, str):
        return None
    return _name_key(name)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The function words of ``resources/lineage_stopwords.txt``."""
    lines = resource("lineage_stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


class Vocabulary:
    """Words as small integers, so renderings compare as integer sequences and index as integer n-grams.

    Id 0 is reserved (it separates texts in :meth:`encode_many`); words get ids from 1 in order of appearance.
    """

    def __init__(self) -> None:
        self.ids: defaultdict[str, int] = defaultdict(count().__next__)
        self.ids[_SEPARATOR]  # id 0

    def __len__(self) -> int:
        return len(self.ids)

    def encode(self, items: Sequence[str]) -> list[int]:
        """The ids of these words, adding new words."""
        ids = self.ids
        return [ids[w] for w in items]

    def encode_many(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """The word ids of many texts at once (one pass of the regex engine over all of them).

        Returns:
            ``(ids, ends)``: the ids of all texts' words, concatenated (int32), and where each text's ids end;
            text ``i``'s words are ``ids[ends[i - 1]:ends[i]]`` (from 0 for the first).
        """
        if not texts:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int64)
        joined = f" {_SEPARATOR} ".join(texts)
        if joined.count(_SEPARATOR) != len(texts) - 1:  # a text holds the separator itself
            joined = f" {_SEPARATOR} ".join(t.replace(_SEPARATOR, " ") for t in texts)
        ids = self.ids
        coded = np.array([ids[w] for w in _WORD_OR_SEPARATOR.findall(normalise(joined))], dtype=np.int32)
        separators = np.flatnonzero(coded == 0)
        ends = np.r_[separators, len(coded)].astype(np.int64)
        keep = np.ones(len(coded), dtype=bool)
        keep[separators] = False
        return coded[keep], ends - np.arange(len(ends))

    def words_of(self) -> list[str]:
        """Each id's word (index 0: the separator)."""
        out = [""] * len(self.ids)
        for word, index in self.ids.items():
            out[index] = word
        return out

    def content_mask(self) -> np.ndarray:
        """For each id, True when its word is a content word (not a stop word, not a lone letter)."""
        stop = stopwords()
        mask = np.ones(len(self.ids), dtype=bool)
        for word, index in self.ids.items():
            if word in stop or (len(word) < 2 and not word.isdigit()) or word == _SEPARATOR:
                mask[index] = False
        return mask
