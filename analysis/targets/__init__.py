"""Stance targets: the world gazetteer as a registry of targets, and where texts mention them.

The registry is a table (:data:`TARGET_COLUMNS`), shipped as ``resources/gazetteer.csv`` (every country,
territory and bloc; see ``docs/targets.md``) and extensible: pass your own file or DataFrame, or add the people
of a speakers table with :func:`targets_from_speakers`::

    registry = pd.concat([load_targets(), targets_from_speakers(speakers)])
    mentions = find_targets(quotes, targets=registry)

Each mention says how it was found (``mention_rule``: alias, capital, leader, demonym, adjective);
:meth:`TargetRegistry.explain` also lists the candidates that were dropped, and why.

Modules: :mod:`.table` (the registry table, files, speakers as targets), :mod:`.scan` (one pattern for all
strings), :mod:`.guards` (false friends), :mod:`.registry` (matching and the mentions table).
"""

from .registry import (
    MENTION_COLUMNS,
    MENTION_RULES,
    Candidate,
    TargetMention,
    TargetRegistry,
    find_targets,
    registry,
)
from .table import (
    RULE_COLUMNS,
    TARGET_COLUMNS,
    load_targets,
    surname,
    targets_from_speakers,
    validate_targets,
)

__all__ = [
    "MENTION_COLUMNS",
    "MENTION_RULES",
    "RULE_COLUMNS",
    "TARGET_COLUMNS",
    "Candidate",
    "TargetMention",
    "TargetRegistry",
    "find_targets",
    "load_targets",
    "registry",
    "surname",
    "targets_from_speakers",
    "validate_targets",
]
