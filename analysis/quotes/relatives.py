"""Speaker noun phrases with a relative clause or a participle after their head.

A speaker found before the cue may be the object inside a clause that modifies the real speaker: "Residents who
live near the river said" (not "the river"), "The company that makes the drug said" (not "the drug"), "A study
published in the journal in January showed" (not "the journal"). These functions widen or move the phrase found
by :func:`analysis.quotes.phrases.np_back` to the noun the clause modifies.
"""
from __future__ import annotations

from analysis.quotes.adjuncts import time_back
from analysis.quotes.clauses import reported_clause_follows
from analysis.quotes.cues import (
    Hit,
    lexicon,
    load_cues,
    past_form,
    past_verb,
    speech_form,
)
from analysis.quotes.phrase_words import DASH_WORDS, np_word
from analysis.quotes.phrases import np_back
from analysis.quotes.quantities import percent_before
from analysis.quotes.tokens import (
    ParagraphTokens,
    Q,
    W,
    is_name,
    plural_apostrophe,
    possessive_s,
)
from analysis.speakers.lexicon import lexicon as speakers_lexicon


def np_with_relative(toks: ParagraphTokens, c0: int, a: int) -> tuple[int, int] | None:
    """A speaker with a restrictive relative clause: "The Republicans who won on Tuesday said", "43% of those who
    watched said", or a contact clause: "legal professionals I spoke to said"."""
    for k in range(c0 - 2, max(a, c0 - 10) - 1, -1):
        if toks.kind[k] != W:
            break  # no "who" clause here; a contact clause may still be ("29% of the people it questioned said")
        if toks.low[k] == "who":
            return _through_relative(toks, k, c0, a)
    return _contact_clause(toks, c0, c0, a)


def contact_with_adjunct(toks: ParagraphTokens, c0: int, a: int) -> tuple[int, int] | None:
    """A speaker with a contact clause and a place or time after it: "One person I spoke to in Las Vegas said",
    "voters we interviewed at the rally said" (the phrase before the cue is the adjunct's, no speaker), an aside in
    brackets between them and the cue or not."""
    if c0 - 3 <= a or not speech_form(toks.low[c0]) \
            or not any(toks.low[k] in _CONTACT_SUBJECTS for k in range(max(a, c0 - _CONTACT_REACH), c0 - 2)):
        return None  # (no "I", "we", "it" or "they" before the cue: no contact clause, no phrase to read back)
    end = c0
    if toks.low[end - 1] == ")":  # "... in Las Vegas (who asked not to be named ...) said": an aside after it
        end = next((k for k in range(end - 2, max(a, end - _ASIDE_REACH), -1) if toks.low[k] in ("(", ")")), a)
        if toks.low[end] != "(":
            return None
    adjunct = np_back(toks, end - 1, a)
    if adjunct is None or adjunct[0] - 1 <= a or toks.low[adjunct[0] - 1] not in _CONTACT_ADJUNCTS:
        return None
    prep = adjunct[0] - 1
    if prep - 2 > a and toks.low[prep - 1] in ("and", "or") and toks.low[prep - 2] in _CONTACT_ADJUNCTS:
        prep -= 2  # "candidates I spoke to during and after the primaries"
    found = _contact_clause(toks, prep, c0, a)
    return (found[0], adjunct[1]) if found is not None else None


_CONTACT_SUBJECTS = frozenset(("i", "we", "it", "they"))
"""The subjects of a contact clause inside a speaker ("experts I spoke to", "the people it questioned")."""

_ASIDE_REACH = 40
"""Tokens before the cue where the opening bracket of an aside after a contact clause's adjunct is looked for."""

_CONTACT_REACH = _ASIDE_REACH + 20
"""Tokens before the cue where a contact clause's subject is looked for: the aside, the adjunct's phrase and the
clause. A bound, so that a sentence of many cues is read in linear time ("Smith said that he said that ..." ten
thousand times took 33 s when each cue looked back to the sentence's start)."""

_CONTACT_ADJUNCTS = frozenset(("in", "at", "on", "outside", "near", "during", "after", "before"))
"""Prepositions of a place or time phrase after a contact clause ("people I spoke to in Ohio said")."""


def _contact_clause(toks: ParagraphTokens, end: int, c0: int, a: int) -> tuple[int, int] | None:
    """The speaker whose contact clause ends before token ``end``, through the cue at ``c0``: "experts I spoke to
    said", "the people it questioned said"; None if there is none."""
    k = end - 2 if end - 2 > a and toks.low[end - 1] in ("to", "with") else end - 1
    if speech_form(toks.low[c0]) and k - 1 > a and past_verb(toks.low[k]) and toks.low[k - 1] in _CONTACT_SUBJECTS:
        np = np_back(toks, k - 2, a)
        if np is not None and toks.low[np[0]] not in lexicon().pronoun \
                and not (is_name(toks.raw[np[1] - 1]) and np[1] - 1 > a):  # ("Experts I spoke to said": capitalised
            return (np[0], c0)  # as the sentence's first word)
    return None


def _through_relative(toks: ParagraphTokens, who: int, end: int, a: int) -> tuple[int, int] | None:
    """The speaker from the antecedent of "who" at token ``who`` to token ``end``: "The Republicans who won on
    Tuesday", "(43% of) those who watched"; None when no noun phrase (or only a pronoun) stands before it."""
    np = np_back(toks, who - 1, a)
    if np is None and who - 1 >= a and toks.low[who - 1] in lexicon().demonstrative:
        share = percent_before(toks, who - 2, a) if who - 2 > a and toks.low[who - 2] == "of" else -1
        return (share if share >= 0 else who - 1, end)
    return (np[0], end) if np is not None and toks.low[np[0]] not in lexicon().pronoun else None


def antecedent_of_relative(toks: ParagraphTokens, np: tuple[int, int], c0: int, a: int) -> tuple[int, int]:
    """A speaker found inside a relative clause before the cue belongs to the clause's antecedent: "Residents who
    live near the river said" (not "the river"), "A woman who was seated near the gunman said". The relative
    pronoun must be "who" ("that" and "which" more often open a clause of another kind: "legislation that nearly
    everyone said") and the clause's subject, the speaker found its object: a verb follows the pronoun (not a
    name, a determiner or a conjunction), no verb that takes a clause ("who revealed he said") unless the speaker
    found is a preposition's object ("Officials who spoke to the Times said"), and the speaker is no pronoun.
    "That" and "which" count right before a form of "be" ("a White House that is ...") or a verb with the
    speaker found as its object ("The company that makes the drug said")."""
    words = lexicon()
    if toks.low[np[0]] in words.pronoun:
        return np
    r = np[0] - 1
    first = toks.low[np[0]]
    if r > a and toks.low[r] in ("that", "which", "who") and toks.raw[np[0]].islower() and np[1] - np[0] > 1 \
            and first not in words.determiner and first not in words.possessive and first not in words.pronoun \
            and (toks.low[np[0] + 1] in words.determiner or toks.low[np[0] + 1] in words.possessive):
        # "politicians on both sides of the Line of Control which divides the region welcomed": the pronoun is the
        # clause's subject, its verb no speaker
        return _through_relative(toks, r, np[1], a) or np
    for r in range(np[0] - 1, max(a, np[0] - 8) - 1, -1):
        if toks.kind[r] != W:
            return np
        if toks.low[r] in ("that", "which") and a < r < np[0] - 1 and toks.low[r + 1] in words.be:
            # "the spokesman for a White House that is one of the most savvy ... claimed": "that" is the subject
            return _through_relative(toks, r, np[1], a) or np
        if toks.low[r] in ("that", "which") and a < r == np[0] - 2 and _object_verb(toks, r + 1) \
                and np_word(toks, r - 1) and toks.kind[r - 1] == W:
            # "The company that makes the drug said", "one of the agencies that issued the advisory said": the
            # speaker found is the verb's object, the pronoun its subject
            return _through_relative(toks, r, np[1], a) or np
        if toks.low[r] == "who" and a < r < np[0] - 1:
            after = toks.low[r + 1]
            p = np[0] - 2 if toks.low[np[0] - 1] in ("the", "a", "an") else np[0] - 1
            governed = toks.low[p] in words.preposition and toks.low[p] not in words.subordinate \
                and toks.low[p] != "of" and (toks.low[p] != "to" or p < np[0] - 1)  # (not "who want to one day
            # see", "who called for the release of the whistleblower report after"); "spoke to the
            # Times": the object of a preposition, no clause's subject
            if is_name(toks.raw[r + 1]) or after in words.determiner or after in words.pronoun \
                    or after in words.preposition or not governed and any(
                        any(cue.frame in ("clause", "tell") for cue in words.cues.get(toks.low[k], ()))
                        and toks.low[k - 1] not in words.preposition and toks.low[k - 1] not in words.determiner
                        or toks.low[k] in words.subordinate for k in range(r + 1, np[0])):
                # (a verb that takes no clause, or a noun, is no cue of one: "who voted in favor of the request")
                return np
            return _through_relative(toks, r, np[1], a) or np
    return np


def _object_verb(toks: ParagraphTokens, k: int) -> bool:
    """Is token k a finite verb that may take an object ("makes", "received", "owns"), no cue of one word ("said
    advisers wrote": the words after it are a clause)?"""
    low = toks.low[k]
    words = lexicon()
    return toks.kind[k] == W and toks.raw[k].islower() and low not in words.aux \
        and not any(len(cue.words) == 1 for cue in load_cues().get(low, ())) \
        and low not in words.determiner and low not in words.preposition and low not in words.pronoun \
        and (low in words.verb or past_form(low) or low.endswith("s") and not low.endswith("ss"))


def head_before_participle(toks: ParagraphTokens, np: tuple[int, int], a: int) -> tuple[int, int]:
    """A speaker found as the object of a participle's preposition belongs to the noun the participle modifies:
    "A study published in the journal in January showed" (not "the journal"), "officials based in Kabul said", "The
    House committee working on the repeal legislation promises", "A statement issued by the White House said",
    "Doctors testifying before the court had said" (a conjunction's word after a participle in -ing only: not "the
    declines deepened after the WHO said"), also over more adjuncts after the first ("Lawyers for families separated
    by the government at the border with Mexico said", "A lawsuit filed in a federal court in San Diego argues")."""
    words = lexicon()
    p = np[0] - 1
    if p > a and toks.low[p] in ("the", "a", "an"):
        p -= 1  # "A study published in the Lancet found": the name was found without its article
    document = _document_before_participle(toks, p, a)
    if document is not None:
        return (document[0], np[1])
    p = _adjunct_chain_start(toks, p, a)
    if p - 2 < a or toks.low[p] not in words.preposition \
            or toks.low[p] in words.subordinate and not toks.low[p - 1].endswith("ing") \
            or not toks.low[p - 1].endswith(("ed", "ing")) or not toks.raw[p - 1].islower() \
            or toks.kind[p - 1] != W or toks.kind[p - 2] != W or toks.low[np[0]] in words.pronoun:
        return np  # not "His efforts failed after he said", "the declines deepened after the WHO said"
    head = np_back(toks, p - 2, a)
    last = head[1] - 1 if head is not None else a
    if head is None or toks.low[head[0]] in words.pronoun or is_name(toks.raw[last]) and (
            last > a or not toks.low[last].endswith("s")):  # ("Officials based in Kabul said": a plural noun)
        return np  # a name before a past form is its subject: "Randy Penrod posted in a group ... said"
    return (head[0], np[1])


_DO = frozenset(("do", "does", "did"))
"""Forms of "do" that open a finite verb ("did not mention"), besides the ``finite`` and ``be`` words."""


def bare_object_of_participle(toks: ParagraphTokens, hit: Hit, j: int, a: int, b: int) -> tuple[int, int] | None:
    """A speaker whose participle's adjuncts end in a bare noun, no determiner to open a phrase of their own ("A man
    charged with fraud said", "Lawyers for a man charged with lying to investigators said"): the noun the
    participle modifies with its adjuncts (:func:`head_before_participle`), as a token range; else None.

    Only before a verb that cannot be a participle or a noun itself, so that the participle is no finite verb of
    its own ("His aides pointed to statistics showing", "The governor complained about executive orders"): an
    auxiliary opens the cue, or its word is no form in -ing or -ed and a reported clause or a quotation follows it
    ("A lawsuit filed in Washington state claims the director ..."); the word before the cue is a noun's (not "on
    the", "less than expected", "the one alleged")."""
    words = lexicon()
    low, word = toks.low[j], toks.low[hit.c1 - 1]
    if j - 3 < a or toks.kind[j] != W or not np_word(toks, j) or low in words.preposition or low in words.determiner \
            or low in words.pronoun or low in words.possessive or low in words.standalone:
        return None
    finite = any(toks.low[k] in words.finite or toks.low[k] in words.be or toks.low[k] in _DO
                 for k in range(j + 1, hit.c1))
    if not finite and (word.endswith(("ing", "ed")) or not (
            reported_clause_follows(toks, hit, b) or hit.c1 < b and toks.kind[hit.c1] == Q)
            or hit.c1 + 1 < b and toks.low[hit.c1] == "that" and past_verb(toks.low[hit.c1 + 1])):
        return None  # (not "Trump's obscene remarks that surfaced": a relative clause after a noun)
    p = _adjunct_chain_start(toks, j, a)
    if p >= j or toks.low[p] not in words.preposition:
        return None
    np = head_before_participle(toks, (p + 1, j + 1), a)
    return np if np[0] < p else None


def _adjunct_chain_start(toks: ParagraphTokens, p: int, a: int) -> int:
    """The preposition right after a participle that opens a chain of adjuncts ending at token p ("separated BY the
    government at the border with", "charged WITH lying to investigators after the"), reading back over words only
    (a gerund a preposition governs among them): no cue, verb, auxiliary, pronoun, relative, subordinate conjunction
    or question word (a clause of its own: "officials briefed on the talks said Hamas", "a
    summit marked by what Trump said", "a hit to the rating if Congress refused"); p itself when it follows a
    participle or no such preposition is near."""
    words = lexicon()
    if p <= a or toks.low[p - 1].endswith(("ed", "ing")) or toks.low[p] in ("and", "or", "but"):
        return p  # (a coordination is read elsewhere: "the summer months rolled on and Republicans made clear")
    for k in range(p, max(a, p - NP_CHAIN), -1):
        low = toks.low[k]
        if low in words.preposition and k - 1 > a and toks.raw[k - 1].islower() \
                and toks.low[k - 1].endswith(("ed", "ing")) \
                and not (toks.low[k - 1].endswith("ing") and k - 2 > a and toks.low[k - 2] in words.preposition):
            return k  # (not the gerund a preposition governs: "charged with lying TO investigators")
        if toks.kind[k] != W or low in words.aux or low in words.verb or low in words.pronoun \
                or low in words.relative or low in words.subordinate or low in words.interrogative \
                or low in words.opening_subordinate or low in words.cues:
            return p  # ("a summit marked by what Trump said", "looked at how judges responded")
    return p


NP_CHAIN = 12
"""The most words a chain of adjuncts after a participle holds ("separated by the U.S. government at the border with
Mexico": 10)."""


def _document_before_participle(toks: ParagraphTokens, p: int, a: int) -> tuple[int, int] | None:
    """A document before a participle and the preposition at token p, before or after a time too ("A survey
    conducted before the election found", "A USA TODAY/Suffolk Poll taken just before the holiday that ... finds"),
    as a token range; else None."""
    words = lexicon()
    if p - 2 < a or toks.low[p] not in words.preposition:
        return None
    k = p - 1
    if toks.low[k] in words.time_span or toks.low[k].endswith("ly"):
        k -= 1  # "taken just before", "conducted shortly after", "released days after"
    if k - 1 < a or toks.kind[k] != W or not toks.raw[k].islower() \
            or not (toks.low[k].endswith("ed") or toks.low[k] in words.participle):
        return None
    head = np_back(toks, k - 1, a)
    return head if head is not None and toks.low[head[1] - 1] in words.document_noun else None


def participle_modified(toks: ParagraphTokens, j: int, c0: int, a: int) -> tuple[int, int] | None:
    """A speaker with a participle and a time adjunct after it: "An annual economic survey released on Friday
    said" (the adjunct, skipped before, ends at the cue)."""
    if j >= c0 - 1 or j - 1 < a or toks.kind[j] != W \
            or not (toks.low[j].endswith("ed") or toks.low[j] in lexicon().participle):
        return None  # ("A Gallup poll taken last week finds")
    np = np_back(toks, j - 1, a)
    return (np[0], c0) if np is not None and toks.low[np[0]] not in lexicon().pronoun else None


def document_before_relative(toks: ParagraphTokens, rel: int, a: int) -> tuple[int, int] | None:
    """The document a relative pronoun before a cue stands for: "the Mueller report, which found that ...", "an
    article that claimed ..." (a noun of ``document_noun`` heads the phrase before the pronoun), also with a time
    adjunct between ("released a statement on Thursday that said ...") or its author ("a letter from his doctor
    that says ...")."""
    k = time_back(toks, rel - 1 if toks.low[rel - 1] != "," else rel - 2, a)
    if k < a or toks.kind[k] != W:
        return None
    if toks.low[k] not in lexicon().document_noun:  # "a letter from his doctor that says ...": the letter
        by = next((i for i in range(k - 1, max(a, k - 5), -1) if toks.low[i] in ("from", "by")), -1)
        if by - 1 <= a or toks.low[by - 1] not in lexicon().document_noun \
                or not all(toks.kind[i] == W for i in range(by, k + 1)):
            return None
        np = np_back(toks, by - 1, a)
        return (_document_start(toks, np[0], by - 1), k + 1) if np is not None else None
    np = np_back(toks, k, a)
    if np is not None:
        np = (_document_start(toks, np[0], k), np[1])
    if np is None or np[0] < k and not (toks.low[np[0]] in lexicon().determiner or is_name(toks.raw[np[0]])
                                        or possessive_s(toks.low[np[0]])):
        start = next((d for d in range(np[0], k) if toks.low[d] in lexicon().determiner), -1) if np else -1
        if start >= 0 and toks.low[start - 1].endswith("ing"):
            return (start, k + 1)  # "issuing a statement which says ...": the statement
        return (k, k + 1) if toks.low[k].endswith("s") else None  # "the host of outside groups": the noun only
    return np


def _document_start(toks: ParagraphTokens, start: int, head: int) -> int:
    """Where the phrase of the document noun at ``head`` starts within a longer phrase from ``start``: after the
    last preposition other than "of" ("the bouncer with a fancy piece of paper" -> "a fancy piece of paper") or at
    the determiner after a participle ("receiving an email from X" -> "an email from X")."""
    cut = next((i + 1 for i in range(head - 1, start - 1, -1)
                if toks.low[i] in lexicon().preposition and toks.low[i] != "of"), start)
    if toks.low[cut - 1] != "of" and cut == start and toks.low[start].endswith("ing"):
        cut = next((d for d in range(start, head) if toks.low[d] in lexicon().determiner), start)
    return cut


def named_before_which(toks: ParagraphTokens, rel: int, a: int) -> tuple[int, int] | None:
    """The name a non-restrictive "which" after a comma or a dash stands for: "The IAAF - which said it was
    surprised -", "the EU's Copernicus Climate Change Service, which said ...": the run of capitalised words just
    before (an organisation's name; not a month or a day)."""
    if toks.low[rel] != "which" or rel - 2 < a or not (toks.low[rel - 1] == "," or toks.low[rel - 1] in DASH_WORDS):
        return None
    end = rel - 1
    if not is_name(toks.raw[end - 1]) or toks.low[end - 1] in lexicon().month or toks.low[end - 1] in lexicon().time:
        return None
    k = end - 1  # inner connectors: "Office of the General Counsel", "International Campaign to Ban Landmines"
    while k >= a and (toks.kind[k] == W or plural_apostrophe(toks, k)) and (
            is_name(toks.raw[k]) or plural_apostrophe(toks, k) or k - 1 >= a and toks.low[k] in lexicon().name_connector
            and (is_name(toks.raw[k - 1]) or toks.low[k - 1] == "of")):
        k -= 1
    start = k + 1
    while toks.low[start] in lexicon().name_connector and toks.low[start] != "the":
        start += 1
    return (start - 1, end) if start - 1 >= a and toks.low[start - 1] == "the" else (start, end)


def organisation_before_which(toks: ParagraphTokens, rel: int, a: int) -> tuple[int, int] | None:
    """The organisation a non-restrictive "which" after a comma stands for when a definite description of one ends
    there ("the union, which said ...", "the company's parent, which says"; ``organisation_nouns.csv``): the noun
    phrase back to its determiner; not after a preposition ("the chairman of the committee, which said": the
    chairman's words or the committee's, no telling)."""
    if toks.low[rel] != "which" or rel - 2 <= a or toks.low[rel - 1] != ",":
        return None
    head = rel - 2
    if toks.kind[head] != W or not toks.raw[head].islower() or toks.low[head] not in speakers_lexicon().organisation_nouns:
        return None
    np = np_back(toks, head, a)
    if np is None or np[1] != head + 1 or toks.low[np[0]] not in lexicon().determiner \
            and not possessive_s(toks.low[np[0]]):
        return None
    return None if "of" in toks.low[max(np[0] - 1, a):head] else np
