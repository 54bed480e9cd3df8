"""Asides beside a speaker's name: the name a description describes and the description a name carries.

"Li, a professor at X, said", "Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA,
said", "Will Davies, senior research fellow at the IPPR told", "said Opera spokeswoman, Berit Hanson": which
words around the commas are the speaker, and which commas set off no aside at all ("Privately, some strategists
said", "in Malibu, California, a spokesman said", "over Parnas and Fruman, former prosecutors say").
"""

from __future__ import annotations

import re

from analysis.quotes.cues import lexicon, speech_form
from analysis.quotes.phrase_words import (
    DASH_WORDS,
    abbreviation_period,
    inside_name,
    opening_adverb,
)
from analysis.quotes.phrases import (
    is_description,
    name_run,
    np_back,
    np_forward,
    np_with_survey,
    titled_name_run,
)
from analysis.quotes.places import is_place
from analysis.quotes.tokens import ParagraphTokens, Q, W, is_name
from analysis.speakers.lexicon import PARTY_LABEL as PARTY


def appositive(toks: ParagraphTokens, s: int, e: int) -> bool:
    """Are tokens[s:e] an appositive or a participial phrase ("a professor at X", "speaking in Y")?"""
    if s >= e:
        return False
    first = toks.low[s]
    if first in ("who", "which", "whose", "whom") or first.startswith("who'") \
            or first in lexicon().preposition and s + 1 < e and toks.low[s + 1] in ("whom", "which"):
        return True  # a relative clause, quotations and all ("who went to the "Audit the Fed" rally", "who's trying",
        # "for whom the ban is the culmination of years of campaigning", "whom critics have attacked for ...")
    if any(toks.kind[k] == Q for k in range(s, e)):
        return False
    if s + 1 < e and _inverted_cue(toks, s):
        return False  # "Although ... malicious code, said Mr Hogan, 2004 saw ...": an attribution, not an aside
    if 1 < e - s <= 3 and speech_form(toks.low[e - 1]) and (toks.low[s] in lexicon().pronoun or is_name(toks.raw[s])):
        return False  # "Surviving it, he said, underscored that ...": an attribution set off inside the clause
    if name_run(toks, s, e):
        return True  # the name after a description: "Her top aide, Drew Hammill, told"
    if (first in lexicon().preposition or first in lexicon().subordinate) and s + 1 < e \
            and toks.low[s + 1].endswith("ing"):
        # a gerund phrase: "Bush, in arguing that money should shift to the states, said", "Paul, while saying
        # Obama must make his case, told"
        return True
    if first == "and" and s + 1 < e and (toks.low[s + 1] in lexicon().finite or toks.low[s + 1] in lexicon().modal):
        return False  # "P2P networks are here to stay, and are on the verge of ..., says": a second predicate
    if first in ("who", "which", "whose", "and") or first.endswith("ing") or first in lexicon().determiner \
            or first in APPOSITIVE_OPENERS:
        return True
    if first.endswith("ly") and s + 1 < e and toks.low[s + 1].endswith("ed"):
        s, first = s + 1, toks.low[s + 1]  # "Rubio, largely considered the standout of the debate, said"
    if first.endswith("ed") and s + 1 < e and toks.low[s + 1] in (
            "by", "in", "at", "as", "with", "the", "a", "an", "after", "for", "from", "on", "to"):
        return True  # "The aides, led by campaign manager Terry Sullivan, told", "considered the standout"
    return not any((toks.low[k] in lexicon().verb or toks.low[k] in lexicon().cues and toks.low[k].endswith("ed"))
                   and not inside_name(toks, k) and not _opens_name(toks, k, s, e) and not _noun_of_phrase(toks, k, s)
                   for k in range(s, e))  # "chief executive of Alcohol Focus Scotland", "of Planned Parenthood"


def _noun_of_phrase(toks: ParagraphTokens, k: int, s: int) -> bool:
    """Is the verb's form at token k the head of a noun phrase after "of" and its article, a noun or two between
    ("member of the virus task force", "head of the campaign office": a noun, no predicate)?"""
    j = k - 1
    while j > s and k - j <= 2 and toks.kind[j] == W and toks.raw[j].islower() \
            and toks.low[j] not in ("the", "a", "an") and toks.low[j] not in lexicon().verb:
        j -= 1
    return j - 1 >= s and j < k - 1 and toks.low[j] in ("the", "a", "an") and toks.low[j - 1] == "of" \
        and toks.raw[k].islower()


def _inverted_cue(toks: ParagraphTokens, s: int) -> bool:
    """Does a speech cue (not a participle: "led by", "speaking in") open the words at s, its speaker right after
    it ("said Mr Hogan", "says the report", "said he")?"""
    first, nxt = toks.low[s], toks.low[s + 1]
    return speech_form(first) and toks.raw[s].islower() and not first.endswith(("ing", "ed")) \
        and (is_name(toks.raw[s + 1]) or nxt in ("the", "a", "an") or nxt in lexicon().pronoun)


def _opens_name(toks: ParagraphTokens, k: int, s: int, e: int) -> bool:
    """Does a capitalised word inside an aside open a name with the capitalised word after it ("director of
    Planned Parenthood", "a pilot for United Airlines")?"""
    return s < k < e - 1 and is_name(toks.raw[k]) and is_name(toks.raw[k + 1])


APPOSITIVE_OPENERS = frozenset(("one", "two", "three", "among", "including", "himself", "herself", "now", "then",
                                "formerly", "previously", "once", "also", "still"))
"""Words that open an aside about the speaker ("Ed Vaizey, one of the MPs who met Gove, said")."""


PARTY_LABEL = re.compile(rf"{PARTY.pattern}|^\d{{1,3}}$")
"""An aside between a name and its description that is neither: a US party-and-state label ("R-S.C.",
"D-Calif.") or an age ("59")."""


def _before_label(toks: ParagraphTokens, comma: int, a: int) -> int:
    """The comma before a party label or an age that ends at ``comma`` ("Lindsey Graham, R-S.C., among ..."),
    else ``comma``."""
    k = comma - 1
    while k > a and comma - k <= 4 and toks.low[k] != ",":
        k -= 1
    if k > a and toks.low[k] == "," and PARTY_LABEL.match("".join(toks.raw[k + 1:comma])):
        return k
    return comma


def after_among(toks: ParagraphTokens, start: int, a: int) -> int:
    """Where "among" stands before the phrase starting at ``start`` ("among the MPs who met X"), else -1."""
    k = start - 1
    if k > a and toks.low[k] in lexicon().determiner:
        k -= 1
    return k if k > a and toks.low[k] == "among" else -1


def _plural_head(toks: ParagraphTokens, np: tuple[int, int]) -> bool:
    """Is the head of a description a plural common noun ("experts", "former prosecutors", "strategists for outside
    groups"), which describes no single name before it?"""
    if toks.low[np[0]] in ("a", "an", "one", "another", "each", "every") \
            or any(toks.low[k] in ("and", "or") for k in range(*np)):  # "Researchers, advocates and policymakers"
        return False
    head = next((k - 1 for k in range(np[0] + 1, np[1])
                 if toks.low[k] in lexicon().preposition or toks.low[k] in lexicon().relative), np[1] - 1)
    low = toks.low[head]
    return toks.raw[head][:1].islower() and len(low) > 3 and low.endswith("s") \
        and not low.endswith(("ss", "us", "is", "'s")) and low not in lexicon().ly_noun


def _adverb_or_place(toks: ParagraphTokens, k: int, comma: int, a: int) -> bool:
    """Is the capitalised run tokens[k:comma] before a comma no name but an opening adverb ("Privately, some
    strategists said", "Initially, a U.S. official told") or the region after a town ("In Antwerp, Belgium, a doctor
    said", "died in Malibu, California, a spokesman said")?"""
    if comma - k == 1 and opening_adverb(toks.low[k]):
        return True
    return is_place(toks, k, comma) and k - 2 >= a and toks.low[k - 1] == "," and is_name(toks.raw[k - 2])


def _place_or_label(toks: ParagraphTokens, s: int, e: int) -> bool:
    """Is the capitalised run tokens[s:e] set off after a description a place or a party label rather than the
    name of the person described ("A medical examiner in Atlanta, Georgia,", "A spokesman for Mitch McConnell,
    Kentucky Republican,", "The police chief in Concord, N.H.,")?"""
    if is_place(toks, s, e) or "." in toks.raw[e - 1] or e < len(toks.low) and toks.low[e] == ".":
        return True
    if e - s == 1 and s >= 2 and toks.low[s - 1] == "," and is_place(toks, s - 2, s - 1):
        return True  # one word, the region after a town ("in Atlanta, Georgia,"; not "in Florida, Lenny Curry,")
    return e - s >= 2 and toks.low[e - 1] in ("republican", "democrat") and is_place(toks, s, e - 1)


def name_before_comma(toks: ParagraphTokens, np: tuple[int, int], a: int) -> int:
    """Where a name given before a description starts ("Will Davies, senior research fellow at the IPPR
    told", "Lindsey Graham, R-S.C., among the lawmakers who met X, said"), else the description's start."""
    among = after_among(toks, np[0], a)  # an aside that places the speaker in a group ("X, among the MPs who")
    comma = among - 1 if among > 0 else np[0] - 1
    if comma <= a or toks.low[comma] != ",":
        return np[0]
    if among < 0 and _plural_head(toks, np):
        return np[0]  # "with an indictment hanging over Parnas and Fruman, former prosecutors say": no appositive
    comma = _before_label(toks, comma, a)
    k = comma
    while k > a and comma - k < 5 and toks.kind[k - 1] == W and is_name(toks.raw[k - 1]):
        k -= 1
    first = toks.low[k]
    adverb = k == a and k + 1 < comma and first not in lexicon().preposition and first not in lexicon().determiner \
        and first not in ("or", "so", "yet") \
        and (first in lexicon().time or opening_adverb(first) or first in ("as", "when", "while"))
    if adverb:
        k += 1  # "Earlier Sabine Weyand, director general for trade, ...": the opening adverb is no part of the name
    title = 2 if k - 2 >= a and abbreviation_period(toks, k - 1) else 0  # "Sen. Jeff Sessions, R-Ala., ranking ..."
    if k < comma and not _adverb_or_place(toks, k, comma, a) \
            and (adverb or k == a or toks.kind[k - 1] != W or not is_name(toks.raw[k - 1])) \
            and name_run(toks, k, comma):
        before = k - title - 1
        if adverb or k - title == a or toks.low[before] in (",", ".", ";", ":", "and", "but") or toks.kind[before] == Q:
            return k - title
        if title and toks.low[before] not in lexicon().preposition:
            return k  # "Montana Gov. Steve Bullock, one of ..."; not "an official in Mr. Bush's White House, an aide"
    return np[0]


def _before_relative_aside(toks: ParagraphTokens, end: int, a: int) -> tuple[int, int] | None:
    """The name before a relative clause in commas that holds commas of its own ("Raul Melendez, whose
    father-in-law, David Johnson, was killed in the shooting, said"), or None."""
    for w in range(end - 1, max(a + 1, end - 30), -1):
        if toks.kind[w] == Q:
            return None
        if toks.low[w] in ("who", "whose", "whom") and toks.low[w - 1] == ",":
            np = np_back(toks, w - 2, a)
            return np if np is not None and is_name(toks.raw[np[1] - 1]) else None
    return None


_PLACE_PREPOSITIONS = frozenset(("in", "at", "near", "outside", "from", "of"))
"""Prepositions before a town whose state or region follows in commas ("at a rally in Wilmington, N.C.,")."""


def _participle_aside_before(toks: ParagraphTokens, k: int, a: int) -> bool:
    """Does an aside opened by a comma and a participle run up to token k ("Trump, speaking at a rally in ...")?"""
    for j in range(k - 1, max(a, k - 15), -1):
        if toks.kind[j] != W:
            return toks.low[j] == "," and toks.low[j + 1].endswith("ing") and toks.raw[j + 1].islower()
    return False


def _members_aside(toks: ParagraphTokens, start: int, a: int) -> bool:
    """Does a noun phrase starting at token start open an aside naming members after a comma ("including Sen.
    Chuck Schumer", "among them Rand Paul")?"""
    i = start
    if toks.low[i] not in ("including", "among"):
        while i - 1 > a and start - i < 4 and (is_name(toks.raw[i - 1]) or toks.low[i - 1] in (".", "them")):
            i -= 1  # a title before the name ("Sen."), "them"
        i -= 1
        if toks.low[i] not in ("including", "among"):
            return False
    return i - 1 > a and toks.low[i - 1] == ","


def np_before_appositive(toks: ParagraphTokens, comma: int, a: int) -> tuple[int, int] | None:
    """The speaker before one or more asides ending at the comma, dash or parenthesis before the cue.

    "Li, a professor at X, said", "Scott Pruitt, the attorney general of Oklahoma, one of the states suing
    the EPA, said", "Donna Rawlings, 59, of Ashton, Md., said", "Democrats -- including Clinton -- accused":
    the name that the asides describe.
    """
    end, fallback = comma, None
    for _ in range(4):
        close = "," if toks.kind[end] == Q and end in toks.comma_q else toks.low[end]  # '"big week," said'
        opener = {",": ",", ")": "("}.get(close, close if close in DASH_WORDS else None)
        if opener is None:
            return fallback
        k = end - 1
        while k >= a and end - k < 40 and toks.low[k] != opener and (toks.kind[k] != Q or close != ")"):
            k -= 1  # (an aside in commas may hold a quotation when it is a relative clause: see appositive())
        quoted = close in DASH_WORDS and any(toks.kind[i] == Q for i in range(k + 1, end))
        if quoted and toks.low[k + 1] not in ("who", "which", "whose"):
            return fallback  # 'Trump - who said he would "bomb" the oil fields - said': a relative clause holds it
        if k <= a or toks.low[k] != opener or (close == "," and not appositive(toks, k + 1, end)):
            return fallback or (_before_relative_aside(toks, end, a) if close == "," else None)
        if close == "," and k - 2 > a and toks.low[k - 2] in _PLACE_PREPOSITIONS and is_name(toks.raw[k - 1]) \
                and _place_or_label(toks, k + 1, end) and _participle_aside_before(toks, k - 2, a):
            end = k  # "Trump, speaking at a rally in Wilmington, N.C., warned": the state closes the town's aside
            continue
        last = k - 2 if k - 2 > a and toks.low[k - 1] == "." and PARTY_LABEL.match(toks.raw[k - 2] + ".") else k - 1
        np = np_with_survey(toks, last + 1, a) or np_back(toks, last, a)  # "veterans interviewed at rallies in
        # Ohio, including Mr. Jebens, said"; "Slotkin, D-Mich. -- who ... -- told": the label's full stop is no speaker
        if np is not None and end == comma and is_name(toks.raw[np[1] - 1]) and (any(
                toks.low[w] in ("who", "which", "whose") and np[1] - w >= 4 for w in range(*np))
                or _relative_before(toks, np[0], a)):
            end = k  # "a professor who studies border security at X in San Angelo, Texas, said": a place's state
            continue  # after the relative clause's last word; the aside before holds them both
        if np is not None and _members_aside(toks, np[0], a):
            end = k  # "Authors of the bill, including Sen. Chuck Schumer, D-N.Y., have said": the members named after
            continue  # the speaker, with a label of their own, are an aside too
        rel = np[0] - 1 if np is not None else a
        while rel > a and (toks.low[rel] in APPOSITIVE_OPENERS or toks.low[rel].endswith("ly")):
            rel -= 1  # "who still runs", "who now leads"
        if np is not None and rel - 1 > a and toks.low[rel] in ("who", "which") and toks.low[rel - 1] == ",":
            end = k  # "Priebus, who still runs the RNC, which is trying ..., cited": an aside before this one
            continue
        if np is not None and np[0] - 1 > a and toks.low[np[0] - 1] == "," \
                and PARTY_LABEL.match("".join(toks.raw[np[0]:np[1]])):
            named = np_back(toks, np[0] - 2, a)  # "Brady, R-Texas, chairman of the committee, told"
            if named is not None and is_name(toks.raw[named[1] - 1]):
                return named
        if np is not None and np[0] - 2 > a and toks.low[np[0] - 1] == "," \
                and toks.low[np[1] - 1] in lexicon().party_member:
            named = np_back(toks, np[0] - 2, a)  # "Rep. Michael C. Burgess, Texas Republican, who also addressed
            if named is not None:  # the conference, said", "The senator, a Maine Democrat, who ...": a party's member
                return named  # set off after a name or a role, before a relative clause, is its label
        if np is not None and np[0] - 2 > a and toks.low[np[0] - 1] == "or" and toks.low[np[0] - 2] == ",":
            end = np[0] - 2  # "Neil Sroka, director of Democracy for America, or DFA - which ... - said": another
            continue  # name of what the aside before it names
        if np is not None and np[0] - 2 > a and toks.low[np[0] - 1] in ("and", "&") and is_name(toks.raw[np[0] - 2]) \
                and is_name(toks.raw[np[0]]):
            joined = np_back(toks, np[0] - 2, a)  # "a fellow at the Center on Budget and Policy Priorities, a
            if joined is not None and any(toks.low[j] in ("of", "from", "at", "for") and toks.raw[j].islower()
                                          and (toks.low[j + 1] == "the" or is_name(toks.raw[j + 1]))
                                          for j in range(max(a, joined[0] - 1), np[0] - 2)):
                end = k  # liberal group, said": one organisation's name, in the aside of the name before
                continue
        if np is not None and np[0] > a and toks.low[np[0] - 1] in ("of", "from"):
            if np[0] - 2 > a and toks.low[np[0] - 2] == ")":  # "Rita Lowey (D) of New York, the ranking ..."
                named = np_back(toks, np[0] - 2, a)
                if named is not None and is_name(toks.raw[named[1] - 1]):
                    return named
            end = k  # a place is an appositive too
            continue
        stop = next((i for i in range(k + 3, end) if toks.low[i] in ("of", "from", "at")), end)
        if np is not None and end == comma and is_description(toks, np) and name_run(toks, k + 1, stop) \
                and not _place_or_label(toks, k + 1, stop):
            # ("One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said": the name's place
            # after it is the name's)
            if name_before_comma(toks, np, a) < np[0]:
                end = k  # "AshLee Strong, a spokeswoman for the House speaker, Paul Ryan, said": the description
                continue  # and the name it gives are an aside of the name before them
            return np[0], stop  # "His mother, Giselle, said": the description and the name it gives
        if np is not None and np == (a, a + 1) and toks.low[a] in lexicon().opener and end == comma:
            aside = np_forward(toks, k + 1, end + 1)
            return aside if aside is not None and aside[1] == end else None  # "Rather, the former president,"
        if np is not None and any(toks.low[i] == "according" and toks.low[i + 1] == "to"
                                  for i in range(max(a, np[0] - 2), np[1] - 1)):
            return fallback  # "According to the AP, the commander, Gen. John Campbell, voiced": the source of
            # "according to" is no name an aside describes
        if np is not None and not toks.raw[np[1] - 1][:1].isdigit():
            if not is_name(toks.raw[np[0]]) and np[0] - 1 > a and toks.low[np[0] - 1] == ",":
                start = name_before_comma(toks, np, a)  # "Dana Ruiz, a fellow at the X Institute, a think tank,"
                if start < np[0]:
                    return start, np[1]
                if np[0] - 2 == a and opening_adverb(toks.low[a]):
                    return np  # "Notably, the study with the largest sample, out this year, found"
            if is_name(toks.raw[np[1] - 1]) or toks.low[np[0]] in lexicon().pronoun:
                return np
            if fallback is None:
                fallback = np
        end = k - 1 if k - 1 > a and toks.low[k - 1] == "," else k
        if toks.low[end] not in (",", ")") and toks.low[end] not in DASH_WORDS:
            return fallback
    return fallback


def _relative_before(toks: ParagraphTokens, k: int, a: int) -> bool:
    """Does a relative clause hold token k, its "who", "which" or "whose" two to eight tokens before it and only
    words between ("a pollster who is working with Priorities USA": the name is the clause's object)?"""
    w = next((i for i in range(k - 1, max(a, k - 9) - 1, -1)
              if toks.kind[i] != W or toks.low[i] in ("who", "which", "whose")), -1)
    return w >= 0 and toks.kind[w] == W and k - w >= 3  # (not "which Vox's Andrew Prokop describes": its subject)


def name_after_comma(toks: ParagraphTokens, end: int, b: int) -> int:
    """Where a name given after a description ends ("said Opera spokeswoman, Berit Hanson."), else ``end``."""
    if end >= b or toks.low[end] != ",":
        return end
    k = end + 1
    while k < b and k - end <= 5 and toks.kind[k] == W and is_name(toks.raw[k]):
        k += 1
    if k > end + 1 and (k == b or toks.kind[k] == Q or toks.low[k] in (",", ".", ";", ":")) \
            and name_run(toks, end + 1, k):
        return k
    return end


def described_name(toks: ParagraphTokens, np: tuple[int, int], b: int) -> tuple[int, int]:
    """A description with the name set off after it ("said Opera spokeswoman, Berit Hanson.", 'described as a
    "farce" by the leader of the party, Kristian Dahl.'): the phrase through the name; any other phrase as it is."""
    return (np[0], name_after_comma(toks, np[1], b)) if is_description(toks, np) else np


def role_before_name(toks: ParagraphTokens, name: tuple[int, int], a: int) -> int:
    """Where a role set off by commas before a name starts ("..., Morgan Stanley chief economist, Chetan Ahya
    noted": the role is the speaker's, not the end of what was said), else -1."""
    comma = name[0] - 1
    if comma - 2 <= a or toks.low[comma] != "," or not name_run(toks, *name):
        return -1
    k = comma
    while k - 1 > a and comma - k < 6 and toks.kind[k - 1] == W:
        k -= 1
    if k == comma or toks.low[k - 1] != "," or toks.low[comma - 1] not in lexicon().role_head:
        return -1
    return k


def name_after_plural(toks: ParagraphTokens, np: tuple[int, int]) -> int:
    """Where the speaker starts when a phrase ends with a name right after a lower-case plural noun, the subject
    of a clause without its "that" ("the young people Mayor Stephanie Rawlings-Blake called "thugs"": the mayor
    named them), else the phrase's start. Roles stay ("campaign aides Kellyanne Conway" is no plural noun)."""
    k = np[1]
    while k > np[0] and (toks.kind[k - 1] == W and is_name(toks.raw[k - 1])
                         or toks.low[k - 1] == "-" and k - 2 > np[0] and is_name(toks.raw[k - 2])):
        k -= 1  # ("Rawlings-Blake": a hyphen inside the name)
    if k - 1 <= np[0] or k == np[1]:
        return np[0]
    before, words = toks.low[k - 1], lexicon()
    if toks.kind[k - 1] != W or not toks.raw[k - 1].islower() or before.endswith("'s") \
            or before not in words.plural and before in words.role_form:
        return np[0]
    if any(toks.low[i] in words.role_head for i in range(np[0], k - 1)):
        return np[0]  # "Liberal Democrat spokeswoman for women Sandra Gidley": the plural is of the role
    plural = before.endswith("s") and not before.endswith(("ss", "us", "is", "ous")) or before in words.plural
    return k if plural else np[0]


_AFFILIATION = frozenset(("from", "of", "at", "with"))


def affiliation_after_comma(toks: ParagraphTokens, prep: int, a: int) -> int:
    """Where an affiliation opened by a comma and "from", "of", "at" or "with" starts, at token ``prep`` or up to
    twelve tokens before it across a chain of names and prepositions ("Jeff Joseph, from the CEA", "Dr Erel Avineri,
    of the Centre for Transport at the University of Bristol"), or -1: no verb, quotation or punctuation between."""
    words = lexicon()
    for k in range(prep, max(a + 1, prep - 12), -1):
        if toks.low[k] in _AFFILIATION and toks.low[k - 1] == ",":
            return k
        if toks.kind[k] != W or toks.low[k] in words.verb or toks.low[k] in words.aux \
                or toks.raw[k].islower() and toks.low[k] not in words.preposition \
                and toks.low[k] not in ("the", "a", "an", "and", "&"):
            return -1
    return -1


def holder_name(toks: ParagraphTokens, s: int, e: int) -> bool:
    """Are tokens[s:e], set off after a description with a role in it, the name of the role's holder ("The chairman
    of the committee, Sen. Richard Burr,", "His running mate, Indiana Gov. Mike Pence,"), not a place or a party
    label ("A family friend in Regensburg, Germany,", "... Mitch McConnell, Kentucky Republican,")?"""
    if is_place(toks, s, e) or any(toks.kind[k] == W and "." in toks.raw[k] for k in range(s, e)) \
            or toks.low[e - 1] in lexicon().party_member:
        return False
    if toks.low[s] == "the" and s + 1 < e:
        s += 1  # "The Bishop of Durham, the Rt Rev Dr Tom Wright,": a title after "the"
    return name_run(toks, s, e) and e - s >= 2 or titled_name_run(toks, s, e)
