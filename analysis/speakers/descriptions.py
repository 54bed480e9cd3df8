"""Pass 2 of the speaker passes: what an article says of each person it names.

What the article says of a person is read from every occurrence of the name: the pre-modifier (``Chinese
foreign ministry spokesman Wang Wenbin``), the appositive (``Artyom Lukin, an associate professor at Russia's
Far Eastern Federal University,``), the reversed appositive (``Sanders's campaign manager, Jeff Weaver``) and the
party tag (``Sen. X (R-Ky.)``). Each splits into role, organisation and country; the speaker's role is the first
that has an organisation too (else the first), its type that of the organisation words (else of the role words),
its country the first that a role or organisation says.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from analysis.speakers.lexicon import (
    DESCRIPTIVE,
    Role,
    is_acronym,
    phrase_key,
    role_heads,
)
from analysis.speakers.people import People
from analysis.speakers.reading import WORDS, View
from analysis.speakers.records import Descriptor, Person

PARTY_TAG = re.compile(r"\s*[(,]\s*([RDI])\s*[-\u2013\u2014.]\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*([),])")
"""A party-and-state tag after a name: ``(R-Ky.)``, ``, D-Calif.,``."""
_PARTY_KEYS = {"R": "republican", "D": "democratic", "I": ""}

Profile = tuple[str | None, str | None, str | None, str]
"""A person's role, organisation, country and speaker type."""


ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
"""An ordinal in figures, which may open an organisation's name ("the 9th Circuit")."""

_AGE = re.compile(r"^[\s-]*year-old\b\s*")
"""What a role phrase keeps of an age before the role ("- year-old" of "The 26-year-old student")."""

_SHARE_HEADS = frozenset(("percent", "%", "majority", "minority", "half", "third", "thirds", "quarter", "quarters",
                          "percentage", "share", "plurality", "most", "many", "some", "all", "none"))
"""Heads of a share of a people ("a majority of Americans", "57 percent of Germans"): the people's country is the
share's."""


class Descriptions(View):
    """What one article says of the people it names (read on demand, once per person)."""

    def __init__(self, people: People) -> None:
        super().__init__(people.reading)
        self.people = people.people
        self.name_at = people.name_at
        self._descriptors: dict[Person, list[Descriptor]] = {}
        self._profiles: dict[Person, Profile] = {}
        self._genders: dict[Person, str] = {}
        self._described: dict[Person, bool] = {}

    def descriptors(self, person: Person) -> list[Descriptor]:
        """Everything the article says of the person, in article order, repeats dropped."""
        found = self._descriptors.get(person)
        if found is None:
            found = self._descriptors[person] = self._gather(person, quoted=True)
        return found

    def reported_descriptors(self, person: Person) -> list[Descriptor]:
        """What the article itself says of the person, outside quotation marks: a speaker may call someone
        by a past office ("President Obama gave me 142 openings," Trump said), which does not make them the
        holder the article's later "the president" means."""
        return self._gather(person, quoted=False)

    def _gather(self, person: Person, *, quoted: bool) -> list[Descriptor]:
        out: list[Descriptor] = []
        for n0, n1, r0 in person.spans:
            if quoted or not self.quoted(n0):
                out.extend(self._descriptors_at(n0, n1, r0))
        return list(dict.fromkeys(out))

    def profile(self, person: Person) -> Profile:
        """Role, organisation, country and type of a person, from all that the article says of them."""
        found = self._profiles.get(person)
        if found is None:
            descs = [d for d in self.descriptors(person) if d.source != "title" or d.role]
            best = next((d for d in descs if d.role and d.org), None) \
                or next((d for d in descs if d.role), None) or next((d for d in descs if d.org), None)
            ordered = ([best] if best else []) + [d for d in descs if d is not best]
            role = best.role if best else None
            org = next((d.org for d in ordered if d.org), None)
            country = next((d.country for d in ordered if d.country), None)
            kind = next((t for d in ordered for t in (d.org_type, d.role_type) if t), "other")
            found = self._profiles[person] = (role, org, country, kind)
        return found

    def gender(self, person: Person) -> str:
        """m or f when titles, gendered roles or else the given name agree; '' when unknown or in conflict."""
        found = self._genders.get(person)
        if found is None:
            genders = {d.gender for d in self.descriptors(person) if d.gender}
            if len(genders) == 1:
                found = genders.pop()
            else:
                found = "" if genders else self.lex.given.get(person.key[0] or person.key[1], "")
            self._genders[person] = found
        return found

    def confirmed(self, person: Person, speakers: set[Person]) -> bool:
        """Whether a name is surely a person's (not "Winter Olympics"): a speaker's name, a given name, a title,
        a role...

        Args:
            person: the person.
            speakers: the people whose names head a speaker mention of the article.
        """
        if person in speakers or person.linked or person.key[0] in self.lex.given \
                or person.key[0] in self.lex.family_first:
            return True
        found = self._described.get(person)
        if found is None:
            found = self._described[person] = any(d.role or d.source in ("party", "title")
                                                  for d in self.descriptors(person))
        return found

    def common_noun(self, person: Person) -> bool:
        """A one-word name never given in full and never titled that is likely a capitalised common noun: the
        article also writes it in lower case ("Fundraisers"), or it looks plural and only starts sentences
        ("Liberals call Ryan cowardly")."""
        if person.key[0] or any(d.role or d.source in ("party", "title") for d in self.descriptors(person)):
            return False
        word = person.key[1]
        if word[:1].islower() and self.written_in_lower_case(word):  # also written in lower case
            return True
        is_plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
        return is_plural and all(n0 == 0 or self.sent(n0 - 1) != self.sent(n0) or self.kind[n0 - 1] == "quote"
                                 for n0, _n1, _r0 in person.spans)

    def _descriptors_at(self, n0: int, n1: int, r0: int) -> list[Descriptor]:
        out = []
        pre = self._premodifier(n0)
        if pre is not None:
            out.append(pre)
        party = self._party(n1)
        after = self._appositive(party[1] if party else n1)
        if party is not None:
            out.append(party[0])
        if after is not None:
            out.append(after)
        titled = pre is not None and n0 > 0 and self.mark_kind[n0 - 1] == "title"
        rev = self._reverse_appositive(r0, placed_only=titled) if pre is None or titled else None
        if rev is not None:  # (a title's role before the name, "the Rt Rev Dr Tom Wright", leaves a role and its
            out.append(rev)  # place before the comma standing: "The Bishop of Durham, the Rt Rev ...")
        return out

    def _allowed_before(self, i: int) -> bool:
        """Whether token i may belong to a role phrase read backwards from a name."""
        kind = self.kind[i]
        if kind == "poss":
            return True
        if kind == "punct":
            return self.word[i] in "'\u2019" and i > 0 and self.low[i - 1].endswith("s") \
                and self.end[i - 1] == self.start[i]  # "Sanders' campaign manager"
        if kind not in WORDS or self.function(i) is not None and not self.mark_kind[i]:
            return False
        return self.mark_kind[i] in DESCRIPTIVE or self.word[i][0].isupper() or self.subordinate_at(i) == "former"

    def _extend_back(self, i: int, *, limit: int = 12) -> int:
        """Where a role phrase ending at token i starts: back over role, organisation, country and modifier words
        and at most two other capitalised words in a row ("Sanders campaign manager")."""
        j, unknown = i, 0
        while j > 0 and i - j < limit and self.adjacent(j - 1, j):
            posting = self._posting_before(j)
            if posting >= 0:
                j = posting  # "ambassador to the": the role and the place it is posted to
                continue
            if not self._allowed_before(j - 1):
                break
            unknown = unknown + 1 if not self.mark_kind[j - 1] and self.kind[j - 1] in WORDS else 0
            if unknown > 2:
                break
            j -= 1
        while j < i and not self.mark_kind[j] and self.kind[j] in WORDS and unknown > 2:
            j += 1
        return j

    def _posting_before(self, j: int) -> int:
        """Where "to" or "to the" right before token j starts when a posted role ends before it ("U.S. Ambassador
        to the United Nations Nikki Haley"), else -1."""
        k = j - 1 - (j > 1 and self.low[j - 1] == "the")
        if k < 1 or self.low[k] != "to" or not self.adjacent(k - 1, k) or (k < j - 1 and not self.adjacent(k, k + 1)):
            return -1
        return k if self._posted_role_at(k - 1) else -1

    def _posted_role_at(self, k: int) -> bool:
        """Does a role whose "to" names a posting (``posted`` in ``roles.csv``) end at token k?"""
        return self.mark_kind[k] == "role" and self.mark_end[k] == k + 1 and self.mark_value[k].posted

    def _ends_posting(self, k: int) -> bool:
        """Does the place of a posting end at token k ("Ambassador to the United Nations", "envoy to Ukraine")?"""
        return self.mark_kind[k] in ("org", "place", "country") and self._posting_before(self.mark_start[k]) >= 0

    def _premodifier(self, n0: int) -> Descriptor | None:
        """The role phrase right before a name: "Chinese foreign ministry spokesman", "US President", "Mr."."""
        i = n0 - 1
        if i < 0 or not self.adjacent(i, n0):
            return None
        if self.mark_kind[i] not in ("role", "title", "country") and not self._ends_posting(i):
            return None  # (the place of a posting may end it: "Ambassador to the United Nations Nikki Haley")
        j = self._extend_back(i)
        if self.mark_kind[j] and self.mark_start[j] < j:  # never start inside a phrase
            j = self.mark_end[j]
        if self.mark_kind[i] == "title" and self.mark_start[i] >= j and self.mark_start[i] == j:
            title = self.mark_value[i]
            role = title.role or None
            return Descriptor(role, None, None, self._role_type(role), "", title.gender,
                               frozenset(role_heads(role)) if role else frozenset(), "title")
        return self.parse_role_phrase(j, n0, "pre")

    def _heads(self, role: str, subordinate: str) -> list[str]:
        """The roles a later description may name for a role read after a subordinate modifier (or none).

        After "Deputy" in "Deputy Prime Minister John Prescott" only "deputy prime minister", never "the prime
        minister"; the same after "shadow", "acting", "vice". After "former" ("ex-Conservative chancellor",
        "one-time Gov.") an office with one holder is no longer the person's ("the chancellor" is the current
        one), but a description that many hold still is ("a former administration official" is "the official").
        """
        if not subordinate:
            return role_heads(role)
        composed = f"{subordinate} {role.lower()}"
        if subordinate == "former" and not getattr(self.role_entry(role), "single", False):
            return [*role_heads(role), composed]
        return [composed]

    def subordinate_at(self, k: int) -> str:
        """What token k means as a subordinate modifier (``role_modifiers.csv``: "deputy", "shadow", "former" for
        "ex" and "one-time"; "former" for a word in "ex-": "ex-Conservative"), ``""`` when it is none."""
        low = self.low[k]
        return self.lex.subordinate.get(low) or ("former" if low.startswith("ex-") else "")

    def role_entry(self, role: str) -> Role | None:
        """The ``roles.csv`` entry of a role written out, or None."""
        hit = self.lex.phrases.get(phrase_key(role))
        return hit[1] if hit and hit[0] == "role" else None

    def _role_type(self, role: str | None) -> str:
        return getattr(self.role_entry(role), "type", "") if role else ""

    def parse_role_phrase(self, a: int, b: int, source: str) -> Descriptor | None:
        """Split tokens [a, b) into role, organisation and country."""
        mark_kind, mark_value = self.mark_kind, self.mark_value
        while a < b and (self.function(a) is not None and not mark_kind[a] or self.kind[a] in ("poss", "punct")
                         or self._verb_before_title(a, b)):
            a += 1
        if a >= b:
            return None
        heads: set[str] = set()
        role_type = gender = ""
        country = None
        last_role = -1
        org_end, org_value = -1, None
        subordinate = ""  # "deputy", "shadow", "former" seen since the last role: the next one is another office
        posting = False  # after "ambassador to": the place the holder is posted to, not theirs
        i = a
        while i < b:
            kind, value, end = mark_kind[i], mark_value[i], max(self.mark_end[i], i + 1)
            if self.low[i] == "to" and i > a and self._posted_role_at(i - 1):
                posting = True
            elif posting and kind in ("country", "place", "org"):
                i = end
                continue
            if self.low[i].startswith("ex-"):
                subordinate = "former"  # "ex-Conservative chancellor": the word is also an organisation
            if kind in ("role", "title") and end < b and self.kind[end] == "poss" and any(
                    mark_kind[k] in ("role", "title") for k in range(end + 1, b)):
                pass  # "the prime minister's spokesman James Slack": the possessor's office, not his
            elif kind == "role" and value.document and source != "mention":
                pass  # "his book", "the report": not a person's role
            elif kind == "role" and value.name in self.lex.subordinate and end < b \
                    and mark_kind[end] in ("role", "title"):
                subordinate = self.lex.subordinate[value.name]  # "Deputy" in "Deputy Prime Minister"
            elif kind == "role":
                if value.plural and source != "mention" and end >= b:
                    return None  # "the Republican nominees Obama faced", "Mr. Sloan, banking analysts say"
                heads.update(self._heads(value.name, subordinate))
                subordinate = ""
                role_type = value.type or role_type
                gender = value.gender or gender
                last_role = end
            elif kind == "title":
                if value.role:
                    heads.update(self._heads(value.role, subordinate))
                    subordinate = ""
                    role_type = self._role_type(value.role) or role_type
                    last_role = end
                gender = value.gender or gender
            elif self.subordinate_at(i):
                subordinate = self.subordinate_at(i)  # a modifier word: "shadow", "former"
            elif kind in ("country", "place") and country is None and value:
                country = value
            elif kind == "org":
                org_end, org_value = end, value
                if value.country and country is None:
                    country = value.country
            i = end
        if not heads and country is None and org_value is None:
            return None
        org = None
        org_type = ""
        if org_value is not None and org_end < b:
            o = a
            named = self.is_cap(org_end - 1)
            while o < org_end and not self._opens_org_name(o, named):
                o += 1  # "former House" -> "House", "Presumptive Republican" -> "Republican", "Retired Army" -> "Army"
            if org_end - o == self.mark_end[org_end - 1] - self.mark_start[org_end - 1] and org_value.name:
                org = org_value.name  # "Republican senator" -> Republican Party
            elif any(self.is_cap(k) for k in range(o, org_end)) and not self._opening_common_noun(o, org_end):
                org_end = self._name_after_joiner(org_end, b)  # "a Department of Health spokeswoman"
                org = self.span_text(o, org_end)
            if org is not None:
                org_type = self.org_type(o, org_end) or org_value.type
        role = self._role_text(a, min(b, last_role) if last_role > 0 else b) if heads else None
        return Descriptor(role, org, country, role_type, org_type, gender, frozenset(heads), source)

    def _verb_before_title(self, a: int, b: int) -> bool:
        """Is token a a capitalised verb form that no mark claims, opening a clause or a headline before the title
        ("Noting President Barack Obama ...", "Requiring President ..."): no part of the role?"""
        low = self.low[a]
        return a + 1 < b and not self.mark_kind[a] and self.is_cap(a) and self.is_cap(a + 1) \
            and self.mark_kind[a + 1] in ("role", "title") and low in self.lex.cue_forms and "-" not in low \
            and low not in self.lex.given and not (self.mark_kind[a + 1] == "role" and self.mark_value[a + 1].plural)

    def _opens_org_name(self, o: int, named: bool) -> bool:
        """May token o open the name of an organisation phrase of a role: a capitalised word, a country or an
        organisation word, but a modifier only when capitalised in a capitalised name (``named``: "Commerce
        Ministry") and no word of the person's standing or time ("Presumptive", "Retired", "Incoming")."""
        if self.mark_kind[o] == "modifier":
            return named and self.is_cap(o) and not self.subordinate_at(o) \
                and self.low[o] not in self.lex.person_modifiers
        return self.is_cap(o) or self.mark_kind[o] in ("country", "org")

    def _opening_common_noun(self, o: int, org_end: int) -> bool:
        """Is the organisation phrase one common noun of organisations (``organisation_nouns.csv``), capitalised
        only because it opens its sentence before a lower-case word ("University professor Christine Blasey Ford",
        "Campaign officials": no organisation named; "Harvard professor" names one)?"""
        return org_end == o + 1 and o == self.first_token_of_sentence(self.sent(o)) \
            and self.low[o] in self.lex.organisation_nouns and not self.word[o].isupper() \
            and org_end < self.n and self.kind[org_end] in WORDS and self.word[org_end].islower()

    def _role_text(self, a: int, b: int) -> str | None:
        """The role as written, leading country words dropped ("Chinese foreign ministry spokesman" ->
        "foreign ministry spokesman") and title abbreviations spelled out ("Sen." -> "senator")."""
        while a < b and self.mark_kind[a] == "country" and self.mark_end[a] < b and self.mark_kind[b - 1] in ("role", "title"):
            a = self.mark_end[a]
            while a < b and self.kind[a] in ("poss", "punct"):
                a += 1
        parts: list[str] = []
        for k in range(a, b):
            if self.mark_kind[k] == "title" and self.mark_start[k] == k:
                if not self.mark_value[k].role:
                    continue
                if self.kind[k] == "abbr":
                    parts.append(self.mark_value[k].role)
                    continue
            if parts and (self.kind[k] == "poss" or (self.kind[k] == "punct" and self.word[k] in "'\u2019")):
                parts[-1] += self.word[k]
            elif self.kind[k] in WORDS or self.word[k] in "-&":
                parts.append(self.word[k])
        return " ".join(parts) or None

    def org_type(self, a: int, b: int) -> str:
        """The type of the organisation phrase [a, b): its longest listed phrase ("Council on Foreign Relations");
        among single words, the head: the last before "of", "for"... ("Government Affairs Institute",
        "University of the Chinese Academy of Social Sciences")."""
        best, best_key, i = "", (0, 0), a
        head_zone = True
        while i < b:
            end = max(self.mark_end[i], i + 1)
            if self.mark_kind[i] == "org" and self.mark_value[i].type:
                key = (end - i, 1 if head_zone else 0)
                if key >= best_key:
                    best, best_key = self.mark_value[i].type, key
            elif self.low[i] in self.lex.org_joiners and self.function(i) == "preposition":
                head_zone = False
            i = end
        return best

    def country_in(self, a: int, b: int) -> str | None:
        for k in range(a, b):
            if self.mark_kind[k] in ("country", "place") and self.mark_value[k]:
                return self.mark_value[k]
            if self.mark_kind[k] == "org" and self.mark_value[k].country:
                return self.mark_value[k].country
        return None

    def _party(self, n1: int) -> tuple[Descriptor, int] | None:
        """A party-and-state tag after a name, "(R-Ky.)" or ", D-Calif.,": party, United States, official."""
        m = PARTY_TAG.match(self.text, self.end[n1 - 1])
        if m is None:
            return None
        key = _PARTY_KEYS[m.group(1)]
        hit = self.lex.phrases.get((key,)) if key else None
        org = hit[1].name if hit and hit[0] == "org" and hit[1].name else ("independent" if not key else None)
        end_tok = bisect_left(self.start, m.end())
        if m.group(2) == ",":
            end_tok -= 1  # the comma may open an appositive
        desc = Descriptor(None, org, "United States", "official", "", "", frozenset(), "party")
        return desc, end_tok

    def _appositive(self, n1: int) -> Descriptor | None:
        """The description in "Name, a professor at X," up to the next comma or the sentence end."""
        if n1 >= self.n or self.word[n1] != ",":
            return None
        a = n1 + 1
        if a < self.n and self.kind[a] == "num":  # an age: "Clinton, 35, the daughter of ..."
            a += 2 if a + 1 < self.n and self.word[a + 1] == "," else 1
        if a + 1 < self.n and self.low[a] == "who" and self.low[a + 1] == "is":
            a += 2  # "Jane Doe, who is a professor at ..." (not "who was": a past office, "who was chief executive
            # of the Games" is no governor's role now)
        while a < self.n and self.function(a) == "adverb":  # "Dunn, now a partner at ..."
            a += 1
        b = a
        para = self.para(n1)
        while b < self.n and b - a < 40 and self.word[b] not in ",;:()!?." and self.kind[b] != "quote" \
                and self.para(b) == para:
            b += 1
        if b <= a:
            return None
        has_det = self.function(a) == "determiner"
        start = a + 1 if has_det else a
        r = start
        while r < b and self._in_role_part(r, start):
            r += 1
        if r < b and self.low[r] in self.lex.cue_forms and not self.word[r][:1].isupper() and has_det \
                and not (r + 1 < b and self.function(r + 1) == "preposition"):
            return None  # "when asked about Michael Flynn, the president told reporters": a subject, no aside
            # (but "Randy Santos, the man charged with attacking ...": a participle, an aside)
        role_desc = self.parse_role_phrase(start, r, "appositive") if r > start else None
        if role_desc is not None and not role_desc.heads:
            role_desc = None
        office = role_desc is not None and role_desc.role_type not in ("", "other")
        org, org_type, org_country = self.org_after(r, b, country_of=office)  # "Hilda Heine, president of ..."
        if role_desc is None:
            if org is None or self.low[start] not in self.lex.org_intro:
                return None
            return Descriptor(None, org, org_country, "", org_type, "", frozenset(), "appositive")
        return Descriptor(role_desc.role, org or role_desc.org, role_desc.country or org_country,
                           role_desc.role_type, org_type or role_desc.org_type, role_desc.gender, role_desc.heads,
                           "appositive")

    def _in_role_part(self, r: int, start: int) -> bool:
        kind = self.kind[r]
        if kind == "poss":
            return True
        if kind == "punct":
            return self.word[r] in "'\u2019-" and r > start
        if kind not in WORDS:
            return False
        if self.mark_kind[r] in DESCRIPTIVE:
            return True
        if self.function(r) is not None:  # only "of" before lower-case words: "professor of constitutional law"
            return self.low[r] == "of" and r > start and r + 1 < self.n and not self.is_cap(r + 1) \
                and self.function(r + 1) is None and any(self.mark_kind[k] in ("role", "title") for k in range(start, r))
        if self.word[r][0].isupper():
            return True
        return r > start and any(self.low[k] == "of" for k in range(start, r)) or self._modifies_role(r)

    def _modifies_role(self, r: int) -> bool:
        """Do lower-case words from token r on, none of them a function word, lead to a role within three tokens
        ("a budget expert at", "a campaign finance lawyer", "a political science professor"): modifiers of the role,
        part of it?"""
        for k in range(r + 1, min(self.n, r + 4)):
            if self.mark_kind[k] == "role" and self.mark_start[k] == k:
                return all(self.kind[m] in WORDS and self.word[m].islower() and self.function(m) is None
                           and not self.mark_kind[m] and self.low[m] not in self.lex.past_forms
                           and self.low[m] not in self.lex.cue_forms for m in range(r, k))  # not "became Speaker"
        return False

    def mention_profile(self, a: int, core: int, b: int) -> tuple[str | None, str | None, str | None]:
        """The role, organisation and country a description of one person gives (``The Scottish Conservative
        leader``: leader, Conservative Party, United Kingdom), tokens [a, b) with its head noun phrase ending at
        ``core``, as the row of a description carries them; no role that belongs to a possessor before the head
        ("Chancellor Gordon Brown's closest ally" is no chancellor), no age before the role ("The 26-year-old
        student": student)."""
        if a >= core:
            return None, None, None
        desc = self.parse_role_phrase(a, core, "mention")
        role = _AGE.sub("", desc.role) or None if desc and desc.role else None
        if role is not None and role.split()[-1].lower() != self.low[core - 1] \
                and any(self.kind[k] == "poss" for k in range(a, core)):
            role = None
        share = self.low[core - 1] in _SHARE_HEADS or any(ch.isdigit() for ch in self.low[core - 1])
        office = role is not None and desc is not None and desc.role_type not in ("", "other")
        org, _org_type, org_country = self.org_after(core, b, country_of=office or share)
        # (an office's or a share's country: "the leader of Saudi Arabia", "28 percent of Americans"; not "Critics
        # of the Saudis": a role of no office relates to the country)
        org = org or (desc.org if desc else None)
        if self.mark_kind[a] == "org" and self.mark_value[a].name:
            org = org or self.mark_value[a].name
        return role, org, (desc.country if desc else None) or org_country

    def org_after(self, r: int, b: int, *, country_of: bool = True) -> tuple[str | None, str, str | None]:
        """The first organisation phrase after at/of/for/with/from within tokens [r, b); else, with
        ``country_of``, right after "of" and an optional "the", a country and nothing more (``president of
        France``, ``prime minister of the Netherlands``: no organisation, the country)."""
        for i in range(r, b):
            if country_of and self.low[i] == "of" and self.kind[i] == "word" and i == r:
                k = i + 1 + (i + 1 < b and self.low[i + 1] == "the")
                if k < b and self.mark_kind[k] == "country" and self.mark_value[k] and self.mark_end[k] == b:
                    return None, "", self.mark_value[k]
            if self.low[i] in self.lex.org_intro and self.kind[i] == "word":
                span = self.org_phrase(i + 1, b, modifiers=True)
                if span is not None:
                    s, e = span
                    if self.mark_kind[s] == "org" and self.mark_value[s].name and self.mark_start[s] == s and self.mark_end[s] == e:
                        return self.mark_value[s].name, self.mark_value[s].type, self.mark_value[s].country or None  # "of Democrats"
                    return self.span_text(s, e), self.org_type(s, e), self.country_in(s, e)
        return None, "", None

    def org_phrase(self, i: int, b: int, *, loose: bool = False, modifiers: bool = False) -> tuple[int, int] | None:
        """A capitalised organisation name from token i: "the Carnegie Moscow Centre", "the Clinton campaign".

        Without ``loose`` it must hold an organisation word or two capitalised words that are not all countries.
        With ``modifiers``, lower-case words may stand between a country or place and the organisation word that
        follows within two words ("Iran's foreign ministry", "the Iranian foreign ministry").
        """
        if i < b and self.low[i] == "the":
            i += 1
        skipped = 0
        while i < b and skipped < 2 and self.kind[i] == "word" and not self.word[i][0].isupper() \
                and self.mark_kind[i] != "org" and self.function(i) is None:
            i += 1  # "the non-partisan Cook Political Report"
            skipped += 1
        a = e = i
        caps = named_caps = 0
        has_org = False
        while i < b:
            kind = self.kind[i]
            if kind in WORDS and self.word[i][0].isupper():
                caps += 1
                named_caps += self.mark_kind[i] not in ("country", "place")
                has_org = has_org or self.mark_kind[i] == "org"
                i += 1
                e = i
            elif i == a and i + 1 < b and ORDINAL.fullmatch(self.word[i]) and self.is_cap(i + 1) \
                    and not {"district", "congressional"} & set(self.low[i + 1:b]):
                i += 1  # "the 9th Circuit", "21st Century Fox" (not "the 10th District", a constituency)
            elif i > a and (kind == "poss" or self.word[i] == "&" or i + 1 < b and self.plural_apostrophe(i) or (
                    self.low[i] in self.lex.org_joiners and i + 1 < b
                    and (self.is_cap(i + 1) or self.low[i + 1] == "the"))):
                i += 1  # "Russia's ...", "Johnson & Johnson", "University of the ..."
            elif self.word[i] == "," and self.listed_in_name(a, i, b):
                i += 1  # "Department for Culture, Media and Sport", "Bureau of Alcohol, Tobacco, Firearms and ..."
            elif kind == "word" and self.mark_kind[i] == "org" and caps:
                has_org = True
                i += 1
                e = i
                break
            elif modifiers and kind == "word" and caps and not named_caps and self.function(i) is None and any(
                    self.mark_kind[k] == "org" and not self.word[k][0].isupper() for k in range(i + 1, min(b, i + 3))):
                i += 1  # "Iran's foreign ministry", "the Iranian foreign ministry": a modifier before its word
            else:
                break
        if caps == 0 or e <= a:
            return None
        if not (has_org or (named_caps >= 2) or loose or (e - a == 1 and is_acronym(self.word[a]))):
            return None  # "CLSA" is an organisation, "Russia and Central Asia" is not
        if not has_org and any(k in self.name_at and (self.name_at[k][0].key[0] in self.lex.given or self.name_at[k][0].key[0]
                                                  in self.lex.family_first) for k in range(a, e)):
            return None  # a person's name ("the sexual indiscretions of former President Bill Clinton")
        return a, e

    def _name_after_joiner(self, e: int, b: int) -> int:
        """Where an organisation's name ending at token ``e`` ends once "of", "for" or "on" and the capitalised
        words after it are counted ("Department" -> "Department of Health", "Texas Department of Criminal Justice");
        ``e`` when no joiner follows."""
        k = e
        while k + 1 < b and self.low[k] in ("of", "for", "on") and self._in_name_before(k + 1, b):
            k += 1
            while k < b and self._in_name_before(k, b):
                k += 1
            e = k
        return e

    def _in_name_before(self, k: int, b: int) -> bool:
        """Is token k a capitalised word of an organisation's name before token ``b``: a role or title only where no
        capitalised word follows it ("Criminal Justice", "Economic Research study"; not "Health Secretary Alex Azar",
        whose role it is)?"""
        return self.is_cap(k) and (self.mark_kind[k] not in ("role", "title") or k + 1 >= b or not self.is_cap(k + 1))

    def listed_in_name(self, a: int, comma: int, b: int) -> bool:
        """Does the comma at token ``comma`` separate the parts of a list inside an organisation's name that opens at
        token ``a``: an organisation word of the state, then "of" or "for", before it, and after it capitalised words,
        commas and an "and" before a last capitalised word, nothing else, within eight tokens ("Department for
        Environment, Food and Rural Affairs"; not "the University of Texas, Austin and Harvard")?"""
        if not any(self.mark_kind[k] == "org" and self.mark_value[k].type == "official"
                   and self.low[k + 1] in ("of", "for") for k in range(a, comma - 1)):
            return False
        for k in range(comma + 1, min(b, comma + 9)):
            if self.low[k] == "and":
                return k > comma + 1 and k + 1 < b and self.is_cap(k + 1)
            if not (self.is_cap(k) or self.word[k] == ","):
                return False
        return False

    def _reverse_appositive(self, r0: int, *, placed_only: bool = False) -> Descriptor | None:
        """A role phrase, a comma, then the name: "Sanders's campaign manager, Jeff Weaver", "The Bishop of Durham,
        the Rt Rev Dr Tom Wright" (the role's "of" phrase a place or a name; only this shape when ``placed_only``)."""
        c = r0 - 1 - (r0 > 1 and self.low[r0 - 1] == "the")
        if c < 1 or self.word[c] != ",":
            return None
        of = next((k for k in range(c - 2, max(0, c - 5), -1) if self.low[k] == "of"), -1)
        if self.mark_kind[c - 1] != "role" and of > 1 and self.mark_kind[of - 1] == "role" \
                and self.low[of - 2] in ("the", "a", "an") \
                and all(self.is_cap(k) or self.low[k] == "the" for k in range(of + 1, c)):
            desc = self.parse_role_phrase(of - 2, c, "reverse")  # "The Bishop of Durham,": a role and its place
            return desc if desc is not None and desc.heads else None
        if placed_only or self.mark_kind[c - 1] != "role" and not self._ends_posting(c - 1):
            return None  # (a posting may end it: "The US ambassador to the UN, Nikki Haley")
        j = self._extend_back(c - 1, limit=10)
        before = j - 1
        if before >= 0 and self.sent(before) == self.sent(c) and (self.word[before] in ",;" or self.low[before] in (
                "and", "or") or self.is_cap(before) and self.function(before) is None):
            return None  # a list ("Xi, Putin and Modi"), not a description ("said Clinton's director, X")
        desc = self.parse_role_phrase(j, c, "reverse")
        return desc if desc is not None and desc.heads else None

