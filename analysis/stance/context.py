"""A target in its sentence, as the stance methods read it: tokens, its clause, negation, quotation marks and
VADER valences.

:func:`target_context` turns a text and the target's span into a :class:`TargetContext` once, from the tokens
of :mod:`analysis.text.tokens` (the one tokeniser); :func:`context_in` does the same for a stretch of an
article's document. The target's own words are masked as one token (:data:`TARGET_TOKEN`).

Word lists are data: the VADER lexicon, booster words and negations come from the ``vaderSentiment`` package;
speech cues (cue types speech and document) from ``resources/cue_verbs.csv``; pronouns from
``resources/pronouns.csv``; clause breaks, extra negators and quote marks from ``resources/stance_words.csv``.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import compress
from pathlib import Path

from analysis.text import wordlists
from analysis.text.document import Document
from analysis.text.tokens import Tokens, tokenize

TARGET_TOKEN = "<T>"
"""The target's words, collapsed into one masked token."""

NEGATION_SCOPE = 3
"""A negator flips the valence of up to this many following words (stopping at punctuation)."""

N_SCALAR = -0.74
"""VADER's factor for a negated word's valence."""

B_INCR = 0.293
"""VADER's booster increment ("very", "extremely")."""

C_INCR = 0.733
"""VADER's emphasis for a word in capitals in a mixed-case sentence."""

VADER_ALPHA = 15.0
"""VADER's normalisation constant: compound = s / sqrt(s^2 + alpha)."""

_CLAUSE_PUNCT = frozenset(",;:()[]-\u2013\u2014")
_SENTENCE_END = frozenset(".!?")


@dataclass(frozen=True)
class Lexicon:
    """The word lists the stance methods read (see the module docstring for where each comes from)."""

    valence: dict[str, float]
    boosters: dict[str, float]
    negators: frozenset[str]
    clause_breaks: frozenset[str]
    quote_marks: frozenset[str]
    speech: frozenset[str]
    pronouns: frozenset[str]


def _vader_lexicon_path() -> Path:
    import vaderSentiment

    return Path(vaderSentiment.__file__).resolve().parent / "vader_lexicon.txt"


@cache
def lexicon() -> Lexicon:
    """The shared :class:`Lexicon` (read once)."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE

    valence: dict[str, float] = {}
    for line in _vader_lexicon_path().read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                valence[parts[0].strip()] = float(parts[1])
            except ValueError:
                continue
    words = wordlists.rows("stance_words.csv")
    speech = frozenset(form.strip().lower() for row in wordlists.rows("cue_verbs.csv")
                       if row["cue_type"] in ("speech", "document")
                       for form in row["forms"].split("|") if form.strip() and " " not in form.strip())
    return Lexicon(
        valence=valence,
        boosters={w.lower(): v for w, v in BOOSTER_DICT.items()},
        negators=frozenset(w.lower() for w in NEGATE) | {r["word"].lower() for r in words if r["kind"] == "negator"},
        clause_breaks=frozenset(r["word"].lower() for r in words if r["kind"] == "clause_break"),
        quote_marks=frozenset(r["word"] for r in words if r["kind"] == "quote_mark"),
        speech=speech,
        pronouns=wordlists.column("pronouns.csv", "pronoun"),
    )


@dataclass(frozen=True)
class TargetContext:
    """A sentence (or a stretch of one) seen from one target.

    Attributes:
        words: lower-cased tokens; the target's tokens collapsed into :data:`TARGET_TOKEN`.
        spans: ``(start, end)`` of each word in the text (the target: its mention span).
        shouting: whether each word is written in capitals (for VADER's emphasis).
        target: index of the target in ``words``.
        mention: the target's own words, lower case.
        possessive: the mention is followed by ``'s`` (``Beijing's``).
        negated: whether each word lies in a negation's scope.
        clause: first and last index (inclusive) of the target's clause.
        quoted: whether each word lies inside quotation marks.
    """

    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    shouting: tuple[bool, ...]
    target: int
    mention: tuple[str, ...]
    possessive: bool
    negated: tuple[bool, ...]
    clause: tuple[int, int]
    quoted: tuple[bool, ...]

    def valence(self, index: int) -> float:
        """VADER valence of word ``index`` in context: lexicon value, negation, boosters, capitals."""
        return _word_valence(self, index, lexicon())


MAX_CONTEXT_CHARS = 600
"""A text longer than this (or of several paragraphs) is read in the target's sentence only."""


def narrow(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence around ``[start, end)`` with offsets into it, when ``text`` is long; else the text itself."""
    if len(text) <= MAX_CONTEXT_CHARS and "\n\n" not in text:
        return text, start, end
    for sentence in Document("", text).sentences:
        if sentence.start <= start and end <= sentence.end:
            return text[sentence.start:sentence.end], start - sentence.start, end - sentence.start
    return text, start, end


def target_context(text: str, start: int, end: int) -> TargetContext:
    """The context of the target at ``[start, end)`` of a text (a sentence or a short passage).

    A target that covers no token becomes a masked token at its offset.
    """
    return _build(tokenize(text), 0, None, int(start), int(end))


CONTEXT_TOKENS = 80
"""How many tokens either side of the target a context holds at most: every news sentence fits whole, and a
sentence of any length (an unpunctuated paragraph) costs the same per mention (linear time, bounded memory)."""


def context_in(doc: Document, lo: int, hi: int, start: int, end: int) -> TargetContext:
    """The context of the target at ``[start, end)`` within the stretch ``[lo, hi)`` of a document, at most
    :data:`CONTEXT_TOKENS` tokens either side of it."""
    tokens = doc.tokens
    a, b = doc.token_range(lo, hi)
    t0, t1 = doc.token_range(start, end)
    return _build(tokens, max(a, t0 - CONTEXT_TOKENS), min(b, max(t1, t0 + 1) + CONTEXT_TOKENS), start, end)


def _build(tokens: Tokens, a: int, b: int | None, start: int, end: int) -> TargetContext:
    lex = lexicon()
    b = len(tokens) if b is None else b
    low, raw, kinds, starts, ends = tokens.low, tokens.raw, tokens.kind, tokens.start, tokens.end
    # tokens [a, t0) come before the target, [t0, t1) overlap it, [t1, b) start after it
    t1 = bisect_left(starts, end, a, max(a, b))
    t0 = min(bisect_right(ends, start, a, max(a, b)), t1)
    mention = [low[i] for i in range(t0, t1) if kinds[i] != "poss"]
    after = t1
    while after < b and kinds[after] == "poss":
        after += 1  # "Beijing's": the possessive belongs to the target
    possessive = after > t1
    target = t0 - a
    words = [*low[a:t0], TARGET_TOKEN, *low[after:b]]
    spans = (*zip(starts[a:t0], ends[a:t0]), (start, end), *zip(starts[after:b], ends[after:b]))
    shouting = [len(word) > 1 and word.isupper() for word in raw[a:t0]]
    shouting.append(False)
    shouting.extend([len(word) > 1 and word.isupper() for word in raw[after:b]])
    if all(shout or not word.isalpha() for word, shout in zip(words, shouting)):  # the target is no word
        shouting = [False] * len(words)
    return TargetContext(tuple(words), spans, tuple(shouting), target, tuple(mention), possessive,
                         _negation_scope(words, lex), _clause(words, target, lex), _quoted(words, lex))


def _is_negator(word: str, lex: Lexicon) -> bool:
    return word in lex.negators or word.endswith("n't")


def _negation_scope(words: list[str], lex: Lexicon) -> tuple[bool, ...]:
    if lex.negators.isdisjoint(words) and "n't" not in " ".join(words):
        return (False,) * len(words)  # no negator: the common case, without a walk
    negated = [False] * len(words)
    left = 0
    for i, word in enumerate(words):
        if _is_negator(word, lex):
            left = NEGATION_SCOPE
            continue
        if word in _CLAUSE_PUNCT or word in _SENTENCE_END or word in lex.quote_marks:
            left = 0
        if left:
            negated[i] = True
            left -= 1
    return tuple(negated)


def _breaks_clause(word: str, lex: Lexicon) -> bool:
    return word in _CLAUSE_PUNCT or word in lex.quote_marks or word in lex.clause_breaks


def _clause(words: list[str], target: int, lex: Lexicon) -> tuple[int, int]:
    lo = target
    while lo > 0 and not _breaks_clause(words[lo - 1], lex):
        lo -= 1
    hi = target
    while hi < len(words) - 1 and not _breaks_clause(words[hi + 1], lex):
        hi += 1
    return lo, hi


def _quoted(words: list[str], lex: Lexicon) -> tuple[bool, ...]:
    if lex.quote_marks.isdisjoint(words):
        return (False,) * len(words)
    inside = False
    quoted = []
    for word in words:
        if word in lex.quote_marks:
            inside = not inside
            quoted.append(False)
        else:
            quoted.append(inside)
    return tuple(quoted)


def _word_valence(ctx: TargetContext, index: int, lex: Lexicon) -> float:
    if index == ctx.target:
        return 0.0
    value = lex.valence.get(ctx.words[index], 0.0)
    if not value:
        return 0.0
    if ctx.shouting[index]:
        value += C_INCR if value > 0 else -C_INCR
    for back, decay in ((1, 1.0), (2, 0.95), (3, 0.9)):
        j = index - back
        if j < 0:
            break
        boost = lex.boosters.get(ctx.words[j])
        if boost:
            value += math.copysign(abs(boost) * decay, value) * (1 if boost > 0 else -1)
    if ctx.negated[index]:
        value *= N_SCALAR
    return value


def valences(ctx: TargetContext) -> list[float]:
    """VADER valence of every word in context (0 for words outside the lexicon and for the target)."""
    lex = lexicon()
    out = [0.0] * len(ctx.words)
    for i in compress(range(len(ctx.words)), map(lex.valence.get, ctx.words)):  # the lexicon's words, found in C
        out[i] = _word_valence(ctx, i, lex)
    return out


def compound(total: float) -> float:
    """VADER's normalisation of a valence sum into ``[-1, 1]``."""
    return total / math.sqrt(total * total + VADER_ALPHA)


def clause_valence(ctx: TargetContext) -> tuple[float, list[tuple[str, float]]]:
    """VADER compound of the target's clause, and ``(word, valence)`` of each lexicon word in it, strongest
    first (negated words prefixed ``not``)."""
    lo, hi = ctx.clause
    total = 0.0
    evidence: list[tuple[str, float]] = []
    values = valences(ctx)
    for i in range(lo, hi + 1):
        if values[i]:
            total += values[i]
            evidence.append((("not " if ctx.negated[i] else "") + ctx.words[i], round(values[i], 3)))
    evidence.sort(key=lambda item: -abs(item[1]))
    return compound(total), evidence
