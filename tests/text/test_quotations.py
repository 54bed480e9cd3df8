"""Quote marks paired into quotations, paragraph by paragraph."""

import pytest

from analysis.text.quotations import paragraph_quotations


def quotations(text: str) -> list[tuple[str, bool]]:
    return [(text[q.start:q.end], q.closed) for q in paragraph_quotations(text, [(0, len(text))])[0]]


@pytest.mark.parametrize(("text", "expected"), [
    ('He said "yes" and "no".', [('"yes"', True), ('"no"', True)]),
    ("He said \u201cyes\u201d.", [("\u201cyes\u201d", True)]),
    ('"It is open', [('"It is open', False)]),
    ("Xi's students' '90s", []),
    ("The \u2018bad\u2019 idea", [("\u2018bad\u2019", True)]),
    ("Il a dit \u00abnon\u00bb.", [("\u00abnon\u00bb", True)]),
    ("\u300c\u4e0d\u300d", [("\u300c\u4e0d\u300d", True)]),
    # paragraph breaks lost inside a quotation: each paragraph a quotation of its own, left open
    ('"A came. "B went. "C stayed." He left.', [('"A came.', False), ('"B went.', False), ('"C stayed."', True)]),
])
def test_quotations(text, expected):
    assert quotations(text) == expected
