"""What follows a cue: does a reported clause come after it ("said there was", "told reporters the bill had",
"and said he'd been forced out")? Rules of :mod:`analysis.quotes.speaker_rules` ask before they give a cue a
speaker where the cue alone does not show speech (a coordinated cue, an infinitive, a participle), and
:mod:`analysis.quotes.content` where content opens after a short adjunct ("said after speaking with aides, the
campaign believes ...")."""

from __future__ import annotations

import re

from analysis.quotes.addressees import medium_adjunct_end, skip_adjuncts
from analysis.quotes.cues import (
    PERSONAL_SUBJECTS,
    Hit,
    lexicon,
    load_cues,
    past_form,
    past_verb,
    speech_form,
)
from analysis.quotes.phrase_words import CONTRACTED_VERBS, DASH_WORDS, new_subject
from analysis.quotes.quantities import CURRENCY_SIGNS
from analysis.quotes.tokens import P, ParagraphTokens, Q, W, is_name


def reported_clause_follows(toks: ParagraphTokens, hit: Hit, b: int) -> bool:
    """Does a reported clause or a quotation follow the cue (after a comma or time words: 'and said, "..."', "but
    said afterward there was ...")? That is "that", a quote mark or a colon (after a short addressee for "to tell
    reporters that"), after the short addressee of a cue like "tell" a clause (:func:`finite_clause`: "and told
    reporters there are three bills"), or, after a cue that takes a clause, a clause with a subject of its own
    ("went so far as to say the outbreak is ...", "to say there is"; after a speech cue also "said he'd been
    forced out", "said charges were ..."). An infinitive cue with a plain object is mostly a purpose ("met
    executives to discuss the film", "readied subpoenas to demand the release"), unless the cue is a speech act
    (``speech_act`` words: "to accuse", "to tout"), and after a cue of belief or finding a noun phrase is its
    object ("to show a photo ID", "to know more")."""
    words = lexicon()
    start = hit.c1 + 1 if hit.c1 + 1 < b and toks.low[hit.c1] == "," else hit.c1
    while start < b - 1 and toks.kind[start] == W and toks.low[start] in words.time:
        start += 1
    for k in range(start, min(b, start + (5 if hit.cue.frame == "tell" else 1))):
        if toks.kind[k] == Q or toks.low[k] in ("that", ":"):
            return True
    if hit.c1 + 1 < b and toks.low[hit.c1] == ",":
        # "continues to insist, most recently in an interview, that ...": an aside, then the clause; 'and said,
        # cheerfully, "Oh, hey."'; but "the deputies who were the first to respond, Sheriff David Morgan said": the
        # sentence's own attribution
        if start + 2 < b and toks.low[start].endswith("ly") and toks.low[start + 1] == "," \
                and toks.kind[start + 2] == Q:
            return True
        return any(toks.low[k] == "that" and toks.low[k - 1] == "," for k in range(start + 1, min(b, start + 15)))
    if hit.cue.lemma in words.speech_act:
        return True
    if hit.cue.frame == "tell":  # "told reporters there are three bills": an addressee, then a clause
        k = start
        while k < min(b, start + 3) and toks.kind[k] == W and toks.low[k] not in words.preposition \
                and toks.low[k] not in words.interrogative and toks.low[k] != "if":
            k += 1
            if finite_clause(toks, k, b):
                return True
        return False
    if hit.cue.frame != "clause" or start >= b or toks.kind[start] != W:
        return False
    if hit.cue.cue_type == "speech" and (after := medium_adjunct_end(toks, start, b)) > start:
        start = after  # "but said in a statement she supported ...", "and said on Twitter he would ..."
        if start >= b:
            return False
        if toks.kind[start] == Q or toks.low[start] in ("that", ":"):
            return True
    low = toks.low[start]
    if low == "there" or low in words.pronoun or low in words.indefinite or low in ("much", "more", "little"):
        return True  # "said there was", "said neither was worth it", "said much more must be done"
    if low in words.time or low in words.determiner and hit.cue.cue_type != "speech" or low in ("this", "these"):
        return False  # "declined to comment Tuesday on", "to show a photo ID"
    return new_subject(toks, start, b) or hit.cue.cue_type == "speech" and finite_clause(toks, start, b)


def clause_after_addressee(toks: ParagraphTokens, k: int, b: int) -> int:
    """Where the reported clause opens after an addressee that a phrase with a determiner or a name gives at token k
    (", telling the senator the opinion was ...", "and told the Huffington Post that ...", "telling a crowd in San
    Jose that ..."): "that", a quotation or a clause of its own; -1 where none follows ("telling the story of how he
    ...": a question word, what was told, not to whom; nor "warn the cutting of agent work hours will ...": a
    clause of a lower-case noun, the subject all along)."""
    words = lexicon()
    if k >= b or toks.kind[k] != W or not (toks.low[k] in words.determiner or is_name(toks.raw[k])):
        return -1
    told = skip_adjuncts(toks, k, b, addressee=True)
    if not k < told < b or toks.low[told - 1] == "to" or toks.low[told - 1] in words.determiner \
            or any(toks.low[m] in words.interrogative for m in range(k, told)):
        return -1  # (not 'told those lawmakers to "go after me"': what they were told to do; nor 'warning the
        # "stakes are too high"': the quotation opens inside the phrase)
    if toks.low[told] == "that" or toks.kind[told] == Q:
        return told
    return told if finite_clause(toks, told, b) and (is_name(toks.raw[told]) or toks.low[told] in words.pronoun
                                                     or toks.low[told] in words.determiner
                                                     or toks.low[told] == "there") else -1


def finite_clause(toks: ParagraphTokens, k: int, b: int) -> bool:
    """Does a clause open at token k: "there" or a pronoun with a finite verb ("he'd", "there are", "they were"),
    or a plain noun phrase of up to four words and a finite auxiliary ("charges were", "three bills have")?"""
    words = lexicon()
    if k >= b or toks.kind[k] != W:
        return False
    low = toks.low[k]
    base, apostrophe, _ = low.replace("\u2019", "'").partition("'")
    if apostrophe and base in words.pronoun and base not in ("him", "her", "them", "us", "me"):
        return True  # "he'd been forced out", "they're"
    if low in ("there", "he", "she", "it", "they", "we", "i") and k + 1 < b and toks.low[k + 1] in words.finite:
        return True
    j = k
    while j < min(b, k + 4) and toks.kind[j] == W and toks.low[j] not in words.finite and not (
            toks.low[j] in words.preposition or toks.low[j] in words.boundary
            or toks.low[j] in words.verb and toks.low[j - 1] not in ("the", "a", "an")  # (a noun: "the cuts will")
            or toks.low[j] in words.pronoun or toks.low[j] in words.relative or toks.low[j] in words.interrogative
            or toks.low[j] == "there"):
        j += 1
    return j > k and j < b and toks.low[j] in words.finite


_DATE_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?|\d{4}")
"""A day of the month or a year, as a date writes it after the month ("June 26", "March 3rd", "May 2017")."""


def clause_opens(toks: ParagraphTokens, k: int, b: int) -> bool:
    """Does a reported clause plainly open at token k, after time words ("said last week that", "ruled on Tuesday
    that"): "that", a
    quotation, or a clause with a finite verb (:func:`finite_clause`)?"""
    words = lexicon()
    if k < b - 2 and toks.low[k] in ("on", "in", "at") and (toks.low[k + 1] in words.time
                                                            or toks.low[k + 1] in words.month):
        k += 1  # "ruled on Tuesday that"
    while k < b - 1 and toks.kind[k] == W and (toks.low[k] in words.time or toks.low[k] in words.month
                                               or _DATE_NUMBER.fullmatch(toks.low[k])):
        k += 1  # (and a date's day or year: "ruled on June 26 that")
    return k < b and (toks.low[k] == "that" or toks.kind[k] == Q or finite_clause(toks, k, b))


def subject_and_verb(toks: ParagraphTokens, k: int, e: int) -> bool:
    """Does a clause open at token k: a pronoun, or an article and up to three more words, then a finite verb
    (an auxiliary, a listed verb or cue in -s or -ed: "the campaign believes", "they will")?"""
    words = lexicon()
    if k >= e or toks.kind[k] != W or not (toks.low[k] in ("the", "a", "an") or toks.low[k] in words.pronoun):
        return False
    if finite_clause(toks, k, e):
        return True
    j = k + 1 if toks.low[k] in ("the", "a", "an") else k
    while j < min(e, k + 4) and toks.kind[j] == W and toks.low[j] not in words.verb and toks.low[j] not in words.cues \
            and toks.low[j] not in words.boundary and toks.low[j] not in words.preposition:
        j += 1
    return k < j < e and toks.kind[j] == W and toks.low[j].endswith(("s", "ed")) \
        and (toks.low[j] in words.verb or toks.low[j] in words.cues)


def expected_speech(toks: ParagraphTokens, to: int, b: int) -> bool:
    """Does "to" at ``to`` open a speech cue after a passive of expectation ("is expected to announce", "are
    expected to call for"): what the subject is expected to say? Not when an adjunct or an amount follows
    the cue ("is expected to testify before the committee", "is expected to add $1 trillion")."""
    if to < 2 or to + 1 >= b or toks.low[to] != "to" or toks.low[to - 1] not in ("expected", "due", "set") \
            or toks.low[to - 2] not in lexicon().be and toks.low[to - 2] not in lexicon().aux \
            or to >= 3 and toks.low[to - 3] in lexicon().relative:
        return False  # (not "X, the congressman who is expected to announce soon ..., said": the main cue's)
    word, after = toks.low[to + 1], toks.low[to + 2] if to + 2 < b else ""
    if any(cue.cue_type == "speech" and cue.lemma.split()[1:] == [after] for cue in load_cues().get(word, ())):
        return True  # "to call for", "to call on"
    if not speech_form(word) or after == "" or toks.kind[to + 2] == P:
        return False
    if after in lexicon().preposition or after in lexicon().time or after in lexicon().aux or after.endswith("ly"):
        # an adjunct: only before a reported clause ("to announce on Wednesday that"; not "to testify before")
        return any(toks.low[k] == "that" or toks.kind[k] == Q for k in range(to + 3, min(b, to + 10)))
    return not after[:1].isdigit() and after[:1] not in CURRENCY_SIGNS  # not "to add $1 trillion"


def noun_and_past_verb(toks: ParagraphTokens, k: int, e: int) -> bool:
    """Do tokens [k, e) open with a clause: a plain noun phrase of one to four words and a past verb in lower case
    ("output rose", "Apple shares fell", "crop production totalled 11.49 million tonnes"; not "issued Monday", nor
    "the group's leader, who ...")?"""
    words = lexicon()
    j = k + 1 if k < e and toks.low[k] in words.determiner else k
    start = j
    while j < min(e, start + 4) and toks.kind[j] == W and not (
            toks.low[j].endswith("ed") or toks.low[j] in words.irregular_past or toks.low[j] in words.preposition
            or toks.low[j] in words.boundary or toks.low[j] in words.pronoun or toks.low[j] in words.relative):
        j += 1
    return start < j < e and toks.kind[j] == W and toks.raw[j].islower() \
        and past_verb(toks.low[j])


def clause_after_and(toks: ParagraphTokens, k: int, e: int) -> bool:
    """Does a clause or a verb phrase open at token k after "and" or "because" ("and only then will he", "and had
    passed", "and she gripped his hands"; not a quotation, nor a noun phrase alone: "and a meeting between ...")?"""
    words = lexicon()
    if k >= e or toks.kind[k] != W:
        return False
    low = toks.low[k]
    if low in words.aux or past_verb(low) or finite_clause(toks, k, e) \
            or noun_and_past_verb(toks, k, e):
        return True
    if low in words.pronoun and low not in ("it", "that") and k + 1 < e and toks.kind[k + 1] == W \
            and toks.low[k + 1] not in words.preposition and toks.low[k + 1] not in words.determiner \
            and toks.low[k + 1] not in words.relative:
        return True  # "and she gripped his hands", "and you risk being perceived as ..."
    of = next((j for j in range(k + 1, min(e, k + 4)) if toks.low[j] == "of"), -1)
    if of > 0 and any(toks.low[j] in words.partitive or toks.low[j][:1].isdigit() for j in range(k, of)) \
            and finite_verb_ahead(toks, of + 1, e):
        return True  # "and most of the voters liked it", "and an estimated 20,000 of those were from the UK" (not
        # "and a meeting of the leaders followed")
    return (low in words.opener or low.endswith("ly")) and k + 2 < e and toks.low[k + 2] in words.aux  # "and only
    # then will he"


def finite_verb_ahead(toks: ParagraphTokens, k: int, e: int) -> bool:
    """Is there a finite auxiliary or a past verb in lower case within eight tokens from k, before any punctuation
    ("but the turnout in Iowa was higher"; not "but Biden faring much better", "not just California, but America -")?"""
    words = lexicon()
    for j in range(k, min(e, k + 8)):
        if toks.kind[j] != W:
            return False
        if toks.low[j] in words.finite or toks.raw[j].islower() and past_verb(toks.low[j]):
            return True
    return False


def subordinate_clause(toks: ParagraphTokens, k: int, e: int) -> bool:
    """Does a clause with a subject and a finite verb open at token k ("it went bankrupt", "most of them accept")?"""
    return new_subject(toks, k, e) and (finite_clause(toks, k, e) or finite_verb_ahead(toks, k + 1, e) or any(
        toks.kind[j] == W and toks.raw[j].islower() and toks.low[j] in lexicon().verb for j in range(k + 1, min(e, k + 5))))


def spliced_clause(toks: ParagraphTokens, k: int, e: int) -> bool:
    """Does a clause of its own open at token k after an attribution in commas (:func:`subordinate_clause`), not
    the writer's appositive on the sentence ("..., sources said, a move that could ...", "..., the day before X is
    to testify")? Its subject has no indefinite article, no time noun and no relative pronoun before its verb."""
    words = lexicon()
    if toks.low[k] in ("a", "an") or not subordinate_clause(toks, k, e):
        return False
    for j in range(k, min(e, k + 6)):
        low = toks.low[j]
        if low in words.finite or low in words.modal or toks.kind[j] != W:
            return True
        if low in words.relative or low in words.time_noun:
            return False
    return False  # (no verb near its start: "..., the fewest number of filings since the crisis began")


def claim_goes_on(toks: ParagraphTokens, k: int, e: int) -> bool:
    """Whether the clause after ", but" at token k goes on with what was said: a subject of its own, then an
    auxiliary or a modal ("..., Trump said, but more is needed", "..., he says, but it should build ...");
    not a verb phrase of the speaker's ("..., he said, but declined to elaborate"), a narrated act ("..., his
    office said, but it gave no details", "..., the minister said, but the bank disagreed") or the reporter's
    caveat ("..., authorities said, but it was unclear whether ...")."""
    words = lexicon()
    if k >= e or toks.kind[k] != W or toks.low[k] in words.aux or toks.low[k] in ("and", "but", "or"):
        return False
    subject, _, verb = toks.low[k].replace("\u2019", "'").partition("'")  # "it's", "they're": a subject and its verb
    if subject == "it" and _UNKNOWN.match(" ".join((["is"] if verb else []) + toks.low[k + 1:k + 5])):
        return False
    if verb in CONTRACTED_VERBS and subject in words.pronoun:
        return True
    for j in range(k + 1, min(e, k + 6)):
        low = toks.low[j].replace("\u2019", "'")
        if toks.kind[j] != W or past_verb(low):
            return False
        if low in words.aux or low.endswith("n't"):  # (every "n't" word is a negated auxiliary: "hasn't", "won't")
            return True
    return False


_UNKNOWN = re.compile(r"(?:is|was|remains|remained)(?: not)?(?: yet| immediately)? (?:clear|unclear|known|unknown)\b")


def bare_clause(toks: ParagraphTokens, k: int, e: int) -> bool:
    """Does a clause without "that" open at token k: a subject and its verb (:func:`subject_and_verb`) with a
    finite auxiliary or modal among its first five words ("he would not", "the memorials cannot", "the disaster
    money was"; not a noun phrase such as "the same points in his talks")?"""
    words = lexicon()
    if k + 1 < e and toks.low[k] in PERSONAL_SUBJECTS and toks.raw[k + 1].islower() \
            and (toks.low[k + 1].endswith("ed") or past_form(toks.low[k + 1])):
        return True  # "the executive admitted he instructed insurers to ...": a pronoun and a verb in the past
    return subject_and_verb(toks, k, e) and any(toks.low[j] in words.finite or toks.low[j] in words.modal
                                                 for j in range(k, min(e, k + 5)))


def held_clause(toks: ParagraphTokens, k: int, e: int) -> bool:
    """Does a clause a belief holds open at token k, before e: "that", or a subject with its verb ("the gunman acted
    alone", "this will be"; not "to be the deputy", "reprisal for ...")?"""
    return toks.low[k] == "that" or bare_clause(toks, k, e) or subject_and_verb(toks, k, e) or finite_clause(toks, k, e)


def other_subject(toks: ParagraphTokens, prev: Hit, hit: Hit) -> bool:
    """Has ``hit`` a subject of its own, other than ``prev``'s: another pronoun ("it did not explain why, but she
    suspects ..."), or another phrase that is no pronoun (not "Clinton says she hopes ..., but she knows ...")?"""
    if hit.s0 < 0 or prev.s0 < 0:
        return False
    own = [toks.low[k] for k in range(hit.s0, hit.s1)]
    if own == [toks.low[k] for k in range(prev.s0, prev.s1)]:
        return False
    return own[0] not in lexicon().pronoun or toks.low[prev.s0] in lexicon().pronoun


def statement_after_object(toks: ParagraphTokens, prev: Hit, hit: Hit, start: int) -> bool:
    """Does ``hit``, right after "and" or a dash that follows the object or name of ``prev``'s cue, open a statement
    of its own ("Smith discussed the plan and Jones urged him to resign", 'Denmark called the bid "absurd" - he
    called that "nasty"': an object holds no clause; after "and" a subject named anew, no pronoun nor a list's
    second half)?"""
    dash = toks.kind[start - 1] == P and toks.low[start - 1] in DASH_WORDS \
        and toks.low[start - 1] not in toks.low[prev.r1:start - 1]  # (not an aside's closing one: "- for example -")
    if not (dash or toks.low[start - 1] == "and") or hit.rule != "speaker_cue" or hit.s0 != start \
            or prev.cue.frame not in ("object", "naming", "infinitive") or toks.low[hit.s0] in lexicon().standalone:
        return False
    return dash or toks.low[hit.s0] not in lexicon().pronoun and other_subject(toks, prev, hit) \
        and not coordinated_phrase(toks, start - 2, hit)


def coordinated_phrase(toks: ParagraphTokens, k: int, hit: Hit) -> bool:
    """May the subject of ``hit``, after "and", be the second half of one phrase with token k before it: two
    plurals ("13 Russian citizens and three Russian organizations had sought") or two names ("Trump and adviser
    Stephen Miller want")?"""
    last, head = toks.raw[k], toks.raw[hit.s1 - 1]
    return last.islower() and last.endswith("s") and head.endswith("s") or is_name(last) and is_name(head)


def own_participle(toks: ParagraphTokens, prev: Hit, hit: Hit) -> bool:
    """Is ``hit`` a participle the speaker of ``prev`` governs through an act of the speaker's after a comma, not
    a clause ``prev`` reports ("The senator responded Tuesday, issuing a statement saying the bill was dead": the
    statement's words are the senator's, "responded" reports nothing)? The participle after the comma is no cue;
    ``hit`` has the same speaker, found as the sentence's subject."""
    if hit.rule != "participle_subject" or hit.s0 < 0 or hit.s0 != prev.s0:
        return False
    comma = next((k for k in range(prev.c1, hit.c0) if toks.low[k] == ","), -1)
    if comma < 0 or comma + 1 >= hit.c0 or toks.kind[comma + 1] != W:
        return False
    word = toks.low[comma + 1]
    return word.endswith("ing") and word not in lexicon().cues and all(
        toks.low[k] in lexicon().time or toks.low[k].endswith("ly")
        for k in range(prev.c1, comma))


def verb_phrase_goes_on(toks: ParagraphTokens, s: int, k: int) -> bool:
    """Is the cue form at token k, after "and", a bare verb that goes on with an infinitive or a modal's verb phrase
    begun in tokens [s, k) ("calls for a new road map to attack homophobia and demand that ...", "called on Castro to
    delete the tweet and apologize", "said his plan would extend payments and acknowledge the hardship"): the
    content's second verb, no act of the speaker? The infinitive or modal stands at most ten tokens before it with no
    punctuation between ("critics blast a requirement to buy insurance, and warn ...": the critics' second act);
    ``s`` is where the content of the cue before it starts, so an infinitive cue itself is no such verb phrase ("used
    his account to mock Mueller and dub the charges ...": two acts), nor is a repeated cue ("groups say the president
    missed chances to act and say ...")."""
    form = toks.low[k]
    if form in toks.low[max(0, s - 3):s] or not any(cue.lemma.split()[0] == form for cue in load_cues().get(form, ())):
        return False
    words = lexicon()
    for j in range(k - 3, max(s, k - 11) - 1, -1):
        if toks.kind[j + 1] == P:
            return False
        if toks.kind[j + 1] == W and toks.raw[j + 1].islower() and toks.low[j + 1] not in words.determiner \
                and (toks.low[j] == "to" or toks.low[j] in words.modal):
            return True
    return False
