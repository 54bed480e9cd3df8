"""The word lists the speaker passes read, loaded once and indexed by their words.

``roles.csv``, ``titles.csv``, ``role_modifiers.csv``, ``organisations.csv``, the world gazetteer
(``gazetteer.csv``: its countries' and territories' names, demonyms and adjectives say a country, their capitals a
place; see :func:`gazetteer_phrases`) and ``places.csv`` (other cities and regions) become one phrase table (a
phrase's words -> its kind and entry; a title wins over a role, a role over a country and so on);
``pronouns.csv``, ``given_names.csv``, ``family_names_first.txt``, ``name_parts.csv``, ``function_words.csv`` and
the speech verbs of ``cue_verbs.csv`` complete it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from typing import Any

from analysis.text import wordlists

KIND_PRIORITY = ("title", "role", "country", "place", "org", "modifier")
"""Kinds of listed phrases; where a phrase is listed under several, the first of these wins."""

DESCRIPTIVE = frozenset(("role", "title", "org", "country", "place", "modifier"))
"""Mark kinds that describe a person rather than name one."""

PARTY_LABEL = re.compile(r"^(?:[RDI]|Ind)-[A-Z][A-Za-z.]{0,14}$")
"""A US party-and-state label beside a name ("R-Ala", "D-Calif."): no part of the name."""

EDGE_STRIP = " \t\r\n,;:.!?\"'()[]{}\u201c\u201d\u2018\u2019-\u2013\u2014"
"""Characters stripped from both ends of an unnamed mention."""

_DOUBLE_QUOTES = str.maketrans("", "", "\"\u201c\u201d")


def mention_text(span: str) -> str:
    """An unnamed mention as the speakers table writes it: its edges stripped (:data:`EDGE_STRIP`) and the double
    quote marks of scare quotes inside it dropped ('the “best military minds”' -> 'the best military minds')."""
    return span.strip(EDGE_STRIP).translate(_DOUBLE_QUOTES).strip(EDGE_STRIP)

_PHRASE_SPLIT = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_]\w*(?:[-'\u2019](?![sS]\b)\w+)*\.?|['\u2019][sS]\b|[^\w\s]")


@dataclass(frozen=True)
class Role:
    name: str
    type: str
    gender: str
    document: bool
    plural: bool = False
    single: bool = False
    """An office with one holder (``holders`` is ``one`` in ``roles.csv``): "the president", "the chancellor"."""
    per_party: bool = False
    """One holder in each party (``holders`` is ``party``): "the Tory leader", "the Democratic nominee"."""
    anonymous: bool = False
    """A role that no named person is called by (``holders`` is ``none``: "source", "insider")."""
    country: str = ""
    """The one country whose office it is (``country`` in ``roles.csv``: "secretary of state", "senator")."""
    posted: bool = False
    """"to" after it names the place its holder is posted to (``posted`` in ``roles.csv``: "ambassador to Ukraine")."""


@dataclass(frozen=True)
class Title:
    role: str
    gender: str
    given: bool = False  # written before a given name ("Sir John")


@dataclass(frozen=True)
class Org:
    keyword: str
    type: str
    country: str
    name: str


@dataclass(frozen=True)
class Pronoun:
    gender: str
    number: str
    kind: str


@dataclass(frozen=True)
class Lexicon:
    """Every word list of the speaker passes."""

    phrases: dict[tuple[str, ...], tuple[str, Any]]  # words -> (kind, Title | Role | Org | country name)
    lower_case: dict[tuple[str, ...], tuple[str, Any]]  # the reading of a phrase in lower case where its first
    # reading needs a capital: the organisation "Labour" is the modifier "labour" (``needs_capital``)
    first_words: dict[str, int]  # a phrase's first word -> the longest phrase starting with it, in words
    continuations: dict[str, frozenset[str]]  # a phrase's first word -> the second words that follow it
    pronouns: dict[str, Pronoun]
    function_kinds: dict[str, str]
    given: dict[str, str]  # given name -> gender
    family_first: frozenset[str]
    cue_forms: frozenset[str]
    past_forms: frozenset[str]  # irregular past forms ("ran", "made", "took"): the verb after a subject
    modals: frozenset[str]  # modal verbs ("will", "would", "can"): the verb after a subject
    be_forms: frozenset[str]  # "is", "was", "been": before a passive participle
    subordinate: dict[str, str]  # a subordinate modifier -> what it means ("ex" -> "former")
    person_modifiers: frozenset[str]  # modifiers of the person, never an organisation's name ("retired", "senior")
    particles: frozenset[str]
    suffixes: frozenset[str]
    honours: frozenset[str]
    organisation_ends: frozenset[str]  # "International", "Services": a run ending so names no person
    weekdays: frozenset[str]  # "monday": after a name, no part of it ("President Obama Tuesday said")
    day_names: frozenset[str]  # "black", "super": with a weekday after them, the name of a day ("Black Friday")
    org_intro: frozenset[str]
    org_joiners: frozenset[str]
    definite: frozenset[str]
    leaders: dict[str, str]  # a head of state or government's full name, lower case -> the country
    collectives: frozenset[str]  # "family", "government", "police": a group "they" may point back to
    group_heads: frozenset[str]  # "a coalition of", "dozens of": a phrase's head before "of" and its plural noun
    leader_surnames: frozenset[str]  # the leaders' family names that are no given name: "trump", "putin"
    leader_countries: dict[str, str]  # such a family name -> the country of every leader who bears it
    organisation_nouns: dict[str, str]  # "company" -> the organisations it may mean (organisation_nouns.csv)
    names_types: dict[str, str]  # "group" -> "open": the type of a name after the noun, where not its kind's
    broader: dict[str, tuple[str, ...]]  # a role -> the broader roles a later description may name (roles.csv)
    person_demonyms: frozenset[str]  # "american", "russian": one person of a country (its plural is a demonym)
    titled_orgs: dict[str, Any]  # a document's word that names an organisation when capitalised after a name
    # ("post": "The Denver Post") -> that Org


def normalise(word: str) -> str:
    """Lookup form of a phrase word: curly apostrophes straightened, a final period dropped, acronyms kept."""
    word = word.replace("\u2019", "'")
    if word.endswith(".") and word.count(".") == 1 and len(word) > 1:
        word = word[:-1]
    if len(word) > 1 and word.isupper():
        return word
    return word.lower()


def phrase_key(text: str) -> tuple[str, ...]:
    """The words of a listed phrase, as the phrase table indexes them."""
    return tuple(normalise(w) for w in _PHRASE_SPLIT.findall(text))


def plural(word: str) -> str:
    """The plural of a role noun (spokesman -> spokesmen, party -> parties)."""
    if word.endswith("person"):
        return word[:-6] + "people"
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def role_heads(role: str) -> list[str]:
    """The roles a later description may name: "associate professor" -> associate professor, professor;
    "representative" -> representative, congressman, lawmaker... (``broader`` in roles.csv); but "vice
    president" is not "the president" (``subordinate`` modifiers of role_modifiers.csv)."""
    words = role.lower().split()
    if not words:
        return []
    lexicon_ = lexicon()
    if len(words) > 1 and words[0] in lexicon_.subordinate:
        return [role.lower()]
    heads = [role.lower(), words[-1]]
    return list(dict.fromkeys(heads + [broader for head in heads for broader in lexicon_.broader.get(head, ())]))


def needs_capital(hit: tuple[str, Any]) -> bool:
    """Does a listed phrase name what it lists only when its first word opens with a capital: a title ("Gen."),
    or an organisation keyword written with one in ``organisations.csv`` ("Labour" the party, not "labour
    costs")?"""
    return hit[0] == "title" or hit[0] == "org" and hit[1].keyword[:1].isupper()


def is_acronym(word: str) -> bool:
    if not word.isupper():
        return False
    return len(word.replace(".", "")) > 1 if "." in word else len(word) > 1


GAZETTEER_KINDS = frozenset(("country", "territory", "region"))
"""Gazetteer rows that say a speaker's country (blocs and organisations do not); a region says its parent's."""


def _gazetteer_countries() -> list[tuple[dict[str, str], str]]:
    """The gazetteer rows that say a speaker's country (:data:`GAZETTEER_KINDS`), each with that country (a
    region's parent)."""
    return [(row, row["parent"] if row["kind"] == "region" else row["target"])
            for row in wordlists.rows("gazetteer.csv") if row["kind"] in GAZETTEER_KINDS]


def gazetteer_leaders() -> dict[str, str]:
    """The gazetteer's heads of state or government named in full (two words or more), lower case, each with
    their country: "donald trump" -> United States. A name two countries list belongs to neither."""
    leaders: dict[str, str] = {}
    for row, country in _gazetteer_countries():
        for name in filter(None, row["leaders"].split("|")):
            if len(name.split()) > 1:
                key = name.lower()
                leaders[key] = country if leaders.get(key, country) == country else ""
    return {name: country for name, country in leaders.items() if country}


def leader_countries(leaders: dict[str, str], given: Collection[str]) -> dict[str, str]:
    """The family name of the gazetteer's leaders -> their country, where every leader of that name is of one
    country and the name is no given name ("obama" -> United States; not "johnson": a British prime minister and an
    American president)."""
    countries: dict[str, set[str]] = {}
    for name, country in leaders.items():
        countries.setdefault(name.split()[-1], set()).add(country)
    return {family: next(iter(found)) for family, found in countries.items() if len(found) == 1 and family not in given}


def gazetteer_phrases() -> list[tuple[str, str, str]]:
    """The gazetteer's words as (phrase, kind, country): names, demonyms and adjectives as ``country``, capitals as
    ``place``; a region (Scotland) gives its parent (United Kingdom).

    Left out: names that need a context to be the country (``target_contexts.csv`` rows with cues: Georgia,
    Jordan), given names (Chad), phrases with "the" or another lower-case word ("the Chinese", "Chinese
    government": the role and organisation passes read those words themselves), and the keywords of
    ``organisations.csv`` (the White House stays an organisation).
    """
    needs_context = {r["alias"].lower() for r in wordlists.rows("target_contexts.csv") if r["needs"]}
    skip = needs_context | wordlists.column("given_names.csv", "name") | wordlists.column("organisations.csv", "keyword")
    phrases = []
    for row, country in _gazetteer_countries():
        for column, kind in (("aliases", "country"), ("demonyms", "country"), ("adjectives", "country"),
                             ("capitals", "place")):
            for text in filter(None, row[column].split("|")):
                words = text.split()
                if text.lower() not in skip and words[0].lower() != "the" \
                        and not any(w[:1].islower() and w not in ("of", "and") for w in words):
                    phrases.append((text, kind, country))
    return phrases


def person_demonyms() -> frozenset[str]:
    """The gazetteer's adjectives that also name one person of the country, lower case: those whose plural is
    one of its demonyms ("American" / "Americans", "Russian" / "Russians"; not "British", "French")."""
    out = set()
    for row, _country in _gazetteer_countries():
        demonyms = {d.lower() for d in row["demonyms"].split("|") if d}
        out |= {a.lower() for a in row["adjectives"].split("|") if a and a.lower() + "s" in demonyms}
    return frozenset(out)


@cache
def lexicon() -> Lexicon:
    """Load every word list once (a few milliseconds) and index the phrases by their words."""
    entries: dict[tuple[str, ...], dict[str, object]] = defaultdict(dict)

    def add(text: str, kind: str, value: object) -> None:
        key = phrase_key(text)
        if key and kind not in entries[key]:
            entries[key][kind] = value

    for row in wordlists.rows("titles.csv"):
        add(row["title"], "title", Title(row["role"], row["gender"], (row.get("given") or "").strip() == "yes"))
    hyphened = [row["modifier"].lower() for row in wordlists.rows("role_modifiers.csv")
                if row["subordinate"] == "1" and row["modifier"].isalpha()]
    for row in wordlists.rows("roles.csv"):
        role = Role(row["role"].lower(), row["type"], row["gender"], row["kind"] == "document",
                    single=row.get("holders") == "one", per_party=row.get("holders") == "party",
                    anonymous=row.get("holders") == "none",
                    country=(row.get("country") or "").strip(), posted=(row.get("posted") or "").strip() == "yes")
        if not role.document and "-" not in role.name:  # British spelling: "Vice-President", "Under-Secretary"
            for modifier in hyphened:
                add(f"{modifier}-{role.name}", "role", Role(role.name, role.type, role.gender, False))
        add(role.name, "role", role)
        words = role.name.split(" ")
        add(" ".join([*words[:-1], plural(words[-1])]), "role",
            Role(role.name, role.type, role.gender, role.document, plural=True))
        if len(words) == 1 and not role.document and "-" not in role.name:  # one of several holders: "co-chairman"
            add(f"co-{role.name}", "role", Role(role.name, role.type, role.gender, False))
            add(f"co-{plural(role.name)}", "role", Role(role.name, role.type, role.gender, False, plural=True))
    for text, kind, country in gazetteer_phrases():
        add(text, kind, country)
    for row in wordlists.rows("places.csv"):
        add(row["place"], "place", row["country"])
    for row in wordlists.rows("organisations.csv"):
        add(row["keyword"], "org", Org(row["keyword"], row["type"], row["country"], row["name"]))
    subordinate: dict[str, str] = {}
    person_modifiers: set[str] = set()
    for row in wordlists.rows("role_modifiers.csv"):
        add(row["modifier"], "modifier", row["modifier"])
        word = row["modifier"].lower()
        if row["subordinate"]:
            subordinate[word] = word if row["subordinate"] == "1" else row["subordinate"].lower()
        if row["person"] == "1":
            person_modifiers.add(word)
    function_rows = wordlists.rows("function_words.csv")
    uses = {use: frozenset(r["word"].lower() for r in function_rows if use in r["use"].split())
            for use in ("org-intro", "org-joiner", "definite")}
    parts = wordlists.rows("name_parts.csv")
    phrases: dict[tuple[str, ...], tuple[str, Any]] = {}
    first_words: dict[str, int] = {}
    continuations: dict[str, set[str]] = defaultdict(set)
    titled_orgs: dict[str, Any] = {}
    lower_case: dict[tuple[str, ...], tuple[str, Any]] = {}
    for key, kinds in entries.items():
        kind = next(k for k in KIND_PRIORITY if k in kinds)
        phrases[key] = (kind, kinds[kind])
        if kind == "org" and needs_capital(phrases[key]):
            lower = next((k for k in KIND_PRIORITY if k in kinds and k not in ("org", "title")), None)
            if lower is not None:
                lower_case[key] = (lower, kinds[lower])
        if kind == "role" and "org" in kinds and kinds["role"].document and len(key) == 1:
            titled_orgs[key[0].lower()] = kinds["org"]
        first = key[0].lower()
        first_words[first] = max(first_words.get(first, 0), len(key))
        if len(key) > 1:
            continuations[first].add(key[1].lower())
    given = {r["name"].lower(): r["gender"] for r in wordlists.rows("given_names.csv")}
    leaders = gazetteer_leaders()
    return Lexicon(
        phrases=phrases,
        lower_case=lower_case,
        first_words=first_words,
        continuations={k: frozenset(v) for k, v in continuations.items()},
        pronouns={r["pronoun"]: Pronoun(r["gender"], r["number"], r["kind"]) for r in wordlists.rows("pronouns.csv")},
        function_kinds={r["word"].lower(): r["kind"] for r in function_rows},
        given=given,
        family_first=frozenset(w.lower() for w in wordlists.lines("family_names_first.txt")),
        # speech verbs never start a name: "Said Trump", "Stated Stone"
        cue_forms=frozenset(f.lower() for r in wordlists.rows("cue_verbs.csv") for f in r["forms"].split("|")
                            if " " not in f),
        past_forms=wordlists.classes("attribution_words.csv")["irregular_past"],
        modals=wordlists.classes("attribution_words.csv")["modal"],
        be_forms=wordlists.classes("attribution_words.csv")["be"],
        subordinate=subordinate,
        person_modifiers=frozenset(person_modifiers),
        particles=frozenset(r["word"] for r in parts if r["kind"] == "particle"),
        suffixes=frozenset(r["word"] for r in parts if r["kind"] == "suffix"),
        honours=frozenset(r["word"] for r in parts if r["kind"] == "honour"),
        organisation_ends=frozenset(r["word"] for r in parts if r["kind"] == "organisation_end"),
        weekdays=frozenset(r["word"] for r in parts if r["kind"] == "weekday"),
        day_names=frozenset(r["word"] for r in parts if r["kind"] == "day_name"),
        org_intro=uses["org-intro"],
        org_joiners=uses["org-joiner"],
        definite=uses["definite"],
        leaders=leaders,
        leader_surnames=frozenset(name.split()[-1] for name in leaders) - given.keys(),
        leader_countries=leader_countries(leaders, given.keys()),
        organisation_nouns={row["noun"]: row["kind"] for row in wordlists.rows("organisation_nouns.csv")},
        names_types={row["noun"]: row["names_type"] for row in wordlists.rows("organisation_nouns.csv")
                     if row["names_type"]},
        broader={row["role"].lower(): tuple(r.strip().lower() for r in row["broader"].split("|") if r.strip())
                 for row in wordlists.rows("roles.csv") if (row.get("broader") or "").strip()},
        # nouns that take a plural verb in British English ("His family say"): "they" may point back to them
        person_demonyms=person_demonyms(),
        titled_orgs=titled_orgs,
        collectives=frozenset(r["word"].lower() for r in wordlists.rows("attribution_words.csv")
                              if r["class"].strip() == "plural")
        - {r["pronoun"] for r in wordlists.rows("pronouns.csv")},
        group_heads=frozenset(r["word"].lower() for r in wordlists.rows("attribution_words.csv")
                              if r["class"].strip() in ("collective", "quantity_noun")),
    )
