"""Quotations and reported speech: who said what, in which words, found with auditable rules.

The pure function :func:`find_quotes` reads one article text and returns :class:`Quote` records; the table
function :func:`extract_quotes` maps it over an articles table, resolves each speaker mention with
:func:`analysis.speakers.resolve_speakers` and returns one row per attribution (:data:`QUOTE_COLUMNS`).

How a text is read (every step keeps offsets into the text, never copies):

1. Paragraphs are separated by blank lines (a lone line break also ends one).
2. Quote marks are paired inside each paragraph. Straight, curly and typewriter marks (the NYT's two
   backticks or two apostrophes) count as double quotes; whether a mark opens or closes follows from its
   neighbours, its glyph only breaks ties. A paragraph that ends inside a quote continues in the next
   paragraph when that one opens with a quote mark (the news convention for multi-paragraph quotes).
   Single quote marks pair only in paragraphs without any double quote (headline style), and never where
   they are apostrophes (``Xi's``, ``students'``, ``'90s``).
3. Each quotation becomes one opaque token; sentences are split around them, so a quotation holding
   several sentences stays in one sentence.
4. In every sentence the cue words of ``resources/cue_verbs.csv`` are found outside quotations; each cue
   gets its speaker (the noun phrase before it, after it for ``said X`` or ``according to X``, after ``by``
   for a passive, inherited for a coordinated ``and added``) and its content (the words after the cue, or
   those before it for ``X, he said``, or both for a quotation interrupted by its attribution).
5. Quotations without an attribution of their own continue the previous speaker: a follow-on quote
   sentence in the same paragraph joins the previous quotation (so does a sentence without a cue that
   opens with quoted words, ``But "..."``); a quoted paragraph after a quotation joins it as another
   piece, or starts a new one by the same speaker after reported speech.

A quotation's content keeps its quote marks and the punctuation inside them; reported speech starts at the
reported clause (``that`` included) and stops before the attribution or the sentence's final punctuation.

Every row names the rule that produced it (``rule`` column):

========================== ===================================================================================
rule                       the attribution
========================== ===================================================================================
``speaker_cue``            speaker before the cue: ``Li said (that) ...``, ``"...," Wang said``
``speaker_appositive_cue`` speaker before an aside: ``Li Yonghui, a professor at X, said ...``
``cue_speaker``            speaker after the cue: ``"...," said Sen. John Smith, a Republican``
``according_to``           ``according to X``, before or after the content
``passive_by``             ``Putin was warned of "..." by the US``
``noun_cue``               a cue used as a noun with its owner: ``Trump's claim that ...``, ``his warning that ...``
``participle_passive_by``  ``The meeting, announced on Monday by the ministry, ...``
``passive_no_agent``       no speaker: ``Trump is expected to win``, ``Trump was asked, "..."``
``participle_cue``         ``..., adding that ...``: the speaker of the cue before it
``participle_subject``     ``X went on offense, saying ...``: the sentence's subject
``coordinated_cue``        ``... but said ...``: the speaker of the cue before it
``coordinated_subject``    ``She paused, then revealed ...``: the sentence's subject
``infinitive_subject``     ``Trump took to Twitter to accuse ...``: the sentence's subject
``fronted_participle``     ``Asked whether ..., Reid said ...``: the subject after the phrase
``quote_speaker_verb``     a quotation closed by a speaker and any verb: ``"Nooo!" the crowd cried out.``
``quote_dash_speaker``     a quotation signed with a dash: ``"..." \u2015 Adriana Rodarte``
``speaker_colon_quote``    a speaker and a colon before a quotation: ``Rubio fired back: "..."``
``subject_verb_quote``     a named subject, any verb, then quoted words: ``Lewandowski ripped Comey for "..."``
``transcript_label``       a transcript paragraph: ``TAPPER: Do you think ...``
``follows_speaker``        a quotation without attribution, after reported speech by the speaker it takes
========================== ===================================================================================

Prefixes and suffixes refine it: ``content_`` (the content is before the attribution), ``_interrupted`` (a
quotation around its attribution), ``_relative`` (``which analysts say is ...`` and ``which he called "..."``
keep ``which``), ``_colon`` (``X said:`` and the quotation in the next sentence or paragraph); ``+follow_on``,
``+next_paragraph`` and ``+paragraphs`` mark quotations appended as pieces: a quote sentence (or a sentence
opening with quoted words) after it in its paragraph, a quoted paragraph after it, and the next paragraph of a
quotation left open.
"""

from __future__ import annotations

import bisect
import csv
import functools
import hashlib
import re
from dataclasses import dataclass, field, replace
from itertools import compress
from typing import Final, Iterable, Sequence, SupportsIndex

import pandas as pd

from .corpus import progress_bar
from . import scanner
from .paths import resource
from .sentences import news_abbreviations, paragraph_spans

QUOTE_COLUMNS: dict[str, str] = {
    "article_id": "article the attribution belongs to (key of the articles table)",
    "quote_id": "stable id: article id and a hash of the content spans",
    "kind": "direct (all content in quote marks), mixed (reported speech with quoted words), indirect",
    "cue_type": "what the cue reports: speech, belief, intention, evaluation or document (resources/cue_verbs.csv)",
    "text": "the content: its pieces joined by a space",
    "spans": "content pieces as a list of [start, end] character offsets into the article text",
    "start": "offset of the first content character",
    "end": "offset after the last content character",
    "paragraph": "index of the paragraph where the content starts (0 = first paragraph of the text)",
    "cue": "the cue words as written (auxiliaries included: 'has said', 'according to'); None without one",
    "cue_start": "offset of the cue (-1 when the content has no cue of its own)",
    "cue_end": "offset after the cue (-1 when none)",
    "speaker": "canonical speaker resolved within the article ('Wang Wenbin', 'analysts'); None when none",
    "speaker_mention": "the words naming the speaker at the attribution ('Wang', 'he', 'analysts')",
    "speaker_start": "offset of the speaker mention (-1 when there is no speaker)",
    "speaker_end": "offset after the speaker mention (-1 when none)",
    "speaker_named": "True when the speaker resolves to a named person or organisation",
    "speaker_role": "the speaker's role or title where the article gives it ('foreign ministry spokesman')",
    "speaker_org": "the speaker's organisation where the article gives it ('Carnegie Moscow Centre')",
    "speaker_type": "official, academic, think tank, media, business, unnamed or other; None without speaker",
    "speaker_country": "the speaker's country where the article says it ('China'); None otherwise",
    "speaker_rule": "which rule resolved the speaker (analysis.speakers)",
    "rule": "which attribution rule produced the row (see analysis.quotes)",
}
"""Columns of the quotes table, in order, with their meaning."""

# ---------------------------------------------------------------------------------------------------------
# resources


@dataclass(frozen=True)
class Cue:
    """One attribution cue of ``resources/cue_verbs.csv``.

    Attributes:
        lemma: base form (``say``, ``point out``, ``according to``).
        cue_type: ``speech``, ``belief``, ``intention``, ``evaluation`` or ``document``.
        frame: ``clause``, ``tell``, ``object`` or ``according`` (see the resource file header).
        words: the matched form, lower case, one item per word.
        agentless: a passive without its agent still reports ("Trump is expected to win").
    """

    lemma: str
    cue_type: str
    frame: str
    words: tuple[str, ...]
    agentless: bool = False


def _data_rows(name: str) -> list[dict[str, str]]:
    with open(resource(name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


@functools.lru_cache(maxsize=1)
def load_cues() -> dict[str, tuple[Cue, ...]]:
    """Return the cue table indexed by first word, longest forms first.

    Returns:
        Mapping from a lower-case first word to the cues whose form starts with it.
    """
    index: dict[str, list[Cue]] = {}
    for row in _data_rows("cue_verbs.csv"):
        for form in row["forms"].split("|"):
            words = tuple(form.strip().lower().split())
            if words:
                cue = Cue(row["lemma"].strip(), row["cue_type"].strip(), row["frame"].strip(), words,
                          (row.get("agentless") or "").strip() == "yes")
                index.setdefault(words[0], []).append(cue)
    return {w: tuple(sorted(cs, key=lambda c: -len(c.words))) for w, cs in index.items()}


@functools.lru_cache(maxsize=1)
def _word_classes() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for row in _data_rows("attribution_words.csv"):
        classes.setdefault(row["class"].strip(), set()).add(row["word"].strip().lower())
    return {k: frozenset(v) for k, v in classes.items()}


@dataclass(frozen=True)
class _Lexicon:
    """The word lists the rules consult, loaded once."""

    cues: dict[str, tuple[Cue, ...]]
    pronoun: frozenset[str]
    determiner: frozenset[str]
    aux: frozenset[str]
    boundary: frozenset[str]
    preposition: frozenset[str]
    time: frozenset[str]
    verb: frozenset[str]
    opener: frozenset[str]
    speaker_noun: frozenset[str]
    np_adjective: frozenset[str]
    plural: frozenset[str]
    relative: frozenset[str]
    post_modifier: frozenset[str]
    passive_aux: frozenset[str]
    singular_determiner: frozenset[str]
    adjunct_start: frozenset[str]
    subordinate: frozenset[str]
    clause_join: frozenset[str]
    addressee: frozenset[str]
    particle: frozenset[str]
    label: frozenset[str]
    ing_preposition: frozenset[str]
    bare_subordinate: frozenset[str]
    turn: frozenset[str]
    possessive: frozenset[str]
    abbreviation: frozenset[str]


class _Loaded:
    """Holds the word lists once loaded: the rules call :func:`_lex` very often, and reading an attribute of this
    object is cheaper than calling a cached function."""

    def __init__(self) -> None:
        self.lex: _Lexicon | None = None


_LOADED: Final = _Loaded()


def _lex() -> _Lexicon:
    """The word lists the rules consult, loaded on first use."""
    lex = _LOADED.lex
    if lex is None:
        lex = _LOADED.lex = _load_lexicon()
    return lex


def _load_lexicon() -> _Lexicon:
    classes = _word_classes()
    classes["abbreviation"] = frozenset(a for a in news_abbreviations() if "." not in a)
    return _Lexicon(load_cues(), *(classes.get(f, frozenset()) for f in list(_Lexicon.__dataclass_fields__)[1:]))


# ---------------------------------------------------------------------------------------------------------
# records


@dataclass
class Quote:
    """One attribution found in a text; offsets index that text.

    Attributes:
        kind: ``direct``, ``mixed`` or ``indirect``.
        spans: content pieces as ``(start, end)`` offsets, in text order.
        text: the pieces joined by a space.
        paragraph: paragraph index of the first piece.
        cue: cue words as written, ``""`` when none.
        cue_start: offset of the cue, -1 when none.
        cue_end: offset after the cue, -1 when none.
        cue_type: what the cue reports (``speech``, ``belief``, ...).
        speaker_mention: the words naming the speaker, ``""`` when none.
        speaker_start: offset of the mention, -1 when none.
        speaker_end: offset after the mention, -1 when none.
        rule: the rule that produced the attribution (see the module docstring).
    """

    kind: str
    spans: list[tuple[int, int]]
    text: str
    paragraph: int
    cue: str = ""
    cue_start: int = -1
    cue_end: int = -1
    cue_type: str = ""
    speaker_mention: str = ""
    speaker_start: int = -1
    speaker_end: int = -1
    rule: str = ""

    @property
    def start(self) -> int:
        """Offset of the first content character."""
        return self.spans[0][0]

    @property
    def end(self) -> int:
        """Offset after the last content character."""
        return self.spans[-1][1]


# ---------------------------------------------------------------------------------------------------------
# paragraphs and quote marks

_bisect_right: Final = bisect.bisect_right
_MARK_RE: Final = re.compile("``|''|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u201b'`]")
_DOUBLE_OPEN: Final = frozenset({"\u201c", "\u201e", "\u00ab", "``"})
_DOUBLE_CLOSE: Final = frozenset({"\u201d", "\u00bb"})
_DOUBLE_AMBIG: Final = frozenset({'"', "''", "\u201f"})
_SINGLE: Final = frozenset({"\u2018", "\u2019", "\u201a", "\u201b", "'", "`"})
_OPEN_BEFORE: Final = set("([{\u2014\u2013-/\u2018\u201c\"'`")
_CLOSE_AFTER: Final = set(".,;:!?)]}\u2014\u2013-\u2026\u2019\u201d\"'")
_INVISIBLE: Final = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff")
_QUOTE_CHARS: Final = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u201b'`"
_APOSTROPHE_WORDS: Final = re.compile(r"(?:em|til|cause|n|s|tis|twas)\b", re.IGNORECASE)


@dataclass(slots=True)
class _Blob:
    """A quotation inside one paragraph: its marks included, ``closed`` False when it runs to the end."""

    start: int
    end: int
    closed: bool


_LINE_RE: Final = re.compile(r"[^\n]+")


def _blocks(text: str) -> list[tuple[int, int]]:
    """Lines of text, surrounding blanks excluded: quote marks pair within a line, and a line break always
    ends a paragraph for attribution (a list of quotes one per line is several paragraphs)."""
    spans = []
    for m in _LINE_RE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def _flanks(text: str, s: int, e: int, ps: int, pe: int) -> tuple[bool, bool]:
    """Return (may open, may close) for a mark at text[s:e] inside the paragraph [ps, pe)."""
    before = text[s - 1] if s > ps else " "
    after = text[e] if e < pe else " "
    may_open = before.isspace() or before in _OPEN_BEFORE or before in _INVISIBLE
    may_close = after.isspace() or after in _CLOSE_AFTER or after in _INVISIBLE
    return may_open, may_close


def _double_blobs(text: str, ps: int, pe: int, marks: list[re.Match]) -> list[_Blob]:
    blobs: list[_Blob] = []
    open_at, depth = -1, 0
    for m in marks:
        mark: str = m.group()
        if mark in _SINGLE:
            continue
        may_open, may_close = _flanks(text, m.start(), m.end(), ps, pe)
        if mark in _DOUBLE_OPEN:
            role = "close" if (may_close and not may_open and open_at >= 0) else "open"
        elif mark in _DOUBLE_CLOSE:
            role = "open" if (may_open and not may_close and open_at < 0) else "close"
        elif may_open and not may_close:
            role = "open"
        elif may_close and not may_open:
            role = "close"
        else:
            role = "close" if open_at >= 0 else "open"
        if open_at < 0:
            if role == "open":
                open_at, depth = m.start(), 1
        elif role == "close":
            depth -= 1
            if depth == 0:
                blobs.append(_Blob(open_at, m.end(), True))
                open_at = -1
        else:  # a quotation inside a quotation, written with double marks
            depth += 1
    if open_at >= 0:
        blobs.append(_Blob(open_at, pe, False))
    return blobs


def _single_blobs(text: str, ps: int, pe: int, marks: list[re.Match]) -> list[_Blob]:
    """Pair single quote marks (headline style) while leaving apostrophes alone."""
    blobs: list[_Blob] = []
    open_at = -1
    for m in marks:
        s, e = m.span()
        if m.group() not in _SINGLE:
            continue
        before = text[s - 1] if s > ps else " "
        after = text[e] if e < pe else " "
        if open_at < 0:
            if (before.isspace() or before in _OPEN_BEFORE) and after.isalpha() and not (
                _APOSTROPHE_WORDS.match(text, e, pe)
            ):
                open_at = s
        elif not before.isspace() and (after.isspace() or after in _CLOSE_AFTER) and e - open_at > 3:
            blobs.append(_Blob(open_at, e, True))
            open_at = -1
    return blobs


def quote_blobs(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[list[_Blob]]:
    """Find the quotations of each paragraph.

    Args:
        text: the article text.
        paragraphs: ``(start, end)`` of each paragraph.

    Returns:
        One list of quotations per paragraph, in text order. A quotation that a paragraph opens without
        closing runs to the paragraph's end (``closed`` False).
    """
    out: list[list[_Blob]] = []
    for ps, pe in paragraphs:
        marks = list(_MARK_RE.finditer(text, ps, pe))
        if not marks:
            out.append([])
            continue
        blobs = _double_blobs(text, ps, pe, marks)
        if not blobs and not any(m.group() in _DOUBLE_AMBIG or m.group() in _DOUBLE_OPEN for m in marks):
            blobs = _single_blobs(text, ps, pe, marks)
        out.append(blobs)
    return out


# ---------------------------------------------------------------------------------------------------------
# tokens and sentences

Q: Final = 1  # token kinds: quotation, word, punctuation
W: Final = 2
P: Final = 3


_PIECE_RE: Final = re.compile(r"\s*(?:\x02\x03*|(?:[A-Za-z]\.){2,}|[^\W_](?:[\w\u2019'&.-]*[^\W_])?|\S)")
"""Quotation placeholders, words (``U.S.``, ``Xi's``, ``co-chair``) and single punctuation marks, each with
the spaces before it: the pieces tile the text, so ``findall`` (no match objects) gives every token and its
offsets."""

_KINDS: Final[dict[str, int]] = {}
"""A token's kind by its first character: a placeholder, a word (it starts with a letter or digit: the word
alternative takes any such character before the punctuation one can), or punctuation; filled as characters
are met."""


@dataclass(slots=True)
class _Tokens:
    """Tokens of one paragraph: parallel lists of start, end, kind, text and lower-case text.

    A quotation is one token (kind ``Q``) whose text is a placeholder; ``blob`` maps its index to it.
    """

    start: list[int]
    end: list[int]
    kind: list[int]
    low: list[str]
    raw: list[str]
    blob: dict[int, _Blob]
    comma_q: frozenset[int] = frozenset()  # quotations whose words end with a comma ('"insanity,"')
    tag_q: frozenset[int] = frozenset()  # quotations ending with a comma, ? or ! that await their attribution
    breaks: list[int] | None = None  # prefix counts of ";" and of ":" before a quotation (see _breaks_between)


def _tokenize(text: str, ps: int, pe: int, blobs: list[_Blob]) -> _Tokens:
    para = text[ps:pe]
    if "\x02" in para or "\x03" in para:  # the quotation placeholders below must not occur in the text
        para = para.replace("\x02", " ").replace("\x03", " ")
    if blobs:
        parts, last = [], 0
        for b in blobs:
            s, e = b.start - ps, b.end - ps
            parts.append(para[last:s])
            parts.append("\x02" + "\x03" * (e - s - 1))
            last = e
        parts.append(para[last:])
        para = "".join(parts)
    curly = "\u2019" in para
    low: list[str] = []
    kind: list[int] = []
    kinds = _KINDS
    starts, ends, raw = scanner.quote_tokens(para, ps) if scanner.COMPILED else \
        scanner.pattern_tokens(_PIECE_RE, para, ps)
    for token in raw:
        lower = token.lower()
        low.append(lower.replace("\u2019", "'") if curly else lower)
        first = token[0]
        k = kinds.get(first)
        if k is None:
            k = kinds[first] = Q if first == "\x02" else W if first.isalnum() else P
        kind.append(k)
    blob: dict[int, _Blob] = {}
    if blobs:
        blob_at = {b.start: b for b in blobs}
        blob = {i: blob_at[starts[i]] for i, k in enumerate(kind) if k == Q}
    last_inner = {i: _last_inner(text, b) for i, b in blob.items() if b.closed}
    comma_q = frozenset(i for i, c in last_inner.items() if c == ",")
    tag_q = frozenset(i for i, c in last_inner.items() if c in ",?!")
    return _Tokens(starts, ends, kind, low, raw, blob, comma_q, tag_q)


def _last_inner(text: str, b: _Blob) -> str:
    """The last character inside a quotation's closing marks ("," for '"insanity,"')."""
    k = b.end - 1
    while k > b.start and text[k] in _QUOTE_CHARS:
        k -= 1
    return text[k] if k > b.start else ""


_SENT_END: Final = frozenset(".!?\u2026")


def _starts_sentence(toks: _Tokens, i: int) -> bool:
    if toks.kind[i] == Q:
        return True
    raw = toks.raw[i]
    if raw == "(" and i + 1 < len(toks.raw):  # '... to participate. ("We did it," he said.)'
        i += 1
        raw = toks.raw[i]
        if toks.kind[i] == Q:
            return True
    return bool(raw) and (raw[0].isupper() or raw[0].isdigit())


def _abbreviation_period(toks: _Tokens, i: int) -> bool:
    """Is the full stop at token i the end of an abbreviation ("Gov.", "Sen.") or of an initial ("John F.")?"""
    if toks.low[i] != "." or i == 0 or toks.kind[i - 1] != W or toks.end[i - 1] != toks.start[i]:
        return False
    word = toks.raw[i - 1]
    return word.lower() in _lex().abbreviation or (len(word) == 1 and word.isupper())


def _sentences(text: str, toks: _Tokens) -> list[tuple[int, int]]:
    """Split a paragraph's tokens into sentences, as token index ranges; quotations stay whole."""
    n = len(toks.kind)
    out, a = [], 0
    for i in range(n - 1):
        k = toks.kind[i]
        if k == P and toks.low[i] in _SENT_END:
            if _starts_sentence(toks, i + 1) and not _abbreviation_period(toks, i):
                out.append((a, i + 1))
                a = i + 1
        elif k == Q and toks.blob[i].closed:
            inner = text[toks.start[i] : toks.end[i]].rstrip(_QUOTE_CHARS)
            if inner[-1:] in _SENT_END and _starts_sentence(toks, i + 1):
                out.append((a, i + 1))
                a = i + 1
    if a < n:
        out.append((a, n))
    return out


# ---------------------------------------------------------------------------------------------------------
# attributions inside a sentence


@dataclass(slots=True)
class _Hit:
    """A cue with its speaker and its region (speaker, cue and adjuncts) as token indexes."""

    cue: Cue
    c0: int
    c1: int
    s0: int = -1
    s1: int = -1
    r0: int = -1
    r1: int = -1
    rule: str = ""
    content: list[tuple[int, int]] = field(default_factory=list)


def _is_name(raw: str) -> bool:
    return bool(raw) and (raw[0].isupper() or raw[0].isdigit())


def _np_word(toks: _Tokens, i: int) -> bool:
    """May token i be part of a speaker noun phrase?"""
    if toks.kind[i] != W:
        return toks.low[i] in ("-", "&", "'", "\u2019") or _abbreviation_period(toks, i)
    low = toks.low[i]
    if low in _lex().np_adjective:
        return True
    if _is_name(toks.raw[i]):
        return low not in _lex().boundary and low not in _lex().verb or low == "that"
    if low in _lex().boundary or low in _lex().verb or low in _lex().aux:
        return False
    if low in _lex().cues and low not in _lex().speaker_noun:
        return False
    return not low.endswith(("ed", "ing"))


def _ing_modifier(toks: _Tokens, k: int) -> bool:
    """An -ing word modifying the noun after it ("fundraising documents", "polling data")."""
    return toks.kind[k] == W and toks.low[k].endswith("ing") and toks.kind[k + 1] == W and \
        toks.low[k + 1] not in _lex().preposition and toks.low[k + 1] not in _lex().boundary and \
        not _is_name(toks.raw[k])


def _np_back(toks: _Tokens, j: int, lo: int) -> tuple[int, int] | None:
    """Return the speaker noun phrase ending at token j (inclusive), scanning back no further than lo."""
    if j > lo and toks.low[j] == ")":  # "Rep. Gwen Moore (D-Wis.) said": the party tag is left out
        k = j - 1
        while k > lo and j - k < 8 and toks.low[k] != "(":
            k -= 1
        if toks.low[k] == "(":
            j = k - 1
    if j < lo or toks.kind[j] != W:
        return None
    low = toks.low[j]
    if low in _lex().pronoun:
        return (j, j + 1)
    ing_noun = low.endswith("ing") and j > lo and (toks.low[j - 1] in _lex().determiner
                                                    or toks.low[j - 1].endswith("'s"))  # "the meeting"
    if not (_np_word(toks, j) or ing_noun) or low in _lex().preposition or low in _lex().determiner:
        return None
    if low.endswith("ly") and not _is_name(toks.raw[j]):
        return None
    i = j
    while i - 1 >= lo and i > j - 10 and (_np_word(toks, i - 1) or _ing_modifier(toks, i - 1)):
        i -= 1
    if toks.kind[i] == W and toks.low[i] in _lex().preposition and not _is_name(toks.raw[i]):
        i = _after_adjunct(toks, i, j)
        if i < 0:
            return None
    while i < j and (toks.kind[i] != W or toks.low[i] in _lex().time or toks.low[i] in _lex().opener
                     and not _is_name(toks.raw[i]) or toks.low[i] in _lex().subordinate
                     and toks.low[i] not in _lex().relative):
        i += 1  # "After Scalia said": the subordinate conjunction is no part of the speaker
    if toks.low[i] in _lex().time or toks.low[i] in _lex().preposition:
        return None
    return (i, j + 1)


def _after_adjunct(toks: _Tokens, i: int, j: int) -> int:
    """Start of the speaker after a leading adjunct ("In a Bloomberg interview Trump"), or -1."""
    k = j
    while k > i and _is_name(toks.raw[k]):
        k -= 1
    if k < j and not _is_name(toks.raw[k]):
        return k + 1
    for k in range(j, i, -1):
        if toks.low[k] in _lex().determiner or toks.low[k] in _lex().pronoun:
            return k
    return -1


def _np_forward(toks: _Tokens, i: int, hi: int) -> tuple[int, int] | None:
    """Return the speaker noun phrase starting at token i, ending before hi."""
    if i >= hi or toks.kind[i] != W:
        return None
    low = toks.low[i]
    if low in _lex().pronoun:
        return (i, i + 1)
    if not (_is_name(toks.raw[i]) or low in _lex().determiner or _role_before_name(toks, i, hi)) \
            or not _np_word(toks, i):
        return None
    j = i + 1
    while j < hi and j < i + 10 and toks.kind[j] != Q:
        low = toks.low[j]
        if toks.kind[j] == P and low not in ("-", "&") and not _abbreviation_period(toks, j):
            break
        nxt = toks.low[j + 1] if j + 1 < hi and toks.kind[j + 1] == W else ""
        if nxt and (low in _lex().post_modifier and (_is_name(toks.raw[j + 1]) or nxt in _lex().determiner)
                    or low == "and" and (_is_name(toks.raw[j + 1]) or nxt in _lex().determiner)
                    and nxt not in _lex().pronoun):
            j += 1  # "officials familiar with the plans", "the US and European allies"
            continue
        if _is_name(toks.raw[j]) and _is_name(toks.raw[j - 1]) and toks.kind[j - 1] == W and \
                low not in _lex().boundary and toks.kind[j] == W:
            j += 1  # "Air Force", "Sen. Mark Warner": a capitalised word inside a name
            continue
        if not _np_word(toks, j) or low in _lex().preposition or low in _lex().time or low in _lex().relative:
            break
        j += 1
    return (i, j)






def _role_before_name(toks: _Tokens, i: int, hi: int) -> bool:
    """Do lower-case words at i lead to a name ("former tech executive Carly Fiorina", "spokesman John Kirby")?"""
    for k in range(i, min(hi, i + 5)):
        if toks.kind[k] != W or not _np_word(toks, k) or toks.low[k] in _lex().preposition:
            return False
        if _is_name(toks.raw[k]):
            return True
    return False


def _headline(toks: _Tokens, a: int, b: int) -> bool:
    """Is the sentence written in headline case (most words capitalised)?"""
    words = [toks.raw[k] for k in range(a, b) if toks.kind[k] == W]
    return len(words) > 2 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _find_cues(toks: _Tokens, a: int, b: int) -> list[_Hit]:
    """The cues of the sentence tokens[a:b], longest form first; capitalised ones only in headlines."""
    cues = _lex().cues
    low, kind, raw = toks.low, toks.kind, toks.raw
    hits: list[_Hit] = []
    headline = None
    after = a  # the token after the latest cue: cues do not overlap
    for i in compress(range(a, b), map(cues.__contains__, low[a:b])):  # candidates found in C
        if i < after or kind[i] != W:
            continue
        word = low[i]
        if i > a and not raw[i][0].islower() and word != "according":
            if headline is None:
                headline = _headline(toks, a, b)
            if not headline:
                continue
        for cue in cues[word]:
            n = len(cue.words)
            if i + n <= b and all(low[i + k] == cue.words[k] for k in range(1, n)):
                hits.append(_Hit(cue, i, i + n))
                after = i + n
                break
    return hits


def _aux_back(toks: _Tokens, i: int, lo: int) -> int:
    """Index of the first auxiliary or adverb run before the cue at token i."""
    aux = _lex().aux
    while i - 1 >= lo and toks.kind[i - 1] == W:
        low = toks.low[i - 1]
        if low in aux or low.endswith("n't") or (low.endswith("ly") and len(low) > 4 and low not in ("only",)
                                                  and not _is_name(toks.raw[i - 1])):  # "Kelly said"
            i -= 1
        else:
            break
    return i




def _that_ahead(toks: _Tokens, i: int, b: int) -> int:
    """Index of a 'that' opening the content after adjuncts ("said in Ohio on Monday that"), or -1."""
    for k in range(i, min(b, i + 15)):
        low = toks.low[k]
        if low == "that" and k > i:
            return k
        if toks.kind[k] == Q or (toks.kind[k] == P and low != ",") or low in _lex().verb or (
            low in _lex().pronoun and low != "it") or low in _lex().cues and k > i:
            return -1
    return -1


def _quote_ahead(toks: _Tokens, i: int, b: int) -> int:
    """Index of the colon or comma before a quotation after an adjunct ("said in a statement: "...""), or -1."""
    for k in range(i + 1, min(b - 1, i + 15)):
        low = toks.low[k]
        if low in (":", ",") and toks.kind[k + 1] == Q:
            return k
        if toks.kind[k] == Q or (toks.kind[k] == P and low != "," and not _abbreviation_period(toks, k)) \
                or low in _lex().verb or low in _lex().cues or low == "that":
            return -1
    return -1


def _skip_adjuncts(toks: _Tokens, i: int, b: int, *, addressee: bool) -> int:
    """Skip an addressee ("told reporters"), time words and short adjuncts after a cue, up to 'that'."""
    if i < b and (toks.low[i] in _lex().preposition or toks.low[i] in _lex().time):
        k = _that_ahead(toks, i, b)
        if k < 0:
            k = _quote_ahead(toks, i, b)
        if k >= 0:
            return k
    time = _lex().time
    if addressee and i < b and toks.kind[i] == W:
        k = i
        if toks.low[k] in _lex().pronoun or toks.low[k] in _lex().addressee:
            i = k + 1
        elif _is_name(toks.raw[k]) or toks.low[k] in _lex().determiner:
            k += 1
            while k < b and toks.kind[k] == W and (_is_name(toks.raw[k]) or toks.low[k] in ("of",)):
                k += 1
            if k < b - 1 and toks.kind[k] == Q and toks.low[k - 1].endswith("'s"):
                k += 1  # 'told MSNBC's "Morning Joe" that ...': a programme's title
            if toks.low[i] in _lex().determiner:
                while k < b and toks.kind[k] == W and k < i + 5 and toks.low[k] not in _lex().boundary:
                    if toks.low[k] in _lex().verb:
                        break
                    k += 1
            i = k
    k = _that_ahead(toks, i, b) if addressee else -1
    if k >= 0:
        return k
    while i < b and toks.kind[i] == W and (toks.low[i] in time or toks.low[i] == "on" and i + 1 < b
                                           and toks.low[i + 1] in time):
        i += 1
    return i




def _noun_use(toks: _Tokens, hit: _Hit, a: int) -> bool:
    """Is a cue spelt like a noun used as one ("a New York Times report", "his cybersecurity plan")?"""
    word = toks.low[hit.c0]
    if word.endswith(("ed", "ing")) or hit.c0 == a or len(hit.cue.words) > 1:
        return False
    before = toks.low[hit.c0 - 1]
    if before in _lex().singular_determiner or before.endswith("'s") or (
            before in _lex().preposition and before != "to"):
        return True
    if word.endswith("s") and hit.c1 < len(toks.low) and toks.low[hit.c1] == "of":
        return True  # "initial reports of the explosion"
    if word == hit.cue.lemma:
        k = hit.c0 - 1
        while k > a and _is_name(toks.raw[k]):
            k -= 1
        if k < hit.c0 - 1 and toks.low[k] in ("a", "an"):
            return True  # "A New York Times report"
    if word == hit.cue.lemma and toks.kind[hit.c0 - 1] == W and not (
            before in _lex().aux or before in _lex().plural or before.endswith(("s", "n't", "ly")) or before == "to"):
        # a bare form after a singular noun phrase is a noun: "his cybersecurity plan"
        k = hit.c0 - 1
        while k > a and toks.kind[k - 1] == W and _np_word(toks, k - 1) and toks.low[k - 1] not in _lex().time:
            k -= 1
        return toks.low[k] in _lex().singular_determiner
    return False


def _appositive(toks: _Tokens, s: int, e: int) -> bool:
    """Are tokens[s:e] an appositive or a participial phrase ("a professor at X", "speaking in Y")?"""
    if s >= e or any(toks.kind[k] == Q for k in range(s, e)):
        return False
    first = toks.low[s]
    if first in ("who", "which", "whose", "and") or first.endswith("ing") or first in _lex().determiner:
        return True
    if first.endswith("ed") and s + 1 < e and toks.low[s + 1] in ("by", "in", "at", "as", "with"):
        return True  # "The aides, led by campaign manager Terry Sullivan, told"
    return not any(toks.low[k] in _lex().verb or toks.low[k] in _lex().cues and toks.low[k].endswith("ed")
                   for k in range(s, e))


_DASH_WORDS: Final = frozenset({"--", "\u2014", "\u2013", "\u2015", "-"})


def _np_before_appositive(toks: _Tokens, comma: int, a: int) -> tuple[int, int] | None:
    """The speaker before one or more asides ending at the comma, dash or parenthesis before the cue.

    "Li, a professor at X, said", "Scott Pruitt, the attorney general of Oklahoma, one of the states suing
    the EPA, said", "Donna Rawlings, 59, of Ashton, Md., said", "Democrats -- including Clinton -- accused":
    the name that the asides describe.
    """
    end, fallback = comma, None
    for _ in range(4):
        close = toks.low[end]
        opener = {",": ",", ")": "("}.get(close, close if close in _DASH_WORDS else None)
        if opener is None:
            return fallback
        k = end - 1
        while k >= a and end - k < 40 and toks.low[k] != opener and toks.kind[k] != Q:
            k -= 1
        if k <= a or toks.low[k] != opener or (close == "," and not _appositive(toks, k + 1, end)):
            return fallback
        np = _np_back(toks, k - 1, a)
        if np is not None and np[0] > a and toks.low[np[0] - 1] in ("of", "from"):
            end = k  # a place is an appositive too
            continue
        if np is not None and not toks.raw[np[1] - 1][:1].isdigit():
            if _is_name(toks.raw[np[1] - 1]) or toks.low[np[0]] in _lex().pronoun:
                return np
            if fallback is None:
                fallback = np
        end = k - 1 if k - 1 > a and toks.low[k - 1] == "," else k
        if toks.low[end] not in (",", ")") and toks.low[end] not in _DASH_WORDS:
            return fallback
    return fallback


def _np_with_relative(toks: _Tokens, c0: int, a: int) -> tuple[int, int] | None:
    """A speaker with a restrictive relative clause: "The Republicans who won on Tuesday said"."""
    for k in range(c0 - 2, max(a, c0 - 10) - 1, -1):
        if toks.kind[k] != W:
            return None
        if toks.low[k] == "who":
            np = _np_back(toks, k - 1, a)
            return (np[0], c0) if np is not None and toks.low[np[0]] not in _lex().pronoun else None
    return None


def _subject(toks: _Tokens, a: int, limit: int) -> tuple[int, int] | None:
    """The subject noun phrase that opens the sentence tokens[a:limit], after introductory phrases."""
    i = a
    while i < limit and toks.kind[i] != W:
        i += 1
    for _ in range(3):
        if i >= limit or toks.low[i] not in _lex().opener and toks.low[i] not in ("but", "and", "so"):
            break
        k = i
        while k < limit and toks.low[k] != "," and k - i < 15:
            k += 1
        i = k + 1 if k < limit and toks.low[k] == "," else i + 1
    np = _np_forward(toks, i, limit)
    if np is None or np[1] >= limit or not (toks.kind[np[1]] == W or toks.low[np[1]] == ","):
        return None
    return np


def _set(hit: _Hit, c0: int, np: tuple[int, int], r0: int, r1: int, rule: str) -> bool:
    hit.c0 = c0
    hit.s0, hit.s1 = np
    hit.r0, hit.r1 = r0, r1
    hit.rule = rule
    return True


def _speaker(toks: _Tokens, hit: _Hit, a: int, b: int, prev: _Hit | None) -> bool:
    """Attach a speaker and a region to a cue; False when the cue has none."""
    if hit.cue.frame == "according":
        np = _np_forward(toks, hit.c1, b) or _words_until_comma(toks, hit.c1, b)
        return np is not None and _set(hit, hit.c0, np, hit.c0, np[1], "according_to")
    c0 = _aux_back(toks, hit.c0, a)
    if _noun_use(toks, hit, a):
        return _noun_cue(toks, hit, a, b)
    word = toks.low[hit.c0]
    j = _time_back(toks, c0 - 1, a)  # "Trump on Monday said", "Trump, ..., last year proposed"
    before = toks.low[j] if j >= a else ""
    if j in toks.comma_q:
        before = ","  # '"distortion," describing ...': the comma is inside the quote marks
    if hit.c0 == a and word.endswith("ed") and hit.cue.frame in ("clause", "tell"):
        return _fronted_participle(toks, hit, b)
    if not word.endswith("ing") and any(toks.low[k] in _lex().passive_aux for k in range(c0, hit.c0)):
        return _passive(toks, hit, c0, a, b)
    if word.endswith("ed") and before == "," and c0 == hit.c0 and _reduced_passive(toks, hit, a, b):
        return True
    if word.endswith("ing") and before in (",", "and", "by", "while", "before", "after", "but"):
        # a participle clause: its speaker is the previous speaker, else the sentence's subject
        r0 = c0 - (1 if before in ("and", "but") else 0)
        if prev is not None and prev.s0 >= 0:
            return _set(hit, c0, (prev.s0, prev.s1), r0, hit.c1, "participle_cue")
        np = _subject(toks, a, c0)
        return np is not None and _set(hit, c0, np, r0, hit.c1, "participle_subject")
    if before == "to" and c0 == hit.c0:
        # "Trump took to Twitter to accuse X": the speaker is the sentence's subject
        np = _subject(toks, a, c0 - 1)
        return np is not None and _set(hit, c0 - 1, np, c0 - 1, hit.c1, "infinitive_subject")
    np = _np_back(toks, j, a) or _np_with_relative(toks, c0, a)
    if np is not None:
        return _set(hit, c0, np, np[0], hit.c1, "speaker_cue")
    if before in (",", ")") or before in _DASH_WORDS:
        np = _np_before_appositive(toks, j, a)
        if np is not None:
            return _set(hit, c0, np, np[0], hit.c1, "speaker_appositive_cue")
    inverted_ok = hit.cue.frame in ("clause", "tell") and not word.endswith("ing")
    if inverted_ok and c0 > a and (before == "," or toks.kind[c0 - 1] == Q):
        np = _np_forward(toks, hit.c1, b)
        if np is not None and (np[1] - np[0] > 1 or toks.low[np[0]] not in _lex().determiner) and not (
                np[1] < b and toks.kind[np[1]] == W and not toks.low[np[1]].endswith("ing")
                and (toks.low[np[1]] in _lex().verb or toks.low[np[1]] in _lex().aux)
                and not (toks.kind[c0 - 1] == Q and c0 - 1 in toks.tag_q)):
            # '"...," said the plan failed' is no attribution, but '"...," says a source involved in ...' is
            return _set(hit, c0, np, c0, np[1], "cue_speaker")
    if before in ("and", "but", ","):
        r0 = c0 - (1 if before != "," else 0)
        if prev is not None and prev.s0 >= 0:
            return _set(hit, c0, (prev.s0, prev.s1), r0, hit.c1, "coordinated_cue")
        np = _subject(toks, a, c0)  # "She brought it down, but said ...": the sentence's subject
        if np is not None and np[1] < c0 and toks.kind[np[1]] == W and toks.low[np[1]] not in _lex().cues:
            return _set(hit, c0, np, r0, hit.c1, "coordinated_subject")
    return False


def _noun_cue(toks: _Tokens, hit: _Hit, a: int, b: int) -> bool:
    """A cue used as a noun with its owner and a that-clause: "Trump's claim that ...", "his warning that ..."."""
    if hit.c1 + 1 >= b or toks.low[hit.c1] != "that" or hit.c0 == a or toks.kind[hit.c1 + 1] == P or \
            toks.low[hit.c1 + 1] in _lex().aux or toks.low[hit.c1 + 1] in _lex().verb:
        return False  # "her claim that was false": a relative clause, no reported one
    owner = toks.low[hit.c0 - 1]
    np: tuple[int, int] | None
    if owner in _lex().possessive:
        np = (hit.c0 - 1, hit.c0)
    elif owner.endswith(("'s", "s'")) and toks.kind[hit.c0 - 1] == W:
        np = _np_back(toks, hit.c0 - 1, a)
        if np is None:
            return False
    else:
        return False
    return _set(hit, hit.c0, np, np[0], hit.c1, "noun_cue")


def _reduced_passive(toks: _Tokens, hit: _Hit, a: int, b: int) -> bool:
    """'The meeting, announced on Monday by the ministry, will be ...': the agent speaks of the noun phrase."""
    for k in range(hit.c1, min(b, hit.c1 + 8)):
        if toks.low[k] == "by":
            np = _np_forward(toks, k + 1, b)
            content = _np_back(toks, hit.c0 - 2, a)
            if np is None or content is None:
                return False
            hit.content = [content]
            return _set(hit, hit.c0, np, hit.c0, np[1], "participle_passive_by")
        if toks.kind[k] != W:
            return False
    return False


def _time_back(toks: _Tokens, j: int, a: int) -> int:
    """Skip a time adjunct ending at token j ("on Monday", "last year", "in 2010"); the token before it."""
    k = j
    while k >= a and toks.kind[k] == W and (toks.low[k] in _lex().time or toks.raw[k].isdigit()):
        k -= 1
    if k == j:
        return j
    if k >= a and toks.low[k] in ("on", "in", "last", "this", "early", "late", "earlier"):
        k -= 1
    return k


def _words_until_comma(toks: _Tokens, i: int, b: int) -> tuple[int, int] | None:
    """The words from i up to the next punctuation: a source after "according to" ("early results of ...")."""
    j = i
    while j < b and j - i < 15 and (toks.kind[j] == W or _abbreviation_period(toks, j)):
        j += 1
    return (i, j) if j > i else None


def _fronted_participle(toks: _Tokens, hit: _Hit, b: int) -> bool:
    """'Asked whether he would run, Reid said ...': the speaker is the subject after the phrase."""
    k = hit.c1
    while k < b and toks.low[k] != "," and toks.kind[k] != Q:
        k += 1
    if k >= b or toks.low[k] != "," or k == hit.c1:
        return False
    np = _np_forward(toks, k + 1, b)
    if np is None or np[1] >= b or toks.kind[np[1]] != W:
        return False
    hit.content = [(hit.c1, k)]
    return _set(hit, hit.c0, np, hit.c0, hit.c1, "fronted_participle")


def _passive(toks: _Tokens, hit: _Hit, c0: int, a: int, b: int) -> bool:
    """A passive cue: with its agent ('Putin was warned of "..." by the US'), or without one ('Trump is
    expected to win'), whose content is then the subject with the complement, and which has no speaker."""
    for k in range(hit.c1, b):
        if toks.kind[k] == P and toks.low[k] in (";", ":"):
            break
        if toks.low[k] == "by":
            np = _np_forward(toks, k + 1, b)
            return np is not None and _set(hit, c0, np, c0, hit.c1, "passive_by")
    quoted = next((k for k in range(hit.c1, min(b, hit.c1 + 3)) if toks.kind[k] == Q), -1)
    if quoted >= 0 and all(toks.kind[k] == P for k in range(hit.c1, quoted)):
        hit.c0, hit.r0, hit.r1, hit.rule = c0, c0, hit.c1, "passive_no_agent"
        hit.content = []  # 'Trump was asked, "What is the most dangerous place?"': the quotation is it
        return True
    if not hit.cue.agentless:
        return False
    subject = _np_back(toks, _time_back(toks, c0 - 1, a), a)
    if subject is None:
        return False
    hit.c0, hit.r0, hit.r1, hit.rule = c0, c0, hit.c1, "passive_no_agent"
    hit.content = [] if toks.low[subject[0]] in ("it", "there") and subject[1] - subject[0] == 1 else [subject]
    return True


_TRIM_LEFT: Final = frozenset({",", ":", ";", "\u2014", "\u2013", "-", "(", ")"})
_TRIM_RIGHT: Final = frozenset({",", ".", ";", ":", "\u2014", "\u2013", "-", "(", "and", "but", "or", "!", "?"})


def _trim(toks: _Tokens, s: int, e: int) -> tuple[int, int] | None:
    while s < e and toks.low[s] in _TRIM_LEFT:
        s += 1
    while e > s and (toks.low[e - 1] in _TRIM_RIGHT or toks.low[e - 1] in _lex().turn):  # ", although" too
        e -= 1
    return (s, e) if e > s else None


def _is_opener(toks: _Tokens, s: int, e: int) -> bool:
    """Is tokens[s:e] an introductory phrase ("In a statement", "On Monday") rather than content?"""
    if e - s > 12 or any(toks.kind[k] == Q for k in range(s, e)):
        return False
    return toks.low[s] in _lex().opener or all(toks.low[k] in _lex().time for k in range(s, e))


def _left_content(toks: _Tokens, left: tuple[int, int], hit: _Hit) -> bool:
    """May the words before an attribution be its content ("X, he said", not "In a statement, he said")?"""
    s, e = left
    if hit.cue.frame not in ("clause", "tell", "according") or _is_opener(toks, s, e):
        return False
    if toks.kind[e - 1] == Q:
        return True
    after = toks.low[e] if e < len(toks.low) else ""
    words = sum(1 for k in range(s, e) if toks.kind[k] == W)
    return words >= 3 and (after in (",", "—", "–", "-", ":") or toks.kind[e - 1] == Q)


def _post_posed(toks: _Tokens, hit: _Hit, a: int, b: int) -> bool:
    """Does the attribution close its sentence after its content ("..., Mook wrote.")?"""
    if hit.r0 <= a or not (toks.low[hit.r0 - 1] in (",", "\u2014", "--") or toks.kind[hit.r0 - 1] == Q):
        return False
    right = _trim(toks, hit.r1, b) if hit.r1 < b else None
    return right is None or not (any(toks.kind[k] == Q for k in range(*right)) or toks.low[right[0]] == "that"
                                 or not _weak_right(toks, right))


_OWN_SPEAKER: Final = frozenset({"speaker_cue", "speaker_appositive_cue", "infinitive_subject", "participle_subject",
                          "passive_no_agent"})


def _drop_nested(toks: _Tokens, hits: list[_Hit], a: int, b: int) -> list[_Hit]:
    """Drop cues nested in another attribution's content: attribution is never nested.

    A sentence closed by its attribution ("The states account for half ..., Mook wrote.") reports what
    precedes it, unless the sentence opens with a speaker of its own. A cue with its own speaker inside
    the clause that an earlier cue reports ("X said the poll showed Y", "she says she hopes A, but she
    knows B") is part of that clause; a new statement after a comma and a conjunction ("..., but he said
    B") is not.
    """
    if len(hits) > 1 and _post_posed(toks, hits[-1], a, b):
        last = hits[-1]
        start = _subject(toks, a, b) if last.cue.frame != "according" else None
        hits = [h for h in hits[:-1] if (start is not None and h.s0 == start[0]) or toks.kind[h.r0 - 1] == Q
                or h.rule.startswith("cue_speaker")] + [last]
        if len(hits) > 1 and not (toks.kind[hits[-2].r1] == Q if hits[-2].r1 < b else False) and \
                hits[-2].rule in _OWN_SPEAKER and hits[-2].s0 == (start[0] if start else -1) and \
                hits[-2].cue.cue_type == "speech" and not (
                    last.r0 >= a + 2 and toks.kind[last.r0 - 1] == Q and toks.low[last.r0 - 2] == ":"):
            hits = hits[:-1]  # "Bamberg said the videos ..., the footage showed": the opening speaker wins
    kept = [hits[0]]
    for hit in hits[1:]:
        if not _nested(toks, kept[-1], hit):
            kept.append(hit)
    return kept


def _nested(toks: _Tokens, prev: _Hit, hit: _Hit) -> bool:
    """Is ``hit`` inside the clause that ``prev`` (earlier in the sentence) reports?"""
    gap = range(prev.r1, hit.r0)
    return (
        hit.rule in _OWN_SPEAKER
        and (prev.rule in _OWN_SPEAKER or prev.rule in ("participle_cue", "coordinated_cue"))
        and not _breaks_between(toks, prev.r1, hit.r0)  # "...; she said" or 'his wife: "A," he said'
        and not (len(gap) >= 2 and toks.low[hit.r0 - 1] in ("but", "and") and toks.low[hit.r0 - 2] == ","
                 and hit.cue.cue_type == "speech")
        and not (len(gap) >= 2 and toks.low[hit.r0 - 1] in _lex().turn and toks.low[hit.r0 - 2] == ","
                 and hit.cue.cue_type == "speech")  # ", although he tweeted that ...": a statement of its own
        and _relative_start(toks, hit) < 0  # "..., which he called "a disaster"": a statement of its own
        and not (len(gap) >= 3 and _quotes_next(toks, hit))  # 'X likened it to Y, Ryan said "...": Ryan's'
        and not (_subordinate_opening(toks, prev) and (toks.low[hit.r0 - 1] == "," or hit.r0 - 1 in toks.comma_q))
    )


def _main_clause(toks: _Tokens, i: int, b: int) -> int:
    """Where the main clause after an opening subordinate starts: a comma, then a subject and a verb."""
    for k in range(i + 1, b - 1):
        comma = _comma_before(toks, k) if toks.kind[k] == W else -1
        if comma >= 0 and _new_subject(toks, k, b):
            j = k + 1
            while j < b and j < k + 5 and toks.kind[j] == W and (_is_name(toks.raw[j]) or toks.low[j] in
                                                                 _lex().determiner):
                j += 1
            if j < b and toks.kind[j] == W and not _is_name(toks.raw[j]):
                return comma
    return b


def _subordinate_opening(toks: _Tokens, hit: _Hit) -> bool:
    """Does the attribution sit in a sentence-opening subordinate clause ("Though he said ..., John said")?"""
    k = hit.s0 - 1
    if k < 0 or toks.low[k] not in _lex().subordinate or toks.low[k] in _lex().relative:
        return False
    return k == 0 or toks.kind[k - 1] != W or toks.low[k - 1] in ("but", "and") and (
        k == 1 or toks.kind[k - 2] != W)


def _breaks_between(toks: _Tokens, i: int, j: int) -> bool:
    """Is there a semicolon, or a colon before a quotation, among tokens[i:j]? (Prefix counts: linear overall.)"""
    if j <= i:
        return False
    if j - i <= 40:  # a short gap: scan it
        return any(toks.low[k] == ";" or toks.low[k] == ":" and toks.kind[k + 1] == Q for k in range(i, j))
    if toks.breaks is None:
        counts, n = [0], 0
        for k, low in enumerate(toks.low):
            n += low == ";" or low == ":" and k + 1 < len(toks.low) and toks.kind[k + 1] == Q
            counts.append(n)
        toks.breaks = counts
    return toks.breaks[j] > toks.breaks[i]


def _quotes_next(toks: _Tokens, hit: _Hit) -> bool:
    """Does a quotation follow the attribution's region, at once or after a comma or colon?"""
    if hit.s0 > 0 and (toks.low[hit.s0 - 1] in _lex().relative or toks.low[hit.s0 - 1] == "what"):
        return False  # 'what lawmakers called "fraud"' stays inside the clause around it
    k = hit.r1
    if k < len(toks.low) and toks.low[k] in (",", ":"):
        k += 1
    return k < len(toks.low) and toks.kind[k] == Q


def _relative_start(toks: _Tokens, hit: _Hit) -> int:
    """The relative pronoun that opens the content of 'which he called "a disaster"', or -1."""
    rel = hit.s0 - 1
    if hit.rule != "speaker_cue" or hit.r0 != hit.s0 or rel < 0 or toks.low[rel] != "which" \
            or toks.low[hit.s0] not in _lex().pronoun or hit.c1 >= len(toks.low):
        return -1
    after = hit.r1 if hit.r1 < len(toks.low) else hit.c1
    if toks.kind[after] == Q or hit.cue.frame == "naming" and any(
            toks.kind[k] == Q for k in range(after, min(after + 6, len(toks.low)))):
        return rel
    return -1


def _choose_content(toks: _Tokens, hit: _Hit, left: tuple[int, int] | None, right: tuple[int, int] | None,
                    *, colon: bool) -> list[tuple[int, int]]:
    """Choose the content of an attribution among the words before and after it."""
    quoted = left if left is not None and toks.kind[left[1] - 1] == Q else None  # a quotation before
    rel = _relative_start(toks, hit)
    if rel >= 0 and right is not None:
        hit.rule += "_relative"  # 'which he called "a disaster"': which + what he called it
        return [(rel, rel + 1), _cut_right(toks, *right)]
    if right is not None and toks.kind[right[0]] == Q:
        if quoted is not None and right[0] == hit.r1 and hit.cue.frame == "tell" and hit.r1 < len(toks.low) - 1:
            hit.rule = "content_" + hit.rule  # '"A," Fiorina told "Fox and Friends," adding ...': a title
            return [quoted]
        if quoted is not None:
            hit.rule += "_interrupted"
            return [quoted, _cut_right(toks, *right)]
        if hit.cue.frame == "naming":  # 'what they called "supermarkets," all-in-one shops': the name only
            return [_cut_right(toks, right[0], right[0] + 1)]
        return [_cut_right(toks, *right)]
    if quoted is not None and right is not None and toks.low[quoted[0]] in _lex().opener \
            and toks.kind[quoted[0]] == W and not _weak_right(toks, right):
        return [_cut_right(toks, *right)]  # 'On "Fox News Sunday," Pence said ...': the title is an adjunct
    if quoted is not None:
        # '"A," he said two days later, "B."': the second quotation continues the first
        for k in range(*(right or (0, 0))):
            if right is not None and toks.kind[k] == Q and toks.low[k - 1] == "," and all(
                    toks.kind[i] != W for i in range(k + 1, right[1])):
                hit.rule += "_interrupted"
                return [quoted, (k, right[1])]
        hit.rule = "content_" + hit.rule
        return [quoted]
    if left is not None and hit.rule in ("speaker_cue", "speaker_appositive_cue", "cue_speaker") \
            and _weak_right(toks, right) and not colon:
        hit.rule = "content_" + hit.rule
        return [left]
    if hit.rule == "cue_speaker":
        return []  # '..., said X, a professor at Y': what follows the speaker is an appositive
    if left is None and right is not None and hit.rule == "speaker_cue" and hit.cue.frame in ("clause", "tell") \
            and _adjunct_only(toks, right):
        return []  # '"...!" Smith said last week.': the quotation before is the content
    if right is not None and hit.cue.frame == "naming":
        last_q = max((k for k in range(*right) if toks.kind[k] == Q), default=-1)
        if last_q >= 0:  # 'called the idea a "ridiculous proposition," adding ...': up to the quoted name
            right = (right[0], last_q + 1)
    if right is not None and not (toks.low[right[0]] in _lex().adjunct_start
                                  and hit.cue.frame not in ("object", "naming")):
        rel = hit.s0 - 1
        if rel >= 0 and toks.low[rel] in ("which", "that") and hit.rule == "speaker_cue" and \
                (toks.low[right[0]] in _lex().verb or toks.low[right[0]] in _lex().aux) and hit.r0 == hit.s0 \
                or _relative_start(toks, hit) >= 0:
            hit.rule += "_relative"  # "which analysts say is a show of solidarity": which + what they say
            return [(rel, rel + 1), _cut_right(toks, *right)]
        return [_cut_right(toks, *right)]
    return []


def _adjunct_only(toks: _Tokens, span: tuple[int, int]) -> bool:
    """Are the words a time or place adjunct only ("last week", "in an interview with CNN")?"""
    first = toks.low[span[0]]
    if toks.kind[span[0]] != W or any(toks.kind[k] == Q for k in range(*span)):
        return False
    words = [toks.low[k] for k in range(*span) if toks.kind[k] == W]
    if all(w in _lex().time or w.isdigit() for w in words):
        return True
    return first in ("in", "on", "at", "during", "via", "through") and len(words) <= 10 and not any(
        w in _lex().verb or w in _lex().aux or w in _lex().cues or w == "that" for w in words)


def _weak_right(toks: _Tokens, right: tuple[int, int] | None) -> bool:
    """Are the words after a cue no content of their own (nothing, an adjunct, a short tag)?"""
    if right is None:
        return True
    first = toks.low[right[0]]
    if first == "that" or toks.kind[right[0]] == Q:
        return False
    words = sum(1 for k in range(*right) if toks.kind[k] == W)
    quoted = any(toks.kind[k] == Q for k in range(*right))  # 'X says he goes "back to war."' is content
    return words <= 3 and not quoted or first in _lex().preposition or first in _lex().adjunct_start \
        or first in _lex().time




def _cut_right(toks: _Tokens, s: int, e: int) -> tuple[int, int]:
    """End content that follows its cue where the reported clause ends.

    Only content with quoted words is cut (PolNeAR's reported clauses otherwise run to the sentence's end):
    before a dash that opens an aside ("-- all without speaking his name"), a comma and a participle ("...,
    implicitly putting"), a coordinated verb phrase of the speaker ("... and cast doubt on"), and after the
    last quoted words a comma opening a subordinate, a new clause or an appositive (", when ...", ", but he
    ...", ", a move that ..."), a dash, or a subordinate clause with its own subject ("as he faces ..."). A
    comma inside the closing quote mark ('"insanity," and ...') counts as one before the next word.
    """
    if not any(toks.kind[k] == Q for k in range(s, e)):
        return (s, e)
    last_q = max(k for k in range(s, e) if toks.kind[k] == Q)
    for k in range(s + 1, e):
        low = toks.low[k]
        if k > last_q or toks.low[k - 1] == "," or k - 1 in toks.comma_q:
            cut = _clause_end(toks, s, e, k, last_q)
            if cut >= 0:
                return _trim(toks, s, cut) or (s, e)
        if toks.kind[k] == P and low in ("\u2014", "--", "\u2015") and k > s + 2 and not any(
                toks.low[i] in ("\u2014", "--", "\u2015") for i in range(k + 1, e)):
            return _trim(toks, s, k) or (s, e)
        if low in _lex().clause_join and toks.kind[k] == W and k + 1 < e and toks.kind[k + 1] == W:
            nxt = toks.low[k + 1]
            if (nxt in _lex().cues or nxt.endswith("ed")) and nxt not in _lex().np_adjective and k > s + 2:
                return _trim(toks, s, k) or (s, e)
    return (s, e)


def _comma_before(toks: _Tokens, k: int) -> int:
    """Where content ends if a comma precedes token k: the comma's index, after a quotation ending in one, or -1."""
    if toks.low[k - 1] == "," and toks.kind[k - 1] == P:
        return k - 1
    return k if k - 1 in toks.comma_q else -1


def _new_subject(toks: _Tokens, k: int, e: int) -> bool:
    """Does token k open a clause's subject (a pronoun, a name or a determiner)?"""
    return k < e and toks.kind[k] == W and (toks.low[k] in _lex().pronoun or _is_name(toks.raw[k])
                                            or toks.low[k] in _lex().determiner)


def _clause_end(toks: _Tokens, s: int, e: int, k: int, last_q: int) -> int:
    """The end of quoted content before token k where a new clause or an aside starts there, else -1."""
    low = toks.low[k]
    comma = _comma_before(toks, k) if toks.kind[k] == W else -1
    if comma > s + 2 and k + 1 < e and k > last_q:
        nxt = toks.low[k + 1] if low.endswith("ly") else low
        if nxt.endswith("ing") and nxt not in _lex().np_adjective and nxt not in _lex().ing_preposition:
            return comma  # ", implicitly putting ...": a participle clause of the speaker
    if k <= last_q:
        return -1
    if comma >= 0 and k + 1 < e and (low in _lex().subordinate and comma < k or low in ("but", "and")
                                     and _new_subject(toks, k + 1, e) or low in ("a", "an") and k > s + 2):
        return comma  # ", when ...", ", but he ...", ", a move that ..."
    if toks.kind[k] == P and low in _DASH_WORDS and k > s + 2 and toks.start[k] > toks.end[k - 1]:
        return k  # '"up-skill" workers - and he makes sure ...'
    if comma < 0 and toks.kind[k] == W and low in _lex().bare_subordinate \
            and _new_subject(toks, k + 1, e) and k > s + 2:
        return k  # '"excited where we stand" as he faces ...'
    return -1


def _content(toks: _Tokens, hit: _Hit, left: tuple[int, int] | None, right: tuple[int, int] | None,
             *, colon: bool) -> list[tuple[int, int]]:
    """The content of an attribution, given the words before (left) and after (right) its region."""
    if hit.rule in ("participle_passive_by", "fronted_participle"):
        return hit.content  # set with its speaker
    if hit.rule == "passive_no_agent":  # "Trump is expected to win", "it was said that ..."
        if right is not None and (toks.low[right[0]] in ("to", "as", "that") or toks.kind[right[0]] == Q):
            return hit.content + [_cut_right(toks, *right)]
        return hit.content
    if hit.rule == "passive_by":
        if right is not None:  # 'was warned of "..." by the US': the content stops before the agent
            by = next((k for k in range(*right) if toks.low[k] == "by"), right[1])
            right = _trim(toks, right[0], by)
        if right is None or not (toks.low[right[0]] in ("of", "that") or any(
                toks.kind[k] == Q for k in range(*right))):
            return []  # "was criticized in May by X": no content of its own
        return [right]
    if hit.cue.frame == "according":
        return [left] if left else ([right] if right else [])
    return _choose_content(toks, hit, left, right, colon=colon)


def _attribute(toks: _Tokens, a: int, b: int) -> tuple[list[_Hit], _Hit | None]:
    """Find the attributions of the sentence tokens[a:b], each with a speaker and content ranges.

    Returns:
        The attributions with content, and a final attribution without any ("Trump said:", or "Trump
        said." after a quotation) whose content is a neighbouring quotation, or None.
    """
    hits: list[_Hit] = []
    anchor: _Hit | None = None  # the latest cue not nested in another: a coordinated cue shares its speaker
    for hit in _find_cues(toks, a, b):
        if hits and hit.c0 < hits[-1].r1:
            continue
        if _speaker(toks, hit, a, b, anchor):
            if hit.cue.frame in ("clause", "tell") and hit.rule in ("speaker_cue", "speaker_appositive_cue") \
                    or hit.rule == "passive_by":
                hit.r1 = _skip_adjuncts(toks, hit.c1, b, addressee=hit.cue.frame == "tell")
                if hit.r1 > hit.c1 and all(toks.kind[k] == P for k in range(hit.r1, b)):
                    hit.r1 = hit.c1  # "Fox told a different tale": no clause after the object, the object is it
            hits.append(hit)
            if anchor is None or not _nested(toks, anchor, hit):
                anchor = hit
    if not hits:
        return [], None
    hits = _drop_nested(toks, hits, a, b)
    used_left = a
    for n, hit in enumerate(hits):
        right_end = b
        if n + 1 < len(hits):  # the next region, or its cue where it reaches back over this one
            nxt = hits[n + 1]
            r0 = _relative_start(toks, nxt)
            r0 = nxt.r0 if r0 < 0 else r0
            right_end = r0 if r0 >= hit.r1 else nxt.c0
        if _subordinate_opening(toks, hit):
            right_end = _main_clause(toks, hit.r1, right_end)
        if n + 1 < len(hits):  # 'his wife: "She signed it," he told the Times': the quotation is the next one's
            right_end = _colon_before_next(toks, hit.r1, right_end)
        colon = hit.r1 < right_end and toks.low[hit.r1] == ":"
        right = _trim(toks, hit.r1, right_end) if hit.r1 < right_end else None
        left = _trim(toks, used_left, hit.r0) if used_left < hit.r0 else None
        if left is not None and (not _left_content(toks, left, hit)
                                 or hit.rule.startswith("participle_") and right is not None):
            left = None  # ', adding that ...': a participle reports what follows it
        hit.content = _content(toks, hit, left, right, colon=colon)
        if hit.content:
            used_left = max(hit.r1, hit.content[-1][1])
    last = hits[-1]
    dangling = None
    if not last.content and last.cue.frame in ("clause", "tell") and last.s0 >= 0:
        dangling = last
    return [h for h in hits if h.content], dangling


def _colon_before_next(toks: _Tokens, i: int, end: int) -> int:
    """The colon before a quotation that runs up to ``end`` (where the next attribution begins), else end."""
    k = end - 1
    while k > i and toks.kind[k] != W:  # the colon must follow the last word
        k -= 1
    for k in range(k + 1, end - 1):
        if toks.low[k] == ":" and toks.kind[k + 1] == Q:
            return k
    return end


_DASHES: Final = frozenset({"\u2015", "\u2014", "\u2013", "-", "--"})
_DASH_CUE: Final = Cue("dash", "speech", "clause", ("\u2014",))


def _dash_attribution(toks: _Tokens, a: int, b: int) -> _Hit | None:
    """A quotation signed with a dash and a name: '"...." \u2015 Adriana Rodarte'."""
    k = a
    while k < b and toks.kind[k] != W:
        k += 1
    if k == a or k >= b or toks.low[k - 1] not in _DASHES or not any(toks.kind[i] == Q for i in range(a, k)):
        return None
    np = _np_forward(toks, k, b)
    if np is None or not _is_name(toks.raw[np[0]]) or (np[1] < b and toks.low[np[1]] not in (",", ".")):
        return None
    d = k - 1
    while d > a and toks.low[d - 1] in _DASHES:
        d -= 1
    hit = _Hit(_DASH_CUE, d, k, np[0], np[1], d, np[1], "quote_dash_speaker")
    hit.content = [(a, d)]
    return hit


_ANY_VERB_CUE: Final = Cue("verb", "speech", "clause", ("",))


def _subject_verb_quote(toks: _Tokens, a: int, b: int) -> _Hit | None:
    """A sentence whose subject does something with quoted words: 'Lewandowski ripped Comey for acting as
    "the judge and the jury"', with a verb outside the cue list."""
    first_q = next((k for k in range(a, b) if toks.kind[k] == Q), -1)
    if first_q <= a:
        return None
    np = _subject(toks, a, first_q)
    if np is None or np[1] >= first_q:
        return None
    v = np[1]
    verb = toks.low[v]
    if toks.kind[v] != W or verb in _lex().aux or verb in _lex().boundary or not (
            verb.endswith("ed") or verb.endswith("s") and not verb.endswith("ss")) or _is_name(toks.raw[v]):
        return None
    head = toks.low[np[1] - 1]
    if not (_is_name(toks.raw[np[1] - 1]) and np[1] - np[0] <= 6 or head in ("he", "she", "they", "we", "i")):
        return None
    content = _trim(toks, v + 1, b)
    if content is None or toks.low[content[0]] in _lex().preposition or toks.low[content[0]] in _lex().particle:
        return None
    content = _cut_right(toks, *content)
    if not any(toks.kind[k] == Q for k in range(*content)):
        return None
    hit = _Hit(_ANY_VERB_CUE, v, v + 1, np[0], np[1], np[0], v + 1, "subject_verb_quote")
    hit.content = [content]
    return hit


def _transcript_label(toks: _Tokens) -> _Hit | None:
    """A paragraph of a transcript or interview: a name in capitals (or Q, A) and a colon before the words."""
    n = len(toks.kind)
    k = 0
    while k < n and k < 4 and toks.kind[k] == W and toks.raw[k][0].isupper():
        k += 1
    if k == 0 or k >= n - 1 or toks.low[k] != ":" or toks.kind[k + 1] == P:
        return None
    words = toks.raw[:k]
    if not (all(w.isupper() and len(w) > 1 for w in words) or words in (["Q"], ["A"])) or \
            any(w.lower() in _lex().label for w in words):
        return None
    hit = _Hit(_COLON_CUE, k, k + 1, 0, k, 0, k + 1, "transcript_label")
    hit.content = [(k + 1, n)]
    return hit
_COLON_CUE: Final = Cue(":", "speech", "clause", (":",))


def _colon_attribution(toks: _Tokens, a: int, b: int) -> _Hit | None:
    """A quotation introduced by its speaker and a colon: 'Rubio fired back: "..."', 'Trump: "..."'."""
    colon = next((k for k in range(a, b) if toks.low[k] == ":" and toks.kind[k] == P), -1)
    if colon <= a or not any(toks.kind[k] == Q for k in range(colon + 1, b)) or any(
            toks.kind[k] == W for k in range(colon + 1, b)):
        return None
    np = _np_forward(toks, a, colon)
    if np is not None and np[1] == colon and _is_name(toks.raw[np[0]]):
        cue_span = (colon, colon + 1)
    else:
        np = _subject(toks, a, colon)
        if np is None or any(toks.kind[k] == Q for k in range(a, colon)):
            return None
        cue_span = (np[1], colon)
    hit = _Hit(_COLON_CUE, cue_span[0], cue_span[1], np[0], np[1], np[0], colon + 1, "speaker_colon_quote")
    hit.content = [_trim(toks, colon + 1, b) or (colon + 1, b)]
    return hit


def _quote_verb_attribution(toks: _Tokens, a: int, b: int) -> _Hit | None:
    """A quotation closed by a speaker and any verb: '"Nooooo!" the crowd cried out.', '"...," he surmised.'"""
    k = a
    while k < b and toks.kind[k] == Q:
        k += 1
    if k == a or k >= b:
        return None
    if toks.low[k] == ",":
        k += 1
    np = _np_forward(toks, k, b)
    if np is None or np[1] >= b or np[1] - np[0] > 6:
        return None
    v = np[1]
    verb = toks.low[v]
    if toks.kind[v] != W or not (verb.endswith("ed") or verb in _lex().verb) or verb in _lex().aux:
        return None
    end = v + 1
    if end < b and toks.low[end] in _lex().particle:
        end += 1
    first = (a, k - 1 if toks.low[k - 1] == "," else k)
    rest = [i for i in range(end, b) if toks.kind[i] != P]
    if rest and not (toks.low[end] == "," and all(toks.kind[i] == Q for i in rest)):
        return None
    hit = _Hit(_ANY_VERB_CUE, v, end, np[0], np[1], np[0], end, "quote_speaker_verb")
    hit.content = [first, (rest[0], rest[-1] + 1)] if rest else [first]  # '"A," the judge exclaimed, "B."'
    return hit


# ---------------------------------------------------------------------------------------------------------
# kinds and assembly


def quote_kind(content: str) -> str:
    """Classify content text as ``direct``, ``mixed`` or ``indirect`` by its double quote marks.

    Args:
        content: the content pieces joined by a space.

    Returns:
        ``indirect`` without any double quote mark, ``direct`` when the content (edge punctuation
        stripped) opens and closes with one, ``mixed`` otherwise. Single quotes count only when the
        content has no double quote at all and is wrapped in them (headline style).
    """
    t = content.strip().replace("``", '"').replace("''", '"')
    s = t.strip(" ,.;:!?")
    if not any(c in t for c in "\"\u201c\u201d\u201e\u201f\u00ab\u00bb"):
        if s[:1] in ("\u2018", "'", "`") and s[-1:] in ("\u2019", "'") and len(s) > 2:
            return "direct"
        return "indirect"
    if s[:1] in "\"\u201c\u201e\u00ab\u201f\u201d" and s[-1:] in "\"\u201d\u00bb\u201f\u201c":
        return "direct"
    return "mixed"


def _make_quote(text: str, spans: list[tuple[int, int]], paragraph: int, rule: str) -> Quote:
    content = " ".join(text[s:e] for s, e in spans)
    return Quote(kind=quote_kind(content), spans=spans, text=content, paragraph=paragraph, rule=rule)


def _extend(text: str, quote: Quote, spans: list[tuple[int, int]], rule: str) -> None:
    quote.spans.extend(spans)
    quote.text = " ".join(text[s:e] for s, e in quote.spans)
    quote.kind = quote_kind(quote.text)
    if not quote.rule.endswith(rule):
        quote.rule += rule


def _quote_only(toks: _Tokens, a: int, b: int) -> bool:
    """Is the sentence tokens[a:b] nothing but quotations and punctuation?"""
    has_q = False
    for k in range(a, b):
        if toks.kind[k] == Q:
            has_q = True
        elif toks.kind[k] == W:
            return False
    return has_q


def _spans(toks: _Tokens, ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(toks.start[s], toks.end[e - 1]) for s, e in ranges]


def _hit_quote(text: str, toks: _Tokens, hit: _Hit, paragraph: int) -> Quote:
    quote = _make_quote(text, _spans(toks, hit.content), paragraph, hit.rule)
    cs, ce = toks.start[hit.c0], toks.end[hit.c1 - 1]
    quote.cue, quote.cue_start, quote.cue_end, quote.cue_type = text[cs:ce], cs, ce, hit.cue.cue_type
    if hit.s0 >= 0:
        ss, se = toks.start[hit.s0], toks.end[hit.s1 - 1]
        quote.speaker_mention, quote.speaker_start, quote.speaker_end = text[ss:se], ss, se
    return quote


def _continue(text: str, last: Quote, spans: list[tuple[int, int]], paragraph: int, rule: str) -> Quote:
    """A new quotation by the speaker of ``last``."""
    quote = _make_quote(text, spans, paragraph, rule)
    quote.speaker_mention, quote.speaker_start, quote.speaker_end = (
        last.speaker_mention, last.speaker_start, last.speaker_end)
    quote.cue_type = "speech"
    return quote


def find_quotes(text: object) -> list[Quote]:
    """Find the quotations and reported statements of one text, with their cues and speaker mentions.

    Args:
        text: an article text, paragraphs separated by blank lines (anything else, such as None or a
            missing value, has no attributions).

    Returns:
        The attributions in text order. Speakers are the mentions at the attribution, unresolved
        (:func:`extract_quotes` resolves them). Never raises on odd input: unbalanced quote marks leave a
        quotation running to its paragraph's end, an empty text gives an empty list.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    return _Reader(text).read()


class _Reader:
    """Walks the paragraphs and sentences of one text, keeping the state that continuations need."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes: list[Quote] = []
        self.last: Quote | None = None  # the latest attribution with a speaker
        self.last_at: tuple[int, int] = (-1, -1)  # (paragraph, sentence) that last produced or extended it
        self.pending: tuple[_Tokens, _Hit, int] | None = None  # "X said:" waiting for its quotation

    def read(self) -> list[Quote]:
        paragraphs = _blocks(self.text)
        blobs = quote_blobs(self.text, paragraphs)
        open_chain = False
        for p, (ps, pe) in enumerate(paragraphs):
            toks = _tokenize(self.text, ps, pe, blobs[p])
            self._paragraph(p, toks, open_chain)
            open_chain = bool(blobs[p]) and not blobs[p][-1].closed
        self.quotes.sort(key=lambda q: q.start)
        starts = [s for s, _ in paragraph_spans(self.text)]
        for quote in self.quotes:  # the paragraph index of analysis.sentences
            quote.paragraph = max(_bisect_right(starts, quote.start) - 1, 0)
        return self.quotes

    def _add(self, quote: Quote, p: int, si: int) -> None:
        self.quotes.append(quote)
        self.last, self.last_at = quote, (p, si)

    def _paragraph(self, p: int, toks: _Tokens, open_chain: bool) -> None:
        text = self.text
        label = _transcript_label(toks)
        if label is not None:  # "TAPPER: Do you think ...": the whole paragraph is what the speaker says
            self._add(_hit_quote(text, toks, label, p), p, 0)
            self.last_at = (p, -2)
            return
        sentences = _sentences(text, toks)
        last_para = self.last_at[0]
        prev_sentence_last = last_para == p - 1 and self.last_at[1] == -2
        para_last: Quote | None = None  # latest attribution of this paragraph
        para_quote: Quote | None = None  # latest direct or mixed attribution of this paragraph
        loose: tuple[int, int] | None = None  # a preceding quote-only sentence nobody has claimed
        found = [_attribute(toks, a, b) for a, b in sentences]
        for si, (a, b) in enumerate(sentences):
            hits, dangling = found[si]
            if hits:
                para_quote = None
            for hit in hits:
                quote = _hit_quote(text, toks, hit, p)
                self._add(quote, p, si)
                para_last = quote
                if quote.kind != "indirect":
                    para_quote = quote
            if hits:
                self.pending, loose = None, None
            if dangling is not None:
                if loose is not None:
                    la, lb = loose
                    dangling.content = [(k, k + 1) for k in range(la, lb) if toks.kind[k] == Q]
                    dangling.rule = "content_" + dangling.rule
                    quote = _hit_quote(text, toks, dangling, p)
                    self._add(quote, p, si)
                    para_last, loose = quote, None
                elif b - 1 >= a and toks.low[b - 1] == ":" or not hits:
                    self.pending = (toks, dangling, p)
                continue
            if not hits:
                dash = (_dash_attribution(toks, a, b) or _quote_verb_attribution(toks, a, b)
                        or _colon_attribution(toks, a, b) or _subject_verb_quote(toks, a, b))
                if dash is not None:
                    quote = _hit_quote(text, toks, dash, p)
                    self._add(quote, p, si)
                    para_last = para_quote = quote
                    loose = None
                    continue
            if hits or not _quote_only(toks, a, b):
                if not hits:
                    loose = None
                    if para_quote is not None and self.last_at == (p, si - 1) and para_quote is para_last \
                            and _quoted_sentence(toks, a, b):
                        # '"A," he said. But "B." ': a sentence with quoted words goes on with the quotation
                        _extend(text, para_quote, _spans(toks, [_trim(toks, a, b) or (a, b)]), "+follow_on")
                        self.last_at = (p, si)
                continue
            spans = _spans(toks, [(k, k + 1) for k in range(a, b) if toks.kind[k] == Q])
            if si + 1 < len(found) and not found[si + 1][0] and found[si + 1][1] is not None:
                loose = (a, b)  # '"Nooo!" The crowd cried.': the next sentence attributes it
            elif self.pending is not None:
                ptoks, phit, pp = self.pending
                quote = _hit_quote(text, ptoks, phit, pp)
                quote = _retarget(text, quote, spans, p, phit.rule + "_colon")
                self._add(quote, p, si)
                para_last, self.pending = quote, None
            elif si == 0 and open_chain and self.last is not None and self.last_at[0] == p - 1:
                _extend(text, self.last, spans, "+paragraphs")
                self.last_at, para_last = (p, si), self.last
            elif para_last is not None and para_last.speaker_start >= 0:
                target = para_quote if para_quote is not None else para_last
                if target.kind == "indirect":
                    quote = _continue(text, target, spans, p, "follows_speaker")
                    self._add(quote, p, si)
                    para_last = para_quote = quote
                else:
                    _extend(text, target, spans, "+follow_on")
                    self.last_at = (p, si)
            elif si == 0 and prev_sentence_last and self.last is not None and self.last.speaker_start >= 0:
                if self.last.kind != "direct":
                    quote = _continue(text, self.last, spans, p, "follows_speaker")
                    self._add(quote, p, si)
                    para_last = quote
                else:
                    _extend(text, self.last, spans, "+next_paragraph")
                    self.last_at, para_last = (p, si), self.last
            else:
                loose = (a, b)
        if self.last_at[0] == p and self.last_at[1] == len(sentences) - 1:
            self.last_at = (p, -2)  # the paragraph ended with the latest attribution


def _quoted_sentence(toks: _Tokens, a: int, b: int) -> bool:
    """Does a sentence without attribution carry quoted words early on ('But "B."', '"B" to the rest')?"""
    first_q = next((k for k in range(a, b) if toks.kind[k] == Q), -1)
    return first_q >= 0 and sum(1 for k in range(a, first_q) if toks.kind[k] == W) <= _FOLLOW_WORDS


_FOLLOW_WORDS: Final = 4  # words before the first quotation of a follow-on sentence ('Unless X, "..."')


def _retarget(text: str, quote: Quote, spans: list[tuple[int, int]], paragraph: int, rule: str) -> Quote:
    new = _make_quote(text, spans, paragraph, rule)
    return replace(quote, kind=new.kind, spans=new.spans, text=new.text, paragraph=paragraph, rule=rule)


# ---------------------------------------------------------------------------------------------------------
# table level


def quote_id(article_id: str, spans: Iterable[Sequence[SupportsIndex]], *,
             cue: Sequence[SupportsIndex] = (-1, -1)) -> str:
    """Return a stable id for an attribution: the article id and a short hash of its content spans and cue.

    The cue is part of the key because two attributions can share a content span (``X, Y reported, dismissed
    as ...``): each keeps its own id.
    """
    key = f"{article_id}|" + ";".join(f"{s}-{e}" for s, e in spans) + f"|{cue[0]}-{cue[1]}"
    return f"{article_id}:{hashlib.blake2b(key.encode('utf-8'), digest_size=5).hexdigest()}"


def extract_quotes(articles: pd.DataFrame, *, progress: bool | None = None) -> pd.DataFrame:
    """Find every attribution in an articles table and resolve its speaker within the article.

    Args:
        articles: a table with ``article_id`` and ``text`` columns (as :func:`analysis.load_corpus` gives);
            it is not modified.
        progress: show a progress bar; ``None`` shows one on a terminal for runs over two seconds.

    Returns:
        One row per attribution, in article and text order, with the columns of :data:`QUOTE_COLUMNS` in
        that order. Offsets index the article's ``text``: ``text[start:end]`` of each span is exact. Speaker
        fields are None (``speaker_named`` False) where an attribution has no speaker or the mention names
        no one (an unresolved pronoun).
    """
    from .speakers import resolve_speakers

    columns: dict[str, list] = {name: [] for name in QUOTE_COLUMNS}
    n = len(articles)
    ids = articles["article_id"].astype(str).tolist() if n else []
    texts = articles["text"].tolist() if n else []
    pairs = progress_bar(zip(ids, texts), enabled=progress, total=n, desc="quotes", unit="article")
    for article_id, text in pairs:
        text = text if isinstance(text, str) else ""
        quotes = find_quotes(text)
        if quotes:
            _append_rows(columns, article_id, text, quotes, resolve_speakers)
    return pd.DataFrame(columns, columns=list(QUOTE_COLUMNS))


def _append_rows(columns: dict[str, list], article_id: str, text: str, quotes: list[Quote], resolve) -> None:
    """Add one row per quote to the column lists, resolving the article's speaker mentions once."""
    mentions = sorted({(q.speaker_start, q.speaker_end) for q in quotes if q.speaker_start >= 0})
    resolved = dict(zip(mentions, resolve(text, mentions))) if mentions else {}
    for q in quotes:
        r = resolved.get((q.speaker_start, q.speaker_end))
        values = {
            "article_id": article_id,
            "quote_id": quote_id(article_id, q.spans, cue=(q.cue_start, q.cue_end)),
            "kind": q.kind,
            "cue_type": q.cue_type or None,
            "text": q.text,
            "spans": [[s, e] for s, e in q.spans],
            "start": q.start,
            "end": q.end,
            "paragraph": q.paragraph,
            "cue": q.cue or None,
            "cue_start": q.cue_start,
            "cue_end": q.cue_end,
            "speaker": r.speaker if r is not None else None,
            "speaker_mention": q.speaker_mention or None,
            "speaker_start": q.speaker_start,
            "speaker_end": q.speaker_end,
            "speaker_named": bool(r.named) if r is not None else False,
            "speaker_role": r.role if r is not None else None,
            "speaker_org": r.org if r is not None else None,
            "speaker_type": r.type if r is not None else None,
            "speaker_country": r.country if r is not None else None,
            "speaker_rule": r.rule if r is not None else None,
            "rule": q.rule,
        }
        for name, value in values.items():
            columns[name].append(value)
