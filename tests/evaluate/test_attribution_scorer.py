"""The strict attribution scorer: found, overrun and right speaker on small invented articles."""

import pandas as pd
import pytest

from analysis.datasets.team import Label, TeamSet
from analysis.evaluate.attribution import score_items, speaker_matches

TEXT = ('The report said: "Ann Lee said the plan works. Bob Cole said it does not." '
        'The review added: "It works," Ann Lee said. "It really does." Bob Cole disagreed.')


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def label(item: int, content: str, entity: str) -> Label:
    return Label("x", item, "a", (span(content),), None, None, span(entity), None, {"kind": "direct"})


LABELS = [
    label(1, 'Ann Lee said the plan works. Bob Cole said it does not.', "The report"),  # a document quoting two
    label(6, '"It works," Ann Lee said. "It really does."', "The review"),  # a document quoting Ann Lee twice
    label(2, "the plan works", "Ann Lee"),
    label(3, "it does not", "Bob Cole"),
    label(4, '"It works,"', "Ann Lee"),
    label(5, '"It really does."', "Ann Lee"),
]
TEAM = TeamSet(LABELS, pd.DataFrame({"article_id": ["x"], "text": [TEXT]}), [])


def quote(*pieces: str, speaker: str) -> dict:
    return {"article_id": "x", "quote_id": f"x:{pieces[0]}", "spans": [span(p) for p in pieces],
            "speaker": speaker, "rule": "test"}


@pytest.mark.parametrize(("predicted", "item", "found", "overrun", "right"), [
    # one quote per item: found, speaker right
    ([quote("the plan works", speaker="Ann Lee")], 2, True, False, True),
    ([quote("the plan works", speaker="Lee")], 2, True, False, True),
    ([quote("the plan works", speaker="the report")], 2, True, False, False),
    # running on into another speaker's item: an overrun, not found
    ([quote("the plan works. Bob Cole said it does not", speaker="Ann Lee")], 2, False, True, False),
    # two quotations of one speaker merged: found, although a third item (the review) holds words of both
    ([quote('"It works,"', '"It really does."', speaker="Ann Lee")], 5, True, False, True),
    # most of the item's words missing: not found
    ([quote("works", speaker="Ann Lee")], 2, False, False, False),
])
def test_items_are_found_overrun_or_missed(predicted, item, found, overrun, right):
    items = score_items(TEAM, pd.DataFrame(predicted)).set_index("item")
    assert (items.at[item, "found"], items.at[item, "overrun"], items.at[item, "right_speaker"]) == \
        (found, overrun, right)


@pytest.mark.parametrize(("predicted", "gold", "entity_type", "right"), [
    ("Fox", "Liam Fox", "person", True),
    # a generational suffix is no part of the comparison, on either side
    ("Robert Mueller", "Robert S. Mueller III", "person", True),
    ("Donald Trump Jr.", "Donald Trump Jr", "person", True),
    ("Robert Muller", "Robert S. Mueller III", "person", False),
    # a peer's title is no part of the name either
    ("Susan Greenfield", "Baroness Susan Greenfield", "person", True),
    ("Baroness Greenfield", "Susan Greenfield", "person", True),
    ("the prime minister", "Liam Fox", "person", False),
    ("the bank", "Bank of England", "organisation", True),
    ("ONS", "Office for National Statistics", "organisation", True),
    (None, None, None, True),
    ("Ann Lee", None, None, False),
])
def test_speaker_matches(predicted, gold, entity_type, right):
    assert speaker_matches(predicted, gold, entity_type=entity_type) is right
