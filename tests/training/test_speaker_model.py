"""How the speaker model's training setting is chosen from cross-validation."""

import pytest

from analysis.training.speaker_model import CV_TOLERANCE, choose_setting


@pytest.mark.parametrize(("results", "chosen"), [
    # a clear winner is taken
    ({(0.1, True): 0.55, (0.3, True): 0.58, (1.0, False): 0.56}, (0.3, True)),
    # ties within the tolerance go to the smallest C, balanced weights first (the ten rounds' grid)
    ({(0.03, True): 0.5599, (0.1, True): 0.5786, (0.3, False): 0.5795, (0.3, True): 0.5856, (1.0, False): 0.5883,
      (1.0, True): 0.5866}, (0.3, True)),
    ({(0.3, False): 0.60, (0.3, True): 0.60 - CV_TOLERANCE / 2, (1.0, True): 0.602}, (0.3, True)),
    # ... but not past the tolerance
    ({(0.1, True): 0.60 - 2 * CV_TOLERANCE, (1.0, False): 0.60}, (1.0, False)),
])
def test_the_most_regularised_of_the_tied_settings_is_chosen(results, chosen):
    assert choose_setting(results) == chosen
