"""The raw texts of ``../shared``, addressed by a short reference such as ``bbc:politics/011``.

Gold annotations made by the team point into these texts by character offsets (see
``benchmarks/data/README.md``). A reference names a corpus and an article in it:

================ ================================ ===========================================================
corpus           reference                        raw text
================ ================================ ===========================================================
``allsides``     ``allsides:<id>``                the record's ``text`` field, as stored
``bbc``          ``bbc:<category>/<NNN>``         the file ``corpus/bbc/bbc/<category>/<NNN>.txt``, decoded
``seed``         ``seed:<stem>``                  the file ``seed/<stem>.txt``, decoded
``polnear``      ``polnear:<split>/<name>``       ``gold/polnear/data/<split>/text/<name>.txt``
================ ================================ ===========================================================

Files are decoded as UTF-8, else Latin-1 (one BBC file holds a raw Latin-1 byte).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from analysis.paths import PROJECT_DIR

SHARED_ENV = "ANALYSIS_SHARED"
"""Environment variable that points at the shared data folder when it is not ``../shared``."""

CORPORA = ("allsides", "bbc", "seed", "polnear")


def shared_dir() -> Path:
    """The shared data folder: ``$ANALYSIS_SHARED``, else ``shared/`` beside the project."""
    env = os.environ.get(SHARED_ENV)
    return Path(env).expanduser() if env else PROJECT_DIR.parent / "shared"


ALLSIDES_FILE = Path("corpus") / "allsides" / "articles.jsonl.gz"


@dataclass(frozen=True)
class ArticleRef:
    """A reference to one article of ``../shared``.

    Attributes:
        corpus: one of :data:`CORPORA`.
        key: the article within the corpus (AllSides id, ``category/NNN`` for BBC, ...).
    """

    corpus: str
    key: str

    @classmethod
    def parse(cls, ref: str) -> "ArticleRef":
        """Read ``corpus:key``.

        Raises:
            ValueError: the reference does not name a known corpus and a key.
        """
        corpus, sep, key = str(ref).partition(":")
        if not sep or corpus not in CORPORA or not key or ".." in key:
            raise ValueError(f"article reference {ref!r} is not 'corpus:key' with corpus one of {', '.join(CORPORA)}")
        return cls(corpus, key)

    def __str__(self) -> str:
        return f"{self.corpus}:{self.key}"

    def path(self, root: Path | None = None) -> Path:
        """The file holding the article (for AllSides: the whole corpus file)."""
        root = root or shared_dir()
        if self.corpus == "allsides":
            return root / ALLSIDES_FILE
        if self.corpus == "bbc":
            return root / "corpus" / "bbc" / "bbc" / f"{self.key}.txt"
        if self.corpus == "seed":
            return root / "seed" / f"{self.key}.txt"
        split, _, name = self.key.partition("/")
        return root / "gold" / "polnear" / "data" / split / "text" / f"{name}.txt"


def decode_file(path: Path) -> str:
    """A shared text file as text: UTF-8, else Latin-1 (no other normalisation)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


@lru_cache(maxsize=4)
def _allsides_records(path: Path, ids: frozenset[str]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("id") in ids:
                found[record["id"]] = record
                if len(found) == len(ids):
                    break
    return found


def allsides_records(ids: Iterable[str], *, root: Path | None = None) -> dict[str, dict]:
    """The AllSides records with these ids, read in one pass over the corpus file (missing ids are absent)."""
    return _allsides_records((root or shared_dir()) / ALLSIDES_FILE, frozenset(ids))


def raw_texts(refs: Iterable[str | ArticleRef], *, root: Path | None = None) -> dict[str, str]:
    """The raw text of each reference, keyed by its string form.

    Raises:
        FileNotFoundError: an article is not in ``../shared`` (the message names it).
    """
    parsed = [ref if isinstance(ref, ArticleRef) else ArticleRef.parse(ref) for ref in refs]
    allsides = allsides_records([ref.key for ref in parsed if ref.corpus == "allsides"], root=root)
    texts: dict[str, str] = {}
    for ref in parsed:
        if ref.corpus == "allsides":
            if ref.key not in allsides:
                raise FileNotFoundError(f"{ref}: no AllSides record with this id in {ref.path(root)}")
            texts[str(ref)] = allsides[ref.key]["text"]
        else:
            path = ref.path(root)
            if not path.is_file():
                raise FileNotFoundError(f"{ref}: {path} does not exist")
            texts[str(ref)] = decode_file(path)
    return texts


def text_digest(text: str) -> str:
    """A short SHA-256 of a text, stored with annotations to detect a changed source (not the text itself)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
