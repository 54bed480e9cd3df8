"""Passive cues and their speakers: with an agent ('Putin was warned of "..." by the US'), without one ('Trump is
expected to win', whose content is then the subject with its complement), reduced ("claims denied by Labour") and
fronted ('Asked by Mr. Acosta if ..., the president said': the asker's question).
"""
from __future__ import annotations

from analysis.quotes.adjuncts import time_back
from analysis.quotes.appositives import described_name
from analysis.quotes.clauses import expected_speech, reported_clause_follows
from analysis.quotes.cues import Hit, lexicon, past_verb, set_speaker, speech_form
from analysis.quotes.phrase_words import new_subject, np_word
from analysis.quotes.phrases import np_back, np_forward
from analysis.quotes.tokens import P, ParagraphTokens, Q, W


def passive(toks: ParagraphTokens, hit: Hit, c0: int, a: int, b: int) -> bool:
    """A passive cue: with its agent ('Putin was warned of "..." by the US'), or without one ('Trump is
    expected to win'), whose content is then the subject with the complement, and which has no speaker."""
    for k in range(hit.c1, b):
        if toks.kind[k] == P and toks.low[k] in (";", ":") or toks.low[k] == "that":
            break  # "it is understood that Lorimer will be joined by X": the clause's agent, not the cue's
        if toks.low[k] == "to" and k + 1 < b and toks.raw[k + 1].islower() and toks.kind[k + 1] == W \
                and toks.low[k + 1] not in lexicon().determiner:
            break  # "is expected to issue a report by the end of April": the infinitive's, no agent of the cue
        if toks.low[k] == "by" and k - 1 >= hit.c1 and toks.kind[k - 1] == W and (
                past_verb(toks.low[k - 1])):
            break  # "was asked during a luncheon held by The Wall Street Journal": the participle's agent
        if toks.low[k] == "by":
            np = np_forward(toks, k + 1, b) or (
                bare_agent(toks, k + 1, b) if hit.cue.cue_type in ("evaluation", "belief") and k <= hit.c1 + 1
                else None)
            if np is None:
                return False
            judged = _judged_subject(hit)
            if hit.cue.cue_type == "speech" or hit.cue.cue_type == "belief" and np[1] < b \
                    and toks.low[np[1]] in ("to", "as") or judged:
                # "The contents were confirmed to NPR by a spokesperson": what was said; "Al-Asiri is considered by
                # officials to be the best bomb-maker": the subject and what it is held to be; "The plan was
                # backed by the unions": what the agent judged ("It was backed by the police union": the bill)
                hit.content = subject_content(toks, np_back(toks, time_back(toks, c0 - 1, a), a), judged=judged)
            np = described_name(toks, np, b)  # 'described as a "farce" by the leader of the party, Kristian Dahl.'
            return set_speaker(hit, c0, np, c0, hit.c1, "passive_by")
    quoted = next((k for k in range(hit.c1, min(b, hit.c1 + 3)) if toks.kind[k] == Q), -1)
    if quoted >= 0 and all(toks.kind[k] == P for k in range(hit.c1, quoted)) and hit.cue.cue_type == "speech":
        hit.c0, hit.r0, hit.r1, hit.rule = c0, c0, hit.c1, "passive_no_agent"
        hit.content = []  # 'Trump was asked, "What is the most dangerous place?"': the quotation is it
        return True
    subject = np_back(toks, time_back(toks, c0 - 1, a), a)
    if subject is None:
        return False
    it_subject = subject[1] - subject[0] == 1 and toks.low[subject[0]] == "it"
    if it_subject and hit.cue.cue_type in ("speech", "belief") and subject[0] - 2 >= a \
            and toks.low[subject[0] - 1] == "," and all(toks.kind[k] == P for k in range(hit.c1, b)) \
            and not any(toks.low[k] in lexicon().modal for k in range(c0, hit.c0)):
        hit.c0, hit.r0, hit.r1, hit.rule = c0, subject[0], hit.c1, "content_passive_no_agent"
        hit.content = [(a, subject[0] - 1)]  # "The statement has diverted attention, it has been claimed."
        return True
    if not hit.cue.agentless and not (hit.cue.cue_type == "speech" and hit.c1 < b
                                      and (toks.low[hit.c1] == "that" or reported_clause_follows(toks, hit, b))
                                      and subject[1] - subject[0] == 1 and toks.low[subject[0]] == "it"
                                      and not (subject[0] > a and toks.low[subject[0] - 1] == "let")
                                      and not any(toks.low[k] in lexicon().modal for k in range(c0, hit.c0))):
        return False  # a speech cue reports in "it was revealed that ...", without a source; not "it should be
        # noted that" (the writer's aside), nor "Obama let it be known that" (the subject of "let" speaks)
    if hit.cue.cue_type != "speech" and (hit.c1 >= b or toks.low[hit.c1] not in ("to", "as", "that")) \
            and not (it_subject and hit.cue.agentless and new_subject(toks, hit.c1, b)):
        return False  # "The results are expected on Friday", "no impact could be expected": nothing reported
        # (but "The purchase price was not disclosed": a statement withheld; "It is believed the gang fled": a
        # belief's clause after an empty "it")
    if hit.cue.cue_type != "speech" and it_subject and any(speech_form(toks.low[k]) for k in range(hit.c1 + 2, b)):
        return False  # "It is thought Blackburn want £6m but Williams has confirmed ...": the clause has a source of
        # its own
    if hit.cue.cue_type != "speech" and expected_speech(toks, hit.c1, b):
        return False  # "The Fed is expected to announce that ...": the subject's words to come, its infinitive cue
    hit.c0, hit.r0, hit.r1, hit.rule = c0, c0, hit.c1, "passive_no_agent"
    # the subject of a passive "tell" is whom it was said to, not what ("Mr Bradshaw was told it was an offence")
    hit.content = [] if hit.cue.frame == "tell" else subject_content(toks, subject)
    return True


def _judged_subject(hit: Hit) -> bool:
    """Is the subject of a passive act what its agent judged: an evaluation cue that takes an object ("backed",
    "criticised", "blamed")? A reason after the agent is content too ("was criticised by campaigners for
    putting ...")."""
    return hit.cue.cue_type == "evaluation" and hit.cue.frame == "object" and hit.cue.judged_passive


def bare_agent(toks: ParagraphTokens, i: int, b: int) -> tuple[int, int] | None:
    """A plural agent with no determiner after "by", one or two lower-case modifiers allowed: "was criticised by
    privacy campaigners for ...", "by human rights groups", "by police". It ends at the sentence's end, punctuation
    or a preposition. Read only right after an evaluation cue: "were pushed around by grass-roots activists" and
    "the letters were written by members" name no source."""
    words = lexicon()
    for head in range(i, min(b, i + 3)):
        low = toks.low[head]
        if toks.kind[head] != W or toks.raw[head][:1].isupper() or low in words.verb or low in words.aux \
                or low in words.cues or low in words.preposition or low in words.time or low in words.determiner \
                or not np_word(toks, head):
            return None
        after = head + 1
        if (low.endswith("s") and low.isalpha() or low in words.plural) and (
                after >= b or toks.kind[after] == P or toks.low[after] in words.preposition):
            return (i, after)
    return None


def subject_content(toks: ParagraphTokens, subject: tuple[int, int] | None, *,
                    judged: bool = False) -> list[tuple[int, int]]:
    """A passive cue's subject as its content; none for an empty "it" or "there" ("it was said that ..."), but the
    "it" of what an agent judged is a thing ("It was opposed by the sheriffs": the bill), ``judged``."""
    if subject is None or subject[1] - subject[0] == 1 and toks.low[subject[0]] in (("there",) if judged
                                                                                    else ("it", "there")):
        return []
    return [subject]


def reduced_passive(toks: ParagraphTokens, hit: Hit, a: int, b: int, *, noun_end: int) -> bool:
    """A participle whose agent speaks of the noun phrase ending at token ``noun_end``: 'The meeting, announced on
    Monday by the ministry, will be ...' (the noun before the comma), "claims denied by Labour" (the noun right
    before the participle); not a participle naming an act done to the noun (``act_participle``: "an amendment
    offered by Senators Cruz and Lee", "documents requested by House Democrats", "the clip posted by Jimmy
    Kimmel")."""
    if toks.low[hit.c0] in lexicon().act_participle:
        return False
    for k in range(hit.c1, min(b, hit.c1 + 8)):
        if toks.low[k] == "by":
            np = np_forward(toks, k + 1, b)
            content = np_back(toks, noun_end, a)
            if np is None or content is None:
                return False
            hit.content = [content]
            return set_speaker(hit, hit.c0, np, hit.c0, np[1], "participle_passive_by")
        if toks.kind[k] != W:
            return False
    return False


def fronted_passive(toks: ParagraphTokens, hit: Hit, b: int) -> bool:
    """A past participle opening the sentence is passive: its subject is the one addressed, not the speaker. 'Asked
    whether he would run, Reid said ...' is a question someone else asked him: a row only when the phrase names
    who asked ('Asked by Mr. Acosta if he had heard of ..., the president said': Mr. Acosta)."""
    if hit.c1 + 1 >= b or toks.low[hit.c1] != "by":
        return False
    np = np_forward(toks, hit.c1 + 1, b)
    if np is None or np[1] >= b or toks.low[np[1]] not in ("if", "whether", "about", "what", "why", "how", "to"):
        return False
    end = next((k for k in range(np[1], b) if toks.low[k] == ","), -1)
    if end <= np[1]:
        return False
    hit.content = [(np[1], end)]
    return set_speaker(hit, hit.c0, np, hit.c0, np[1], "fronted_passive_by")
