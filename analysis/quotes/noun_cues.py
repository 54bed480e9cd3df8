"""Cues spelt as nouns that report with their owner or agent: "Trump's claim that ...", "his warning that ...",
"claims by campaigners that ..." (rule ``noun_cue``)."""

from __future__ import annotations

from analysis.quotes.cues import Hit, lexicon, set_speaker
from analysis.quotes.phrase_words import function_word
from analysis.quotes.phrases import np_back, np_forward
from analysis.quotes.tokens import P, ParagraphTokens, W, is_name


def noun_cue(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """A cue used as a noun with its owner and a that-clause: "Trump's claim that ...", "his warning that ..."."""
    if hit.c1 + 1 >= b or toks.low[hit.c1] != "that" or hit.c0 == a or toks.kind[hit.c1 + 1] == P or \
            toks.low[hit.c1 + 1] in lexicon().aux or toks.low[hit.c1 + 1] in lexicon().verb \
            or toks.low[hit.c1 + 1] in lexicon().irregular_past:
        return False  # "her claim that was false", "the order that set up ...": a relative clause, no reported one
    k = hit.c0 - 1
    while k - 1 > a and hit.c0 - k < 3 and _owned_modifier(toks, k):
        k -= 1  # "House Democrats' recent demands that", "Beijing's repeated claims that": the owner before
    owner = toks.low[k]
    np: tuple[int, int] | None
    if owner in lexicon().possessive:
        np = (k, k + 1)
    elif owner.endswith(("'s", "s'")) and toks.kind[k] == W:
        np = _possessor_name(toks, k, a) or np_back(toks, k, a)
        if np is None:
            return False
    else:
        return False
    if np[0] - 1 > a and toks.low[np[0] - 1] in lexicon().preposition \
            and any(toks.low[j] in lexicon().cues and toks.kind[j] == W for j in range(a, np[0] - 1)):
        return False  # "Horowitz said in his report that ...": the report is where the cue before it spoke
    return set_speaker(hit, hit.c0, np, np[0], hit.c1, "noun_cue")


def agent_noun_cue(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """A cue spelt as a noun, its agent after "by" or "from", and a that-clause: "The move follows claims by
    campaigners that the tests are unfair", "accusations from Democrats that ..." (rule ``noun_cue``)."""
    word = toks.low[hit.c0]
    if hit.c0 == a or len(hit.cue.words) > 1 or word.endswith(("ed", "ing")) or hit.c1 + 2 >= b \
            or toks.low[hit.c1] not in ("by", "from") or not (word == hit.cue.lemma or word.endswith("s")):
        return False
    np = np_forward(toks, hit.c1 + 1, b)
    if np is None:  # a bare plural: "claims by campaigners that ..."
        that = next((k for k in range(hit.c1 + 1, min(b, hit.c1 + 7)) if toks.low[k] == "that"), -1)
        words = lexicon()
        if that > hit.c1 + 1 and all(toks.kind[k] == W and toks.low[k] not in words.verb and toks.low[k] not in words.aux
                                     for k in range(hit.c1 + 1, that)):
            np = (hit.c1 + 1, that)
    if np is None or np[1] + 1 >= b or toks.low[np[1]] != "that" or toks.kind[np[1] + 1] == P \
            or toks.low[np[1] + 1] in lexicon().aux or toks.low[np[1] + 1] in lexicon().verb \
            or toks.low[np[1] + 1].endswith("ed"):
        return False  # "claims by campaigners that were rejected", "a White House that pledged": relative clauses
    first = toks.low[np[0]]
    if first in lexicon().time or first in ("the", "a") and toks.low[np[0] + 1] in ("end", "start", "middle") \
            or first.endswith("ing") or first[:1].isdigit() or toks.low[hit.c1] == "from" and not toks.raw[np[1] - 1].islower():
        return False  # "a report by the end of April that ...", "remarks by telling reporters that ...", "tweets
        # from Gaza that ...": a time, a manner or a place, no agent
    return set_speaker(hit, hit.c0, np, hit.c0, np[1], "noun_cue")


def _owned_modifier(toks: ParagraphTokens, k: int) -> bool:
    """May token k stand between an owner and its cue noun ("recent", "repeated", "baseless"): a lower-case word,
    no function word, verb or owner of its own (possessives are determiners or pronouns)."""
    raw = toks.raw[k]
    return toks.kind[k] == W and raw.replace("-", "").isalpha() and raw.islower() and not function_word(toks.low[k])


def _possessor_name(toks: ParagraphTokens, k: int, a: int) -> tuple[int, int] | None:
    """The name whose possessive is token k, by itself ("the media for making an issue out of Donald Trump's
    claim that ...": Donald Trump's), or None where the possessive is no name or a determiner opens its phrase
    ("the President's remarks")."""
    if not is_name(toks.raw[k]):
        return None
    start = k
    while start - 1 >= a and k - start < 4 and toks.kind[start - 1] == W and is_name(toks.raw[start - 1]) \
            and toks.low[start - 1] not in lexicon().determiner:
        start -= 1
    before = toks.low[start - 1] if start > a else ""
    return (start, k + 1) if before and toks.kind[start - 1] == W and toks.raw[start - 1].islower() \
        and before not in lexicon().determiner and before not in lexicon().possessive else None
