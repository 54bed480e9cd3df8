from __future__ import annotations

from bisect import bisect_right

from analysis.quotes.addressees import addressee_only, ago_end, skip_adjuncts
from analysis.quotes.appositives import appositive
from analysis.quotes.as_sources import as_source, as_source_before_subordinate
from analysis.quotes.clauses import (
    bare_clause,
    clause_after_addressee,
    held_clause,
    other_subject,
    own_participle,
    statement_after_object,
)
from analysis.quotes.content import (
    ANSWERS,
    attribution_content,
    left_content,
    new_subject,
    parenthetical,
    relative_start,
    weak_right,
)
from analysis.quotes.content_end import comma_before, trim
from analysis.quotes.cues import Hit, find_cues, lexicon, pronoun_form, quoted_name
from analysis.quotes.fronted import split_fronted
from analysis.quotes.no_report import hedged, reports_nothing
from analysis.quotes.phrase_words import DASH_WORDS
from analysis.quotes.quantities import percent_before
from analysis.quotes.speaker_rules import attach_speaker
from analysis.quotes.special import quoted_as_saying
from analysis.quotes.subjects import sentence_subject
from analysis.quotes.tokens import P, ParagraphTokens, Q, W, is_name


def post_posed(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Does the attribution close its sentence after its content ("..., Mook wrote.")? Not a plain speech verb
    after "and" or "but", coordinated with the one before ('said they were in a "virtual tie" and said he was
    overwhelmed', "denied the claims, but admitted ..."; not "refused ..., then attacked ships", "was assumed,
    and sometimes asserted", "written, or uttered")."""
    if hit.r0 <= a or hit.rule == "participle_cue" \
            or hit.rule == "coordinated_cue" and hit.cue.lemma in lexicon().coordinated_speech \
            and toks.low[hit.r0] in ("and", "but") \
            or not (toks.low[hit.r0 - 1] in (",", "\u2014", "--") or hit.r0 - 1 in toks.tag_q):
        return False  # not 'had "slashed" diplomatic security requests.': a quotation inside the clause
    right = trim(toks, hit.r1, b) if hit.r1 < b else None
    if right is not None and described_speaker(toks, hit, b):
        return True  # "..., says Mary Wareham, advocacy director of the Arms Division.": the speaker's description
    if right is not None and right[1] - right[0] == 1 and toks.low[right[0]] in ANSWERS:
        return True  # "Asked whether ..., John Kirby said no.": the answer closes the sentence
    return right is None or not (any(toks.kind[k] == Q for k in range(*right)) or toks.low[right[0]] == "that"
                                 or not weak_right(toks, right))


def described_speaker(toks: ParagraphTokens, hit: Hit, b: int) -> bool:
    """Is all that follows an inverted attribution its speaker's description, to the end or to a new clause after a
    comma and "and" or "but" ("..., said Travis Kalanick, founder of Red Swoosh, and soon they ...", "..., said one
    lawyer who has business in front of Interior.": a relative clause of the speaker's)?"""
    if hit.rule != "cue_speaker" or hit.r1 + 1 >= b:
        return False
    if toks.low[hit.r1] in ("who", "whose") and hit.r1 == hit.s1:
        return not any(toks.kind[k] == Q or toks.low[k] in (";", ":") for k in range(hit.r1, b))
    if toks.low[hit.r1] != ",":
        return False
    end = next((k for k in range(hit.r1 + 2, b - 1) if toks.low[k] == "," and toks.low[k + 1] in ("and", "but")), b)
    described = trim(toks, hit.r1 + 1, end)
    return described is not None and appositive(toks, *described)


OWN_SPEAKER = frozenset({"speaker_cue", "speaker_appositive_cue", "infinitive_subject", "infinitive_object",
                          "participle_subject", "passive_no_agent"})


_PARTICIPLE_LINKS = frozenset(("while", "also", "and", "as", "even", "before", "after"))
"""Words between a closing attribution's comma and a participle after it ("..., Reuters reported, while also
warning that ...")."""


def drop_nested(toks: ParagraphTokens, hits: list[Hit], a: int, b: int) -> tuple[list[Hit], int, Hit | None]:
    """Drop cues nested in another attribution's content. Returns the kept cues, where the last one's content
    must end (``b``, or the start of a closing attribution dropped for the opening speaker: "Bamberg said the
    videos ..., the footage showed"), and the opening attribution a closing speech cue reports, to be nested in
    it ("Tillis suggested he could back it, said two people familiar": the two people say all of it, Tillis
    the words after "suggested"), or None.

    A sentence closed by its attribution ("The states account for half ..., Mook wrote.") reports what
    precedes it, unless the sentence opens with a speaker of its own who speaks, evaluates or accuses (a
    belief, an intention or a finding opening it is part of what a closing speech cue reports: "Lycos did not
    want to ..., said Mr Pollmann", "the report found ..., Dotson said"; so is an act with a noun-phrase
    object, "Boehner offered a counter proposal, his office said", when the closing cue ends the sentence:
    :func:`closes_sentence`). Where an opening speaker speaks and a closing speech cue with its own speaker ends
    the sentence, the closing speaker reports it all and the opening attribution is nested in it; before any
    other closing attribution the opening speaker keeps the sentence. A cue with its own speaker inside
    the clause that an earlier cue reports ("X said the poll showed Y", "she says she hopes A, but she
    knows B") is part of that clause; a new statement after a comma and a conjunction ("..., but he said
    B") is not.
    """
    end, reported = b, None
    if len(hits) > 2 and hits[-1].rule == "participle_cue" and hits[-2].r1 < hits[-1].r0 \
            and toks.low[hits[-2].r1] == "," and hits[-2].rule in OWN_SPEAKER \
            and all(toks.low[k] in _PARTICIPLE_LINKS for k in range(hits[-2].r1 + 1, hits[-1].r0)) \
            and post_posed(toks, hits[-2], a, hits[-2].r1):
        # "Gauger said Cohen offered him $50,000, the Journal reported Thursday, citing a government document",
        # "..., Reuters reported, while also warning that ...": the closing attribution closes the sentence before
        # its participle, which is the closing speaker's
        closed, _end, inner = drop_nested(toks, hits[:-1], a, hits[-2].r1)
        if closed[-1] is hits[-2]:
            participle = hits[-1]
            # (after a linking word, "while also warning", the act is the opening speaker's second: "O'Brien said ...,
            # Reuters reported, while also warning that ..."; right after the comma, the closing speaker's)
            speaker = inner if inner is not None and hits[-2].r1 + 1 < participle.r0 else hits[-2]
            participle.s0, participle.s1 = speaker.s0, speaker.s1
            return [*closed, participle], b, inner
    if len(hits) > 1 and post_posed(toks, hits[-1], a, b) and not (
            hits[-2].rule == "according_to" and hits[-2].r1 == hits[-1].r0 - 1
            and (hits[-2].c0 <= a + 1 or toks.low[hits[-2].c0 - 1] == "," and not closes_sentence(toks, hits[-1], b))):
        # (not "According to a BBC survey, most firms expect growth", "..., because, according to Trump, the media
        # would mock him": the clause the source set off before it reports)
        last = hits[-1]
        start = sentence_subject(toks, a, b) if last.cue.frame != "according" else None
        closing = closes_sentence(toks, last, b)
        if last.cue.frame == "according" and closing:  # "X said that ..., according to a Republican briefed"
            subject = sentence_subject(toks, a, b)
            opening = [h for h in hits[:-1] if h.rule in OWN_SPEAKER and h.cue.cue_type == "speech"
                       and not hedged(toks, h) and (subject is not None and h.s0 == subject[0]
                                                    or h.s0 - 1 >= a and toks.kind[h.s0 - 1] == Q)]
            if opening:
                return [last], b, opening[0]
        hits = [h for h in hits[:-1] if (start is not None and h.s0 == start[0] and not hedged(toks, h) and (
                    h.cue.cue_type not in ("belief", "intention", "document")
                    and (h.cue.frame != "object" or not closing)  # "Boehner offered a plan, his office said"
                    or last.cue.cue_type != "speech"))
                or h.r0 > a and toks.kind[h.r0 - 1] == Q or h.rule.startswith("cue_speaker")] + [last]
        if len(hits) > 1 and not (toks.kind[hits[-2].r1] == Q if hits[-2].r1 < b else False) and \
                hits[-2].rule in OWN_SPEAKER and hits[-2].s0 == (start[0] if start else -1) and \
                hits[-2].cue.cue_type == "speech" and not (
                    last.r0 >= a + 2 and toks.kind[last.r0 - 1] == Q and toks.low[last.r0 - 2] == ":"):
            if closing and last.cue.cue_type == "speech" and last.s0 >= 0:  # set off by post_posed's comma
                reported, hits = hits[-2], hits[-1:]  # "Benedict had suggested he would resign ..., Allen said"
            else:
                hits = hits[:-1]  # "Bamberg said the videos ..., the footage showed": the opening speaker wins
                if closing:
                    end = last.r0  # it closes the sentence; not ", it says, to safer shipping" inside it
    kept: list[Hit] = []
    for hit in hits:
        # a cue inside this one's speaker ("Manchin, who hadn't decided how to vote, said ..."): this one is the
        # sentence's main attribution, not nested in it; the earlier one's words end at this one's cue
        if not kept or hit.r0 <= kept[-1].c0 < hit.c0 or not is_nested(toks, kept[-1], hit):
            kept.append(hit)
    return kept, end, reported


def _prepositional_relative(toks: ParagraphTokens, k: int, lo: int) -> bool:
    """Do a comma, a preposition and "which" or "whom" stand right before token k, from token lo on ("..., to which
    Trump replied", "..., in which he wrote")?"""
    return k - 3 >= lo and toks.low[k - 1] in ("which", "whom") and toks.low[k - 2] in lexicon().preposition \
        and toks.low[k - 3] == ","


def closes_sentence(toks: ParagraphTokens, hit: Hit, b: int) -> bool:
    """Does the attribution close its sentence: nothing after it but its addressee ("sources told Fox
    Business."), its speaker's description (", says X, director of Y.") or a new clause after a comma and a
    conjunction ("his office said, but it didn't provide details"); not ", it says, to safer shipping" inside the
    sentence?"""
    rest = [k for k in range(hit.r1, b) if toks.kind[k] == W]
    if not rest or len(rest) == 1 and toks.low[rest[0]] in ANSWERS:
        return True  # ("..., Pentagon spokesman John Kirby said no.": an answer)
    if toks.low[rest[0]] in ("but", "and") and toks.low[rest[0] - 1] == ",":
        return True
    if described_speaker(toks, hit, b):
        return True  # "..., says Mary Wareham, advocacy director of the Arms Division."
    return hit.cue.frame == "tell" and len(rest) <= 4 and rest[-1] - rest[0] == len(rest) - 1 and all(
        toks.raw[k][:1].isupper() or toks.low[k] in lexicon().addressee for k in rest)


def is_nested(toks: ParagraphTokens, prev: Hit, hit: Hit) -> bool:
    """Is ``hit`` inside the clause that ``prev`` (earlier in the sentence) reports?"""
    start = hit.r0  # the clause's start, before adverbs the speaker leaves out (", and almost everyone agrees")
    while start - 1 > prev.r1 and toks.low[start - 1] in lexicon().aux:
        start -= 1
    gap = range(prev.r1, start)
    return (
        hit.rule in OWN_SPEAKER
        and (prev.rule in OWN_SPEAKER or prev.rule in ("participle_cue", "coordinated_cue", "coordinated_subject",
                                                        "with_participle")
             or prev.rule == "noun_cue" and hit.s0 == prev.c1 + 1  # "Her claim that she opposed ...": its subject
             or prev.rule == "according_to" and prev.c0 < hit.s0 and toks.low[hit.s0] not in lexicon().relative)
        # "According to James, the prison refused ...", not "..., according to monitors, who accuse ..."
        and not breaks_between(toks, prev.r1, hit.r0)  # "...; she said" or 'his wife: "A," he said'
        and not (len(gap) >= 2 and toks.low[start - 1] in ("but", "and")
                 and (hit.cue.cue_type == "speech" or toks.low[start - 1] == "but"
                      and hit.cue.frame in ("clause", "tell") and other_subject(toks, prev, hit)
                      or hit.cue.cue_type == "evaluation" and hit.rule == "speaker_cue" and hit.s0 == start
                      and other_subject(toks, prev, hit))  # "..., and intelligence experts blamed Russia"
                 and (toks.low[start - 2] == "," or start - 2 in toks.comma_q
                      or toks.low[start - 1] == "but" and toks.low[start - 2] in DASH_WORDS and toks.kind[start - 2] == P
                      or hit.s0 >= 0 and toks.low[hit.s0] == toks.low[max(prev.s0, 0)]
                      and toks.low[hit.s0] in lexicon().pronoun))  # "He said A but he said B", "..., calling it
        # "a feat" - but he said B": two statements
        and not (len(gap) >= 2 and toks.low[start - 1] == "but" and hit.rule == "speaker_cue" and hit.s0 == start
                 and toks.low[hit.s0] not in lexicon().pronoun and toks.low[hit.s0] not in lexicon().standalone
                 and other_subject(toks, prev, hit))
        # "Mr Trump said the allies had pledged ... but other leaders cast doubt on this claim": theirs, no comma
        # needed for a subject named anew
        and not (len(gap) >= 2 and statement_after_object(toks, prev, hit, start))
        # "Smith discussed the plan and Jones urged him to resign": an object holds no clause of another speaker
        and not (len(gap) >= 2 and toks.low[start - 1] in ("while", "whereas") and toks.low[start - 2] == ","
                 and hit.s0 >= 0 and toks.low[hit.s0] not in lexicon().pronoun)  # "..., while activists want"
        and not (len(gap) >= 2 and toks.low[start - 2] == "," and hit.cue.cue_type == "speech"
                 and (toks.low[start - 1] in lexicon().turn or toks.low[start - 1] in lexicon().sequel))
        # ", although he tweeted that ...", ", before he announced ...": a statement of its own
        and relative_start(toks, hit) < 0  # "..., which he called "a disaster"": a statement of its own
        and not own_participle(toks, prev, hit)  # "X responded, issuing a statement saying ...": X's own words
        and not (len(gap) >= 2 and hit.s0 == start and (toks.low[start - 1] == "," or toks.low[start - 1] in DASH_WORDS)
                 and hit.rule == "speaker_cue" and prev.rule != "according_to" and hit.cue.frame in ("clause", "tell", "naming")
                 and (toks.low[hit.s0] in lexicon().standalone and toks.low[hit.s0] not in ("one", "each")
                      or toks.raw[hit.s0][:1].isdigit()))
        # "42% say they're liberal, 32% call themselves conservative", "... - others say he has never been
        # healthier": another share of the same people, after a comma, speaks for itself
        and not (prev.cue.frame in ("object", "naming") and hit.cue.cue_type == "speech" and hit.s0 - 2 > prev.r1
                 and toks.low[hit.s0 - 1] in ("which", "who") and toks.low[hit.s0 - 2] == ",")
        and not _prepositional_relative(toks, hit.s0, prev.r1)
        # "Pelosi said ..., to which Trump replied: ...": an answer, the other speaker's own statement
        and not (hit.s1 - hit.s0 == 1 and toks.low[hit.s0] == "who" and hit.s0 - 2 > prev.r1
                 and toks.low[hit.s0 - 1] == "," and toks.raw[hit.s0 - 2][:1].isupper() and _closing_relative(toks, hit))
        # "he would defer ... to Rubio, who slammed Obama for ...": the writer's word on a person named at the
        # content's end, the person's own statement (not "gay people, like me, who sought the right to marry will
        # demand ...", "Ms Johnson, who is expecting ..., had broken down": inside a subject)
        # "Trump cited "Obama-Clinton" policies, which he said had harmed the economy": a claim of its own about
        # the object
        and not (len(gap) >= 3 and quotes_next(toks, hit) and not (
            hit.s0 > 0 and toks.low[hit.s0 - 1] in ("because", "that")) and hit.s0 != prev.s0)  # 'X likened it to
        # Y, Ryan said "...": Ryan's' (not '..., saying she hadn't called for it because she believed "we need to
        # focus ...": hers'; nor 'Mr Putin said it was time to discuss "...": the infinitive's speaker is his)
        and not (subordinate_opening(toks, prev) and (toks.low[hit.r0 - 1] == "," or hit.r0 - 1 in toks.comma_q))
        # "migrants attempting to seek asylum are stuck after officials said ...": an object (a noun phrase, an
        # infinitive) ends where a subordinate clause with a speaker of its own begins
        and not (prev.cue.frame in ("object", "naming") and hit.s0 > prev.r1 and hit.cue.cue_type == "speech"
                 and (toks.low[hit.s0 - 1] in lexicon().subordinate and toks.low[hit.s0 - 1] not in lexicon().relative
                      or toks.low[hit.s0 - 1] == "but"))  # "want £6m for him but John Williams has confirmed"
        # "welcomed the results of the Mueller report, which found that ...": the document's own statement
        and not (prev.cue.frame in ("object", "naming") and document_relative(toks, hit))
        # 'Without what he called "strong measures," he warned that ...': "what" + a naming cue names a thing
        # inside the sentence's opening phrase; the cue after it is the sentence's own
        and not (prev.cue.frame == "naming" and prev.r0 >= 1 and toks.low[prev.r0 - 1] == "what"
                 and hit.s0 > prev.c1 and toks.kind[hit.s0 - 1] == Q)
    )


def _closing_relative(toks: ParagraphTokens, hit: Hit) -> bool:
    """Does the relative clause of ``hit`` run to its sentence's end, with no comma or dash after its cue?"""
    for k in range(hit.c1, min(len(toks.low), hit.c1 + 200)):  # (a sentence's length at most)
        if toks.kind[k] == P and toks.low[k] in (".", "?", "!", ";"):
            return True
        if toks.low[k] == "," or toks.low[k] in DASH_WORDS and toks.kind[k] == P:
            return False
    return hit.c1 + 200 >= len(toks.low)


def document_relative(toks: ParagraphTokens, hit: Hit) -> bool:
    """Does the hit speak through a relative pronoun after its speaker ("the report, which found ...")?"""
    return 0 <= hit.s1 <= hit.r0 < len(toks.low) and toks.low[hit.r0] in ("which", "that")


def _passive_in_clause(toks: ParagraphTokens, before: Hit, hit: Hit) -> bool:
    """Is a passive with its agent ("was informed ... by X") the verb of the clause that the attribution before it
    reports, no punctuation between ("The authority said it was informed about the plane by ground control")? It
    is part of that content, no boundary of it."""
    return hit.rule == "passive_by" and before.cue.frame in ("clause", "tell") and before.r1 < hit.r0 \
        and hit.r0 - before.r1 <= 3 and all(toks.kind[k] == W for k in range(before.r1, hit.r0)) \
        and toks.low[before.r1] not in lexicon().relative  # (not "A state test that she had Ebola was confirmed by")


def main_clause(toks: ParagraphTokens, i: int, b: int) -> int:
    """Where the main clause after an opening subordinate starts: a comma, then a subject and a verb."""
    for k in range(i + 1, b - 1):
        comma = comma_before(toks, k) if toks.kind[k] == W else -1
        if comma >= 0 and (new_subject(toks, k, b) or toks.low[k] == "there"  # "..., there are bright spots"
                           or pronoun_form(toks.low[k])  # "she's also"
                           or _bare_plural_subject(toks, k, b)):  # "If X votes against Y, donors who ..."
            j = k + 1
            while j < b and j < k + 5 and toks.kind[j] == W and (is_name(toks.raw[j]) or toks.low[j] in
                                                                 lexicon().determiner):
                j += 1
            if j < b and toks.kind[j] == W and not is_name(toks.raw[j]):
                return comma
    return b


def _bare_plural_subject(toks: ParagraphTokens, k: int, b: int) -> bool:
    """Does a lower-case plural noun at k open a clause, a relative pronoun or a verb after it ("donors who have
    pledged ...", "prices will rise")?"""
    low, words = toks.low[k], lexicon()
    return toks.kind[k] == W and toks.raw[k].islower() and low.endswith("s") and not low.endswith("ss") \
        and low not in words.pronoun and low not in words.aux and k + 1 < b \
        and (toks.low[k + 1] in ("who", "which") or toks.low[k + 1] in words.modal or toks.low[k + 1] in words.finite)


def subordinate_opening(toks: ParagraphTokens, hit: Hit) -> bool:
    """Does the attribution sit in a sentence-opening subordinate clause ("Though he said ..., John said")?"""
    k = hit.s0 - 1
    if k < 0 or toks.low[k] not in lexicon().subordinate and toks.low[k] not in ("if", "unless", "once", "until") \
            or toks.low[k] in lexicon().relative:
        return False  # (a condition too: "If Tehran refuses to negotiate, we should leave")
    if k > 0 and toks.low[k - 1] == "even":
        k -= 1  # "Even though Trump now says ..., it does not change ..."
    elif toks.low[k] in ("after", "before", "since", "when"):
        span = k  # "The day after Mr. Trump said ..., the numbers rose", "Shortly before ...": a span of time first
        while span > 0 and k - span < 3 and toks.kind[span - 1] == W and (
                toks.low[span - 1] in lexicon().time_span or toks.low[span - 1] in lexicon().determiner):
            span -= 1
        if span < k and any(toks.low[j] in lexicon().time_span for j in range(span, k)):
            k = span
    return k == 0 or toks.kind[k - 1] != W or toks.low[k - 1] in ("but", "and") and (
        k == 1 or toks.kind[k - 2] != W)


def breaks_between(toks: ParagraphTokens, i: int, j: int) -> bool:
    """Is there a semicolon, or a colon before a quotation, among tokens[i:j]? (Prefix counts: linear overall.)"""
    if j <= i:
        return False
    if j - i <= 40:  # a short gap: scan it
        return any(toks.low[k] == ";" or toks.low[k] == ":" and toks.kind[k + 1] == Q for k in range(i, j))
    if toks.breaks is None:
        counts, n = [0], 0
        for k, low in enumerate(toks.low):
            n += low == ";" or low == ":" and k + 1 < len(toks.low) and toks.kind[k + 1] == Q
            counts.append(n)
        toks.breaks = counts
    return toks.breaks[j] > toks.breaks[i]


def quotes_next(toks: ParagraphTokens, hit: Hit) -> bool:
    """Does a quotation follow the attribution's region, at once or after a comma or colon?"""
    if hit.s0 > 0 and (toks.low[hit.s0 - 1] in lexicon().relative or toks.low[hit.s0 - 1] == "what"):
        return False  # 'what lawmakers called "fraud"' stays inside the clause around it
    k = hit.r1
    if k < len(toks.low) and toks.low[k] in (",", ":"):
        k += 1
    return k < len(toks.low) and toks.kind[k] == Q


def attribute_sentence(toks: ParagraphTokens, a: int, b: int) -> tuple[list[Hit], Hit | None]:
    """Find the attributions of the sentence tokens[a:b], each with a speaker and content ranges.

    Returns:
        The attributions with content, and a final attribution without any ("Trump said:", or "Trump
        said." after a quotation) whose content is a neighbouring quotation, or None.
    """
    quoted = quoted_as_saying(toks, a, b)
    if quoted is not None:
        return [quoted], None
    hits: list[Hit] = []
    anchor: Hit | None = None  # the latest cue not nested in another: a coordinated cue shares its speaker
    for hit in find_cues(toks, a, b):
        if hits and hit.c0 < hits[-1].r1:
            continue
        if attach_speaker(toks, hit, a, b, anchor):
            if hits and hits[-1].rule in ("participle_subject", "participle_cue") and hits[-1].cue.frame in (
                    "clause", "tell") and 0 <= hit.s0 <= hits[-1].c0 and hits[-1].c1 <= hit.s1:
                continue  # "joined Democrats in saying Trump should call out ...": the clause a participle reports,
                # no speaker that holds its cue
            if hit.cue.frame in ("clause", "tell") and hit.rule in ("speaker_cue", "speaker_appositive_cue") \
                    or hit.rule == "passive_by":
                hit.r1 = skip_adjuncts(toks, hit.c1, b, addressee=hit.cue.frame == "tell")
                if hit.r1 > hit.c1 and all(toks.kind[k] == P for k in range(hit.r1, b)) \
                        and (hit.r1 >= b or toks.low[hit.r1] != ":") and not any(toks.kind[k] == Q for k in range(a, hit.r0)) \
                        and not (hit.r0 - a > 3 and (toks.low[hit.r0 - 1] == "," or toks.low[hit.r0 - 1] == "as"
                                                     and toks.low[hit.r0 - 2] == ",")) \
                        and not (hit.cue.frame == "tell" and addressee_only(toks, hit.c1, hit.r1)) \
                        and ago_end(toks, hit.c1, b) != hit.r1:  # ("what Obama claimed three months ago.": a time)
                    hit.r1 = hit.c1  # "Fox told a different tale": no clause after the object, the object is it
                    # (not "..., a school spokesman told The Wall Street Journal": the clause before is; nor "told
                    # Breitbart News:", the passage after the colon is; nor '"Why?" Schumer told reporters.': the
                    # addressee, the quotation before is what was told)
            elif hit.cue.frame in ("clause", "tell") and hit.rule in ("participle_cue", "participle_subject",
                                                                       "coordinated_cue", "coordinated_subject",
                                                                       "infinitive_subject") \
                    and hit.c1 < b and (toks.low[hit.c1] in lexicon().preposition
                                        or toks.low[hit.c1] in lexicon().time):
                hit.r1 = skip_adjuncts(toks, hit.c1, b, addressee=False)  # "saying in a statement that ...", "and
                # said on Twitter that ...", "and said Friday that ...": the adjunct before "that" or a quotation is no
                # content
            elif hit.cue.frame == "tell" and hit.rule in ("coordinated_cue", "coordinated_subject") \
                    and hit.c1 + 1 < b and toks.low[hit.c1] in lexicon().addressee and toks.kind[hit.c1 + 1] == W:
                hit.r1 = hit.c1 + 1  # "... and told reporters there are three bills": the addressee is no content
            elif hit.cue.frame == "tell" and hit.rule in ("participle_cue", "participle_subject") and hit.c1 < b \
                    and toks.kind[hit.c1] == W and (is_name(toks.raw[hit.c1]) or toks.low[hit.c1] in lexicon().addressee):
                hit.r1 = skip_adjuncts(toks, hit.c1, b, addressee=True)  # ", telling CNN that Trump is a "faker"":
                # the addressee named is no content
            elif hit.cue.frame == "tell" and hit.rule in ("participle_cue", "participle_subject", "coordinated_cue",
                                                          "coordinated_subject") \
                    and (told := clause_after_addressee(toks, hit.c1, b)) > 0:
                hit.r1 = told  # ", telling the senator the opinion was ...": whom it was told is no content
            hits.append(hit)
            if (anchor is None or not is_nested(toks, anchor, hit)) and not document_relative(toks, hit):
                anchor = hit  # not "the report, which found ...": the sentence's speaker goes on ("..., but said")
    if not hits:
        return [], None
    candidates = hits
    hits, end, reported = drop_nested(toks, hits, a, b)
    hits = [hit for n, hit in enumerate(hits) if not (n and _passive_in_clause(toks, hits[n - 1], hit))]
    hits, fronted_sources = split_fronted(toks, hits)  # "reports that, according to officials, ..."
    used_left = a
    for n, hit in enumerate(hits):
        right_end = end  # the last one's; an earlier one's is where the next begins
        # the next region, or its cue where it reaches back over this one; not a noun cue inside this one's clause
        # ("Schumer said he disagreed with Mr. Grassley's assertion that ...": what Schumer said goes on over it)
        if n + 1 < len(hits) and not (hits[n + 1].rule == "noun_cue" and hits[n + 1].s0 > hit.r1):
            nxt = hits[n + 1]
            r0 = relative_start(toks, nxt)
            r0 = nxt.r0 if r0 < 0 else r0
            right_end = r0 if r0 >= hit.r1 else nxt.c0
            if _prepositional_relative(toks, right_end, hit.r1):
                right_end -= 3  # "..., to which Rubio responded", "..., in which he wrote": the next speaker's
            elif right_end - 1 > hit.r1 and toks.low[right_end - 1] in lexicon().subordinate:
                right_end -= 1  # "refused to blame him after he predicted ...": the conjunction opens the next
            elif right_end - 2 > hit.r1 and toks.low[right_end - 1] in ("which", "who") \
                    and toks.low[right_end - 2] == ",":
                right_end -= 2  # "cited policies, which he said had harmed ...": the relative clause is the next's
            elif nxt.rule in ("speaker_cue", "speaker_appositive_cue"):  # the next speaker's clause opens at ", and"
                words = lexicon()
                join = next((k for k in range(right_end - 2, hit.r1, -1) if toks.low[k] == ","
                             and toks.low[k + 1] in ("and", "but") and toks.kind[k + 1] == W
                             and (toks.low[k + 2] in words.subordinate or toks.low[k + 2] in words.pronoun)), -1)
                if join > hit.r1 + 2 and not any(toks.kind[k] == Q for k in range(join, right_end)):
                    right_end = join  # "Blair denied Brown made that quote, and before he left the chancellor told"
        right_end = relative_clause_end(toks, hit, right_end)
        if subordinate_opening(toks, hit):
            main = main_clause(toks, hit.r1, right_end)
            if as_source(toks, hit, main):
                hit.r1 = main  # "As Hansen says, a lot depends on ...": the main clause is what he says
            elif not as_source_before_subordinate(toks, hit, right_end):
                right_end = main
        if n + 1 < len(hits):  # 'his wife: "She signed it," he told the Times': the quotation is the next one's
            right_end = colon_before_next(toks, hit.r1, right_end)
        colon = hit.r1 < right_end and toks.low[hit.r1] == ":"
        right = trim(toks, hit.r1, right_end) if hit.r1 < right_end else None
        if right is not None and right[1] == right[0] + 1 and toks.low[right[0]] == "that" and right[1] < b \
                and toks.low[right[1]] == ":":
            right = None  # "The Washington Post writes that:": the passage after the colon is the content
        left = trim(toks, used_left, hit.r0) if used_left < hit.r0 else None
        halves = parenthetical(toks, hit, left, right) if used_left == a else None
        if halves is not None:  # "There was no evidence, the bank said, of a slowdown"
            hit.rule += "_parenthetical"
            hit.content = halves
            used_left = halves[-1][1]
            continue
        if left is not None and (not left_content(toks, left, hit)
                                 or hit.rule.startswith("participle_") and right is not None):
            left = None  # ', adding that ...': a participle reports what follows it
        hit.content = attribution_content(toks, hit, left, right, colon=colon)
        if hit.content:
            used_left = max(hit.r1, hit.content[-1][1])
    hits = [hit for hit, nxt in zip(hits, hits[1:] + [None]) if not complement_before_participle(toks, hit, nxt)]
    kept = {id(hit) for hit in hits}
    for outer, inner in fronted_sources:  # the source of "reports that, according to X, ..." reports the rest
        nest_reported(toks, outer, inner)
        kept.add(id(inner))
    if reported is not None:  # the closing attribution, not a participle after it ("..., the Journal reported, citing")
        nest_reported(toks, next((h for h in reversed(hits) if h.rule != "participle_cue"), hits[-1]), reported)
        kept.add(id(reported))
    nest_attributions(toks, hits, [hit for hit in candidates if id(hit) not in kept])
    last = hits[-1]
    dangling = None
    if not last.content and last.s0 >= 0 and (last.cue.frame in ("clause", "tell") or last.cue.frame == "according"
                                               and b - 1 > last.r1 - 1 and toks.low[b - 1] == ":"
                                               or _closing_demand(toks, last, a, b)):
        dangling = last  # "X said:", "According to Education Week:": the quotation or passage that follows
    elif reported is not None and not reported.content and reported.s0 == a and reported.cue.frame in ("clause", "tell") \
            and all(reported.r0 <= s and _adjuncts_only(toks, reported.c1, e) for s, e in last.content):
        dangling = reported  # '"Why?" Ruiz said (in 2005), according to USA Today.': the quotation before is Ruiz's,
        last.content = []  # and his attribution is no content of the source that reports it
    return [h for h in hits if h.content and not reports_nothing(toks, h)], dangling


def _closing_demand(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is the sentence a speaker and a speech cue that takes an object, with nothing after it but adjuncts, right
    after a quotation that closed the sentence before ('"Why is it so?" Vitter demanded.', '"Get out!" she urged.')?
    The quotation is what was demanded."""
    return hit.cue.frame == "object" and hit.cue.cue_type == "speech" and hit.s0 == a and a > 0 \
        and toks.kind[a - 1] == Q and _adjuncts_only(toks, hit.c1, b - 1 if toks.low[b - 1] in (".", "!") else b)


def _adjuncts_only(toks: ParagraphTokens, start: int, end: int) -> bool:
    """Are tokens [start, end) after a cue nothing, or adjuncts only (after an addressee): opening with a
    preposition or a time word, with no quotation, "that" or finite verb ("in 2005 on MSNBC", "reporters on
    Monday")?"""
    words = lexicon()
    if start < end and toks.low[start] in words.addressee:
        start += 1  # "told reporters on Monday"
    return start >= end or (toks.low[start] in words.preposition or toks.low[start] in words.time) and not any(
        toks.kind[k] == Q or toks.low[k] == "that" or toks.low[k] in words.finite for k in range(start, end))


def relative_clause_end(toks: ParagraphTokens, hit: Hit, end: int) -> int:
    """Where the content of an attribution in a non-restrictive relative clause ends: at the comma or dash that
    closes the clause before the main clause's verb, an adverb before it or not ("The IAAF, which said it was
    surprised, will appeal": not "will appeal"; "Sanders, who said he would campaign with him, ultimately did not
    show up"; a free relative after "of" in the subject: "another of what critics claim depicted X, prompted"; the
    main clause's infinitive: "That left Trump, who said he changed his mind, to take a swing at Beijing")."""
    start = hit.s0 if hit.s0 >= 0 and toks.low[hit.s0] in ("who", "which") else hit.r0  # (a coordinated cue's too:
    # "..., who endorsed him and said he would campaign with him, ultimately did not")
    if hit.s0 > 0 and toks.low[hit.s0 - 1] in ("which", "who", "what") and toks.low[start] not in ("who", "which"):
        start = hit.s0 - 1  # "The poster, which critics claim depicted X, prompted ...": the clause's object
    relative = hit.c0 - 1  # "The singer, who is said to have skipped classes, went to Yale": no speaker, "who" the
    while relative > max(hit.s1, 0) and (toks.low[relative].endswith("ly") or toks.low[relative] in lexicon().aux
                                         or toks.low[relative] == "also"):  # subject of the passive
        relative -= 1
    if toks.low[start] not in ("who", "which") and relative >= max(hit.s1, 0) and toks.low[relative] in ("who", "which"):
        start = relative
    opener = toks.low[start - 1] if start > 0 else ""
    if toks.low[start] == "what" and start > 0 and toks.low[start - 1] == "of":
        opener = ","  # "The images, including another of what critics claim depicted X, prompted ...": a free relative
        # inside the subject, closed by the comma before the main verb
    elif toks.low[start] not in ("who", "which") or not (opener == "," or opener in DASH_WORDS):
        return end
    words = lexicon()
    for k in range(hit.r1 + 1, end - 1):
        verb = k + 2 if toks.low[k + 1].endswith("ly") and k + 2 < end else k + 1  # ", ultimately did not ..."
        low = toks.low[verb]
        past = (low.endswith("ed") or low in words.irregular_past) and toks.raw[verb].islower() and verb + 1 < end \
            and toks.kind[verb + 1] == W and toks.raw[verb + 1].islower() \
            and (toks.low[verb + 1] in words.particle or toks.low[verb + 1] not in words.preposition
                 or low in words.irregular_past and not low.endswith("ed") and toks.low[verb + 1] != "by")
        # ", turned over text messages", ", prompted accusations", ", spoke in Ohio": the main verb (not ", based
        # on ...", ", signed by ...")
        infinitive = low == "to" and verb + 1 < end and toks.raw[verb + 1].islower() \
            and (toks.low[verb + 1] in words.verb or toks.low[verb + 1] in words.cues) \
            and not any(toks.low[i] in (",", "to") for i in range(hit.r1, k))
        # "left Trump, who said ..., to take a swing at ...": the main clause's infinitive (not a list of them: "found
        # the rules to be too onerous, to be unfair", nor after an aside: "his desire, first made in 2009, to bring")
        if toks.low[k] == opener and toks.kind[k] == P and (past or toks.low[start] != "what" and (
                low in words.finite or low in words.modal or low in ("do", "does", "did") or infinitive)):
            return k
    return end


def complement_before_participle(toks: ParagraphTokens, hit: Hit, nxt: Hit | None) -> bool:
    """Is the attribution's content only a prepositional complement before a participle of the same speaker that
    reports what was said ("The minister responded to the criticism, saying it was unfair": the participle's)? Not
    a phrase of ``topic_preposition`` ("warned of annual losses, blaming delays")."""
    if not (hit.content and nxt is not None and nxt.rule == "participle_cue" and nxt.s0 == hit.s0
            and len(hit.content) == 1 and not any(toks.kind[k] == Q for k in range(*hit.content[0]))):
        return False
    s, e = hit.content[0]
    words = lexicon()
    if toks.low[s] == "to":  # "responded to the criticism", not an infinitive: "vowed to ignore the order"
        return s + 1 < e and (toks.low[s + 1] in words.determiner or toks.low[s + 1] in words.possessive
                              or toks.low[s + 1] in words.pronoun or is_name(toks.raw[s + 1]))
    return toks.low[s] in words.preposition and (toks.low[s] not in words.topic_preposition or hit.cue.lemma == "say")
    # (not "warned of annual losses, blaming delays": what was warned of is said; "had said this about Obama, calling
    # him ...": what "say" reports is its object)


def nest_reported(toks: ParagraphTokens, outer: Hit, inner: Hit) -> None:
    """Nest the opening attribution that a closing speech cue reports ("Benedict had suggested he would resign
    ..., Allen said"): its content is what follows its cue within the outer content, or the quotation before
    its speaker ('"I am not the one," Ruiz told them, according to Cole')."""
    if outer.content:
        start = outer.content[0][0]
        if start < inner.r0 and toks.kind[inner.r0 - 1] == Q and all(toks.kind[k] == Q for k in range(start, inner.r0)):
            content = [(start, inner.r0)]  # '"I am not the one," Ruiz told them, according to Cole': the quotation
        else:
            content = nested_content(toks, inner, outer.content[-1][1])
        if content:
            inner.content = content
            if not reports_nothing(toks, inner):
                outer.nested.append(inner)


def nested_content(toks: ParagraphTokens, inner: Hit, end: int) -> list[tuple[int, int]]:
    """What a nested attribution reports: its content after its cue, up to ``end`` (the outer content's end)."""
    right = trim(toks, inner.r1, end) if inner.r1 < end else None
    return attribution_content(toks, inner, None, right, colon=False) if right else []


def nest_attributions(toks: ParagraphTokens, hits: list[Hit], dropped: list[Hit]) -> None:
    """Give each attribution the attributions nested in its content (:attr:`Hit.nested`): "Nunes said documents
    showed that ...", "Bolton wrote that the president told him he wanted ...". A nested attribution is a cue
    with a subject of its own (:func:`nested_subject`) inside another's content, reporting the rest of that
    content as a clause: after "that", after "said" or "told" and its addressee, after a document ("the survey
    showed people would ...") or a quotation; not the speaker's own belief ("Clinton said she believes ...": a
    pronoun), a cue under a modal or a negation ("companies can show ..."), an object ("has shown interest in
    ...") or a relative clause's gap ("a law that critics say prevents ...")."""
    words = lexicon()
    by_start = sorted(dropped, key=lambda hit: hit.s0)
    starts = [hit.s0 for hit in by_start]
    for inner in dropped:
        naming = quoted_name(toks, inner, within=4) \
            and not (toks.low[inner.c0].endswith("ed") and toks.low[inner.s0] in ("a", "an"))
        # (not 'announced a plan April 21 called "Accelerate"': a participle naming the thing before it)
        if inner.rule not in NESTABLE or inner.cue.cue_type not in ("speech", "document", "belief", "evaluation") \
                or inner.cue.frame not in ("clause", "tell") and not naming \
                or inner.cue.cue_type == "evaluation" and not naming \
                or not nested_subject(toks, inner) or hedged(toks, inner):
            continue
        outer, piece = next(((outer, (s, e)) for outer in hits for s, e in outer.content
                             if s <= inner.s0 and inner.r1 < e), (None, None))
        if inner.cue.cue_type == "belief" and (outer is None or outer.rule != "according_to") \
                and inner.cue.lemma not in words.nested_belief:
            continue  # a belief is a source's own where a poll reports it ("According to a poll, 68% think"), or
            # a firm belief with a clause after it (``nested_belief``: "Privately ministers believe this will be ...")
        before = toks.low[inner.s0 - 1]
        if outer is None or before == "what" and not naming or before in words.relative and not (
                before == "that" and inner.s0 - 1 == piece[0]):  # "wrote that the president told ...": its clause
            continue  # (but "to end what officials call "legal loopholes"": the name officials give)
        end = piece[1]
        nxt = end  # the next nested attribution's start, read in order from the cue on (linear in a long sentence)
        for i in range(bisect_right(starts, inner.r1), len(by_start)):
            o = by_start[i]
            if o.s0 >= end:
                break
            if o is not inner and o.rule in NESTABLE and toks.low[o.s0] not in words.relative \
                    and nested_subject(toks, o):
                nxt = o.s0
                break
        while inner.r1 < nxt - 1 and toks.low[nxt - 1] in words.approximator:
            nxt -= 1
        if inner.r1 < nxt - 1 and toks.low[nxt - 1] in ("and", "but", "while"):  # "About 70 percent think A, and
            end = nxt - 1 - (toks.low[nxt - 2] == ",")  # about 53 percent think B": each its own clause
        content = nested_content(toks, inner, end)
        kinds = [toks.kind[k] for s, e in content for k in range(s, e)]
        if Q not in kinds and kinds.count(W) < 2:
            continue  # "events confirmed that"
        first = content[0][0]
        if toks.low[first] != "that" and (toks.low[first] in words.relative or not (
                toks.kind[first] == Q or inner.cue.lemma == "say" or inner.cue.frame == "tell"
                or inner.cue.cue_type == "belief" or toks.low[inner.s1 - 1] in words.document_noun
                or inner.cue.cue_type == "speech" and bare_clause(toks, first, content[0][1]))):
            continue  # (a speech cue's clause without "that": "confirmed that Roberts has indicated he would not")
        if inner.cue.cue_type == "belief" and outer.rule != "according_to" and not held_clause(toks, *content[0]):
            continue  # a firm belief holds a clause: not "the man believed to be", "fearing reprisal"
        inner.content = content
        if not reports_nothing(toks, inner):
            outer.nested.append(inner)


def nested_subject(toks: ParagraphTokens, hit: Hit) -> bool:
    """Can a nested cue's subject be a source: a name, a noun phrase opening with a determiner or a number
    ("the survey", "some analysts", "67 percent"), or a plural without one ("senior party figures"); not a
    pronoun or a relative pronoun, a possessive's ("its conspiracy charges"), a bare singular noun ("jobless
    benefit claims that") or an infinitive's ("to settle charges"); and a cue spelt as a verb only ("showed",
    "says"; "polls show" after a plural), not as a noun ("claims", "charge", "the Times report")?"""
    words = lexicon()
    if hit.s1 - hit.s0 == 1 and toks.low[hit.s0] == "who" and hit.s0 >= 2 and toks.low[hit.s0 - 1] == "," \
            and toks.kind[hit.s0 - 2] == W and hit.cue.cue_type == "speech" \
            and (is_name(toks.raw[hit.s0 - 2]) or toks.low[hit.s0 - 2] in words.role_form):
        return True  # "..., in the words of one official, who added that ...": the official's (or a named one's)
        # own attribution; not a group's ("many opponents of legalization, who say ...")
    contact = hit.s1 - hit.s0 > 2 and toks.low[hit.s1 - 1].endswith("ed") \
        and toks.low[hit.s1 - 2] in ("i", "we", "it", "they")  # "the people it questioned": no pronoun subject
    if hit.s0 < 0 or any((toks.low[k] in words.pronoun and not (contact and k == hit.s1 - 2))
                         or toks.low[k] in words.relative or toks.low[k] == "to" and not _to_object(toks, k, hit.s1)
                         for k in range(hit.s0, hit.s1)):
        return False
    cue, first, last = toks.low[hit.c1 - 1], toks.low[hit.s0], toks.low[hit.s1 - 3 if contact else hit.s1 - 1]
    head = hit.s1 - 3 if contact else hit.s1 - 1
    plural = last.endswith("s") and not last.endswith("ss") and toks.raw[head][1:].islower() \
        and (toks.raw[head].islower() or head == hit.s0  # "polls", "Polls"; not "the Times"
             or hit.s1 - 2 > hit.s0 and toks.low[hit.s1 - 2] == "of") \
        or last in ("percent", "cent", "%") \
        or hit.s0 + 2 < hit.s1 and percent_before(toks, hit.s0 + 2, hit.s0) == hit.s0
    # "almost half of Americans", "About 70 percent think", "40% of homes with broadband say"
    if cue == hit.cue.lemma and not plural or cue.endswith("s") and cue not in ("says", "tells") and (
            cue in words.noun_form or cue in words.noun_too or not hit.content
            or toks.low[hit.content[0][0]] != "that") or first in words.possessive:
        return False  # (a verb in -s other than "says" and "tells" before "that" only: "Counsel advises that")
    return toks.raw[hit.s0][:1].isupper() or first in words.determiner or first[:1].isdigit() or plural


def _to_object(toks: ParagraphTokens, k: int, end: int) -> bool:
    """Is the "to" at k a preposition between a role and its object ("an aide to the vice president"), not an
    infinitive's marker ("to settle charges") or a noun's complement ("access to Mr. Kashuv's comments")?"""
    nxt = k + 1
    return nxt < end and toks.low[k - 1] in lexicon().role_form and (toks.low[nxt] in lexicon().determiner or toks.low[nxt] in lexicon().possessive
                          or toks.kind[nxt] == W and is_name(toks.raw[nxt]))


NESTABLE = frozenset({"speaker_cue", "speaker_appositive_cue"})
"""The rules of a nested attribution: a subject, then its cue ("documents showed", "Israel had told")."""


def colon_before_next(toks: ParagraphTokens, i: int, end: int) -> int:
    """The colon before a quotation that runs up to ``end`` (where the next attribution begins), else end."""
    k = end - 1
    while k > i and toks.kind[k] != W:  # the colon must follow the last word
        k -= 1
    for k in range(k + 1, end - 1):
        if toks.low[k] == ":" and toks.kind[k + 1] == Q:
            return k
    return end
