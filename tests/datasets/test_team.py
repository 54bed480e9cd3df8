"""The team's annotated sets: parts chosen by name, a part with no article says so, an empty file is an empty set."""

import pytest

from analysis.datasets.team import load_set
from analysis.evaluate.attribution import default_labels


@pytest.mark.parametrize(("parts", "message"), [
    (("train",), r"no labelled article is in part\(s\) train; this set has dev, test"),
    (("validation",), r"unknown part\(s\) \['validation'\]: choose from train, dev, test"),
])
def test_a_part_the_set_lacks_is_a_clear_error(parts, message):
    with pytest.raises(ValueError, match=message):
        load_set(default_labels(), parts=parts)


def test_a_label_file_with_no_label_is_an_empty_set(tmp_path):
    empty = tmp_path / "agreement-x.jsonl"  # (an annotator who found no pair in their article)
    empty.write_text("", encoding="utf-8")
    team = load_set([empty], split={})
    assert team.labels == [] and team.articles.empty and "article_id" in team.articles.columns
