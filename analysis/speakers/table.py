"""The corpus speakers table: one row per canonical speaker across a corpus, name variants merged.

:func:`speaker_table` groups a quotes table; :class:`SpeakerTally` counts it batch by batch for the pipeline;
:func:`canonical_speakers` gives each row of a quotes or stance table the name its speakers-table row has.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

import pandas as pd

from analysis.speakers.lexicon import EDGE_STRIP, Lexicon, lexicon, normalise

SPEAKER_COLUMNS = {
    "speaker": "canonical speaker: a person's full name as the article first gives it (titles such as Mr. or "
    "Sen. removed; variants merged by first and last word, case-insensitively), an organisation's name, or an "
    "unnamed source as most often written ('analysts')",
    "speaker_named": "True for a named person or organisation, False for an unnamed source (grouped by the "
    "mention text, lower-cased, without leading determiners: 'some analysts' and 'analysts' are one row)",
    "speaker_type": "official | academic | think tank | media | business | unnamed | other: the most common "
    "type given to this speaker, a specific type winning over 'other'",
    "speaker_country": "the country most often given for this speaker (from role and organisation words, leaders "
                       "and offices of one country: see the quotes table); "
    "None when no article says it",
    "roles": "the roles articles give this speaker, most frequent first, joined by '; ' (case-insensitive "
    "duplicates removed); '' when none",
    "orgs": "the organisations articles give this speaker, most frequent first, joined by '; '; '' when none",
    "n_quotes": "number of quotes (rows of the quotes table) attributed to this speaker",
    "n_articles": "number of distinct articles quoting this speaker",
    "first_date": "date of the earliest article quoting this speaker, 'YYYY-MM-DD'; None when no date is known",
    "last_date": "date of the latest article quoting this speaker, 'YYYY-MM-DD'; None when no date is known",
}
"""Columns of :func:`speaker_table`, in order. Rows whose speaker is empty or an unresolved pronoun are left
out (they name no one); unnamed sources are kept, one row per normalised mention text, ``speaker_named``
False. Rows are sorted by ``n_quotes`` descending, then by ``speaker``."""
_NAME_WORD_RE = re.compile(r"[^\W\d_][\w.'-]*")


@dataclass
class _Group:
    """The quotes of one canonical speaker across a corpus: counts of each written form, type, country, role and
    organisation (plain dicts: a corpus has tens of thousands of groups, six counts each)."""

    surfaces: dict[str, int] = field(default_factory=dict)
    named: dict[bool, int] = field(default_factory=dict)
    types: dict[str, int] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)
    roles: dict[str, int] = field(default_factory=dict)
    orgs: dict[str, int] = field(default_factory=dict)
    articles: set = field(default_factory=set)
    dates: list = field(default_factory=list)
    undated: set = field(default_factory=set)  # str(article_id) of quotes dated from the articles table
    n_quotes: int = 0

    def merge(self, other: _Group) -> None:
        for mine, theirs in ((self.surfaces, other.surfaces), (self.types, other.types),
                             (self.countries, other.countries), (self.roles, other.roles),
                             (self.orgs, other.orgs)):
            for key, n in theirs.items():
                mine[key] = mine.get(key, 0) + n
        for flag, n in other.named.items():
            self.named[flag] = self.named.get(flag, 0) + n
        self.articles |= other.articles
        self.dates.extend(other.dates)
        self.undated |= other.undated
        self.n_quotes += other.n_quotes


def _text(value: object) -> str:
    """A cell as a clean string ('' for None, NaN and empty)."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return ""
    return " ".join(str(value).replace("\u2019", "'").split())


def _texts(values: Sequence[object]) -> list[str]:
    """:func:`_text` of each cell of a column, each distinct value cleaned once (columns repeat a few values).

    A dict lookup tries identity before equality, so even NaN cells (never equal to themselves) find their entry.
    """
    try:
        clean = {value: _text(value) for value in dict.fromkeys(values)}
    except TypeError:  # an unhashable cell (a list): clean each cell
        return [_text(value) for value in values]
    return list(map(clean.__getitem__, values))


@lru_cache(maxsize=65536)
def name_key(name: str) -> tuple[str, ...]:
    """Merge key of a named speaker: titles, possessives and case dropped, then first and last word."""
    lex = lexicon()
    words = _NAME_WORD_RE.findall(name.replace("\u2019", "'"))
    while words and (words[0].lower() == "the" or lex.phrases.get((normalise(words[0]),), ("",))[0] == "title"):
        words = words[1:]
    words = [(w[:-2] if w.lower().endswith("'s") else w.rstrip(".'")).lower() for w in words]
    words = [w for w in words if w]
    suffix: list[str] = []
    while len(words) > 1 and words[-1] in lex.suffixes:  # "Donald Trump Jr." is not Donald Trump
        suffix.insert(0, words.pop())
    if not words:
        return ("", name.lower())
    last = " ".join([words[-1], *suffix])
    return (words[0], last) if len(words) > 1 else (last,)


@lru_cache(maxsize=65536)
def _unnamed_form(mention: str) -> str:
    """An unnamed source without leading determiners, numbers and prepositions ("many Republicans" -> "Republicans")."""
    lex = lexicon()
    words = mention.strip(EDGE_STRIP).split()
    while len(words) > 1 and lex.function_kinds.get(words[0].lower()) in ("determiner", "number", "preposition"):
        words = words[1:]
    return " ".join(words)


def _unnamed_key(mention: str) -> tuple[str, ...]:
    """Group key of an unnamed source: its :func:`_unnamed_form`, lower-cased."""
    return ("unnamed", _unnamed_form(mention).lower())


def _count(counts: dict, key: object) -> None:
    counts[key] = counts.get(key, 0) + 1


def _most_common(counts: dict) -> object:
    """The most counted key, the first counted among equals (as ``Counter.most_common(1)``)."""
    if len(counts) == 1:
        return next(iter(counts))
    return max(counts.items(), key=itemgetter(1))[0]


def _without_title(surface: str, lex: Lexicon) -> str:
    """A written form without leading "the" and titles ("Sen. Jane Doe" -> "Jane Doe")."""
    words = surface.split()
    while len(words) > 1 and (words[0].lower() == "the" or lex.phrases.get((normalise(words[0]),), ("",))[0] == "title"):
        words = words[1:]
    return " ".join(words)


def _display_name(surfaces: dict[str, int]) -> str:
    """The most frequent written form, preferring forms with more words and without titles."""
    lex = lexicon()
    if len(surfaces) == 1:
        return _without_title(next(iter(surfaces)), lex)
    counts: dict[str, int] = {}
    for surface, n in surfaces.items():
        clean = _without_title(surface, lex)
        counts[clean] = counts.get(clean, 0) + n
    return max(counts, key=lambda s: (len(s.split()) > 1, counts[s], len(s), s))


def _joined(counter: dict[str, int]) -> str:
    """Values by frequency, case-insensitive duplicates merged (first written form kept), joined by '; '."""
    if len(counter) <= 1:
        return next(iter(counter), "")
    merged: dict[str, list] = {}
    for value, n in counter.items():
        entry = merged.setdefault(value.lower(), [value, 0])
        entry[1] += n
    return "; ".join(v for v, _n in sorted(merged.values(), key=lambda e: (-e[1], e[0].lower())))


def _day(date: pd.Timestamp) -> str:
    """'YYYY-MM-DD' of a date (what ``strftime("%Y-%m-%d")`` writes, without its cost)."""
    return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"


def _article_dates(articles: pd.DataFrame | None) -> dict[str, pd.Timestamp] | None:
    """Each article's date by ``str(article_id)`` (the first known date of a repeated id); None without dates."""
    if articles is None or not {"article_id", "date"} <= set(articles.columns):
        return None
    by_id = pd.Series(pd.to_datetime(articles["date"], errors="coerce").to_numpy(),
                      index=articles["article_id"].astype(str)).groupby(level=0).first()
    return {key: date for key, date in by_id.items() if date == date}


class SpeakerTally:
    """The groups behind :func:`speaker_table`, counted one quotes table at a time.

    :func:`speaker_table` is one :meth:`add` and one :meth:`table`; the pipeline adds each batch's quotes as it
    arrives, so the corpus table is ready when the last batch is (adding batches in order gives the table of
    their concatenation). Quotes without a ``date`` column are dated at :meth:`table` time, from the articles.
    """

    def __init__(self) -> None:
        self.groups: dict[tuple[str, ...], _Group] = {}
        self._lex = lexicon()
        self._keys: dict[tuple[str, bool], tuple[str, ...] | None] = {}  # a speaker's key, computed once
        self._cells: dict[tuple[str, bool], tuple[_Group, str]] = {}  # (speaker, named) -> group, surface form
        self._nobody: set[tuple[str, bool]] = set()  # (speaker, named) cells that name no one

    def add(self, quotes: pd.DataFrame) -> None:
        """Count the quotes of a quotes table (see :func:`speaker_table` for the columns read)."""
        missing = {"article_id", "speaker"} - set(quotes.columns)
        if missing:
            raise KeyError(f"speaker_table needs the columns {sorted(missing)} in quotes")
        n = len(quotes)
        column = {c: (_texts(quotes[c].tolist()) if c in quotes.columns else [""] * n)
                  for c in ("speaker", "speaker_type", "speaker_country", "speaker_role", "speaker_org")}
        named_flags = quotes["speaker_named"].tolist() if "speaker_named" in quotes.columns else [None] * n
        dated = "date" in quotes.columns
        dates = pd.to_datetime(quotes["date"], errors="coerce").tolist() if dated else [None] * n
        keys = [None] * n if dated else quotes["article_id"].astype(str).tolist()
        speakers, types, countries = column["speaker"], column["speaker_type"], column["speaker_country"]
        roles, orgs = column["speaker_role"], column["speaker_org"]
        for k, (article_id, date) in enumerate(zip(quotes["article_id"].tolist(), dates, strict=True)):
            raw_named = named_flags[k]
            cell = (speakers[k], True if raw_named is None or raw_named != raw_named else bool(raw_named))
            entry = self._cells.get(cell)
            if entry is None:
                if cell in self._nobody:
                    continue
                entry = self._entry(*cell)
                if entry is None:
                    self._nobody.add(cell)
                    continue
                self._cells[cell] = entry
            group, surface = entry
            _count(group.surfaces, surface)
            _count(group.named, cell[1])
            if types[k]:
                _count(group.types, types[k])
            if countries[k]:
                _count(group.countries, countries[k])
            if roles[k]:
                _count(group.roles, roles[k])
            if orgs[k]:
                _count(group.orgs, orgs[k])
            group.articles.add(article_id)
            if dated:
                if date is not None and date == date:
                    group.dates.append(date)
            else:
                group.undated.add(keys[k])
            group.n_quotes += 1

    def _entry(self, speaker: str, named: bool) -> tuple[_Group, str] | None:
        """The group of a speaker and the form its surfaces count; None for no one."""
        key, _named = self._key(speaker, named)
        if key is None:
            return None
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = _Group()
        return group, speaker if named else _unnamed_form(speaker)

    def _key(self, speaker: str, raw_named: object) -> tuple[tuple[str, ...] | None, bool]:
        """The group key of one quote's speaker (a :func:`_text`) and whether it is named; None for no one."""
        named = True if raw_named is None or raw_named != raw_named else bool(raw_named)
        cell = (speaker, named)
        if cell in self._keys:
            return self._keys[cell], named
        found: tuple[str, ...] | None = None
        if speaker and (named or speaker.lower() not in self._lex.pronouns):
            found = name_key(speaker) if named else _unnamed_key(speaker)
        self._keys[cell] = found
        return found, named

    def _group(self, speaker: str, raw_named: object) -> _Group | None:
        """The group of one quote's speaker (a :func:`_text`), its surface and named flag counted; None for no one."""
        named = self._key(speaker, raw_named)[1]
        entry = self._entry(speaker, named)
        if entry is None:
            return None
        group, surface = entry
        _count(group.surfaces, surface)
        _count(group.named, named)
        return group

    def table(self, *, articles: pd.DataFrame | None = None) -> pd.DataFrame:
        """The speakers table of everything added (the tally is used up: call it once).

        Args:
            articles: the articles table, to date the quotes that had no ``date`` column by ``article_id``.
        """
        groups = self.groups
        by_id = _article_dates(articles)
        if by_id:
            for group in groups.values():
                group.dates.extend(by_id[key] for key in group.undated if key in by_id)
        _merge_single_names(groups, self._lex)
        _merge_variants(groups)
        rows = [_speaker_row(group) for group in groups.values()]
        table = pd.DataFrame(rows, columns=list(SPEAKER_COLUMNS))
        if len(table):
            table = table.sort_values(["n_quotes", "speaker"], ascending=[False, True], kind="stable")
        table = table.reset_index(drop=True).astype({"n_quotes": "int64", "n_articles": "int64"})
        for name in ("speaker_country", "first_date", "last_date"):
            table[name] = table[name].astype(object).where(table[name].notna(), None)
        return table


def speaker_table(quotes: pd.DataFrame, *, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per canonical speaker across a corpus, with :data:`SPEAKER_COLUMNS`.

    Named speakers are merged by the first and last word of their name, case-insensitively and without titles
    or possessives ("Mr. Wang Wenbin", "Wang Wenbin", "WANG WENBIN"). A one-word name ("Wang", left as it is
    by an article that never gives the full name) joins the full name of the corpus ending with it (or starting
    with it, for family names written first) when that full name has at least twice the quotes of any other
    candidate. Unnamed sources are one row per mention text, lower-cased and without leading determiners
    (``speaker_named`` False); unresolved pronouns and empty speakers are left out.

    Args:
        quotes: a quotes table (:func:`analysis.extract_quotes`) with at least ``article_id`` and ``speaker``;
            ``speaker_named``, ``speaker_type``, ``speaker_country``, ``speaker_role``, ``speaker_org`` and
            ``date`` are used where present. It is not modified.
        articles: the articles table, to date the quotes by ``article_id`` when ``quotes`` has no ``date``.

    Returns:
        The speakers table, sorted by ``n_quotes`` descending then ``speaker``.
    """
    tally = SpeakerTally()
    tally.add(quotes)
    return tally.table(articles=articles)


def _merge_single_names(groups: dict[tuple[str, ...], _Group],
                        lex: Lexicon) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Fold one-word named speakers into the dominant full name that ends (or, family name first, starts) with it.

    Returns:
        The key of each folded group and the key it joined.
    """
    merged: dict[tuple[str, ...], tuple[str, ...]] = {}
    by_last: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in groups:
        if len(key) == 2 and key[0] not in ("", "unnamed"):
            by_last[key[1]].append(key)
            by_first[key[0]].append(key)
    for key in [k for k in groups if len(k) == 1]:
        word = key[0]
        pool = by_first.get(word, []) if word in lex.family_first and by_first.get(word) else by_last.get(word, [])
        if not pool:
            continue
        surface = _display_name(groups[key].surfaces)
        if (word,) in lex.phrases or surface.isupper():
            continue  # a listed country, place or organisation ("Russia", "Police", "Facebook") is not the longer name
            # that ends with it ("U.S. Mission Russia", "Portland Police"), nor is an acronym ("FBI": not "Raw FBI")
        ranked = sorted(pool, key=lambda k: -groups[k].n_quotes)
        if " and " in _display_name(groups[ranked[0]].surfaces):
            continue  # a list of names ("Google and Facebook")
        if word in lex.given and groups[ranked[0]].n_quotes < groups[key].n_quotes:
            continue  # a given name alone that speaks more than the full name is someone else's: "Francis" (the
            # pope) is not Terri Francis
        if len(ranked) == 1 or groups[ranked[0]].n_quotes >= 2 * groups[ranked[1]].n_quotes:
            groups[ranked[0]].merge(groups.pop(key))
            merged[key] = ranked[0]
    return merged


_ACRONYM_SKIP = frozenset(("of", "for", "the", "and", "&", "on", "in"))


def _initials(name: str) -> str:
    """The initials an acronym of a name would have ("Office for National Statistics" -> "ONS")."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in _ACRONYM_SKIP and w[0].isalpha()
                   ).upper()


def _merge_variants(groups: dict[tuple[str, ...], _Group]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Fold a name written with an initial into the one full name it abbreviates ("J. Smith" -> "John Smith"), and
    an acronym into the one multi-word name whose initials it spells ("ONS" -> "Office for National
    Statistics"); where two names fit, nothing is merged (different people may share a surname).

    Returns:
        The key of each folded group and the key it joined.
    """
    merged: dict[tuple[str, ...], tuple[str, ...]] = {}
    full = [k for k in groups if len(k) == 2 and len(k[0]) > 1 and k[0] != "unnamed"]
    by_last: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in full:
        by_last[key[1]].append(key)
    acronyms: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in full:
        name = _display_name(groups[key].surfaces)
        if len(name.split()) >= 3:
            acronyms[_initials(name)].append(key)
    for key in list(groups):
        if key not in groups or key[0] == "unnamed":
            continue
        if len(key) == 2 and len(key[0]) == 1:
            pool = [k for k in by_last.get(key[1], []) if k[0].startswith(key[0]) and k in groups]
        elif len(key) == 1:
            surface = _display_name(groups[key].surfaces).replace(".", "")
            pool = acronyms.get(surface, []) if surface.isupper() and len(surface) >= 3 else []
        else:
            continue
        if len(pool) == 1:
            groups[pool[0]].merge(groups.pop(key))
            merged[key] = pool[0]
    return merged


def canonical_speakers(quotes: pd.DataFrame) -> pd.Series:
    """The :func:`speaker_table` name of each row's speaker: name variants merged across the corpus.

    Articles resolve names within themselves ("Trump" in one article, "Donald Trump" in another);
    corpus-level counts and figures (a speaker x target heatmap of the stance table) should use the name the
    speakers table gives, which this returns row by row, by the same merging rules.

    Args:
        quotes: a table with ``speaker`` (and ``speaker_named`` where known): a quotes or a stance table.

    Returns:
        A Series aligned with ``quotes``: the canonical name, or None where the speakers table leaves the row
        out (no speaker, an unresolved pronoun).
    """
    if "speaker" not in quotes.columns:
        raise KeyError("canonical_speakers needs a speaker column")
    tally = SpeakerTally()
    speakers = _texts(quotes["speaker"].tolist())
    flags = quotes["speaker_named"].tolist() if "speaker_named" in quotes.columns else [None] * len(quotes)
    keys = [tally._key(speaker, raw_named)[0] for speaker, raw_named in zip(speakers, flags, strict=True)]
    for speaker, raw_named, key in zip(speakers, flags, keys, strict=True):
        if key is not None:
            group = tally._group(speaker, raw_named)
            if group is not None:
                group.n_quotes += 1  # the merge of one-word names reads the counts
    merged = _merge_single_names(tally.groups, tally._lex)
    merged.update(_merge_variants(tally.groups))
    names = {key: _display_name(group.surfaces) for key, group in tally.groups.items()}
    return pd.Series([None if key is None else names[merged.get(key, key)] for key in keys], index=quotes.index,
                     dtype=object, name="speaker")


def _speaker_row(group: _Group) -> dict[str, object]:
    named = _most_common(group.named)
    specific = {t: n for t, n in group.types.items() if t not in ("other", "unnamed")}
    kind = _most_common(specific or group.types) if group.types else ("other" if named else "unnamed")
    dates = group.dates
    return {
        "speaker": _display_name(group.surfaces),
        "speaker_named": bool(named),
        "speaker_type": kind if named else "unnamed",
        "speaker_country": _most_common(group.countries) if group.countries else None,
        "roles": _joined(group.roles),
        "orgs": _joined(group.orgs),
        "n_quotes": group.n_quotes,
        "n_articles": len(group.articles),
        "first_date": _day(min(dates)) if dates else None,
        "last_date": _day(max(dates)) if dates else None,
    }
