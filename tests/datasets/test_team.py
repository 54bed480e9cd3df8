"""The team's annotated sets: parts are chosen by name, and a part with no article says so."""

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
