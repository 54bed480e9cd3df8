"""docs/robustness.md states the promises the suite shows: every test it names exists."""

import re

from analysis.paths import PROJECT_DIR


def test_every_test_named_in_the_robustness_doc_exists():
    doc = (PROJECT_DIR / "docs" / "robustness.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(?:[\w/]+\.py::)?(test_\w+)`", doc))
    defined = set()
    for path in (PROJECT_DIR / "tests").rglob("test_*.py"):
        defined |= set(re.findall(r"^def (test_\w+)", path.read_text(encoding="utf-8"), re.MULTILINE))
    assert len(named) > 30 and named <= defined, sorted(named - defined)
