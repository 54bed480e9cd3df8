"""The compiled build: which modules run as C extensions, and their sources whenever a build is stale.

The hot modules (:data:`COMPILED`) are plain, type-annotated Python that ``setup.py`` also compiles with mypyc
into C extensions when the package is installed (a C compiler is needed; without one the install falls back to
pure Python, with a warning). The compiled and the pure-Python modules give identical tables (a test checks on
real articles); compiled, the whole pipeline runs about twice as fast.

An extension is only used while it was built from the very source beside it: the build records each source's
SHA-256 in ``_native_build.json``, and :func:`install` (run when :mod:`analysis` is imported, before any of
these modules) makes Python import the ``.py`` source instead of an extension that is stale (the source was
edited after the build) or unrecorded. So an edit always takes effect, compiled again by the next
``make setup``. ``ANALYSIS_PURE_PYTHON=1`` imports every source, for debugging or to compare.

This module must import nothing but the standard library: ``setup.py`` reads :data:`COMPILED` from it before
the package is built.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

COMPILED: tuple[str, ...] = ("scanner", "boundaries", "quotes", "speakers", "stance_features", "stance", "targets")
"""The modules of :mod:`analysis` that the build compiles (mypyc), by module name."""

BUILD_RECORD = "_native_build.json"
"""The file, in the package folder, where the build records the SHA-256 of each source it compiled."""

PURE_ENV = "ANALYSIS_PURE_PYTHON"
"""Set to 1 (or true, yes) to import every module from its Python source."""

PACKAGE = "analysis"
PACKAGE_DIR = Path(__file__).resolve().parent


def source_hash(path: Path) -> str:
    """The SHA-256 of a source file, as the build records it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _extension(name: str) -> Path | None:
    """The extension file built for module ``name`` beside its source, or None."""
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = PACKAGE_DIR / f"{name}{suffix}"
        if path.exists():
            return path
    return None


def _extended_modules() -> list[str]:
    """Every module of the package folder that has both a ``.py`` source and an extension beside it (a module
    compiled by an earlier build, and no longer listed, counts too)."""
    return sorted(path.stem for path in PACKAGE_DIR.glob("*.py") if _extension(path.stem) is not None)


def _recorded() -> dict[str, str]:
    try:
        data = json.loads((PACKAGE_DIR / BUILD_RECORD).read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in data.get("sources", {}).items()}
    except (OSError, ValueError, AttributeError):
        return {}


def pure_requested() -> bool:
    """Whether :data:`PURE_ENV` asks for the Python sources."""
    return os.environ.get(PURE_ENV, "").strip().lower() in ("1", "true", "yes")


def stale_modules() -> list[str]:
    """The modules with an extension beside them that the last build did not make from their current source."""
    recorded = _recorded()
    return [name for name in _extended_modules() if recorded.get(name) != source_hash(PACKAGE_DIR / f"{name}.py")]


class _SourceFirst(importlib.abc.MetaPathFinder):
    """Finds the listed ``analysis`` modules as their ``.py`` sources, ahead of any extension beside them."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = {f"{PACKAGE}.{name}": name for name in names}

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        name = self.names.get(fullname)
        if name is None:
            return None
        return importlib.util.spec_from_file_location(fullname, PACKAGE_DIR / f"{name}.py")


def install() -> list[str]:
    """Make stale extensions (and, with :data:`PURE_ENV`, all of them) import from source; return those modules.

    Called by ``analysis/__init__.py`` before any compiled module is imported. A stale build is reported with
    a warning that says how to rebuild it.
    """
    if any(isinstance(finder, _SourceFirst) for finder in sys.meta_path):
        return []
    if pure_requested():
        names = _extended_modules()
    else:
        names = stale_modules()
        if names:
            verb = "was" if len(names) == 1 else "were"
            warnings.warn(f"analysis: the compiled {', '.join(names)} {verb} built from an older source; running "
                          "the Python source (slower). Rebuild with `make setup` (or `pip install -e .`).",
                          RuntimeWarning, stacklevel=2)
    if names:
        sys.meta_path.insert(0, _SourceFirst(names))
    return names


def compiled_modules() -> list[str]:
    """The modules of :data:`COMPILED` running as C extensions in this process (imports them)."""
    import importlib

    loaded = [importlib.import_module(f"{PACKAGE}.{name}") for name in COMPILED]
    return [name for name, module in zip(COMPILED, loaded) if not str(module.__file__).endswith(".py")]


def describe() -> str:
    """One line for ``--version`` and benchmark headers: which modules run compiled."""
    compiled = compiled_modules()
    if not compiled:
        return "pure Python"
    if len(compiled) == len(COMPILED):
        return "compiled (mypyc): " + ", ".join(compiled)
    return f"partly compiled (mypyc): {', '.join(compiled)}; pure Python: " \
           f"{', '.join(n for n in COMPILED if n not in compiled)}"
