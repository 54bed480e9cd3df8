"""A paragraph's tokens as the attribution rules read them: the document's tokens, each quotation one token.

The rules see three kinds of token: ``Q`` a whole quotation (its marks and words), ``W`` a word (words,
abbreviations, numbers), ``P`` punctuation (and a stray quote mark that pairs with nothing). A quotation's words
stay in the document; here they are one opaque token, so that a quotation of several sentences stays inside
one sentence and no rule reads a cue inside quoted words.

Two readings of the document's tokens suit the rules better and are made here: a possessive or a contraction
stays with its word (``Trump's``, ``it's``: the word lists hold ``it's`` as a verb), and the full stop of an
abbreviation or initial is a token of its own (``Gov`` ``.``), which the rules read with
:func:`analysis.quotes.phrases.abbreviation_period`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import islice

from analysis.text import tokens as text_tokens
from analysis.text.document import Document
from analysis.text.quotations import QUOTE_CHARS, Quotation, last_inner
from analysis.text.tokens import Tokens

Q, W, P = 1, 2, 3
"""Token kinds: quotation, word, punctuation."""

PLACEHOLDER = "\x02"
"""The text (``raw`` and ``low``) of a quotation token."""

_OPENERS = frozenset("([{\"'\u201c\u2018")

_KIND = {"word": W, "abbr": W, "num": W, "poss": W, "quote": P, "punct": P}


@dataclass(slots=True)
class ParagraphTokens:
    """Tokens of one paragraph: parallel lists of start, end, kind, text and lower-case text.

    A quotation is one token (kind ``Q``); ``blob`` maps its index to the :class:`Quotation`.
    """

    start: list[int]
    end: list[int]
    kind: list[int]
    low: list[str]
    raw: list[str]
    blob: dict[int, Quotation]
    comma_q: frozenset[int] = frozenset()  # quotations whose words end with a comma ('"insanity,"')
    tag_q: frozenset[int] = frozenset()  # quotations ending with a comma, ? or ! that await their attribution
    breaks: list[int] | None = None  # prefix counts of ";" and of ":" before a quotation (see breaks_between)


def paragraph_tokens(doc: Document, paragraph: int) -> ParagraphTokens:
    """The tokens of one paragraph of the document, each of its quotations collapsed into one ``Q`` token."""
    ps, pe = doc.paragraphs[paragraph]
    tokens = doc.tokens
    all_start, all_end = tokens.start, tokens.end
    a, b = bisect_left(all_start, ps), bisect_left(all_start, pe)
    out = ParagraphTokens([], [], [], [], [], {})
    i = a
    for quotation in doc.quotations[paragraph]:
        reached = bisect_right(all_end, quotation.start, i, b)  # the first token ending after the mark
        _copy_tokens(tokens, i, reached, out)
        i = reached
        if i >= b:
            break
        start = min(all_start[i], quotation.start)
        i = bisect_left(all_start, quotation.end, i, b)  # past the tokens the quotation holds
        if quotation.nickname:  # 'Barbara "Biz" Van Gelder': a nickname is a word of the name
            word = doc.text[quotation.start:quotation.end].strip(QUOTE_CHARS)
            out.start.append(start)
            out.end.append(quotation.end)
            out.kind.append(W)
            out.low.append(word.lower())
            out.raw.append(word)
            continue
        out.blob[len(out.start)] = quotation
        out.start.append(start)
        out.end.append(max(quotation.end, all_end[i - 1]))
        out.kind.append(Q)
        out.low.append(PLACEHOLDER)
        out.raw.append(PLACEHOLDER)
    _copy_tokens(tokens, i, b, out)
    blob = out.blob
    text = doc.text
    inner = {k: last_inner(text, quotation) for k, quotation in blob.items() if quotation.closed}
    out.comma_q = frozenset(k for k, c in inner.items() if c == ",")
    out.tag_q = frozenset(k for k, c in inner.items() if c in ",?!")
    return out


def quotation_tokens(doc: Document, quotation: Quotation) -> ParagraphTokens:
    """The words inside a quotation's marks, read as a paragraph of their own (a quotation inside it, in single
    marks, is not collapsed: its marks are punctuation)."""
    tokens = doc.tokens
    a = bisect_right(tokens.start, quotation.start)  # past the opening mark
    b = bisect_left(tokens.start, quotation.end, a)
    while b > a and tokens.kind[b - 1] == "quote" and tokens.end[b - 1] >= quotation.end - 2:
        b -= 1  # the closing mark
    out = ParagraphTokens([], [], [], [], [], {})
    _copy_tokens(tokens, a, b, out)
    return out


def _positions(values: list[str], value: str, lo: int, hi: int) -> list[int]:
    """The indexes in ``[lo, hi)`` where ``values`` holds ``value``."""
    found: list[int] = []
    try:
        while True:
            lo = values.index(value, lo, hi)
            found.append(lo)
            lo += 1
    except ValueError:
        return found


def _copy_tokens(tokens: Tokens, lo: int, hi: int, out: ParagraphTokens) -> None:
    """Append the document's tokens ``[lo, hi)`` (no quotation among them) to ``out``.

    Most are copied as they are, in slices; a possessive joins the word it follows and the full stop of a
    one-period abbreviation becomes a token of its own.
    """
    if lo >= hi:
        return
    all_kind = tokens.kind
    special = _positions(all_kind, "poss", lo, hi) + _positions(all_kind, "abbr", lo, hi)
    special.sort()
    special.append(hi)
    all_start, all_end, all_low, all_raw = tokens.start, tokens.end, tokens.low, tokens.raw
    starts, ends, kinds, lows, raws = out.start, out.end, out.kind, out.low, out.raw
    for i in special:
        if lo < i:
            starts.extend(all_start[lo:i])
            ends.extend(all_end[lo:i])
            kinds.extend(map(_KIND.__getitem__, all_kind[lo:i]))
            lows.extend(all_low[lo:i])
            raws.extend(all_raw[lo:i])
        if i == hi:
            return
        lo = i + 1
        kind = all_kind[i]
        if kind == "poss" and starts and ends[-1] == all_start[i] and kinds[-1] == W:
            ends[-1] = all_end[i]  # "Trump's", "it's": one word
            raws[-1] += all_raw[i]
            lows[-1] += all_low[i]
        elif kind == "abbr" and all_raw[i].count(".") == 1:
            starts.append(all_start[i])  # "Gov." -> "Gov" "."
            ends.append(all_end[i] - 1)
            kinds.append(W)
            lows.append(all_low[i])
            raws.append(all_raw[i][:-1])
            starts.append(all_end[i] - 1)
            ends.append(all_end[i])
            kinds.append(P)
            lows.append(".")
            raws.append(".")
        else:
            starts.append(all_start[i])
            ends.append(all_end[i])
            kinds.append(W)
            lows.append(all_low[i])
            raws.append(all_raw[i])


def sentence_ranges(doc: Document, paragraph: int, toks: ParagraphTokens) -> list[tuple[int, int]]:
    """The paragraph's sentences (the document's) as token index ranges.

    A quotation is never split, so sentences that a quotation spans are one; and a sentence must open with a
    quotation, a capital, a digit or a bracket: a quotation's signature after it (``"..." \u2015 Jane Doe``)
    stays in its sentence. A run longer than :data:`MAX_SENTENCE_TOKENS` is cut into pieces of that length.
    """
    ps, pe = doc.paragraphs[paragraph]
    n = len(toks.start)
    ranges: list[tuple[int, int]] = []
    first = 0
    for sentence in islice(doc.sentences, doc.sentence_of(ps), None):
        if sentence.start >= pe:
            break
        if sentence.start <= ps:
            continue
        k = bisect_left(toks.start, sentence.start)
        # 'no problem."Todd then asked': Punkt ended the sentence before the closing mark glued to the next word
        glued = 0 < k < n and toks.kind[k - 1] == Q and toks.end[k - 1] == sentence.start + 1 == toks.start[k]
        if not glued and (k <= first or k >= n or (k > 0 and toks.end[k - 1] > sentence.start)):
            continue  # inside a quotation (or no token starts there)
        if toks.kind[k] != Q and not (is_name(toks.raw[k]) or toks.raw[k] in _OPENERS):
            continue
        ranges.append((first, k))
        first = k
    if first < n:
        ranges.append((first, n))
    if any(end - start > MAX_SENTENCE_TOKENS for start, end in ranges):
        ranges = [(k, min(k + MAX_SENTENCE_TOKENS, end)) for start, end in ranges
                  for k in range(start, end, MAX_SENTENCE_TOKENS)]
    return ranges


MAX_SENTENCE_TOKENS = 1000
"""A run of more tokens than this with no sentence end is read in pieces of this many tokens (a quotation is one
token, so none is cut). Real sentences are far shorter (the longest among 6,495 development-pool articles had 348
tokens, a long quotation counting as one); an unpunctuated dump of many cues would otherwise cost time that grows
with the square of its length, as each attribution's content runs on to the sentence's end."""


def is_name(raw: str) -> bool:
    """Does the token start with a capital letter or a digit?"""
    return bool(raw) and (raw[0].isupper() or raw[0].isdigit())


def possessive_s(low: str) -> bool:
    """Does the (lower-case) token end in a possessive "'s" or "’s" ("trump's", "the party’s"; also a verb
    contracted so: "it's")?"""
    return low.endswith(("'s", "\u2019s"))


def plural_apostrophe(toks: ParagraphTokens, k: int) -> bool:
    """Is token k a plural's apostrophe inside a name ("the Music Managers' Forum"; see
    :func:`analysis.text.tokens.plural_apostrophe`)?"""
    return text_tokens.plural_apostrophe(toks.low, toks.raw, toks.start, toks.end, k)


def capitalised_after_quotation(toks: ParagraphTokens, i: int, lo: int) -> bool:
    """Is token i capitalised right after a quotation (a name: '"...," May said'; a modal never opens a clause
    before its verb there)?"""
    return i > lo and is_name(toks.raw[i]) and toks.kind[i - 1] == Q
