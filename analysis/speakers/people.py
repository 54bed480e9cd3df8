"""Pass 1 of the speaker passes: the people an article names.

Runs of capitalised tokens are split into a descriptor prefix (``US President``, ``Mr.``) and a name (``Joe
Biden``); titles never enter a name. Names of two or more words are people named in full, merged by first and
last word (``Harry M. Reid`` = ``Harry Reid``); a one-word name links to the full name ending with it
(``Lukin`` -> ``Artyom Lukin``) or, for family names written first (``family_names_first.txt``) and given
names, starting with it (``Li`` -> ``Li Yonghui``, ``Hillary`` -> ``Hillary Clinton``); among several, the first
named in full whose gender fits a title (``Mrs.``). Each occurrence records the rule that linked it:
``full-name``, ``shared-family-name`` ("Khizr and Ghazala Khan": Khizr Khan), ``surname->full``, ``given->full`` or
``surname-only``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from itertools import compress
from operator import itemgetter

from analysis.speakers.lexicon import PARTY_LABEL, is_acronym
from analysis.speakers.reading import Reading, View
from analysis.speakers.records import Person

_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
"""A token of two or three initials with their points ("H.W.", "H.R.")."""

_CONTRACTION = re.compile(r"(?:n't|'m|'re|'ll|'ve|'d)$")
_INITIAL = re.compile(r"[A-Z]\.")
"""A word with a contraction ("I'm", "Doesn't"), never part of a name."""


_MODAL_NAMES = frozenset(("will", "may"))
"""Modals spelt like given names: at the start of a question they are the modal ("Will Trump ...?")."""


def _plain(text: str) -> str:
    """Lower case without accents ("Néstor" -> "nestor")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


_HEAD_OFFICES = frozenset(("president", "minister", "premier", "chancellor", "pm"))

_COMPASS = frozenset(("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "mid"))
"""Words that open a region's name ("North Devon", "West Yorkshire", "South Wales"), never a person's."""
"""The last words of the offices a head of state or government holds ("President Trump", "Prime Minister May")."""


class People(View):
    """The people named in one article.

    Attributes:
        people: each person by key (first word, family-name key).
        runs: the runs of capitalised tokens, ``(start, end)`` token indexes.
        name_at: the token where an occurrence of a name starts -> (person, token after the name, rule).
        name_order: the tokens of :attr:`name_at`, sorted.
    """

    def __init__(self, reading: Reading) -> None:
        super().__init__(reading)
        self.people: dict[tuple[str, ...], Person] = {}  # (first word, family name key, middle initials...)
        self.name_at: dict[int, tuple[Person, int, str]] = {}
        self._couples: set[Person] = set()  # people named as a pair sharing a family name ("Carl and Marsha Mueller")
        self._names()

    def _runs(self) -> list[tuple[int, int]]:
        """Runs of adjacent capitalised tokens (with name particles such as "de", "van" inside)."""
        runs = []
        # capitalised tokens are words or abbreviations (punctuation, numbers and 's never are); C-speed filter
        caps = list(compress(range(self.n), map(str.isupper, map(itemgetter(0), self.word))))
        k = 0
        while k < len(caps):
            i = j = caps[k]
            k += 1
            if i > 0 and runs and runs[-1][1] == i and self._headline_verb(i):
                continue  # "Sweep Shows Twitter's ...": the headline's verb opens no name after it either
            while True:
                nxt = j + 1
                if k < len(caps) and caps[k] == nxt and self.adjacent(j, nxt) and not self._headline_verb(nxt) \
                        and not self._weekday_break(j, nxt):
                    j = nxt
                    k += 1
                elif self._nickname_after(j):  # 'Barbara "Biz" Van Gelder': the run goes on over the nickname
                    j += 4
                    while k < len(caps) and caps[k] <= j:
                        k += 1
                elif (step := self._particles_after(j)) and k < len(caps) and caps[k] == j + step + 1:
                    j += step + 1  # "Charles de Gaulle", "Ursula von der Leyen", "Oscar de la Renta"
                    k += 1
                elif k < len(caps) and caps[k] == j + 2 and self._plural_possessive_in_name(i, j, caps, k):
                    j += 2  # "the Music Managers' Forum", "Department of Veterans' Affairs"
                    k += 1
                else:
                    break
            runs.append((i, j + 1))
        return runs

    def _question_modal(self, k: int, after: int) -> bool:
        """Is token k a modal spelt like a given name ("Will", "May") opening a sentence that ends with a question
        mark, a bare verb at token ``after`` the capitalised run ("Will Obama ask Congress for a delay?"; not "Will
        Hurd asked: is it dead?")?"""
        opens = k == 0 or self.kind[k - 1] != "word" or self.sent(k - 1) != self.sent(k)
        if self.low[k] not in _MODAL_NAMES or not opens or after >= self.n or self.kind[after] != "word" \
                or not self.word[after].islower():
            return False
        verb = self.low[after]
        return verb not in self.lex.past_forms and not verb.endswith("ed") \
            and not (verb.endswith("s") and not verb.endswith("ss")) and self.in_question(k)

    def _weekday_break(self, j: int, nxt: int) -> bool:
        """Is capitalised token nxt = j + 1 a day of the week after a name, a time beside it ("President Obama Tuesday
        said"), not a day's name ("Black Friday", "Super Tuesday")? (A weekday before a name stays in the run: "the
        Sunday Ledger".)"""
        return self.low[nxt] in self.lex.weekdays and self.low[j] not in self.lex.day_names

    def _plural_possessive_in_name(self, i: int, j: int, caps: list[int], k: int) -> bool:
        """Does a plural's apostrophe after token j join the run [i, j] to the capitalised words after it, inside
        one organisation's name ("the Music Managers' Forum", "Department of Veterans' Affairs", "the Musicians'
        Union")? Only where an organisation word stands in the joined run, and not before a given name, a place
        or a title ("Fox News' Chad Pergram", "Sanders' New Hampshire campaign")."""
        if not self.plural_apostrophe(j + 1):
            return False
        nxt = j + 2
        if self.low[nxt] in self.lex.given or self.mark_kind[nxt] in ("place", "country", "title", "role"):
            return False
        end = nxt + 1
        while k + 1 < len(caps) and caps[k + 1] == end and self.adjacent(end - 1, end):
            k += 1
            end += 1
        def organisation_word(t: int) -> bool:
            return self.mark_kind[t] == "org" or self.low[t] in self.lex.organisation_nouns

        # (one before the apostrophe only as the head of "of" or "for": "Department of Veterans' Affairs", not "Fox
        # News' Brit Hume")
        return any(map(organisation_word, range(nxt, end))) \
            or any(organisation_word(t) and self.low[t + 1] in ("of", "for") for t in range(i, j))

    def _particles_after(self, j: int) -> int:
        """How many name particles (one or two: "de", "von der", "de la") stand between token j and the next
        capitalised word, adjacent; 0 when none do."""
        step = 0
        while step < 2 and j + step + 2 < self.n and self.low[j + step + 1] in self.lex.particles \
                and self.adjacent(j + step, j + step + 1):
            step += 1
        if step and self.adjacent(j + step, j + step + 1) and self.word[j + step + 1][:1].isupper():
            return step
        return 0

    def _headline_verb(self, k: int) -> bool:
        """Is token k a cue in -s that a title-case headline puts after its subject ("Norquist Claims Obama ...",
        "Trump Says ..."): a name's run ends before it."""
        low = self.low[k]
        return low.endswith("s") and not low.endswith("ss") and low in self.lex.cue_forms and low not in self.lex.given

    def _nickname_after(self, j: int) -> bool:
        """Does the document's quoted nickname (an opening mark, the word, a closing mark) follow token j ('Barbara
        "Biz" Van')?"""
        return 0 <= j and j + 4 < self.n and self.kind[j + 1] == self.kind[j + 3] == "quote" \
            and self.opens_nickname(j + 1)

    def _initials_in_name(self, i: int, r1: int) -> bool:
        """Are the points and capitals at token i a person's initials inside the run, before a capitalised word
        ("George H.W. Bush", "H.R. McMaster"), not the initials of a place or a body ("U.S. Senator ...") nor an
        office before a given name ("C.E.O. Mark Zuckerberg", "D.A. George Gascón")?"""
        return bool(_INITIALS.fullmatch(self.word[i])) and not self.mark_kind[i] and i + 1 < r1 \
            and self.word[i + 1][:1].isupper() and self.low[i + 1] not in self.lex.given  # (not "C.E.O. Mark")

    def _desc_flags(self, r0: int, r1: int) -> list[bool]:
        """For each token of the run [r0, r1): whether it describes (a title, role, place...) rather than names."""
        word, low, mark_kind, lex = self.word, self.low, self.mark_kind, self.lex
        flags = []
        leading = True  # every token so far describes: function words count only there ("But", "The")
        capitals = self._name_in_capitals(r0, r1)
        for i in range(r0, r1):
            w = word[i]
            if is_acronym(w) and not capitals and not (len(w) == 2 and w[1] == ".") \
                    and not self._initials_in_name(i, r1) or _CONTRACTION.search(low[i]) \
                    or PARTY_LABEL.match(w):
                d = True  # an acronym, a contraction ("I'm Amy Goodman", "Doesn't ObamaCare"), a party label ("R-Ala")
            elif self.function_kind[i] is not None:
                # a name has no "Against" ("Railing Against Trump"), but "de" and East Asian "An" ("Nguyen Van An")
                d = leading or not (low[i] in lex.particles or low[r0] in lex.family_first)
            elif i == r0 and low[i] in lex.cue_forms and low[i] not in lex.given:
                d = True  # "Said Trump", "Stated Stone"
            else:
                kind = mark_kind[i]
                if not kind:
                    d = False
                elif kind == "modifier":
                    d = i + 1 < r1 and mark_kind[i + 1] in ("role", "title", "org", "modifier")
                elif kind in ("role", "country", "place") and i + 1 < r1 and low[i] in lex.given \
                        and self.mark_start[i] == i and self.mark_end[i] == i + 1 and not mark_kind[i + 1] \
                        and not (i + 2 < r1 and low[i + 1] in lex.given):
                    d = False  # "Dean Baquet", "Virginia Foxx": a given name (but "The Governor of Virginia Ralph
                    # Northam": a place, when a given name and more follow)
                else:
                    d = True
            leading = leading and d
            flags.append(d)
        return flags

    def _names(self) -> None:
        singles: list[tuple[int, int, int]] = []
        nameless: list[tuple[int, int, int]] = []
        low, kind, word, mark_kind = self.low, self.kind, self.word, self.mark_kind
        function_kind, cue_forms = self.function_kind, self.lex.cue_forms
        self.runs = self._runs()
        organisations = self._organisation_names()
        for r0, r1 in self.runs:
            while r1 - r0 > 1 and low[r1 - 1] in self.lex.honours:
                r1 -= 1  # "Guy Mansfield QC": the honour is no part of the name
            if tuple(low[r0:r1]) in organisations:
                continue
            if r1 - r0 == 1:  # the commonest run: one capitalised word
                w = word[r0]
                if function_kind[r0] is not None or kind[r0] != "word" or len(w) < 2 or PARTY_LABEL.match(w):
                    continue  # "The", "But", an initial, a party label ("(R-Ala.)")
                if low[r0].endswith("ly") and (r0 == 0 or self.sent(r0 - 1) != self.sent(r0)) \
                        and low[r0] not in self.lex.given:
                    continue  # "Nearly 200 migrants", "Finally, ...": an adverb opening a sentence
                if w.isupper() or mark_kind[r0] or low[r0] in cue_forms or "." in w:
                    # "CNN", "Guardian", "Said", "Affairs", "Philly.com": a name only if a surname
                    nameless.append((r0, r1, r0))
                elif r0 == 0 or low[r0 - 1] != "the" and not (
                        r0 > 1 and low[r0 - 1] == "of" and word[r0 - 2][:1].isupper()):
                    singles.append((r0, r1, r0))  # not "the", nor the end of "Assemblies of God"
                continue
            if r1 - r0 >= 5 and any(self.function_kind[i] and low[i] not in self.lex.particles
                                    for i in range(r0 + 1, r1)):
                continue  # a headline in title case: "Debate Kicked Off In The Most Awkward Way"
            after_the = r0 > 0 and low[r0 - 1] == "the"
            if low[r0] == "the":  # "The Daily Caller reported": a capitalised "the" opens the run
                r0, after_the = r0 + 1, True
            desc = self._desc_flags(r0, r1)
            last = max((k for k, d in enumerate(desc) if d), default=-1)
            n0 = r0 + last + 1
            if after_the and not any(mark_kind[k] in ("role", "title") for k in range(r0, n0)):
                n0 = self._name_after_office(r0, r1, n0)
                if n0 is None:
                    continue  # "the Census", "the Daily Caller": not a person
            if n0 >= r1 and r1 - r0 >= 2 and not after_the:  # not "The Charlotte Post": a name after "the"
                n0 = self._name_ending_in_descriptor(r0, r1, desc)
            n1 = r1
            while n1 > n0 and low[n1 - 1].rstrip(".") in self.lex.suffixes:
                n1 -= 1  # "Jr." stays with the name (Donald Trump Jr. is not Donald Trump) but is not its last word
            if n1 - n0 > 1 and low[n0].endswith("ing") and low[n0] not in self.lex.given:
                n0 += 1  # a headline's participle: "Struggling Donald Trump"
            elif n1 - n0 > 1 and self._question_modal(n0, r1):
                n0 += 1  # "Will Trump discuss the Jones Act?": a modal opening a question, no given name
            if n1 - n0 > 2 and low[n0] not in self.lex.given and low[n0] not in self.lex.family_first:
                # "(Director of) National Intelligence James Clapper": common nouns the article also writes in lower
                # case, then a given name: the name starts there (not "Behnam Ben Taleblu", "Coretta Scott King")
                k = next((k for k in range(n0 + 1, n1 - 1) if low[k] in self.lex.given), n0)
                if k > n0 and (all(self.written_in_lower_case(low[i]) for i in range(n0, k))
                               or r0 > 1 and low[r0 - 1] in ("for", "of") and mark_kind[r0 - 2] == "role"):
                    n0 = k  # "UN High Commissioner for Human Rights Michelle Bachelet": the office's domain first
            if n1 <= n0 or not any(kind[i] == "word" and len(word[i]) > 1 for i in range(n0, n1)) \
                    or all(mark_kind[i] for i in range(n0, n1)) and not (n0 > 0 and mark_kind[n0 - 1] == "title"):
                # "Foreign Affairs": listed words only, not a name (but "Dr Fox": a title makes them one)
                if kind[r1 - 1] == "word":
                    nameless.append((r1 - 1, r1, r0))
                continue
            if r1 - r0 == 2 and n0 == r0 and low[r0] in _COMPASS and low[r0] not in self.lex.given:
                continue  # "North Devon landowner Giles Bradshaw": a region, no person
            if r1 - r0 == 2 and n0 == r0 + 1 and mark_kind[r0] in ("place", "country") and len(word[r0]) > 4 \
                    and "." not in word[r0] and low[n0] not in self.lex.given \
                    and not (r0 > 0 and mark_kind[r0 - 1] in ("role", "title")):
                continue  # a place and one word: a club or a firm ("Manchester United"), no person's surname
            if n1 - n0 == 1 and n1 == r1:
                singles.append((n0, n1, r0))
            elif n1 - n0 == 1:  # "Trump Jr.": the full name with that suffix, else this name as it stands
                singles.append((n0, r1, r0))
            else:
                self._add(self._full_person(n0, n1, r1), n0, r1, r0, "full-name")
        self._merge_particle_names()
        last_names = {p.key[1] for p in self.people.values()}
        singles.extend(s for s in nameless if self.low[s[0]] in last_names)  # "King", "Guardian"
        self._link_singles(self._shared_family_names(singles, last_names))
        self.name_order = sorted(self.name_at)

    def _shared_family_names(self, singles: list[tuple[int, int, int]], last_names: set[str]) \
            -> list[tuple[int, int, int]]:
        """The one-word names that are given names sharing the family name of the full name after "and" ("Khizr and
        Ghazala Khan", "Charles and David Koch") become people named in full (``shared-family-name``), so that "Mr.
        Khan" may be Khizr Khan; the other singles are returned to be linked.

        The word must be a name alone (no title, role, place, "the" or an abbreviation's point before it: not "Sens.
        Graham and Dick Durbin"), nobody's family name in the article nor a leader's, and a listed given name or
        written nowhere else in the article alone ("Rubio and Ted Cruz ... Rubio said": a family name); no word of
        the three is written in lower case anywhere in the article ("the federal Housing and Urban Development
        agency"), and one of the given names is listed or the family name follows a title ("Mr. Khan")."""
        counts: dict[str, int] = defaultdict(int)
        for n0, _n1, _r0 in singles:
            counts[self.low[n0]] += 1
        kept = []
        for n0, n1, r0 in singles:
            low = self.low[n0]
            partner = self._partner_after(n0) if n1 == n0 + 1 == r0 + 1 else None
            if partner is None or low in last_names or low in self.lex.leader_surnames \
                    or low in self.lex.family_first or low not in self.lex.given and counts[low] > 1 \
                    or not (low in self.lex.given or partner.key[0] in self.lex.given
                            or self._after_title(partner.key[1])):
                kept.append((n0, n1, r0))
                continue
            key = (low, partner.key[1])
            person = self.people.get(key)
            if person is None:
                person = self.people[key] = Person(f"{self.word[n0]} {self.word[n1 + 2]}", key, n0)
            self._add(person, n0, n1, r0, "shared-family-name")
            self._couples.update((person, partner))
        return kept

    def _partner_after(self, k: int) -> Person | None:
        """The person named in full by the two words after "and" after the one-word name at token k, when none of
        the three words is written in lower case in the article and no title, role, "the" or abbreviation stands
        before k; else None."""
        join = k + 1
        after = self.name_at.get(join + 1) if join < self.n and self.low[join] == "and" else None
        if after is None or after[2] != "full-name" or after[1] != join + 3 or after[0].key[0] != self.low[join + 1] \
                or after[0].suffix:
            return None
        if k > 0 and (self.mark_kind[k - 1] in ("title", "role") or self.low[k - 1] == "the"
                      or self._abbreviation_before(k)):
            return None
        if any(self.written_in_lower_case(self.low[i]) for i in (k, join + 1, join + 2)):
            return None
        return after[0]

    def _abbreviation_before(self, k: int) -> bool:
        """Does a short capitalised word with its point stand right before token k ("Sens. Graham", "Reps.
        Smith"): a title the lists lack?"""
        return k > 1 and self.word[k - 1] == "." and self.end[k - 2] == self.start[k - 1] \
            and self.word[k - 2][:1].isupper() and len(self.word[k - 2]) <= 4

    def _after_title(self, family: str) -> bool:
        """Does the article write this family name after a title of a person ("Mr. Khan", "Mrs. Khan")?"""
        return any(self.low[k] == family and self.mark_kind[k - 1] == "title" for k in range(1, self.n))

    def _name_after_office(self, r0: int, r1: int, n0: int) -> int | None:
        """Where a person's name starts in a run after "the" that names an office first, or None (the run names
        no one: "the Census", "the Daily Caller"). The name is a known given name and at least one more word, after
        words that describe ("the Senate Julie Adams") or after a role's "of the"/"for the" ("the chairman of the
        Federal Reserve Jerome Powell")."""
        low = self.low
        start: int | None = n0
        if n0 == r0:  # nothing descriptive first: only after a role's "of the" ("the chairman of the Federal ...")
            after_role = r0 > 2 and low[r0 - 2] in ("of", "for") and self.mark_kind[r0 - 3] == "role"
            start = next((k for k in range(r0 + 1, r1 - 1) if low[k] in self.lex.given), None) if after_role else None
        return start if start is not None and r1 - start >= 2 and low[start] in self.lex.given else None

    def _merge_particle_names(self) -> None:
        """A family name written with its particle first ("Van Hollen", "Bin Laden", "Von der Leyen") is the person
        the article names in full with that particle ("Chris Van Hollen"), not a person whose given name is the
        particle; alone it stays a name of its own ("Van Jones")."""
        for key, person in list(self.people.items()):
            if key[0] not in self.lex.particles or key[0] in self.lex.given:
                continue
            fuller = [p for p in self.people.values() if p is not person and p.key[1] == key[1]
                      and p.key[0] not in self.lex.particles and key[0] in p.name.lower().split()[1:]]
            if len(fuller) != 1:
                continue
            full = fuller[0]
            for n0, n1, r0 in person.spans:
                full.spans.append((n0, n1, r0))
                self.name_at[n0] = (full, n1, "surname->full")
            full.spans.sort()
            full.first = min(full.first, person.first)
            del self.people[key]

    def _organisation_names(self) -> set[tuple[str, ...]]:
        """The runs that name an organisation by where they stand, lower case ("investment bank Goldman Sachs",
        "Institute for Fiscal Studies", "Johnson & Johnson", "British Airways"): no person's name, here and wherever
        the article writes it again ("Chemical giant Monsanto ... Monsanto said"). Not a run opening with a given
        name ("broadcaster Julio Camacho") or after a person's role or title ("executive producer Morgan Freeman")."""
        low, mark_kind, word = self.low, self.mark_kind, self.word
        names = set()
        for r0, r1 in self.runs:
            if (r0 > 0 and word[r0 - 1] == "&" or r1 < self.n and word[r1] == "&") \
                    and not (r1 - r0 > 1 and low[r0] in self.lex.given):  # not "Matt Lucas & David Walliams"
                names.add(tuple(low[r0:r1]))  # "Johnson & Johnson", "Gay & Lesbian Advocates & Defenders"
            elif self._country_and_word(r0, r1) or r1 - r0 > 1 and low[r1 - 1] in self.lex.organisation_ends:
                names.add(tuple(low[r0:r1]))  # "British Airways", "Swiss Re", "China Mobile", "Amnesty International"
            elif ((inside := self._inside_organisation_name(r0)) or self._after_organisation_noun(r0)) \
                    and not (r1 - r0 > 1 and low[r0] in self.lex.given) \
                    and not any(mark_kind[k] == "title" or mark_kind[k] == "role" and not self.mark_value[k].document
                                and not (self.mark_value[k].plural and inside) for k in range(r0 - 1, r1)):
                names.add(tuple(low[r0:r1]))  # (a plural role inside a name: "Union of Jewish Students")
        return names

    def _country_and_word(self, r0: int, r1: int) -> bool:
        """Is a two-word run a country or its adjective and one capitalised word that is no name, role or title
        ("British Airways", "American Express"; not "Russian Lavrov", "French President")?"""
        if r1 - r0 != 2 or self.mark_kind[r0] != "country" or self.mark_end[r0] != r0 + 1 or self.mark_kind[r0 + 1]:
            return False
        if r1 + 1 < self.n and (self.low[r1] in self.lex.org_joiners or self.low[r1] == "and") \
                and self.word[r1 + 1][:1].isupper():
            return False  # the start of a longer name: "U.S. Immigration and Customs Enforcement"
        last = self.low[r0 + 1]
        return self.kind[r0 + 1] == "word" and not self.word[r0 + 1].isupper() and last not in self.lex.given \
            and last not in self.lex.family_first and last not in self.lex.leader_surnames

    def _after_organisation_noun(self, r0: int) -> bool:
        """Does a capitalised run follow the noun that says what it names ("car maker BMW", ``organisation_nouns``
        of a kind other than ``name`` or ``modified``)?"""
        return r0 > 0 and self.lex.organisation_nouns.get(self.low[r0 - 1], "name") not in ("name", "modified")

    def _inside_organisation_name(self, r0: int) -> bool:
        """Does a capitalised run continue an organisation's name after a small word ("Institute for Fiscal
        Studies", "Office for National Statistics": an organisation noun, capitalised, then "for" or "of")?"""
        return r0 > 1 and self.low[r0 - 1] in self.lex.org_joiners and self.word[r0 - 2][:1].isupper() \
            and self.low[r0 - 2] in self.lex.organisation_nouns

    def _name_ending_in_descriptor(self, r0: int, r1: int, desc: list[bool]) -> int:
        """A run ending in a role, country or place word that is a surname: "Angus King", "Bill English"."""
        last = r1 - 1
        if self.mark_kind[last] not in ("role", "country", "place", "org") or self.mark_start[last] != last:
            return r1
        if last > r0 and self.mark_kind[last - 1] == "title" and self.mark_end[last - 1] == last:
            return last  # "Dr Fox": a title before the word makes it a surname
        k = last
        while k > r0 and not desc[k - 1 - r0]:
            k -= 1
        if k == last:
            return r1
        continues = r1 + 1 < self.n and self.low[r1] in ("in", "of", "for") and self.word[r1 + 1][:1].isupper()
        if self.mark_kind[last] == "role" and self.mark_value[last].type != "" and not continues \
                or self.low[last - 1] in self.lex.given or _INITIAL.fullmatch(self.word[last - 1]) \
                or r0 > 0 and self.mark_kind[r0 - 1] in ("role", "title"):  # "co-chairman Liam Fox"
            return k
        return r1

    def _name_in_capitals(self, r0: int, r1: int) -> bool:
        """Is the run a person's name set in capitals, as transcripts label speakers ("AMY GOODMAN:", "JUAN
        GONZÁLEZ"): two or three words, all in capitals, the first a given name and listed as nothing else (not
        "NEW YORK", "CNN")?"""
        return 2 <= r1 - r0 <= 3 and self.low[r0] in self.lex.given and not self.mark_kind[r0] \
            and all(self.kind[i] == "word" and self.word[i].isupper() and len(self.word[i]) > 1 for i in range(r0, r1))

    def _full_person(self, n0: int, n1: int, end: int) -> Person:
        """The person named by tokens [n0, n1), with the suffix tokens [n1, end) ("Jr.") in their name and key."""
        key = (self.low[n0], self._last_key(n1 - 1, n1, end))
        initials = tuple(self.low[i] for i in range(n0 + 1, n1 - 1) if _INITIALS.fullmatch(self.word[i]))
        person = self.people.get(key + initials)  # (George H.W. Bush is not George W. Bush)
        if person is None:
            name = " ".join(self.word[i] for i in range(n0, end)
                            if self.kind[i] != "quote" and not self._nickname_after(i - 2))  # the nickname left out
            if name.isupper():
                name = name.title()  # "AMY GOODMAN:" in a transcript is Amy Goodman
            person = self.people[key + initials] = Person(name, key, n0, suffix=end > n1)
        return person

    def _last_key(self, last: int, n1: int, end: int) -> str:
        """The family-name key: the last word, with any suffix ("trump jr")."""
        return " ".join([self.low[last], *(self.low[k].rstrip(".") for k in range(n1, end))])

    def _add(self, person: Person, n0: int, n1: int, r0: int, rule: str) -> None:
        person.spans.append((n0, n1, r0))
        self.name_at[n0] = (person, n1, rule)

    def _link_singles(self, singles: list[tuple[int, int, int]]) -> None:
        by_last: dict[str, list[Person]] = defaultdict(list)
        by_first: dict[str, list[Person]] = defaultdict(list)
        # a lone family name is the person named with a suffix ("Ripken" for Cal Ripken Jr.), unless the
        # article writes that family name with the suffix alone ("Trump Jr.": the writer tells the two apart) or it
        # is a leader's ("Trump" beside Donald Trump Jr. is the president)
        told_apart = {self.low[n0] for n0, n1, _r0 in singles if n1 > n0 + 1} | self.lex.leader_surnames
        for person in self.people.values():
            by_last[person.key[1]].append(person)
            by_first[person.key[0]].append(person)
            if person.suffix and person.key[1].split(" ")[0] not in told_apart:
                by_last[person.key[1].split(" ")[0]].append(person)
        # a leader's family name the article writes after an office ("President Trump"): the bare name is that one
        in_office: dict[str, set[str]] = defaultdict(set)  # the family name -> the offices written before it
        for n0, n1, _r0 in singles:
            if self._office_before(n0) and self.low[n0 - 1] in _HEAD_OFFICES:
                in_office[self._last_key(n0, n0 + 1, n1)].add(self.low[n0 - 1])
        for n0, n1, r0 in singles:
            word = self._last_key(n0, n0 + 1, n1)
            pool, rule = self._pool(word, by_last, by_first, surname=self._surname(n0, word))
            chosen = self._choose(pool, n0) if pool else None
            # the offices that make a leader's family name the leader's: the one right before it ("Ivanka Trump ...
            # President Trump"), else a head office the article wrote before the name elsewhere ("President Trump ...
            # Trump told a crowd ... first lady Melania Trump")
            offices = {self.low[n0 - 1]} if self._office_before(n0) else in_office.get(word, set())
            if chosen is not None and word in self.lex.leader_surnames and offices \
                    and not self._may_be_leader(chosen) and not any(
                        self._office_before(k) and self.low[k - 1] in offices for k, _e, _r in chosen.spans):
                # the leader the article named, else no one it named in full (not "President Nestor Kirchner ...
                # President Kirchner", whom the gazetteer lacks, nor "Sen. Scott Brown ... Brown")
                chosen = next((p for p in self._choices(pool, n0) if self._may_be_leader(p)), None)
            if chosen is not None:
                if n0 == 0 or self.low[n0 - 1] != "the":
                    chosen.linked = True
            else:
                chosen = self.people.get(("", word))
                if chosen is None:
                    name = " ".join(self.word[n0:n1])
                    chosen = self.people[("", word)] = Person(name, ("", word), n0, suffix=n1 > n0 + 1)
                rule = "surname-only"
            self._add(chosen, n0, n1, r0, rule)

    def _may_be_leader(self, person: Person) -> bool:
        """May the person be the head of state or government of the gazetteer with their family name: the same
        given name but for accents and spelling ("Nestor Kirchner", "Mikhail Saakashvili"); not "Ivanka Trump"?"""
        given = _plain(person.name.split()[0])[:3]
        family = person.name.lower().split()[-1]
        return any(_plain(name)[:3] == given for name in self.lex.leaders if name.split()[-1] == family)

    def _office_before(self, n0: int) -> bool:
        """Does an office with one holder stand right before the name ("President Trump", "Prime Minister
        May")?"""
        k = n0 - 1
        if k < 0 or self.mark_end[k] != n0:
            return False
        value = self.mark_value[k]
        return self.mark_kind[k] == "role" and value.single or self.mark_kind[k] == "title" and bool(value.role)

    def _pool(self, word: str, by_last: dict, by_first: dict, *, surname: bool) -> tuple[list[Person], str]:
        first, last = by_first.get(word, []), by_last.get(word, [])
        if word in self.lex.family_first and first:
            return first, "surname->full"
        if last:
            return last, "surname->full"
        if first and not surname:
            return first, "given->full"
        return [], ""

    def _surname(self, n0: int, word: str) -> bool:
        """Is a lone word surely a family name, never the first word of a longer name: after a title that takes one
        ("President Obama", "Mr. Trump"; not "Sir John") or a leader's family name that is no given name ("Trump" is
        not "Trump Tower" nor "Trump National Doral")?"""
        if word in self.lex.family_first:
            return False
        return n0 > 0 and self.mark_kind[n0 - 1] == "title" and not self.mark_value[n0 - 1].given \
            or word in self.lex.leader_surnames

    def _choose(self, pool: list[Person], n0: int) -> Person | None:
        """Among people sharing a name, the first named in full, unless a title's gender rules them out; without
        such a title, one of a pair sharing the family name ("Carl and Marsha Mueller") only when no one else has it
        ("Mueller" is their daughter Kayla Mueller, named after them; "Mr. Khan" is Khizr Khan of "Khizr and Ghazala
        Khan", not their son Humayun Khan)."""
        pool = self._choices(pool, n0)
        titled = n0 > 0 and self.mark_kind[n0 - 1] == "title" and bool(self.mark_value[n0 - 1].gender)
        return min(pool, key=lambda p: (p.suffix, not titled and p in self._couples, p.first)) if pool else None

    def _choices(self, pool: list[Person], n0: int) -> list[Person]:
        """The people a name may be, a title's gender considered ("Mrs. Clinton": not Bill Clinton)."""
        i = n0 - 1
        if i >= 0 and self.mark_kind[i] == "title" and self.mark_value[i].gender:
            return [p for p in pool if self._gender_hint(p) in ("", self.mark_value[i].gender)]
        return pool

    def _gender_hint(self, person: Person) -> str:
        """Gender from the given name or a title or gendered role right before a name (no caching: used while
        names are still being linked)."""
        genders = {self.mark_value[n0 - 1].gender for n0, _n1, _r0 in person.spans
                   if n0 > 0 and self.mark_kind[n0 - 1] in ("title", "role") and self.mark_value[n0 - 1].gender}
        if len(genders) == 1:
            return genders.pop()
        return "" if genders else self.lex.given.get(person.key[0], "")

