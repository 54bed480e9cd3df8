"""The compiled build (analysis.native): current when required, never used stale, identical to the sources."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES, SourceFileLoader

import numpy as np
import pandas as pd
import pytest

from analysis import native
from analysis.paths import PROJECT_DIR

from .conftest import ALLSIDES, SEED, need

REQUIRED = os.environ.get("ANALYSIS_REQUIRE_COMPILED", "") == "1"


@pytest.mark.skipif(not REQUIRED, reason="ANALYSIS_REQUIRE_COMPILED=1 is set by `make test`")
def test_the_compiled_modules_are_current_and_in_use():
    assert native.stale_modules() == [], "rebuild with `make setup`"
    assert native.compiled_modules() == list(native.COMPILED), \
        "the hot modules are not compiled: is a C compiler installed? (`make setup` prints what it built)"


@pytest.fixture
def fake_package(tmp_path, monkeypatch):
    """A package folder with one module, ``mod``, and an extension file beside it."""
    (tmp_path / "mod.py").write_text("X = 1\n")
    (tmp_path / f"mod{EXTENSION_SUFFIXES[0]}").write_bytes(b"not really a library")
    (tmp_path / "plain.py").write_text("Y = 2\n")
    monkeypatch.setattr(native, "PACKAGE_DIR", tmp_path)
    return tmp_path


def _record(folder, **sources):
    (folder / native.BUILD_RECORD).write_text(json.dumps({"sources": sources}))


def test_an_extension_built_from_the_current_source_is_used(fake_package):
    _record(fake_package, mod=native.source_hash(fake_package / "mod.py"))
    assert native.stale_modules() == []


@pytest.mark.parametrize("case", ["edited after the build", "no build record", "not in the record"])
def test_a_stale_or_unrecorded_extension_is_not_used(fake_package, case):
    if case == "edited after the build":
        _record(fake_package, mod=native.source_hash(fake_package / "mod.py"))
        (fake_package / "mod.py").write_text("X = 2  # edited\n")
    elif case == "not in the record":
        _record(fake_package, other="0" * 64)
    assert native.stale_modules() == ["mod"]


def test_the_source_first_finder_serves_the_python_source():
    finder = native._SourceFirst(["quotes"])
    spec = finder.find_spec("analysis.quotes")
    assert spec is not None and spec.origin.endswith("quotes.py") and isinstance(spec.loader, SourceFileLoader)
    assert finder.find_spec("analysis.speakers") is None
    assert finder.find_spec("quotes") is None


_TABLES_SCRIPT = """
import sys, analysis, analysis.native as n
from analysis.pipeline import run
inputs, out = sys.argv[1:-1], sys.argv[-1]
tables = {}
for i, path in enumerate(inputs):
    result = run(path, tables=("quotes", "speakers", "stance"), progress=False)
    for name in ("quotes", "speakers", "stance"):
        tables[f"{i}:{name}"] = result[name]
    tables[f"{i}:mentions"] = analysis.find_targets(result["articles"])
    tables[f"{i}:vader"] = analysis.stance_table(result["quotes"], articles=result["articles"], method="vader")
import pickle
pickle.dump({"describe": n.describe(), "tables": tables}, open(out, "wb"))
"""


def _tables(inputs, out, *, pure: bool) -> dict:
    env = {**os.environ, native.PURE_ENV: "1" if pure else "0"}
    subprocess.run([sys.executable, "-c", _TABLES_SCRIPT, *map(str, inputs), str(out)], check=True, env=env,
                   cwd=PROJECT_DIR)
    return pd.read_pickle(out)


def test_compiled_and_pure_python_give_identical_tables(tmp_path, sample_corpus):
    if not native.compiled_modules():
        pytest.skip("a pure-Python install: nothing to compare")
    allsides = tmp_path / "allsides.jsonl.gz"
    with gzip.open(need(ALLSIDES), "rt", encoding="utf-8") as src, gzip.open(allsides, "wt", encoding="utf-8") as dst:
        for k, line in enumerate(src):  # a spread of outlets and years: every 250th article
            if k % 250 == 0:
                dst.write(line)
    inputs = [need(SEED), sample_corpus, allsides]
    compiled = _tables(inputs, tmp_path / "compiled.pkl", pure=False)
    pure = _tables(inputs, tmp_path / "pure.pkl", pure=True)
    assert compiled["describe"].startswith("compiled") and pure["describe"] == "pure Python"
    assert compiled["tables"].keys() == pure["tables"].keys()
    for name, table in compiled["tables"].items():
        pd.testing.assert_frame_equal(table, pure["tables"][name], obj=name)
    assert sum(len(t) for t in compiled["tables"].values()) > 1000


# Public functions of the compiled modules take the values a table hands out: NumPy integers, not only ints.
def test_offsets_may_be_numpy_integers():
    from analysis.quotes import quote_id
    from analysis.speakers import resolve_speakers
    from analysis.stance import target_stance
    from analysis.stance_features import target_context

    text = '"We will not back down," Sen. Jane Doe said. Critics praised Kyiv but attacked Moscow.'
    kyiv = text.index("Kyiv")
    start, end = np.int64(kyiv), np.int64(kyiv + 4)
    assert target_context(text, start, end).words == target_context(text, kyiv, kyiv + 4).words
    assert target_stance(text, start, end) == target_stance(text, kyiv, kyiv + 4)
    doe = text.index("Sen. Jane Doe")
    assert resolve_speakers(text, [(np.int64(doe), np.int32(doe + 13))]) == resolve_speakers(text, [(doe, doe + 13)])
    assert quote_id("a", [(np.int64(1), np.int64(5))], cue=(np.int64(7), np.int64(11))) == \
        quote_id("a", [(1, 5)], cue=(7, 11))


def test_find_quotes_takes_any_cell():
    from analysis.quotes import find_quotes

    assert find_quotes(None) == [] and find_quotes(float("nan")) == [] and find_quotes(pd.NA) == []
    assert find_quotes(np.str_('"Fine," she said.'))[0].text == '"Fine,"'
