"""Pass 3 of the speaker passes: each speaker mention resolved to the speaker it names.

Mentions are resolved in article order; the rule that decided is :attr:`Speaker.rule`:

======================== ======================================================================
rule                     meaning
======================== ======================================================================
``full-name``            the mention's head is a name of two or more words
``coordinated-names``    two people named in full on either side of one "and" ("Tony Blair and Gordon
                         Brown"), or one word on each side ("Gallup and Rasmussen", "Boehner and Obama"; not
                         after "of": "The chief executives of Facebook and Google"): one speaker naming both, a
                         group "they" may point back to
``surname->full``        a one-word family name linked to the person named in full in the article
``given->full``          a one-word given name linked to the person named in full (``Hillary``)
``surname-only``         a one-word name never given in full in the article
``shared-family-name``   a given name sharing the family name of a full name after "and" (``Khizr and Ghazala Khan``)
``pronoun->recent``      he/she: the person a description by role opening the sentence names, no name between
                         (``The pilot had been holding ..., and he requested``); else the compatible person (or
                         described person, ``the woman``) attributed or named earlier in the sentence, else in the
                         closest sentence before (up to three paragraphs back, names inside quotes skipped)
``pronoun->group``       they/it: the most recent group, organisation or document source; for they, a plural
                         subject headed by a person's role named since, in its sentence or the one before
                         (``Marine officers would not talk. They said ...``), or by a party's members not joined
                         to another noun by and/or (``Congressional Republicans are opposed, and they vowed``),
                         or two people named as one
                         subject (``Michael Howard and John Redwood launched ... They say``)
``relative->antecedent`` who/which: the noun phrase right before it when its head is a person's role or a share
                         of people (``a Russian lawyer who promised``, ``the official, who asked``, ``top
                         officials at the Treasury who``), resolved as that mention would be; else the
                         organisation named right before it (``the Music Managers' Forum (MMF), who say``; not
                         after a preposition, nor a party's member or an office); else the person
                         named just before in the sentence (also where the phrase describes that name:
                         ``Klein, a Vermont senator who``); else the plural noun phrase right before ``who``
                         (``minority residents, who claim ...``), as written
``pronoun-unresolved``   a pronoun with no compatible antecedent (speaker is None)
``pronoun-writer``       I/we/one, and "you" inside quotation marks (outside them it gives no row): the writer or
                         reader, never resolved (speaker is None); but "One said" right after an unnamed plural
                         source is ``one of`` that source (``pronoun->group``)
``title->named``         a definite description (``the spokesman``) resolved to the person the
                         article names with that role (last before it, else first after it); a title given
                         only inside a quotation ("President Obama gave me ...," Trump said) counts last,
                         after ``title->lead`` and ``title->recent``, and never after the description; a
                         deputy, shadow, acting or former holder of an office with one holder is not "the"
                         holder (``Deputy Prime Minister John Prescott`` is not ``the prime minister``), but
                         ``the deputy prime minister`` is; the role may be a broader word or a synonym
                         (``broader`` in roles.csv: ``Rep. Adam Schiff`` is ``the California congressman``);
                         after an unnamed speaker given the role (``said a Democratic lawmaker``), the
                         description stays that unnamed one (``the lawmaker added``); a role that only owns
                         the group or office that speaks (``the congressman's siblings``) names no one
``title->leader``        a description of an office with a country (``the German chancellor``, ``the French
                         president``) that the article gives nobody: the head of state or government of that
                         country (the gazetteer's leaders) named latest before it; a bare ``the prime minister``,
                         ``the premier`` or ``the president``: the one such leader named before it whom the
                         article gives no other office (``Chancellor Gordon Brown`` is none)
``title->lead``          the article's first speaker mention, a definite description in its opening paragraph
                         (``Gordon Brown's closest ally has denied ...``), resolved to the person named first
                         in the next paragraph when that person speaks in the article, agrees in gender and
                         has no other role (news leads describe the source, then name them); later mentions
                         of that role follow
``title->recent``        a definite description of an office with one holder (``the chancellor``; or one in each
                         party, narrowed by a party's name: ``the Tory leader``, ``the Republican nominee``) that
                         the article gives nobody: the person who spoke just before, else the person just named,
                         when that one has no role of their own and the description no post-modifier; once
                         found, the office keeps that holder for the rest of the article
``title->introduced``    a definite description of a role many hold (``the school administrator``) that the article
                         gives nobody: the person named in full as the subject of the sentence before, when no
                         one else is named in full there and no one since, and that person has no role of
                         their own (news introduces a person by name, then calls them by a description)
``party->named``         a definite description by party (``the Ohio Republican``, ``the Democrat``) resolved to
                         the person the article gives that party with that state beside the name, else a party
                         member named in its sentence or the two before, else the subject just named there
                         who has no other party
``age->named``           an age description (``the 36-year-old``) resolved to the person named before it with
                         that age after the name (``Wendi Garcia, 36,``), else to the person who spoke last within
                         two sentences when the article gives them no age, else to the person named first in the
                         sentence before (``Mr Spector is free on bail. The 64-year-old has denied ...``)
``organisation``         a named organisation (``the State Department``, ``CNN``; an acronym the article
                         spells out: ``the ONS`` -> ``Office for National Statistics``)
``organisation->named``  a description of an organisation (``the company``, ``the think-tank``, ``its
                         developers``) resolved to an organisation named before it: one whose name holds its noun,
                         else one named in its sentence, else the subject of its sentence or the one before
                         (after an opening phrase too: ``In September, Amazon pledged``), else the organisation
                         that spoke last when it spoke in the two sentences before, else one that spoke, else the
                         first named; never a party's word (``a Republican proposal``); after a country's
                         adjective (``the French group``, ``the US firm``) only one the article places in that
                         country (else the description stays unnamed, with its country)
                         (:meth:`Organisations.salient_before`); but the unnamed organisation that spoke just
                         before, in its sentence or the one before (``the opposition alliance said ... The group
                         called``), and none for a description followed by its own name (``the press team for
                         MSNBC``); ``the administration``, ``the campaign``
                         (``modified`` in organisation_nouns.csv): the phrase before it where a name modifies
                         the noun (``the Obama administration``)
``organisation->lead``   the article's first speaker mention, a description of an organisation in the opening
                         paragraph that no organisation named before stands for (``..., the elections watchdog
                         has said``, ``a trade body has warned``): the first organisation of the next paragraph
                         standing as subject of its sentence (``In a new report, the Electoral Commission
                         says``), of the noun's kind
``pronoun->organisation`` it: a country opening its sentence or the one before as the subject (``North Korea has
                         been engaged in ... It has denied``, not ``France and Germany``), as the state; an
                         organisation standing as subject of its sentence or the one before, named since the
                         latest source (``The Treasury said ... The Bank of Albion disagreed. It said``; not
                         after a preposition, before a noun, or a party's members: ``Republicans``); a
                         definite description of an organisation as that subject, resolved as a mention would be
                         (``Under President Chavez, the Venezuelan government has expanded ... It recently
                         said``), else a one-word source of those sentences that nothing marks as a person (``Apple said``);
                         it/they with no earlier source: the organisation named before it in its sentence; else
                         for it, the source of the sentence before when nothing marks it as a person (``Norvex
                         said the bid from Brightwater was low. However, it said``); else the organisation named
                         last in the sentence before
``pronoun->document``    it with no earlier source or organisation: the document that opens the sentence before
                         (``The report also includes ... It also suggests that ...``)
``country``              a country speaking (``China said``, ``the Russians said``); its people as a plural
                         demonym without ``the`` (``Most Americans say``) are an ``unnamed`` group with
                         that ``speaker_country``
``place``                a city standing for its government (``Beijing``, ``Washington``)
``unnamed``              an unnamed source (``analysts``, ``a senior US official``), kept as written
``document``             a non-person source (``a poll``, ``the report``), kept as written
``document->owner``      a document or speech of someone a possessive names (``His message to the chancellor
                         was: "..."``, ``their statement said``): the person or source the possessive points to,
                         as a pronoun would; ``the report`` after a source that reported, with no document source
                         since (``the Sunday Ledger reported. ... the report added``): that source; ``the
                         statement`` after a source that made one (``released a statement saying``)
``document->named``      a bare definite description of a document (``the report said``) resolved to the
                         document source before it, in its paragraph or the two before, that named the same
                         kind of document and said more (``a report by Jupiter Research``), else to the latest
                         document source when it named a kind the description's word is broader than or a
                         synonym of (``broader`` in roles.csv: ``a study by Gartner ... the report said``)
``document->title``      a definite description of a document (``the book claims``; with its owner, ``The IPPR
                         report says``) resolved to the title a document of that kind was given in apposition
                         before it (``a new book, Brown's Britain by Robert Peston``)
``no-mention``           the mention span holds no word
======================== ======================================================================

A row resolved by ``title->recent``, ``title->introduced``, ``title->lead``, ``title->leader``, ``party->named`` or
``age->named`` carries the role, organisation and country its description gives ("The Scottish Conservative leader" ->
David McLetchie: Scottish Conservative leader, Conservative Party, United Kingdom) where the article's other words
about the person leave them empty; the person's other rows keep their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from operator import index
from typing import SupportsIndex

from analysis.speakers.descriptions import Descriptions
from analysis.speakers.lexicon import Pronoun, Role, mention_text
from analysis.speakers.organisations import Organisations
from analysis.speakers.people import People
from analysis.speakers.reading import Reading
from analysis.speakers.records import Entity, Person, Speaker
from analysis.speakers.sources import NonPersonSources
from analysis.text.document import Document

_LEAD_ADVERBS = frozenset(("then", "now", "even", "only", "just", "also", "still", "perhaps", "maybe", "probably",
                           "surely"))
"""Adverbs that may open a speaker mention without being part of the speaker ("Then the president said")."""

_DESCRIBING = frozenset(("title->recent", "title->introduced", "title->lead", "title->leader", "party->named",
                         "age->named"))
"""Rules that resolve a description of one person to a person named elsewhere: what the description says of them
(role, organisation, country) fills what the article's other words about them leave empty."""

_CLAUSE_WORDS = frozenset(("where", "that", "which", "who", "because", "if", "when", "while", "although"))
"""Words that open the clause an attribution set off inside the sentence reports ("where, he suggested, ...")."""


class Resolver(NonPersonSources):
    """Resolves the speaker mentions of one article, reading the people and what the article says of them."""

    def __init__(self, described: Descriptions, organisations: Organisations) -> None:
        super().__init__(described.reading)
        self.described = described
        self.organisations = organisations
        self.people = described.people
        self.name_at = described.name_at
        self.name_order = sorted(self.name_at)
        self.heads: set[Person] = set()  # people whose names head a mention
        self.named_heads: set[Person] = set()  # people whose full names head a mention
        self.history: list[tuple[int, Person | Entity]] = []  # what each mention resolved to, in order
        self._role_index: dict[bool, dict[str, list[Person]]] = {}
        self._last_index: dict[str, list[Person]] | None = None
        self._lead_roles: dict[str, Person] = {}  # the role of the opening description -> the person named next
        self._office_holders: dict[str, Person] = {}  # an office resolved by title->recent -> its holder
        self._named_countries: set[str] | None = None
        self._administrations: set[str] | None = None
        self._pronoun_genders: dict[Person, str] = {}  # "He added ...": the gender a resolved he/she gave

    def resolve(self, mentions: Sequence[tuple[int, int]]) -> list[Speaker]:
        """Resolve each mention (character offsets, in article order); one :class:`Speaker` each."""
        ranges = [self.token_range(s, e) for s, e in mentions]
        for a, b in ranges:
            head = self._head_name(a, b)
            if head is not None:
                self.heads.add(self.name_at[head][0])
                if self.name_at[head][1] > head + 1 and self.name_at[head][2] == "full-name":
                    self.named_heads.add(self.name_at[head][0])
        out = []
        for a, b in ranges:
            speaker, entity = self._resolve_one(a, b)
            if speaker.rule in _DESCRIBING:
                # what a description of the person says ("David McLetchie has resigned ... The Scottish Conservative
                # leader had insisted"), where the article's other words about them leave it empty (on this row only:
                # the description, not the person, is what this mention shows)
                lead = self._skip_lead(a, b)
                role, org, country = self.described.mention_profile(lead, self._core_end(lead, b), b)
                speaker = replace(speaker, role=speaker.role or role, org=speaker.org or org,
                                  country=speaker.country or country)
            out.append(speaker)
            if isinstance(entity, Entity) and entity.speaker is None:
                entity.speaker = speaker
            if entity is not None and a < self.n and not self.quoted(a):
                self.history.append((a, entity))  # (a source a quotation names is no antecedent outside it)
        return out

    def _skip_lead(self, a: int, b: int) -> int:
        """Skip "by", "according to", punctuation, a leading focus adverb ("Then the president", "Even Barbara Bush",
        "Only 42 percent of voters") and "something" ("..., something Moscow denies") at the start of a mention."""
        while a < b and (self.kind[a] in ("punct", "quote") or self.function(a) == "preposition"
                         or self.low[a] == "to" and a > 0 and self.low[a - 1] == "according"
                         or a + 1 < b and self.kind[a + 1] == "word" and (
                             self.low[a] in _LEAD_ADVERBS and self.word[a][:1].isupper() and not self.word[a].isupper()
                             and self.function(a + 1) != "preposition"  # (not "Even without changes the commission")
                             or self.word[a] in ("something", "anything"))):
            a += 1
        return a

    def _head_name(self, a: int, b: int) -> int | None:
        """The name heading a mention: the first name before any comma, preposition or relative pronoun, not
        followed by a possessive or a common noun ("Clinton" in "the Clinton campaign" or "Trump's aide")."""
        if a >= b:
            return None
        core = self._core_end(a, b)
        candidates = list(range(a, core))
        # "His campaign manager, Jeff Weaver,", "The chairman of X, Gen. Y": the name after the comma
        if self.mark_kind[core - 1] == "role" or self.kind[core - 1] == "word" and self.word[core - 1].islower() \
                and self.function(core - 1) is None or self.low[a] == "one" and self.low[a + 1:a + 2] == ["of"]:
            # ("one of the colony's top legal experts, Simon Young")
            comma = next((k for k in range(core, b) if self.word[k] == ","), None)
            if comma is not None:  # after the comma or a title there ("Gen. Y"); not "the survey, conducted by Ipsos"
                candidates.extend(k for k in range(comma + 1, min(b, comma + 7))
                                  if all(self.mark_kind[j] in ("title", "role", "place", "country") or self.word[j] == "."
                                         or j == comma + 1 and self.low[j] == "the"
                                         for j in range(comma + 1, k)))  # ("His running mate, Indiana Gov. Mike Pence",
                # "The Bishop of Durham, the Rt Rev Dr Tom Wright")
        heads = []
        inside_org = -1  # the end of the organisation-name part skipped last
        for i in candidates:
            hit = self.name_at.get(i)
            if hit is None:
                continue
            if i - 2 >= a and (self.low[i - 1] in ("for", "of", "on") and (self.mark_kind[i - 2] == "org"
                                                                         or inside_org == i - 1)
                               or self.low[i - 1] == "and" and inside_org == i - 1):
                inside_org = hit[1]  # "The Office for National Statistics", "Center on Budget and Policy
                continue  # Priorities": the rest of an organisation's name
            if not hit[0].key[0] and i - 2 >= a and self.low[i - 1] in ("for", "of", "and", "&") \
                    and self.is_cap(i - 2) and self.function(i - 2) is None and hit[1] >= b:
                inside_org = hit[1]  # "Americans for Prosperity", "the Globe and Mail": a one-word family name
                continue  # closing a capitalised name joined by "for", "of" or "and" ends an organisation's name
            if not hit[0].key[0] and hit[1] + 1 < b and self.low[hit[1]] in ("of", "for") \
                    and self.is_cap(hit[1] + 1) and any(self.low[k] == "the" for k in range(a, i)):
                inside_org = hit[1]  # "The British Chambers of Commerce", "the Assemblies of God": a family name
                continue  # after "the" opens an organisation's name
            end = hit[1]  # may pass b: a mention cut inside a name ("Mr. Wang" of "Mr. Wang Wenbin")
            if end < b and end + 1 < b and (self.kind[end] == "poss" or self.word[end] in ("'", "/")):
                continue  # "Trump's aide", "an NPR/PBS NewsHour/Marist poll": a modifier of what follows
            if self._joined_possessor(end, b):
                inside_org = hit[1]  # "Ernst and Young's Sanjay Mehta": the first half of the possessor's name
                continue
            if end < b and self.kind[end] == "word" and not self.word[end][0].isupper() and self.function(end) is None \
                    or end + 1 < b and self.joins_phrase(end):
                continue  # (and "Kosachev and other senior officials", "Trump and his allies": a group speaks)
            heads.append(i)
        if not heads:
            return self._name_closing_role(core, b)
        # "US Customs and Border Protection Commissioner Kevin McAleenan": the name a role or title introduces,
        # when the first is no sure person's name ("Both President Obama and GOP nominee Mitt Romney": two people)
        first, first_end, first_rule = self.name_at[heads[0]]
        if len(heads) > 1 and (not self.described.confirmed(first, set())
                               or first_rule == "given->full" and first_end == heads[0] + 1):
            # (a lone word taken for a given name, "Customs" of "Customs Enforcement", is no sure name either)
            return next((i for i in heads[1:] if self.mark_kind[i - 1] in ("role", "title")), heads[0])
        return heads[0]

    def _set_off_attribution(self, a: int) -> int:
        """Where the words reported start when the pronoun at a is the subject of a short attribution set off by a
        comma after them: at most three words after it before a comma or the sentence's end ("..., it says.",
        "..., they argued, ...", "..., he said on Monday."), in a clause after the sentence's start or its last
        colon, semicolon or dash that opens with no subordinate clause or preposition ("When Trump arrived, he
        said": he may be Trump); -1 elsewhere."""
        first = self.first_token_of_sentence(self.sent(a))
        end = next((k for k in range(a + 1, min(self.n, a + 5))
                    if self.kind[k] != "word" or self.sent(k) != self.sent(a)), -1)
        if end < 0 or self.sent(end) == self.sent(a) and (self.word[end] not in (",", ".", ";", "!", "?")
                                                          or end - a > 4):
            return -1
        inside = self.sent(end) == self.sent(a) and self.word[end] == ","  # set off inside the sentence
        start = max((k + 1 for k in range(first, a - 1) if self.word[k] in (":", ";", "\u2014", "--")
                     or inside and self.low[k] in _CLAUSE_WORDS), default=first)  # (not "... his attacks on
        # cities where, he suggested, criminals ...": the reported words open after "where"; but at the sentence's end
        # the sentence: "the must-haves that will dominate 2006, it says.")
        if a < 2 or self.word[a - 1] != "," or start >= a - 1 or self.function(start) in ("preposition", "conjunction") \
                or self.low[start] in self.lex.subordinate:
            return -1
        return start

    def _joined_possessor(self, end: int, b: int) -> bool:
        """Does "and" (or "&") join the name ending at ``end`` to capitalised words that end in a possessive, with a
        name after it ("Ernst and Young's Sanjay Mehta", "Marks and Spencer's chief executive Stuart Rose")? The two
        halves name the possessor, not the speaker."""
        if end + 2 >= b or self.low[end] not in ("and", "&"):
            return False
        k = end + 1
        while k < b and k < end + 4 and self.kind[k] == "word" and self.is_cap(k):
            k += 1
        return k > end + 1 and k + 1 < b and (self.kind[k] == "poss" or self.word[k] == "'") \
            and any(j in self.name_at for j in range(k + 1, b))

    def _name_closing_role(self, core: int, b: int) -> int | None:
        """The full name that closes a role's post-modifier after a plain noun ("outgoing chairman of the party John
        Burton", "Merck's head of research Peter Kim"), or None: not after a role or title of its own (the role's
        principal: "a spokesman for Senate Minority Leader Mitch McConnell"), not after a preposition ("the
        administration of John Smith"), not one word without a known given name ("... capital Indianapolis")."""
        role = self.mark_value[core - 1] if self.mark_kind[core - 1] == "role" else None
        last = next((k for k in range(b - 1, core - 1, -1) if k in self.name_at and self.name_at[k][1] == b), None)
        if role is None or role.plural or role.document or last is None or b - last < 2 \
                or self.low[last] not in self.lex.given and self.name_at[last][1] - last < 2:
            return None  # (a name of two words needs no known given name: "minister for civil aviation Praful Patel")
        before = last - 1
        return last if before > core and self.kind[before] == "word" and self.function(before) is None \
            and self.mark_kind[before] not in ("role", "title") \
            and (self.low[last] in self.lex.given or self.word[before].islower()) else None  # (not "... Pacific
        # Affairs Danny Russel": an unknown given name only after a word in lower case)

    def _resolve_one(self, a: int, b: int) -> tuple[Speaker, Person | Entity | None]:
        a = self._skip_lead(a, b)
        while b - a > 1 and self.low[b - 1] in self.lex.pronouns and self.low[b - 1].endswith(("self", "selves")):
            b -= 1  # "Trump himself", "Mrs. Clinton herself": the reflexive stresses who speaks
        if a >= b:
            return Speaker(None, False, None, None, "unnamed", None, "no-mention"), None
        if b - a == 1 and self.kind[a] == "word" and (pronoun := self._pronoun_at(a)) is not None:
            return self._resolve_pronoun(a, pronoun)  # "he", and "you'd", "we'll": a pronoun and a verb in one
        organisation = self._organisation_after_noun(a, b) or self._organisation_before_appositive(a, b)
        # ("Chemical giant Monsanto": not "Chemical"; "Napa Valley Vintners, a trade group, said")
        if organisation is not None:
            return organisation
        both = self._coordinated_people(a, b)
        if both is not None:
            return both
        head = self._head_name(a, b)
        if head is not None:
            person, _end, rule = self.name_at[head]
            if rule == "surname->full":
                person, rule = self._family_speaker(person, rule)
            if rule != "surname-only" or not self.described.common_noun(person):
                if rule == "full-name" and not person.key[0]:
                    rule = "surname-only"
                return self._person_speaker(person, rule), person
        known = self._known_name(a, b)
        if known is not None:
            return self._person_speaker(known, "full-name" if known.key[0] else "surname-only"), known
        named = self._named_non_person(a, b)
        if named is not None:
            return named
        return self._resolve_description(a, b)

    def _pronoun_at(self, a: int) -> Pronoun | None:
        """The pronoun token a is, or opens with an auxiliary's contraction ("you'd", "we'll", "they've")."""
        low = self.low[a]
        return self.lex.pronouns.get(low) or self.lex.pronouns.get(low.replace("\u2019", "'").partition("'")[0])

    def _family_speaker(self, person: Person, rule: str) -> tuple[Person, str]:
        """A lone family name that two people named in full share is the one a mention names in full as a speaker,
        when only one is and the article writes the family name alone only after that speaker is named ("Dwight D.
        Eisenhower made ... said his grandson, David Eisenhower ... said Eisenhower"; not "Edward Snowden ...
        Snowden told ... his father, Lonnie Snowden, said": the lone name was Edward's before his father spoke)."""
        if person in self.named_heads:
            return person, rule
        speakers = [p for p in self.named_heads if p.key[1] == person.key[1] and p.key[0] != person.key[0]]
        if len(speakers) != 1 or any(n1 == n0 + 1 and n0 < speakers[0].first for n0, n1, _r0 in person.spans):
            return person, rule
        return speakers[0], "surname->speaker"

    def _coordinated_people(self, a: int, b: int) -> tuple[Speaker, Entity] | None:
        """Two people named on either side of one "and", each name closing its side ("Tony Blair and Gordon Brown",
        "Both Senator Biden and Senator Hagel", "President Obama and GOP nominee Mitt Romney"), or one word alone
        on each side ("Gallup and Rasmussen"): one speaker naming both (``coordinated-names``), a group "they" may
        point back to."""
        joins = [k for k in range(a + 1, b - 1) if self.low[k] == "and"]
        if len(joins) != 1:
            return None
        join = joins[0]
        listed = self._listed_people(a, [k for k in range(a + 1, join) if self.low[k] == ","])
        if listed is None:
            return None
        listed_people, a = listed  # a list's last item before "and" pairs with the name after it, as two names do
        left = next((k for k in range(a, join) if k in self.name_at and self.name_at[k][1] == join), None)
        right = next((k for k in range(join + 1, b) if k in self.name_at and self.name_at[k][1] >= b), None)
        if left is None or right is None:
            return None
        first, second = self.name_at[left][0], self.name_at[right][0]
        if first is second or not (first.key[0] and second.key[0]) and not (
                left + 1 == join and right + 1 == b and self.kind[left] == self.kind[right] == "word"
                and self.low[left] != self.low[right] and "of" not in self.low[a:left]):  # (not "The chief
            # executives of Facebook and Google")
            return None  # full names, or one word each side alone ("GM and Ford blamed"); not "Johnson & Johnson"
        if self.name_at[left][2] == "given->full" and self.name_at[left][1] == left + 1 \
                and self.low[left] not in self.lex.given:
            return None  # "US Customs and Border Protection Commissioner X": "Customs" is no given name of "Customs
            # Enforcement" named later
        one, two = self._person_speaker(first, "coordinated-names"), self._person_speaker(second, "coordinated-names")
        others = [self._person_speaker(person, "coordinated-names") for person in listed_people]
        if len({first, second, *listed_people}) != len(listed_people) + 2 \
                or any(not person.key[0] for person in listed_people) and first.key[0]:
            return None  # (a list names each person once, in full where the pair does)
        name = ", ".join(o.speaker for o in others + [one]) + f" and {two.speaker}"
        speaker = Speaker(name, True, None, None, one.type if one.type == two.type else "other",
                          one.country if one.country == two.country else None, "coordinated-names")
        return speaker, Entity(name, "group", "pl", speaker=speaker)

    def _listed_people(self, a: int, commas: list[int]) -> tuple[list[Person], int] | None:
        """The items of a list of names before its "and" ("Cruz, Hawley and Sen. Jerry Moran"): the people the
        stretches between ``a`` and the commas name, each a name filling its stretch, and where the last stretch
        (the pair's left side, read by the caller) starts; ([], a) without a comma. None when a stretch before the
        last comma is no name alone."""
        starts = [a] + [c + 1 for c in commas]
        people: list[Person] = []
        for start, end in zip(starts, commas):
            k = next((k for k in range(start, end) if k in self.name_at and self.name_at[k][1] == end), None)
            if k is None or any(self.kind[j] == "word" and not self.is_cap(j) for j in range(start, k)):
                return None
            people.append(self.name_at[k][0])
        return people, starts[-1]

    def _known_name(self, a: int, b: int) -> Person | None:
        """A mention written as a name found elsewhere in the article, where this occurrence was not read as a
        name (a title-case headline: "Ted Cruz Refuses To ...")."""
        words = [k for k in range(a, b) if self.kind[k] == "word"]
        if not words or not all(self.is_cap(k) for k in words) or len(words) > 3:
            return None
        key = (self.low[words[0]], self.low[words[-1]])
        person = self.people.get(key) if len(words) > 1 else None
        if person is None and len(words) == 1:
            pool = [p for p in self._by_last().get(key[1], ()) if p.key[0]]
            person = min(pool, key=lambda p: p.first) if pool else None
        return person

    def _resolve_description(self, a: int, b: int) -> tuple[Speaker, Person | Entity]:
        mention = mention_text(self.span_text(a, b)) or None
        core = self._core_end(a, b)
        organisation = self._organisation_described(a, b, core)
        if organisation is not None:
            return organisation
        first = self._first_of_two_roles(a, core)
        if first is not None:
            return first
        aged = self._person_of_age(a, core) if self.low[a] in self.lex.definite else None
        if aged is not None:
            return self._person_speaker(aged, "age->named"), aged
        role_i = max((k for k in range(a, core) if self.mark_kind[k] == "role"), default=None)
        if role_i is not None and self._possessor_only(role_i, core):
            role_i = None  # "the congressman's siblings": the role names whose they are, not the speaker
        role_value: Role | None = self.mark_value[role_i] if role_i is not None else None
        # "our correspondent", "our political editor" outside a quotation: the outlet's own, named as any other
        definite = self.low[a] in self.lex.definite or self.low[a] == "our" and not self.quoted(a)
        if definite and role_value is not None and not role_value.document and not role_value.plural:
            found = self._office_holder(role_value, a, b, role_i)
            if found is not None:
                return found
        elif role_value is not None and not role_value.document and not role_value.plural:
            person = self.named_with_same_words(a, core) if self.function(a) == "possessive" else None
            if person is not None:  # "said his grandson, David Eisenhower ... according to his grandson"
                return self._person_speaker(person, "title->named"), person
            person = self._named_after_lead(role_value, a, b)  # "A Kemp spokesman said", "Amnesty's chief said"
            if person is not None:
                self._lead_roles.setdefault(role_value.name, person)  # ("Scotland's justice minister has warned
                # ... Cathy Jamieson said ... the minister said": hers)
                return self._person_speaker(person, "title->lead"), person
        role, org, country = self.described.mention_profile(a, core, b)
        if role is None and role_value is not None and role_i is not None:
            role = self.span_text(self.mark_start[role_i], self.mark_end[role_i])
        if role_value is not None and role_value.document:
            earlier = self._document_before(a, core, b) if self.low[a] in self.lex.definite else None
            if earlier is not None:
                return earlier
            pronoun = self.lex.pronouns.get(self.low[a])
            if pronoun is not None and pronoun.kind in ("personal", "plural", "neuter") and a + 1 < core == role_i + 1:
                owner, entity = self._resolve_pronoun(a, pronoun)  # "His message to the chancellor was: ..."
                if owner.speaker is not None:
                    return replace(owner, rule="document->owner"), entity
            return Speaker(mention, False, role, org, "other", country, "document"), Entity(mention, "doc", "sg")
        members = self.low[a] == "the" and a + 1 < core == self.mark_end[a + 1] and self.low[core - 1].endswith("s") \
            and self.mark_kind[a + 1] == "org" and bool(self.mark_value[a + 1].name)
        party = self.full_name_given(a + 1) if members else None
        if party is not None:  # "the Tories said": the party, by the full name the article gives it (else as written)
            return Speaker(party, True, None, party, "other", country, "organisation"), Entity(party, "org", "pl")
        member = self._party_member(a, core, b) if role_value is None else None
        if member is not None:
            return self._person_speaker(member, "party->named"), member
        plural = role_value.plural if role_value is not None else \
            self.low[core - 1].endswith("s") or self.low[core - 1] in self.lex.collectives  # "His family say"
        plural = plural or self.joined_phrases(a, core)  # "He and others", "Smith and his wife": a group
        noun_kind = self.lex.organisation_nouns.get(self.low[core - 1])
        kind = "org" if role_value is None and noun_kind not in (None, "modified") or members \
            else "group" if plural else "unnamed"  # "said the magazine. ... it concluded": an organisation is "it";
        # "the Lib Dems say ... The party says": a party named by its members
        entity = Entity(self.span_text(a + 1, core) if members else mention, kind, "pl" if plural else "sg",
                         person=role_value is not None, gender=role_value.gender if role_value is not None else "",
                         role=role_value.name if role_value is not None and not plural else "")
        return Speaker(mention, False, role, org, "unnamed", country or self._administration_country(a, b),
                       "unnamed"), entity

    def _first_of_two_roles(self, a: int, core: int) -> tuple[Speaker, Person | Entity] | None:
        """One person given two roles ("the former vice president and presumptive Democratic nominee", "the
        chairman and chief executive": no determiner after "and", the second role a modified one): the person the
        first role names, when it names one; None otherwise ("the mayor and governor" may be two people)."""
        if self.low[a] not in self.lex.definite:
            return None
        joint = next((k for k in range(a + 2, core - 2) if self.low[k] == "and"), None)
        if joint is None or self.lex.function_kinds.get(self.low[joint + 1]) in ("determiner", "possessive") \
                or self.mark_kind[joint - 1] != "role" \
                or not any(self.mark_kind[k] == "role" for k in range(joint + 2, core)):
            return None
        speaker, entity = self._resolve_description(a, joint)
        return (speaker, entity) if speaker.named else None

    def _by_last(self) -> dict[str, list[Person]]:
        """The people of the article by family-name key (computed once)."""
        if self._last_index is None:
            index: dict[str, list[Person]] = {}
            for person in self.people.values():
                index.setdefault(person.key[1], []).append(person)
            self._last_index = index
        return self._last_index

    def _resolve_pronoun(self, a: int, pronoun: Pronoun) -> tuple[Speaker, Person | Entity | None]:
        reported = self._set_off_attribution(a) if pronoun.kind != "relative" else -1
        if reported >= 0 and pronoun.kind != "personal":
            # an attribution set off after or inside what it reports ("The Xbox 2 ... will dominate 2006, it says",
            # "Republicans, they argued, would hold it up"): no one named in the reported words is its speaker
            a = reported
        if pronoun.kind == "personal":
            described = self.role_subject_before(a, pronoun.gender)
            if described is not None:  # "The pilot had been holding ..., and he requested": the pilot
                speaker, entity = self._resolve_one(*described)
                if isinstance(entity, Person) and self.described.gender(entity) in ("", pronoun.gender or ""):
                    return replace(speaker, rule="pronoun->recent"), entity  # (not "he" for a woman the role
                    # was resolved to)
            person = self._antecedent(a, pronoun.gender, reported)  # (one named there who has not spoken: passed over)
            if isinstance(person, Entity) and person.speaker is not None:
                s = person.speaker
                return Speaker(s.speaker, s.named, s.role, s.org, s.type, s.country, "pronoun->recent"), person
            if isinstance(person, Person):
                if pronoun.gender and not self.described.gender(person):
                    self._pronoun_genders.setdefault(person, pronoun.gender)  # no "she" for him later on
                return self._person_speaker(person, "pronoun->recent"), person
        elif pronoun.kind == "relative":
            noun = self.relative_noun_phrase(a)
            if noun is not None:  # "a Russian lawyer who promised": the phrase, resolved as a mention would be
                speaker, entity = self._resolve_one(*noun)
                return replace(speaker, rule="relative->antecedent"), entity
            organisation = self.organisation_before_relative(a)
            if organisation is not None:  # "the Music Managers' Forum (MMF), who say"
                speaker, entity = self._resolve_one(*organisation)
                return replace(speaker, rule="relative->antecedent"), entity
            group = self._relative_group(a)
            before = a - 2 if a > 1 and self.word[a - 1] == "," else a - 1
            # a plural common noun right before the pronoun is its antecedent ("anti-Wall Street progressives who"),
            # not a name ("said Sanders, who added")
            person = self._relative_antecedent(a) if group is None or self.word[before][:1].isupper() else None
            if person is not None and group is not None and not self._name_ends_at(before):
                person = None  # "between government forces and the Tamil Tigers, who want ...": the group right
                # before, not a person named earlier in the sentence
            if person is not None:
                return self._person_speaker(person, "relative->antecedent"), person
            if group is not None:  # "tea party activists who say ...", "Democrats, who see ..."
                return Speaker(group, False, None, None, "unnamed", None, "relative->antecedent"), \
                    Entity(group, "group", "pl")
        elif pronoun.kind in ("plural", "neuter"):
            found = self._group_antecedent(a, plural=pronoun.kind == "plural")
            subject = self.organisations.subject_before(a) if pronoun.kind == "neuter" else None
            country = self.country_subject_before(a) if pronoun.kind == "neuter" else None
            described = self.described_organisation_before(a) if pronoun.kind == "neuter" else None
            if described is not None and all(other is None or other[0] < described[0]
                                             for other in (found, subject, country)):
                speaker, entity = self._resolve_one(*described)  # "..., the Venezuelan government has expanded its
                return replace(speaker, rule="pronoun->organisation"), entity  # role. It recently said": the subject
            if country is not None and (found is None or found[0] < country[0]) \
                    and (subject is None or subject[0] < country[0]):
                name = country[1]  # "North Korea has been engaged in a campaign ... It has denied": the state
                return Speaker(name, True, None, None, "official", name, "pronoun->organisation"), \
                    Entity(name, "org", "sg")
            if subject is not None and (found is None or found[0] < subject[0]):
                name = subject[1]  # "The Treasury said ... The Bank of Albion disagreed. It said": the subject since
                return Speaker(name, True, None, name, "other", None, "pronoun->organisation"), \
                    Entity(name, "org", "sg")
            noun = self.plural_subject_before(a) if pronoun.kind == "plural" else None
            pair = self.people_joined_before(a) if pronoun.kind == "plural" else None
            if pair is not None and (found is None or found[0] < pair[0]) and (noun is None or noun[0] < pair[0]):
                phrase = self.span_text(*pair)  # "Michael Howard and John Redwood ... They say": both of them
                return Speaker(phrase, True, None, None, "other", None, "pronoun->group"), Entity(phrase, "group", "pl")
            if noun is not None and (found is None or found[0] < noun[0]):  # a plural subject named since
                speaker, group = self._resolve_one(*noun)
                return replace(speaker, rule="pronoun->group"), group
            # "Apple said ... It said": a one-word source of the sentence before or this one that nothing marks as a
            # person, spoken since the latest organisation or document source
            since = self.first_token_of_sentence(self.sent(a) - 1)
            unmarked = self._unmarked_name_source(a, since, one_word=True) \
                if pronoun.kind == "neuter" and found is not None else None
            if unmarked is not None:
                return Speaker(unmarked, True, None, unmarked, "other", None, "pronoun->organisation"), \
                    Entity(unmarked, "org", "sg")
            entity = found[1] if found is not None else None
            if entity is not None and entity.speaker is not None:
                s = entity.speaker
                return Speaker(s.speaker, s.named, s.role, s.org, s.type, s.country, "pronoun->group"), entity
            source = self._unnamed_source_just_before(a) if pronoun.kind == "plural" else None
            if source is not None and source.speaker is not None:  # a singular "they": "A source close to X said"
                s = source.speaker
                return Speaker(s.speaker, s.named, s.role, s.org, s.type, s.country, "pronoun->recent"), source
            anchor, lo = a, self.first_token_of_sentence(self.sent(a) - 1)
            while pronoun.kind == "neuter" and anchor == self.first_token_of_sentence(self.sent(anchor)) \
                    and self.low[lo] == "it" and lo < anchor:
                # "... eroded BT's position. It is looking to ADSL ... It also sees ...": sentences that open with
                # "it" one after another speak of one thing, the one before the first of them
                anchor, lo = lo, self.first_token_of_sentence(self.sent(lo) - 1)
            # an organisation named before it in its sentence; else "Unilever said the bid from Foster's was low.
            # However, it said ...": the source of the sentence before, which cannot be a person; else the
            # organisation named last
            if pronoun.kind == "neuter" and self._thing_opens(lo, a):
                return Speaker(None, False, None, None, "unnamed", None, "pronoun-unresolved"), None
            name = self.organisations.latest_before(a, self.first_token_of_sentence(self.sent(a)))
            if name is None and pronoun.kind == "neuter":
                name = self._unmarked_name_source(a, lo)
            name = name or self.organisations.latest_before(anchor, lo)
            if name is not None:
                return Speaker(name, True, None, name, "other", None, "pronoun->organisation"), \
                    Entity(name, "org", "sg")
            if pronoun.kind == "neuter" and lo < a:  # "The report also includes ... It also suggests that ..."
                for k in range(lo + 1, min(a, lo + 5)):
                    if self.low[lo] in self.lex.definite and self.mark_kind[k] == "role" \
                            and self.mark_value[k].document:
                        phrase = self.span_text(lo, k + 1)
                        return Speaker(phrase, False, self.mark_value[k], None, "other", None, "pronoun->document"), \
                            Entity(phrase, "doc", "sg")
        else:
            group = self._group_just_before(a) if self.low[a] == "one" else None
            if group is not None and group.speaker is not None:  # "..., said two people familiar. One said ..."
                s = group.speaker
                first, _, rest = s.speaker.partition(" ")
                phrase = "one of " + (first.lower() if self.lex.function_kinds.get(first.lower()) in (
                    "determiner", "number") else first) + (" " + rest if rest else "")  # "one of two people ..."
                return Speaker(phrase, False, s.role, s.org, s.type, s.country, "pronoun->group"), \
                    Entity(phrase, "group", "sg")
            return Speaker(None, False, None, None, "unnamed", None, "pronoun-writer"), None
        return Speaker(None, False, None, None, "unnamed", None, "pronoun-unresolved"), None


    def _thing_opens(self, lo: int, a: int) -> bool:
        """Does a thing open the sentence of "it" (token ``a``) or the sentence before (from token ``lo``): a
        definite or possessive phrase of lower-case words that is no organisation, role or document ("His speech
        continued ... It spoke to ...", "The estimate predicts ...; it also predicts ...")? Then "it" is that
        thing, no organisation named in passing ("his mother ran for Senate")."""
        for first in (self.first_token_of_sentence(self.sent(a)), lo):
            if first >= a or self.low[first] not in self.lex.definite and self.function(first) != "possessive":
                continue
            k = first + 1
            while k < a and self.kind[k] == "word" and self.word[k].islower() and self.function(k) is None \
                    and self.low[k] not in self.lex.cue_forms:
                k += 1
            words = range(first + 1, min(k, first + 4))
            named = any(self.mark_kind[i] or self.low[i] in self.lex.organisation_nouns for i in words)
            if k > first + 1 and not named and (k >= a or self.kind[k] != "word" or self.word[k].islower()):
                return True
        return False


def resolve_speakers(doc: Document | str, mentions: Sequence[tuple[SupportsIndex, SupportsIndex]]) -> list[Speaker]:
    """Resolve each speaker mention (start, end offsets into the text, in article order) within the article.

    Args:
        doc: the article's document (or its text).
        mentions: ``(start, end)`` character offsets of each speaker mention, in article order (ints, or NumPy
            integers from a table). A mention may be a bare name (``Wang``), a pronoun (``he``), a description
            (``the spokesman``, ``analysts``) or a whole noun phrase (``Chinese foreign ministry spokesman Wang
            Wenbin``).

    Returns:
        One :class:`Speaker` per mention, in the order given.
    """
    if not mentions:
        return []
    if not isinstance(doc, Document):
        doc = Document("", doc)
    people = People(Reading(doc))
    described = Descriptions(people)
    resolver = Resolver(described, Organisations(described, people.runs))
    return resolver.resolve([(index(s), index(e)) for s, e in mentions])
