from __future__ import annotations

from analysis.quotes.cues import lexicon, past_form, past_verb, speech_form
from analysis.quotes.phrase_breaks import second_phrase_start
from analysis.quotes.phrase_words import (
    abbreviation_period,
    compound_modifier,
    ing_modifier,
    noun_spelt_as_verb,
    np_word,
    opening_adverb,
    plural_form,
    programme_show,
    slash_in_name,
    verb_after_name,
)
from analysis.quotes.places import after_place, place_inside
from analysis.quotes.quantities import number, percent_before, share_in
from analysis.quotes.tokens import (
    P,
    ParagraphTokens,
    Q,
    W,
    capitalised_after_quotation,
    is_name,
    plural_apostrophe,
    possessive_s,
)
from analysis.speakers.lexicon import lexicon as speakers_lexicon

NP_WORDS = 14
"""The most words a speaker noun phrase read back from its last word holds ("the chief strategist for one of the
state's top elected Democrats backing Clinton" has 13)."""


def at_least(toks: ParagraphTokens, i: int, e: int) -> bool:
    """Are tokens i and i + 1 (before e) "at least" or "at most", which open a quantity, no adjunct?"""
    return i + 1 < e and toks.low[i] == "at" and toks.low[i + 1] in ("least", "most")


def _reporting_participle(toks: ParagraphTokens, k: int) -> bool:
    """Is token k a lower-case speech cue in -ing after a comma or a conjunction, opening a reported clause
    ("..., saying Democrats want ...", "by claiming officials knew"), no part of the phrase after it (not "The
    ruling party")?"""
    low = toks.low[k]
    return low.endswith("ing") and toks.raw[k].islower() and k > 0 \
        and toks.low[k - 1] in (",", "and", "but", "while", "by", "after", "before", "for") and speech_form(low)


_SHARE_QUALIFIERS = frozenset(("with", "without", "in", "from", "across"))
"""Prepositions that qualify the people of a share ("40% of homes with broadband", "a third of voters in Iowa")."""


def _qualified_share(toks: ParagraphTokens, k: int, lo: int) -> int:
    """Where a share of people opens when its phrase ends at token k ("40% of homes" before "with broadband"), else
    -1: a percentage or "one in five" only, so that "two people with knowledge of the talks" stays as it is."""
    held = np_back(toks, k, lo)
    if held is None or held[0] + 1 >= k:
        return -1
    start = held[0]
    return start if start in (percent_before(toks, start + 2, lo), share_in(toks, start + 2, lo)) else -1


def _question_modal(toks: ParagraphTokens, k: int, j: int, lo: int) -> bool:
    """Is token k a capitalised modal opening a question ("Will Trump discuss the Jones Act?"), no given name: at the
    start of the sentence (or after a number or a bracket), no past form or form in -s after the phrase's last token
    j, and a question mark before any other full stop after token j?"""
    if not toks.raw[k][:1].isupper() or toks.low[k] not in lexicon().modal or k > lo and toks.kind[k - 1] == W:
        return False
    verb = toks.low[j + 1] if j + 1 < len(toks.low) and toks.kind[j + 1] == W else ""
    if verb.endswith("s") and not verb.endswith("ss") or past_form(verb):
        return False  # "Will Hurd asked: is it over?": a past form after the name
    end = next((m for m in range(j + 1, len(toks.low)) if toks.low[m] in (".", "?", "!")), -1)
    return end > 0 and toks.low[end] == "?"


def np_back(toks: ParagraphTokens, j: int, lo: int) -> tuple[int, int] | None:
    """Return the speaker noun phrase ending at token j (inclusive), scanning back no further than lo."""
    if j > lo and toks.low[j] == ")":  # "Rep. Gwen Moore (D-Wis.) said": the party tag is left out
        k = j - 1
        while k > lo and j - k < 8 and toks.low[k] != "(":
            k -= 1
        if toks.low[k] == "(":
            j = k - 1
    if lo < j and toks.low[j] == "%" and toks.raw[j - 1][:1].isdigit():
        return (j - 1, j + 1)  # "46% said Romney won"
    if lo < j and abbreviation_period(toks, j) and toks.low[j - 1] in lexicon().abbreviation \
            and not (j + 1 < len(toks.low) and toks.raw[j + 1][:1].isdigit()):  # not a date: "a Nov. 16 report"
        # "Altria Inc. said", "Eric H. Holder Jr. will": the full stop is the name's
        np = np_back(toks, j - 1, lo)
        return (np[0], j + 1) if np is not None else None
    if j < lo or toks.kind[j] != W or toks.low[j] in ("and", "or", "but"):
        return None  # (no phrase ends with a conjunction: "to go back and claim a refund")
    low = toks.low[j]
    if low in lexicon().pronoun and not (toks.raw[j].isupper() and len(low) > 1):  # "the WHO", "US": no pronoun
        return (j, j + 1)
    if low in ("let's", "let\u2019s"):
        return None  # "Let's also assume that ...": the writer's imperative, no one speaks
    if low in lexicon().aux and capitalised_after_quotation(toks, j, lo):
        return (j, j + 1)  # '"...," May said': a surname spelt like a modal
    if low in lexicon().standalone:  # "Others said", "while many say"; not "nations most threatened", "X both said"
        return (j, j + 1) if j == lo or toks.kind[j - 1] != W or toks.low[j - 1] in lexicon().boundary else None
    ing_noun = low.endswith("ing") and j > lo and (
        toks.low[j - 1] in lexicon().determiner or toks.low[j - 1].endswith("'s")  # "the meeting"
        or j - 1 > lo and toks.low[j - 2] in ("the", "a", "an") and toks.kind[j - 1] == W
        and toks.low[j - 1] not in lexicon().verb
        and not toks.low[j - 1].endswith(("ed", "ing", "ly")))  # "the court filing"
    before = toks.low[j - 2] if j - 2 > lo else ""  # "officials with knowledge of the talks said", "contacted
    cue_noun = low in lexicon().cues and before and toks.low[j - 1] == "the" and (  # the show saying"
        before in ("of", "on", "about", "to", "in") or before.endswith("ed") or past_verb(before))
    share = share_in(toks, j, lo)
    if share >= 0:
        return (share, j + 1)  # "One in five say", "about four in 10 say"
    if not (np_word(toks, j) or ing_noun or cue_noun or noun_spelt_as_verb(toks, j, lo)) \
            or low in lexicon().preposition or low in lexicon().determiner:
        return None
    if low.endswith("ly") and not is_name(toks.raw[j]) and low not in lexicon().ly_noun:
        return None
    i = j
    while i - 1 >= lo and i > j - NP_WORDS and (np_word(toks, i - 1) or ing_modifier(toks, i - 1)) \
            and not (toks.low[i - 1] in lexicon().subordinate and toks.low[i - 1] not in lexicon().relative) \
            and not _reporting_participle(toks, i - 1) \
            and not (toks.low[i - 1] in ("up", "out", "off", "back") and toks.low[i] in ("the", "a", "an")) \
            and not (toks.low[i - 1] in ("there", "here") and toks.raw[i - 1].islower()) \
            and not _question_modal(toks, i - 1, j, lo) \
            and not (i - 2 >= lo and toks.low[i - 1] in lexicon().time and toks.raw[i - 2] in ("last", "this", "next")
                     and toks.raw[i - 1].islower() and toks.low[i] not in lexicon().preposition):
        i -= 1  # "are stuck at the border after officials said": "after" opens the speaker's clause; "When it was
        # set up the firm offered": a verb's particle ends the clause before the speaker's article; "When the game hit
        # the shops last week fans wrote": a time adjunct ends it too (not "A poll this month by X": a modifier; nor
        # "CBS This Morning co-anchor X": a title); "toward the end of his tenure there employees reported": a place
        # adverb ends the adjunct (but "the people there said" keeps it, at the phrase's end)
    if i - 2 > lo and toks.low[i] == "of" and toks.low[i - 1] == ")":
        opening = next((k for k in range(i - 2, max(lo, i - 7), -1) if toks.low[k] == "("), -1)
        if opening > lo and any(number(toks, k) for k in range(opening + 1, i - 1)):
            head = np_back(toks, opening - 1, lo)  # "two-thirds (67 percent) of voters said": the figure in
            if head is not None:  # brackets is part of the share
                return (head[0], j + 1)
    if i - 2 >= lo and toks.low[i] == "out" and toks.raw[i - 1].islower() and past_form(toks.low[i - 1]) \
            and toks.low[i - 2].endswith("s") and toks.kind[i - 2] == W and i + 1 <= j \
            and toks.low[i + 1] in lexicon().preposition and (toks.raw[i - 2].islower() or i - 2 == lo):
        # (not "Sanders started out their ninth debate": an object after the particle, an active verb)
        head = np_back(toks, i - 2, lo)  # "Investigations carried out in the wake of ... found": a reduced
        if head is not None:  # relative clause with its particle, part of the speaker
            return (head[0], j + 1)
    share = percent_before(toks, i, lo) if toks.low[i] in ("of", "in", "among") \
        else share_in(toks, i - 1, lo) if i > lo else -1
    if share < 0 and i - 2 >= lo and toks.low[i - 1] in ("that", "this", "these", "those", "the") \
            and toks.low[i - 2] in ("in", "among"):
        share = percent_before(toks, i - 2, lo)  # "77% in that group say": "that" stopped the walk back
    if share >= 0:
        return (share, j + 1)  # "53% of white voters said", "four in 10 voters say"
    if i - 3 >= lo and toks.low[i - 1] in _SHARE_QUALIFIERS and (held := _qualified_share(toks, i - 2, lo)) >= 0:
        return (held, j + 1)  # "40% of homes with broadband say": the people of the share qualified
    acronym = toks.raw[i].isupper() and i < j  # "AT&T said": a preposition's letters in a name
    if i < j and toks.low[i] in lexicon().approximator and (number(toks, i + 1) or i + 2 <= j and toks.low[i + 1] == "a"
                                                            and number(toks, i + 2) and toks.low[i] in lexicon().preposition):
        i += 1  # "About 18.1 million people said", "around one quarter said", "about a quarter of voters said"
    elif i + 2 < j and at_least(toks, i, j) and number(toks, i + 2):
        i += 2  # "At least one consumer group has claimed"
    if (place := place_inside(toks, i, j)) > 0:
        return (place, j + 1)  # "At the show in Las Vegas Microsoft boss Bill Gates said": after the event's place
    if toks.kind[i] == W and toks.low[i] in lexicon().preposition and not acronym:
        i = after_adjunct(toks, i, j) if not is_name(toks.raw[i]) else after_day(toks, i, j)
        if i < 0:
            return None
    words = lexicon()
    while i < j and (toks.kind[i] != W or toks.low[i] in words.time and not determines(toks, i)
                     or toks.low[i] in words.opener and (not is_name(toks.raw[i]) or i == lo
                                                         and toks.low[i] in words.opening_subordinate)
                     or toks.low[i] in words.subordinate and toks.low[i] not in words.relative):
        i += 1  # "After Scalia said": the subordinate conjunction is no part of the speaker
    if i < j and (i == lo or toks.kind[i - 1] != W) and toks.raw[i][:1].isupper() and toks.raw[i + 1].islower() \
            and opening_adverb(toks.low[i]) and toks.low[i] not in words.ly_noun and toks.low[i] not in words.ordinal \
            and toks.low[i] not in words.approximator \
            and (toks.low[i],) not in speakers_lexicon().phrases and not number(toks, i + 1) \
            and toks.low[i + 1] not in words.partitive:
        i += 1  # "Privately ministers believe", "Meanwhile the organisers said": an adverb opening the sentence is
        # no part of the speaker (but "Virtually none", "Likely voters", "First responders": a quantity's adverb,
        # a role's modifier, an ordinal)
    span = i + 1 if toks.low[i] in ("that", "this", "the") else i
    if span + 1 < j and toks.low[span] in words.time_span and toks.raw[span].islower() \
            and toks.low[span] not in _TIME_ADVERBS and (span > i or toks.low[span] in words.time
                                                                or i > 0 and toks.low[i - 1] in ("that", "this")) \
            and (toks.low[span + 1] in words.determiner or is_name(toks.raw[span + 1])):
        i = span + 1  # "Later that day the minister said", "That week Mr Brown told": the time is no speaker
    if toks.low[i] in words.time and not determines(toks, i) \
            or toks.low[i] in words.preposition and not acronym:
        return None  # (but "About 18.1 million people said": a quantity)
    if i == j and "-" in toks.raw[j] and toks.raw[j].islower() and toks.low[j] not in words.number_word:
        return None  # "stay-at-home orders", "late-night calls came in": a modifier, no speaker (but "and
        # three-quarters said": a share of those just counted)
    if i == j and j > lo and number(toks, j) and toks.low[j - 1] in lexicon().approximator:
        return (j - 1, j + 1)  # "Nearly half say": the share with its approximator
    if i == j and toks.low[j] in lexicon().singular_determiner and not (j > lo and is_name(toks.raw[j])):
        return None  # "was little known", "Here's a little known fact": a lone determiner is no speaker; "Little"
    i = second_phrase_start(toks, i, j)  # "something the GOP nominee said": the second of two phrases
    if possessive_s(toks.low[j]) and not toks.raw[j][:1].isdigit():
        start = possessor_start(toks, i, j)  # "the political storm surrounding Trump's proposed ...": Trump's
        if start > i and toks.low[start - 1] != "of":  # (not "A friend of Reade's said": the friend speaks)
            i = start
    return (_role_with_and(toks, i, j, lo), j + 1)


def possessor_start(toks: ParagraphTokens, i: int, j: int) -> int:
    """Where the possessor ending at token j starts, no earlier than i: up to two lower-case nouns before it
    ("the Trump campaign's", "their lawsuit's"), the capitalised words of a name or title before those ("Sen.
    Elizabeth Warren's"), and a determiner before all ("the judge's"); not the words of a clause before it ("much
    reason to heed Trump's", "pushing back on the president's")."""
    words = lexicon()
    k = j
    while k - 1 >= i and k > j - 2 and toks.raw[k][:1].islower() and toks.kind[k - 1] == W \
            and toks.raw[k - 1].islower() and np_word(toks, k - 1) and toks.low[k - 1] not in words.determiner \
            and toks.low[k - 1] not in words.preposition and not toks.low[k - 1].endswith("ing"):
        k -= 1
    while k - 1 >= i and (toks.kind[k - 1] == W and toks.raw[k - 1][:1].isupper() or abbreviation_period(toks, k - 1)):
        k -= 1
    if k - 1 >= i and toks.low[k - 1] in words.determiner:
        k -= 1
    return k


_TIME_ADVERBS = frozenset(("just", "only", "soon", "shortly", "long"))  # of ``time_span``, no nouns ("the only two")
_REASON_OPENERS = frozenset({"a", "an", "his", "her", "its", "their"})  # open a reason after "for" and a name


def _role_with_and(toks: ParagraphTokens, i: int, j: int, lo: int) -> int:
    """Extend a role back over "X and" to its determiner: "the trade and industry secretary", "the health and
    education ministers" (not "the car and police": the head must be a role; not "the bank and the minister":
    the second part has no determiner of its own)."""
    words = lexicon()
    if i - 2 >= lo and toks.low[i - 1] == "and" and toks.low[i - 2] in words.role_head \
            and (i - 2 == lo or toks.kind[i - 3] != W):
        return i - 2  # '"...," chairman and chief executive Richard Parsons said'
    if i - 3 < lo or toks.low[i - 1] != "and" or toks.low[i] in words.determiner \
            or toks.low[j] not in words.role_form:
        return i
    if toks.kind[i - 2] == W and np_word(toks, i - 2) and toks.low[i - 3] in ("the", "a", "an"):
        return i - 3
    if toks.low[i - 2] in words.role_head:  # "a web developer and blogger who ...": two roles, the first modified
        k = i - 2
        while k - 1 > lo and k > i - 5 and toks.kind[k - 1] == W and np_word(toks, k - 1) \
                and toks.low[k - 1] not in ("the", "a", "an"):
            k -= 1
        if toks.low[k - 1] in ("the", "a", "an"):
            return k - 1
    return i


def determines(toks: ParagraphTokens, i: int) -> bool:
    """Is the time word at token i a determiner of a noun that is no time word ("this official", not "this
    week"; not "this" alone before a preposition or a conjunction: "said this about Obama", "I write this as")?"""
    words = lexicon()
    if toks.low[i] in words.determiner and i + 1 < len(toks.low) and toks.kind[i + 1] == Q:
        return True  # 'said this "dramatically changes" their purpose': the quoted words go on with it
    return toks.low[i] in words.determiner and i + 1 < len(toks.low) and toks.kind[i + 1] == W \
        and toks.low[i + 1] not in words.time and toks.low[i + 1] not in words.preposition \
        and toks.low[i + 1] not in words.boundary


def after_adjunct(toks: ParagraphTokens, i: int, j: int) -> int:
    """Start of the speaker after a leading adjunct ("In a Bloomberg interview Trump"), or -1."""
    k = j
    while k > i and (is_name(toks.raw[k]) or toks.low[k] in ("of", "for") and k < j and is_name(toks.raw[k - 1])):
        k -= 1  # (a name with "of" inside: "on the day the Bank of England said")
    if k < j and not is_name(toks.raw[k]):
        return k + 1
    for k in range(j, i, -1):
        if toks.low[k] in lexicon().determiner or toks.low[k] in lexicon().pronoun:
            return k
    if i + 1 <= j and toks.low[j].endswith("s") and toks.low[i] in ("by", "from", "among"):
        return i + 1  # a bare plural after the preposition: "led by tea party activists who say"
    return -1


def after_day(toks: ParagraphTokens, i: int, j: int) -> int:
    """Start of a named speaker after a sentence-opening adjunct that ends on a time word ("On Wednesday Mr Blair",
    "On Thursday Rangers") or, within three words, on a noun after a determiner ("In a statement Valerie
    Paradiz", "At the time Lord Woolf"), or on a time word before an article ("In August the firm warned"), or -1.
    Other capitalised adjuncts stay unread ("Under rules Obama announced", "By the time Donald Trump announced his
    candidacy")."""
    if (place := after_place(toks, i + 1, j)) > 0:
        return place  # "In London Boris Johnson said"
    m = i + 1
    while m < j and (toks.low[m] in lexicon().time or toks.low[m] in lexicon().month or toks.raw[m].isdigit()):
        m += 1
    if i + 1 < m < j and toks.low[m] in ("the", "a", "an"):
        return m  # "In August the firm", "On Monday the minister"
    k = j
    while k > i and (is_name(toks.raw[k]) or abbreviation_period(toks, k)) and toks.low[k] not in lexicon().time \
            and not toks.raw[k].isdigit():
        k -= 1
    if i < k < j and not (toks.low[k] in lexicon().time or toks.raw[k].isdigit()):
        t = max((m for m in range(i + 1, k) if toks.low[m] in lexicon().time or toks.low[m] in lexicon().month
                 or toks.raw[m].isdigit()), default=-1)
        if t > 0 and toks.raw[t + 1][:1].isupper() and all(np_word(toks, m) for m in range(t + 1, j + 1)):
            return t + 1  # "In October Tory leader Michael Howard", "On Tuesday Putin's spokesman Dmitry Peskov"
    if not i < k < j:
        return -1
    if toks.low[k] in lexicon().time or toks.raw[k].isdigit():
        return k + 1  # "On Wednesday Mr Blair", "In 2004 IBM"
    short = k - i <= 3 and toks.low[i] != "by"  # "In the speech Obama"; not "By the time Donald Trump announced"
    determiner = any(toks.low[m] in ("a", "an", "the", "her", "his", "their", "its") for m in range(i + 1, k))
    return k + 1 if short and determiner and toks.kind[k] == W and not is_name(toks.raw[k]) else -1


def _bare_plural(toks: ParagraphTokens, k: int, hi: int) -> int:
    """Where up to three lower-case words at token k that end in a plural noun end ("industry experts",
    "economists"), else -1."""
    for j in range(k, min(hi, k + 3)):
        if toks.kind[j] != W or not toks.raw[j].isalpha() or not toks.raw[j].islower() \
                or toks.low[j] in lexicon().determiner or toks.low[j] in lexicon().preposition:
            return -1
        if toks.low[j].endswith("s") and not toks.low[j].endswith(("ss", "us", "is")):
            return j + 1
    return -1


def _verb_after_plural(toks: ParagraphTokens, i: int, j: int, nxt: str) -> bool:
    """Is token j a bare verb after a plural subject that opens at i, before a preposition, a determiner or "that"
    ("many voters yearn for change", "Others scoff at the ...", "Democrats and Republicans yearn for"; not a role, a
    document, an organisation's noun or a source's modifier after a plural modifier: "a customs officer at", "a
    New York Times report", "officials familiar with")? A capitalised plural is a subject only opening the phrase
    or as a party's members or a people ("Republicans", "Americans"), not a name's last word ("Politics")."""
    low, before = toks.low[j], toks.low[j - 1]
    if toks.kind[j - 1] != W or not toks.raw[j].islower() or low.endswith(("s", "ed", "ing", "ly")) \
            or not plural_form(before) or possessive_s(before):
        return False  # (cheap tests first, on every word of a phrase; not "the men's joking": an owner)
    words = lexicon()
    if not (nxt in words.preposition or nxt in words.determiner or nxt == "that") \
            or low in words.role_form or low in words.document_noun or low in words.source_modifier \
            or low in words.np_adjective or low in words.preposition or low in words.no_phrase_end \
            or low in speakers_lexicon().organisation_nouns:  # (not "sources inside the campaign")
        return False
    return toks.raw[j - 1].islower() or j - 1 == i or before[:-1] in words.party_member \
        or speakers_lexicon().phrases.get((before,), ("", None))[0] == "country"


def np_forward(toks: ParagraphTokens, i: int, hi: int, *, source: bool = False) -> tuple[int, int] | None:
    """Return the speaker noun phrase starting at token i, ending before hi.

    Args:
        toks: the paragraph's tokens.
        i: the phrase's first token.
        hi: the token it ends before at the latest.
        source: the phrase is the source after "according to", where a determiner or a quantity after a name
            starts the content ("according to Technorati the number of blogs ...", "Pew Research 44% of ...").
    """
    if i >= hi or toks.kind[i] != W:
        return None
    low = toks.low[i]
    if source and low in ("more", "fewer") and i + 2 < hi and toks.low[i + 1] == "than":
        quantity = np_forward(toks, i + 2, hi, source=source)  # "according to more than a dozen sources"
        return (i, quantity[1]) if quantity is not None else None
    one_noun = low == "one" and i + 1 < hi and toks.kind[i + 1] == W and toks.raw[i + 1].islower() \
        and (np_word(toks, i + 1) or toks.low[i + 1] in lexicon().cues
             or compound_modifier(toks, i + 1, hi)) \
        and toks.low[i + 1] not in lexicon().aux \
        and toks.low[i + 1] not in lexicon().preposition  # "according to one estimate by Goldman Sachs"
    if (low in lexicon().pronoun or low in lexicon().indefinite) and not one_noun:
        return (i, i + 1)  # '"...," said someone who works for Cruz'
    if not (is_name(toks.raw[i]) or low in lexicon().determiner or role_before_name(toks, i, hi) or one_noun) \
            or not np_word(toks, i) and not one_noun:
        return None
    j = i + 1
    while j < hi and j < i + 10 and toks.kind[j] != Q:
        low = toks.low[j]
        if j + 1 < hi and slash_in_name(toks, j):
            j += 1  # "a new NBC News/Wall Street Journal poll"
            continue
        if j + 1 < hi and plural_apostrophe(toks, j):
            j += 1  # "endorsed by the Music Managers' Forum"
            continue
        if toks.kind[j] == P and low not in ("-", "&") and not abbreviation_period(toks, j) \
                or low == "-" and toks.start[j] > toks.end[j - 1]:
            break  # a spaced dash ends the phrase: "says the party - and insulation ..."
        nxt = toks.low[j + 1] if j + 1 < hi and toks.kind[j + 1] == W else ""
        if nxt and (low in lexicon().post_modifier and (is_name(toks.raw[j + 1]) or nxt in lexicon().determiner)
                    and not (low == "for" and nxt in _REASON_OPENERS and is_name(toks.raw[j - 1]))  # "warned by the
                    # Lawn Tennis Association for a lack of drive", "blamed by X for his murder": a reason
                    or low == "and" and (is_name(toks.raw[j + 1]) or nxt in lexicon().determiner
                                         or toks.low[j - 1] in lexicon().role_head and np_word(toks, j + 1))
                    and nxt not in lexicon().pronoun):
            j += 1  # "officials familiar with the plans", "the US and European allies", "chairman and chief ..."
            continue
        if low == "of" and toks.low[j - 1] in lexicon().collective and nxt and _bare_plural(toks, j + 1, hi) > 0:
            j = _bare_plural(toks, j + 1, hi)  # "says a panel of industry experts", "a group of economists"
            break
        if nxt and low in lexicon().source_modifier and nxt in lexicon().preposition and not np_word(toks, j):
            k = j + 2  # "a Senate aide involved in drafting the bill", "an official briefed on the plan": to the comma
            while k < hi and toks.kind[k] == W and k - j < 8:
                k += 1
            if k > j + 2 and (k >= hi or toks.kind[k] == P):
                j = k
            break
        if source and is_name(toks.raw[j - 1]) and toks.kind[j - 1] == W and (
                low in lexicon().determiner and toks.raw[j][:1].islower() or (
                toks.raw[j][:1].isdigit() and j + 1 < hi and toks.low[j + 1] in lexicon().quantity_after)):
            break  # the content starts after the source's name
        if low in ("the", "this", "it", "he", "she", "they", "we") and toks.raw[j][:1].isupper() \
                and j - 1 > i and is_name(toks.raw[j - 1]):
            break  # "said ... analyst Vadim Mitroshin The dispute with ...": a sentence that lost its full stop
        if is_name(toks.raw[j]) and is_name(toks.raw[j - 1]) and toks.kind[j - 1] == W and \
                low not in lexicon().boundary and toks.kind[j] == W:
            j += 1  # "Air Force", "Sen. Mark Warner": a capitalised word inside a name
            continue
        if source and low in ("by", "of", "on") and nxt and toks.low[j - 1] in lexicon().document_noun \
                and not (low == "on" and (nxt in lexicon().time or nxt in lexicon().month)):  # (not "on Nov. 8")
            j += 1  # "according to a report by the bank", "a study by researchers at Yale", "a survey of economists",
            continue  # "a Gallup poll on the issue"
        if source and j == i + 1 and toks.low[i] in lexicon().determiner and toks.raw[j].islower() \
                and (low.endswith("ing") or low in ("later", "earlier")):
            j += 1  # "according to a recording played on ...", "according to a later New York Times report"
            continue
        if source and low.endswith("ing") and toks.raw[j].islower() and nxt in lexicon().document_noun:
            j += 1  # "according to a Gallup tracking poll": a noun in -ing before the document, no verb of the name
            continue
        if source and low.endswith("ed") and toks.raw[j].islower() and nxt == "by" and j + 2 < hi \
                and (toks.low[j + 2] in lexicon().determiner or is_name(toks.raw[j + 2])):
            j += 2  # "according to a copy of the letter reviewed by The Post": the participle and its agent
            continue
        if source and low in lexicon().cues and (toks.low[j - 1] in lexicon().determiner or toks.low[j - 1] == "one") \
                and nxt \
                and (np_word(toks, j + 1) and nxt not in lexicon().preposition or nxt in ("by", "from")):
            j += 1  # "according to a forecast model, ...": a cue spelt like a noun before the head
            continue
        if source and low in lexicon().cues and toks.raw[j].islower() and not low.endswith(("s", "ed")) \
                and toks.kind[j - 1] == W and toks.raw[j - 1].islower() and np_word(toks, j - 1) \
                and (not nxt or nxt in ("that", "which", "by", "from", "of")):
            j += 1  # "according to a first-ever national estimate that ...": a cue spelt like a noun, the head
            continue
        if source and low.endswith("ing") and toks.raw[j].islower() and toks.kind[j - 1] == W \
                and toks.raw[j - 1].islower() and np_word(toks, j - 1) and toks.low[i] in lexicon().determiner \
                and (not nxt or nxt in ("that", "which", "by", "from", "of")):
            j += 1  # "according to the court filing": a noun in -ing after a noun, the head
            continue
        if source and low.endswith("ed") and toks.raw[j].islower() and toks.low[j - 1] in ("a", "an", "the") \
                and nxt in lexicon().document_noun:
            j += 1  # "according to a published report": a participle between the article and the document
            continue
        if source and low.endswith("ly") and toks.raw[j].islower() and nxt.endswith("ed") and j + 2 < hi \
                and toks.kind[j + 2] == W and toks.raw[j + 2].islower() and np_word(toks, j + 2):
            j += 2  # "according to the previously released document": an adverb and a participle before the head
            continue
        if low == "of" and nxt and toks.low[j - 1] in lexicon().quantity_noun:
            j += 1  # "Tens of thousands of protesters", "Hundreds of residents": the quantity and its people
            continue
        if low in lexicon().time and toks.raw[j][:1].isupper() and toks.low[j - 1] in ("a", "an", "the") and nxt \
                and np_word(toks, j + 1) and nxt not in lexicon().time:
            j += 1  # '"...," reads a Wednesday editorial in The Des Moines Register': a day before the head
            continue
        if low in ("of", "for") and toks.low[j - 1] in lexicon().role_head or low == "by" and (
                toks.low[j - 1] in lexicon().document_noun):  # "the report by telecoms giant BT": its author
            k = j + 1  # "chief of police Bill Scott", "director of communications Jen Psaki": the role's domain
            while k < min(hi, j + 4) and toks.kind[k] == W and toks.raw[k].islower() and np_word(toks, k):
                k += 1
            if j + 1 < k < hi and is_name(toks.raw[k]):
                j = k
                continue
        if programme_show(toks, j):
            j += 1  # "Ex-chat show host Robert Kilroy-Silk", "TV show host ...": a programme, no verb
            continue
        if verb_after_name(toks, j, hi):
            break  # "Mr. Trump struck a measured tone, saying", "Sanders rips the agreement, saying"
        if low.endswith("ing") and toks.kind[j] == W and toks.raw[j].islower() and j - 1 > i and not nxt \
                and (toks.low[j - 1] in lexicon().determiner or toks.low[j - 1] in lexicon().possessive):
            j += 1  # a noun in -ing after its article, ending the phrase: "a Senate aide familiar with the meeting",
            continue  # "a person familiar with his thinking" (not "The shuttering of ...", "the emerging bills")
        if _verb_after_plural(toks, i, j, nxt):
            break  # "many voters yearn for change": a bare verb after the plural subject, before its complement
        if not (np_word(toks, j) or compound_modifier(toks, j, hi)) \
                or low in lexicon().preposition or low in lexicon().time or low in lexicon().relative \
                or low in lexicon().linking_adverb and toks.raw[j].islower():  # "Dickerson nonetheless did"
            break
        j += 1
    return (i, j)


def role_before_name(toks: ParagraphTokens, i: int, hi: int) -> bool:
    """Do lower-case words at i lead to a name ("former tech executive Carly Fiorina", "spokesman John Kirby",
    "chairman and chief executive officer Bill Ford": two roles joined by "and"; "former secretary of state Hillary
    Clinton": "of" after a role's head; up to six words besides: "former federal appeals court judge Michael
    McConnell")?"""
    limit = i + 6
    for k in range(i, min(hi, i + 9)):
        if toks.low[k] == "and" and k > i and toks.low[k - 1] in lexicon().role_head:
            limit += 1
            continue
        if toks.low[k] == "of" and k > i and toks.low[k - 1] in lexicon().role_head and k + 1 < hi \
                and toks.kind[k + 1] == W and toks.raw[k + 1].islower():
            limit += 1  # "former secretary of state Hillary Clinton", "chief of staff John Kelly"
            continue
        if k >= limit or toks.kind[k] != W or not np_word(toks, k) or toks.low[k] in lexicon().preposition:
            return False
        if is_name(toks.raw[k]):
            return True
    return False


def words_until_comma(toks: ParagraphTokens, i: int, b: int) -> tuple[int, int] | None:
    """The words from i up to the next punctuation: a source after "according to" ("early results of ...")."""
    j = i
    while j < b and j - i < 15 and (toks.kind[j] == W or abbreviation_period(toks, j)):
        j += 1
    return (i, j) if j > i else None



ROLE_ACRONYMS = frozenset(("ceo", "cfo", "coo", "cto", "cio", "md", "mp", "mep"))
"""Capitalised role words that describe rather than name ("Authenti-corp's CEO, Cynthia Musselman, said")."""


def is_description(toks: ParagraphTokens, np: tuple[int, int]) -> bool:
    """Does a noun phrase describe its speaker rather than name them ("His mother", "Opera spokeswoman",
    "Authenti-corp's CEO")?"""
    last = np[1] - 1
    if not is_name(toks.raw[np[0]]) or not is_name(toks.raw[last]) or toks.low[last] in ROLE_ACRONYMS:
        return True
    if toks.low[np[0]] in lexicon().determiner and any(
            toks.raw[k].isalpha() and toks.raw[k].islower() and toks.low[k] not in lexicon().name_connector
            and toks.low[k] not in speakers_lexicon().particles for k in range(np[0] + 1, last)):
        return True  # "A lawyer for the Trump Organization": a determiner, a lower-case noun, then a name
    return any(toks.low[k].endswith("'s") for k in range(np[0], last))


def name_run(toks: ParagraphTokens, s: int, e: int) -> bool:
    """Are tokens[s:e] a name alone: one to five capitalised words ("Giselle", "Berit Hanson")?"""
    if not 0 < e - s <= 5:
        return False
    words = lexicon()
    return all(toks.kind[k] == W and is_name(toks.raw[k]) and not toks.raw[k][0].isdigit()
               and toks.low[k] not in words.determiner and toks.low[k] not in words.pronoun
               and toks.low[k] not in words.opener for k in range(s, e))


def titled_name_run(toks: ParagraphTokens, s: int, e: int) -> bool:
    """Are tokens[s:e] a name with a title, and a place, before it ("Gov. Mike Pence", "Indiana Gov. Mike Pence"):
    capitalised words and the full stops of abbreviations, at most seven tokens, ending in a word?"""
    if not 2 < e - s <= 7 or toks.kind[e - 1] != W or not any(abbreviation_period(toks, k) for k in range(s, e)):
        return False
    return all(abbreviation_period(toks, k) or name_run(toks, k, k + 1) for k in range(s, e))


def np_with_survey(toks: ParagraphTokens, c0: int, a: int) -> tuple[int, int] | None:
    """The people of a poll before a cue: "those questioned said", "people surveyed say", with a share of them
    before ("69% of those questioned", "most of those polled"), or an adjunct after ("veterans interviewed at
    rallies in Ohio this week said")."""
    words = lexicon()
    j = c0 - 1
    if j > a and toks.low[j] not in words.surveyed:
        j = next((k for k in range(c0 - 2, max(a, c0 - 12), -1) if toks.low[k] in words.surveyed), -1)
        if j < 0 or not (toks.low[j + 1] in words.preposition or toks.low[j + 1] in words.time) or any(
                toks.kind[k] != W or toks.low[k] in words.verb or toks.low[k] in words.relative
                for k in range(j + 1, c0)):
            return None
    if j - 1 < a or toks.low[j] not in words.surveyed or toks.kind[j - 1] != W:
        return None
    if toks.low[j - 1] == "those":
        start = j - 1
    else:
        np = np_back(toks, j - 1, a)
        if np is None or toks.low[np[0]] in lexicon().pronoun:
            return None
        start = np[0]
    if start - 2 >= a and toks.low[start - 1] == "of":
        share = percent_before(toks, start - 1, a)
        if share >= 0:
            return (share, c0)  # "69% of those questioned"
        share = np_back(toks, start - 2, a)
        if share is not None:
            start = share[0]  # "most of those polled"
    return (start, c0)


def _noun_after_determiner(toks: ParagraphTokens, k: int, a: int) -> bool:
    """Is token k, spelt as a verb or a cue, a noun: after an article or a possessive ("the planning", "Thursday's
    meeting"), with no name or word of another kind between?"""
    before = toks.low[k - 1] if k - 1 >= a else ""
    return toks.raw[k].islower() and toks.kind[k] == W and (
        before in ("the", "a", "an") or possessive_s(before) and toks.kind[k - 1] == W)


def np_with_source_modifier(toks: ParagraphTokens, c0: int, a: int) -> tuple[int, int] | None:
    """An anonymous source qualified by what it knows: "those familiar with the plan", "officials briefed on
    the talks" (the object may be a noun spelt like a cue, which ends other speakers)."""
    words = lexicon()
    for k in range(c0 - 2, max(a, c0 - 10) - 1, -1):
        if toks.kind[k] != W or (toks.low[k] in words.verb or toks.low[k] in words.relative or toks.low[k] in
                                 words.cues and toks.low[k] not in words.speaker_noun) \
                and toks.low[k] not in words.source_modifier and not _noun_after_determiner(toks, k, a):
            return None  # not "Another person familiar with the meeting disputed that Trump said"
        if toks.low[k] in words.source_modifier and k > a and toks.low[k + 1] in words.preposition:
            head = k - 1
            if toks.low[head] in lexicon().determiner and toks.low[head] not in lexicon().singular_determiner:
                return (head, c0)  # "those familiar with ..."
            np = np_back(toks, head, a)
            return (np[0], c0) if np is not None and toks.low[np[0]] not in lexicon().pronoun else None
    return None
