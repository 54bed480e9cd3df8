"""Places the gazetteer knows, where they stand before a speaker: "In London Boris Johnson said", "at the show in
Las Vegas Microsoft boss Bill Gates said", "Atlanta, Ga." set off after a name."""

from __future__ import annotations

from analysis.quotes.cues import lexicon
from analysis.quotes.tokens import ParagraphTokens, W, is_name
from analysis.speakers.lexicon import lexicon as speakers_lexicon


def is_place(toks: ParagraphTokens, s: int, e: int) -> bool:
    """Are tokens[s:e] a country or a place of the gazetteer ("Belgium", "Atlanta", "Kentucky")?"""
    return speakers_lexicon().phrases.get(tuple(toks.low[s:e]), ("", None))[0] in ("country", "place")


_COUNTRY_ADJECTIVE_ENDINGS = ("ish", "ian", "ese", "can")
"""How a country's adjective ends ("British", "Russian", "Chinese", "American"), apart from its name ("Britain")."""


def country_adjective(toks: ParagraphTokens, k: int) -> bool:
    """Is token k a capitalised adjective of a country in the gazetteer ("British shows", "Russian claims"): a word
    that opens a noun phrase, no subject of a verb in "-s"?"""
    low = toks.low[k]
    return toks.kind[k] == W and toks.raw[k][:1].isupper() and low.endswith(_COUNTRY_ADJECTIVE_ENDINGS) \
        and speakers_lexicon().phrases.get((low,), ("", None))[0] == "country"


def after_place(toks: ParagraphTokens, k: int, j: int) -> int:
    """Where a speaker starts after a place that opens tokens[k:j+1] ("In London | Boris Johnson", "at the show in
    Las Vegas | Microsoft boss Bill Gates"): the token after the longest place (three words at most), when two
    words or more follow it, the first capitalised and no time word, the last a name; else -1."""
    words = lexicon()
    for end in range(min(k + 3, j - 1), k, -1):
        if is_place(toks, k, end):
            first = toks.raw[end]
            if first[:1].isupper() and toks.low[end] not in words.time and toks.low[end] not in words.month \
                    and not is_place(toks, k, end + 1) and is_name(toks.raw[j]) and toks.kind[j] == W:
                return end
            return -1
    return -1


def place_inside(toks: ParagraphTokens, i: int, j: int) -> int:
    """Where a speaker starts after an event's place inside the phrase tokens[i:j+1] ("At the show in Las Vegas |
    Microsoft boss Bill Gates"): after a lower-case "in" or "at" that follows an article, the token after the place
    (:func:`after_place`); else -1 (not "Michael Salamone at Washington State University": no article before)."""
    article = False
    for k in range(i, j - 2):
        low = toks.low[k]
        if low in ("a", "an", "the"):
            article = True
        elif article and low in ("in", "at") and toks.raw[k].islower():
            start = after_place(toks, k + 1, j)
            if start > 0:
                return start
    return -1
