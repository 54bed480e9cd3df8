"""Where one noun phrase ends and the next begins inside the words before a cue.

Words walked back from a cue as one noun phrase may hold two, side by side with no word between them: the object of
a clause, then the subject of a reduced relative clause whose verb is the cue ("mirrors something the GOP nominee
said", "the stopgap reform the president proposed", "before this meeting the Times praised"). The speaker is the
second phrase. The word classes it reads are in ``attribution_words.csv`` (``second_phrase``, ``time_noun``,
``anyone``, ``clause_relative``, ``thing_pronoun``, ``noun_ing_after``, ``no_phrase_end``).
"""
from __future__ import annotations

from analysis.quotes.cues import lexicon, speech_form
from analysis.quotes.tokens import ParagraphTokens, W, possessive_s
from analysis.speakers.lexicon import lexicon as speakers_lexicon


def second_phrase_start(toks: ParagraphTokens, i: int, j: int) -> int:
    """Where a second noun phrase starts in tokens [i, j]: the latest determiner, written in lower case, right after
    a lower-case noun (an -ing word after "the" or "this" is one: "this meeting"), with no relative pronoun, verb or
    participle before it in the span ("Democrats who control the panel", "MPs leaving the meeting" are one phrase),
    no predeterminer or preposition right before it ("half the voters", "aides inside the White House") and no
    time word in the second phrase ("President Trump the next day"); i if there is none."""
    words = lexicon()
    first = toks.low[i]
    if not (first in words.determiner or first in words.possessive or first in words.thing_pronoun
            or first in words.number_word or first[:1].isdigit()):
        return i  # the first phrase must open as one: not a verb and its object ("faces a pair of misdemeanor
        # charges", "select the bid winners")
    after = toks.low[j + 1:j + 3]
    if toks.low[j] in words.verb or toks.low[j] in words.past_form \
            or toks.raw[j].islower() and toks.low[j].endswith("ed") or len(after) == 2 \
            and (after[0] in words.past_form or after[0].endswith("ed")) and not speech_form(after[0]) \
            and (after[1] in words.past_form or after[1].endswith("ed") or speech_form(after[1])) \
            and after[1] not in words.be and after[1] not in words.aux:
        return i  # a contact clause, then the cue: "The head of the party the senator leads said", "All
        # individuals the committee interviewed verified"
    if i > 0 and toks.low[i - 1] in words.clause_relative:
        return i  # the body of a relative clause, read with its antecedent: "the towns that line the river said"
    when = next((k for k in range(j - 1, i + 1, -1) if toks.raw[k] == "the" and toks.low[k - 1] in words.time_noun),
                -1)
    if when > 0:
        return when  # "the incidents in filings to the commission the same day the CPUC said": a time, the clause
    for k in range(j - 1, i, -1):
        if toks.low[k] not in words.second_phrase or not toks.raw[k].islower():
            continue
        before = toks.low[k - 1]
        noun_ing = before.endswith("ing") and k - 2 >= i and toks.low[k - 2] in words.noun_ing_after
        if toks.kind[k - 1] != W or not toks.raw[k - 1].islower() or before in words.determiner \
                or before in words.preposition or before in words.possessive or before in words.relative \
                or before in words.no_phrase_end \
                or not noun_ing and (before in words.verb or before in words.aux or before in words.modal
                                     or before in words.be or before in words.past_form
                                     or before in words.participle or before.endswith(("ing", "ed", "ly"))):
            return i
        if possessive_s(before) or toks.raw[k + 1][:1].isupper() and before not in words.anyone and (
                before in words.role_form or before in speakers_lexicon().organisation_nouns):
            return i  # a possessor ("the nation's most conservative voices"), or a noun naming what follows: "the
            # civil rights organization the Anti-Defamation League", "Vatican spokesman the Rev. Federico Lombardi"
        if any(toks.low[m] in words.relative or toks.low[m] in words.clause_relative or toks.low[m] in words.verb
               or toks.low[m] == "to" or toks.kind[m] != W for m in range(i, k - 1)) \
                or any(toks.raw[m].islower() and toks.raw[m - 1][:1].isupper() and toks.low[m] not in words.preposition
                       and toks.low[m - 1] not in words.determiner for m in range(i + 1, k)):
            return i  # a verb in the first phrase: "to mount a major race", "The State Department withheld a key
            # email", "Mr. Manafort helped draft a report" (a lower-case word after a name)
        if any(toks.low[m] in words.time for m in range(k + 1, j + 1)):
            return i
        return k
    return i
