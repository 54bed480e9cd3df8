"""Attributions inside a quotation: a speaker quoted reporting what someone else said.

'"The president announced earlier this year that the State Department would review it," Earnest said': the
president's announcement is an attribution of its own, nested in Earnest's (rule ``nested_`` and the rule that
found it, ``nested_in`` the quotation's row). The words inside the quotation are read as a paragraph of their own
by the sentence rules; an attribution is kept only in the forms that :func:`analysis.quotes.sentence.
nest_attributions` keeps inside reported speech: a subject that can be a source (a name or a noun phrase, not
a pronoun: "I think" and "he said" inside a quotation are the speaker's own voice or a person the reader cannot
see) and a cue of speech or of a document reporting a clause; or a third person or "you" before words quoted
inside the quotation ('"He said 'yes,'" Clinton said'), whose pronoun is never the quoted speaker
(:mod:`analysis.quotes.table`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache

from analysis.quotes.clauses import bare_clause
from analysis.quotes.cues import Hit, lexicon
from analysis.quotes.no_report import hedged, reports_nothing
from analysis.quotes.records import Quote, hit_quote
from analysis.quotes.sentence import (
    NESTABLE,
    attribute_sentence,
    nested_subject,
)
from analysis.quotes.tokens import ParagraphTokens, Q, W, quotation_tokens
from analysis.text.document import Document


def quoted_attributions(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """The attributions nested in the quotations that direct and mixed attributions report.

    Args:
        doc: the article's document.
        quotes: the article's attributions (:class:`~analysis.quotes.records.Quote`).

    Returns:
        New nested attributions, each with ``outer`` set to the attribution whose quotation holds it.
    """
    found: list[Quote] = []
    reporting = reporting_words()
    starts: dict[int, list[int]] = {}  # paragraph -> its quotations' starts, for a bisect per content span
    for quote in quotes:
        if quote.kind == "indirect" or quote.outer is not None:
            continue
        for s, e in quote.spans:
            p = doc.paragraph_of(s)
            quotations = doc.quotations[p]
            if p not in starts:
                starts[p] = [quotation.start for quotation in quotations]
            for quotation in quotations[bisect_left(starts[p], s):bisect_left(starts[p], e)]:
                if quotation.nickname or quotation.end > e:
                    continue
                if not _may_report(doc, quotation.start, quotation.end):
                    continue
                toks = quotation_tokens(doc, quotation)
                for a, b in _sentences(doc, toks):
                    if not any(low in reporting for low in toks.low[a:b]):
                        continue
                    hits, _dangling = attribute_sentence(toks, a, b)
                    for hit in hits:
                        if _reports_another(toks, hit):
                            nested = hit_quote(doc.text, toks, hit, p)
                            nested.rule, nested.outer = "nested_" + hit.rule, quote
                            found.append(nested)
    return found


@cache
def reporting_words() -> frozenset[str]:
    """The first words of the cues that may report another source inside a quotation (speech or a document,
    with a clause): a quotation or sentence without one is not read."""
    return frozenset(word for word, cues in lexicon().cues.items()
                     if any(cue.cue_type in ("speech", "document") and cue.frame in ("clause", "tell") for cue in cues))


def _may_report(doc: Document, start: int, end: int) -> bool:
    """Does a word of the text between the offsets open a reporting cue?"""
    tokens = doc.tokens
    reporting = reporting_words()
    return any(low in reporting for low in tokens.low[bisect_left(tokens.start, start):bisect_left(tokens.start, end)])


def _sentences(doc: Document, toks: ParagraphTokens) -> list[tuple[int, int]]:
    """The quotation's sentences (the document's) as token ranges."""
    n = len(toks.start)
    if not n:
        return []
    starts = doc.sentence_starts
    cuts = [0]
    for start in starts[bisect_right(starts, toks.start[0]):bisect_right(starts, toks.start[-1])]:
        k = bisect_left(toks.start, start)
        if cuts[-1] < k < n:
            cuts.append(k)
    cuts.append(n)
    return list(zip(cuts, cuts[1:]))


def _reports_another(toks: ParagraphTokens, hit: Hit) -> bool:
    """Is the attribution one a quoted speaker reports of another source: a subject before the cue that can
    be a source, a cue of speech or of a document with a clause after it ("the State Department said that
    ...", "Some members noted that ...", or without "that" where a subject and a finite verb open it: "Clinton
    allies acknowledge it was ...")?"""
    if hit.rule not in NESTABLE or hit.cue.cue_type not in ("speech", "document") \
            or hit.cue.frame not in ("clause", "tell") or not hit.content or hit.content[0][0] < hit.c1 \
            or hedged(toks, hit) or reports_nothing(toks, hit):
        return False
    if _quoted_by_pronoun(toks, hit):
        return True
    if not nested_subject(toks, hit):
        return False
    if hit.s1 - hit.s0 == 1 and (toks.low[hit.s0].endswith("ing") or toks.low[hit.s0] in ("nobody", "no-one")):
        return False  # "Having said all that, ...", "Nobody has ever suggested that to me"
    kinds = [toks.kind[k] for s, e in hit.content for k in range(s, e)]
    first = hit.content[0][0]
    return (Q in kinds or kinds.count(W) >= 2) and (
        toks.low[first] == "that" or hit.cue.lemma == "say" or hit.cue.frame == "tell"
        or toks.low[hit.s1 - 1] in lexicon().document_noun
        or hit.cue.cue_type == "speech" and bare_clause(toks, first, hit.content[0][1]))


def _quoted_by_pronoun(toks: ParagraphTokens, hit: Hit) -> bool:
    """Is the attribution a quotation inside the quotation, given by a third person or "you" ('"He said 'yes.'"',
    '"You say, 'I want to shut it down.'"'): a pronoun subject alone, its content one quotation right after the cue
    (a comma or a colon between)? Words a quoted speaker quotes are another's even when a pronoun names who said
    them; "I said" and "we said" are the speaker's own."""
    if hit.s1 - hit.s0 != 1 or toks.low[hit.s0] not in ("he", "she", "they", "you") or len(hit.content) != 1:
        return False
    s, e = hit.content[0]
    return e - s > 2 and toks.low[s] in _OPENING_SINGLE and toks.low[e - 1] in _CLOSING_SINGLE \
        and s - hit.c1 <= 1 and all(toks.low[k] in (",", ":") for k in range(hit.c1, s)) \
        and not any(toks.low[k] in _OPENING_SINGLE and toks.start[k] > toks.end[k - 1] for k in range(s + 1, e - 1))


_OPENING_SINGLE = frozenset(("\u2018", "'"))
_CLOSING_SINGLE = frozenset(("\u2019", "'"))
"""Single quotation marks, as the words inside a quotation read them (tokens of their own, not a quotation)."""

