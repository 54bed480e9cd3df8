"""scripts/build_gazetteer.py on a small made-up source in the world-countries format, and its override rules."""

from __future__ import annotations

import csv
import importlib.util
import json
import sys

import pytest

from analysis.paths import PROJECT_DIR

SCRIPT = PROJECT_DIR / "scripts" / "build_gazetteer.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    del sys.modules["build_gazetteer"]


def country(common: str, official: str, cca3: str, *, un: bool = True, capital: tuple[str, ...] = (),
            alt: tuple[str, ...] = (), demonym: str = "") -> dict:
    """A record shaped like world-countries' countries.json (the fields the build reads)."""
    return {"name": {"common": common, "official": official}, "cca3": cca3, "unMember": un, "capital": list(capital),
            "altSpellings": list(alt), "demonyms": {"eng": {"m": demonym, "f": demonym}} if demonym else {}}


SOURCE = [
    country("Türkiye", "Republic of Türkiye", "TUR", capital=("Ankara",), alt=("TR", "Turkiye", "Republic of Turkey"),
            demonym="Turkish"),
    country("Iran", "Islamic Republic of Iran", "IRN", capital=("Tehran",), alt=("IR", "Iran, Islamic Republic of",
                                                                                "Jomhuri-ye Eslāmi-ye Irān"),
            demonym="Iranian"),
    country("Colombia", "Republic of Colombia", "COL", capital=("Bogotá",), demonym="Colombian"),
    country("Greenland", "Greenland", "GRL", un=False, capital=("Nuuk",), demonym="Greenlandic"),
    country("Dominica", "Commonwealth of Dominica", "DMA", capital=("Roseau",), demonym="Dominican"),
    country("Dominican Republic", "Dominican Republic", "DOM", capital=("Santo Domingo",), demonym="Dominican"),
]


def overrides(*rows: tuple[str, str, str, str]) -> list[dict[str, str]]:
    return [{"target": t, "column": c, "op": o, "values": v, "note": ""} for t, c, o, v in rows]


def test_rows_from_the_source(build):
    rows = build.from_source(SOURCE)
    iran = rows["Iran"]
    assert iran.lists["aliases"] == ["Iran", "Islamic Republic of Iran"]  # codes, inverted and native names left out
    assert (iran.kind, iran.status, iran.code) == ("country", "un-member", "IRN")
    assert iran.lists["capitals"] == ["Tehran"]
    assert iran.lists["adjectives"] == ["Iranian"] and iran.lists["demonyms"] == ["Iranians"]
    assert rows["Colombia"].lists["capitals"] == ["Bogotá", "Bogota"]  # the ASCII spelling too
    assert rows["Turkiye" if "Turkiye" in rows else "Türkiye"].lists["demonyms"] == []  # Turkish takes no -s
    greenland = rows["Greenland"]
    assert (greenland.kind, greenland.status, greenland.lists["capitals"]) == ("territory", "territory", [])


def test_overrides_rename_add_remove_and_create(build):
    rows = build.from_source(SOURCE)
    build.apply_overrides(rows, overrides(
        ("Türkiye", "target", "rename", "Turkey"),
        ("Turkey", "demonyms", "add", "Turks"),
        ("Turkey", "exclude", "add", "roast turkey"),
        ("Iran", "aliases", "remove", "Islamic Republic of Iran"),
        ("Greenland", "parent", "set", "Denmark"),
        ("NATO", "kind", "new", "organisation"),
        ("NATO", "aliases", "add", "NATO|Nato"),
    ))
    assert rows["Turkey"].lists["aliases"][0] == "Turkey" and "Türkiye" in rows["Turkey"].lists["aliases"]
    assert rows["Turkey"].lists["demonyms"] == ["Turks"] and rows["Turkey"].lists["exclude"] == ["roast turkey"]
    assert rows["Iran"].lists["aliases"] == ["Iran"]
    assert rows["Greenland"].parent == "Denmark"
    assert (rows["NATO"].kind, rows["NATO"].lists["aliases"]) == ("organisation", ["NATO", "Nato"])
    with pytest.raises(ValueError, match="no target 'Atlantis'"):
        build.apply_overrides(rows, overrides(("Atlantis", "aliases", "add", "Atlantis")))
    with pytest.raises(ValueError, match="unknown column or operation"):
        build.apply_overrides(rows, overrides(("Iran", "aliases", "append", "Persia")))


def test_a_string_two_targets_claim_needs_an_owner(build):
    with pytest.raises(ValueError, match="'dominican': Dominica, Dominican Republic"):
        build.build(SOURCE, [])
    rows, log = build.build(SOURCE, overrides(("Dominican Republic", "adjectives", "own", "Dominican"),
                                              ("Dominican Republic", "demonyms", "own", "Dominicans")))
    by_name = {row.target: row for row in rows}
    assert "Dominican" in by_name["Dominican Republic"].lists["adjectives"]
    assert "Dominican" not in by_name["Dominica"].lists["adjectives"]
    assert any("kept by Dominican Republic, dropped from Dominica" in line for line in log)


def test_a_higher_standing_keeps_a_shared_string(build):
    source = [*SOURCE[:2], country("Turkish Islands", "Turkish Islands", "TKI", un=False, demonym="Turkish")]
    rows, log = build.build(source, [])
    by_name = {row.target: row for row in rows}
    assert "Turkish" in by_name["Türkiye"].lists["adjectives"] and by_name["Turkish Islands"].lists["adjectives"] == []
    assert log == ["'turkish': kept by Türkiye, dropped from Turkish Islands"]


def test_main_writes_the_csv_with_its_header(build, tmp_path):
    source = tmp_path / "countries.json"
    source.write_text(json.dumps(SOURCE), encoding="utf-8")
    rules = tmp_path / "overrides.csv"
    rules.write_text("# test\ntarget,column,op,values,note\nDominican Republic,adjectives,own,Dominican,x\n"
                     "Dominican Republic,demonyms,own,Dominicans,x\n", encoding="utf-8")
    out = tmp_path / "gazetteer.csv"
    build.main(["--source", str(source), "--overrides", str(rules), "--output", str(out)])
    text = out.read_text(encoding="utf-8")
    assert "ODbL" in text and "sha256" in text
    rows = list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))
    assert list(rows[0]) == list(build.COLUMNS)
    assert [row["target"] for row in rows][:2] == ["Colombia", "Dominica"]  # countries first, by name
    assert rows[-1]["target"] == "Greenland"
