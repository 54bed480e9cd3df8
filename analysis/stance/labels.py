"""What every stance method shares: the labels, the methods, the :class:`Stance` record and the model files."""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.paths import MODELS

LABELS: tuple[str, ...] = ("negative", "neutral", "positive")
"""The three stance labels, in the order models store their weights."""

METHODS: dict[str, str] = {
    "default": "linear",
    "linear": "linear",
    "text": "text",
    "vader": "vader",
    "transformer": "transformer",
}
"""Method names and what each runs: ``default`` is ``linear``, the speaker-aware linear model; ``text`` the
NewsMTSC text model alone (how the sentence treats the target, blind to who speaks: a baseline)."""

TEXT_MODEL = MODELS / "stance_text.json.gz"
"""The text model: how a sentence treats a target (trained on NewsMTSC, :mod:`analysis.training.text_model`)."""

SPEAKER_MODEL = MODELS / "stance_speaker.json.gz"
"""The speaker model: the speaker's stance in a quote (trained on the team set, :mod:`analysis.training.speaker_model`)."""

ENCODER_ENV = "ANALYSIS_STANCE_ENCODER"
"""Environment variable naming the folder of a fine-tuned encoder for the ``transformer`` method."""

EVIDENCE_SIZE = 5
"""At most this many features (or words) are given as a row's evidence."""


@dataclass(frozen=True)
class Stance:
    """The stance toward one target.

    Attributes:
        label: ``negative``, ``neutral`` or ``positive``.
        score: in ``[-1, 1]``: P(positive) - P(negative) for the models, VADER's compound for ``vader``.
        evidence: the words or features that decided it, strongest first.
        method: the method that ran (``linear``, ``vader``, ``transformer``).
    """

    label: str
    score: float
    evidence: tuple[str, ...] = field(default=())
    method: str = "linear"


def resolve_method(method: str) -> str:
    """The method a name runs (``default`` -> ``linear``).

    Raises:
        ValueError: an unknown name (the message lists the choices).
    """
    try:
        return METHODS[method]
    except KeyError:
        raise ValueError(f"unknown stance method {method!r}; choose one of {', '.join(METHODS)}") from None
