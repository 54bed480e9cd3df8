"""Speakers joined by "and": two names ('"...," Continetti and Goldfarb said'), two plural nouns ("lawmakers and
sources familiar with the negotiations said"), two descriptions after a quotation ("the Iowa Republican and
chairman of the committee") or two named organisations ("the FAO and the WFP"), read back from the cue; and the
subject a coordinated cue ("... and said") takes when a new clause opens between it and the cue before it."""

from __future__ import annotations

from analysis.quotes.cues import CLAUSE_CONJUNCTIONS, PERSONAL_SUBJECTS, lexicon
from analysis.quotes.phrase_words import np_word
from analysis.quotes.phrases import np_back, np_forward
from analysis.quotes.tokens import ParagraphTokens, Q, W, is_name


def coordinated_back(toks: ParagraphTokens, np: tuple[int, int], a: int) -> tuple[int, int]:
    """Extend a speaker back over 'X and' when the two open the clause: '"...," Continetti and Goldfarb said'."""
    k = np[0] - 1
    if k - 1 < a or toks.low[k] != "and":
        return np
    described = _described_after_quotation(toks, k, a)
    if described is not None:
        return (described, np[1])  # '"...," the Iowa Republican and chairman of the committee said'
    if not is_name(toks.raw[np[0]]) and not (toks.low[np[0]] == "the" and is_name(toks.raw[np[1] - 1])):
        left = np_back(toks, k - 1, a)
        if _bare_plural_phrase(toks, np) and left is not None and _bare_plural_phrase(toks, left) \
                and _opens_clause(toks, left[0], a):
            return (left[0], np[1])  # "..., lawmakers and sources familiar with the negotiations said", "...,
            # teachers and union officials told POLITICO"
        if left is not None and left[1] - left[0] <= 4 and toks.low[left[0]] in lexicon().determiner \
                and (_opens_clause(toks, left[0], a) or _new_clause(toks, left[0], a)) \
                and (toks.low[np[0]] in lexicon().determiner or toks.raw[np[0]].isdigit() or _bare_plural(toks, np[0])):
            return (left[0], np[1])  # "..., a monitor and two rebel officials said", "..., and the White House and
            # many GOP lawmakers say"
        if left is not None and _person_before_and(toks, left) and toks.low[np[0]] in lexicon().determiner \
                and np[1] - np[0] <= 4 and (_opens_clause(toks, left[0], a) or toks.low[left[0] - 1] in
                                            lexicon().subordinate or toks.low[left[0] - 1] in CLAUSE_CONJUNCTIONS):
            return (left[0], np[1])  # "..., she and another reporter said", "..., Smith and his lawyer said", "Though
            # she and her campaign insist"
        return np
    left = np_back(toks, k - 1, a)
    if left is None or toks.low[left[0]] in lexicon().pronoun or not is_name(toks.raw[left[1] - 1]):
        return np
    before = left[0] - 1
    if toks.low[before] == "," and before - 2 > a and is_name(toks.raw[before - 1]) \
            and toks.low[before - 2] in ("for", "of"):
        head = np_back(toks, before - 1, a)  # "the Department for Culture, Media and Sport": a list in a name
        if head is not None and head[0] < before - 2:
            return (head[0], np[1])
    if left[0] == a or toks.kind[before] == Q or toks.low[before] in (",", "\u2014", "--") or before in toks.comma_q \
            or before == a and toks.low[before] in CLAUSE_CONJUNCTIONS:  # "But Lord Justice Rix and ..."
        return (_listed_before(toks, left[0], a), np[1])
    return np


def _listed_before(toks: ParagraphTokens, start: int, a: int) -> int:
    """Where a list of names ends by the first of a pair joined by "and" at token ``start`` begins: back over each
    name set off by a comma that opens the clause too ("Cruz, Hawley and Sen. Jerry Moran asked", "The New York
    Times, Variety and IndieWire reported"; not "a profile of chief Jeffrey Katzenberg, Peter Nicholas and Eric
    Orden write": a name inside a phrase is no item of the list)."""
    words = lexicon()
    while start - 2 >= a and toks.low[start - 1] == ",":
        k = start - 2  # the item: capitalised words (initials' points, "of" or "for" between them), "the" first
        while k - 1 >= a and start - 2 - k < 6 and (is_name(toks.raw[k - 1]) or toks.low[k - 1] == "." or (
                toks.low[k - 1] in ("of", "for") and is_name(toks.raw[k]) and k - 2 >= a and is_name(toks.raw[k - 2]))):
            k -= 1
        if k - 1 >= a and toks.low[k - 1] == "the":
            k -= 1
        first = toks.low[k]
        if not is_name(toks.raw[start - 2]) or not toks.raw[k][:1].isalpha() \
                or any(first in group for group in (words.opener, words.time, words.pronoun, words.boundary)) \
                or not (k == a or toks.kind[k - 1] == Q or toks.low[k - 1] == ","):
            break  # (not "Still, China and Russia", "In 1993, Hillary Clinton and Bill Clinton")
        start = k
    return start


def _opens_clause(toks: ParagraphTokens, i: int, a: int) -> bool:
    """Does the phrase at token i open its clause: at the region's start, after a quotation or after a comma?"""
    return i == a or toks.kind[i - 1] == Q or toks.low[i - 1] == ","


def _new_clause(toks: ParagraphTokens, i: int, a: int) -> bool:
    """Does a comma and "and" or "but" open a new clause right before token i ("..., and the White House ...")?"""
    return i - 2 >= a and toks.low[i - 1] in ("and", "but") and toks.low[i - 2] == ","


def _person_before_and(toks: ParagraphTokens, left: tuple[int, int]) -> bool:
    """Is the phrase before "and" a personal pronoun that may speak ("she", "they") or a name of capitalised words
    only ("Smith", "Corey Lewandowski")?"""
    if left[1] - left[0] == 1 and toks.low[left[0]] in PERSONAL_SUBJECTS:
        return True
    words = lexicon()
    first = toks.low[left[0]]
    return left[1] - left[0] <= 3 and all(toks.kind[i] == W and is_name(toks.raw[i]) for i in range(*left)) \
        and not any(first in group for group in (words.pronoun, words.modal, words.aux, words.opener, words.time,
                                                 words.boundary, words.subordinate, words.preposition))
    # (not "Should Beijing and the Hong Kong government agree")


def _bare_plural(toks: ParagraphTokens, i: int) -> bool:
    """Is token i a lower-case plural noun that may speak ("lawmakers", "sources")?"""
    low = toks.low[i]
    return toks.kind[i] == W and low.endswith("s") and not is_name(toks.raw[i]) and np_word(toks, i) \
        and low not in lexicon().pronoun and low not in lexicon().determiner and low not in lexicon().preposition


def _bare_plural_phrase(toks: ParagraphTokens, np: tuple[int, int]) -> bool:
    """Is a noun phrase lower-case words only, with no article, ending in a plural noun before its modifiers
    ("sources familiar with X", "union officials")?"""
    head = next((i for i in range(np[0], np[1]) if toks.low[i] in lexicon().preposition
                 or toks.low[i] in lexicon().source_modifier), np[1]) - 1
    return head >= np[0] and _bare_plural(toks, head) and all(
        toks.raw[i].islower() and toks.low[i] not in lexicon().determiner for i in range(np[0], head + 1))


def _described_after_quotation(toks: ParagraphTokens, k: int, a: int) -> int | None:
    """The article opening a short description right after a quotation and before the "and" at token k
    ("a frustrated and hapless Mike Pence", "the Iowa Republican and chairman of X"); None elsewhere."""
    for start in range(k - 1, max(a, k - 5) - 1, -1):
        if toks.kind[start] != W:
            return None
        if toks.low[start] in ("the", "a", "an"):
            before = start - 1
            return start if before >= a and toks.kind[before] == Q and before in toks.comma_q else None
    return None


def subject_since(toks: ParagraphTokens, since: int, c0: int) -> tuple[int, int] | None:
    """A name that opens a new clause after "and" or "but" between an earlier cue (ending at ``since``) and the
    coordinated cue at ``c0``, its own verb after it ('The girl replies, "Yeah," and Trump turns to the camera and
    says: ...': Trump says it, not the girl); the conjunction after a comma or a quotation, else None."""
    for j in range(c0 - 3, since - 1, -1):
        if toks.low[j] in ("and", "but") and toks.kind[j + 1] == W and is_name(toks.raw[j + 1]) \
                and (toks.low[j - 1] == "," or toks.kind[j - 1] == Q):  # a new clause, not "ICE and HHS will"
            # (and not "Obama's and Clinton's press staffs")
            return _subject_with_verb(toks, j + 1, c0)
    return None


def _subject_with_verb(toks: ParagraphTokens, k: int, c0: int) -> tuple[int, int] | None:
    """The noun phrase from token k when a verb of its own follows it before the cue at ``c0`` (a lower-case word
    that is no preposition and no part of a noun phrase), else None."""
    np = np_forward(toks, k, c0)
    if np is not None and np[1] < c0 - 1 and toks.kind[np[1]] == W and toks.raw[np[1]].islower() \
            and toks.low[np[1]] not in lexicon().preposition and not np_word(toks, np[1]):
        return np
    return None


def subject_after_opening_clause(toks: ParagraphTokens, a: int, since: int, c0: int) -> tuple[int, int] | None:
    """The subject of the main clause when the earlier cue (ending at ``since``) stands in a subordinate clause that
    opens the sentence, before the coordinated cue at ``c0`` ("While critics were praising the plan, McCarthy went
    on television and said ...": McCarthy, not the critics), else None."""
    words = lexicon()
    opener = next((k for k in range(since - 1, a - 1, -1) if toks.low[k] in words.opening_subordinate
                   and (k == a or toks.low[k - 1] == ",")), -1)
    comma = next((k for k in range(since, c0) if toks.low[k] == ","), -1)
    if opener < 0 or comma < 0 or any(toks.low[k] == "," for k in range(opener + 1, since)):
        return None
    return _subject_with_verb(toks, comma + 1, c0)
