"""The records the speaker passes share: the resolved :class:`Speaker`, and what an article says of a person."""

from __future__ import annotations

from dataclasses import dataclass, field

SPEAKER_TYPES = ("official", "academic", "think tank", "media", "business", "unnamed", "other")
"""The values of :attr:`Speaker.type`. ``official`` covers government, legislators, diplomats, the military,
parties, campaigns and candidates; ``unnamed`` is an unnamed person or group; ``other`` is a named person the
article gives no telling role or organisation, or a document (a poll, a report)."""


@dataclass(frozen=True)
class Speaker:
    """The resolved speaker of one mention.

    Attributes:
        speaker: canonical name (``"Wang Wenbin"``), an organisation (``"State Department"``), or an unnamed
            mention as written (``"a senior US official"``); None when nothing can be named (an unresolved
            pronoun, an empty mention).
        named: True for a named person, organisation, country or place.
        role: the role the article gives, e.g. ``"foreign ministry spokesman"``, ``"associate professor"``.
        org: the organisation, e.g. ``"Chinese foreign ministry"``, ``"Carnegie Moscow Centre"``.
        type: one of :data:`SPEAKER_TYPES`.
        country: the country the role or organisation says (``"China"``), where the article says it.
        rule: which resolution rule fired (see :mod:`analysis.speakers`).
    """

    speaker: str | None
    named: bool
    role: str | None
    org: str | None
    type: str
    country: str | None
    rule: str


@dataclass(frozen=True)
class Descriptor:
    """What one appositive, pre-modifier or tag says about a person."""

    role: str | None
    org: str | None
    country: str | None
    role_type: str
    org_type: str
    gender: str
    heads: frozenset[str]
    source: str  # pre | appositive | reverse | party | title | mention


@dataclass(eq=False)
class Person:
    """A person named in the article: every occurrence of the name.

    Attributes:
        name: the name as first written in full (``"Artyom Lukin"``).
        key: (first word, family-name key), lower case; ``("", word)`` for a name never given in full.
        first: the token where the name first occurs.
        spans: ``(name start, name end, run start)`` token indexes of each occurrence.
        linked: a one-word occurrence (not after "the") points to this full name.
        suffix: named with a suffix ("Jr."): a lone family name prefers the person without one.
    """

    name: str
    key: tuple[str, str]
    first: int
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    linked: bool = False
    suffix: bool = False

    @property
    def occurrences(self) -> list[int]:
        return [s[0] for s in self.spans]


@dataclass(eq=False)
class Entity:
    """A non-person source (organisation, group, document) that "they" or "it" may point back to."""

    name: str | None
    kind: str  # org | group | unnamed | doc
    number: str  # sg | pl
    person: bool = False  # a described person ("the woman", "a spokesman"): he/she may point back to it
    gender: str = ""
    speaker: Speaker | None = None
    role: str = ""  # the role of an unnamed described person ("a Democratic lawmaker": "lawmaker")
