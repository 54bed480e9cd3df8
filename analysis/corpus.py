"""Reading articles from files, folders and corpora into one tidy table.

A corpus is any mix of:

* a ``.txt`` article in the seed layout: the first line starts with `` date YYYY-MM-DD `` followed directly by
  the first paragraph; paragraphs are separated by blank lines. Files without a date line (the BBC layout:
  headline on line 1, then a blank line, then the body) load too, with the headline as title;
* a folder of such files (recursive, sorted, deterministic; only files ending in ``.txt``), with an optional
  ``metadata.csv`` sidecar (``article_id`` plus ``source``, ``title``, ``date``...) for what the text format lacks;
* a ``.jsonl`` / ``.jsonl.gz`` corpus or a ``.csv`` with the fields ``id``, ``date``, ``title``, ``text`` (names
  overridable); any other field (``source``, ``topic``...) is kept as a column.

Every input ends up either as a row of ``articles`` or as a row of ``errors``: bad bytes, empty or binary files,
broken JSON lines and unreadable paths never stop the batch. Files are read by :mod:`analysis.files` (regular
files only, within a size limit, decoded with a recorded fallback) and JSONL/CSV records by
:mod:`analysis.records` (each with its line, each decoded on its own).
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.files import DEFAULT_MAX_BYTES, decode
from analysis.paths import resource
from analysis.records import Problem, Record, parse_json_line
from analysis.sources import METADATA_FILE, Fields, Source, iter_sources

ARTICLE_COLUMNS: dict[str, str] = {
    "article_id": "Unique key: file stem for a single file, path relative to the given folder without suffix "
    "for a folder, the `id` field for JSONL/CSV.",
    "path": "The file the article came from (for JSONL/CSV: the corpus file).",
    "date": "Publication date (datetime64); NaT when missing, unparseable or implausible.",
    "title": "Headline when the input has one (BBC layout line 1, JSONL/CSV `title`), else None.",
    "source": "Outlet when the input says it (JSONL/CSV `source`, a folder's metadata.csv), else None.",
    "text": "Clean body: paragraphs, boilerplate removed, joined by one blank line. All offsets index this.",
    "n_paragraphs": "Number of paragraphs in `text`.",
    "n_chars": "len(text).",
    "boilerplate": "The removed paragraphs joined by a blank line ('' when none): nothing is dropped silently.",
    "date_raw": "The date as written in the input ('' when none), kept so an invalid date can be audited.",
    "encoding": "How the bytes were decoded: 'utf-8', 'utf-8-sig' (BOM), or a recorded fallback "
    "such as 'cp1252 (fallback)'.",
}
"""Columns of the ``articles`` table, in order. Extra JSONL/CSV fields follow them."""

ERROR_COLUMNS: dict[str, str] = {
    "path": "The input that failed (file, or `file:line` for a JSONL/CSV record).",
    "article_id": "The article id it would have had, when known.",
    "error": "What went wrong and what to fix.",
}
"""Columns of the ``errors`` table, in order."""

_DATE_LINE = re.compile(r"^\ufeff?\s*date\s+(\S+)[ \t]*", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_FIELD_DEFAULTS = {"id": "id", "date": "date", "title": "title", "text": "text", "source": "source"}
MIN_PLAUSIBLE_DATE = pd.Timestamp("1800-01-01")
PROGRESS_THRESHOLD = 300
"""Show a progress bar (when ``progress`` is left to ``None``) for inputs of more than this many files/records."""


class CorpusError(ValueError):
    """A corpus argument is unusable as a whole (not a single bad file: those become error rows)."""


@dataclass
class Article:
    """One loaded article (see :data:`ARTICLE_COLUMNS`)."""

    article_id: str
    path: str
    date: pd.Timestamp | None
    title: str | None
    source: str | None
    text: str
    n_paragraphs: int
    n_chars: int
    boilerplate: str
    date_raw: str
    encoding: str
    extra: dict = field(default_factory=dict)

    def record(self) -> dict:
        """The row of the articles table."""
        row = {name: getattr(self, name) for name in ARTICLE_COLUMNS}
        row.update(self.extra)
        return row


@dataclass
class LoadError:
    """One input that could not be loaded (see :data:`ERROR_COLUMNS`)."""

    path: str
    article_id: str | None
    error: str

    def record(self) -> dict:
        """The row of the errors table."""
        return {"path": self.path, "article_id": self.article_id, "error": self.error}


@dataclass(frozen=True)
class ParsedText:
    """An article file's text split into its parts."""

    date_raw: str
    title: str | None
    paragraphs: list[str]
    boilerplate: list[str]


# ---------------------------------------------------------------------------------------------------------------
# boilerplate rules


def default_boilerplate() -> list[str]:
    """Return the shipped boilerplate rules (regular expressions, one per whole paragraph)."""
    return read_rules(resource("boilerplate.txt"))


def read_rules(path: str | Path) -> list[str]:
    """Read a rules file: one regular expression per line, ``#`` comments and blank lines ignored."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def compile_boilerplate(rules: str | Path | Sequence[str] | None = None) -> re.Pattern:
    """Compile boilerplate rules into one case-insensitive whole-paragraph pattern.

    Args:
        rules: ``None`` for the shipped rules, a path to a rules file, or a sequence of regular expressions.

    Raises:
        CorpusError: a rule is not a valid regular expression (the message names it).
    """
    if rules is None:
        patterns = default_boilerplate()
    elif isinstance(rules, (str, Path)):
        patterns = read_rules(rules)
    else:
        patterns = list(rules)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise CorpusError(f"boilerplate rule {pattern!r} is not a valid regular expression: {exc}") from exc
    if not patterns:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.DOTALL)


# ---------------------------------------------------------------------------------------------------------------
# per-text functions


_SURROGATE = re.compile("[\ud800-\udfff]")


def normalise_newlines(text: str) -> str:
    """Turn CRLF/CR line ends into LF, drop a leading BOM, and replace lone surrogates (from JSON escapes) by U+FFFD."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    try:
        text.encode("utf-8")  # fails on a lone surrogate only; many times faster than searching for one
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def split_paragraphs(text: str) -> list[str]:
    """Split a body into paragraphs on blank lines; each paragraph is stripped, empty ones are dropped."""
    parts = (p.strip() for p in _PARAGRAPH_BREAK.split(text))
    return [p for p in parts if p]


def parse_text(raw: str, *, boilerplate: re.Pattern, has_title: bool | None = None) -> ParsedText:
    """Split a raw article file into date, title, paragraphs and removed boilerplate.

    Args:
        raw: the decoded file content.
        boilerplate: compiled rules (:func:`compile_boilerplate`).
        has_title: whether line 1 is a headline. ``None`` decides from the layout: a file without a date line
            whose first line stands alone (followed by a blank line) has a headline.
    """
    raw = normalise_newlines(raw)
    date_raw = ""
    match = _DATE_LINE.match(raw)
    if match:
        date_raw = match.group(1)
        raw = raw[match.end():]
    title = None
    paragraphs = split_paragraphs(raw)
    if has_title is None:
        has_title = not match and len(paragraphs) > 1 and "\n" not in paragraphs[0]
    if has_title and paragraphs:
        title, paragraphs = paragraphs[0], paragraphs[1:]
    kept: list[str] = []
    removed: list[str] = []
    for paragraph in paragraphs:
        (removed if boilerplate.fullmatch(paragraph) else kept).append(paragraph)
    return ParsedText(date_raw=date_raw, title=title, paragraphs=kept, boilerplate=removed)


def parse_date(value: object) -> pd.Timestamp | None:
    """Parse a publication date; ``None`` when missing, unparseable, before 1800 or in the future."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    text = str(value).strip()
    if not text:
        return None
    day = _ISO_DAY.fullmatch(text) is not None  # the common case: no time of day, nothing to normalise
    try:
        date = pd.Timestamp(text) if day else pd.to_datetime(text)
    except (ValueError, TypeError, OverflowError, pd.errors.OutOfBoundsDatetime):
        return None
    if pd.isna(date):
        return None
    if date.tzinfo is not None:
        date = date.tz_convert(None)
    if date < MIN_PLAUSIBLE_DATE or date > _latest_plausible():
        return None
    return date if day or date != date.normalize() else date.normalize()


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_LATEST: list = [float("-inf"), None]  # when the bound below was computed (monotonic seconds), and the bound


def _latest_plausible() -> pd.Timestamp:
    """Tomorrow, the latest plausible publication date (computed at most once a minute: a corpus has many)."""
    now = time.monotonic()
    if now - _LATEST[0] > 60:
        _LATEST[:] = [now, pd.Timestamp.now() + pd.Timedelta(days=1)]
    return _LATEST[1]


def make_article(
    article_id: str,
    path: str,
    parsed: ParsedText,
    *,
    encoding: str,
    title: str | None = None,
    source: str | None = None,
    extra: dict | None = None,
) -> Article | LoadError:
    """Assemble an :class:`Article` from parsed text, or a :class:`LoadError` when no body is left."""
    text = "\n\n".join(parsed.paragraphs)
    if not text:
        why = "only boilerplate, no body text" if parsed.boilerplate else "no body text"
        return LoadError(path, article_id, why)
    return Article(
        article_id=article_id,
        path=path,
        date=parse_date(parsed.date_raw),
        title=title if title is not None else parsed.title,
        source=source,
        text=text,
        n_paragraphs=len(parsed.paragraphs),
        n_chars=len(text),
        boilerplate="\n\n".join(parsed.boilerplate),
        date_raw=parsed.date_raw,
        encoding=encoding,
        extra=extra or {},
    )


# ---------------------------------------------------------------------------------------------------------------
# inputs


def _text_article(data: bytes, where: str, article_id: str, *, boilerplate: re.Pattern) -> Article | LoadError:
    try:
        raw, encoding = decode(data)
    except ValueError as exc:
        return LoadError(where, article_id, str(exc))
    return make_article(article_id, where, parse_text(raw, boilerplate=boilerplate), encoding=encoding)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _id_text(value: object) -> str | None:
    """An id field as text; ``None`` when missing or blank (the record then gets its fallback id)."""
    if _missing(value):
        return None
    text = str(value).strip()
    return text or None


def _record_article(record: Record, fallback_id: str, *, fields: Fields, boilerplate: re.Pattern) -> Article | LoadError:
    data = record.fields
    article_id = _id_text(data.get(fields.id)) or fallback_id
    text = data.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        return LoadError(record.where, article_id, f"no text in field {fields.text!r}")
    parsed = parse_text(text, boilerplate=boilerplate, has_title=False)
    date_raw = data.get(fields.date)
    parsed = ParsedText(
        date_raw="" if _missing(date_raw) else str(date_raw),
        title=None,
        paragraphs=parsed.paragraphs,
        boilerplate=parsed.boilerplate,
    )
    known = {fields.id, fields.text, fields.date, fields.title, fields.source}
    extra = {k: v for k, v in data.items() if k not in known and k not in ARTICLE_COLUMNS}
    title, source = data.get(fields.title), data.get(fields.source)
    return make_article(
        article_id,
        record.where,
        parsed,
        encoding=record.encoding,
        title=None if _missing(title) else str(title),
        source=None if _missing(source) else str(source),
        extra=extra,
    )


def load_error(problem: Problem) -> LoadError:
    """The error row of a :class:`~analysis.records.Problem`."""
    return LoadError(problem.where, problem.article_id, problem.error)


def parse_source(source: Source, *, fields: Fields, boilerplate: re.Pattern) -> Article | LoadError:
    """Parse a :class:`Source` into an :class:`Article`, or a :class:`LoadError` saying why it is not one."""
    if source.kind == "text":
        item = _text_article(source.data, source.where, source.article_id,  # type: ignore[arg-type]
                             boilerplate=boilerplate)
        if isinstance(item, Article) and source.metadata:
            item = _apply_metadata(item, dict(source.metadata), source.metadata_encoding)
        return item
    if source.kind == "json":
        record = parse_json_line(source.where, source.line, source.data)  # type: ignore[arg-type]
        if isinstance(record, Problem):
            return load_error(record)
    else:
        record = Record(source.where, source.line, source.data, source.encoding)  # type: ignore[arg-type]
    return _record_article(record, source.article_id, fields=fields, boilerplate=boilerplate)


class Duplicates:
    """The ids loaded so far: a second article with an id already loaded becomes an error row."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def check(self, article_id: str, where: str) -> LoadError | None:
        """``None`` for a new id (now remembered), else the error row of the duplicate."""
        first = self.seen.setdefault(article_id, where)
        return None if first == where else LoadError(where, article_id, f"duplicate article_id (first loaded from {first})")


def iter_articles(
    *paths: str | Path,
    fields: Fields | None = None,
    boilerplate: str | Path | Sequence[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | LoadError]:
    """Yield every input as an :class:`Article` or a :class:`LoadError`, in a deterministic order.

    This is the streaming core of :func:`load_corpus`; batch runs consume it lazily.

    Args:
        *paths: files (``.txt``, ``.jsonl``, ``.jsonl.gz``, ``.csv``) or folders of ``.txt`` files.
        fields: field names for JSONL/CSV inputs.
        boilerplate: boilerplate rules (see :func:`compile_boilerplate`).
        max_bytes: the largest article read (a file, a JSON line, a CSV field); larger ones are error rows.

    Raises:
        CorpusError: no path given.
    """
    if not paths:
        raise CorpusError("no input given: pass a .txt file, a folder of .txt files, a .jsonl(.gz) or a .csv")
    fields = fields or Fields()
    rules = compile_boilerplate(boilerplate)
    duplicates = Duplicates()
    for source in iter_sources(*paths, fields=fields, max_bytes=max_bytes):
        if isinstance(source, Problem):
            yield load_error(source)
            continue
        item = parse_source(source, fields=fields, boilerplate=rules)
        if isinstance(item, Article):
            item = duplicates.check(item.article_id, item.path) or item
        yield item


def _apply_metadata(article: Article, metadata: dict, encoding: str | None) -> Article:
    for key, value in metadata.items():
        if key == "date":
            article.date_raw, article.date = value, parse_date(value)
        elif key in ("source", "title"):
            setattr(article, key, value or None)
        elif key not in ARTICLE_COLUMNS:
            article.extra[key] = value
    if encoding is not None:
        article.encoding = f"{article.encoding}; {METADATA_FILE} {encoding}"
    return article


# ---------------------------------------------------------------------------------------------------------------
# table level


def articles_frame(articles: Iterable[Article]) -> pd.DataFrame:
    """Turn :class:`Article` records into the ``articles`` table (columns of :data:`ARTICLE_COLUMNS` first, then the
    extra fields in the order they first appear; NaN where a record lacks one). Built column by column: twice as
    fast as from row dicts."""
    articles = list(articles)
    data: dict[str, list] = {name: [getattr(a, name) for a in articles] for name in ARTICLE_COLUMNS}
    for key in dict.fromkeys(k for a in articles for k in a.extra):
        data[key] = [a.extra.get(key, np.nan) for a in articles]
    frame = pd.DataFrame(data)
    frame["date"] = pd.to_datetime(frame["date"]).astype("datetime64[ns]")
    for column in ("n_paragraphs", "n_chars"):
        frame[column] = frame[column].astype("int64")
    return frame.reset_index(drop=True)


def errors_frame(errors: Iterable[LoadError]) -> pd.DataFrame:
    """Turn :class:`LoadError` records into the ``errors`` table (:data:`ERROR_COLUMNS`)."""
    return pd.DataFrame([e.record() for e in errors], columns=list(ERROR_COLUMNS))


def load_corpus(
    *paths: str | Path,
    id_field: str = "id",
    date_field: str = "date",
    title_field: str = "title",
    text_field: str = "text",
    source_field: str = "source",
    boilerplate: str | Path | Sequence[str] | None = None,
    progress: bool | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Load articles from files, folders and JSONL/CSV corpora.

    Args:
        *paths: ``.txt`` files, folders of ``.txt`` files (recursive), ``.jsonl``/``.jsonl.gz`` or ``.csv``.
        id_field: JSONL/CSV field holding the article id.
        date_field: JSONL/CSV field holding the publication date.
        title_field: JSONL/CSV field holding the headline.
        text_field: JSONL/CSV field holding the body.
        source_field: JSONL/CSV field holding the outlet.
        boilerplate: ``None`` for the shipped rules, a rules file, or a list of regular expressions (each matched
            against a whole paragraph, case-insensitive). Pass ``[]`` to keep everything.
        progress: show a progress bar; ``None`` shows one for large inputs when writing to a terminal.
        max_bytes: the largest article read (a ``.txt`` file, a JSON line, a CSV field), 32 MiB by default
            (:data:`analysis.files.DEFAULT_MAX_BYTES`); a larger one is an error row saying so.

    Returns:
        ``(articles, errors)``: see :data:`ARTICLE_COLUMNS` and :data:`ERROR_COLUMNS`. Every input file or
        record is in exactly one of them.

    Raises:
        CorpusError: no input given, or an invalid boilerplate rule.
    """
    fields = Fields(id=id_field, date=date_field, title=title_field, text=text_field, source=source_field)
    items = iter_articles(*paths, fields=fields, boilerplate=boilerplate, max_bytes=max_bytes)
    articles: list[Article] = []
    errors: list[LoadError] = []
    for item in progress_bar(items, enabled=progress, desc="loading", unit="article"):
        (articles if isinstance(item, Article) else errors).append(item)
    return articles_frame(articles), errors_frame(errors)


def progress_bar(iterable: Iterable, *, enabled: bool | None, total: int | None = None, **options) -> Iterable:
    """Wrap an iterable in a tqdm bar: on when ``enabled``; when ``None``, only on a terminal.

    With ``enabled=None`` the bar also stays hidden for short runs: tqdm's ``delay`` waits two seconds first.
    """
    if enabled is False or (enabled is None and not sys.stderr.isatty()):
        return iterable
    from tqdm.auto import tqdm

    return tqdm(iterable, total=total, delay=0 if enabled else 2, **options)


def boilerplate_summary(articles: pd.DataFrame, *, top: int = 20) -> pd.DataFrame:
    """Count the removed boilerplate paragraphs across a corpus, most frequent first.

    Returns:
        A table with ``paragraph`` (the removed text, cut at 120 characters) and ``articles`` (how many
        articles it was removed from).
    """
    removed = articles["boilerplate"].fillna("").map(lambda text: split_paragraphs(text))
    exploded = removed.explode().dropna()
    exploded = exploded[exploded != ""].str.slice(0, 120)
    counts = exploded.value_counts().head(top)
    return counts.rename_axis("paragraph").reset_index(name="articles")
