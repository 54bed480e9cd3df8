"""Punkt's sentence-boundary decisions as plain typed code, for the compiled build.

:mod:`analysis.sentences` splits sentences with Punkt (Kiss & Strunk 2006) and the English ``punkt_tab``
parameters. In the pure-Python install NLTK's ``PunktSentenceTokenizer`` runs it and stays the reference; in the
compiled build (:mod:`analysis.native`) this module does, where importing NLTK (about a second in every process:
its package imports scipy.stats) cost a pipeline more than all of its sentence splitting. It is a port of
NLTK's inference, written from ``nltk/tokenize/punkt.py`` (Apache License 2.0): the candidate contexts around
``.``, ``?`` and ``!``, the two annotation passes (abbreviations, ellipses, initials and numbers; the
collocation, orthographic and frequent-sentence-starter heuristics) and the realignment of closing punctuation,
with NLTK's patterns. Tests check the patterns against NLTK's and the spans against NLTK's on hard cases,
random texts and the paragraphs of the corpora in ``../shared``.
"""

from __future__ import annotations

import re
from typing import Final

COMPILED: Final = not __file__.endswith(".py")
"""Whether this module runs compiled: :mod:`analysis.sentences` uses it only then."""

SENT_END_CHARS: Final = (".", "?", "!")
PUNCTUATION: Final = (";", ":", ",", ".", "!", "?")
"""Tokens that never start a sentence (the orthographic heuristic)."""

# NLTK's PunktLanguageVars, for English
NON_WORD: Final = r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb%s])" % re.escape("!?")
MULTI_CHAR: Final = r"(?:\-{2,}|\.{2,}|(?:\.\s){2,}\.)"
WORD_START: Final = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,]"
WORD_TOKENIZE_FMT: Final = r"""(
        %(MultiChar)s
        |
        (?=%(WordStart)s)\S+?  # Accept word characters until end is found
        (?= # Sequences marking a word's end
            \s|                                 # White-space
            $|                                  # End-of-string
            %(NonWord)s|%(MultiChar)s|          # Punctuation
            ,(?=$|\s|%(NonWord)s|%(MultiChar)s) # Comma if at end of word
        )
        |
        \S
    )"""
PERIOD_CONTEXT_FMT: Final = r"""
        %(SentEndChars)s             # a potential sentence ending
        (?=(?P<after_tok>
            %(NonWord)s              # either other punctuation
            |
            \s+(?P<next_tok>\S+)     # or whitespace and some other token
        ))"""
REALIGNMENT: Final = r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)'

_WORD_RE: Final = re.compile(WORD_TOKENIZE_FMT % {"NonWord": NON_WORD, "MultiChar": MULTI_CHAR,
                                                  "WordStart": WORD_START}, re.UNICODE | re.VERBOSE)
SENT_END: Final = "[%s]" % re.escape("".join(SENT_END_CHARS))
_PERIOD_CONTEXT_RE: Final = re.compile(PERIOD_CONTEXT_FMT % {"NonWord": NON_WORD, "SentEndChars": SENT_END},
                                       re.UNICODE | re.VERBOSE)
_REALIGNMENT_RE: Final = re.compile(REALIGNMENT, re.MULTILINE)
# NLTK's PunktToken
_ELLIPSIS_RE: Final = re.compile(r"\.\.+$")
_NUMERIC_RE: Final = re.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
_INITIAL_RE: Final = re.compile(r"[^\W\d]\.$", re.UNICODE)

_ORTHO_MID_UC: Final = 1 << 2
_ORTHO_UC: Final = (1 << 1) + (1 << 2) + (1 << 3)
_ORTHO_BEG_LC: Final = 1 << 4
_ORTHO_LC: Final = (1 << 4) + (1 << 5) + (1 << 6)

_UNKNOWN: Final = 0
_STARTS: Final = 1
_DOES_NOT_START: Final = 2

_ASCII_WHITESPACE: Final = " \t\n\r\x0b\x0c"  # string.whitespace, as NLTK's _get_last_whitespace_index reads it

CACHE_SIZE: Final = 1 << 16
"""How many break decisions (one per candidate context, a few words each) a splitter remembers; the same
contexts recur across articles."""


class _Token:
    """One word token of a candidate context, with Punkt's annotations."""

    def __init__(self, tok: str) -> None:
        self.tok = tok
        self.type = _NUMERIC_RE.sub("##number##", tok.lower())
        self.period_final = tok.endswith(".")
        self.sentbreak = False
        self.abbr = False
        self.ellipsis = False

    def type_no_period(self) -> str:
        typ = self.type
        return typ[:-1] if len(typ) > 1 and typ[-1] == "." else typ

    def type_no_sentperiod(self) -> str:
        return self.type_no_period() if self.sentbreak else self.type


def _tokens(text: str) -> list[_Token]:
    """Punkt's word tokens of a context, line by line (blank lines give none)."""
    out: list[_Token] = []
    for line in text.split("\n"):
        if line.strip():
            for word in _WORD_RE.findall(line):
                out.append(_Token(word))
    return out


class Punkt:
    """Punkt's sentence splitter for fixed parameters (see the module docstring).

    Args:
        abbrev_types: abbreviations, lower case and without their final period.
        collocations: ``(word, next word)`` pairs a period between them does not break.
        sent_starters: words that often start a sentence.
        ortho_context: each word's orthographic context flags (NLTK's ``_ORTHO_*`` bits).
    """

    def __init__(self, abbrev_types: set[str], collocations: set[tuple[str, str]], sent_starters: set[str],
                 ortho_context: dict[str, int]) -> None:
        self.abbrev_types = frozenset(abbrev_types)
        self.collocations = frozenset(collocations)
        self.sent_starters = frozenset(sent_starters)
        self.ortho_context = dict(ortho_context)
        self._decisions: dict[str, bool] = {}

    def span_tokenize(self, text: str) -> list[tuple[int, int]]:
        """The ``(start, end)`` of each sentence of ``text``, closing punctuation realigned (as NLTK's)."""
        return self._realigned(text, self._slices(text))

    # -- candidate contexts and breaks ----------------------------------------------------------------------

    def _slices(self, text: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        last_break = 0
        prev: re.Match[str] | None = None
        prev_start = prev_stop = 0
        for match in _PERIOD_CONTEXT_RE.finditer(text):
            start: int = match.start()
            index = _last_whitespace(text, prev_stop, start)
            word_start = index + 1 if index > prev_stop else prev_start
            if prev is not None and prev_stop <= word_start:
                last_break = self._consider(text, prev, prev_start, prev_stop, last_break, out)
            prev, prev_start, prev_stop = match, word_start, start
        if prev is not None:
            last_break = self._consider(text, prev, prev_start, prev_stop, last_break, out)
        out.append((last_break, len(text.rstrip())))
        return out

    def _consider(self, text: str, match: re.Match[str], start: int, stop: int, last_break: int,
                  out: list[tuple[int, int]]) -> int:
        """Add the sentence a candidate ends, if it breaks; return where the next sentence starts."""
        context = text[start:stop] + match.group() + match.group("after_tok")
        if not self.contains_break(context):
            return last_break
        end: int = match.end()
        out.append((last_break, end))
        return match.start("next_tok") if match.group("next_tok") else end

    def contains_break(self, context: str) -> bool:
        """Whether a candidate context holds a sentence break before its last token (NLTK's
        ``text_contains_sentbreak``), remembered per context."""
        found = self._decisions.get(context)
        if found is None:
            if len(self._decisions) >= CACHE_SIZE:
                self._decisions.clear()
            found = self._decisions[context] = self._decide(_tokens(context))
        return found

    def _decide(self, tokens: list[_Token]) -> bool:
        for token in tokens:
            self._first_pass(token)
        found = False
        n = len(tokens)
        for i in range(n):
            if i + 1 < n:
                self._second_pass(tokens[i], tokens[i + 1])
            if found:
                return True
            if tokens[i].sentbreak:
                found = True
        return False

    # -- annotation -----------------------------------------------------------------------------------------

    def _first_pass(self, token: _Token) -> None:
        tok = token.tok
        if tok in SENT_END_CHARS:
            token.sentbreak = True
        elif _ELLIPSIS_RE.match(tok):
            token.ellipsis = True
        elif token.period_final and not tok.endswith(".."):
            low = tok[:-1].lower()
            if low in self.abbrev_types or low.split("-")[-1] in self.abbrev_types:
                token.abbr = True
            else:
                token.sentbreak = True

    def _second_pass(self, tok1: _Token, tok2: _Token) -> None:
        if not tok1.period_final:
            return
        typ = tok1.type_no_period()
        next_typ = tok2.type_no_sentperiod()
        initial = _INITIAL_RE.match(tok1.tok) is not None
        if (typ, next_typ) in self.collocations:  # the collocation heuristic
            tok1.sentbreak = False
            tok1.abbr = True
            return
        if (tok1.abbr or tok1.ellipsis) and not initial:
            starts = self._ortho(tok2)
            if starts == _STARTS:
                tok1.sentbreak = True
                return
            if tok2.tok[0].isupper() and next_typ in self.sent_starters:
                tok1.sentbreak = True
                return
        if initial or typ == "##number##":
            starts = self._ortho(tok2)
            if starts == _DOES_NOT_START:
                tok1.sentbreak = False
                tok1.abbr = True
                return
            if starts == _UNKNOWN and initial and tok2.tok[0].isupper() \
                    and not self.ortho_context.get(next_typ, 0) & _ORTHO_LC:
                tok1.sentbreak = False
                tok1.abbr = True

    def _ortho(self, token: _Token) -> int:
        """The orthographic heuristic: whether ``token`` starts a sentence."""
        if token.tok in PUNCTUATION:
            return _DOES_NOT_START
        context = self.ortho_context.get(token.type_no_sentperiod(), 0)
        first = token.tok[0]
        if first.isupper() and context & _ORTHO_LC and not context & _ORTHO_MID_UC:
            return _STARTS
        if first.islower() and (context & _ORTHO_UC or not context & _ORTHO_BEG_LC):
            return _DOES_NOT_START
        return _UNKNOWN

    # -- realignment ----------------------------------------------------------------------------------------

    def _realigned(self, text: str, slices: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Closing quotes and brackets after a break moved onto the sentence they close."""
        out: list[tuple[int, int]] = []
        realign = 0
        n = len(slices)
        for i in range(n):
            start, stop = slices[i][0] + realign, slices[i][1]
            if i + 1 == n:
                if text[start:stop]:
                    out.append((start, stop))
                continue
            next_start, next_stop = slices[i + 1]
            match = _REALIGNMENT_RE.match(text[next_start:next_stop])
            if match is not None:
                out.append((start, next_start + len(match.group(0).rstrip())))
                realign = match.end()
            else:
                realign = 0
                if text[start:stop]:
                    out.append((start, stop))
        return out


def _last_whitespace(text: str, lo: int, hi: int) -> int:
    """The offset of the last ASCII white space in ``text[lo:hi]``, or ``lo`` when there is none (NLTK's
    ``_get_last_whitespace_index``, which also gives 0 for white space at the very start)."""
    for i in range(hi - 1, lo - 1, -1):
        if text[i] in _ASCII_WHITESPACE:
            return i
    return lo
