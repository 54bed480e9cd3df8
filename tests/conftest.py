"""Shared fixtures: the data beside the project (../shared, read in place) and the bundled sample corpus; the
summary of tests skipped for missing data at the end of a run (tests/skip_summary.py)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.paths import PROJECT_DIR, SAMPLE_CORPUS
from tests.skip_summary import DATA_PREFIX, pytest_terminal_summary  # noqa: F401  (the hook, found by its name)

pytest_plugins = ["pytester"]  # tests/test_skip_summary.py runs pytest on small test files

SHARED = PROJECT_DIR.parent / "shared"
SEED = SHARED / "seed" / "000_6f79758aed7cd93b.txt"
BBC = SHARED / "corpus" / "bbc"
ALLSIDES = SHARED / "corpus" / "allsides" / "articles.jsonl.gz"
POLNEAR = SHARED / "gold" / "polnear" / "data"
NEWSMTSC = SHARED / "stance" / "newsmtsc"


def need(path: Path) -> Path:
    """Skip the test when a ../shared resource is absent (CI always has it); the end of the run lists it."""
    if not path.exists():
        pytest.skip(f"{DATA_PREFIX} {path} is not available")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return need(SEED)


@pytest.fixture(scope="session")
def sample_corpus() -> Path:
    return SAMPLE_CORPUS


@pytest.fixture(scope="session")
def sample_articles():
    from analysis import load_corpus

    articles, errors = load_corpus(SAMPLE_CORPUS)
    assert errors.empty
    return articles


@pytest.fixture(scope="session")
def seed_articles():
    from analysis import load_corpus

    articles, errors = load_corpus(need(SEED))
    assert errors.empty
    return articles


@pytest.fixture(scope="session")
def sample_result():
    """The pipeline's tables of the sample corpus (sentences, quotes, speakers, stance), computed once."""
    from analysis import pipeline

    return pipeline.run(SAMPLE_CORPUS, tables=("sentences", "quotes", "speakers", "stance"), jobs=1, cache=False)


@pytest.fixture(scope="session")
def bare_result(sample_result):
    """The sample corpus as a corpus without dates or outlets: what a folder of plain files without metadata gives."""
    from analysis.pipeline import Result

    tables = dict(sample_result.tables)
    tables["articles"] = tables["articles"].assign(date=pd.NaT, source=None)
    return Result(tables)


@pytest.fixture(scope="session")
def quoteless_result(sample_result):
    """A corpus in which nothing is quoted: the sample's articles with empty quotes, speakers and stance tables."""
    from analysis.pipeline import Result

    tables = {name: (frame if name in ("articles", "errors", "sentences") else frame.iloc[0:0])
              for name, frame in sample_result.tables.items()}
    return Result(tables)


@pytest.fixture(scope="session")
def built_report(tmp_path_factory):
    """The reports of the sample corpus, built once as `analysis report` builds them (two notebooks at once)."""
    from analysis.report import build_report

    out = tmp_path_factory.mktemp("built") / "reports"
    cache = tmp_path_factory.mktemp("cache")
    mp = pytest.MonkeyPatch()
    mp.setenv("ANALYSIS_CACHE", str(cache))  # the kernels inherit it: the tests never touch the user cache
    try:
        written = build_report(SAMPLE_CORPUS, out, jobs=2)
    finally:
        mp.undo()
    return out, written
