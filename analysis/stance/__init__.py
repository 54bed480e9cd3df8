"""The speaker's stance toward the targets a quote refers to (prediction only; trainers live in
:mod:`analysis.training`, metrics in :mod:`analysis.evaluate`).

The task: for each quote (its content, all its pieces) and each target it refers to, the **speaker's** stance
toward the target as this quote expresses it: ``positive`` (supports, defends, excuses, praises, sides with,
denies an accusation against it), ``negative`` (accuses, blames, criticises, threatens, warns about, opposes),
``neutral`` (mentions or reports without taking a side). See ``benchmarks/data/stance/GUIDELINES.md``.
"""

from analysis.stance.labels import LABELS, METHODS, Stance
from analysis.stance.table import (
    STANCE_COLUMNS,
    predict_many,
    stance_table,
    target_stance,
)

__all__ = ["LABELS", "METHODS", "STANCE_COLUMNS", "Stance", "predict_many", "stance_table", "target_stance"]
