from __future__ import annotations

import re

from analysis.quotes.addressees import adjunct_only, for_outlet, place_or_medium_only
from analysis.quotes.appositives import appositive
from analysis.quotes.clauses import (
    claim_goes_on,
    clause_after_and,
    finite_clause,
    noun_and_past_verb,
    spliced_clause,
    subject_and_verb,
    subordinate_clause,
)
from analysis.quotes.content_end import cut_right, trim
from analysis.quotes.cues import (
    CLAUSE_CONJUNCTIONS,
    Hit,
    lexicon,
    past_form,
    past_verb,
    pronoun_form,
    speech_form,
)
from analysis.quotes.phrase_words import DASH_WORDS, new_subject
from analysis.quotes.phrases import at_least, determines, np_forward
from analysis.quotes.subjects import participle_opener
from analysis.quotes.tokens import P, ParagraphTokens, Q, W, is_name, possessive_s

ANSWERS = frozenset(("yes", "no"))
"""Words that, alone after a cue, are the answer said ("75 percent of Democrats said yes")."""


def is_opener(toks: ParagraphTokens, s: int, e: int, *, inverted: bool = False) -> bool:
    """Is tokens[s:e] an introductory phrase ("In a statement", "On Monday") rather than content?

    Not when a clause follows the phrase ("While under fire, police became more Republican, said X", "In large
    settings like the Olympics, there is always some risk, Obama said") or, before an inverted attribution
    ("..., said X"), where nothing after the speaker can be the content, a form of "be" makes it one ("In the
    simplicity of their fellowship is a political truth, says X").
    """
    if any(toks.kind[k] == Q for k in range(s, e)):
        return False
    words = lexicon()
    if e - s > 12:  # long: only a participle and its preposition, up to the comma ("Following on the rise in ...")
        return e - s <= 25 and toks.low[s].endswith("ing") and toks.low[s + 1] in words.preposition \
            and not any(toks.low[k] in (",", ";") for k in range(s, e - 1))
    commas = [k for k in range(s + 1, e - 1) if toks.low[k] == ","]
    if commas and (inverted or any(toks.low[k] in words.be for k in range(s, e))
                   or pronoun_form(toks.low[commas[-1] + 1])
                   or e - commas[-1] > 4 and (new_subject(toks, commas[-1] + 1, e)
                                              or finite_clause(toks, commas[-1] + 1, e))
                   or noun_and_past_verb(toks, commas[-1] + 1, e)):
        return False  # "In order to ..., we have to compromise", "In some ways, it's a classic scene", "In all,
        # the host committee raised $57 million, records show", "In that last step, officers can include ...",
        # "On Monday, prices rose sharply, the spokesman said""
    if at_least(toks, s, e):
        return False  # "At least one senior official had concerns ..., according to ...": a quantity
    if inverted and any(toks.low[k] in words.be for k in range(s, e)):
        return False
    if toks.low[s] in words.time and not commas:
        k = s
        while k < e and (toks.low[k] in words.time or toks.low[k] in words.determiner or toks.raw[k].isdigit()):
            k += 1
        if e - k >= 3 and toks.kind[k] == W and toks.raw[k].islower() and toks.low[k] not in words.preposition \
                and not any(toks.low[i] in words.time_span for i in range(k, e)):
            return False  # "Last year saw a record number of takeovers, the report said": the time is the subject
    if toks.low[s] in ("and", "but") and e - s > 3:
        return False  # "But she was not able to walk in, YouTube said": a clause, not an opening phrase
    if not commas and any(toks.low[k] in words.pronoun and finite_clause(toks, k, e) for k in range(s + 2, min(e, s + 7))):
        return False  # "By senior year she was the school's top runner, she said": the comma after the phrase left out
    if toks.low[s] in words.opener and toks.low[s] not in words.subordinate and toks.low[s] not in words.preposition \
            and any(toks.low[k] in words.be or toks.low[k] in words.aux
                    or toks.low[k] in words.verb and possessive_s(toks.low[k]) for k in range(s + 1, e)):
        return False  # "Then there's the cost: ..., he says": an adverb opens a clause (not "While it is ..., X said")
    return toks.low[s] in words.opener or all(toks.low[k] in words.time for k in range(s, e)) \
        or participle_opener(toks, s, e)


def left_content(toks: ParagraphTokens, left: tuple[int, int], hit: Hit) -> bool:
    """May the words before an attribution be its content ("X, he said", not "In a statement, he said")?"""
    s, e = left
    demand = hit.cue.frame == "object" and hit.cue.cue_type == "speech" and toks.kind[s] == Q \
        and toks.kind[e - 1] == Q and (e - 1 in toks.comma_q or toks.low[e - 2] in (",", "?", "!"))  # '"...," Biden
    # urged on Tuesday': a quotation closed by its comma is what was urged (not 'the "Trump colluded" narrative the
    # media has pushed for', 'Dubbed the "Growth Project," the list urges ...': a phrase of the writer's)
    if hit.cue.frame not in ("clause", "tell", "according") and not demand \
            or is_opener(toks, s, e, inverted=hit.rule == "cue_speaker"):
        return False
    if toks.kind[e - 1] == Q:
        return True
    last_q = max((k for k in range(s, e) if toks.kind[k] == Q), default=-1)
    if 0 <= last_q and e - last_q <= 4 and e < len(toks.low) and toks.low[e] == "," and all(
            toks.low[k] in lexicon().time or toks.raw[k].isdigit() or toks.low[k] in ("in", "on", "at", "by")
            for k in range(last_q + 1, e)):
        return True  # '"... even more" in 2013, says Greenpeace's Radford': a time adjunct after the quotation
    while e < len(toks.low) - 1 and toks.low[e] in lexicon().turn:
        e += 1  # "... before it is widely taken up though, said the report": trim() left the "though" out
    after = toks.low[e] if e < len(toks.low) else ""
    words = sum(1 for k in range(s, e) if toks.kind[k] == W)
    if after == "." and e + 1 < len(toks.low) and toks.low[e + 1] == "," and words >= 6:
        after = ","  # "... in Everett, Mass., according to the union": an abbreviation's point before the comma
        # (not a name's: "E.J. Dionne Jr., Washington Post")
    quoted = any(toks.kind[k] == Q for k in range(s, e))  # '"... at the expense of" domestic spending, Graham said'
    if hit.cue.frame == "according" and e == hit.c0 and words >= 5 and (
            hit.r1 >= len(toks.low) or toks.low[hit.r1] in (".", "!", "who", "which")
            or toks.low[hit.r1] == "," and hit.r1 + 1 < len(toks.low) and toks.low[hit.r1 + 1] in CLAUSE_CONJUNCTIONS):
        return True  # "... rose in December for the first time since July according to new data." (a relative
        # clause on the source after it too: "... according to one of the participants who is worried about ...";
        # or a clause of its own: "... according to a count by the AP, but Sanders has vowed ...")
    if _unmarked_clause_before(toks, left, hit, words):
        return True  # "The issue would be debated next Monday as scheduled he insisted.": a comma left out
    if hit.rule == "cue_speaker" and e == hit.c0 and toks.kind[e - 1] == W and words >= 6:
        return True  # "... that have educational elements said Mr Owen.": an inverted one that lost its comma
    short_clause = words == 2 and e - s == 2 and toks.raw[s][:1].isupper() and toks.low[s] not in lexicon().determiner \
        and toks.low[s] not in lexicon().opener and toks.low[s] not in lexicon().time \
        and (toks.low[s + 1] in lexicon().verb or toks.low[s + 1].endswith("ed"))  # "Unemployment fell, the ONS said"
    return (words >= 3 or quoted and words >= 1 or short_clause) and (after in (",", "—", "–", "-")
                                                                      or toks.kind[e - 1] == Q)


def _unmarked_clause_before(toks: ParagraphTokens, left: tuple[int, int], hit: Hit, count: int) -> bool:
    """Is the sentence a reported clause, then its speaker and cue at the sentence's end with no comma between
    them ("This equated to a growth rate of 8% Axa said.", "... as scheduled he insisted.")? The speaker must be
    "he", "she", "they" or a name of one to three capitalised words right after the clause's last word, that
    word a number, a percentage, a time or a participle in -ed (not a function word or a noun: "what he said.",
    "the people the FBI said.": a relative clause), and the clause must hold six words and a finite verb."""
    s, e = left
    speaker = [toks.raw[k] for k in range(hit.s0, hit.s1)]
    words = lexicon()
    if hit.rule != "speaker_cue" or e != hit.s0 or count < 6 or toks.kind[e - 1] == P and toks.low[e - 1] != "%" \
            or hit.r1 < len(toks.low) and toks.low[hit.r1] not in (".", "!"):
        return False
    if not (len(speaker) == 1 and speaker[0].lower() in ("he", "she", "they")
            or 1 <= len(speaker) <= 3 and all(is_name(word) for word in speaker)):
        return False
    last = toks.low[e - 1]
    if not (last == "%" or last[:1].isdigit() or last in words.time
            or last.endswith("ed") and toks.raw[e - 1].islower() and toks.low[e - 2] not in words.determiner):
        return False  # (not "how much Trump said", "whether Bolton said", "the people the FBI said")
    return any(toks.low[k] in words.finite or toks.low[k] in words.modal
               or past_form(toks.low[k]) and toks.raw[k].islower() for k in range(s, e - 1))


CLAUSE_BREAKS = frozenset(("but", "and", "or", "so", "as", "while", "because", "although", "though", "when", "if",
                           "who", "which", "whose", "where", "after", "before", "since", "until", "adding"))
"""Words that, opening the words after a parenthetical attribution, start a clause of their own."""


def _time_words(toks: ParagraphTokens, s: int, e: int) -> bool:
    """Are tokens[s:e] a time phrase of time words and determiners, after "but" or "and" ("But the next day")?"""
    words = lexicon()
    if s < e and toks.low[s] in ("but", "and", "so"):
        s += 1
    if s < e and toks.low[s] in words.approximator:
        s += 1  # "About 10:03 p.m."
    if s < e and re.fullmatch(r"\d{1,2}([:.]\d\d)?", toks.low[s]) and all(
            toks.low[k] in words.clock or toks.low[k] == "." for k in range(s + 1, e)) and e > s + 1:
        return True  # a clock time: "About 10:03 p.m., according to a timeline, the contractors left"
    return s < e and any(toks.low[k] in words.time_span for k in range(s, e)) and all(
        toks.low[k] in words.time or toks.low[k] in words.time_span or toks.low[k] in words.determiner
        or toks.low[k] in ("next", "following", "same", "previous") for k in range(s, e))


def parenthetical(toks: ParagraphTokens, hit: Hit, left: tuple[int, int] | None,
                  right: tuple[int, int] | None) -> list[tuple[int, int]] | None:
    """The two halves of a clause that an attribution set off by commas interrupts, or None.

    "There was no evidence, the bank said, of a slowdown", "The economy, the minister said, would grow",
    "There was, according to Gartner, evidence that ...": what comes after the second comma continues the
    clause before the first (a verb, a preposition other than a place or time adjunct of the cue, or the
    object of an auxiliary the first half ends with), so both halves are the content. Not when the words after
    start a clause of their own (", but ...", ", adding ...") or the first half holds a quotation or the second
    opens with one (those are interrupted quotations); a quotation inside the second half is part of it ("The
    law, said Kennedy, had "the purpose and effect to disparage"").
    """
    if left is None or right is None or hit.cue.frame not in ("clause", "tell", "according") or hit.rule not in (
            "speaker_cue", "cue_speaker", "according_to", "speaker_appositive_cue", "as_reported_by"):
        return None
    as_aside = hit.r0 >= 2 and toks.low[hit.r0 - 1] == "as" and toks.low[hit.r0 - 2] == ","
    closing = next((k for k in range(hit.r1, min(right[1], hit.r1 + 12)) if toks.low[k] == ","), -1)
    if closing > hit.r1 and adjunct_only(toks, (hit.r1, closing)):  # "..., Wright said in an email to the Guardian,
        right = trim(toks, closing, right[1])  # with information coming to light": the aside ends after its adjunct
        if right is None:
            return None
    elif hit.r1 >= len(toks.low) or toks.low[hit.r1] != ",":
        return None
    if hit.r0 < 1 or toks.low[hit.r0 - 1] != "," and not as_aside:
        return None
    if as_aside:  # "What it is instead, as Dayen rightly notes, is the kind of rhetoric ...": "as" opens the aside
        left = trim(toks, left[0], hit.r0 - 2) if hit.r0 - 2 > left[0] else None
        if left is None:
            return None
    words = lexicon()
    if left[1] - left[0] > 2 and toks.low[left[1] - 1] in ("which", "who", "whom", "where") \
            and toks.low[left[1] - 2] == ",":
        left = (left[1] - 1, left[1])  # "..., which, he said, is legal": the relative clause is what was said
    first, last = toks.low[right[0]], toks.low[left[1] - 1]
    if toks.kind[left[0]] == Q or toks.kind[left[1] - 1] == Q or toks.kind[right[0]] == Q \
            or any(toks.kind[k] == Q for k in range(*left)) and (hit.rule in ("cue_speaker", "according_to")
                                                               or toks.low[left[0]].endswith("ing")):
        return None  # an interrupted quotation ('"We will," he said, "win this."'), not 'The law, said X, had "..."'
        # nor a word quoted inside the first half ('Part of the reason these "bot nets" spread, he said, was ...'),
        # unless an inverted speaker's aside or an opening participle may follow or stand before it, or the source
        # of "according to" vouch for the last clause only
    if toks.low[left[0]] in words.opening_subordinate and left[1] - left[0] > 3 and hit.rule != "according_to" \
            and (new_subject(toks, right[0], right[1]) or toks.raw[right[0]][:1].isdigit()) \
            and not any(toks.low[k] == "," for k in range(left[0] + 1, left[1] - 1)):
        return [left, cut_right(toks, *right)]  # "Although X will still ..., said Mr Hogan, 2004 saw ...": the
        # subordinate clause, then its main clause
    if hit.rule == "according_to" and first not in CLAUSE_BREAKS and not first.endswith("ing") \
            and (_time_words(toks, *left) or toks.kind[right[0]] != W or first[:1].isdigit()):
        return [left, cut_right(toks, *right)]  # "But the next day, according to Roffman, Trump made demands", "G4S
        # receives, according to one report, $234 million": the source vouches for the whole clause around it
    lead = left[0] + (toks.low[left[0]] in ("but", "and", "yet", "so") and left[1] - left[0] > 2)
    if hit.rule == "cue_speaker" and first not in words.aux and finite_clause(toks, right[0], right[1]) \
            and not is_opener(toks, *left) and toks.low[lead] in words.preposition and not any(
                toks.low[k] in words.verb or toks.low[k] in words.aux for k in range(lead, left[1])):
        return [left, cut_right(toks, *right)]  # "But in some cases, said the report, people were able to ...":
        # a phrase of the clause after the inverted attribution (an opener, "By contrast,", is no content)
    if hit.rule == "speaker_cue" and toks.low[lead] == "to" and lead + 1 < left[1] and toks.raw[lead + 1].islower() \
            and toks.low[lead + 1] not in words.determiner and subordinate_clause(toks, right[0], right[1]) \
            and not any(toks.low[k] in words.aux for k in range(lead, left[1])):
        return [left, cut_right(toks, *right)]  # "To understand the real history, Roberts said, one should visit
        # this museum": an opening infinitive of purpose belongs to the clause after the attribution
    plural_subject = hit.rule != "cue_speaker" and _plural_subject_and_verb(toks, left, right)
    cue_verb = hit.rule != "cue_speaker" and toks.raw[right[0]].islower() and first in words.cues \
        and not first.endswith("ing")  # "Trump, Cruz said, supports ...": a cue form after the aside is the verb of
    # the clause it interrupts, no attribution of its own (:func:`analysis.quotes.speaker_rules.attach_speaker`)
    if is_opener(toks, *left) and not (first in words.aux and "," in toks.low[left[0]:left[1] - 1]) \
            and not plural_subject and not (cue_verb and "," not in toks.low[left[0]:left[1]]):
        return None  # not "With half of homes online, the government, suggests X, could act": a subject, then aux
    if ((first in ("and", "because") or first == "but" and claim_goes_on(toks, right[0] + 1, right[1]))
            and clause_after_and(toks, right[0] + 1, right[1])
            or first == "and" and right[0] + 1 < right[1] and toks.kind[right[0] + 1] == Q
            or first in _CONTINUING and subordinate_clause(toks, right[0] + 1, right[1])) \
            and hit.rule != "according_to" and left_content(toks, left, hit):
        return [left, cut_right(toks, *right)]  # "He had no known political affiliations, the airline added, and
        # had passed all checks", "He's leaning toward Kasich, he said, because he prizes electability", "The firm
        # was a giant, Mr. Clarke said, until it went bankrupt", 'Many visitors were older, she said, and "I had to
        # step back"': the clause goes on after the attribution
    if hit.rule in ("speaker_cue", "speaker_appositive_cue") and toks.kind[right[0]] == W \
            and toks.kind[left[0]] == W and toks.low[left[0]] != "to" and not is_opener(toks, *left) \
            and first not in CLAUSE_BREAKS \
            and subordinate_clause(toks, left[0], left[1]) and spliced_clause(toks, *right) \
            and left_content(toks, left, hit) and not any(toks.low[k] in (";", ":") or toks.low[k] in DASH_WORDS
                                                          and toks.kind[k] == P for k in range(*left)):
        return [left, cut_right(toks, *right)]  # "McChrystal was a good leader, the individual says, Flynn had a
        # tendency to bully ...": a clause on each side, joined by the attribution alone (a comma splice)
    if toks.kind[right[0]] != W or first in CLAUSE_BREAKS or first.endswith("ing") or first in words.pronoun \
            or adjunct_only(toks, right):
        return None
    if first in words.preposition and right[1] - right[0] <= 4 \
            and any(toks.low[k] in words.document_noun for k in range(*right)):
        return None  # "..., wrote X, in a report": where the speaker said it, not more of what was said
    continues = first in words.aux or first in words.preposition or hit.rule != "cue_speaker" and (
        first in words.verb or last in words.aux  # after "said X," a noun is X's appositive ("president of Y")
        or first.endswith(("s", "ed")) and toks.raw[right[0]].islower() and right[0] + 1 < right[1]
        and (toks.low[right[0] + 1] in words.preposition or toks.low[right[0] + 1] in words.determiner))
    # ("Survival, Mr. VandeHei says, depends on giving readers what they want": a verb with its complement)
    continues = continues or plural_subject or cue_verb
    if continues:
        return [_last_clause(toks, *left), cut_right(toks, *right)]
    if hit.rule == "cue_speaker":  # "The problem, said X, head of Y, is educating people": after X's appositive
        comma = next((k for k in range(right[0] + 1, min(right[1] - 1, right[0] + 12)) if toks.low[k] == ","), -1)
        if comma > 0 and toks.low[comma + 1] in words.aux \
                and not any(toks.kind[k] == Q for k in range(right[0], comma)):
            return [left, cut_right(toks, comma + 1, right[1])]
    return None


_CONTINUING = frozenset(("until", "unless", "since"))
"""Words that go on with the clause an attribution set off by commas interrupts when a clause follows them ("The firm
was a giant, Mr. Clarke said, until it went bankrupt in 1999"); not "when", "as", "after" or "before", which more
often open the writer's circumstance ("..., he said, as he left the court"), nor "though", the writer's caveat
("..., the White House said, though they didn't name the location")."""


def _plural_subject_and_verb(toks: ParagraphTokens, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Is the first half a plural noun phrase with no verb (after an opening adverb: "Moreover,") and the
    second a bare verb with its complement ("Surrogate pregnancies, he said, turn women into commodities", "The new
    rules, the minister said, cut costs by half"): the subject, then its predicate?"""
    words = lexicon()
    s, e = left
    if e - s > 2 and toks.low[s + 1] == "," and (toks.low[s] in words.opener or toks.low[s].endswith("ly")):
        s += 2
    verb = toks.low[right[0]]
    if right[1] - right[0] < 2 or toks.kind[right[1] - 1] != W and right[1] - right[0] < 3 \
            or not toks.raw[right[0]].isalpha() or not toks.raw[right[0]].islower() \
            or verb.endswith(("s", "ing", "ly", "ed")) or verb in words.determiner or verb in words.pronoun \
            or verb in words.preposition or verb in words.boundary or verb in words.time or verb in words.aux:
        return False
    last = toks.low[e - 1]
    return e - s >= 1 and last.endswith("s") and not last.endswith(("'s", "\u2019s", "ss")) \
        and last not in words.determiner and all(
        toks.kind[k] == W and toks.low[k] not in words.verb and toks.low[k] not in words.aux
        and toks.low[k] not in words.pronoun and (toks.low[k] not in words.boundary or toks.low[k] == "and")
        and (toks.low[k] not in words.preposition or toks.low[k] == "of") for k in range(s, e))


def _last_clause(toks: ParagraphTokens, s: int, e: int) -> tuple[int, int]:
    """The last clause of the first half of an interrupted clause: after a dash or a semicolon and the "and" or
    "but" that joins it ("He had a rally that night - and the permit, his campaign said, had been hard to
    get"), else the whole half."""
    for k in range(e - 3, s, -1):
        if (toks.low[k] in DASH_WORDS or toks.low[k] == ";") and toks.low[k + 1] in ("and", "but") \
                and toks.kind[k + 2] == W:
            return k + 2, e
    return s, e


def relative_start(toks: ParagraphTokens, hit: Hit) -> int:
    """The relative pronoun that opens the content of 'which he called "a disaster"', or -1."""
    rel = hit.s0 - 1
    if hit.rule != "speaker_cue" or hit.r0 != hit.s0 or rel < 0 or toks.low[rel] != "which" \
            or toks.low[hit.s0] not in lexicon().pronoun or hit.c1 >= len(toks.low):
        return -1
    after = hit.r1 if hit.r1 < len(toks.low) else hit.c1
    if toks.kind[after] == Q or hit.cue.frame == "naming" and any(
            toks.kind[k] == Q for k in range(after, min(after + 6, len(toks.low)))):
        return rel
    return -1


def choose_content(toks: ParagraphTokens, hit: Hit, left: tuple[int, int] | None, right: tuple[int, int] | None,
                    *, colon: bool) -> list[tuple[int, int]]:
    """Choose the content of an attribution among the words before and after it."""
    quoted = left if left is not None and toks.kind[left[1] - 1] == Q else None  # a quotation before
    if right is not None and right[1] - right[0] > 2 and toks.low[right[0]].endswith("ly") \
            and toks.low[right[0] + 1] == "," and toks.kind[right[0] + 2] == Q:
        right = (right[0] + 2, right[1])  # 'said, cheerfully, "Oh, hey."': the manner is no content
    rel = relative_start(toks, hit)
    if rel >= 0 and right is not None:
        hit.rule += "_relative"  # 'which he called "a disaster"': which + what he called it
        return [(rel, rel + 1), cut_right(toks, *right)]
    if right is not None and toks.kind[right[0]] == Q:
        if quoted is not None and right[0] == hit.r1 and hit.cue.frame == "tell" and hit.r1 < len(toks.low) - 1:
            hit.rule = "content_" + hit.rule  # '"A," Fiorina told "Fox and Friends," adding ...': a title
            return [quoted]
        if quoted is not None:
            hit.rule += "_interrupted"
            return [quoted, cut_right(toks, *right)]
        if hit.cue.frame == "naming":  # 'what they called "supermarkets," all-in-one shops': the name only
            end = right[0] + 1
            while end + 1 < right[1] and toks.low[end] in ("and", "or") and toks.kind[end + 1] == Q:
                end += 2  # 'what officials call "legal loopholes" and "catch-and-release" policies': both names
            return [cut_right(toks, right[0], end)]
        return [cut_right(toks, *right)]
    if quoted is not None and right is not None and toks.kind[quoted[0]] == W and hit.rule != "cue_speaker" and (
            toks.low[quoted[0]] in lexicon().opener and not weak_right(toks, right)
            or toks.low[quoted[0]].endswith("ing") and toks.raw[quoted[0]][:1].isupper()
            and (any(toks.low[k] == "that" or toks.kind[k] == Q for k in range(*right))
                 or hit.cue.frame == "clause" and finite_clause(toks, *right))):
        # 'On "Fox News Sunday," Pence said ...': the title is an adjunct, and 'Calling the attack "...," X said
        # that ...' a participle clause of the speaker's; not 'In the end, X is "...," said Y, the
        # Z': after an inverted cue and its speaker comes an appositive
        return [cut_right(toks, *right)]
    if quoted is not None and hit.rule in ("coordinated_cue", "coordinated_subject") and right is not None \
            and not weak_right(toks, right):
        return [cut_right(toks, *right)]  # "X had served in Vietnam - "13 months in hell" - and said he was
        # convinced ...": a coordinated cue reports what follows it, the quotation before is the first verb's
    if quoted is not None:
        # '"A," he said two days later, "B."': the second quotation continues the first
        for k in range(*(right or (0, 0))):
            if right is not None and toks.kind[k] == Q and toks.low[k - 1] == "," and all(
                    toks.kind[i] != W for i in range(k + 1, right[1])):
                hit.rule += "_interrupted"
                return [quoted, (k, right[1])]
        hit.rule = "content_" + hit.rule
        return [quoted]
    before = toks.low[hit.s0 - 1] if hit.s0 > 0 else ""
    joined = hit.rule != "cue_speaker" and hit.s0 > 0 and (
        before in ("and", "but") or hit.s1 - hit.s0 == 1 and toks.low[hit.s0] in ("who", "which")
        or before in lexicon().subordinate and before not in lexicon().relative and _words_after_cue(toks, hit)) \
        and toks.kind[left[1] - 1] != Q if left is not None else False
    if left is not None and hit.rule in ("speaker_cue", "speaker_appositive_cue", "cue_speaker") \
            and weak_right(toks, right) and not colon and not joined:
        # (not after "and" or "but": "Growth stalled, and officials complained about the weather" is a clause of
        # the writer's joined to the speaker's, not what the speaker said; nor the clause a relative "who" hangs on:
        # "Pompeo was dispatched by Trump, who warned of ..."; nor the main clause before a subordinate one with
        # words after its cue: "California flipped, as Mexican-American voters responded to Republican efforts")
        hit.rule = "content_" + hit.rule
        return [left]
    if hit.rule == "cue_speaker":
        if left is not None and not colon and right is not None and right[0] > 0 and (
                toks.low[right[0] - 1] == "," or toks.low[right[0] - 1] in DASH_WORDS  # "..., says the party - and"
                or right[0] == hit.s1 and toks.low[right[0]] in ("who", "whose")):  # "said an official who is ..."
            hit.rule = "content_" + hit.rule  # '..., said X, head of market development at Y.': the words before
            return [left]
        if left is None and right is not None and toks.low[right[0] - 1] == "," and after_opener(toks, hit.c0):
            return [cut_right(toks, *right)]  # "By contrast, says Mr Cox, the Mac mini is almost disposable"
        return []  # 'said X, a professor at Y' with nothing before: what follows the speaker is an appositive
    if left is None and right is not None and hit.rule == "speaker_cue" and hit.cue.frame in ("clause", "tell") \
            and (adjunct_only(toks, right) or hit.cue.lemma in lexicon().outlet_work and for_outlet(toks, right)
                 or participle_adjunct(toks, right) and (hit.s0 == 0 or hit.s0 > 0 and (
                     toks.kind[hit.s0 - 1] == Q or toks.low[hit.s0 - 1] in (".", "!", "?")))):
        return []  # '"...!" Smith said last week.' and '"...?" Smith asked, looking up.': the quotation before is
        # the content; "The senator responded, issuing a statement": what the speaker did, nothing said (not "As
        # Friedman explained, spending your money ...": a clause after a source set off)
    if right is not None and hit.cue.frame == "naming":
        last_q = max((k for k in range(*right) if toks.kind[k] == Q), default=-1)
        comma = next((k for k in range(*right) if toks.low[k] == ","), right[1])
        if last_q >= 0 and (last_q in toks.comma_q or last_q + 1 < right[1] and toks.low[last_q + 1] == ","):
            right = (right[0], last_q + 1)  # 'called the idea a "ridiculous proposition," adding ...': up to the
            # quoted name before its comma (not 'called him "the grownup on the stage" amidst the food fight')
        elif comma > right[0] and all(toks.kind[k] == W and is_name(toks.raw[k]) for k in range(right[0], comma)):
            right = (right[0], comma)  # "The law, which critics dubbed Obamacare, is popular": the name only
    # a clause after a subordinate or a short adjunct: "said while it was ...", "said during the campaign he
    # would ..." (after a speech cue only: not "feel as if", "know until May if"); a subordinate with no subject
    # of its own before its main clause too ("saying when apprehended, some migrants ask ...")
    clause = right is not None and (
        toks.low[right[0]] in lexicon().subordinate and (new_subject(toks, right[0] + 1, right[1]) and not (
            toks.low[right[0]] in _TEMPORAL and toks.low[right[0] + 1] not in _DEGREE) or main_clause_after(toks, *right))
        or hit.cue.cue_type == "speech" and clause_after_adjunct(toks, *right))
    if right is not None and not (toks.low[right[0]] in lexicon().adjunct_start and not clause
                                  and hit.cue.frame not in ("object", "naming")):
        rel = hit.s0 - 1
        if rel >= 0 and toks.low[rel] in ("which", "that") and hit.rule == "speaker_cue" and \
                (toks.low[right[0]] in lexicon().verb or toks.low[right[0]] in lexicon().aux) and hit.r0 == hit.s0 \
                or relative_start(toks, hit) >= 0:
            hit.rule += "_relative"  # "which analysts say is a show of solidarity": which + what they say
            return [(rel, rel + 1), cut_right(toks, *right)]
        return [cut_right(toks, *right, noun_object=hit.cue.frame == "object")]  # (the adjunct stays: "after
        # speaking with captains, the campaign ...")
    return []


_TEMPORAL = frozenset(("as", "when", "while"))
"""Conjunctions whose clause after a cue is a time adjunct ("said as he launched the process") unless a main
clause follows it ("said when he was 16, Snowden lived there")."""
_DEGREE = frozenset(("many", "much", "few", "little", "long", "soon", "far", "well", "often", "early", "late"))
"""Words after "as" that make it a degree ("said as many as 30 percent ..."), not a time conjunction."""


def main_clause_after(toks: ParagraphTokens, s: int, e: int) -> bool:
    """Does a comma or dash inside tokens[s:e] open a clause of its own ("when he was 16, Snowden lived ..."), a
    reported clause ("said, when asked, that the plan was dead") or a quotation ('when he tried to analyze them,
    "There weren't enough incidents"')?"""
    return any((toks.low[k] == "," or toks.low[k] in DASH_WORDS) and (
        toks.kind[k + 1] == Q or toks.low[k + 1] == "that" or new_subject(toks, k + 1, e)
        or finite_clause(toks, k + 1, e)) for k in range(s + 2, e - 1))


def _adjunct_comma(toks: ParagraphTokens, s: int, e: int) -> int:
    """The comma closing a short adjunct at s before a clause of its own ("in an interview, India has ..."), else
    -1 (no such adjunct, or one that runs into its clause without a comma: "during the campaign he would")."""
    end = _adjunct_end(toks, s, e)
    return end if end > s and toks.low[end] == "," else -1


def clause_after_adjunct(toks: ParagraphTokens, s: int, e: int) -> bool:
    """Does a short adjunct at s ("during the campaign", "in an interview", "after speaking with aides,") come
    before a clause with its own subject and finite verb ("he would ...", "the economy was ...")?"""
    return _adjunct_end(toks, s, e) >= 0


def _adjunct_end(toks: ParagraphTokens, s: int, e: int) -> int:
    """Where the short adjunct at s ends before a clause of its own: the comma closing it, or the clause's first
    token when no comma does; -1 when no clause follows (see :func:`clause_after_adjunct`)."""
    words = lexicon()
    if toks.low[s] not in words.preposition and toks.low[s] not in words.adjunct_start \
            or toks.low[s] in ("like", "than", "until") \
            or toks.low[s] == "as" and s + 1 < e and toks.low[s + 1] in ("if", "though"):
        return -1  # not "feel as if ..."
    for k in range(s + 2, min(e, s + 9)):
        if toks.kind[k - 1] != W and not (toks.low[k - 1] == "," and k - 1 > s + 1):
            return -1
        if toks.low[k - 1] == ",":  # "said after speaking with precinct captains, the campaign believes ..."
            # (or a name: "said in an interview, India has a broader problem")
            clause = subject_and_verb(toks, k, e) or is_name(toks.raw[k]) and finite_clause(toks, k, e)
            return k - 1 if clause else -1
        if toks.low[k - 1] not in words.determiner and (
                toks.low[k] in words.determiner or toks.low[k] in words.pronoun or toks.low[k] == "there"
                or "'" in toks.low[k]) and finite_clause(toks, k, e):
            return k
    return -1


def after_opener(toks: ParagraphTokens, c0: int) -> bool:
    """Does the cue at c0 follow only a short opening phrase and its comma at the start of a sentence ("By
    contrast, says", "Currently, says")?"""
    k = c0 - 1
    if k < 1 or toks.low[k] != ",":
        return False
    start = k
    while start > 0 and k - start < 4 and toks.kind[start - 1] == W:
        start -= 1
    opening = start == 0 or toks.low[start - 1] in (".", "!", "?")
    first = toks.low[start]
    return opening and start < k and (first in lexicon().opener or first in lexicon().preposition
                                      or first.endswith("ly") or first.endswith("ed") and start + 1 < k
                                      and toks.low[start + 1] in lexicon().preposition)  # "Based on these factors,"


def _words_after_cue(toks: ParagraphTokens, hit: Hit) -> bool:
    """Does the cue's clause go on after the cue with more than a time or place adjunct ("as voters responded to
    Republican efforts"; not "as the minister said", "as he said on Monday")?"""
    end = next((k for k in range(hit.c1, len(toks.low)) if toks.low[k] in (".", "!", "?", ";")), len(toks.low))
    start = hit.c1
    if hit.cue.frame == "tell" and (addressee := np_forward(toks, start, end)) is not None:
        start = addressee[1]  # "as Dana Pike told the Journal": the addressee is no more of the clause
    return end > start and toks.kind[start] == W and toks.low[start] != "from" \
        and not adjunct_only(toks, (start, end))  # ("as Anthony Kuhn reports from Beijing")


def _gerund_subject(toks: ParagraphTokens, s: int, e: int) -> bool:
    """Does the -ing word at s open the subject of a clause, a finite verb following within six words without a
    comma, "to" or a pronoun ("..., he said, replacing Clinton would be much more acrimonious")?"""
    words = lexicon()
    if toks.low[s] == "meaning":
        return False  # "..., meaning the virus will be a threat": a consequence the writer draws
    for k in range(s + 1, min(e, s + 7)):
        if toks.kind[k] != W or toks.low[k] == "to" or toks.low[k] in words.pronoun:
            return False  # ("interviewing them to ensure they would be safe")
        if toks.low[k] in words.finite or toks.low[k] in words.modal or toks.low[k] in words.be:
            return True
    return False


def participle_adjunct(toks: ParagraphTokens, right: tuple[int, int]) -> bool:
    """Are the words after a cue and its comma a participle clause of what the speaker did, no quotation or
    reported clause in it ("he said, wiping sweat off his face"; not "he said, replacing Clinton would be ...", a
    gerund subject, nor "he said, looking up, that ...")?"""
    first = toks.low[right[0]]
    return first.endswith("ing") and len(first) > 4 and first != "including" and right[0] > 0 \
        and toks.low[right[0] - 1] == "," and not any(
            toks.kind[k] == Q or toks.low[k] == "that" and toks.low[k - 1] == "," for k in range(*right)) \
        and not _gerund_subject(toks, *right)


def weak_right(toks: ParagraphTokens, right: tuple[int, int] | None) -> bool:
    """Are the words after a cue no content of their own (nothing, an adjunct, a short tag)?"""
    if right is None:
        return True
    first = toks.low[right[0]]
    if first == "that" or toks.kind[right[0]] == Q or first in ANSWERS and right[0] > 0 \
            and speech_form(toks.low[right[0] - 1]):
        return False  # ("75 percent of Democrats said yes": the answer is what was said)
    if first in lexicon().interrogative and right[0] > 0 and toks.low[right[0] - 1] != ",":
        return False  # "it didn't say who": an indirect question, however short
    if first in ("but", "yet", "whereas", "while", "although", "though", "and") and right[0] > 0 \
            and toks.low[right[0] - 1] == ",":
        return True  # "Prices will rise, the minister said, but the bank disagreed": the writer's next clause (", and"
        # goes on with the clause only where content.parenthetical read it so)
    if right[0] > 0 and toks.low[right[0] - 1] == "," and right[1] - right[0] > 1 and (
            first in ("as", "because", "since") or first.endswith("ly") and toks.low[right[0] + 1] in (
                "as", "because", "since", "if", "when", "after")):
        return True  # "ONGC would cut its imports, Mr Westwood explained, especially as ...": a reason added
    if first in ("a", "an") and right[0] > 0 and (toks.low[right[0] - 1] == "," or toks.low[right[0] - 1] in DASH_WORDS) \
            and any(toks.low[k] in ("that", "which") for k in range(right[0] + 2, min(right[1], right[0] + 6))):
        return True  # "..., the budget office reported on Tuesday -- a development that ...": the writer's summary
    if first in lexicon().relative and right[0] > 0 and toks.low[right[0] - 1] == ",":
        return True  # "Prices will rise, said Mr Fogg, who chairs the committee": of the speaker, not said
    if participle_adjunct(toks, right):
        return True  # "Sales were great, he said, wiping sweat off his face": what the speaker did, not said
    if first == "to" and _infinitive(toks, right[0] + 1, right[1]):
        return False  # "they vowed to fight it": an infinitive, however short
    if right[0] > 0 and toks.low[right[0] - 1] in DASH_WORDS and not any(
            toks.kind[k] == Q or toks.low[k] in lexicon().aux or toks.low[k] in lexicon().verb or past_verb(toks.low[k])
            for k in range(*right)):
        return True  # "..., the study found -- up from 17 percent in 2008": a figure added after a dash, no clause
    if first in lexicon().preposition and _adjunct_comma(toks, *right) > 0:
        return False  # "said in an interview, India has ...": an adjunct, then the clause said
    words = sum(1 for k in range(*right) if toks.kind[k] == W)
    quoted = any(toks.kind[k] == Q for k in range(*right))  # 'X says he goes "back to war."' is content
    clause = right[1] - right[0] >= 2 and (first in lexicon().pronoun and toks.low[right[0] + 1] in lexicon().verb
                                           or "'" in first and finite_clause(toks, *right))  # "they're liberal"
    return words <= 3 and not quoted and not clause or first in lexicon().preposition \
        or first in lexicon().adjunct_start or first in lexicon().time and not determines(toks, right[0])
    # (not "he doesn't care": a clause; a time word, not "this" before its noun: "found this pattern across ...")


def _infinitive(toks: ParagraphTokens, k: int, e: int) -> bool:
    """Does a bare verb stand at token k after "to" ("to fight it"), not a noun phrase ("to reporters", "to the
    crowd", "to him")? A lower-case word that is no function word and does not end in -s (but -ss)."""
    if k >= e or toks.kind[k] != W:
        return False
    raw, low, words = toks.raw[k], toks.low[k], lexicon()
    return raw.isalpha() and raw.islower() and not (low.endswith("s") and not low.endswith("ss")) \
        and low not in words.determiner and low not in words.pronoun and low not in words.possessive \
        and low not in words.preposition and low not in words.time and low not in words.number_word


def _inverted_speaker_before(toks: ParagraphTokens, k: int) -> bool:
    """Do a speech cue and a name end at the comma before token k ("said Jay Jacobs, ...")?"""
    i = k - 2
    if i < 1 or toks.low[k - 1] != ",":
        return False
    while i > 0 and is_name(toks.raw[i]):
        i -= 1
    return i < k - 2 and speech_form(toks.low[i]) and not toks.low[i].endswith("ing")


def _dash_after_cue(toks: ParagraphTokens, k: int) -> bool:
    """Does a dash follow the attribution ending at token k, at most two lower-case words between ("said twice -")?"""
    for i in range(k, min(k + 3, len(toks.low))):
        if toks.low[i] in DASH_WORDS:
            return True
        if toks.kind[i] != W or not toks.raw[i].islower():
            return False
    return False


def attribution_content(toks: ParagraphTokens, hit: Hit, left: tuple[int, int] | None, right: tuple[int, int] | None,
             *, colon: bool) -> list[tuple[int, int]]:
    """The content of an attribution, given the words before (left) and after (right) its region."""
    if hit.rule in ("participle_passive_by", "fronted_participle", "fronted_passive_by", "content_passive_no_agent"):
        return hit.content  # set with its speaker (or, for "..., it has been claimed", with its cue)
    if hit.rule == "passive_no_agent":  # "Trump is expected to win", "it was said that ...", "it was claimed he ..."
        if right is not None and (toks.low[right[0]] in ("to", "as", "that") or toks.kind[right[0]] == Q
                                  or not hit.content and finite_clause(toks, right[0], right[1])
                                  or not hit.content and hit.cue.agentless and new_subject(toks, *right)):
            return hit.content + [cut_right(toks, *right)]
        return hit.content
    if hit.rule == "passive_by":
        if right is not None and hit.cue.cue_type == "evaluation" and right[0] <= hit.s0 and hit.s1 < right[1] \
                and toks.low[hit.s1] == "for":  # "was criticised by campaigners for putting ...": what was judged
            return hit.content + [cut_right(toks, hit.s1, right[1])]  # and the reason
        if right is not None and hit.cue.cue_type == "belief" and hit.content and right[0] <= hit.s0 \
                and hit.s1 < right[1] and toks.low[hit.s1] in ("to", "as"):
            return hit.content + [cut_right(toks, hit.s1, right[1])]  # "X is considered by officials | to be ..."
        if right is not None:  # 'was warned of "..." by the US': the content stops before the agent
            by = next((k for k in range(*right) if toks.low[k] == "by"), right[1])
            if by == right[0] and hit.s0 == by + 1 and hit.s1 < right[1] and (
                    toks.low[hit.s1] == "of" and hit.cue.lemma in lexicon().accusation or toks.low[hit.s1] == "that"):
                right = (hit.s1, right[1])  # "was accused by activist Denise Rotheimer of harassment": after the agent
            else:
                right = trim(toks, right[0], by)
        if right is None or not (toks.low[right[0]] in ("of", "that") or any(
                toks.kind[k] == Q for k in range(*right))):
            return hit.content  # the subject of a speech cue ("The contents were confirmed by X"), else none
        return [right]
    if hit.cue.frame == "according":
        if left and _inverted_speaker_before(toks, left[0]) and appositive(toks, *left):
            return []  # '"...," said Jay Jacobs, the party chairman, according to the Times': no content of its own
        if left and right and hit.r0 >= 2 and toks.low[hit.r0 - 1] in ("but", "and", "yet") \
                and toks.low[hit.r0 - 2] == "," and toks.low[hit.r1] == ",":
            return [right]  # "..., but according to those present, it was embarrassing": the clause it opens
        if left and right and toks.kind[right[0]] == Q and (hit.r0 >= 1 and toks.low[hit.r0 - 1] in DASH_WORDS
                                                             or hit.cue.lemma == "in the words of"):
            return [right]  # '... for 17 years - according to a historian, "pursuing the bad guys"', 'has become, in
            # the words of two scholars, "dismissive of ..."': the quotation after the source is its words
        conjunction, words = toks.low[left[1] - 1] if left else "", lexicon()
        if left and right and left[1] == hit.r0 - 1 and (conjunction in ("that", "if") or conjunction in words.subordinate
                                                         and conjunction not in words.relative):
            return [right]  # "he will go, because, according to Trump, the media would call him a "chicken"": the
            # clause the conjunction opens
        return [left] if left else ([right] if right else [])
    content = choose_content(toks, hit, left, right, colon=colon)
    if len(content) == 1 and content[0] == left and left[1] - 2 > left[0] and toks.kind[left[1] - 1] == Q \
            and toks.low[left[1] - 2] in DASH_WORDS and _dash_after_cue(toks, hit.r1):
        return [(left[1] - 1, left[1])]  # '... leaders like Saddam Hussein - "He would have loved Stalin," Mr. Biden
        # said twice - and ...': an attribution set off by dashes inside the writer's sentence quotes its quotation
    if len(content) == 1 and toks.low[content[0][0]] in ("and", "but") and content[0][0] == hit.c1:
        return []  # "five times more phone calls and 28 times more door knocks", "executive orders and other
        # measures": a noun spelt like a cue, or a verb with nothing to report, before a conjunction
    if len(content) == 1 and content[0] == right and right[0] == hit.r1 and hit.cue.frame in ("clause", "tell") \
            and place_or_medium_only(toks, right):
        return []  # "Colvin reported from Washington", "E Hayot, writing in the culture blogzine Print Culture, ...",
        # "have said in the past": where or when it was said, no words of it
    return content
