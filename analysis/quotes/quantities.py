"""Quantities in a sentence: numbers, years, amounts and shares of people ("one in five", "53% of"), which open
speaker phrases ("46% said") and end adjuncts ("to add $1 trillion")."""

from __future__ import annotations

from analysis.quotes.cues import lexicon
from analysis.quotes.tokens import ParagraphTokens, W


def number(toks: ParagraphTokens, k: int) -> bool:
    """Is token k a number, in figures or in words ("40", "four", "half")?"""
    return toks.kind[k] == W and (toks.raw[k][:1].isdigit() or toks.low[k] in lexicon().number_word)


def year(low: str) -> bool:
    """Is the lower-case token a year or a decade ("2003", "1990s")?"""
    return len(low) in (4, 5) and low[:4].isdigit() and low[:2] in ("18", "19", "20") and low[4:] in ("", "s")


CURRENCY_SIGNS = frozenset({"$", "\u00a3", "\u20ac"})
"""Currency signs, tokens of their own before an amount ("$ 120", "\u00a3 30bn")."""


def amount(toks: ParagraphTokens, k: int, b: int) -> bool:
    """Does an amount open at token k: a number, a currency sign before one ("$120"), either after an approximator
    ("about $120 billion", "nearly 2 percent")?"""
    if k < b and toks.low[k] in lexicon().approximator:
        k += 1
    if k < b and toks.low[k] in CURRENCY_SIGNS:
        k += 1
    return k < b and number(toks, k)


def share_in(toks: ParagraphTokens, k: int, lo: int) -> int:
    """Where a share like "one in five" or "nine out of 10" opens when token k ends one ("about four in 10"), else
    -1."""
    if k - 2 < lo or not number(toks, k):
        return -1
    if toks.low[k - 1] == "in" and number(toks, k - 2):
        return k - 2
    if k - 3 >= lo and toks.low[k - 1] == "of" and toks.low[k - 2] == "out" and number(toks, k - 3):
        return k - 3
    return -1


def percent_before(toks: ParagraphTokens, of: int, lo: int) -> int:
    """Where a share opens before the "of" (or "in", "among") at token ``of`` ("53% of", "40 percent of", "77% in
    that group"), else -1."""
    if of - 2 >= lo and toks.low[of - 1] in ("%", "percent") and toks.raw[of - 2][:1].isdigit():
        return of - 2
    return -1
