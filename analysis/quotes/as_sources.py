"""An opening clause "As X said," that gives its source to the main clause after it ("As one aide put it, the
campaign is "a mess."", "As The Washington Post reported, even if Sanders split the delegates, he would need
..."): :func:`analysis.quotes.sentence.attribute_sentence` asks before it gives such a cue its content."""

from __future__ import annotations

from analysis.quotes.cues import Hit, lexicon
from analysis.quotes.phrase_words import abbreviation_period
from analysis.quotes.tokens import P, ParagraphTokens, W


def as_source_before_subordinate(toks: ParagraphTokens, hit: Hit, end: int) -> bool:
    """Is the opening clause "As X reported," followed by a subordinate clause and then the main clause, both
    what X reported ("As The Washington Post reported, even if Sanders split the delegates, he would need ...")?"""
    k = hit.r1 + 1
    if k < end and toks.low[k] == "even":
        k += 1
    return toks.low[hit.s0 - 1] == "as" and hit.cue.frame in ("clause", "tell") and hit.r1 < end \
        and toks.low[hit.r1] == "," and k < end and toks.low[k] in lexicon().opening_subordinate \
        and toks.low[hit.s0] not in ("we", "i")


def as_source(toks: ParagraphTokens, hit: Hit, main: int) -> bool:
    """Is the opening clause "As X says," (a speech cue, then only a comma before the main clause), so that the
    main clause is what X says? Not the writer's "As we noted,"."""
    words = lexicon()
    longest = 9 if hit.r1 < main and toks.low[hit.r1] in words.topic_preposition else 14  # ("has worried about
    # the rise of ... in places like Brazil and Hungary, the protests ...": what was worried about, no adjunct)
    adjunct = hit.r1 < main <= hit.r1 + longest and toks.low[hit.r1] in words.preposition and all(
        toks.kind[k] == W and toks.low[k] not in words.verb or abbreviation_period(toks, k)
        for k in range(hit.r1, main - 1))  # ("put it in a statement to my colleague Michael M. Grynbaum in July,")
    return toks.low[hit.s0 - 1] == "as" and hit.cue.frame in ("clause", "tell") and main >= hit.r1 \
        and toks.low[hit.s0] not in ("we", "i") \
        and (all(toks.kind[k] == P for k in range(hit.r1, main)) or adjunct)  # "argued in a recent op-ed,"
