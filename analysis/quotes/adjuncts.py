"""What stands between a speaker and its cue: auxiliaries and adverbs ("has also said", "later more forcefully
claimed") and time adjuncts ("Trump on Monday said", "Turkey over the weekend said"), read backwards from the cue; and
adverbs between "to" and an infinitive cue ("continued to publicly deny")."""

from __future__ import annotations

from analysis.quotes.cues import lexicon
from analysis.quotes.phrase_words import inside_name, modal_name
from analysis.quotes.quantities import share_in, year
from analysis.quotes.tokens import (
    ParagraphTokens,
    W,
    capitalised_after_quotation,
    is_name,
)

_FOCUS = frozenset(("only", "ever", "just", "even", "neither"))
"""Adverbs that stand after an auxiliary before the cue ("has only ever posted", "had just said", "has neither
admitted nor denied")."""


def _adverb(toks: ParagraphTokens, k: int) -> bool:
    """Is token k an adverb in -ly of five letters or more, in lower case, no noun in -ly ("personally", not "ally")?"""
    low = toks.low[k]
    return toks.kind[k] == W and low.endswith("ly") and len(low) > 4 and low not in ("only",) \
        and low not in lexicon().ly_noun and not is_name(toks.raw[k])


def aux_back(toks: ParagraphTokens, i: int, lo: int) -> int:
    """Index of the first auxiliary or adverb run before the cue at token i."""
    aux = lexicon().aux
    cue = i
    while i - 1 >= lo and toks.kind[i - 1] == W:
        low = toks.low[i - 1]
        if low in ("all", "both", "each"):
            before = toks.low[i - 2] if i - 2 >= lo and toks.kind[i - 2] == W else ""
            if before in lexicon().pronoun or before in aux or (before.endswith("s") or is_name(toks.raw[i - 2])
                                                                or "and" in toks.low[max(lo, i - 8):i - 2]) \
                    and before not in lexicon().preposition:  # "they both said", "have both said"
                i -= 1  # a floating quantifier: "they both said", "Gillibrand and Buttigieg all said", "a lawyer
                # for Trump and a former porn star both denied"
                continue
            break  # "Both said", "leaders of both parties said": part of the speaker
        if low in ("and", "or") and i < cue and _adverb(toks, i) and i - 2 >= lo and _adverb(toks, i - 2):
            i -= 1  # "personally and repeatedly praised": two adverbs joined
            continue
        if (low in aux and not inside_name(toks, i - 1) and not capitalised_after_quotation(toks, i - 1, lo)
                and not modal_name(toks, i - 1)) \
                or low.endswith("n't") or low in lexicon().linking_adverb and toks.raw[i - 1].islower() \
                or _adverb(toks, i - 1) \
                or low in lexicon().degree and i < cue and toks.low[i].endswith("ly") \
                and not toks.low[cue].endswith("ing") \
                or low in _FOCUS and i - 2 >= lo and (toks.low[i - 2] in aux or toks.low[i - 2] in _FOCUS
                                                      or toks.low[i - 2].endswith("n't")  # "has only ever posted"
                                                      or toks.low[i - 2] == "," and toks.low[cue].endswith("ing")):
            # (", only saying ...": a participle clause)
            # "more forcefully claimed", not "by more clearly stating"; "The minister however said"; not "Theresa
            # May said", '"...," May said'
            i -= 1
        else:
            break
    return i


def time_back(toks: ParagraphTokens, j: int, a: int) -> int:
    """Skip a time adjunct ending at token j ("on Monday", "last year", "in 2010", "in the past", "in recent
    weeks"); the token before it."""
    words = lexicon()
    if j - 2 >= a and toks.low[j] == "past" and toks.low[j - 1] == "the" and toks.low[j - 2] == "in":
        return j - 3  # "who has in the past described Trump as ..."
    if j - 2 >= a and toks.low[j] in words.time_span and toks.low[j - 1] == "recent" and toks.low[j - 2] == "in":
        return j - 3  # "officials have in recent weeks said"
    k = j
    while k >= a and toks.kind[k] == W and (toks.low[k] in words.time or toks.low[k] in words.month
                                            or toks.raw[k].isdigit()):
        k -= 1
    if k == j:
        return j
    if k == j - 1 and k - 1 >= a and toks.low[k] == "the" and toks.low[k - 1] in ("over", "during", "at", "on", "in",
                                                                                 "by"):
        k -= 1  # "Turkey over the weekend said"
    if k == j - 1 and k - 1 >= a and toks.low[k] == "past" and toks.low[k - 1] in ("this", "the"):
        k -= 1  # "Reince Priebus, the GOP chairman, this past week announced"
        if toks.low[k] == "the" and k - 1 >= a and toks.low[k - 1] in ("over", "during", "in", "for"):
            k -= 1  # "news accounts over the past year have reported"
    opened = k >= a and toks.low[k] in ("on", "in", "last", "this", "early", "late", "earlier", "over", "during",
                                        "at", "by", "from")  # ("A survey from 2003 showed")
    run = range(k + 1, j + 1)
    if k == j - 1 and toks.raw[j].isdigit() and not year(toks.low[j]) and share_in(toks, j, a) >= 0:
        return j  # "six in 10 said", "nine out of 10 say": a share, no time ("in 2010" is one)
    if not opened and any(toks.low[m] in words.month for m in run) \
            and all(toks.low[m] in words.month or toks.raw[m].isdigit() for m in run):
        return j  # a month is a time adjunct only after "in", "on" ...: not "May said"
    return k - 1 if opened else k


def split_infinitive(toks: ParagraphTokens, start: int, cue: int) -> bool:
    """Do only adverbs in -ly stand between "to" and the cue ("continued to publicly deny", "to strongly urge")?"""
    return all(toks.low[k].endswith("ly") and toks.raw[k].islower() for k in range(start, cue))
