"""Shared fixtures: the data beside the project (../shared, read in place) and the bundled sample corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.paths import PROJECT_DIR, SAMPLE_CORPUS

SHARED = PROJECT_DIR.parent / "shared"
SEED = SHARED / "seed" / "000_6f79758aed7cd93b.txt"
BBC = SHARED / "corpus" / "bbc"
ALLSIDES = SHARED / "corpus" / "allsides" / "articles.jsonl.gz"
POLNEAR = SHARED / "gold" / "polnear" / "data"
NEWSMTSC = SHARED / "stance" / "newsmtsc"


def need(path: Path) -> Path:
    """Skip the test when a ../shared resource is absent (CI always has it)."""
    if not path.exists():
        pytest.skip(f"{path} is not available")
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
