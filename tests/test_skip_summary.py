"""The end of a run lists the tests skipped for missing data, a browser or packages (tests/skip_summary.py)."""

import pytest

from analysis.paths import PROJECT_DIR
from tests.skip_summary import BROWSER_PREFIX, DATA_PREFIX, kind_of

SKIPPING = f'''
import pytest

def test_runs():
    pass

@pytest.mark.parametrize("split", ["dev", "test"])
def test_needs_gold(split):
    pytest.skip("{DATA_PREFIX} /nowhere/gold/" + split + " is not available")

def test_needs_a_browser():
    pytest.skip("{BROWSER_PREFIX} no /usr/bin/chromium")

def test_needs_a_package():
    pytest.importorskip("no_such_package_for_this_test")

@pytest.mark.skipif(True, reason="needs FIFOs")
def test_needs_the_platform():
    pass
'''


@pytest.fixture
def run(pytester):
    """Run pytest on a test file, with this project's summary hook and no other conftest."""
    pytester.syspathinsert(PROJECT_DIR)
    pytester.makeconftest("from tests.skip_summary import pytest_terminal_summary  # noqa: F401\n")

    def run_file(source: str):
        pytester.makepyfile(test_sample=source)
        return pytester.runpytest("-p", "no:cacheprovider")

    return run_file


def test_the_end_of_a_run_lists_each_test_skipped_for_missing_data(run):
    result = run(SKIPPING)
    result.assert_outcomes(passed=1, skipped=5)
    result.stdout.fnmatch_lines([
        "*!!! SKIPPED FOR MISSING DATA: 4 tests !!!*",
        "../shared data: 2 tests skipped; to run them, put the shared data folder beside the project*",
        f"  {DATA_PREFIX} /nowhere/gold/dev is not available",
        "      test_sample.py::test_needs_gold[[]dev[]]",
        f"  {DATA_PREFIX} /nowhere/gold/test is not available",
        "      test_sample.py::test_needs_gold[[]test[]]",
        "Chromium: 1 tests skipped*",
        f"  {BROWSER_PREFIX} no /usr/bin/chromium",
        "      test_sample.py::test_needs_a_browser",
        "optional packages: 1 tests skipped*",
        "  could not import 'no_such_package_for_this_test'*",
        "      test_sample.py::test_needs_a_package",
        "*= 1 passed, 5 skipped in *",  # the block comes last, just above the final count
    ])
    assert "test_needs_the_platform" not in result.stdout.str().split("SKIPPED FOR MISSING DATA")[1]


def test_a_run_that_misses_nothing_prints_no_block(run):
    result = run("import pytest\n\ndef test_runs():\n    pass\n\n"
                 "@pytest.mark.skipif(True, reason='needs FIFOs')\ndef test_platform():\n    pass\n")
    result.assert_outcomes(passed=1, skipped=1)
    assert "SKIPPED FOR MISSING DATA" not in result.stdout.str()


def test_a_module_skipped_whole_is_listed(run):
    result = run("import pytest\n\npytest.importorskip('no_such_package_for_this_test')\n\n"
                 "def test_never_collected():\n    pass\n")
    result.stdout.fnmatch_lines(["*SKIPPED FOR MISSING DATA: 1 tests*", "      test_sample.py"])


@pytest.mark.parametrize(("reason", "label"), [
    (f"{DATA_PREFIX} ../shared/corpus/bbc is not available", "../shared data"),
    (f"{BROWSER_PREFIX} no /usr/bin/chromium (apt-get install chromium)", "Chromium"),
    ("could not import 'torch': No module named 'torch'", "optional packages"),
    ("needs FIFOs", None),
    ("GIT FILTER NOT CHECKED: run `make setup` to install it", None),
])
def test_each_reason_is_sorted_by_what_is_missing(reason, label):
    kind = kind_of(reason)
    assert (kind.label if kind else None) == label


def test_the_skip_reasons_of_the_suite_carry_the_prefixes_the_summary_reads():
    """The summary recognises skips by how they start: the suite's skips must keep starting that way."""
    conftest = (PROJECT_DIR / "tests" / "conftest.py").read_text()
    browser = (PROJECT_DIR / "tests" / "test_browser.py").read_text()
    assert 'pytest.skip(f"{DATA_PREFIX} ' in conftest
    assert f'reason=f"{BROWSER_PREFIX} ' in browser
