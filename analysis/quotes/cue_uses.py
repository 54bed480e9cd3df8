"""Whether a cue word is used as a cue at all: the tests that keep it from speaking where it is a noun
(:func:`noun_use`: "his opening remarks", "a New York Times report"), a modifier (:func:`modifier_use`: "the proposed
rule", "think tank"), a participle after a noun (:func:`modifying_participle`: "a track written for ...") or a
name-giving participle (:func:`naming_participle`: "a firm called Rising Tide"). :mod:`analysis.quotes.speaker_rules`
asks them before it looks for a speaker."""

from __future__ import annotations

from analysis.quotes.adjuncts import aux_back
from analysis.quotes.clauses import finite_clause
from analysis.quotes.cues import Hit, lexicon, past_form, past_verb
from analysis.quotes.phrase_words import ADJECTIVE_ENDINGS, modifier_word, np_word
from analysis.quotes.phrases import np_back, possessor_start
from analysis.quotes.places import country_adjective
from analysis.quotes.quantities import CURRENCY_SIGNS, amount, number, year
from analysis.quotes.tokens import P, ParagraphTokens, Q, W, is_name
from analysis.speakers.lexicon import is_acronym


def _acronym(raw: str) -> bool:
    """Is the word a short acronym in capitals, letters only ("TV", "CNN")?"""
    return raw.isalpha() and len(raw) <= 4 and is_acronym(raw)


def _noun_modifier(toks: ParagraphTokens, k: int) -> bool:
    """May token k, lower case, modify the noun after it ("reality", "cult"): no function word, verb or participle?"""
    raw, low, words = toks.raw[k], toks.low[k], lexicon()
    return raw.isalpha() and raw.islower() and not low.endswith(("ed", "ing")) and not any(
        low in group for group in (words.determiner, words.preposition, words.aux, words.verb, words.pronoun,
                                   words.clause_join, words.subordinate, words.boundary))


def noun_use(toks: ParagraphTokens, hit: Hit, a: int) -> bool:
    """Is a cue spelt like a noun used as one ("a New York Times report", "his cybersecurity plan", "the morning
    shows")?"""
    word = toks.low[hit.c0]
    kind = toks.low[hit.c0 - 1].rpartition("-")[2] if hit.c0 > a else ""  # ("ex-chat show host": "chat")
    if hit.cue.lemma == "show" and hit.c0 > a and (kind in lexicon().programme_kind or (
            hit.c0 - 1 > a and toks.low[hit.c0 - 1] in lexicon().programme_slot
            and (toks.low[hit.c0 - 2] in ("the", "a") or toks.low[hit.c0 - 2] in lexicon().possessive))):
        return True  # "took to the talk shows", "made the rounds on the morning shows", "ex-chat show host": programmes
    if hit.cue.lemma == "call" and hit.c0 > a and toks.low[hit.c0 - 1] in lexicon().call_kind:
        return True  # "the transcripts of Flynn's phone calls with ...", "on conference calls"
    if hit.cue.lemma == "call" and hit.c1 < len(toks.low) and toks.low[hit.c1] in lexicon().call_head:
        return True  # "runs call centers in New Jersey": a compound's modifier
    if word.endswith("ed") and hit.c0 - 1 > a and toks.low[hit.c0 - 1].endswith("ly") \
            and (toks.low[hit.c0 - 2].endswith(("'s", "\u2019s")) or toks.low[hit.c0 - 2] in lexicon().possessive):
        return True  # "Utah's recently concluded legislative session": a participle before the owner's noun
    if hit.c0 > a and toks.low[hit.c0 - 1] == "," and word in lexicon().noun_form and hit.c1 < len(toks.low) \
            and toks.low[hit.c1] in (",", "and", "or") and toks.kind[hit.c0 - 2] == W:
        return True  # "letters to the editor, research, reports, studies and memoranda": an item of a list
    if word in lexicon().ing_noun and hit.c0 > a and toks.low[hit.c0 - 1] != ",":
        return True  # "a lower court ruling that ...": a noun (but "..., ruling that the law was void")
    if hit.c0 > a and word.endswith("ing") and (toks.low[hit.c0 - 1].endswith(("'s", "\u2019s"))
                                               or toks.low[hit.c0 - 1] in lexicon().possessive):
        return True  # "Pollster.com's reporting of the most recent polls puts ...": a gerund owned, a noun
    if hit.c0 > a and word in lexicon().noun_form and modifier_word(toks, hit.c0 - 1):
        return True  # "his opening remarks", "Mr. Trump's more incendiary remarks", "Trump's previous calls for"
    if hit.c0 - 2 >= a and len(hit.cue.words) == 1 and not word.endswith(("s", "ed", "ing")) and not past_form(word) \
            and _acronym(toks.raw[hit.c0 - 1]) and _noun_modifier(toks, hit.c0 - 2):
        return True  # "the reality TV show", "the cult TV show Twin Peaks": a bare form after a singular acronym is
        # a compound noun (not after a determiner: "the FA claim", a British plural; nor "Sony and IBM want")
    if hit.c0 - 2 >= a and len(hit.cue.words) == 1 and not past_form(word) and modifier_word(toks, hit.c0 - 1) \
            and toks.low[hit.c0 - 1].endswith(ADJECTIVE_ENDINGS):
        owner = toks.low[hit.c0 - 2]
        if owner == "of" or owner.endswith(("'s", "\u2019s")) or owner in lexicon().possessive \
                or owner in lexicon().determiner and not word.endswith("s"):
            return True  # "the department's fiscal request", "the story of conservative fears", "the magical
            # thinking": an adjective after an owner, "of" or a determiner modifies the noun
    if len(hit.cue.words) > 1 and hit.c0 - 2 >= a and word == hit.cue.lemma.split()[0] \
            and toks.low[hit.c0 - 2] in lexicon().singular_determiner and toks.raw[hit.c0 - 1].isalpha() \
            and toks.raw[hit.c0 - 1].islower() and _singular_noun(toks.low[hit.c0 - 1]):
        return True  # "will hold a conference call on Tuesday": a compound noun, not "call on"
    if word.endswith("s") and word != hit.cue.lemma and hit.c0 > a and _parenthetical_after(toks, hit.c1) \
            and not (hit.c0 - 2 >= a and toks.low[hit.c0 - 2] in lexicon().determiner) \
            and toks.low[hit.c0 - 1] not in lexicon().pronoun:
        return True  # "Cost estimates, he added, were ...": a compound noun; the attribution set off after it speaks
    if word.endswith("s") and word != hit.cue.lemma and hit.c0 - 2 >= a and modifier_word(toks, hit.c0 - 1) \
            and toks.kind[hit.c0 - 2] == W and toks.raw[hit.c0 - 2].islower() and (
                past_verb(toks.low[hit.c0 - 2]) or toks.low[hit.c0 - 2].endswith("ing")):
        return True  # "The clash raised serious doubts about ...", "raising serious questions": a verb's object
    if _light_verb_object(toks, hit, a):
        return True  # "quick to offer praise for", "drew questions", "made other public promises": an object
    if word == hit.cue.lemma and hit.c0 > a and hit.c1 < len(toks.low) and toks.low[hit.c1] in ("is", "was") \
            and toks.kind[hit.c0 - 1] == W and toks.low[hit.c0 - 1] not in lexicon().pronoun \
            and not _in_relative(toks, hit.c0, a):
        return True  # "One lurking question is whether ...": a bare form before "is" is its subject, a noun
    if word.endswith("s") and word != hit.cue.lemma and hit.c0 > a and country_adjective(toks, hit.c0 - 1) \
            and not (hit.c0 - 2 >= a and toks.low[hit.c0 - 2] in lexicon().determiner):
        return True  # "numerous British shows nominated for ...": a country's adjective modifies the noun (but "The
        # Russian says": a person)
    if word == hit.cue.lemma and hit.c0 - 2 >= a and year(toks.low[hit.c0 - 1]) \
            and toks.low[hit.c0 - 2] not in lexicon().preposition:
        return True  # "Obama's $58 billion 2016 request of emergency funds": a year modifies the noun (not "voters
        # in 2016 say")
    if word.endswith("s") and word != hit.cue.lemma and _part_of(toks, hit.c0, a):
        return True  # "one of his most controversial campaign promises": a plural noun after "one of"
    if _object_compound(toks, hit, a):
        return True  # "to return phone calls, ...", "signed two executive orders on Monday": a verb's object
    if word.endswith(("ed", "ing")) or hit.c0 == a or len(hit.cue.words) > 1 \
            or word != hit.cue.lemma and not word.endswith("s"):
        return False  # a past form is no noun: "said", "told" ("Foster's said")
    before = toks.low[hit.c0 - 1]
    if before == "that" and word != hit.cue.lemma:
        return False  # "a letter that says ...": a relative pronoun and its verb ("that claims" is no noun phrase)
    if before in lexicon().particle and toks.kind[hit.c0 - 1] == W and hit.c0 - 2 >= a \
            and toks.low[hit.c0 - 2].endswith("ing") and word.endswith("s"):
        return True  # "brushing off claims that ...": the object of a phrasal verb
    if before in lexicon().singular_determiner or before.endswith("'s") or (
            before in lexicon().preposition and before != "to"):
        return True
    if word.endswith("s") and hit.c1 < len(toks.low) and toks.low[hit.c1] == "of" and word not in lexicon().verb:
        return True  # "initial reports of the explosion" (not '"...," Cardona says of Romney')
    if word == "thanks" and hit.c1 < len(toks.low) and toks.low[hit.c1] == "to":
        return True  # "drew level thanks to a late header": no one thanks
    if word.endswith("s") and word != hit.cue.lemma and hit.c1 < len(toks.low) \
            and toks.low[hit.c1] in lexicon().finite and toks.kind[hit.c0 - 1] == W \
            and not is_name(toks.raw[hit.c0 - 1]) and before not in lexicon().pronoun and before not in lexicon().aux \
            and not _in_relative(toks, hit.c0, a):
        return True  # "while their housing claims were reviewed" (not "what the agency says is a threat")
    if word.endswith("s") and word != hit.cue.lemma and hit.c0 - 2 >= a and toks.kind[hit.c0 - 1] == W \
            and toks.low[hit.c0 - 2] in lexicon().modal and toks.raw[hit.c0 - 2].islower() \
            and before not in lexicon().aux:
        return True  # a bare verb after a modal takes the noun as its object: "plans that might allay fears"
    if word == hit.cue.lemma:
        k = hit.c0 - 1
        while k > a and is_name(toks.raw[k]):
            k -= 1
        nxt = toks.low[hit.c1] if hit.c1 < len(toks.low) else "."
        if k < hit.c0 - 1 and (toks.low[k] in ("a", "an") or toks.low[k] == "the" and k > a
                               and not toks.low[hit.c0 - 1].endswith("s") and toks.kind[hit.c1 - 1] == W
                               and (nxt in (",", ".", ";", ")") or nxt in lexicon().preposition and nxt != "to")):
            return True  # "A New York Times report", "of the BuzzFeed report, Anthony Cormier," (not "aides inside
            # the White House say that", "The Democrats report", nor a sentence's opening "The Fed report")
    if word == hit.cue.lemma and hit.c0 - 2 >= a and toks.low[hit.c0 - 2] == "the" and toks.raw[hit.c0 - 1].islower() \
            and toks.kind[hit.c0 - 1] == W and not before.endswith("s") and before not in lexicon().plural \
            and hit.c1 < len(toks.low) \
            and toks.low[hit.c1] == "of":
        return True  # "to the new post of investment minister": a noun between "the" and "of"
    if word == hit.cue.lemma and before in lexicon().plural and toks.kind[hit.c0 - 1] == W \
            and before not in lexicon().pronoun and before not in lexicon().relative:
        k = hit.c0 - 1
        while k > a and toks.kind[k - 1] == W and np_word(toks, k - 1) and toks.low[k - 1] not in ("a", "an"):
            k -= 1
        if k > a and toks.low[k - 1] in ("a", "an"):
            return True  # "An old police report detailed by ...": "a" opens a singular phrase, "police" modifies
    if word == hit.cue.lemma and toks.kind[hit.c0 - 1] == W and not (
            before in lexicon().aux or before in lexicon().plural or before.endswith(("s", "n't", "ly")) or before == "to"
            or before in lexicon().number_word and _clause_after(toks, hit.c1)):  # (not "a third say they": a share)
        # a bare form after a singular noun phrase is a noun: "his cybersecurity plan"
        k = hit.c0 - 1
        nxt = toks.low[hit.c1] if hit.c1 < len(toks.low) else ""
        clause_next = nxt == "that" or nxt in lexicon().pronoun or nxt in lexicon().determiner \
            or hit.c1 < len(toks.low) and toks.kind[hit.c1] == Q
        while k > a and toks.kind[k - 1] == W and np_word(toks, k - 1) and toks.low[k - 1] not in lexicon().time:
            k -= 1
            if toks.low[k] in ("a", "an") or toks.low[k] in lexicon().possessive and not clause_next:
                break  # the phrase's own article: "(asked for) a long-term plan" (not "officials in the city plan"),
                # or its owner: "from his Treasury post to stand" (not "documents from his tax return show he ...")
        if k > a and k >= hit.c0 - 2 and toks.low[k - 1] == "this" and not any(
                toks.low[i] in lexicon().time or toks.low[i] in lexicon().preposition or toks.low[i] in ("and", "or", "but")
                for i in range(k, hit.c0)):
            k -= 1  # "before this new report that ...": "this" (a time word too) opens a short phrase
        if nxt in (".", "!", "?") and any((toks.low[j] in _POSTMODIFIERS or toks.low[j] == "to")
                                          and _plural_noun(toks, j - 1) for j in range(max(k, a) + 1, hit.c0 - 1)):
            return False  # "..., emails to Hillary Clinton's campaign chairman reveal.": the plural before it speaks
        if any(toks.low[i].endswith(("'s", "\u2019s")) for i in range(k, hit.c0 - 1)) and (
                k == a or toks.kind[k - 1] != W or toks.low[k - 1] in lexicon().preposition
                or toks.low[k - 1] in ("and", "but", "or", "as") or toks.low[k - 1] in lexicon().determiner) \
                and not any(toks.low[i] in lexicon().relative for i in range(k, hit.c0)):  # not "Those who ... claim"
            return True  # "as well as Jake Tapper's CNN show, while ...": a noun after a possessive phrase
        if k == a and toks.low[k] in lexicon().preposition \
                and not (toks.low[k] in lexicon().approximator and number(toks, k + 1)):  # not "About 40 percent say"
            return True  # "After the initial report Oct. 25, a spokesman ...": an opening adjunct, no subject
        if k - 2 >= a and toks.low[k - 1].endswith("ing") and toks.low[k - 2].endswith("s") \
                and toks.kind[k - 2] == W and not is_name(toks.raw[k - 2]) and hit.cue.frame in ("clause", "tell"):
            return False  # "The industry groups challenging the rule say": the plural before the participle speaks
        if nxt in lexicon().pronoun and toks.raw[hit.c0 - 1].isalpha() and is_acronym(toks.raw[hit.c0 - 1]) \
                and hit.cue.frame in ("clause", "tell"):
            return False  # "The RSPCA say they will monitor hunts": an organisation as a British plural, its verb
        named_clause = not clause_next and hit.c1 < len(toks.low) and is_name(toks.raw[hit.c1]) \
            and finite_clause(toks, hit.c1, len(toks.low))  # "believe Khashoggi was murdered"
        if (clause_next or named_clause) and toks.kind[hit.c1] == W and hit.cue.frame in ("clause", "tell") and any(
                toks.low[j] in _POSTMODIFIERS and (toks.low[j + 1] in ("the", "a", "an") or is_name(toks.raw[j + 1]))
                and _plural_noun(toks, j - 1) for j in range(max(k, a + 1), hit.c0 - 1)):
            return False  # "The developers behind the system claim it is ...", "The authorities in Istanbul believe
            # Khashoggi was ...": the plural before the phrase speaks
        return toks.low[k] in lexicon().singular_determiner or toks.low[k] in lexicon().possessive
    return False


_POSTMODIFIERS = frozenset(("of", "behind", "at", "in", "from", "for", "on", "with", "inside", "within"))
"""Prepositions that open a phrase after a plural subject's head ("the developers behind the system", "analysts at
the bank"), whose noun stands right before the subject's verb."""


def _plural_noun(toks: ParagraphTokens, k: int) -> bool:
    """Is token k a common noun in the plural ("developers", "people"; not a name, "its" or "news")?"""
    low = toks.low[k]
    return toks.kind[k] == W and not is_name(toks.raw[k]) and (
        low in lexicon().plural or low.endswith("s") and not low.endswith(("ss", "us", "is", "news"))) \
        and low not in lexicon().pronoun and low not in lexicon().possessive and low not in lexicon().aux


def _clause_after(toks: ParagraphTokens, k: int) -> bool:
    """Does a reported clause plainly open at token k: a pronoun, or "that" before no time word ("a third say they
    ...", not "a third report that day")?"""
    words = lexicon()
    return k < len(toks.low) and (toks.low[k] in words.pronoun or toks.low[k] == "that" and k + 1 < len(toks.low)
                                  and toks.low[k + 1] not in words.time and toks.low[k + 1] not in words.time_span)


_PARTS = frozenset(("one", "some", "many", "most", "all", "none", "any", "each", "several", "few", "both", "two",
                    "three", "another"))
"""Words that take a part of a plural after "of" ("one of his promises", "some of the claims")."""

_ARTICLES = frozenset(("the", "these", "those", "this", "that"))


def _in_relative(toks: ParagraphTokens, c0: int, a: int) -> bool:
    """Does a relative pronoun or "what" stand within five words before the cue at c0 ("what the agency says is a
    threat"): the cue is a clause's verb, not the subject of the verb after it?"""
    return any(toks.low[k] in lexicon().relative or toks.low[k] == "what" for k in range(max(a, c0 - 5), c0))


def _light_verb_object(toks: ParagraphTokens, hit: Hit, a: int) -> bool:
    """Is a one-word cue, bare or in "-s", the object of a light verb (``light_verb``), up to three lower-case
    words of its phrase between ("quick to offer praise for", "won support from", "made other public promises",
    "made brief remarks")?"""
    word, words = toks.low[hit.c0], lexicon()
    if len(hit.cue.words) > 1 or not (word == hit.cue.lemma or word.endswith("s")):
        return False
    k = hit.c0 - 1
    while k > a and hit.c0 - k <= 3 and toks.kind[k] == W and toks.raw[k].islower() and toks.low[k] not in words.light_verb \
            and (np_word(toks, k) and toks.low[k] not in words.preposition or toks.low[k] in words.possessive) \
            and toks.low[k] not in words.pronoun:
        k -= 1  # (not "made sure to praise Trump": an infinitive's verb)
    return k >= a and toks.low[k] in words.light_verb


def _part_of(toks: ParagraphTokens, c0: int, a: int) -> bool:
    """Does the phrase before a cue form in -s open with "one of", "some of" and a determiner or possessive ("one of
    his most controversial campaign promises"), so that the form is the plural noun it counts?"""
    before = toks.low[c0 - 1]
    if before.endswith(("s", "men")) or before in lexicon().plural or before in ("people", "children") \
            or is_name(toks.raw[c0 - 1]):
        return False  # "One of Singer's clients says ...": the plural before the form is the head that speaks;
        # "One of the jobs Perez mentions most": a name before it is its subject
    k = c0 - 1
    while k > a and toks.kind[k] == W and (np_word(toks, k) or toks.low[k] in lexicon().determiner) \
            and not _owner(toks.low[k]):
        k -= 1  # (over "most controversial")
    return _owner(toks.low[k]) and k - 2 >= a and toks.low[k - 1] == "of" and toks.low[k - 2] in _PARTS


def _owner(low: str) -> bool:
    """Is the word an article or an owner that opens a counted plural ("the", "his", "Singer's")?"""
    return low in _ARTICLES or low in lexicon().possessive or low.endswith(("'s", "\u2019s"))


def _object_compound(toks: ParagraphTokens, hit: Hit, a: int) -> bool:
    """Is a plural cue form that is also a noun (``noun_form``) the head of a compound that a verb or a number
    governs, nothing after it but punctuation, "and", "or" or a preposition ("to return phone calls,", "did not
    return phone calls or answer the door", "signed two executive orders on Monday")? Not after a determiner:
    "the company claims." is a subject and its verb."""
    word, words = toks.low[hit.c0], lexicon()
    if hit.c0 - 2 < a or word not in words.noun_form or not word.endswith("s") or word == hit.cue.lemma:
        return False
    before, two_before = toks.low[hit.c0 - 1], toks.low[hit.c0 - 2]
    nxt = toks.low[hit.c1] if hit.c1 < len(toks.low) else "."
    if toks.kind[hit.c0 - 1] != W or not toks.raw[hit.c0 - 1].islower() or before.endswith("s") \
            or before in words.pronoun or before in words.aux or before in words.determiner \
            or before in words.preposition or not (nxt in (",", ".", ";", "or", "and")
                                                   or nxt in words.preposition and nxt != "to"):
        return False
    return number(toks, hit.c0 - 2) or toks.kind[hit.c0 - 2] == W and toks.raw[hit.c0 - 2].islower() \
        and two_before not in words.determiner and two_before not in words.possessive \
        and two_before not in words.preposition and two_before not in words.relative \
        and two_before not in ("and", "or", "but", "that")


def _parenthetical_after(toks: ParagraphTokens, k: int) -> bool:
    """Does an attribution set off by commas start at token k (", he added,", ", the bank said,")?"""
    if k + 3 >= len(toks.low) or toks.low[k] != ",":
        return False
    words = lexicon()
    for j in range(k + 2, min(len(toks.low) - 1, k + 6)):
        if toks.low[j] in words.cues and toks.low[j + 1] == "," and (
                toks.low[k + 1] in words.pronoun or toks.low[k + 1] in words.determiner or is_name(toks.raw[k + 1])):
            return all(toks.kind[i] == W for i in range(k + 1, j))
    return False


def _singular_noun(low: str) -> bool:
    """Can a lower-case word before a bare verb form be a singular noun ("conference" in "a conference call"),
    not an auxiliary, an adverb, a pronoun or a plural subject ("the people call for")?"""
    words = lexicon()
    return not (low in words.aux or low in words.plural or low in words.pronoun or low in words.modal
                or low.endswith(("ly", "s", "ed")))


def modifier_use(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is a cue a modifier of the noun after it: a past participle right after a determiner ("the proposed centre",
    "the reported attack"; not after a possessive, which names who proposed: "Trump's proposed tariffs") or an
    adjective ("for various imagined offenses"; an adjective's ending, not "-ing" or a hyphen, which mostly end times
    and compounds that speak: "on Monday evening criticized", "the co-chairman"), or "think" in "think tank"?"""
    word = toks.low[hit.c0]
    nxt = toks.low[hit.c1] if hit.c1 < b and toks.kind[hit.c1] == W else ""
    if word == "think" and nxt in ("tank", "tanks"):
        return True
    if not word.endswith("ed") or len(hit.cue.words) > 1 or not nxt or hit.c0 == a:
        return False
    words, before = lexicon(), toks.low[hit.c0 - 1]
    if nxt in words.preposition or nxt in words.determiner or nxt in words.pronoun or nxt in words.aux \
            or nxt == "that" or not np_word(toks, hit.c1):
        return False
    if before.endswith("ly") and before not in words.ly_noun and hit.c0 - 2 >= a \
            and (toks.low[hit.c0 - 2] in words.determiner and toks.low[hit.c0 - 2] not in words.possessive
                 or toks.low[hit.c0 - 2] in words.preposition):
        return True  # an adverb between an article or preposition and the participle: "in racially charged
        # incidents", "the newly announced plan" (not "Trump angrily denied allegations")
    two_before = toks.low[hit.c0 - 2] if hit.c0 - 2 >= a else ","
    if before.isdigit() and toks.raw[hit.c1].islower() and two_before not in words.time \
            and two_before not in words.preposition \
            and (toks.raw[hit.c0 - 2].islower() or two_before in words.determiner):
        return True  # a number before it: "There are 475 pledged delegates" (not "Smith, 45, endorsed", "Gov. Tate
        # Reeves on May 4 announced steps", "EgyptAir Flight 804 showed burn marks")
    return toks.kind[hit.c0 - 1] == W and (before in words.determiner and before not in words.possessive
                                           or modifier_word(toks, hit.c0 - 1) and before.endswith(ADJECTIVE_ENDINGS))


def naming_participle(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is a naming cue a participle that gives a name, not speech ("run by a newer firm called Rising Tide
    Interactive", "a 40-year-old man named DeWayne Craddock,", "another firm called TargetSmart that")? The cue is
    a past form after a common noun that does not open its clause (a finite verb has its subject there: "The
    magazine dubbed Cantor", "which critics dubbed Obamacare"), and the name after it is all that follows (not
    "called Underwood's statement "misleading"", "called Trump a liar")."""
    word = toks.low[hit.c0]
    if hit.cue.frame != "naming" or hit.cue.lemma not in NAMING or not word.endswith("ed") or hit.c1 >= b:
        return False
    if _thing_named(toks, hit, a):
        return True  # 'a law-enforcement program called "Fast and Furious."', "a legal concept called termination"
    if toks.low[hit.c1] in ("after", "for") and word == "named":
        return True  # "The Brady Campaign, named after the former press secretary, ...": the name's origin
    if not (toks.kind[hit.c1] == W and is_name(toks.raw[hit.c1])):
        return False
    np = np_back(toks, hit.c0 - 1, a)
    if np is None or is_name(toks.raw[np[1] - 1]) or toks.low[np[0]] in lexicon().pronoun:
        return False
    k = hit.c1
    while k < b and toks.kind[k] == W and is_name(toks.raw[k]):
        k += 1
    after = toks.low[k] if k < b else ""
    if toks.low[k - 1].endswith(("'s", "\u2019s")) or k < b and toks.kind[k] == Q or after in ("a", "an", "the", "as"):
        return False
    if after in lexicon().aux or after in lexicon().cues and past_form(after):
        return True  # "A California business called Pravda Corp was incorporated", '"...," a local named Maher
        # told ...': the sentence's verb follows
    return np[0] > a and toks.low[np[0] - 1] not in ("which", "that", "who", "and", "but") and toks.kind[np[0] - 1] != Q


def _thing_named(toks: ParagraphTokens, hit: Hit, a: int) -> bool:
    """Is the naming cue a participle right after an indefinite phrase of lower-case words that names no person
    ("a lesson plan called", "an exercise called", "a series of quantum instructions called"; not "a state official
    called it ...", "a deal Netanyahu called ...": a role or a name in the phrase)?"""
    k = hit.c0 - 1
    words = lexicon()
    while k > a and hit.c0 - k < 8 and toks.kind[k] == W and not toks.raw[k][:1].isupper() \
            and toks.low[k] not in ("a", "an") and toks.low[k] not in words.role_form \
            and toks.low[k] not in words.pronoun and toks.low[k] not in words.aux and toks.low[k] not in words.verb:
        k -= 1  # back over the phrase's lower-case words to its article (not "a prospect he called": a subject)
    return k < hit.c0 - 1 and toks.low[k] in ("a", "an")


NAMING = frozenset(("call", "name", "dub", "label", "brand"))
"""Naming cues whose past participle may give a name after a noun ("a firm called X")."""


def modifying_participle(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is a cue without an auxiliary before it a participle that modifies the noun before it: one that is no past
    form ("a new track written for his album", "a letter written by Hale says"), or an accusation's with "of" and
    no object ("the Sudanese president accused of orchestrating", "the man suspected of the attack")?"""
    word = toks.low[hit.c0]
    if word.endswith("ed") and hit.cue.lemma in lexicon().accusation and hit.c1 < b and toks.low[hit.c1] == "of" \
            and hit.c0 > a and (toks.raw[hit.c0 - 1].islower() or toks.low[hit.c0 - 1] == ",") \
            and toks.low[hit.c0 - 1] not in lexicon().pronoun:
        return True  # (not "the judge Trump accused of being prejudiced": Trump accuses)
    if word.endswith("ed") and _reduced_relative(toks, hit, a, b):
        return True  # "The opinions expressed in this commentary are his own"
    if word in lexicon().hearsay and _owned_participle(toks, hit, a, b):
        return True  # "the sanctions followed Moscow's alleged meddling": others allege it (but "Trump's proposed
        # tariffs": he proposed them)
    return word in lexicon().participle_only and hit.c0 > a and toks.kind[hit.c0 - 1] == W \
        and toks.low[hit.c0 - 1] not in lexicon().pronoun and toks.low[hit.c0 - 1] not in ("who", "which", "that")


def _owned_participle(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is a cue in -ed between a possessor and the noun it modifies, inside a clause ("followed Moscow's alleged
    meddling", "Evidence of Kavanaugh's reported affinity", "its alleged role")? The possessor must be a
    possessive determiner, or follow a lower-case word that is no conjunction (a preposition or a verb: at a
    clause's start "Macy's announced layoffs" is a company's name and its verb)."""
    words = lexicon()
    owner = hit.c0 - 1
    if owner < a or hit.c1 >= b or toks.kind[hit.c1] != W or not toks.raw[hit.c1].isalpha() \
            or not toks.raw[hit.c1].islower() or any(toks.low[hit.c1] in group for group in (
                words.determiner, words.pronoun, words.preposition, words.aux, words.subordinate)) \
            or toks.low[hit.c1] in ("that", "to"):
        return False  # (not "Moody's concluded that", "The airport's expected to", "McDonald's reported a loss")
    if toks.low[owner] in words.possessive:
        return True
    if not toks.low[owner].endswith(("'s", "\u2019s")):
        return False
    k = possessor_start(toks, a, owner)
    return k - 1 >= a and toks.kind[k - 1] == W and toks.raw[k - 1].islower() \
        and toks.low[k - 1] not in ("and", "or", "but")


def _reduced_relative(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is a cue in -ed after a lower-case plural noun and before a preposition the participle of a reduced relative
    clause, the noun phrase's own verb coming later ("The views expressed in this video are his", "the matters
    mentioned in the report such as ... are"): a finite "be", "have" or modal before any "that", "to", question
    word, quotation or comma? Not "Intelligence officials stressed at a hearing that ...", "critics noted at the
    time that ...", "leaders agreed on Thursday to extend ...", "authorities warned of what was coming"."""
    words = lexicon()
    if hit.c0 <= a or hit.c1 >= b or toks.kind[hit.c0 - 1] != W:
        return False
    noun, nxt = toks.low[hit.c0 - 1], toks.low[hit.c1]
    if not (toks.raw[hit.c0 - 1].isalpha() and toks.raw[hit.c0 - 1].islower() and noun.endswith("s")
            and not noun.endswith(("ss", "us", "is")) and noun not in words.pronoun and noun not in words.aux):
        return False
    if nxt not in words.preposition or nxt in ("by", "to", "that"):
        return False
    when = toks.low[hit.c1 + 1] if hit.c1 + 1 < b else ""
    if when in words.time and when not in ("this", "next", "last") or when in words.month:
        return False  # "Multiple outlets reported on Wednesday the Secret Service had ...": a time, the main verb
    for k in range(hit.c1 + 1, min(b, hit.c1 + 16)):
        low = toks.low[k]
        if toks.kind[k] != W or low in ("that", "to", "what", "whether", "how", "why", "who", "when", "if"):
            return False
        if low in ("is", "are", "was", "were", "has", "have", "had") or low in words.modal:
            return True
    return False


def object_only(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is an "add" followed by a plain object with no verb after it, and not inverted after a quotation or a comma
    ("O'Gara added the conversion", "Hong Kong's Hang Seng added 0.1%", "Trump was adding two new lawyers", "will
    add about $120 billion to federal coffers"; not
    '"...," added another Republican',
    nor "She added the targets intended to ...", a clause without its "that")?"""
    if hit.cue.lemma != "add" or hit.c1 >= b or toks.low[hit.c0].endswith("ing") and not (
            hit.c0 > a and toks.low[hit.c0 - 1] in lexicon().be):  # ", adding that"; but "was adding two lawyers"
        return False
    words, nxt = lexicon(), toks.low[hit.c1]
    if not (nxt in words.determiner or nxt in words.possessive or amount(toks, hit.c1, b)) or nxt == "that":
        return False
    before = hit.c0 - 1
    while before >= a and toks.kind[before] == W and toks.low[before] in words.aux:
        before -= 1
    if before >= a and (toks.kind[before] == Q or toks.low[before] == ","):
        return False
    for k in range(hit.c1, min(b, hit.c1 + 10)):
        if toks.kind[k] != W:
            return True
        low = toks.low[k]
        if low in words.finite or low in words.modal or low.endswith("ed") and k > hit.c1 + 1 \
                or finite_clause(toks, k, b):
            return False
    return True


def causative_use(toks: ParagraphTokens, hit: Hit, a: int) -> bool:
    """Is a bare cue form the verb of a noun phrase that a causative verb before it makes or lets act ("to make
    female clients feel more comfortable", "let them say what they want"): no one speaks?"""
    if toks.low[hit.c0] != hit.cue.lemma.split()[0] or toks.low[hit.c0 - 1] == "to":
        return False  # an inflected form ("made clients feel" only with the bare one); "made a point to tell"
    words = lexicon()
    for k in range(hit.c0 - 2, max(a, hit.c0 - 5) - 1, -1):
        if toks.kind[k] != W or toks.low[k] in words.aux:
            return False
        if toks.low[k] in words.causative:
            return True
    return False


_OBJECT_CLASSES = {"post": "result", "claim": "prize", "concede": "score"}
"""Cues (lemmas) with the class of ``attribution_words.csv`` whose nouns, as their object, make them no speech."""


def object_use(toks: ParagraphTokens, hit: Hit, b: int) -> bool:
    """Is the cue followed, within six words, by an object that makes it no speech: what a company's results show
    ("posted a profit of $3.36bn", "posted a 27% rise in sales", "posted 59 new 52-week highs"), a prize won ("claimed the men's shot put title",
    "claimed the lives of"; not "claimed victory", a declaration) or a score given away ("conceded a penalty")?"""
    kind = _OBJECT_CLASSES.get(hit.cue.lemma)
    if kind is None:
        return False
    nouns = getattr(lexicon(), kind)
    for k in range(hit.c1, min(b, hit.c1 + 6)):
        if toks.kind[k] != W and toks.low[k] not in ("%", "-", ".") and toks.low[k] not in CURRENCY_SIGNS:
            return False
        if toks.low[k] in nouns:
            return True
    return False


def physical_attack(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is an "attack" one of force, no words said: by armed people or with a weapon ("militants attacked a center",
    "Israeli jets attacked", "attacked them with a knife", "was attacked with a Molotov cocktail")?"""
    if hit.cue.lemma != "attack" or toks.low[hit.c0].endswith("ing") and hit.c0 > a \
            and toks.low[hit.c0 - 1] not in lexicon().be:
        return False  # ("attacking the probity of an investigation")
    armed = lexicon().armed
    window = range(max(a, hit.c0 - 3), min(b, hit.c1 + 8))
    return any(toks.low[k] in armed for k in window if k < hit.c0 or k > hit.c1) \
        or hit.c1 < b and toks.low[hit.c1] == "with"


_CALLED_PERSON = ("her", "him", "them", "me", "us")
"""Object pronouns a "call" may ring up ("her husband called her."; not "it": "as he called it.")."""


def summoning_use(toks: ParagraphTokens, hit: Hit, b: int) -> bool:
    """Is a "call" followed by what it summons or convenes, within three words ("called 911", "called police after
    hearing shots", "called a snap election"), or a person it rings up with nothing after ("her husband called her.",
    "called him on Monday"): no one named, nothing said? (Not "called her a hero", 'called him "a liar"', "called
    him to say ...", "calling him, among other things, ...", "called them on it".)"""
    if hit.cue.lemma != "call":
        return False
    words = lexicon()
    if hit.c1 < b and toks.low[hit.c1] in _CALLED_PERSON:
        after = toks.low[hit.c1 + 1:hit.c1 + 3] if hit.c1 + 1 < b else ["."]
        if after[0] in (".", ";", "about", "after", "at", "before", "during", "from") or after[0] in words.time \
                or after[0] == "on" and len(after) > 1 and after[1] in words.time:
            return True  # "when her husband called her.", "called him on Monday": a telephone call
    for k in range(hit.c1, min(b, hit.c1 + 3)):
        if toks.kind[k] != W or k > hit.c1 and toks.low[k - 1] in words.possessive:
            return False  # (not "called her vote in favor of the war a mistake")
        if toks.low[k] in words.summoned:  # and nothing named after it ("called the police chief a liar")
            return k + 1 >= b or toks.kind[k + 1] == P or toks.low[k + 1] in words.preposition  # (not a quotation:
            # 'called police "the force between civilization and chaos"')
        if k > hit.c1 and toks.low[k] in words.preposition:
            return False
    return False



def time_subject_use(toks: ParagraphTokens, hit: Hit, a: int) -> bool:
    """Is a "see" one whose subject is a stretch of time ("2004 saw a significant rise", "last year saw", "the
    weekend also saw clashes"): what happened then, no one's view?"""
    if hit.cue.lemma != "see" or toks.low[hit.c0].endswith("ing"):
        return False
    k = hit.c0 - 1
    while k > a and toks.low[k] in ("also", "already", "then"):
        k -= 1
    return k >= a and toks.kind[k] == W and (toks.low[k] in lexicon().time
                                             or year(toks.low[k]))


_AS_AS = frozenset(("much", "many", "well", "long", "soon", "far", "little", "high", "low", "early", "late"))
"""Words of "as much as", "as soon as": an "as" beside one is no "see it as"."""


def witnessed_use(toks: ParagraphTokens, hit: Hit, c0: int, b: int) -> bool:
    """Is a "see" under a modal (its auxiliaries open at token c0) or in the form "saw" what one will get, got or
    witnessed ("Farmers will all see a $300 payment", "saw a gap in the market", "saw huge changes", "I saw a guy
    careening down the hallway"), not a view: no "as" after it ("would see it as a bid", "saw the DNC as a tool"),
    no clause ("saw that Obama could win")? In the present without a modal "see" is a view ("57 percent see Trump
    negatively", "investors see a one-in-five chance")."""
    if hit.cue.lemma != "see" or not (toks.low[hit.c1 - 1] == "saw"
                                      or any(toks.low[k] in lexicon().modal for k in range(c0, hit.c0))):
        return False
    return not any(toks.low[k] == "as" and not {toks.low[k - 1], toks.low[k + 1]} & _AS_AS and toks.kind[k + 1] == W
                   for k in range(hit.c1, min(b - 1, hit.c1 + 12))) \
        and not (hit.c1 < b and toks.low[hit.c1] == "that" or finite_clause(toks, hit.c1, b))


def change_use(toks: ParagraphTokens, hit: Hit, b: int) -> bool:
    """Is a "see" one whose object is a rise or fall (``change`` words within five words: "the city saw a drop in
    crime", "saw their wages jump"): what happened, no one's view? Not with "as" after it ("saw the growth of the
    government as the key threat")."""
    if hit.cue.lemma != "see":
        return False
    words = lexicon()
    window = range(hit.c1, min(b, hit.c1 + 5))
    return any(toks.low[k] in words.change for k in window) \
        and not any(toks.low[k] == "as" for k in range(hit.c1, min(b, hit.c1 + 12)))


_IDIOM_PARTICLES: dict[str, tuple[str, ...]] = {
    "charge": ("with",), "push": ("through", "out"), "find": ("out",), "blast": ("away",)}
"""Words after a cue that make it a phrasal verb reporting nothing (charged with a crime; passed; learn; wiped)."""


_BARE_ONLY: dict[str, tuple[tuple[str, ...], int]] = {"find": (("find",), 2), "know": (("known", "knew"), 5)}
"""Forms of a cue that report only before a reported clause (:func:`idiom_use`), and within how many words "that"
may open it ("knew all along that ..."; after "find" two: "find a signal that was strong" holds a relative)."""


def _that_ahead(toks: ParagraphTokens, k: int, b: int, *, within: int) -> bool:
    """Does a reported clause open within ``within`` words of token k, with no punctuation before it: a quotation, a
    colon, or "that" ("knew all along that ...", "have known for a long time that ...")?"""
    for j in range(k, min(b, k + within)):
        if toks.kind[j] == Q or toks.low[j] in ("that", ":"):
            return True
        if toks.kind[j] == P:
            return False
    return False


def idiom_use(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is the cue part of an idiom that reports nothing: "not to mention X" (and also X), "found himself in",
    "found a way to", "found them during" (an object pronoun and no finding), "adding up to millions",
    "the costs add up" (a sum), "adding to its brands" (more of a thing), "the senator was to blame" (responsible),
    "runs counter to" (goes against), "which Trump shows up" (appears), "a man charged with desertion" (a crime, not a charge made), "laws pushed through"
    (passed), "we find out" (learn), "has blasted away this reason" (removed; "blasted out an email" reports),
    "you'll find a mixed bag", "find it hard", "find common ground" (the form "find" without a reported clause or
    a noun of what is found, ``finding_noun``: no finding; "Studies find that the drug works" reports one), "has
    known Mr. Trump since the 1980s", "known for its patriotism", "knew Meles well" ("known" and "knew" without a
    reported clause: an acquaintance, a reputation, a skill)?"""
    forms, within = _BARE_ONLY.get(hit.cue.lemma, ((), 0))
    if toks.low[hit.c1 - 1] in forms and not (
            finite_clause(toks, hit.c1, b) or _that_ahead(toks, hit.c1, b, within=within)
            or any(toks.low[k] in lexicon().finding_noun for k in range(hit.c1, min(b, hit.c1 + 4)))):
        return True  # (but "did not find sufficient evidence to charge ...": a finding)
    if hit.c1 < b and toks.low[hit.c1] in _IDIOM_PARTICLES.get(hit.cue.lemma, ()):
        return True  # "a man charged with desertion", "laws pushed through", "find out", "blasted away this reason"
    if hit.cue.lemma in ("mention", "blame"):
        before = "not" if hit.cue.lemma == "mention" else None
        return hit.c0 - 2 >= a and toks.low[hit.c0 - 1] == "to" and (
            toks.low[hit.c0 - 2] == before or before is None and toks.low[hit.c0 - 2] in lexicon().be)
    if hit.cue.lemma == "find" and hit.c1 < b:
        first = toks.low[hit.c1]
        after = toks.low[hit.c1 + 1] if hit.c1 + 1 < b else "."
        if first.endswith(("self", "selves")) or first == "a" and after == "way" or first == "ways":
            return True  # "found himself in the awkward position", "found a way to": no finding reported
        return first in lexicon().object_pronoun and (after == "." or toks.kind[hit.c1 + 1] == P or (
            after in lexicon().preposition and after != "to"))  # "found them during their investigation"
    if hit.cue.lemma == "counter":  # "the tactic runs counter to ...": against, no one counters
        return hit.c0 > a and toks.low[hit.c0 - 1] in ("run", "runs", "ran", "running")
    if hit.cue.lemma == "show" and hit.c1 + 2 < b and toks.low[hit.c1 + 1] == "to" and number(toks, hit.c1 + 2):
        return False  # "the poll shows up to 40 percent back him": "up to" a quantity
    if hit.cue.lemma == "add" and hit.c1 + 1 < b and toks.low[hit.c1] == "to" and toks.kind[hit.c1 + 1] == W \
            and toks.low[hit.c1 + 1] not in lexicon().addressee and not any(
                toks.low[k] in ("that", ":") or toks.kind[k] == Q for k in range(hit.c1, min(b, hit.c1 + 10))):
        return True  # "..., adding to the company's stable of brands": more of a thing, nothing said
    return hit.cue.lemma in ("add", "show") and hit.c1 < b and toks.low[hit.c1] == "up"  # a sum; "shows up": comes


def comparative_use(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is the cue the verb of a comparison whose object is a gap, with nothing after it but punctuation, a
    conjunction, a preposition or a time ("higher than most analysts had forecast.", "as high as some top officials
    had expected, and ...", "more than the budget office had projected last August"): nothing reported follows?
    Not after a quantity ("more than a third agreed with ...", "more than 250,000 Iowans are expected to attend"),
    nor before a clause, an infinitive or a colon ("more than 20 people said they ...", "as soon as its
    advocates ask: Which ...?")."""
    words = lexicon()
    if hit.c1 < b:
        nxt = toks.low[hit.c1]
        if not (toks.kind[hit.c1] == P and nxt != ":" or nxt in ("and", "but", "or") or nxt in words.preposition and nxt != "to"
                or nxt in words.time):
            return False
    k = aux_back(toks, hit.c0, a) - 1  # before "had" of "had forecast"
    for j in range(k, max(a - 1, k - 5), -1):
        low = toks.low[j]
        if toks.kind[j] != W or low in words.finite or low == "that":
            return False
        if low == "than" or low == "as" and any(toks.low[i] == "as" for i in range(max(a, j - 4), j)):
            first = toks.low[j + 1]
            return j < k and not (first[:1].isdigit() or first in ("a", "an", "half", "one")
                                  or first in words.number_word)
    return False
