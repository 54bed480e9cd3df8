"""A participle clause of a cue that opens the sentence: its speaker is the subject after it.

"A day after saying that the plan had failed, Mr Fox called for a vote" and 'Calling the decision "a disgrace,"
Mr Smith said he would appeal': the phrase is an attribution of its own (rule ``fronted_participle``), whose
content is what follows the cue up to the comma that closes the phrase, and whose speaker is the main clause's
subject. Not a belief's condition ("Assuming that's correct, the workforce will ..."), nor a phrase that says where
or to whom the speaker spoke ("Writing on Twitter, X said", "Responding to a question, X said").
"""

from __future__ import annotations

from analysis.quotes.cues import Hit, lexicon, set_speaker
from analysis.quotes.phrases import np_forward
from analysis.quotes.tokens import ParagraphTokens, Q, W

_TIME_OPENERS = ("after", "before", "since", "while", "when", "upon")
"""Words before the participle of a time phrase that opens the sentence ("A day after saying ...")."""


def opening_participle(toks: ParagraphTokens, hit: Hit, a: int, b: int, before_cue: int) -> bool:
    """Is the cue (a form in -ing, the sentence's tokens ``a:b``) a participle clause that opens the sentence, at
    its start or after a short time phrase ("Less than a week after announcing that ..."), with the subject after
    it? Then the hit takes that subject as its speaker.

    Args:
        toks: the paragraph's tokens.
        hit: the cue.
        a: the sentence's first token.
        b: the token after the sentence.
        before_cue: the token before the cue (after skipping time words).
    """
    low, words = toks.low, lexicon()
    at_start = hit.c0 == a and hit.cue.cue_type != "belief"
    timed = before_cue >= a and low[before_cue] in _TIME_OPENERS and (
        before_cue - a <= 3 or before_cue - a <= 6 and any(low[k] in words.time_span for k in range(a, before_cue)))
    return (at_start or timed) and _fronted_participle(toks, hit, b)


def _fronted_participle(toks: ParagraphTokens, hit: Hit, b: int) -> bool:
    k = hit.c1  # to the comma that closes the phrase, over quoted words ('Calling it "a disgrace," Mr Fox said')
    while k < b and toks.low[k] != "," and not (k in toks.comma_q and k > hit.c1):
        k += 1
    if k >= b or k == hit.c1 or toks.low[hit.c1] in lexicon().preposition:
        return False  # ("Writing on Twitter, X said", "Responding to a question, X said": where, not what)
    if k + 1 < b and toks.low[k] == "," and toks.kind[k + 1] == Q and toks.kind[hit.c1:k].count(Q) % 2:
        k += 1  # '... had "failed," Mr Fox': the closing mark after the comma
    end = k + 1 if k in toks.comma_q or toks.kind[k] == Q else k
    np = np_forward(toks, k + 1, b)
    if np is None or np[1] >= b or toks.kind[np[1]] != W:
        return False
    hit.content = [(hit.c1, end)]
    return set_speaker(hit, hit.c0, np, hit.c0, hit.c1, "fronted_participle")
