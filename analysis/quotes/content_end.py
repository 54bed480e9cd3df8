"""Where reported content ends: the punctuation trimmed from its edges, and the cut before the words after it that
are the writer's (a summary, a circumstance, an aside) or another clause's, not the speaker's."""

from __future__ import annotations

from analysis.quotes.clauses import finite_verb_ahead, verb_phrase_goes_on
from analysis.quotes.cues import lexicon, load_cues, past_form
from analysis.quotes.phrase_words import DASH_WORDS, new_subject
from analysis.quotes.tokens import P, ParagraphTokens, Q, W, is_name

TRIM_LEFT = frozenset({",", ":", ";", "\u2014", "\u2013", "-", "--", "(", ")"})
"""Punctuation trimmed from the start of content."""

TRIM_RIGHT = frozenset({",", ".", ";", ":", "\u2014", "\u2013", "-", "--", "(", "and", "but", "or", "as", "!", "?"})
"""Punctuation and joining words trimmed from the end of content."""


def trim(toks: ParagraphTokens, s: int, e: int) -> tuple[int, int] | None:
    """Tokens s:e without the punctuation and joining words at their edges ("and", ", although"), or None if nothing
    is left."""
    while s < e and toks.low[s] in TRIM_LEFT:
        s += 1
    while e > s and (toks.low[e - 1] in TRIM_RIGHT or toks.low[e - 1] in lexicon().turn):  # ", although" too
        e -= 1
    return (s, e) if e > s else None


_FINITE_AUX = frozenset(("has", "have", "had", "is", "was", "were", "will", "would"))
"""Auxiliaries that open the subject's next verb phrase after "and" ("endorsed Trump and has appeared at ...")."""
_FINITE = _FINITE_AUX | {"are", "am", "do", "does", "did"}
"""Finite verbs that make the words after a cue a clause of their own rather than its object."""
_WH = frozenset(("what", "whether", "how", "why", "where", "when", "if"))
"""Words that open a clause after a cue ("decides what is and is not acceptable")."""


_FOCUS_WORDS = frozenset(("even", "only", "just", "especially", "particularly", "largely", "mainly", "partly"))
"""Words that lead a subordinate clause ("even though", "only if", "just as"), cut off with it."""


def cut_right(toks: ParagraphTokens, s: int, e: int, *, noun_object: bool = False) -> tuple[int, int]:
    """End content that follows its cue where the reported clause ends.

    Content without quoted words is cut only before the writer's summary of it (``_before_summary``;
    PolNeAR's reported clauses otherwise run to the sentence's end). Content with quoted words is cut
    before a dash after its last quoted words that opens an aside ("-- all without speaking his name"; quoted
    words after a dash are the speaker's), a comma and a participle ("...,
    implicitly putting"), a coordinated verb phrase of the speaker whose verb is a cue ("... and cast doubt
    on", not the reported clause's own second verb in 'KFB was a "well-run bank" and represented a "big
    step"'), and after the last quoted words a comma opening a subordinate, a new clause or an appositive (",
    when ...", ", but he ...", ", a move that ..."), a dash, or a subordinate clause with its own subject ("as
    he faces ...", not "such as Ukraine"). A comma inside the closing quote mark ('"insanity," and ...') counts
    as one before the next word.
    """
    if not any(toks.kind[k] == Q for k in range(s, e)):
        if noun_object:
            s, e = _before_next_act(toks, s, e)
        return _before_summary(toks, s, e)
    last_q = max(k for k in range(s, e) if toks.kind[k] == Q)
    for k in range(s + 1, e):
        low = toks.low[k]
        if k > last_q or toks.low[k - 1] == "," or k - 1 in toks.comma_q:
            cut = clause_end(toks, s, e, k, last_q)
            if cut >= 0:
                while s < cut - 1 and toks.low[cut - 1] in _FOCUS_WORDS:
                    cut -= 1  # '... to endorse Trump, even though he is ...': the word that leads the clause
                return trim(toks, s, cut) or (s, e)
        if toks.kind[k] == P and low in ("\u2014", "--", "\u2015") and last_q < k and k > s + 2 and not any(
                toks.low[i] in ("\u2014", "--", "\u2015") for i in range(k + 1, e)) and not _closes_aside(toks, s, k):
            return trim(toks, s, k) or (s, e)
        if low in lexicon().clause_join and toks.kind[k] == W and k + 1 < e and toks.kind[k + 1] == W:
            nxt = toks.low[k + 1]
            if nxt in lexicon().cues and nxt not in lexicon().np_adjective and k > s + 2 \
                    and (not nxt.endswith("ing") or _after_participle(toks, s)) \
                    and any(cue.cue_type in ("speech", "evaluation") for cue in load_cues()[nxt]) \
                    and not verb_phrase_goes_on(toks, s, k + 1):
                # (an act of speech; not '"unremittingly New Labour" and aimed at producing ...': an intention)
                return trim(toks, s, k) or (s, e)
    return (s, e)


def _closes_aside(toks: ParagraphTokens, s: int, k: int) -> bool:
    """Does the dash at token k close an aside that a dash of its kind opened after s ('the legislation \u2013 known as
    "Taubira law" \u2013 was imposed on ...')?"""
    return sum(toks.low[i] == toks.low[k] for i in range(s, k)) % 2 == 1


def _opens_aside(toks: ParagraphTokens, k: int, e: int) -> bool:
    """Does the dash at token k open a short aside that a dash of its kind closes within eight tokens, the clause
    going on after it ('had their names "unmasked" — or revealed — during the course of ...')?"""
    close = next((j for j in range(k + 2, min(e - 1, k + 9)) if toks.low[j] == toks.low[k]), -1)
    return close > 0 and toks.kind[close + 1] == W and all(toks.kind[j] == W for j in range(k + 1, close)) \
        and not _subject_and_auxiliary(toks, close + 1, e)


def _subject_and_auxiliary(toks: ParagraphTokens, k: int, e: int) -> bool:
    """Do a pronoun or a name and an auxiliary open a clause at token k ("-- rather than a planned attack --
    Sullivan was busy ...": the sentence's own clause, after the aside)?"""
    words = lexicon()
    j = k
    while j < e and j - k < 3 and toks.kind[j] == W and is_name(toks.raw[j]):
        j += 1
    if j == k and k < e and toks.low[k] in ("he", "she", "they", "it", "we", "i"):
        j = k + 1
    return k < j < e and (toks.low[j] in words.aux or toks.low[j] in words.modal)


def _before_next_act(toks: ParagraphTokens, s: int, e: int) -> tuple[int, int]:
    """A noun phrase or infinitive that an act names (an ``object`` cue: "endorsed", "called for") ends before
    "and" and the subject's next verb: an auxiliary ("endorsed Trump last week and has appeared at his side") or a
    past verb with its object ("had endorsed Jeb Bush for president and midwifed the bill"); not a list ("Trump
    and Pence"), nor a relative clause's own verbs ("the man who was arrested and suffered an injury")."""
    words = lexicon()
    for k in range(s, e - 2):
        if toks.low[k] in words.relative or toks.low[k] in _FINITE or toks.low[k] in words.modal \
                or toks.low[k] in _WH:
            return s, e  # a clause of its own ("see Finland is a case ... and is part of the EU"), not an object
        if toks.low[k] == "and" and k > s and toks.kind[k + 1] == W and toks.kind[k + 2] == W and (
                toks.low[k + 1] in _FINITE_AUX or past_form(toks.low[k + 1])
                and (toks.low[k + 2] in words.determiner or toks.low[k + 2] in words.possessive)):
            return trim(toks, s, k) or (s, e)
    return s, e


def _after_participle(toks: ParagraphTokens, s: int) -> bool:
    """Does content starting at token s follow a cue in -ing ("saying that ...")? Only then is a cue in -ing after
    "and" the speaker's next verb ("saying ... and adding ..."), not the reported clause's own ("said he began
    calling Libyan groups and making an effort to ...")."""
    k = s - 1 if s > 0 and toks.low[s - 1] != "that" else s - 2
    return k >= 0 and toks.low[k].endswith("ing")


def _before_summary(toks: ParagraphTokens, s: int, e: int) -> tuple[int, int]:
    """Content without quoted words ends before the writer's summary of it: ", a stance that Macron
    criticised", ", a move which ..." (a comma, a or an, then that or which within four words), or before a
    comma and "when" or "compared" (", when voters head to the polls", ", compared with 41 percent for ..."); an
    infinitive ends before "and" and a past verb with its object, the subject's next act ("vowed to keep abortion
    legal and celebrated the ruling Monday"; not "to have finished the draft and published the report", nor in a
    relative clause: "to know what happened to Gray, who was arrested and suffered an injury"), and before a
    semicolon; else it runs to the end of its clause."""
    words = lexicon()
    infinitive = toks.low[s] == "to" and s + 1 < e and toks.low[s + 1] not in ("have", "be")
    for k in range(s + 3, e - 2):
        if infinitive and toks.low[k] == "and" and toks.kind[k + 1] == W and past_form(toks.low[k + 1]) \
                and (toks.low[k + 2] in words.determiner or toks.low[k + 2] in words.possessive) \
                and not any(toks.low[i] in words.relative for i in range(s, k)):
            return trim(toks, s, k) or (s, e)
        if infinitive and toks.low[k] == ";" and _clause_after_semicolon(toks, k, e) \
                and sum(toks.low[i] == "(" for i in range(s, k)) <= sum(toks.low[i] == ")" for i in range(s, k)):
            return trim(toks, s, k) or (s, e)  # "want to nullify the cuts; Democrats won't go for it" (not a list
            # "to kill X; his wife, Amy; their son", nor "($353.3m; £183.75m)")
        if toks.low[k] == "," and toks.low[k + 1] in ("a", "an") \
                and any(toks.low[i] in ("that", "which") for i in range(k + 2, min(e, k + 6))):
            return trim(toks, s, k) or (s, e)
        if toks.low[k] == "," and toks.low[k + 1] in ("when", "compared"):
            return trim(toks, s, k) or (s, e)  # "..., when voters in Pennsylvania head to the polls"
        if toks.low[k] == "(" and toks.raw[k + 1][:1].isupper() and toks.low[e - 1] == ")" \
                and ")" not in toks.low[k + 1:e - 1] and finite_verb_ahead(toks, k + 1, e):
            return trim(toks, s, k) or (s, e)  # "... to 160,000 (Pentagon officials would prefer 182,000.)": the
            # writer's sentence in parentheses at the end
        if toks.low[k] == "," and toks.low[k + 1] == "but" and new_subject(toks, k + 2, e) and k > s + 3 \
                and toks.low[k + 2] not in words.pronoun and finite_verb_ahead(toks, k + 3, e):
            return trim(toks, s, k) or (s, e)  # "Many speculated that he might fail ..., but the turnout in Iowa was
            # higher than ...": the writer's turn
        if toks.low[k] == "even" and toks.low[k + 1] == "as" and k > s + 3 and finite_verb_ahead(toks, k + 2, e):
            return trim(toks, s, k) or (s, e)  # "praised Trump for sticking with Kavanaugh even as some Republicans
            # started ...": the writer's juxtaposition
        if toks.low[k] == "," and toks.low[k + 1] in words.linking_adverb and new_subject(toks, k + 2, e) and k > s + 3:
            return trim(toks, s, k) or (s, e)  # "47 percent said they would vote for Clinton, however this time
            # around that number has dropped": the writer's turn (not "the plan, however, would fail")
    return (s, e)


def _clause_after_semicolon(toks: ParagraphTokens, k: int, e: int) -> bool:
    """Does a clause with a verb follow the semicolon at token k, before the next one or e?"""
    words = lexicon()
    for i in range(k + 1, e):
        if toks.low[i] == ";":
            return False
        if toks.kind[i] == W and (toks.low[i] in words.aux or toks.low[i] in words.verb or past_form(toks.low[i])):
            return True
    return False


def comma_before(toks: ParagraphTokens, k: int) -> int:
    """Where content ends if a comma precedes token k: the comma's index, after a quotation ending in one, or -1."""
    if toks.low[k - 1] == "," and toks.kind[k - 1] == P:
        return k - 1
    return k if k - 1 in toks.comma_q else -1


def clause_end(toks: ParagraphTokens, s: int, e: int, k: int, last_q: int) -> int:
    """The end of quoted content before token k where a new clause or an aside starts there, else -1."""
    low = toks.low[k]
    comma = comma_before(toks, k) if toks.kind[k] == W else -1
    if comma > s + 2 and k + 1 < e and k > last_q:
        nxt = toks.low[k + 1] if low.endswith("ly") else low
        if nxt.endswith("ing") and nxt not in lexicon().np_adjective and nxt not in lexicon().ing_preposition:
            return comma  # ", implicitly putting ...": a participle clause of the speaker
    if k <= last_q:
        return -1
    if comma >= 0 and k + 1 < e and (low in lexicon().subordinate and comma < k or low in ("but", "and")
                                     and new_subject(toks, k + 1, e) or low in ("a", "an") and k > s + 2):
        return comma  # ", when ...", ", but he ...", ", a move that ..."
    if toks.kind[k] == P and low in DASH_WORDS and k > s + 2 and toks.start[k] > toks.end[k - 1] \
            and not _closes_aside(toks, s, k) and not _opens_aside(toks, k, e):
        return k  # '"up-skill" workers - and he makes sure ...'
    if comma < 0 and toks.kind[k] == W and low in lexicon().bare_subordinate \
            and toks.low[k - 1] not in ("such", "and", "or") and new_subject(toks, k + 1, e) and k > s + 2:
        return k  # '"excited where we stand" as he faces ...' (not '... as "strong" and as a candidate with ...')
    return -1
