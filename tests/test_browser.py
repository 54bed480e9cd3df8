"""The built reports in a real browser (the system's headless Chromium), offline: search boxes filter rows,
every image renders, nothing is loaded from another host and the console stays clean."""

import json

import pandas as pd
import pytest

from tests.browser import CHROMIUM, Browser

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=f"BROWSER TESTS NOT RUN: no {CHROMIUM} (apt-get install chromium; .ci/run installs it)")

VISIBLE_ROWS = "Array.from(document.querySelectorAll('#{id} tbody tr')).filter(r => r.style.display !== 'none')"


@pytest.fixture(scope="module")
def browser():
    opened = Browser()
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def surname(built_report):
    """The surname of the corpus's most-quoted named speaker, as a user would type it."""
    out, _ = built_report
    speakers = pd.read_csv(out / "tables" / "speakers.csv")
    return speakers[speakers["speaker_named"]].iloc[0]["speaker"].split()[-1]


def _check_page(browser, page):
    browser.open(page.as_uri())
    images = browser.evaluate("Array.from(document.images).map(i => [i.complete, i.naturalWidth])")
    assert all(done and width > 0 for done, width in images), images
    # 02 shows tables only; on the sample, 04 has no statement two outlets share (each figure says so instead)
    assert images or page.name.startswith(("02", "04")), "notebooks 01 and 03 show figures"
    assert browser.errors() == []
    foreign = [u for u in browser.requests() if not u.startswith(("file:", "data:", "blob:", "about:"))]
    assert foreign == [], f"the report loads from elsewhere: {foreign[:3]}"


def _search(browser, table_id, term):
    """Type into one table's search box; return (rows before, rows after, rows matching after)."""
    total = browser.evaluate(f"document.querySelectorAll('#{table_id} tbody tr').length")
    browser.type_into(f"#{table_id} input[type=search]", term)
    shown = browser.evaluate(f"{VISIBLE_ROWS.format(id=table_id)}.map(r => r.textContent)")
    info = browser.evaluate(f"document.querySelector('#{table_id} .adt-info').textContent")
    return total, shown, info


@pytest.mark.parametrize(("page", "tables"), [("02-attribute-quotes.html", 1), ("03-make-figures.html", 6)])
def test_typing_a_surname_filters_the_tables(browser, built_report, surname, page, tables):
    out, _ = built_report
    _check_page(browser, out / page)
    ids = browser.evaluate("Array.from(document.querySelectorAll('.adt')).filter(t => "
                           f"t.textContent.includes({json.dumps(surname)})).map(t => t.id)")
    assert len(ids) >= tables
    for table_id in ids[:tables]:
        total, shown, info = _search(browser, table_id, surname.lower())
        assert shown and all(surname.lower() in row.lower() for row in shown)
        matching = browser.evaluate(f"Array.from(document.querySelectorAll('#{table_id} tbody tr')).filter(r => "
                                    f"r.textContent.toLowerCase().includes({json.dumps(surname.lower())})).length")
        assert matching < total and f"of {matching:,} rows (filtered from {total:,})" in info
    assert browser.errors() == []


def test_every_report_renders_its_images_without_errors(browser, built_report):
    out, written = built_report
    for page in written:
        _check_page(browser, page)


def test_sorting_and_paging_a_table(browser, built_report):
    out, _ = built_report
    browser.open((out / "02-attribute-quotes.html").as_uri())
    table = browser.evaluate("Array.from(document.querySelectorAll('.adt')).find(t => "
                             "t.querySelector('b').textContent === 'Quotes').id")
    assert browser.evaluate(f"{VISIBLE_ROWS.format(id=table)}.length") == 20
    browser.evaluate(f"document.querySelector('#{table} .adt-next').click()")
    assert "21\u201340 of" in browser.evaluate(f"document.querySelector('#{table} .adt-info').textContent")
    column = browser.evaluate(f"Array.from(document.querySelectorAll('#{table} th')).findIndex(h => "
                              "h.textContent.startsWith('start'))")
    browser.evaluate(f"document.querySelectorAll('#{table} th')[{column}].click()")
    first = browser.evaluate(f"{VISIBLE_ROWS.format(id=table)}.map(r => Number(r.cells[{column}].dataset.v))")
    assert first == sorted(first) and len(first) == 20
    assert browser.errors() == []
