"""The source after "according to" (rule ``according_to``) or "in" a poll (rule ``in_document``): where its noun
phrase ends (a maker after "by", an acronym in brackets, a participle aside or relative clause that describes it,
scare quotes that name it) and where the reported content ends."""

from __future__ import annotations

from analysis.quotes.appositives import name_after_comma
from analysis.quotes.cues import (
    CLAUSE_CONJUNCTIONS,
    Hit,
    lexicon,
    past_verb,
    set_speaker,
)
from analysis.quotes.phrase_words import abbreviation_period
from analysis.quotes.phrases import is_description, np_forward, words_until_comma
from analysis.quotes.tokens import P, ParagraphTokens, Q, W, is_name

SCARE_QUOTE_CHARS = 40
"""The longest quotation, marks included, read as part of a source's name ('the "best military minds"')."""


def according_speaker(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Set the source of an "according to" or "in" cue (an ``according`` frame) on the hit; False if none is found.

    Args:
        toks: the paragraph's tokens.
        hit: the cue, its sentence running from token a to token b.
        a: the sentence's first token.
        b: the token after the sentence's last.
    """
    if hit.cue.lemma == "in" and hit.c0 == a:  # "In a poll released Monday, ...": up to its comma (in_document)
        comma = next(k for k in range(hit.c1, b) if toks.low[k] == ",")
        return set_speaker(hit, hit.c0, (hit.c1, comma), hit.c0, comma, "in_document")
    if hit.cue.lemma == "in":  # "Kasich was at 25 percent in the most recent Fox poll.": the poll, the clause before
        head = next(k for k in range(hit.c1, b) if toks.low[k] in lexicon().poll)
        end = b - 1 if toks.kind[b - 1] == P and toks.low[b - 1] in (".", "!", "?") else b
        return set_speaker(hit, hit.c0, (hit.c1, head + 1), hit.c0, end, "in_document")
    np = np_forward(toks, hit.c1, b, source=True) or words_until_comma(toks, hit.c1, b)
    if np is None or np[1] - np[0] == 1 and toks.low[np[0]] in lexicon().manner:
        return False  # (not "going according to plan": how it went, no source)
    np = (np[0], scare_quoted_end(toks, np, b))
    if np[1] + 1 < b and toks.low[np[1]] == "by" and is_name(toks.raw[np[1] + 1]):
        by = np_forward(toks, np[1] + 1, b)  # "according to a count by The Associated Press, ...": its maker
        np = (np[0], by[1]) if by is not None else np
    short = np[1] + 2 < b and toks.low[np[1]] == "(" and toks.raw[np[1] + 1].isupper() \
        and toks.low[np[1] + 2] == ")"  # "according to the Office for National Statistics (ONS), ..."
    after = np[1] + 3 if short else np[1]
    named = name_after_comma(toks, after, b) if not short and is_description(toks, np) else after
    if named > after and (named == b or toks.low[named] == "."):  # "..., according to the leader of the party,
        return set_speaker(hit, hit.c0, (np[0], named), hit.c0, named, "according_to")  # Kristian Dahl."
    end = participle_aside_end(toks, after, b)
    np = (np[0], end if end > after and not relative_after(toks, after, b) else np[1])  # (a relative clause is
    # no part of the mention)
    if end == after and not short:  # a participle phrase with no comma: the mention stays the noun phrase ("the
        # Anti-Defamation League based in Washington": the organisation's name; "the poll released Sunday": the poll
        # named before)
        leading = toks.raw[hit.c0][:1].isupper() or sum(toks.kind[k] == W for k in range(a, hit.c0)) < 3
        end = bare_participle_end(toks, after, b, leading=leading)
    return set_speaker(hit, hit.c0, np, hit.c0, end, "according_to")


def scare_quoted_end(toks: ParagraphTokens, np: tuple[int, int], b: int) -> int:
    """The end of a source whose noun is in scare quotes ('according to the "best military minds"', 'according to
    the so-called "experts"'): a determiner and at most one lower-case word, then a quotation of a few words,
    taken whole with the phrase a preposition adds ('the "experts" in Washington'); else np's own end."""
    i, j = np
    if not (j < b and toks.kind[j] == Q and j - i <= 2 and toks.low[i] in lexicon().determiner
            and all(toks.kind[k] == W and toks.raw[k].islower() for k in range(i, j))):
        return j
    quotation = toks.blob[j]
    if not quotation.closed or quotation.end - quotation.start > SCARE_QUOTE_CHARS:
        return j
    after = np_forward(toks, j + 2, b) if j + 2 < b and toks.low[j + 1] in lexicon().preposition else None
    return after[1] if after is not None else j + 1  # 'the "experts" in Washington'


def participle_aside_end(toks: ParagraphTokens, e: int, b: int) -> int:
    """Where a source after "according to" ends when a participle aside or a relative clause follows it
    ("according to the report, published by the Institute for Fiscal Studies, taxes would ...", "according to two
    officials who were briefed on the talks, the plan ...") or closes the sentence ("..., according to the survey,
    conducted by Ipsos.", "..., according to several participants who spoke on the condition of anonymity."): at
    the aside's end; else e."""
    relative = relative_after(toks, e, b)
    if not (relative or e + 2 < b and toks.low[e] == "," and toks.kind[e + 1] == W and toks.low[e + 1].endswith("ed")):
        return e
    close = next((k for k in range(e + 2, min(b, e + 14)) if toks.low[k] == "," or toks.kind[k] != W
                  and not abbreviation_period(toks, k)), -1)
    if close < 0 or toks.low[close] == "," and sum(toks.kind[k] == W for k in range(close + 1, b)) < 3:
        return e
    clause = toks.low[e + 1:close]
    if relative and "anonymity" not in clause and any(low in lexicon().cues for low in clause):
        return e  # "according to monitors who have accused all parties of atrocities": an attribution of its own
    if toks.low[close] != ",":  # "..., according to the survey, conducted by Ipsos for the BBC."
        return close if all(toks.kind[k] != W for k in range(close, b)) else e
    return close


def bare_participle_end(toks: ParagraphTokens, e: int, b: int, *, leading: bool) -> int:
    """Where a source after "according to" ends when a participle phrase follows it with no comma and runs to a
    comma or the sentence's end ("according to a CBS poll released Monday.", "According to a survey conducted by
    Ipsos last week, ...": the phrase describes the source, no content); else e. After the content (``leading``
    False), what follows such a phrase's comma is an aside up to the sentence's end ("... according to a lawsuit
    filed in Manhattan by Yulia Tymoshenko, a former prime minister of Ukraine.", "..., according to a poll
    conducted in September, just before the website went live."), unless a conjunction opens a clause of its own
    there (", and 15% say ...")."""
    if not (e < b and toks.kind[e] == W and toks.raw[e].islower() and toks.low[e].endswith("ed")):
        return e
    k = e + 1
    while k < b and k - e < 16 and (toks.kind[k] == W and toks.low[k] not in ("that", "who", "which")
                                    or abbreviation_period(toks, k)):
        k += 1
    words = lexicon()
    if any(toks.raw[i].islower() and (past_verb(toks.low[i]) or toks.low[i] in words.verb) for i in range(e + 1, k)):
        return e  # "according to a poll conducted a month before the U.S. invaded Iraq, ...": a clause of its own
    if k + 1 < b and toks.low[k] == "," and not leading and toks.low[k + 1] not in CLAUSE_CONJUNCTIONS:
        end = b - 1 if toks.kind[b - 1] == P else b
        return end if all(toks.kind[i] != Q for i in range(k, end)) else e
    return k if k == b or toks.low[k] in (",", ".", "!", "?", ";") else e


def relative_after(toks: ParagraphTokens, e: int, b: int) -> bool:
    """Does a relative clause open at token e, right after a source ("two officials who were briefed", "an estimate
    that PPI put out", "the lawsuit, which was filed Monday")?"""
    return e + 1 < b and toks.low[e] in ("who", "that", "which") and toks.kind[e + 1] == W \
        or e + 2 < b and toks.low[e] == "," and toks.low[e + 1] in ("who", "which")
