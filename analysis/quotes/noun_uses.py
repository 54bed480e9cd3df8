"""Whether a cue word spelt like a noun is used as one (:func:`noun_use`: "his opening remarks", "a New York Times
report", "signed executive orders"), so that it speaks only through :func:`analysis.quotes.noun_cues.noun_cue`, if
at all. :mod:`analysis.quotes.speaker_rules` asks it before it looks for a speaker."""

from __future__ import annotations

from analysis.quotes.clauses import finite_clause
from analysis.quotes.cues import (
    PERSONAL_SUBJECTS,
    Hit,
    lexicon,
    past_form,
    past_verb,
    pronoun_form,
)
from analysis.quotes.phrase_words import (
    ADJECTIVE_ENDINGS,
    function_word,
    modifier_word,
    np_word,
    plural_noun,
    programme_show,
)
from analysis.quotes.places import country_adjective
from analysis.quotes.quantities import number, year
from analysis.quotes.tokens import ParagraphTokens, Q, W, is_name, possessive_s
from analysis.speakers.lexicon import is_acronym


def _acronym(raw: str) -> bool:
    """Is the word a short acronym in capitals, letters only ("TV", "CNN")?"""
    return raw.isalpha() and len(raw) <= 4 and is_acronym(raw)


def _noun_modifier(toks: ParagraphTokens, k: int) -> bool:
    """May token k, lower case, modify the noun after it ("reality", "cult"): no function word, verb or participle?"""
    raw, low = toks.raw[k], toks.low[k]
    return raw.isalpha() and raw.islower() and not low.endswith(("ed", "ing")) and not function_word(low)


def noun_use(toks: ParagraphTokens, hit: Hit, a: int) -> bool:
    """Is a cue spelt like a noun used as one ("a New York Times report", "his cybersecurity plan", "the morning
    shows")?"""
    word = toks.low[hit.c0]
    if hit.cue.lemma == "show" and (programme_show(toks, hit.c0) or (
            hit.c0 - 1 > a and toks.low[hit.c0 - 1] in lexicon().programme_slot
            and (toks.low[hit.c0 - 2] in ("the", "a") or toks.low[hit.c0 - 2] in lexicon().possessive))):
        return True  # "took to the talk shows", "made the rounds on the morning shows", "ex-chat show host", "TV show
        # host Robert Kilroy-Silk": programmes
    if hit.cue.lemma == "call" and hit.c0 > a and toks.low[hit.c0 - 1] in lexicon().call_kind:
        return True  # "the transcripts of Flynn's phone calls with ...", "on conference calls"
    if hit.cue.lemma == "call" and hit.c1 < len(toks.low) and toks.low[hit.c1] in lexicon().call_head:
        return True  # "runs call centers in New Jersey": a compound's modifier
    if word.endswith("ed") and hit.c0 - 1 > a and toks.low[hit.c0 - 1].endswith("ly") \
            and (possessive_s(toks.low[hit.c0 - 2]) or toks.low[hit.c0 - 2] in lexicon().possessive):
        return True  # "Utah's recently concluded legislative session": a participle before the owner's noun
    if hit.c0 > a and toks.low[hit.c0 - 1] == "," and word in lexicon().noun_form and hit.c1 < len(toks.low) \
            and toks.low[hit.c1] in (",", "and", "or") and toks.kind[hit.c0 - 2] == W:
        return True  # "letters to the editor, research, reports, studies and memoranda": an item of a list
    if word in lexicon().ing_noun and hit.c0 > a and toks.low[hit.c0 - 1] != ",":
        return True  # "a lower court ruling that ...": a noun (but "..., ruling that the law was void")
    if hit.c0 > a and word.endswith("ing") and (possessive_s(toks.low[hit.c0 - 1])
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
        if owner == "of" or possessive_s(owner) or owner in lexicon().possessive \
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
    if _bare_compound(toks, hit, a):
        return True  # "could face criminal charges if ...", "amid strong consumer demand": a compound's head
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
                                          and plural_noun(toks, j - 1) for j in range(max(k, a) + 1, hit.c0 - 1)):
            return False  # "..., emails to Hillary Clinton's campaign chairman reveal.": the plural before it speaks
        if any(possessive_s(toks.low[i]) for i in range(k, hit.c0 - 1)) and (
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
        if (clause_next or named_clause) and hit.cue.frame in ("clause", "tell") and any(
                _gerund(toks, g) and toks.low[g - 1] in _POSTMODIFIERS
                and (plural_noun(toks, g - 2) or g - 2 == a and toks.low[a].endswith("s"))
                for g in range(max(a + 2, k - 3), k + 1)):
            return False  # "Opponents of raising the minimum wage argue that ...": the plural before the gerund speaks
        if (clause_next or named_clause) and toks.kind[hit.c1] == W and hit.cue.frame in ("clause", "tell") and any(
                toks.low[j] in _POSTMODIFIERS and (toks.low[j + 1] in ("the", "a", "an") or is_name(toks.raw[j + 1]))
                and plural_noun(toks, j - 1) for j in range(max(k, a + 1), hit.c0 - 1)):
            return False  # "The developers behind the system claim it is ...", "The authorities in Istanbul believe
            # Khashoggi was ...": the plural before the phrase speaks
        if (clause_next or pronoun_form(nxt)) and hit.cue.frame in ("clause", "tell") and any(
                toks.low[j] == "who" and (plural_noun(toks, j - 1) or j - 1 == a and toks.low[a].endswith("s"))
                for j in range(max(k - 10, a + 1), k)):
            return False  # "Supporters who attended the convention say they ...": the plural the relative clause
            # follows speaks
        if k - 2 >= a and toks.low[k - 1] == "and" and hit.cue.frame in ("clause", "tell") \
                and (toks.low[k - 2] in PERSONAL_SUBJECTS or is_name(toks.raw[k - 2])):
            return False  # "Smith and his wife believe that ...", "He and a colleague argue": two subjects, a verb
        return toks.low[k] in lexicon().singular_determiner or toks.low[k] in lexicon().possessive
    return False


def _gerund(toks: ParagraphTokens, k: int) -> bool:
    """Is token k a gerund in lower case ("raising" in "opponents of raising the wage")?"""
    return toks.kind[k] == W and toks.raw[k].islower() and len(toks.low[k]) > 5 and toks.low[k].endswith("ing")


_POSTMODIFIERS = frozenset(("of", "behind", "at", "in", "from", "for", "on", "with", "inside", "within"))
"""Prepositions that open a phrase after a plural subject's head ("the developers behind the system", "analysts at
the bank"), whose noun stands right before the subject's verb."""


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
    return low in _ARTICLES or low in lexicon().possessive or possessive_s(low)


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


def _bare_compound(toks: ParagraphTokens, hit: Hit, a: int) -> bool:
    """Is a one-word cue that is also a noun (``noun_form``, ``feeling_noun``) the head of a compound whose modifiers,
    all lower case, stand with no determiner, owner or number before them ("could face criminal charges if", "signed
    executive orders", "citing news reports", "amid consumer demand", "fresh worries for investors")? A singular
    count noun cannot be a bare subject: the form is a noun. Not after a plural ("critics charge", "protesters
    demand") or a pronoun ("seeing him promise"), nor where a name, an owner or another phrase goes on before the
    words ("Russian state media reports", "Trump Jr.'s newest statement claims", "the department of public health
    reports")."""
    word, words = toks.low[hit.c0], lexicon()
    if len(hit.cue.words) > 1 or word not in words.noun_form and word not in words.feeling_noun or hit.c0 - 1 < a:
        return False
    before = toks.low[hit.c0 - 1]
    if toks.kind[hit.c0 - 1] != W or not toks.raw[hit.c0 - 1][:1].islower() or plural_noun(toks, hit.c0 - 1) \
            or before.endswith(("ed", "ing", "ly")) or before in _OBJECT_PRONOUNS or _opens_phrase(before) or any(
                before in group for group in (words.pronoun, words.indefinite, words.standalone, words.aux,
                                              words.preposition, words.verb, words.relative, words.time,
                                              words.boundary)):
        return False
    k = hit.c0 - 1
    while k > a and toks.kind[k - 1] == W and toks.raw[k - 1][:1].islower() and not _opens_phrase(toks.low[k - 1]) \
            and (np_word(toks, k - 1) or "-" in toks.low[k - 1]
                 or modifier_word(toks, k - 1) and not toks.low[k - 1].endswith(("ed", "ing"))):
        k -= 1  # (over "70-page", "wide-ranging")
    if k == a:
        return True
    opener = toks.low[k - 1]
    if opener.endswith(("ed", "ing")) and k - 2 >= a and _opens_phrase(toks.low[k - 2]):
        return False  # "a searing 70-page report accusing", "Cohen's opening statement claims": an adjective
    if _opens_phrase(opener) or opener == "of" or number(toks, k - 1) \
            or toks.kind[k - 1] == W and toks.raw[k - 1][:1].isupper():
        return False
    return not (k - 2 >= a and opener in _POSTMODIFIERS and toks.kind[k - 2] == W and np_word(toks, k - 2))


def _opens_phrase(low: str) -> bool:
    """Does the word open a noun phrase of its own before a compound: a determiner, a possessive or an owner ("the",
    "his", "Cohen's")?"""
    return low in lexicon().determiner or low in lexicon().possessive or possessive_s(low)


_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "us", "me", "it", "you"))
"""Pronouns that may be a verb's object before a bare form ("after seeing him promise to ...")."""


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
