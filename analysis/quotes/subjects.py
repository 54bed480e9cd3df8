"""The subject that opens a sentence, after its dateline and opening phrases: who acts in a sentence whose cue
has no subject of its own ("..., saying", "Trump took to Twitter to accuse X") and whose clause an attribution
closes ("Bamberg said the videos ..., the footage showed"); and the subject of the clause a cue continues ("She
brought it down, but said ...", "The meeting comes after several countries followed X and announced ...")."""

from __future__ import annotations

from analysis.quotes.cues import lexicon, past_form, past_verb
from analysis.quotes.phrase_words import CONTRACTED_VERBS, DASH_WORDS, opening_adverb
from analysis.quotes.phrases import at_least, is_description, name_run, np_forward
from analysis.quotes.places import is_place
from analysis.quotes.quantities import number
from analysis.quotes.tokens import ParagraphTokens, Q, W, is_name, possessive_s


def dateline_end(toks: ParagraphTokens, a: int, limit: int) -> int:
    """Where a sentence starts after a wire dateline ("(Reuters) - ", "WASHINGTON (AP) — ", "LONDON — "), else a."""
    k = a
    while k < limit and k - a < 6 and (toks.kind[k] == W and toks.raw[k].isupper() or toks.low[k] in ("(", ")", ",")
                                       or toks.kind[k] == W and k > a and toks.low[k - 1] == "("):
        k += 1
    return k + 1 if a < k < limit and toks.low[k] in DASH_WORDS and (toks.low[k - 1] == ")" or toks.raw[k - 1].isupper()) \
        else a


def participle_opener(toks: ParagraphTokens, i: int, limit: int) -> bool:
    """Does a participle phrase open at token i ("Chastened by the analyses, ...", "Based on the data, ...",
    "Realising his error, ...", "Recognizing how odd it sounded, ...": a capitalised present participle, then a
    determiner, a possessive, a preposition or a question word, and a comma within eight words; not "During", "According to", nor a name: "King was ...")?"""
    if toks.kind[i] != W or i + 1 >= limit:
        return False
    low = toks.low[i]
    if low.endswith("ed"):
        return toks.low[i + 1] in lexicon().preposition
    after = toks.low[i + 1]
    to_phrase = after == "to" and i + 2 < limit and (toks.low[i + 2] in lexicon().determiner
                                                   or toks.low[i + 2] in lexicon().possessive)  # "Contributing to the"
    return low.endswith("ing") and toks.raw[i][:1].isupper() and low not in lexicon().np_adjective \
        and low not in lexicon().preposition and low not in lexicon().ing_preposition and (after != "to" or to_phrase) \
        and (after in lexicon().determiner or after in lexicon().preposition or after in lexicon().possessive
             or after in lexicon().pronoun or after == "that" or after in lexicon().interrogative) \
        and any(toks.low[k] == "," for k in range(i + 1, min(len(toks.low), i + (17 if after in lexicon().interrogative
                                                                              else 9))))  # "Claiming he is ...,"


def _time_phrase(toks: ParagraphTokens, i: int, limit: int) -> bool:
    """Is there a short phrase from token i closed by a comma after a time word ("A day earlier,", "Two years
    ago,")?"""
    k = i
    while k < limit and k - i < 6 and toks.low[k] != "," and toks.kind[k] == W:
        k += 1
    words = lexicon()
    return k < limit and k > i and toks.low[k] == "," and toks.low[k - 1] in words.time and not any(
        toks.low[j] in words.pronoun or toks.low[j] in words.finite or toks.low[j].endswith("ed")
        or toks.low[j] in words.irregular_past for j in range(i, k - 1))  # (not "She escalated her criticism on
    # Tuesday,": a clause)


def _time_lead_end(toks: ParagraphTokens, i: int, limit: int) -> int:
    """Where the subject starts after a time phrase without its comma ("A few minutes later they reversed
    themselves", "Two days earlier the minister said"): after "later", "earlier" or "ago" that follows a noun of
    time within four words; else i."""
    for k in range(i + 1, min(limit - 1, i + 5)):
        if toks.kind[k] != W:
            return i
        if toks.low[k] in ("later", "earlier", "ago") and _time_unit(toks.low[k - 1]):
            return k + 1 if toks.kind[k + 1] == W else i
    return i


def _time_unit(low: str) -> bool:
    """Is the lower-case word a span of time ("days", "two weeks", "minutes"): a ``time_span`` word, or minutes or
    seconds?"""
    return low in lexicon().time_span or low in ("minutes", "seconds")


def _opens_without_comma(low: str) -> bool:
    """Whether a word may open a sentence before its subject with no comma ("And then Trump went ...")."""
    words = lexicon()
    return low in ("but", "and", "so", "even") or low in words.opener and low not in words.preposition \
        and low not in words.subordinate and low not in words.time  # ("And even Obama tried ...")


def sentence_subject(toks: ParagraphTokens, a: int, limit: int) -> tuple[int, int] | None:
    """The subject noun phrase that opens the sentence tokens[a:limit], after introductory phrases."""
    i = dateline_end(toks, a, limit)
    while i < limit and toks.kind[i] != W:
        i += 1
    if i + 1 < limit and toks.low[i] in ("but", "and", "so") and toks.low[i + 1] in lexicon().pronoun \
            and toks.low[i + 1] not in ("it", "that", "this"):
        i += 1  # "But they did track the spread, and warned that ...": the pronoun after the conjunction
    i = _time_lead_end(toks, i, limit)
    np = _subject_after_openers(toks, a, i, limit)
    if np is None and i + 1 < limit and toks.low[i] in ("but", "and") and toks.kind[i + 1] == W \
            and toks.low[i + 1] not in lexicon().opener \
            and (toks.low[i + 1] in lexicon().determiner or is_name(toks.raw[i + 1])):
        np = _subject_after_openers(toks, i + 1, i + 1, limit)  # "But many fans were glad ..., and said ..."
    if np is None:
        k = i  # "And then Trump went on the attack, saying ...": opening adverbs without their comma
        while k + 1 < limit and toks.low[k + 1] != "," and _opens_without_comma(toks.low[k]):
            k += 1
        if k > i and toks.low[k - 1] not in ("but", "and", "so"):
            np = _subject_after_openers(toks, k, k, limit)
    if np is not None and np[1] - np[0] == 1 and toks.low[np[0]] in ("there", "here") and np[1] < limit \
            and toks.low[np[1]] in lexicon().be:
        return None  # "There are endless FAQ sheets ... that argue ... and claim ...": no one speaks as "there"
    return _name_after_description(toks, np, limit) or np


def _name_after_description(toks: ParagraphTokens, np: tuple[int, int] | None, limit: int) -> tuple[int, int] | None:
    """The name after a description that opens the sentence as an appositive to it ("A former senator known for
    his expertise, Biden made the rounds ...": Biden), the description opening with "a" or "an", the name of one to
    three capitalised words set off by the first comma within 15 tokens and followed by a word in lower case (its
    verb); else None."""
    if np is None or toks.low[np[0]] not in ("a", "an"):
        return None
    comma = next((k for k in range(np[1], min(limit, np[0] + 15)) if toks.low[k] == "," or toks.kind[k] == Q), -1)
    if comma < 0 or toks.kind[comma] == Q:
        return None
    end = comma + 1
    while end < limit and end - comma <= 3 and toks.kind[end] == W and is_name(toks.raw[end]) \
            and toks.low[end] not in lexicon().determiner and toks.low[end] not in lexicon().pronoun:
        end += 1
    words = lexicon()
    if end == comma + 1 or end >= limit or toks.kind[end] != W or not toks.raw[end].islower() \
            or toks.low[end] in words.preposition or toks.low[end] in ("and", "or", "but") \
            or possessive_s(toks.low[end - 1]):
        return None  # (not a list, "female, Hispanic and black voters", nor a possessor, "Cohen, Trump's lawyer")
    return (comma + 1, end)


def _degree_opener(toks: ParagraphTokens, i: int, limit: int) -> bool:
    """Does "Even", "More" or "Not" open an opening phrase at token i ("Even in Iowa,", "Even as he won,", "Even
    before Sanders took the stage,", "More broadly,", "More than anything,", "Not only that,", "Not prone to
    understating its successes,"; not "Not everyone agrees"), a comma closing it?"""
    if i + 2 >= limit or toks.low[i] not in ("even", "more", "not") or not toks.raw[i][:1].isupper():
        return False
    nxt = toks.low[i + 1]
    if toks.low[i] == "not":  # "Not only that,", "Not prone to understating its successes,"
        if nxt == "only":
            return i + 3 < limit and toks.low[i + 2] in ("that", "this") and toks.low[i + 3] == ","
        words = lexicon()
        comma = next((k for k in range(i + 2, min(limit, i + 10)) if toks.low[k] == ","), -1)
        return comma > 0 and toks.raw[i + 1].islower() and nxt not in words.determiner and nxt not in words.pronoun \
            and nxt not in words.standalone and nxt not in words.indefinite \
            and not any(toks.low[k] in words.finite or toks.kind[k] != W for k in range(i + 1, comma))
    if toks.low[i] == "more":  # "More broadly,", "More than anything,"
        return nxt.endswith("ly") and toks.low[i + 2] == "," or nxt == "than" and i + 3 < limit \
            and toks.low[i + 2] in ("anything", "ever") and toks.low[i + 3] == ","
    return (nxt in lexicon().opener or nxt in lexicon().opening_subordinate) \
        and any(toks.low[k] == "," for k in range(i + 2, min(limit, i + 16)))


def _subject_after_openers(toks: ParagraphTokens, a: int, i: int, limit: int) -> tuple[int, int] | None:
    """The subject noun phrase at token i or after up to three introductory phrases there."""
    if i + 2 < limit and (at_least(toks, i, limit) or toks.low[i] in ("more", "fewer", "less")
                          and toks.low[i + 1] == "than") and (number(toks, i + 2) or i + 3 < limit
                                                              and toks.low[i + 2] == "a" and number(toks, i + 3)):
        np = np_forward(toks, i + 2, limit)  # "More than 90 political scientists have signed ...", "More than a
        # dozen aides spent ...": the quantity
        if np is not None and np[1] < limit and toks.kind[np[1]] == W and toks.raw[np[1]].islower() \
                and toks.low[np[1]] not in ("ago", "later", "earlier") and not _time_unit(toks.low[np[1] - 1]):
            return np  # speaks, as it does read back from a cue (:func:`analysis.quotes.phrases.np_back`); not
            # "Less than two weeks ago, ...", "Less than 24 hours later, ...": a time
    if i + 1 < limit and toks.low[i] in ("but", "and", "so") and toks.low[i + 1] not in lexicon().opener \
            and not _time_phrase(toks, i + 1, limit):
        np = np_forward(toks, i + 1, limit)
        if np is not None and np[1] < limit and toks.low[np[1]] == "," and not is_description(toks, np):
            return np  # "But Sir Bernard Ingham, Thatcher's press secretary, took ...": a name, no opening phrase
    for _ in range(3):
        if i >= limit or toks.low[i] not in lexicon().opener and toks.low[i] not in ("but", "and", "so") \
                and not (i == a and participle_opener(toks, i, limit)) and not _time_phrase(toks, i, limit) \
                and not (i == a and toks.low[i] == "to" and i + 1 < limit and toks.raw[i + 1].islower()) \
                and not (toks.low[i] in lexicon().time_span and i + 1 < limit and toks.low[i + 1] in lexicon().opener) \
                and not _degree_opener(toks, i, limit) \
                and not (toks.low[i] in ("early", "late", "here") and i + 1 < limit
                         and toks.low[i + 1] in lexicon().preposition) \
                and not (toks.low[i] == "among" and any(toks.low[k] == "," for k in range(i + 2, min(limit, i + 8)))) \
                and not (i + 1 < limit and toks.low[i + 1] == "," and toks.raw[i][:1].isupper()
                         and opening_adverb(toks.low[i])):
            break  # (an opening phrase: "In March,", "Shortly after the call ended,", "To nudge it along,", "Among
            # other things,", "Early in the election cycle,", "Early on,", "Here in Columbia,"; not "Among them were")
        k = i
        while k < limit and toks.low[k] != "," and k - i < 15:
            k += 1
        i = k + 1 if k < limit and toks.low[k] == "," else i + 1
        state = next((e for e in range(i + 3, i, -1) if e < limit and toks.low[e] == "," and is_place(toks, i, e)), -1)
        if k < limit and toks.low[k] == "," and state > 0:
            i = state + 1  # "At a campaign event in Ames, Iowa, on Sunday,": the place's state or country too
    if i + 1 < limit and toks.low[i] in lexicon().approximator and number(toks, i + 1):
        np = np_forward(toks, i + 1, limit)  # "about 200 protesters congregated": the quantity speaks
        np = (i, np[1]) if np is not None else None
    else:
        np = np_forward(toks, i, limit)
    if np is None or np[1] >= limit or not (toks.kind[np[1]] == W or toks.low[np[1]] == ","):
        return None
    if np[1] - np[0] == 1 and toks.low[np[0]] in lexicon().singular_determiner:
        return None  # "The shuttering of the publication ...", "The emerging plan ...": no noun read, no subject
    if toks.low[np[1]] == "," and is_description(toks, np):
        close = next((k for k in range(np[1] + 2, min(limit, np[1] + 7)) if toks.low[k] == ","), -1)
        if close > 0 and name_run(toks, np[1] + 1, close):
            return (np[0], close)  # "France's far-right leader, Marine Le Pen,": the description and the name
    return np


def clause_subject(toks: ParagraphTokens, a: int, c0: int, *, subordinate: bool = True) -> tuple[int, int] | None:
    """The subject of the clause a coordinated cue at c0 continues: that of the last subordinate clause before
    it when one opens, unclosed by a comma, with its own subject and verb ("The meeting comes after several
    countries followed X and announced ...": the countries), or of a clause joined by a comma and "but", "and" or
    "yet" with a subject of its own ("..., but the surge separated him ... and reminded ..."), else the sentence's
    subject. Without ``subordinate`` (a participle after a comma, which hangs on a main clause: "..., but the counsel
    declined, calling ..."), a subordinate clause is skipped for the sentence's subject."""
    words = lexicon()
    for k in range(c0 - 2, a, -1):
        low = toks.low[k]
        if low in ("but", "and", "yet") and k - 1 > a and toks.low[k - 1] == "," and toks.kind[k] == W:
            np = np_forward(toks, k + 1, c0)  # "Clinton leads the polls, but the surge by Sanders separated him ...
            if np is not None and np[1] < c0 - 1 and (toks.low[np[0]] in words.determiner  # and reminded ...": the
                                                      or is_name(toks.raw[np[0]])) \
                    and (low != "and" or subject_before_verb(toks, np) and _finite_before(toks, k - 1, a)):
                return np  # surge's clause, not hers (after "and" a verb next and one before the comma: not a list's
            break  # last item, "freedom, free speech, and the First Amendment that", "Jost, Stern, and Sterling
            # looked")
        if low in (",", ";") or toks.kind[k] == Q:
            break  # "When asked who X was, Trump diverged and said": a clause closed by a comma is not continued
        if toks.kind[k] == W and low in words.subordinate and low not in words.relative:
            if not subordinate:
                break
            np = np_forward(toks, k + 1, c0)
            if np is not None and np[1] < c0 and subject_before_verb(toks, np):
                return np
            break
    return sentence_subject(toks, a, c0)


def _finite_before(toks: ParagraphTokens, comma: int, a: int) -> bool:
    """Is there an auxiliary, a finite verb or a past form between the comma and the comma or sentence start before
    it ("Dr. Lai was threatened, and ...", "Cheers erupted, and ..."; not "Nicholas Rule, and ...": a list)?"""
    words = lexicon()
    for k in range(comma - 1, a - 1, -1):
        low = toks.low[k].replace("\u2019", "'")
        if low == ",":
            return False
        if low in words.aux or low in words.finite or low.partition("'")[2] in CONTRACTED_VERBS \
                or toks.raw[k].islower() and past_form(low):  # "It's ...", "Cheers erupted in the chamber, and ..."
            return True
    return False


def subject_before_verb(toks: ParagraphTokens, np: tuple[int, int]) -> bool:
    """Can the phrase be a clause's subject, the word after it its verb? Not a lone determiner ("after the vote
    and said": "the"), nor a phrase followed by a preposition, determiner or conjunction ("the vote and")."""
    words, after = lexicon(), toks.low[np[1]]
    lone_determiner = np[1] - np[0] == 1 and toks.low[np[0]] in words.determiner
    return toks.kind[np[1]] == W and not lone_determiner and not (
        after in words.preposition or after in words.determiner or after in words.boundary)


def speaking_subject(toks: ParagraphTokens, np: tuple[int, int] | None) -> bool:
    """Can a subject found for a cue without one of its own speak: a phrase, not a lone word of ``empty_subject``
    ("It is fair to say"), that can be its clause's subject (:func:`subject_before_verb`)?"""
    return np is not None and not (np[1] - np[0] == 1 and toks.low[np[0]] in lexicon().empty_subject) \
        and subject_before_verb(toks, np)


_SUBORDINATING_PREPOSITIONS = frozenset(("after", "before", "since", "until", "as", "following", "because", "despite"))
"""Prepositions that also open a clause of their own ("... faces a charge after witnesses say ...")."""


def subject_over_postmodifier(toks: ParagraphTokens, np: tuple[int, int], a: int, *, auxiliary: bool) \
        -> tuple[int, int] | None:
    """The sentence's subject with its post-modifier, where the phrase read back from a cue (``np``) is the object of
    a preposition inside that post-modifier ("Advocacy groups for and against Kavanaugh planned", "A federal review
    of policing in Cleveland found", "The third woman to accuse Kavanaugh of misconduct dating to his teenage years
    described"): the subject (five words at most) opens the sentence, the post-modifier opens with a preposition
    right after it and holds no comma, quotation, relative pronoun or verb of a clause of its own (a listed verb, a
    finite form, a form in -s after a word that is no determiner: "The letter from the senator comes after ...");
    a form in -ed only where the cue has an ``auxiliary`` of its own ("The violence in Libya stemmed from anger about
    a film considered offensive"). The preposition before ``np`` is none that opens a clause ("after witnesses
    say", "A day after witnesses said") unless the post-modifier opened with another preposition ("Lawyers for a
    man charged ... after the bombings are asking"). None otherwise."""
    words = lexicon()
    p = np[0] - 1
    if p <= a or toks.low[p] not in words.preposition or np[1] - np[0] == 1 and toks.low[np[0]] in words.pronoun:
        return None
    subject = sentence_subject(toks, a, p)
    if subject is None or subject[0] != a or subject[1] - subject[0] > 5 or subject[1] > p \
            or toks.low[subject[1]] not in words.preposition or opening_adverb(toks.low[a]):
        return None
    if toks.low[p] in _SUBORDINATING_PREPOSITIONS and (
            p == subject[1] or toks.low[subject[1]] in _SUBORDINATING_PREPOSITIONS):
        return None
    if any(toks.kind[k] != W or _clause_verb(toks, k, auxiliary=auxiliary) for k in range(subject[1], p)):
        return None
    return subject[0], np[1]


def _clause_verb(toks: ParagraphTokens, k: int, *, auxiliary: bool) -> bool:
    """May token k, inside a subject's post-modifier, be the verb of a clause of its own (see
    :func:`subject_over_postmodifier`): a relative pronoun, a finite auxiliary or "be", a listed verb not in -ed,
    -ing or -en, a past form (one in -ed only without an ``auxiliary`` on the cue), or a form in -s after a lower-case
    word that is no determiner, preposition or conjunction ("the senator comes")?"""
    words = lexicon()
    low, before = toks.low[k], toks.low[k - 1]
    if low in words.relative or low in words.finite or low in words.be \
            or low in words.verb and not low.endswith(("ed", "ing", "en")) \
            or past_verb(low) and not (low.endswith("ed") and auxiliary):
        return True
    return low.endswith("s") and toks.raw[k].islower() and toks.kind[k - 1] == W and toks.raw[k - 1][:1].islower() \
        and before not in words.determiner and before not in words.preposition and before not in ("and", "or")
