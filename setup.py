"""Build: the package, with its hot modules compiled to C by mypyc where a C compiler is available.

The project's metadata lives in ``pyproject.toml``; this file only adds the compiled extensions. The modules are
listed once, in ``analysis/native.py`` (``COMPILED``), which also explains how a stale build is never used.

Environment:
    ANALYSIS_COMPILE=0   install pure Python (no C compiler needed; about half the speed).

Without a working compiler, or when mypyc rejects a module, the build warns and installs pure Python; the
tables are the same either way. ``make test`` checks that the compiled modules are in use.
"""

from __future__ import annotations

import json
import os
import runpy
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
PACKAGE = ROOT / "analysis"
NATIVE = runpy.run_path(str(PACKAGE / "native.py"))


def _warn(message: str) -> None:
    print(f"\n*** analysis: {message}\n*** installing pure Python instead (same results, slower)\n",
          file=sys.stderr, flush=True)


def _sources() -> dict[str, str]:
    return {name: NATIVE["source_hash"](PACKAGE / f"{name}.py") for name in NATIVE["COMPILED"]}


class OptionalBuildExt(build_ext):
    """Build the mypyc extensions; on failure, warn and leave a pure-Python install. Record what was built."""

    def run(self) -> None:
        sources = _sources()
        record = (PACKAGE if self.inplace else Path(self.build_lib) / "analysis") / NATIVE["BUILD_RECORD"]
        record.unlink(missing_ok=True)
        if self.inplace:
            self._remove_unlisted()
        try:
            super().run()
        except Exception as exc:  # noqa: BLE001 - any compiler or linker failure
            _warn(f"compiling the hot modules failed ({type(exc).__name__}: {exc})")
            self._remove_partial()
            return
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(json.dumps({"compiler": "mypyc", "sources": sources}, indent=1) + "\n", encoding="utf-8")

    def _remove_unlisted(self) -> None:
        """Extensions left in the source folder by an earlier build, of modules no longer compiled."""
        for path in PACKAGE.glob("*.so"):
            module = path.name.split(".")[0].removesuffix("__mypyc")
            if module not in NATIVE["COMPILED"]:
                path.unlink()

    def _remove_partial(self) -> None:
        folders = [PACKAGE] if self.inplace else [Path(self.build_lib) / "analysis"]
        for folder in folders:
            for name in NATIVE["COMPILED"]:
                for path in folder.glob(f"{name}.*.so"):
                    path.unlink()
                for path in folder.glob(f"{name}__mypyc.*.so"):
                    path.unlink()


def ext_modules() -> list:
    if os.environ.get("ANALYSIS_COMPILE", "1").strip() == "0":
        return []
    try:
        from mypyc.build import mypycify

        return mypycify([f"analysis/{name}.py" for name in NATIVE["COMPILED"]], opt_level="3", separate=True)
    except BaseException as exc:  # noqa: BLE001 - mypyc exits on a type error; a missing mypyc raises ImportError
        if isinstance(exc, KeyboardInterrupt):
            raise
        _warn(f"mypyc could not compile the hot modules ({type(exc).__name__}: {exc})")
        return []


setup(ext_modules=ext_modules(), cmdclass={"build_ext": OptionalBuildExt})
