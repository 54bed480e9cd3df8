"""Progress bars for long work: shown on a terminal, hidden in batch runs and short ones."""

from __future__ import annotations

import sys
from collections.abc import Iterable


def progress_bar(iterable: Iterable, *, enabled: bool | None, total: int | None = None, **options) -> Iterable:
    """Wrap an iterable in a tqdm bar: on when ``enabled``; when ``None``, only on a terminal.

    With ``enabled=None`` the bar also stays hidden for short runs: tqdm's ``delay`` waits two seconds first.
    """
    if enabled is False or (enabled is None and not sys.stderr.isatty()):
        return iterable
    from tqdm.auto import tqdm

    return tqdm(iterable, total=total, delay=0 if enabled else 2, **options)
