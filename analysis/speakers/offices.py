"""The office holders of pass 3: the person a definite description of a role stands for.

"The president said", "the chancellor told reporters", "the Ohio Republican said", "the German chancellor said"
(and the people an age stands for: "the 36-year-old said"):
:class:`OfficeHolders` finds the person by the rules ``title->named``, ``title->leader``, ``title->lead``,
``title->recent`` and ``party->named`` (see :mod:`analysis.speakers.resolution` for the whole table of rules). It
is the part of :class:`analysis.speakers.resolution.Resolver` that reads offices, kept in its own module; the
resolver inherits it and owns the state it reads (the people, the mentions resolved so far, the offices found).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from analysis.speakers.descriptions import Descriptions
from analysis.speakers.lexicon import Role, role_heads
from analysis.speakers.reading import View
from analysis.speakers.records import Entity, Person, Speaker

WINDOW = 1500
"""How many tokens back an antecedent is looked for at most (besides the three-paragraph limit): a bound that
keeps resolution linear in the length of an article however long its paragraphs."""


_PARTY_APPOSITIVE = {party: re.compile(r"\s*,\s*(?:a|an)\s+(?:[A-Z][\w.]*\s+){0,3}" + party.capitalize() + r"\b")
                     for party in ("republican", "democrat")}
"""An appositive that gives a person's party: ", an Ohio Republican", ", a veteran Democrat"."""


_HEAD_OFFICES = frozenset(("prime minister", "premier", "president"))
"""Offices of a head of state or government, which a description without a country may give the one leader the
article names ("the prime minister said")."""

_SAME_OFFICE = {"premier": "prime minister"}
"""Names of one office."""


class OfficeHolders(View):
    """Who holds the offices an article's descriptions name; a base of the resolver, which sets the state below."""

    described: Descriptions
    people: dict[tuple[str, ...], Person]
    name_at: dict[int, tuple[Person, int, str]]
    name_order: list[int]
    heads: set[Person]
    history: list[tuple[int, Person | Entity]]
    _role_index: dict[bool, dict[str, list[Person]]]
    _lead_roles: dict[str, Person]  # the role of the opening description -> the person named next
    _office_holders: dict[str, Person]  # an office resolved by title->recent -> its holder
    _named_countries: set[str] | None  # the countries the article names (_countries_named)
    _administrations: set[str] | None  # the countries whose leader's administration the article names

    def _person_speaker(self, person: Person, rule: str) -> Speaker:
        role, org, country, kind = self.described.profile(person)
        name = person.name.lower()
        if country is None and name in self.lex.leaders:  # a head of state: "Donald Trump"
            country = self.lex.leaders[name]
            kind = kind if kind not in ("", "other", "unnamed") else "official"
        elif country is None:
            country = self._leader_by_office(name, role, org) or (
                self._office_country(role) or self._possessor_country(role) if role else None)
        return Speaker(person.name, True, role, org, kind, country, rule)

    def _leader_country(self, name: str) -> str | None:
        """The country of a gazetteer leader named in full ("donald trump"), or by a family name only one country's
        leaders bear ("trump"; ``leader_countries`` of the lexicon); None for anyone else. ``name`` in lower case."""
        return self.lex.leaders.get(name) or (self.lex.leader_countries.get(name) if " " not in name else None)

    def _leader_by_office(self, name: str, role: str | None, org: str | None) -> str | None:
        """The country of a leader named by a head office and a family name alone ("President Trump", "Prime
        Minister Netanyahu"), or by the family name with no role at all ("Mr. Trump", the article never giving a
        given name), in an article that names that country and with no organisation of their own ("President
        Johnson of the state university" is no British prime minister); None otherwise."""
        country = self._leader_country(name) if org is None and " " not in name else None
        if country and (not role or role.lower().removeprefix("former ") in _HEAD_OFFICES | {"chancellor"}) \
                and country in self._countries_named():
            return country
        return None

    def _office_holder(self, role: Role, a: int, b: int, role_i: int) -> tuple[Speaker, Person] | None:
        """The person a definite description of a role stands for ("the president said"), by the first of these
        that finds one: the person the article itself (outside quotation marks) gives the role, or a broader one,
        named before (``title->named``; none when an unnamed speaker given the role came since: "said a
        Democratic lawmaker ... the lawmaker added"); for an office with a country, that country's leader named
        before (``title->leader``); the person named after an opening description (``title->lead``); for an office
        with one holder, the person who just spoke or was just named and has no role (``title->recent``); the
        person given the role anywhere, quotations included, before it, else the first given it outside
        quotation marks after it (``title->named``); for a bare head office ("the prime minister", "the president"),
        the one leader of the gazetteer named before it (``title->leader``; also before a latest speaker who is no
        leader: 'asked Mr. Obama, "..." The president replied'). First, the person named in apposition
        right after it (``title->named``: "The prosecution's star witness, former ... chief Scott Sullivan, has
        said"); a person found by role or lead must fit the organisation the description names after its role
        (:meth:`_fits_post_modifier`)."""
        named = self._named_in_apposition(b)
        if named is not None:  # "The prosecution's star witness, former financial chief Scott Sullivan, has said"
            return self._person_speaker(named, "title->named"), named
        subordinate = self._subordinate_before(a, role_i)
        name = f"{subordinate} {role.name}" if subordinate else None
        since = self._unnamed_with_role(name or role.name, a)
        person = self._person_with_role(role, a, name=name, reported=True, after=False, since=since)
        if person is None and subordinate == "former":  # "the former governor", introduced as "Gov. X"
            subordinate, name = "", None
            person = self._person_with_role(role, a, reported=True, after=False, since=since)
        country = next((self.mark_value[k] for k in range(a, role_i) if self.mark_kind[k] == "country"), None)
        if person is not None and country and self.described.profile(person)[2] not in (None, country) \
                and self.lex.leaders.get(person.name.lower()) != country:
            person = None  # "Hilda Heine, president of the Marshall Islands ... the US president": not her
        if person is not None and self._fits_post_modifier(person, role_i, b):
            return self._person_speaker(person, "title->named"), person
        if since >= 0:
            return None  # "a Democratic lawmaker on the call said ... the lawmaker added": that unnamed one
        if country:  # "the German chancellor": the head of that country's government the article names
            person = self._leader_of(country, a)
            if person is not None:
                return self._person_speaker(person, "title->leader"), person
        # "the deputy prime minister" that no one was named as: no lead, no recent holder of the office above
        person = None if subordinate else self._lead_roles.get(role.name) or self._named_after_lead(role, a, b,
                                                                                                  titled=True)
        if person is not None and self._fits_post_modifier(person, role_i, b):
            self._lead_roles[role.name] = person
            return self._person_speaker(person, "title->lead"), person
        if not subordinate and self._ends_with_role(a, role_i, b):
            # the office's holder once found stays its holder ("the chancellor" again, many sentences on); "the
            # Tory leader": a party's leader is one person, though many lead (the office is then the whole phrase)
            party_led = role.per_party and any(self.mark_kind[k] == "org" and self.mark_value[k].name
                                               for k in range(a, role_i))
            office = role.name if role.single else " ".join(self.low[a + 1:role_i + 1])
            one_holder = role.single or party_led
            person, rule = self._office_holders.get(office), "title->recent"
            if person is None and not self.quoted(a):  # (inside a quotation, never the quoted speaker)
                person = self._recent_without_role(role, a) if one_holder else self._introduced_before(role, a)
                rule = "title->recent" if one_holder else "title->introduced"
                if person is not None and not country and role.name in _HEAD_OFFICES \
                        and person.name.lower() not in self.lex.leaders:
                    leader = self._sole_leader(role.name, a)  # 'asked Mr. Obama, "..." The president replied':
                    if leader is not None:  # the one leader named, not the person who asked
                        person, rule = leader, "title->leader"
            if person is not None and country and self.lex.leaders.get(person.name.lower(), country) != country:
                person = None  # "Theresa May met Angela Merkel ... The German chancellor said": not May
            if person is not None:
                self._office_holders[office] = person
                return self._person_speaker(person, rule), person
        person = self._person_with_role(role, a, name=name, reported=False, after=True)
        if person is not None and self._fits_post_modifier(person, role_i, b):
            return self._person_speaker(person, "title->named"), person
        if not country and not subordinate and role.name in _HEAD_OFFICES and self._ends_with_role(a, role_i, b):
            person = self._sole_leader(role.name, a)  # "Tony Blair has backed Chancellor Gordon Brown's report ... the
            if person is not None:  # prime minister said": the one head of state or government named
                return self._person_speaker(person, "title->leader"), person
        return None

    def _office_country(self, role: str) -> str | None:
        """The country of an office of one country's alone (``country`` in ``roles.csv``: "Secretary of State Mike
        Pompeo", "Sen. Rand Paul"), read from the role's longest ending that is an office ("former Republican
        senator": senator), when the article names that country; None otherwise."""
        words = role.lower().split()
        for k in range(len(words)):
            entry = self.described.role_entry(" ".join(words[k:]))
            if entry is not None:
                return entry.country if entry.country and entry.country in self._countries_named() else None
        return None

    def _possessor_country(self, role: str) -> str | None:
        """The country of a head of state or government whose office or aide the role says the speaker is ("Putin's
        spokesman", "Donald Trump's former lawyer", "Trump's national security adviser": a leader in full, or a
        family name only one country's leaders bear), when the article names that country; None otherwise."""
        words = role.split()
        owner = next((k for k, word in enumerate(words[:3]) if word.endswith("'s")), -1)
        if owner < 0 or owner == len(words) - 1:
            return None
        country = self._leader_country(" ".join([*words[:owner], words[owner][:-2]]).lower())
        return country if country and country in self._countries_named() else None

    def _administration_country(self, a: int, b: int) -> str | None:
        """The country of an administration a description names without its head ("administration officials", "a
        senior administration official", tokens [a, b)): the one country whose leader's administration the article
        names ("the Trump administration", a phrase of the gazetteer's leaders); None when it names none or several."""
        if not any(self.low[k] == "administration" for k in range(a, b)):
            return None
        if self._administrations is None:
            self._administrations = {country for k in range(1, self.n) if self.low[k] == "administration"
                                     and (country := self.lex.leaders.get(f"{self.low[k - 1]} administration"))}
        return next(iter(self._administrations)) if len(self._administrations) == 1 else None

    def _countries_named(self) -> set[str]:
        """The countries the article's words name (the gazetteer's names, adjectives and capitals), read once."""
        if self._named_countries is None:
            self._named_countries = {value for kind, value in zip(self.mark_kind, self.mark_value)
                                     if kind == "country" and isinstance(value, str)}
        return self._named_countries

    def _leader_of(self, country: str, a: int) -> Person | None:
        """The head of state or government of a country (the gazetteer's leaders, in full or by family name alone:
        "Mr Putin") named latest before token a."""
        best: tuple[int, Person] | None = None
        surnames = {name.split()[-1] for name, of in self.lex.leaders.items() if of == country}
        for person in self.people.values():
            name = person.name.lower()
            if self.lex.leaders.get(name) != country and (person.key[0] or name not in surnames):
                continue
            before = [k for k in person.occurrences if k < a and a - k <= WINDOW]
            if before and (best is None or before[-1] > best[0]):
                best = (before[-1], person)
        return best[1] if best else None

    def _sole_leader(self, title: str, a: int) -> Person | None:
        """The one head of state or government (the gazetteer's leaders, in full) named before token a, within the
        window, leaving out those the article gives another office of one holder than ``title`` ("Chancellor Gordon
        Brown" is no prime minister, "Prime Minister Benjamin Netanyahu" no president); None when there are none or
        several (the gazetteer says no one's office)."""
        found: dict[str, Person] = {}
        for person in self.people.values():
            if person.name.lower() not in self.lex.leaders \
                    or not any(k < a and a - k <= WINDOW for k in person.occurrences):
                continue
            role = self.described.profile(person)[0]
            office = self.described.role_entry(role) if role else None
            if not (office is not None and office.single
                    and _SAME_OFFICE.get(office.name, office.name) != _SAME_OFFICE.get(title, title)):
                found[person.name] = person
        return next(iter(found.values())) if len(found) == 1 else None

    def _party_member(self, a: int, core: int, b: int) -> Person | None:
        """The person a definite description by party stands for ("the Ohio Republican said", "the Democrat";
        ``party->named``), by the first of these that finds one:

        1. the latest person named before it whom the article gives that party (a tag "(R-Ohio)", "Republican
           Sen. X", ", a Democrat from ...") with the description's state beside the name;
        2. the latest such party member named in the description's sentence or the two before;
        3. the subject just named there (the first name of the latest sentence naming one, not after a
           preposition or a possessive), named in full with a known given name, outside quotation marks, whom the
           article gives no other party ("Rep. Brad Sherman insisted ... the California Democrat said");
        4. without a state, the latest party member named before it.

        Not a description with more after the party word ("the top Republican on the committee")."""
        head = self.low[core - 1]
        if self.low[a] != "the" or head not in _PARTY_APPOSITIVE or not self.word[core - 1][:1].isupper():
            return None
        between = range(a + 1, core - 1)
        if b > core or any(self.kind[k] != "word" or not self.word[k][:1].isupper() and self.mark_kind[k] != "modifier"
                           for k in between):
            return None  # "the Republican" or "the (former) Ohio Republican" only
        parties = {word: self._party_name(word) for word in _PARTY_APPOSITIVE}
        party = parties[head]
        if party is None:
            return None
        state = " ".join(self.word[k] for k in between if self.word[k][:1].isupper())
        members: list[tuple[bool, int, Person]] = []
        recent: tuple[int, Person] | None = None
        for person in self.people.values():
            spans = sorted((n0, n1) for n0, n1, _r0 in person.spans
                           if n0 < a and a - n0 <= WINDOW and not self.quoted(n0) and not self._as_modifier(n0))
            if not spans:
                continue
            beside = [self._beside(n0, n1) for n0, n1 in spans]
            given = {d.org for d in self.described.reported_descriptors(person)}
            given |= {parties[word] for word, pattern in _PARTY_APPOSITIVE.items()
                      if any(pattern.match(after) for _before, after in beside)}
            last = spans[-1][0]
            if party in given:
                members.append((bool(state) and any(state in before or state in after for before, after in beside),
                                last, person))
            subjects = [n0 for n0, n1 in spans if self.sent(n0) >= self.sent(a) - 2 and self._may_be_subject(n0, n1)]
            if subjects and not given & (set(parties.values()) - {party}) and person.key[0] in self.lex.given:
                at = min(n0 for n0 in subjects if self.sent(n0) == self.sent(subjects[-1]))
                if recent is None or (self.sent(at), -at) > (self.sent(recent[0]), -recent[0]):
                    recent = (at, person)  # of the latest sentence naming one, the first named there
        in_state = [member for member in members if member[0]]
        if in_state:
            return max(in_state, key=lambda member: member[1])[2]
        near = [member for member in members if self.sent(member[1]) >= self.sent(a) - 2]
        if near:
            return max(near, key=lambda member: member[1])[2]
        if recent is not None:
            return recent[1]
        if members and not state:
            return max(members, key=lambda member: member[1])[2]
        return None

    def _party_name(self, word: str) -> str | None:
        """The organisation a party word names ("republican" -> "Republican Party")."""
        hit = self.lex.phrases.get((word,))
        return hit[1].name if hit and hit[0] == "org" and hit[1].name else None

    def _may_be_subject(self, n0: int, n1: int) -> bool:
        """Can the name [n0, n1) be a clause's subject: not possessive ("Hicks' deposition") and not after a
        preposition or a possessive ("with CNN's Jake Tapper")?"""
        if n1 < self.n and self.kind[n1] in ("poss", "punct") and self.word[n1] in ("'", "\u2019", "'s", "\u2019s"):
            return False
        k = n0 - 1
        while k >= 0 and self.mark_kind[k] == "title":
            k -= 1
        return k < 0 or self.kind[k] != "poss" and self.function_kind[k] != "preposition"

    def _beside(self, n0: int, n1: int) -> tuple[str, str]:
        """The words right beside a name: its capitalised pre-modifiers ("Ohio Sen." of "Ohio Sen. Rob Portman"),
        and what follows it up to a closing bracket or an appositive's end ("(R-Ohio)", ", an Ohio Republican,")."""
        k = n0
        while k > 0 and self.word[k - 1][:1].isupper() and self.kind[k - 1] == "word":
            k -= 1
        after = self.text[self.end[n1 - 1]:self.end[n1 - 1] + 40]
        after = after.split(")")[0] if after.lstrip().startswith("(") else ",".join(after.split(",")[:3])
        return self.text[self.start[k]:self.start[n0]], after

    def _subordinate_before(self, a: int, role_i: int) -> str:
        """The subordinate modifier of a description's role ("the deputy prime minister", "the former Tory
        leader", "the ex-chancellor"): ``""`` when there is none."""
        return next((found for k in range(self.mark_start[role_i] - 1, a - 1, -1)
                     if (found := self.described.subordinate_at(k))), "")

    def _unnamed_with_role(self, name: str, a: int) -> int:
        """Where the latest unnamed person given this role was mentioned as a speaker before token a ("said a
        Democratic lawmaker on the call", "according to a spokesperson for the department"), -1 if none was: a
        definite description after it ("the lawmaker added") points back to that person, not to someone named
        with the role before."""
        for idx, entity in reversed(self.history):
            if a - idx > WINDOW:
                break
            if idx < a and isinstance(entity, Entity) and entity.kind == "unnamed" and entity.role \
                    and name in role_heads(entity.role) \
                    and (entity.name or "").split(" ", 1)[0].lower() not in ("the", entity.role.split()[0]):
                return idx  # (not a definite or bare one: "Prime minister plans to ..." is no new person)
        return -1

    def _person_with_role(self, role: Role, a: int, *, name: str | None = None, reported: bool,
                          after: bool, since: int = -1) -> Person | None:
        """The person last named before token a with this role (else, with ``after``, the first named after it in
        its paragraph or the next: "the Russian leader" is not the "Soviet leader Mikhail Gorbachev" of a caption
        twenty paragraphs on).

        Names inside quotations do not count as the latest ("President Obama gave me ...," Trump said), and a
        person with the role who has spoken wins over one only named since, unless that one is named in the
        description's sentence or the one before.

        Args:
            role: the description's role.
            a: the description's first token.
            name: the role as the description gives it, where it differs from ``role.name`` ("deputy prime
                minister" for the role "prime minister" after "deputy").
            reported: among the people only named, count the roles the article gives outside quotation marks
                only (a person who has spoken counts with a role given anywhere).
            after: also look after the description (for a role the article gives outside quotation marks).
            since: only people named after this token (an unnamed person given the role there).
        """
        name = name or role.name
        wanted = {name}
        best: tuple[int, Person] | None = None
        after_a: tuple[int, Person] | None = None
        reported_holders = self._with_role_head(True).get(name, ())
        for person in self._with_role_head(reported).get(name, ()):
            if role.gender and self.described.gender(person) not in ("", role.gender):
                continue
            occurrences = [k for k in person.occurrences if not self.quoted(k) and not self._as_modifier(k)]
            k = bisect_left(occurrences, a)
            if k and occurrences[k - 1] > since:
                if best is None or occurrences[k - 1] > best[0]:
                    best = (occurrences[k - 1], person)
            elif occurrences and (after_a is None or occurrences[0] < after_a[0]) and occurrences[0] >= a \
                    and person in reported_holders and self.para(occurrences[0]) - self.para(a) <= 1:
                after_a = (occurrences[0], person)
        near = best is not None and self.sent(a) - self.sent(best[0]) <= 1
        for idx, entity in reversed(self.history):
            if idx >= a:
                continue
            if (best is not None and idx <= best[0] and near) or a - idx > WINDOW or idx <= since:
                break
            if isinstance(entity, Person) and any(d.heads & wanted for d in self.described.descriptors(entity)):
                best = (idx, entity)
                break
        chosen = best or (after_a if after and since < 0 else None)
        return chosen[1] if chosen else None

    def _as_modifier(self, k: int) -> bool:
        """Is the name at token k a modifier after an article ("the Obama administration"), not a mention of the
        person?"""
        return k > 0 and self.low[k - 1] in ("the", "a", "an")

    def _ends_with_role(self, a: int, role_i: int, b: int) -> bool:
        """Does the description [a, b) name one office and end with it ("the chancellor"; not "the attorney general
        of the U.S. Virgin Islands": a post-modifier introduces someone new; not "the mayor and governor": two)?"""
        return not any(self.kind[k] == "word" for k in range(self.mark_end[role_i], b)) \
            and "and" not in self.low[a:role_i]

    def _recent_without_role(self, role: Role, a: int) -> Person | None:
        """The person a definite description refers back to when the article gives its role to nobody (``the
        president said`` after Trump's quotation): the latest person who spoke within two sentences, else the
        latest person named outside quotation marks in the description's sentence or the one before, named in full
        with a known given name (``given_names.csv``) or by a leader's family name ("But Trump was not free from
        scrutiny ... the president pointed to polls"). The person must have no role of their own in the article
        and agree in gender. For offices with one holder only (``holders`` ``one`` in ``roles.csv``, or ``party``
        with a party's name: "the Tory leader"); a role that many hold goes to :meth:`_introduced_before`."""
        sentence = self.sent(a)
        named = next((entity for idx, entity in reversed(self.history)
                      if idx < a and isinstance(entity, Person) and self.sent(idx) >= sentence - 2), None)
        k = bisect_left(self.name_order, a)
        while named is None and k and self.sent(self.name_order[k - 1]) >= sentence - 1:
            index = self.name_order[k - 1]
            person = self.name_at[index][0]
            if not self.quoted(index) and not self._as_modifier(index) and (
                    person.key[0] in self.lex.given or not person.key[0] and not role.gender
                    and person.key[1] in self.lex.leader_surnames):  # not "the Queen" for Trump
                named = person
            k -= 1
        if named is None or any(d.role for d in self.described.descriptors(named)):
            return None
        if role.gender and self.described.gender(named) not in ("", role.gender):
            return None
        return named

    def _named_after_lead(self, role: Role, a: int, b: int, *, titled: bool = False) -> Person | None:
        """The person an opening description stands for (``title->lead``), or None.

        Only for the article's first speaker mention, in the first paragraph that has one, with no person named
        in full before it who speaks in the article (not a photographer's credit, nor capitals read as a name);
        the person is the first named in full (or, for a definite description, ``titled``, by an honorific and a
        family name: "The UK's top judge ... Lord Woolf") in the next paragraph,
        outside quotes, and must head a speaker
        mention of the article, agree in gender and have no description of another role; where that one is not it
        (no one named there, or someone else first), the first person named later, outside quotes, whom the
        article gives that very role, with one of
        the description's capitalised modifiers (a place, an organisation) beside one of their names if it has any
        ("A federal judge ruled ..." and, paragraphs on, "Judge Roger Titus, a Bush appointee, wrote").
        """
        if self.history or role.name in ("author", "writer", "columnist", "editor") \
                or any(self.low[k] in ("our", "my", "your") for k in range(a, b)):
            return None  # not the opening mention, or the writer's ("the author writes", "our president")
        named = sorted((p for p in self.people.values() if p.key[0] or titled and p.first > 0
                        and self.mark_kind[p.first - 1] == "title" and not self.mark_value[p.first - 1].role),
                       key=lambda p: p.first)  # (an honorific and a family name, "Lord Woolf"; not "President Obama")
        if any(p.first < a and not self.quoted(p.first) and p in self.heads for p in named):
            return None  # a speaker named before; not one named in passing ("Photo: Justin Tallis, AFP")
        following = [p for p in named if self.para(p.first) == self.para(a) + 1 and not self.quoted(p.first)]
        if following and self._may_be(following[0], role) and (
                not (heads := self._role_heads(following[0])) or role.name in heads
                or not role.type and not role.single):  # "a chemical weapons expert": a generic role, which
            return following[0]  # any office may be ("Hamish de Bretton-Gordon, a former commanding officer")
        # "angering a sheriff who says ..." and, a paragraph or more on (after others named first), "Sheriff Harry
        # Lee said": the first person named later whom the article gives that very role
        given = [p for p in named if self.para(p.first) > self.para(a) and not self.quoted(p.first)
                 and role.name in self._role_heads(p) and self._modifiers_near(a, b, p)][:1]
        return given[0] if given and self._may_be(given[0], role) else None

    def _may_be(self, person: Person, role: Role) -> bool:
        """May the person be the one a description with the role stands for: a speaker of the article, of the
        role's gender where it has one?"""
        return person in self.heads and not (role.gender and self.described.gender(person) not in ("", role.gender))

    def _modifiers_near(self, a: int, b: int, person: Person) -> bool:
        """Does one capitalised modifier of the description tokens[a:b] (a place, an organisation: "Florida",
        "NATO", "Facebook's") stand within six tokens before one of the person's names, or has it none? ("the
        Florida senator" is not "Texas Sen. Ted Cruz")"""
        modifiers = {self.low[k] for k in range(a, b) if self.is_cap(k) and self.function_kind[k] is None}
        return not modifiers or any(self.low[k] in modifiers for start, _end, _run in person.spans
                                    for k in range(max(0, start - 6), start))  # (a possessive's "'s" is a token)

    def _role_heads(self, person: Person) -> set[str]:
        """The role heads of every description the article gives the person."""
        return {h for d in self.described.descriptors(person) if d.role for h in d.heads}

    def _with_role_head(self, reported: bool) -> dict[str, list[Person]]:
        """The people of the article by each role head the article gives them, outside quotation marks only
        (``reported``) or anywhere (computed once each)."""
        index = self._role_index.get(reported)
        if index is None:
            index = self._role_index[reported] = {}
            describe = self.described.reported_descriptors if reported else self.described.descriptors
            for person in self.people.values():
                descs = describe(person)
                if not person.key[0]:  # a lone word named only in an appositive is too weak ("Nation, the ...")
                    descs = [d for d in descs if d.source in ("pre", "title")]
                for head in dict.fromkeys(h for d in descs for h in d.heads):
                    index.setdefault(head, []).append(person)
        return index

    def _possessor_only(self, role_i: int, core: int) -> bool:
        """Is the role at role_i only the possessor of a group or an office that speaks ("the congressman's
        siblings", "the speaker's office", "the president's legal team")? Not when only modifiers follow the
        possessive ("the president's recent [comments]": the president speaks)."""
        end = self.mark_end[role_i]
        last = core - 1
        if end >= last or self.kind[end] != "poss":
            return False
        word = self.low[last]
        return word in self.lex.collectives or self.mark_kind[last] == "org" \
            or self.word[last].islower() and word.endswith("s") and not word.endswith("ss")

    def _person_of_age(self, a: int, core: int) -> Person | None:
        """The person an age description stands for (``the 36-year-old said`` after ``Wendi Garcia, 36,``): the
        latest person before it whose name is followed by that age in commas or brackets, else the person who spoke
        last within two sentences (news calls the latest speaker by age), else the person named first, as its
        subject, in the sentence before; none of them given another age."""
        age = next((self.low[k] for k in range(a, core - 2)
                    if self.low[k].isdigit() and self.low[k + 1] == "-" and self.low[k + 2] == "year-old"), None)
        if age is None:
            return None
        best: tuple[int, Person] | None = None
        aged: set[Person] = set()  # people given an age in the article
        for person in self.people.values():
            for start, end, _run in person.spans:
                if start < a and end + 1 < a and self.low[end] in (",", "(") and self.low[end + 1].isdigit():
                    aged.add(person)
                    if self.low[end + 1] == age and (best is None or start > best[0]):
                        best = (start, person)
        if best is None:  # no one of that age: the person who spoke last, within two sentences, if given no age
            best = next(((idx, entity) for idx, entity in reversed(self.history) if idx < a and isinstance(
                entity, Person) and entity not in aged and self.sent(a) - self.sent(idx) <= 2), None)
        if best is None:  # else the person named first in the sentence before, as its subject ("Mr Spector is free
            subject = self._subject_before(a)  # on bail. The 64-year-old has denied the killing")
            if subject is not None and subject not in aged:
                return subject
        return best[1] if best else None

    def _subject_before(self, a: int) -> Person | None:
        """The person named first in the sentence before token a's, as its subject (after any title or role, and
        after a name that modifies a noun: "Obama partisan David Plouffe retaliated"; not a possessor: "Cudicini's red
        card"), or None."""
        if self.sent(a) == 0:
            return None
        first = self.first_token_of_sentence(self.sent(a) - 1)
        while first < a and self.mark_kind[first] in ("title", "role"):
            first += 1
        named = self.name_at.get(first)
        if named is not None and self._lower_noun(named[1]):  # a name, then nouns, then the subject's name
            after = next((k for k in range(named[1] + 1, min(a, named[1] + 3)) if k in self.name_at), None)
            if after is not None and all(self._lower_noun(k) for k in range(named[1], after)):
                named = self.name_at[after]
        return named[0] if named is not None and self.kind[named[1]] != "poss" else None

    def _lower_noun(self, k: int) -> bool:
        """May token k be a lower-case noun: no function word and nothing like a verb?"""
        return self.word[k][:1].islower() and self.function(k) is None and not self._past_or_cue_form(k)

    def _fits_post_modifier(self, person: Person, role_i: int, b: int) -> bool:
        """Does the person fit the organisation a description names after its role with "of", "at" or "for" ("the
        director of the WHO", "The chief executive of Angie's List")? False only where the article ties the person
        to organisations and none shares a word or the initials of the one named, nor stands within eight tokens of
        one of their names (Tim Cook, of Apple, is no chief executive of Angie's List); places do not count ("the
        senator from Texas", "the President of the United States")."""
        end = self.mark_end[role_i]
        if end >= b or self.low[end] not in ("of", "at", "for"):
            return True
        words = [self.low[k] for k in range(end + 1, b) if self.is_cap(k) and self.function(k) is None
                 and self.mark_kind[k] not in ("place", "country")]
        orgs = {word.lower() for d in self.described.descriptors(person) for word in (d.org or "").split() + [
            w for w in (d.role or "").split() if len(w) > 1 and w.isupper()]}  # an acronym in the role: "FBI Director"
        if not words or not orgs:
            return True
        initials = "".join(word[0] for word in words)
        return bool(orgs & set(words)) or initials in orgs or any(
            self.low[k] in words for start, stop, _run in person.spans
            for k in range(max(0, start - 8), min(self.n, stop + 8)))

    def _named_in_apposition(self, b: int) -> Person | None:
        """The person named in full in an appositive right after a description that ends at token b (", former
        WorldCom financial chief Scott Sullivan,"): after the comma, only titles, roles, places, organisations and
        lower-case modifiers before the name, and a comma or the sentence's end after it; else None."""
        if b + 1 >= self.n or self.word[b] != "," or self.quoted(b):
            return None
        k = b + 1
        while k < min(self.n, b + 8):
            hit = self.name_at.get(k)
            end = hit[1] if hit is not None else k + 1
            modifier = end < self.n and self.kind[end] == "word" and (self.mark_kind[end] in ("role", "modifier")
                                                                       or self.word[end].islower()
                                                                       and not self._past_or_cue_form(end))
            if hit is not None and not modifier:  # (a name before a role modifies it: "WorldCom financial chief")
                closes = end >= self.n or self.word[end] in (",", ".") or self.sent(end) != self.sent(b)
                return hit[0] if hit[0].key[0] and closes else None
            if self.word[k] == "." and self.mark_kind[k - 1] == "title":
                k += 1  # "Sen. Tom Blake"
                continue
            if self.kind[k] not in ("word", "abbr") or self._past_or_cue_form(k) \
                    or self.function(k) not in (None, "determiner") \
                    or not (hit is not None or self.mark_kind[k] or self.word[k][:1].islower()):
                return None
            k = end
        return None

    def _given_other_roles(self, person: Person, role: Role) -> bool:
        """Does the article give the person roles, none of them this one?"""
        heads = self._role_heads(person)
        return bool(heads) and role.name not in heads

    def _past_or_cue_form(self, k: int) -> bool:
        """Is the word at token k a cue's form, a past form or a form in -ed, so perhaps a verb? (Narrower than
        :meth:`analysis.speakers.reading.Reading.verb_like`, which counts function words and forms in -s too: a
        plural noun stays a noun here.)"""
        word = self.low[k]
        return word in self.lex.cue_forms or word in self.lex.past_forms or word.endswith("ed")

    def _introduced_before(self, role: Role, a: int) -> Person | None:
        """The person a definite description of a role that many hold stands for when the article gives that role
        to nobody: the subject of the sentence before (:meth:`_subject_before`), named in full with a known given name
        and the only person so named in that sentence (others the article gives only other roles aside), with no role
        of their own and of the role's gender; no person named between ("Jacob Walker, 44, a political independent,
        saw the holiday as a moment for reflection. ... the school administrator said"). News calls the person it has
        just introduced by a description as often as by name; it introduces a new person by an indefinite one ("a
        school administrator"). Never for an anonymous role ("The Tory source said")."""
        named = None if role.anonymous else self._subject_before(a)
        if named is None or named.key[0] not in self.lex.given:
            return None
        sentence = self.sent(a)
        k = bisect_left(self.name_order, a)
        while k and self.sent(self.name_order[k - 1]) >= sentence - 1:
            other = self.name_at[self.name_order[k - 1]][0]
            if other is not named and (other.key[0] or self.sent(self.name_order[k - 1]) == sentence) \
                    and not self._given_other_roles(other, role):
                return None  # someone else named in full in that sentence, or anyone since ("Plouffe retaliated,
                # fighting Issa's charge": not Issa, a chairman)
            k -= 1
        if any(d.role for d in self.described.descriptors(named)) \
                or role.gender and self.described.gender(named) not in ("", role.gender):
            return None
        return named
