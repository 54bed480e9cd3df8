"""Whether a token may be a word of a speaker's noun phrase (:func:`np_word`), and the word-level tests the phrase
readers of :mod:`analysis.quotes.phrases` share: an abbreviation's full stop, a name spelt like a verb or a modal, a
modifier before its noun, an adjective in -ed after a determiner."""

from __future__ import annotations

from analysis.quotes.cues import lexicon, past_form, speech_form
from analysis.quotes.tokens import P, ParagraphTokens, W, is_name
from analysis.speakers.lexicon import lexicon as speakers_lexicon

DASH_WORDS = frozenset({"--", "\u2014", "\u2013", "\u2015", "-"})
"""Dashes as the tokeniser writes them."""

CONTRACTED_VERBS = frozenset(("s", "re", "ll", "d", "ve"))
"""What follows the apostrophe of a pronoun and its verb in one word ("it's", "they're", "we'll")."""


def programme_show(toks: ParagraphTokens, k: int) -> bool:
    """Is "show" or "shows" at token k a programme, no verb: after a kind of programme ("talk shows", "ex-chat show
    host", ``programme_kind``), or "show" before a role and a name ("TV show host Robert Kilroy-Silk")?"""
    if toks.low[k] not in ("show", "shows"):
        return False
    if k > 0 and toks.kind[k - 1] == W and toks.low[k - 1].rpartition("-")[2] in lexicon().programme_kind:
        return True
    return toks.low[k] == "show" and k + 2 < len(toks.low) and toks.low[k + 1] in lexicon().role_head \
        and is_name(toks.raw[k + 2])


def abbreviation_period(toks: ParagraphTokens, i: int) -> bool:
    """Is the full stop at token i the end of an abbreviation ("etc.") or of an initial? (Most abbreviations
    are one token with their full stop: ``Mr.``, ``Sen.``, ``U.S.``.)"""
    if toks.low[i] != "." or i == 0 or toks.kind[i - 1] != W or toks.end[i - 1] != toks.start[i]:
        return False
    word = toks.raw[i - 1]
    return word.lower() in lexicon().abbreviation or (len(word) == 1 and word.isupper())


def modal_name(toks: ParagraphTokens, k: int) -> bool:
    """Is a capitalised modal a name, being followed by a past form or one in -s ("May said", "May insists"), which
    never follows a modal?"""
    nxt = toks.low[k + 1] if k + 1 < len(toks.kind) and toks.kind[k + 1] == W else ""
    return toks.raw[k][:1].isupper() and toks.low[k] in lexicon().modal \
        and (nxt.endswith("s") or past_form(nxt))


ADJECTIVE_ENDINGS = ("ive", "ous", "al", "ic", "ful", "less", "able", "ible", "ish", "ary")
"""Endings of adjectives ("divisive", "controversial", "various")."""

_MODIFIER_ENDINGS = ADJECTIVE_ENDINGS + ("ing", "est", "ed")
"""Endings of words that modify a noun rather than head a noun phrase: an adjective's, or "opening", "latest"."""

_NOUN_ENDINGS = ("sal", "val", "wal", "yal")
"""Endings in -al of nouns made from verbs ("proposal", "approval", "withdrawal", "betrayal")."""


def function_word(low: str) -> bool:
    """Is the lower-case word a function word or a verb (a determiner, possessive, preposition, auxiliary, verb,
    pronoun, conjunction or boundary), no word that may modify a noun?"""
    words = lexicon()
    return any(low in group for group in (words.determiner, words.preposition, words.aux, words.verb, words.pronoun,
                                          words.clause_join, words.subordinate, words.boundary))


def modifier_word(toks: ParagraphTokens, i: int) -> bool:
    """Is token i a lower-case modifier that cannot head a noun phrase: an adjective ending ("incendiary",
    "nagging"), a compound or a number with a hyphen ("follow-up", "95-page"), or a ``modifier`` ("past", "own")?
    Roles, plurals, documents and the nouns of ``modifier_noun`` ("the military", "the journal") are heads."""
    low, words = toks.low[i], lexicon()
    if toks.kind[i] != W or toks.raw[i][:1].isupper() or low in words.role_head or low in words.modifier_noun \
            or low in words.document_noun or low in words.speaker_noun or low in words.pronoun \
            or low in words.standalone or low in words.plural or low in words.np_adjective:
        return False
    return low.endswith(_MODIFIER_ENDINGS) and not low.endswith(_NOUN_ENDINGS) or "-" in low.strip("-") \
        or low in words.modifier


def verb_after_name(toks: ParagraphTokens, j: int, hi: int) -> bool:
    """Is token j a verb after a name: a lower-case word in -s or -ed, or an irregular past form, between a
    capitalised word and a determiner or a possessive, or before a particle and a comma, an adverb between or not
    ("Sanders rips the agreement", "Mr. Trump struck a measured tone", "Ms Ruiz hit back, saying", "Rubio hit back
    again, saying"; not "Trump aides said")?"""
    low, words = toks.low[j], lexicon()
    if j + 1 >= hi or toks.kind[j] != W or not toks.raw[j].islower() or not is_name(toks.raw[j - 1]) \
            or low in words.np_adjective:
        return False
    nxt = toks.low[j + 1]
    after = j + 3 if j + 3 <= hi and (toks.low[j + 2] == "again" or toks.low[j + 2].endswith("ly")) else j + 2
    third = toks.low[j + 2] if j + 2 < hi else ""
    if (low in words.irregular_past and (nxt in words.particle or nxt in words.preposition)
            or low.endswith("ed") and nxt in words.particle
            and (third in words.determiner or third in words.possessive)) and "by" not in (nxt, third):
        return True  # "Zuckerberg hit back at the senator, saying", "Buttigieg rose to the upper tier", "Ryan teed up
        # his speech" (not "the group led by X", "the panel set up by Congress": a participle and its agent)
    return (low.endswith(("s", "ed")) or low in words.irregular_past) and (
        nxt in words.determiner or nxt in words.possessive
        or nxt in words.particle and (after >= hi or toks.kind[after] == P)) and nxt != "that"


def compound_modifier(toks: ParagraphTokens, i: int, hi: int) -> bool:
    """Is token i a modifier before a word of a noun phrase: hyphenated ("one well-connected Democrat"), or in -ing
    right after a determiner ("according to the reigning paradigm")?"""
    low = toks.low[i]
    return ("-" in low or low.endswith("ing") and toks.low[i - 1] in lexicon().determiner) \
        and modifier_word(toks, i) and i + 1 < hi and np_word(toks, i + 1) \
        and not is_name(toks.raw[i - 1])  # not "Trump cherry-picked the part": a verb after a name


def slash_in_name(toks: ParagraphTokens, k: int) -> bool:
    """Is token k a slash joining two names without spaces ("NBC News/Wall Street Journal", "USA TODAY/Suffolk")?"""
    return toks.low[k] == "/" and 0 < k < len(toks.low) - 1 and toks.start[k] == toks.end[k - 1] \
        and toks.end[k] == toks.start[k + 1] and is_name(toks.raw[k - 1]) and is_name(toks.raw[k + 1])


def np_word(toks: ParagraphTokens, i: int) -> bool:
    """May token i be part of a speaker noun phrase?"""
    if toks.kind[i] != W:
        return toks.low[i] in ("&", "'", "\u2019") or abbreviation_period(toks, i) or slash_in_name(toks, i) \
            or toks.low[i] == "-" and (0 < i and toks.end[i - 1] == toks.start[i]
                                       or toks.end[i] in toks.start[i + 1:i + 2])  # (a spaced dash: no)
    low = toks.low[i]
    if low in lexicon().np_adjective:
        return True
    if is_name(toks.raw[i]):
        if low not in lexicon().boundary and low not in lexicon().verb or low == "that":
            return True
        if modal_name(toks, i):
            return True  # "May said"
        if i > 0 and i - 1 in toks.tag_q and low not in lexicon().boundary and i + 1 < len(toks.kind) \
                and toks.kind[i + 1] == W and speech_form(toks.low[i + 1]):
            return True  # '"...," Fall said': a surname spelt like a verb, right after a quotation awaiting its speaker
        # a given name spelt like a verb before a family name: "Drew Shindell", "Will Davies", "Grant Shapps"; a
        # word spelt like a verb inside a name, after a capitalised word of it: "Alcohol Focus Scotland"
        return low in lexicon().verb and (
            i + 1 < len(toks.kind) and toks.kind[i + 1] == W and is_name(toks.raw[i + 1])
            and toks.low[i + 1] not in lexicon().verb or inside_name(toks, i))
    if low.endswith("ed") and 1 < i < len(toks.kind) - 1 and toks.kind[i + 1] == W \
            and toks.low[i - 1] in ("other", "only", "first", "last") and toks.low[i - 2] in ("the", "another"):
        return True  # a participle as adjective after "the other", "the only": "the other declared candidate said"
    if low in lexicon().side and i > 0 and toks.low[i - 1] == "the":
        return True  # the political side: "The left believes ...", not "the senator left"
    if low in lexicon().aux and i > 0 and toks.low[i - 1] in ("the", "a", "an"):
        return True  # an ordinal after an article: "The organisers of the first grand slam said"
    if low in lexicon().boundary or low in lexicon().verb or low in lexicon().aux:
        return False
    if low in lexicon().cues and low not in lexicon().speaker_noun:
        return False
    if low.endswith("ly") and len(low) > 4 and low not in lexicon().ly_noun:
        return False  # an adverb: "Trump quickly tried", "The inquiry famously settled"
    if low.endswith("ed") and 0 < i < len(toks.kind) - 1 and toks.kind[i + 1] == W and (
            toks.low[i - 1] in ("a", "an", "the") or _adjective_after_determiner(toks, i)):
        return True  # an adjective between an article and its noun: "a frustrated Mike Pence told"
    if low.endswith("ing") and i + 1 < len(toks.kind) and toks.kind[i + 1] == W and toks.raw[i + 1][:1].islower() \
            and (toks.low[i + 1] in lexicon().role_head or toks.low[i + 1] in speakers_lexicon().organisation_nouns):
        return True  # a noun modifier in -ing: "managing director", "consulting firm", "network monitoring company"
    if "-" in low and low.endswith("ed") and i + 1 < len(toks.kind) and toks.kind[i + 1] == W \
            and toks.low[i + 1] not in lexicon().determiner and toks.low[i + 1] not in lexicon().preposition \
            and toks.low[i + 1] not in lexicon().pronoun:
        return True  # a compound adjective before its noun: "one kind-hearted Canadian", "a Saudi-backed group"
        # (not a verb before its object, "co-authored a book", nor "op-ed for")
    past_like = low.endswith("ed") and not (len(low) <= 3 or len(low) <= 5 and low.endswith("eed"))
    return not (past_like or low.endswith("ing"))  # (nouns in -ed: "the top seed", "greed", "bed")


def _adjective_after_determiner(toks: ParagraphTokens, i: int) -> bool:
    """Is the word in -ed at token i an adjective after a determiner that opens a phrase ("these so-called unbiased
    journalists said", "his designated Treasury Secretary")? After a determiner of many, only before a plural ("some
    avowed progressives"; not "many shrugged off", "most owned their homes"); never where the determiner follows a
    word of a clause ("The Hill reports some frustrated Republicans": the object of "reports")."""
    words, determiner, noun = lexicon(), toks.low[i - 1], toks.low[i + 1]
    if not (determiner in words.determiner or determiner == "so-called") or any(
            noun in group for group in (words.determiner, words.preposition, words.pronoun, words.aux, words.cues)):
        return False  # (nor a cue's form after it: "Some impoverished suspects who ...")
    if i - 2 >= 0 and toks.kind[i - 2] == W and toks.low[i - 2] not in ("of", "and", "but", "that") \
            and toks.low[i - 2] not in words.subordinate and determiner != "so-called":
        return False
    return determiner in words.possessive or determiner in ("this", "that", "one", "another") \
        or noun.endswith("s") and not noun.endswith("ss")


def new_subject(toks: ParagraphTokens, k: int, e: int) -> bool:
    """Does token k open a clause's subject (a pronoun, a name or a determiner)?"""
    return k < e and toks.kind[k] == W and (toks.low[k] in lexicon().pronoun or is_name(toks.raw[k])
                                            or toks.low[k] in lexicon().determiner)


def inside_name(toks: ParagraphTokens, i: int) -> bool:
    """Is token i a capitalised word after a capitalised word of the same name, so a name even where it is spelt
    like a verb ("Alcohol Focus Scotland", "Israel Defense Forces", "Theresa May")? Not in capitals throughout
    (a headline: "COMMITTEE HAS")."""
    raw = toks.raw[i]
    if i == 0 or not raw[:1].isupper() or raw.isupper() and len(raw) > 1 or toks.kind[i - 1] != W:
        return False
    before, low_before = toks.raw[i - 1], toks.low[i - 1]
    return before[:1].isupper() and not (before.isupper() and len(before) > 1) \
        and low_before not in lexicon().verb and low_before not in lexicon().boundary \
        and low_before not in lexicon().determiner and low_before not in lexicon().pronoun


def ing_modifier(toks: ParagraphTokens, k: int) -> bool:
    """An -ing word modifying the noun after it ("fundraising documents", "polling data"; not a participle before
    its object's article after a comma: ", suggesting the first-term senator", ", joining the court's liberals";
    "groups challenging the rule" keeps its participle)."""
    return toks.kind[k] == W and toks.low[k].endswith("ing") and toks.kind[k + 1] == W and \
        toks.low[k + 1] not in lexicon().preposition and toks.low[k + 1] not in lexicon().boundary and \
        not (k > 0 and toks.low[k - 1] == "," and (toks.low[k + 1] in lexicon().determiner
                                                    or toks.low[k + 1] in lexicon().possessive)) and \
        not is_name(toks.raw[k])


def noun_spelt_as_verb(toks: ParagraphTokens, j: int, lo: int) -> bool:
    """Is the last word of a phrase before the cue a noun spelt like a verb, after an article or an article and a
    noun ("the head of the police force said", "the task force, ..., said"; a verb cannot stand there)?"""
    low = toks.low[j]
    if low not in lexicon().verb or low.endswith(("ed", "ing")) or "'" in low or "\u2019" in low or j - 1 <= lo:
        return False
    after = toks.low[j + 1] if j + 1 < len(toks.low) else ""
    if after not in (",", ")") and after not in DASH_WORDS and not speech_form(after):
        return False  # "the exchange raises questions", "a closer look shows": a verb after all
    before = toks.low[j - 1]
    if before in ("the", "a", "an"):
        return True
    return toks.kind[j - 1] == W and toks.raw[j - 1].islower() and np_word(toks, j - 1) \
        and toks.low[j - 2] in ("the", "a", "an") and before not in lexicon().determiner


def opening_adverb(low: str) -> bool:
    """Is the lower-case word an adverb that may open a sentence before a comma ("Meanwhile", "Therefore",
    "Initially", "Privately", "Shamefully"), not a name spelt like one ("Kelly", "Sally")?"""
    return low in lexicon().opener or low in lexicon().sentence_adverb or len(low) > 5 and (
        low.endswith(("ally", "fully")) or low.endswith("ly") and not low.endswith("lly")) \
        and low not in speakers_lexicon().given


def plural_form(low: str) -> bool:
    """Is the lower-case word spelt as a plural ("developers", "others"; not "class", "status", "crisis", "news")?"""
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "news"))


def plural_noun(toks: ParagraphTokens, k: int) -> bool:
    """Is token k a common noun in the plural ("developers", "people"; not a name, "its" or "news")?"""
    low = toks.low[k]
    return toks.kind[k] == W and not is_name(toks.raw[k]) and (low in lexicon().plural or plural_form(low)) \
        and low not in lexicon().pronoun and low not in lexicon().possessive and low not in lexicon().aux
