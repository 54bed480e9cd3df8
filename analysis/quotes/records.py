"""The record of one attribution (:class:`Quote`) and how its content is classified and grown."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from analysis.quotes.cues import Hit
from analysis.quotes.tokens import ParagraphTokens


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
        outer: the attribution whose content holds this one, for a nested attribution; else None.
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
    outer: Quote | None = None

    @property
    def start(self) -> int:
        """Offset of the first content character."""
        return self.spans[0][0]

    @property
    def end(self) -> int:
        """Offset after the last content character."""
        return self.spans[-1][1]


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


def make_quote(text: str, spans: list[tuple[int, int]], paragraph: int, rule: str) -> Quote:
    content = " ".join(text[s:e] for s, e in spans)
    return Quote(kind=quote_kind(content), spans=spans, text=content, paragraph=paragraph, rule=rule)


def extend_quote(text: str, quote: Quote, spans: list[tuple[int, int]], rule: str) -> None:
    quote.spans.extend(spans)
    quote.text = " ".join(text[s:e] for s, e in quote.spans)
    quote.kind = quote_kind(quote.text)
    if not quote.rule.endswith(rule):
        quote.rule += rule


def continue_quote(text: str, last: Quote, spans: list[tuple[int, int]], paragraph: int, rule: str) -> Quote:
    """A new quotation by the speaker of ``last``."""
    quote = make_quote(text, spans, paragraph, rule)
    quote.speaker_mention, quote.speaker_start, quote.speaker_end = (
        last.speaker_mention, last.speaker_start, last.speaker_end)
    quote.cue_type = "speech"
    return quote


def token_spans(toks: ParagraphTokens, ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character offsets of token index ranges."""
    return [(toks.start[s], toks.end[e - 1]) for s, e in ranges]


def hit_quote(text: str, toks: ParagraphTokens, hit: Hit, paragraph: int) -> Quote:
    """The record of an attribution found in the tokens: its content, cue and speaker mention as offsets."""
    quote = make_quote(text, token_spans(toks, hit.content), paragraph, hit.rule)
    cs, ce = toks.start[hit.c0], toks.end[hit.c1 - 1]
    quote.cue, quote.cue_start, quote.cue_end, quote.cue_type = text[cs:ce], cs, ce, hit.cue.cue_type
    if hit.s0 >= 0:
        ss, se = toks.start[hit.s0], toks.end[hit.s1 - 1]
        quote.speaker_mention, quote.speaker_start, quote.speaker_end = text[ss:se], ss, se
    return quote
