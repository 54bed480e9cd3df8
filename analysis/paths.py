"""Where things live: every path the package uses is built here, from the package location."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
"""The installed ``analysis`` package."""

RESOURCES = PACKAGE_DIR / "resources"
"""Word lists and tables shipped as data (cue verbs, abbreviations, boilerplate, targets...)."""

MODELS = PACKAGE_DIR / "models"
"""Small trained models shipped inside the package (a few MB at most)."""

PROJECT_DIR = PACKAGE_DIR.parent
"""The repository root when the package is installed editable (notebooks/, samples/ live there)."""

SAMPLE_CORPUS = PROJECT_DIR / "samples" / "corpus"
"""The small sample corpus written for this project; the default corpus of the notebooks."""

NOTEBOOKS = PROJECT_DIR / "notebooks"
"""The numbered notebooks that `make report` executes."""


def cache_dir() -> Path:
    """Return the user cache folder (``$ANALYSIS_CACHE``, else ``$XDG_CACHE_HOME/analysis``).

    Large artefacts that must not live in git (fine-tuned encoder weights, extraction caches) go here.
    """
    env = os.environ.get("ANALYSIS_CACHE")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base).expanduser() / "analysis"


def resource(name: str) -> Path:
    """Return the path of a shipped resource file, with a clear error when it is missing.

    Args:
        name: file name inside ``analysis/resources``.

    Raises:
        FileNotFoundError: the file is not shipped with this installation.
    """
    path = RESOURCES / name
    if not path.exists():
        raise FileNotFoundError(f"resource {name!r} is missing from {RESOURCES}; reinstall the package")
    return path


NOTEBOOK_OUTPUT = PROJECT_DIR / "notebooks" / "output"
"""Where notebooks run by hand (JupyterLab) write figures, listings and article pages; ignored by git."""


def report_folder(folder: str | Path = "") -> Path:
    """The folder a notebook writes into: ``folder`` (a report being built), else :data:`NOTEBOOK_OUTPUT`."""
    path = Path(folder) if folder else NOTEBOOK_OUTPUT
    path.mkdir(parents=True, exist_ok=True)
    return path


def table_files(folder: str | Path, name: str) -> list[Path]:
    """The exported files of one table in a report folder: ``tables/NAME.csv`` and ``tables/NAME.parquet``."""
    return [Path(folder) / "tables" / f"{name}.{suffix}" for suffix in ("csv", "parquet")]
