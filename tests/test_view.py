"""The article view: quotes highlighted in their speaker's colour, each with its anchor."""

import pandas as pd

from analysis.quotes import extract_quotes
from analysis.view import article_html, quote_anchor


def test_a_nested_attribution_shows_its_own_speaker_inside_the_outer_quote():
    text = "Nunes said documents showed some members of the team had been watched."
    quotes = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    nested = quotes[quotes["nested_in"].notna()]
    assert list(nested["speaker"]) == ["documents"]
    html = article_html(text, quotes).html
    for quote_id in quotes["quote_id"]:  # both anchors, so links reach either
        assert f'id="{quote_anchor(quote_id)}"' in html
    after = html.split(f'id="{quote_anchor(nested["quote_id"].iloc[0])}"')[1]
    title, body = after.split('title="', 1)[1].split('">', 1)
    assert "documents" in title and body.startswith("some members")  # the inner speaker's piece, not the outer's
