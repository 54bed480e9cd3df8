"""A phrase set off at the front of a reported clause, between its "that" and its subject: "The Times reports that,
according to officials, troops seized the station", "Critics argue that by focusing on the remarks, the party
misses the point", "Smith noted that, while he did not agree with every policy, the donations helped".

The cue inside such a phrase is no attribution of its own that ends the outer one at "that": the outer speaker
reports the whole clause. A source the phrase names ("according to officials") is nested in the outer
attribution and reports the clause after it; a participle after "by" is a means inside the clause (its subject
is the clause's, not the outer speaker), and a cue inside a subordinate clause ("while he did not agree ...") is
part of what the outer speaker reports; neither is kept. :func:`analysis.quotes.sentence.attribute_sentence`
asks before it gives each attribution its content.
"""

from __future__ import annotations

from analysis.quotes.cues import Hit, lexicon
from analysis.quotes.tokens import ParagraphTokens, Q


def _clause_start(toks: ParagraphTokens, outer: Hit) -> int:
    """The token after the outer cue's "that" (and a comma after it), or -1 where its content opens otherwise."""
    k = outer.r1
    if outer.cue.frame not in ("clause", "tell") or k + 1 >= len(toks.low) or toks.low[k] != "that":
        return -1
    return k + 2 if toks.low[k + 1] == "," else k + 1


def _comma_after(toks: ParagraphTokens, k: int, limit: int) -> int:
    """The first comma from token k on, within ``limit`` tokens, or -1."""
    return next((j for j in range(k, min(len(toks.low), k + limit)) if toks.low[j] == ","), -1)


def fronted(toks: ParagraphTokens, outer: Hit, inner: Hit) -> str | None:
    """How ``inner`` sits in a phrase at the front of ``outer``'s reported clause: ``"nest"`` (a source named by
    "according to", closed by a comma or followed by a quotation), ``"drop"`` (a participle after "by", or a cue
    inside a subordinate clause closed by a comma before the main clause), or None (no such phrase)."""
    start = _clause_start(toks, outer)
    if start < 0 or inner.c0 < start:
        return None
    if inner.rule == "according_to":
        closed = inner.r1 < len(toks.low) and (toks.low[inner.r1] == "," or toks.kind[inner.r1] == Q)
        return "nest" if inner.c0 == start and closed else None  # (", troops seized", ' "it appears ..."')
    low = toks.low[start]
    if low == "by" and inner.rule.startswith("participle") and inner.c0 == start + 1:
        comma = _comma_after(toks, inner.c1, 30)
        return "drop" if comma > 0 else None
    if low in lexicon().opening_subordinate and inner.s0 > start:
        comma = _comma_after(toks, start + 1, 40)
        return "drop" if comma > inner.c1 and comma + 1 < len(toks.low) else None
    return None


def split_fronted(toks: ParagraphTokens, hits: list[Hit]) -> tuple[list[Hit], list[tuple[Hit, Hit]]]:
    """The attributions without those in a phrase at the front of the clause the one before reports, and the
    (outer, inner) pairs of the sources to nest once the outer one has its content."""
    kept: list[Hit] = []
    nest: list[tuple[Hit, Hit]] = []
    for hit in hits:
        how = fronted(toks, kept[-1], hit) if kept else None
        if how == "nest":
            nest.append((kept[-1], hit))
        elif how is None:
            kept.append(hit)
    return kept, nest
