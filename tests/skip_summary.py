"""The loud end of a test run: which tests did not run for want of data, a browser or an optional package.

A run without ``../shared``, Chromium or the ``transformer`` extra still ends green, and ``-ra``'s one-line
summary is easy to miss. :func:`pytest_terminal_summary` (imported by ``tests/conftest.py``) prints a block
headed ``SKIPPED FOR MISSING DATA: N tests`` at the end of the run, grouped by what is missing and by reason,
each with the tests it kept from running and how to get it. Other skips (a platform without FIFOs, say) are
left to ``-ra``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pytest

DATA_PREFIX = "MISSING DATA:"
"""How ``tests.conftest.need`` starts its skip reason."""

BROWSER_PREFIX = "BROWSER TESTS NOT RUN:"
"""How ``tests/test_browser.py`` starts its skip reason."""

PACKAGE_PREFIX = "could not import "
"""How ``pytest.importorskip`` starts its skip reason."""


@dataclass(frozen=True)
class Missing:
    """One kind of thing a test needs and this machine lacks.

    Attributes:
        label: what is missing, as the summary names it.
        prefix: the start of the skip reasons it covers.
        remedy: how to get it.
    """

    label: str
    prefix: str
    remedy: str


KINDS: tuple[Missing, ...] = (
    Missing("../shared data", DATA_PREFIX, "put the shared data folder beside the project (../shared/README.md)"),
    Missing("Chromium", BROWSER_PREFIX, "apt-get install chromium (.ci/run does)"),
    Missing("optional packages", PACKAGE_PREFIX,
            "install the extra that provides them, e.g. .venv/bin/python -m pip install -e '.[transformer]'"),
)
"""What the summary reports, in the order it lists them."""


def skip_reason(report) -> str:
    """The reason a skipped test or module gave, without pytest's ``Skipped: `` prefix."""
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
    return reason.removeprefix("Skipped: ")


def kind_of(reason: str) -> Missing | None:
    """The missing thing a skip reason names, or None for any other skip."""
    return next((kind for kind in KINDS if reason.startswith(kind.prefix)), None)


def missing_skips(reports) -> dict[Missing, dict[str, list[str]]]:
    """The skipped tests (or modules) by missing thing, then by reason, in the order of :data:`KINDS`."""
    found: dict[Missing, dict[str, list[str]]] = {kind: defaultdict(list) for kind in KINDS}
    for report in reports:
        reason = skip_reason(report)
        kind = kind_of(reason)
        if kind is not None:
            found[kind][reason].append(report.nodeid)
    return {kind: dict(reasons) for kind, reasons in found.items() if reasons}


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Print the tests skipped for missing data, a browser or packages, loudly, at the end of the run.

    A wrapper around pytest's own summary, writing after it (after ``-ra``'s short summary): the last block
    above the final count.
    """
    result = yield
    found = missing_skips(terminalreporter.stats.get("skipped", []))
    if not found:
        return result
    total = sum(len(ids) for reasons in found.values() for ids in reasons.values())
    write = terminalreporter.write_line
    terminalreporter.write_sep("!", f"SKIPPED FOR MISSING DATA: {total} tests", yellow=True, bold=True)
    write("These tests did not run: a green run says nothing about what they check.", yellow=True)
    for kind, reasons in found.items():
        count = sum(len(ids) for ids in reasons.values())
        write(f"{kind.label}: {count} tests skipped; to run them, {kind.remedy}", yellow=True, bold=True)
        for reason, ids in reasons.items():
            write(f"  {reason}")
            for nodeid in ids:
                write(f"      {nodeid}")
    return result
