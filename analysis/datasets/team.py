"""The team's annotated sets (``benchmarks/data``): attributions and stance pairs on development-pool articles.

Labels are stored as character offsets into the raw texts of ``../shared`` (never the texts); this module
reads them, checks that each source text is unchanged, loads the articles through :func:`analysis.load_corpus`
as the pipeline does, and maps every span onto the loaded text. Each article belongs to one part (``train``,
``dev``, ``test``) listed in the set's ``split.csv``, so that parts never share an article.
"""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.corpus import ARTICLE_COLUMNS, load_corpus
from analysis.datasets.alignment import Alignment
from analysis.datasets.shared import (
    ArticleRef,
    allsides_records,
    raw_texts,
    text_digest,
)
from analysis.paths import PROJECT_DIR

DATA_DIR = PROJECT_DIR / "benchmarks" / "data"
"""Where the team's sets live: ``attribution/``, ``stance/``, ``lineage/``."""

PARTS = ("train", "dev", "test")

Span = tuple[int, int]


@dataclass(frozen=True)
class Label:
    """One labelled item, its spans mapped onto the loaded article text.

    Attributes:
        article: the article reference (``bbc:politics/011``), also its ``article_id`` in the loaded table.
        item: the item's number within its article in its label file.
        annotator: who labelled it.
        content: the content pieces (loaded offsets).
        cue, source, entity, mention: spans (loaded offsets) or None.
        fields: every other field of the label record (kind, entity_type, classes, target, label...).
    """

    article: str
    item: int
    annotator: str
    content: tuple[Span, ...]
    cue: Span | None
    source: Span | None
    entity: Span | None
    mention: Span | None
    fields: dict = field(default_factory=dict)

    def get(self, name: str, default: object = None) -> object:
        return self.fields.get(name, default)


@dataclass
class TeamSet:
    """A team set loaded for scoring: its labels and the articles they point into.

    Attributes:
        labels: the labels, in file order.
        articles: the loaded articles (:func:`analysis.load_corpus` columns; ``article_id`` is the reference).
        dropped: labels that could not be placed (their text is in a part the loader removes), with the reason.
    """

    labels: list[Label]
    articles: pd.DataFrame
    dropped: list[tuple[dict, str]]

    def text(self, article: str) -> str:
        return self.articles.set_index("article_id").at[article, "text"]


def read_split(folder: Path) -> dict[str, str]:
    """The part of each article of a set (``split.csv``: ``article,part``)."""
    path = folder / "split.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["article"]: row["part"] for row in csv.DictReader(line for line in handle
                                                                       if not line.startswith("#"))}


def read_records(paths: Iterable[str | Path]) -> list[dict]:
    """The label records of some label files (JSON Lines), in order."""
    records = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            records.extend(json.loads(line) for line in handle if line.strip())
    return records


def load_articles(refs: Sequence[str]) -> pd.DataFrame:
    """Load referenced articles as the pipeline would, ``article_id`` set to the reference."""
    frames = []
    allsides = [ArticleRef.parse(r) for r in refs if r.startswith("allsides:")]
    if allsides:
        records = allsides_records([r.key for r in allsides])
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "articles.jsonl"
            with path.open("w", encoding="utf-8") as handle:
                for ref in allsides:
                    record = dict(records[ref.key], id=str(ref))
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            articles, _ = load_corpus(path, progress=False)
            frames.append(articles)
    for ref in refs:
        if ref.startswith("allsides:"):
            continue
        articles, errors = load_corpus(ArticleRef.parse(ref).path(), progress=False)
        if not errors.empty:
            raise ValueError(f"{ref}: {errors.iloc[0]['error']}")
        frames.append(articles.assign(article_id=ref))
    if not frames:  # a label file with no label (an annotator who found no pair in their article)
        return pd.DataFrame(columns=list(ARTICLE_COLUMNS))
    frame = pd.concat(frames, ignore_index=True)
    order = {ref: i for i, ref in enumerate(refs)}
    return frame.sort_values("article_id", key=lambda s: s.map(order)).reset_index(drop=True)


def load_set(paths: Iterable[str | Path], *, parts: Sequence[str] | None = None,
             split: dict[str, str] | None = None) -> TeamSet:
    """Read label files and load their articles.

    Args:
        paths: label files (JSON Lines written by ``scripts/annotate.py anchor``).
        parts: keep only the articles of these parts (None keeps all).
        split: the article -> part table (default: the ``split.csv`` beside the first file).

    Raises:
        ValueError: a source text changed since it was labelled (its digest differs).
    """
    paths = [Path(p) for p in paths]
    records = read_records(paths)
    if split is None and paths:
        split = read_split(paths[0].parent)
    if parts is not None:
        unknown = set(parts) - set(PARTS)
        if unknown:
            raise ValueError(f"unknown part(s) {sorted(unknown)}: choose from {', '.join(PARTS)}")
        present = sorted({(split or {}).get(r["article"], "none") for r in records})
        records = [r for r in records if (split or {}).get(r["article"]) in parts]
        if not records:
            raise ValueError(f"no labelled article is in part(s) {', '.join(parts)}; this set has "
                             f"{', '.join(present) or 'no labels'}")
    refs = list(dict.fromkeys(r["article"] for r in records))
    raws = raw_texts(refs)
    for record in records:
        if text_digest(raws[record["article"]]) != record["digest"]:
            raise ValueError(f"{record['article']}: the source text changed since it was labelled")
    articles = load_articles(refs)
    loaded = dict(zip(articles["article_id"], articles["text"]))
    alignments = {ref: Alignment.of(raws[ref], loaded[ref]) for ref in refs}
    labels, dropped = [], []
    for record in records:
        alignment = alignments[record["article"]]
        content = [alignment.span(*span) for span in record["content"]]
        if any(span is None for span in content):
            dropped.append((record, "content outside the loaded text (headline or boilerplate)"))
            continue
        mapped = {name: (alignment.span(*record[name]) if record.get(name) else None)
                  for name in ("cue", "source", "entity", "mention")}
        if record.get("entity") and mapped["entity"] is None:  # first named in the headline: the body's first
            name = raws[record["article"]][slice(*record["entity"])]
            found = loaded[record["article"]].find(name)
            mapped["entity"] = (found, found + len(name)) if found >= 0 else None
        extra = {k: v for k, v in record.items()
                 if k not in ("article", "item", "annotator", "digest", "content", "cue", "source", "entity",
                              "mention")}
        labels.append(Label(record["article"], record["item"], record.get("annotator", ""), tuple(content),
                            mapped["cue"], mapped["source"], mapped["entity"], mapped["mention"], extra))
    return TeamSet(labels, articles, dropped)


def write_split(folder: Path, parts: dict[str, str], *, header: str) -> None:
    """Write a set's ``split.csv`` (article, part), with a comment header."""
    with (folder / "split.csv").open("w", encoding="utf-8", newline="") as handle:
        for line in header.strip().splitlines():
            handle.write(f"# {line}\n")
        writer = csv.writer(handle)
        writer.writerow(["article", "part"])
        for article, part in parts.items():
            writer.writerow([article, part])
