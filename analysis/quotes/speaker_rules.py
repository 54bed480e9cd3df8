"""The speaker of each cue (:func:`attach_speaker`): the rules of :func:`_attach`, tried in order, each named in
the ``rule`` it leaves on the hit (``speaker_cue``, ``cue_speaker``, ``according_to``, ``passive_by`` ...), and the
tests of :mod:`analysis.quotes.cue_uses` first keep a cue word from speaking where it is no cue."""

from __future__ import annotations

from analysis.quotes.according import according_speaker
from analysis.quotes.adjuncts import aux_back, split_infinitive, time_back
from analysis.quotes.appositives import (
    PARTY_LABEL,
    affiliation_after_comma,
    after_among,
    described_name,
    holder_name,
    name_after_plural,
    name_before_comma,
    np_before_appositive,
    role_before_name,
)
from analysis.quotes.clauses import (
    clause_opens,
    expected_speech,
    finite_clause,
    reported_clause_follows,
    subject_and_verb,
    verb_phrase_goes_on,
)
from analysis.quotes.coordination import (
    coordinated_back,
    subject_after_opening_clause,
    subject_since,
)
from analysis.quotes.cue_uses import (
    causative_use,
    change_use,
    comparative_use,
    idiom_use,
    modifier_use,
    modifying_participle,
    naming_participle,
    object_only,
    object_use,
    physical_attack,
    summoning_use,
    time_subject_use,
    witnessed_use,
)
from analysis.quotes.cues import (
    Hit,
    lexicon,
    past_form,
    past_verb,
    quoted_name,
    set_speaker,
    speech_form,
)
from analysis.quotes.noun_cues import agent_noun_cue, noun_cue
from analysis.quotes.noun_uses import noun_use
from analysis.quotes.participles import opening_participle
from analysis.quotes.passives import fronted_passive, passive, reduced_passive
from analysis.quotes.phrase_breaks import second_phrase_start
from analysis.quotes.phrase_words import (
    DASH_WORDS,
    abbreviation_period,
    np_word,
)
from analysis.quotes.phrases import (
    is_description,
    name_run,
    np_back,
    np_forward,
    np_with_source_modifier,
    np_with_survey,
)
from analysis.quotes.relatives import (
    antecedent_of_relative,
    bare_object_of_participle,
    contact_with_adjunct,
    document_before_relative,
    head_before_participle,
    named_before_which,
    np_with_relative,
    organisation_before_which,
    participle_modified,
)
from analysis.quotes.subjects import (
    clause_subject,
    sentence_subject,
    speaking_subject,
    subject_over_postmodifier,
)
from analysis.quotes.tokens import P, ParagraphTokens, Q, W, is_name


def near_quotation(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is a quotation-only cue ("continued") at a quotation: one, a colon or "that" right after it, or a comma or quote
    mark just before its subject ('"...," he continued', '..., continued Smith')?"""
    after = hit.c1
    if after < b and (toks.kind[after] == Q or toks.low[after] in (":", ",", "that")):
        return True
    return any(toks.kind[k] == Q or toks.low[k] == "," for k in range(max(0, hit.c0 - 4), hit.c0))


def attach_speaker(toks: ParagraphTokens, hit: Hit, a: int, b: int, prev: Hit | None) -> bool:
    """Attach a speaker and a region to a cue; False when the cue has none (or only a word that cannot speak)."""
    if not _attach(toks, hit, a, b, prev) or hit.cue.frame != "according" and mute_word(toks, hit.s0, hit.s1):
        return False
    if hit.s1 - hit.s0 <= 3 and toks.low[hit.s0] in lexicon().determiner and toks.low[hit.s1 - 1] in lexicon().time_span:
        return False  # "then the next day said ...": a time, no speaker
    if toks.low[hit.s1 - 1] in ("and", "or", "but"):  # a verb phrase coordinated before the cue
        relative = next((k for k in range(hit.s0 + 1, hit.s1) if toks.low[k] in ("who", "which")), -1)
        word = toks.low[hit.c0]
        if relative < 0 or word == hit.cue.lemma or not (word.endswith(("ed", "s")) or past_form(word)):
            return False  # "to go back and claim a refund"
        hit.s1 = relative  # "Another student who spoke to HuffPost and said ...": the head before "who"
    return True


def mute_word(toks: ParagraphTokens, s0: int, s1: int) -> bool:
    """Is a one-word speaker a lower-case word that cannot speak on its own: an adjective, an adverb, a verb or a
    mass noun ("legal and procedural questions", "done wonders", "can lay claim", "similar")? Those that can are
    pronouns, determiners and indefinites standing alone ("others", "everyone", "those"), plural and collective nouns
    ("analysts", "police"), roles ("spokesman") and documents ("report")."""
    if s1 - s0 != 1 or toks.kind[s0] != W or not toks.raw[s0][:1].islower():
        return False
    low, words = toks.low[s0], lexicon()
    return not (low.endswith("s") or "'" in low or "\u2019" in low or low in words.pronoun or low in words.standalone
                or low in words.indefinite or low in words.plural or low in words.role_head
                or low in words.document_noun or low in words.speaker_noun or low in words.demonstrative)


def _attach(toks: ParagraphTokens, hit: Hit, a: int, b: int, prev: Hit | None) -> bool:
    """The rules of :func:`attach_speaker`, tried in order; the first that finds a speaker sets it on the hit."""
    if hit.cue.quotation_only and (not near_quotation(toks, hit, a, b) or hit.c1 < b and toks.low[hit.c1] == "to"):
        return False  # "crime has continued to fall", "the demonstrations continued for months", '"Quiet," he
        # demanded, as Bush continued to interject'
    if hit.cue.complement == "infinitive" and (hit.c1 >= b or toks.low[hit.c1] != "to"):
        return False  # "games aimed at adults", "their greatest aim"
    if hit.cue.complement == "directive" and not _object_then_infinitive(toks, hit.c1, b):
        return False  # "encouraged the growth of credit", "an encouraging sign", "was encouraged by the response"
    if hit.cue.complement in ("clause", "predicate") and not clause_opens(toks, hit.c1, b) and not (
            hit.cue.complement == "predicate" and hit.c1 + 1 < b and toks.low[hit.c1] in ("about", "over")):
        return False  # "will determine whether ...", "is determined to ...", "concerned citizens" (but "is worried
        # about the delay": what the belief is about)
    if hit.c1 < b and toks.low[hit.c1] == "off":
        return False  # "supporters wrote off his comments", "the talks were called off": a phrasal verb
    if prev is not None and hit.c0 == prev.c1 + 1 and toks.low[prev.c1] == "," and prev.s0 > a \
            and toks.low[prev.s0 - 1] == "," and prev.s0 > prev.c1 - 6 and toks.raw[hit.c0].islower() \
            and not toks.low[hit.c0].endswith("ing"):  # (not a participle: "..., he said, warning that ...")
        return False  # "If the bill passes, she said, expect a long fight": after an attribution set off by
        # commas, the verb of the clause it interrupts (an imperative), no attribution of its own
    if hit.c1 + 1 < b and toks.low[hit.c1] in lexicon().preposition and toks.low[hit.c1 + 1] in (",", ".", ";", ")"):
        return False  # "the kind of action advocates are hoping for, ...": a stranded preposition, nothing said
    if hit.cue.frame == "according":
        return according_speaker(toks, hit, a, b)
    if naming_participle(toks, hit, a, b):
        return False  # "a firm called Rising Tide", "a man named Abe": a name given, nothing said
    if modifier_use(toks, hit, a, b):
        return False  # "the proposed rule", "the Third Way think tank": a modifier, nothing said
    if causative_use(toks, hit, a):
        return False  # "to make female clients feel more comfortable": made to act, nothing said
    if physical_attack(toks, hit, a, b):
        return False  # "militants attacked a center", "attacked them with a knife": force, no words
    if summoning_use(toks, hit, b) or object_use(toks, hit, b):
        return False  # "called 911", "called police after hearing shots": summoned; "posted a profit": figures;
        # "claimed the title", "conceded a penalty": a prize or a score
    if comparative_use(toks, hit, a, b):
        return False  # "higher than most analysts had forecast.": a comparison with a gap, nothing said
    if time_subject_use(toks, hit, a) or change_use(toks, hit, b) or idiom_use(toks, hit, a, b):
        return False  # "2004 saw a significant rise": what happened then; "not to mention", "adding up to"
    if hit.c1 < b and toks.low[hit.c0].endswith("ed") and speech_form(toks.low[hit.c1]) and hit.c0 - 2 >= a \
            and toks.low[hit.c0 - 1] in ("i", "we", "it", "they") and toks.kind[hit.c0 - 2] == W \
            and toks.raw[hit.c0 - 2].islower() and toks.low[hit.c0 - 2] not in ("and", "but", "or", "that") \
            and not any(toks.low[hit.c0 - 2] in group for group in (
                lexicon().determiner, lexicon().preposition, lexicon().aux, lexicon().cues)):
        return False  # "the people it questioned said ...": a contact clause inside the next cue's subject
    as_at = hit.c0 - 2 if hit.c0 - 2 >= a and toks.low[hit.c0 - 1] in ("first", "originally") else hit.c0 - 1
    if as_at >= a and toks.low[as_at] == "as" and toks.low[hit.c0].endswith("ed") and hit.c1 + 1 < b \
            and toks.low[hit.c1] == "by":  # "As first reported by the Times, the minister knew": the agent
        np = np_forward(toks, hit.c1 + 1, b)
        return np is not None and np[1] < b and toks.low[np[1]] == "," \
            and set_speaker(hit, hit.c0, np, as_at, np[1], "as_reported_by")
    start = hit.c0
    while hit.cue.complement == "predicate" and start - 1 >= a and toks.low[start - 1] in lexicon().degree:
        start -= 1  # "less confident that", "not so concerned that": the degree of the belief
    c0 = aux_back(toks, start, a)
    if object_only(toks, hit, a, b):
        return False  # "O'Gara added the conversion", "she claimed the 200m": a thing added or won, no words
    if c0 == hit.c0 and modifying_participle(toks, hit, a, b):
        return False  # "a new track written for his album", "the man suspected of the attack"
    if witnessed_use(toks, hit, c0, b):
        return False  # "Farmers will all see a $300 payment", "saw a gap in the market": got or witnessed, no view
    if agent_noun_cue(toks, hit, a, b):
        return True  # "claims by campaigners that the tests are unfair"
    if toks.low[hit.c0] in lexicon().nominal or noun_use(toks, hit, a):
        return noun_cue(toks, hit, a, b)  # ("Trump's insistence that ...": a noun only)
    word = toks.low[hit.c0]
    j = time_back(toks, c0 - 1, a)  # "Trump on Monday said", "Trump, ..., last year proposed"
    if a <= j < c0 - 1 and toks.low[j] in lexicon().aux:
        j = aux_back(toks, j + 1, a) - 1  # "who has in the past described": the auxiliary before the time
    before = toks.low[j] if j >= a else ""
    if j in toks.comma_q:
        before = ","  # '"distortion," describing ...': the comma is inside the quote marks
    if hit.c0 == a and word.endswith("ed") and hit.cue.frame in ("clause", "tell"):
        return fronted_passive(toks, hit, b)
    if not word.endswith("ing") and hit.cue.complement != "predicate" \
            and any(toks.low[k] in lexicon().passive_aux for k in range(c0, hit.c0)):
        return passive(toks, hit, c0, a, b)  # (not an adjective after "be": "advocates are concerned that")
    if word.endswith("ed") and before == "," and c0 == hit.c0 and reduced_passive(toks, hit, a, b,
                                                                                   noun_end=hit.c0 - 2):
        return True
    if word.endswith("ed") and c0 == hit.c0 and hit.c1 < b and toks.low[hit.c1] == "by" and hit.c0 > a \
            and toks.kind[hit.c0 - 1] == W and (toks.raw[hit.c0 - 1].islower() or hit.c0 - 1 == a) \
            and toks.low[hit.c0 - 1] not in lexicon().pronoun and toks.low[hit.c0 - 1] not in lexicon().aux:
        # "claims denied by Labour", "Allegations denied by the minister have ...": the agent speaks of the noun
        return reduced_passive(toks, hit, a, b, noun_end=hit.c0 - 1)
    if word.endswith("ing") and c0 == hit.c0 and opening_participle(toks, hit, a, b, j):
        return True  # "A day after saying that X, Corker called for ...", 'Calling it "a disgrace," X said ...'
    if word.endswith("ing") and before in lexicon().aspect and c0 == hit.c0 and j > a \
            and hit.cue.frame in ("clause", "tell") and hit.c1 < b \
            and (toks.kind[hit.c1] == Q or toks.low[hit.c1] == "that" or hit.cue.cue_type == "speech"
                 and hit.cue.lemma != "write" and reported_clause_follows(toks, hit, b)):
        # "Trump kept saying that ...", "residents began complaining the water ...": the subject of the verb of going
        # on or beginning speaks: the phrase before it (after any auxiliary), else the clause's subject (not "began
        # learning more coding languages", "started writing a post": a clause read into an object)
        k = aux_back(toks, j, a) - 1
        np = np_back(toks, k, a) if k >= a else None
        if np is None or np[1] != k + 1 or mute_word(toks, *np):
            np = clause_subject(toks, a, c0)
        if not speaking_subject(toks, np):
            return False
        return set_speaker(hit, c0, np, c0, hit.c1, "participle_subject")
    if word.endswith("ing") and before == "for" and c0 == hit.c0 and hit.cue.cue_type == "speech" \
            and (reported_clause_follows(toks, hit, b) or hit.c1 < b and toks.kind[hit.c1] == Q):
        # "Trump was criticized for saying that ...", "Trump is taking heat from Democrats for telling ABC News
        # that ...": the subject said it (not "Democrats criticized Trump for saying ...": the evaluation's content)
        obj = np_back(toks, j - 1, a) if j - 1 > a else None
        if obj is not None and obj[0] > a and any(cue.cue_type == "evaluation" and len(cue.words) == 1
                                                  for cue in lexicon().cues.get(toks.low[obj[0] - 1], ())):
            return False
        np = clause_subject(toks, a, j)
        if not speaking_subject(toks, np):
            return False  # (not "Along the way, McCarthy became famous for telling ...": no subject found)
        return set_speaker(hit, c0, np, c0, hit.c1, "participle_subject")
    if word.endswith("ing") and before in ("and", "but") and hit.cue.cue_type != "speech" and prev is not None \
            and _gerund_since(toks, prev.c1, j):
        return False  # "accused Mr Blair of telling lies ... and then attacking the lies": the gerunds coordinate
        # (not a speech act of the speaker's: '... and quickly adding: "..."')
    if word.endswith("ing") and before in ("and", "but") and hit.cue.cue_type == "belief" \
            and not reported_clause_follows(toks, hit, b):
        return False  # "help children make assessments and learning by trial and error": a gerund, no belief held
    finite = word.endswith("ing") and before == "," and any(
        toks.low[k] in lexicon().be or toks.low[k] in ("has", "have", "had") for k in range(c0, hit.c0))
    if word.endswith("ing") and before == "in" and c0 == hit.c0 and j - 1 > a and toks.kind[j - 1] == W \
            and hit.cue.cue_type == "speech" and hit.cue.frame in ("clause", "tell") and hit.cue.lemma != "write" \
            and hit.c1 < b and (toks.low[hit.c1] == "that" or toks.kind[hit.c1] == Q
                                or hit.cue.lemma == "say" and reported_clause_follows(toks, hit, b)) \
            and not (past_verb(toks.low[j - 1]) and toks.low[j - 2] not in lexicon().be) \
            and not any(toks.low[k] in lexicon().relative for k in range(a, j)):
        # "Republican lawmakers joined Democrats in saying Trump should ...", "Sanders went farthest in saying
        # ...": the subject of the clause speaks (not "who were instrumental in writing the law": a relative's; nor
        # a verb's particle: "as exit polls streamed in revealing that ...")
        np = clause_subject(toks, a, j)
        if not speaking_subject(toks, np):
            return False
        return set_speaker(hit, c0, np, c0, hit.c1, "participle_subject")
    if word.endswith("ing") and before in (",", "and", "by", "while", "before", "after", "but") and not (
            finite and np_before_appositive(toks, j, a) is not None):
        # a participle clause: its speaker is the previous speaker, else the sentence's subject (not a form of "be"
        # or "have" and the cue after an aside: "the Lord Chancellor, Lord Falconer, was insisting": the subject's)
        r0 = c0 - (1 if before in ("and", "but") else 0)
        named = np_before_appositive(toks, j, a) if before == "," else None
        with_ = next((k for k in range(named[0] - 1, max(a, named[0] - 6), -1) if toks.kind[k] != W
                      or toks.low[k] == "with"), -1) if named is not None else -1
        if with_ > a and toks.low[with_] == "with" and toks.low[with_ - 1] == ",":
            # "..., with campaign manager Corey Lewandowski, now a CNN contributor, telling ...": his
            return set_speaker(hit, c0, (with_ + 1, named[1]), with_, hit.c1, "with_participle")
        if prev is not None and prev.s0 >= 0:
            return set_speaker(hit, c0, (prev.s0, prev.s1), r0, hit.c1, "participle_cue")
        np = clause_subject(toks, a, c0, subordinate=False) if before == "," else sentence_subject(toks, a, c0)
        if np is not None and np[1] - np[0] == 1 and toks.low[np[0]] in lexicon().empty_subject:
            return False  # "There needed to be a drive ..., talking about ...": no one to speak
        return np is not None and set_speaker(hit, c0, np, r0, hit.c1, "participle_subject")
    if before == "to" and (c0 == hit.c0 or split_infinitive(toks, c0, hit.c0)) and not past_form(word) and not (
            word.endswith("ing") and not (hit.c1 < b and (toks.low[hit.c1] == "that" or toks.kind[hit.c1] == Q))):
        # an infinitive, or a gerund with its clause ("pivoted to arguing that ..."); not "people I spoke to said
        # ...", "dedicated a show to mocking his efforts"
        # "All this has led the journalist Dainis Ivans to fear ...": the object of a control verb speaks
        obj = np_back(toks, c0 - 2, a) if c0 - 2 >= a else None
        if obj is not None and obj[0] > a and toks.low[obj[0] - 1] in lexicon().control:
            return set_speaker(hit, c0 - 1, obj, obj[0], hit.c1, "infinitive_object")
        # "Trump took to Twitter to accuse X": the speaker is the sentence's subject; in a clause of its own, that
        # clause's ("the debate was so subdued that Mr. Trump was prompted to say")
        if c0 - 2 >= a and toks.low[c0 - 2] in lexicon().unrealised:
            return False  # "Kushner failed to mention his talk": nothing said
        if obj is not None and obj[0] > a and toks.low[obj[0] - 1] == "for":
            return False  # "an EU demand for Turkey to recognise Cyprus": what one asks of another, not yet done
        np = _absolute_subject(toks, c0 - 1, a) or _embedded_subject(toks, c0 - 2, a) or clause_subject(toks, a, c0 - 1)
        if np is not None and np[1] - np[0] == 1 and toks.low[np[0]] in lexicon().empty_subject:
            return False  # "It is fair to say", "That is not to say", "There is reason to believe": no one speaks
        if not reported_clause_follows(toks, hit, b) and not expected_speech(toks, c0 - 1, b):
            return False  # "met executives this week to discuss the film", "readied subpoenas to demand": a purpose
            # (not "Hewitt is expected to call for the law to be enforced": no purpose after "expected")
        return np is not None and set_speaker(hit, c0 - 1, np, c0 - 1, hit.c1, "infinitive_subject")
    if j > a and toks.low[j] in ("which", "that") and not word.endswith("ing"):
        np = document_before_relative(toks, j, a)
        if np is None and hit.cue.cue_type == "speech" and clause_opens(toks, hit.c1, b):
            np = named_before_which(toks, j, a) or organisation_before_which(toks, j, a)  # (not "Ask Jeeves,
            # which have offered similar services")
        if np is not None:  # "a report, which found that ...", "The IAAF, which said ...": the antecedent speaks
            return set_speaker(hit, c0, np, j, hit.c1, "speaker_cue")
    if before in DASH_WORDS and before != "-":  # "Sen. Jeff Flake -- a critic who will leave office -- announced"
        np = np_before_appositive(toks, j, a)
        if np is not None and not mute_word(toks, *np):
            return set_speaker(hit, c0, np, np[0], hit.c1, "speaker_appositive_cue")
    if hit.cue.frame == "clause" and hit.cue.cue_type == "speech" and speech_form(word) and c0 == hit.c0 \
            and (named := _name_after_bare_cue(toks, hit, a, b)) is not None:
        return set_speaker(hit, c0, named, c0, party_tag_end(toks, named[1], b), "cue_speaker")
    back = np_back(toks, j, a)
    if back is not None and back[0] - 1 > a and toks.low[back[0] - 1].endswith("ed") and all(
            toks.raw[k].isdigit() or toks.low[k] in lexicon().month or toks.low[k] == "," for k in range(*back)):
        back = _dated_thing(toks, back[0] - 1, a)  # "The plan, attached to the email and dated 1 December 2015 said"
    if back is not None and (not word.endswith("ing") or c0 < hit.c0):
        back = subject_over_postmodifier(toks, back, a, auxiliary=c0 < hit.c0) or back  # "Lawyers for a man
        # charged ... after the bombings are asking": the subject and its post-modifier, not the bombings
    if back is not None and mute_word(toks, *back):
        back = None  # "Republicans who think the convention will be peaceful said": no adjective speaks, the
        # relative clause's antecedent may
    np = np_with_source_modifier(toks, c0, a) or np_with_survey(toks, c0, a) or contact_with_adjunct(toks, c0, a) \
        or back or bare_object_of_participle(toks, hit, j, a, b) \
        or np_with_relative(toks, c0, a) or participle_modified(toks, j, c0, a) \
        or name_before_open_aside(toks, c0, a)  # "one official briefed on X said", '"...," X, a Y working for Z said'
    if np is None and word.endswith("ing"):
        w = absolute_with(toks, c0, a)  # "..., with exit polls showing that ...": the phrase after "with"
        np = np_back(toks, j, w + 1) if w >= 0 else None
    subject = _subject_of_object(toks, hit, np, a, b) if np is not None and word.endswith("ing") else None
    if subject is not None:  # "He delivered a defiant speech saying ...", "Boehner dug in his heels saying "...""
        return set_speaker(hit, c0, subject, c0, hit.c1, "participle_subject")
    if np is not None and word.endswith("ing") and not bare_participle_speaks(toks, hit, c0, np, a, b):
        return False
    if np is not None:
        np = coordinated_back(toks, head_before_participle(toks, antecedent_of_relative(toks, np, c0, a), a), a)
        np = (second_phrase_start(toks, name_after_plural(toks, np), np[1] - 1), np[1])  # "the young people Mayor
        # Stephanie Rawlings-Blake called", "something the VA requested"
        prep = np[0] - 2 if np[0] - 2 > a and toks.low[np[0] - 1] in ("the", "a", "an") else np[0] - 1
        if np[1] - np[0] == 1 and toks.low[np[0]] in lexicon().standalone:
            pass  # "Regarding Biden, many note", "..., with some suggesting": the word alone, no appositive
        elif is_description(toks, np) and toks.low[np[0]] != "the" and toks.low[np[0]] not in lexicon().pronoun \
                or after_among(toks, np[0], a) > 0:
            # "Will Davies, senior research fellow at X told"; not "... in the US and UK, the MPAA added"
            np = (name_before_comma(toks, np, a), np[1])
        elif (role := role_before_name(toks, np, a)) > 0:
            np = (role, np[1])  # "..., Morgan Stanley chief economist, Chetan Ahya noted"
        elif (prep := affiliation_after_comma(toks, prep, a)) > 0:
            start = name_before_comma(toks, (prep, np[1]), a)  # '"...," Jeff Joseph, from the CEA told', "Dr Erel
            np = (start, np[1]) if start < prep else np  # Avineri, of the Centre for Transport at the University of
            # Bristol said:": the name before the comma an affiliation's closing comma would follow
        return set_speaker(hit, c0, np, np[0], hit.c1, "speaker_cue")
    if (before in (",", ")") or before in DASH_WORDS) and not (
            j in toks.comma_q and _speaker_after(toks, hit, b)):  # '"... folks," says Casey Burgat'
        np = np_before_appositive(toks, j, a)  # 'Tad Devine, calling next week a "big week," said:'
        if np is None and before == "," and j - 1 > a and toks.kind[j - 1] == W and is_name(toks.raw[j - 1]) \
                and (word.endswith(("s", "ed")) or past_form(word)) and hit.c1 < b and toks.kind[hit.c1] == W:
            np = np_back(toks, j - 1, a)  # "Biden's lawyer Bob Bauer, responded to her statement": a stray comma
            opener = np is not None and np[0] - 1 > a and toks.low[np[0] - 1] == "," and np[0] - 1 - a <= 4
            np = np if np is not None and (np[0] == a or opener) and (
                toks.raw[np[0]][:1].isupper() or toks.low[np[0]] in lexicon().determiner) else None
        if np is not None and np[1] + 1 < j and toks.low[np[1]] == "," and (
                toks.low[np[1] - 1] in lexicon().role_head and name_run(toks, np[1] + 1, j)
                or any(toks.low[k] in lexicon().role_head for k in range(np[0], np[1])) and holder_name(toks, np[1] + 1, j)):
            np = (np[0], j)  # "Argentine Economic Minister, Roberto Lavagna, told", "His running mate, Indiana Gov.
            # Mike Pence, said": the role and its holder
        if np is not None and not is_name(toks.raw[np[1] - 1]) and not past_form(toks.low[np[1] + 1]):
            np = antecedent_of_relative(toks, np, c0, a)  # "Some voters who have listened to his speeches, on
            # television or at campaign events, said": the aside ends the relative clause, its antecedent speaks
            # (not "a man who has praised dictators, encouraged violence ..., threatened": the clause's verbs)
        if np is not None and not mute_word(toks, *np) and not inverted_named(toks, hit, np, b):
            return set_speaker(hit, c0, np, np[0], hit.c1, "speaker_appositive_cue")
    inverted_ok = hit.cue.frame in ("clause", "tell") and not word.endswith("ing")
    if inverted_ok and c0 > a and (before == "," or toks.kind[c0 - 1] == Q and (c0 - 1 in toks.tag_q or c0 - 1 == a)):
        # (not 'he "completely and unequivocally" denies the claims': words quoted inside a clause)
        np = np_forward(toks, hit.c1, b)
        if np is None and hit.cue.frame != "tell":
            np = bare_plural_forward(toks, hit.c1, b)
        if np is not None and np[1] - np[0] == 1 and toks.low[np[0]] in lexicon().time:
            np = None  # '..., maintained Tuesday that ...': a day, no inverted speaker
        if np is not None and (np[1] - np[0] > 1 or toks.low[np[0]] not in lexicon().determiner) and not (
                np[1] < b and toks.kind[np[1]] == W and not toks.low[np[1]].endswith("ing")
                and (toks.low[np[1]] in lexicon().verb or toks.low[np[1]] in lexicon().aux)
                and not (toks.kind[c0 - 1] == Q and c0 - 1 in toks.tag_q)):
            # '"...," said the plan failed' is no attribution, but '"...," says a source involved in ...' is
            np = described_name(toks, np, b)  # 'said Opera spokeswoman, Berit Hanson.'
            return set_speaker(hit, c0, np, c0, party_tag_end(toks, np[1], b), "cue_speaker")
    if before in ("and", "but", ","):
        r0 = c0 - (1 if before != "," else 0)
        if prev is not None and prev.s0 >= 0:
            since = subject_since(toks, prev.c1, c0) or subject_after_opening_clause(toks, a, prev.c1, c0)
            # "..., and Trump turns to the camera and says": his; "While critics praised it, Fox went on and said"
            if since is not None:
                return set_speaker(hit, c0, since, r0, hit.c1, "coordinated_subject")
            if before != "," and (_reported_clause_goes_on(toks, prev, c0) or verb_phrase_goes_on(toks, prev.c1, c0)
                                  or prev.rule == "according_to" and prev.c0 <= a + 1 and hit.cue.cue_type != "speech"):
                return False  # "Ms Hewitt said she was proud of ... but was concerned ...": the clause she reports;
                # "According to the farmer, he saw the boy ... and thought ...": the rest is the farmer's account (an
                # act of speech there stays a row of its own: "... and said, "We have to get rid of him."")
            return set_speaker(hit, c0, (prev.s0, prev.s1), r0, hit.c1, "coordinated_cue")
        np = clause_subject(toks, a, c0)  # "She brought it down, but said ...": the clause's subject
        if np is not None and np[1] < c0 and (toks.kind[np[1]] == W or toks.low[np[1]] == ",") \
                and (reported_clause_follows(toks, hit, b) or told_to(toks, hit, b)  # the verb before gave none
                     or quoted_name(toks, hit, within=min(8, b - hit.c1))):
            # ("took the stage and called the system "rotten to the core"": a name in quotation marks)
            return set_speaker(hit, c0, np, r0, hit.c1, "coordinated_subject")
    return False


def _dated_thing(toks: ParagraphTokens, participle: int, a: int) -> tuple[int, int] | None:
    """What a participle before a date describes ("The plan dated 1 December 2015", "The plan, attached to the email
    and dated ..."): the noun phrase before it, or before the comma that opens its participle phrase."""
    comma = next((k for k in range(participle - 1, max(a, participle - 12), -1) if toks.low[k] == ","), -1)
    k = comma if comma > a and toks.low[comma + 1].endswith("ed") else participle
    return np_back(toks, k - 1, a) if k - 1 >= a else None


def _name_after_bare_cue(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> tuple[int, int] | None:
    """The speaker of an inverted attribution that lost its comma ("... that have educational elements said Mr
    Owen.", "... gamers said Lindsay Schroth, an analyst with ..."): a clause of six words or more with a finite verb
    before the cue, a lower-case word right before it, and a name after it that ends the sentence or is set off by a
    comma before a description; else None."""
    words = lexicon()
    before = toks.low[hit.c0 - 1]
    if hit.c0 - a < 6 or toks.kind[hit.c0 - 1] != W or not toks.raw[hit.c0 - 1].islower() \
            or before in words.role_head or before in ("percent", "people") or before in words.time:
        return None  # (not "45 percent said Mr. Obama": an answer; not "officials said")
    np = np_forward(toks, hit.c1, b)
    if np is None or np[1] - np[0] < 2 or not all(is_name(toks.raw[k]) or toks.low[k] == "." for k in range(*np)) \
            or any(toks.low[k] in words.time or toks.low[k] in words.month for k in range(*np)):
        return None  # a person's name of two words or more, a title's too ("Mr Owen"), no day ("Effective May")
    end = np[1]
    if not (end >= b or toks.low[end] in (".", "!", "?") and end + 1 >= b
            or toks.low[end] == "," and end + 1 < b and toks.low[end + 1] in ("a", "an", "the")):
        return None
    if not any(toks.low[k] in words.finite or toks.low[k] in words.modal for k in range(a, hit.c0)):
        return None
    return np


def _gerund_since(toks: ParagraphTokens, s: int, e: int) -> bool:
    """Is there a gerund after a preposition in tokens[s:e] ("of telling", "from expressing"), which a later "and"
    and a form in -ing may coordinate with?"""
    words = lexicon()
    return any(toks.low[k].endswith("ing") and toks.low[k - 1] in words.preposition and toks.raw[k].islower()
               and (toks.low[k] in words.cues or toks.low[k] in words.verb) for k in range(max(s, 1), e))
    # (a verb's or a cue's form, not a noun in -ing: "a lack of funding")


def _absolute_subject(toks: ParagraphTokens, to: int, a: int) -> tuple[int, int] | None:
    """The noun phrase after "with" of an absolute phrase whose participle and its object come before the "to" of an
    infinitive cue at token ``to`` ("..., with the US president using his keynote speech to praise ...": the
    president), else None."""
    for k in range(to - 1, max(a, to - 6), -1):
        if toks.kind[k] != W:
            return None
        w = absolute_with(toks, k, a) if toks.low[k].endswith("ing") else -1
        if w >= 0:
            np = np_forward(toks, w + 1, k)
            return np if np is not None and np[1] == k else None
    return None


def _embedded_subject(toks: ParagraphTokens, verb: int, a: int) -> tuple[int, int] | None:
    """The subject of the verb at token ``verb`` (before an infinitive cue) when it opens a clause after "that", a
    subordinating word or "but": "... so subdued that Mr. Trump was prompted to say", "after the senator decided to
    claim", "X may appear small but the IPCC report, which ..., is expected to warn"; else None."""
    if verb <= a or toks.kind[verb] != W or not past_form(toks.low[verb]):
        return None
    first = aux_back(toks, verb, a)
    np = np_back(toks, first - 1, a) if first - 1 >= a else None
    if np is None and first - 1 > a and toks.low[first - 1] == ",":
        np = np_before_appositive(toks, first - 1, a)  # "but the IPCC report, which is a summary, is expected to"
    if np is None or np[0] - 1 <= a:
        return None
    before = toks.low[np[0] - 1]
    joined = before in ("but", "yet") or before == "and" and np[0] - 2 > a and toks.low[np[0] - 2] == ","
    return np if before == "that" or joined or before in lexicon().subordinate and before not in lexicon().relative \
        else None


def party_tag_end(toks: ParagraphTokens, end: int, b: int) -> int:
    """Past a party label in brackets after a speaker ("said Sen. Ann Walker (D-Ore.), but ..."), else ``end``."""
    if end + 2 < b and toks.low[end] == "(":
        close = next((k for k in range(end + 2, min(b, end + 6)) if toks.low[k] == ")"), -1)
        if close > 0 and PARTY_LABEL.match("".join(toks.raw[end + 1:close])):
            return close + 1
    return end


def told_to(toks: ParagraphTokens, hit: Hit, b: int) -> bool:
    """Does an addressee of up to three words and a to-infinitive follow a cue like "tell" ("but last week told
    the players to accept a pay cut")?"""
    return hit.cue.frame == "tell" and _object_then_infinitive(toks, hit.c1, b, longest=3)


def _subject_of_object(toks: ParagraphTokens, hit: Hit, np: tuple[int, int], a: int, b: int) -> tuple[int, int] | None:
    """The subject of the verb whose object ``np`` is, when a participle after that object is the subject's: the
    object a document given out ("He delivered a defiant speech saying ...", "put out a statement stressing ...":
    after a verb in -ed or of ``release``, a particle "out" between),
    or one the subject owns before a speech participle and "that" or a quotation ("Boehner dug in his heels saying
    "...""; a preposition may stand between verb and object), or one after a verb in -ed before a speech participle
    and "that" ("the firm sued the state alleging that ..."); else None."""
    words = lexicon()
    if toks.low[np[1] - 1] in words.document_noun:
        verb = np[0] - 1
        if verb - 1 > a and toks.low[verb] == "out" and toks.kind[verb - 1] == W:
            verb -= 1  # "put out a statement saying", "sent out a letter warning": the verb before its particle
        if verb <= a or toks.kind[verb] != W or not (toks.low[verb].endswith("ed") or toks.low[verb] in words.release):
            return None
    elif toks.low[np[0]] in words.possessive and hit.cue.cue_type == "speech" and hit.c1 < b \
            and (toks.low[hit.c1] == "that" or toks.kind[hit.c1] == Q):
        verb = np[0] - 2 if np[0] - 2 > a and toks.low[np[0] - 1] in words.preposition else np[0] - 1
        if verb <= a or not (past_form(toks.low[verb]) or toks.low[verb] in words.verb):
            return None
    elif toks.low[np[0]] in ("the", "a", "an") and hit.cue.cue_type == "speech" and hit.c1 < b \
            and (toks.low[hit.c1] == "that" or hit.cue.lemma == "say" and reported_clause_follows(toks, hit, b)) \
            and np[0] - 1 > a and toks.raw[np[0] - 1].islower() \
            and (toks.low[np[0] - 1].endswith("ed") or past_form(toks.low[np[0] - 1])) \
            and toks.low[np[0] - 1] not in words.cues and not any(
                toks.low[k] in ("by", "from") and toks.low[k - 1] in words.document_noun for k in range(np[0] + 1, np[1])):
        verb = np[0] - 1  # "the firm sued the state alleging that ...": the one who sued alleges (not "published an
        # article by reporter X stating that ...": the article)
    else:
        return None
    subject = clause_subject(toks, a, np[0])
    if subject is not None and all(toks.raw[k][:1].isdigit() or toks.low[k] in words.month for k in range(*subject)):
        return None  # "On Dec. 15, 2015, the Justice Department put out a release stating": a date, no subject
    return subject if subject is not None and subject[1] <= verb else None


def _speaker_after(toks: ParagraphTokens, hit: Hit, b: int) -> bool:
    """Does a noun phrase after the cue end its clause, as an inverted speaker does ('"...," says Casey Burgat'),
    rather than open the reported clause as its subject ('Trump, who starred in "The Apprentice," said the former
    governor had been ...')? Not where it is whom it was told (:func:`_addressee_after`)."""
    if _addressee_after(hit):
        return False
    after = np_forward(toks, hit.c1, b)
    return after is not None and not (after[1] < b and toks.kind[after[1]] == W and (
        toks.low[after[1]] in lexicon().aux or toks.low[after[1]] in lexicon().verb))


def _addressee_after(hit: Hit) -> bool:
    """Is the noun phrase after the cue whom it was told, never an inverted speaker ("told": '"...," the official,
    speaking on condition of anonymity, told Reuters'; '..., the co-author of "ISIS: The State of Terror," told CNN')?
    ("asked" and "warns" do invert: '"...?" asked Eisenhower', 'warns Baroness Greenfield')"""
    return hit.cue.lemma == "tell"


def inverted_named(toks: ParagraphTokens, hit: Hit, np: tuple[int, int], b: int) -> bool:
    """Is a name after the cue a better speaker than a nameless phrase before an aside ("back on their jobs within
    two months, and 75% of workers within four months, wrote Nobel Prize winner Paul Romer")?"""
    named = is_name(toks.raw[np[1] - 1]) and (is_name(toks.raw[np[0]]) or hit.cue.frame not in ("clause", "tell"))
    if named or toks.low[np[0]] in lexicon().pronoun or _addressee_after(hit) \
            or hit.c1 < b and toks.low[hit.c1] in lexicon().time:
        return False  # (before a cue of saying, a phrase that only ends with a name is nameless: "support from his
        # colleagues in Congress, whom he has alienated, said Larry Sabato"; a day is no name: "said Monday")
    after = np_forward(toks, hit.c1, b)  # the name must close its clause: not "said Biden will face questions"
    return after is not None and toks.raw[after[1] - 1][:1].isupper() \
        and (after[1] >= b or toks.kind[after[1]] != W
             and (toks.kind[after[1]] != Q or hit.cue.words[-1].endswith("ing")))
    # (and head its phrase: not "said Trump's remarks "have had ..."", nor a figure: "found 60% of women ..."; nor
    # the subject of quoted words: "The lawsuit, filed Monday, says Mr. Cummings "has ignored ..."", where a
    # participle's quoted object is none: "called off the meeting - due in May - citing the North's "hostility"")


def name_before_open_aside(toks: ParagraphTokens, c0: int, a: int) -> tuple[int, int] | None:
    """The name after a quotation whose aside runs on to the cue without its closing comma: '"I would need to
    see more," Sean Downey, a Democratic operative working for Hilltop Public Solutions' office said'."""
    k = c0 - 1
    while k > a and c0 - k < 20 and (toks.kind[k] == W or toks.low[k] in ("'", "\u2019", "-")):
        k -= 1
    if k <= a or toks.low[k] != "," or c0 - k < 3:
        return None
    start = k
    if start - 3 > a and toks.low[start - 1] == "." and toks.low[start - 3] == "," \
            and PARTY_LABEL.match(toks.raw[start - 2] + "."):
        start -= 3  # "Sen. Jeff Sessions, R-Ala., ranking Republican on the committee said": the party label
    end = start
    while start > a and (toks.kind[start - 1] == W and is_name(toks.raw[start - 1])
                         or abbreviation_period(toks, start - 1)):
        start -= 1  # the name, a title's full stop too ("Sen.")
    if start == end or start - 1 < a or toks.kind[start - 1] != Q or start - 1 not in toks.comma_q:
        return None
    return (start, k)


def bare_plural_forward(toks: ParagraphTokens, i: int, b: int) -> tuple[int, int] | None:
    """A bare plural after an inverted cue, with what qualifies it: "..., said analysts at Capital Economics",
    "..., said campaigners", "..., said officials familiar with the reports". Only before the sentence's end, a
    comma or a post-modifier; never after "told"
    ("..., told reporters" names the addressee)."""
    if i >= b:
        return None
    words = lexicon()
    low = toks.low[i]
    if not (toks.kind[i] == W and low.endswith("s") and low.isalpha() and np_word(toks, i)) or low in words.verb \
            or low in words.aux or low in words.cues or low in words.preposition or low in words.time \
            or low in words.addressee:
        return None
    j = i + 1
    if j < b and toks.low[j] in words.post_modifier:
        tail = np_forward(toks, j + 1, b)
        return (i, tail[1]) if tail is not None else None
    if j + 1 < b and toks.low[j] in words.source_modifier and toks.low[j + 1] in words.preposition:
        k = j + 2  # '..., said officials familiar with the reports'
        while k < b and toks.kind[k] == W and k - j < 8:
            k += 1
        return (i, k) if k > j + 2 and (k >= b or toks.kind[k] == P) else None
    return (i, j) if j >= b or toks.kind[j] == P else None


def absolute_with(toks: ParagraphTokens, c0: int, a: int) -> int:
    """The "with" or "without" that opens an absolute phrase ending at the participle cue at c0 (after a comma or
    at the start of the sentence: "..., with exit polls showing that ..."), or -1."""
    k = c0 - 1
    while k > a and c0 - k <= 10 and (toks.kind[k] == W or abbreviation_period(toks, k) or toks.low[k] in ("-", "&")):
        if toks.low[k] in ("with", "without"):
            return k if k == a or toks.kind[k - 1] != W else -1
        k -= 1
    return k if k == a and toks.low[k] in ("with", "without") else -1


def bare_participle_speaks(toks: ParagraphTokens, hit: Hit, c0: int, np: tuple[int, int], a: int, b: int) -> bool:
    """Does a noun phrase before a cue in -ing speak through it? With a form of "be" ("is saying") it does, and so
    does a document ("a statement calling ..."); otherwise only after "with" or a comma ("with officials saying
    that ...") or opening the sentence before "that" or a quotation ("Trump saying that ..."): "talking points",
    "a letter writing campaign", "seeking re-election" are no attributions."""
    words = lexicon()
    if any(toks.low[k] in words.be for k in range(c0, hit.c0)):
        return True
    if toks.low[np[1] - 1] in words.document_noun:
        return True  # a document's words: "a statement calling the test a violation", "an ad showing ..."
    head = next((k - 1 for k in range(np[0] + 1, np[1]) if toks.low[k] in ("from", "by")), -1)
    if head >= 0 and toks.low[head] in words.document_noun and hit.c1 < b and (
            toks.low[hit.c1] == "that" or toks.kind[hit.c1] == Q or finite_clause(toks, hit.c1, b)):
        return True  # "an open letter from company president Lee Scott saying it was time ..." (not "A statement
        # from Chelsea explaining the decision read: ...")
    if np[0] > a:
        if toks.low[np[0] - 1] == ",":
            return True
        if toks.low[np[0] - 1] in ("with", "without"):  # "with exit polls showing that ...": not without a
            # complement ("with all precincts reporting, Clinton had ..."), nor a plan or a belief without a
            # reported clause ("with Trump seeking re-election", "with the United States considering charges")
            if hit.c1 >= b or toks.low[hit.c1] in (".", ";", ")") or toks.low[hit.c1] == "," and not (
                    hit.c1 + 1 < b and toks.kind[hit.c1 + 1] == Q):
                return False
            return hit.cue.cue_type not in ("belief", "intention") or reported_clause_follows(toks, hit, b)
        if toks.low[np[0] - 1] in ("despite", "amid", "amidst"):  # "The news comes despite Mr Flight's allies
            # saying they had enough support": the preposition's object speaks, a reported clause after its cue
            return hit.cue.cue_type == "speech" and clause_opens(toks, hit.c1, b)  # (not "despite the club
            # agreeing a rescue plan": an act)
        k = np[0] - 1  # a title or role before the name: "with Mr. McConnell saying", "with press secretary Sarah
        while k > a and np[0] - k < 6 and (  # Sanders saying"
                toks.kind[k] == W and (is_name(toks.raw[k]) or toks.low[k] in words.role_head
                                       or toks.low[k + 1] in words.role_head
                                       or np_word(toks, k) and toks.low[k] not in words.preposition)
                or abbreviation_period(toks, k)):  # "with former Maryland Gov. Martin O'Malley calling"
            k -= 1
        return toks.low[k] in ("with", "without") and toks.kind[k] == W
    return hit.c1 < b and (toks.low[hit.c1] in ("that", ":") or toks.kind[hit.c1] == Q)


def _object_then_infinitive(toks: ParagraphTokens, k: int, b: int, *, longest: int = 8) -> bool:
    """Do an object of at most ``longest`` words and a to-infinitive follow a cue ending before token k ("told the
    players to accept a pay cut", "encouraged Americans to check out ...", "has encouraged his members at party
    lunches to flood ..."): a word, not "to" nor a passive's "by", then "to" and a verb, no punctuation between?"""
    if k >= b or toks.kind[k] != W or toks.low[k] in ("to", "by"):
        return False
    for j in range(k + 1, min(b - 1, k + longest + 1)):
        if toks.kind[j] != W:
            return False
        if toks.low[j] == "to":
            return toks.kind[j + 1] == Q or toks.kind[j + 1] == W and toks.raw[j + 1].islower() \
                and toks.low[j + 1] not in lexicon().determiner  # (a quotation too: 'to "check out" her tape')
    return False


def _reported_clause_goes_on(toks: ParagraphTokens, prev: Hit, c0: int) -> bool:
    """Does a cue after "and" or "but" that opens with an auxiliary other than the cue before it carry on the clause
    that cue reports ("said she was proud of ... but was concerned that ...", "said Democrats will ... and will
    request ...")? Not after a cue with the same auxiliary ("has called ... but has denied": the speaker's second
    act) nor after a complement with no subject of its own ("denies having ... and has said")."""
    words = lexicon()
    first = toks.low[c0]
    if not (first in words.modal or first in words.finite) or c0 - 1 <= prev.c1:
        return False
    if toks.low[prev.c0] == first:
        return False
    k = prev.c1 + 1 if prev.c1 < c0 and toks.low[prev.c1] == "that" else prev.c1
    return finite_clause(toks, k, c0) or subject_and_verb(toks, k, c0)
