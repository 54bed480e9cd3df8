"""The articles table a document is built from: clear errors for tables that are not one."""

import pandas as pd
import pytest

from analysis import extract_quotes
from analysis.text.document import documents, iter_documents


@pytest.mark.parametrize("columns", [["id", "text"], ["article_id", "body"], ["title"]])
def test_a_table_without_article_id_or_text_is_refused_with_what_to_do(columns):
    table = pd.DataFrame({name: ["x"] for name in columns})
    with pytest.raises(ValueError, match="needs the columns article_id and text.*load_corpus"):
        list(iter_documents(table))
    with pytest.raises(ValueError, match="missing"):
        extract_quotes(table, progress=False)


def test_documents_are_keyed_by_article_id_in_table_order():
    table = pd.DataFrame({"article_id": [2, 1], "text": ["B said it.", "A said it."]})
    built = documents(table)
    assert list(built) == ["2", "1"]
    assert built["1"].text == "A said it."
