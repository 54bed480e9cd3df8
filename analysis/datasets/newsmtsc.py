"""NewsMTSC (Hamborg & Donnay, EACL 2021): news sentences with a target and how the sentence treats it.

Two formats are read, told apart line by line:

- the original: one sentence per line, ``sentence_normalized`` and ``targets[]`` with ``from``/``to``
  character offsets and ``polarity`` 2.0 / 4.0 / 6.0 (negative / neutral / positive);
- the ``*-hf`` splits: one target per line, ``sentence``, ``from``, ``to``, ``polarity`` -1 / 0 / 1.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.datasets.shared import shared_dir

NEWSMTSC_DIR = shared_dir() / "stance" / "newsmtsc"
"""NewsMTSC beside the project (``../shared/stance/newsmtsc``)."""

TRAIN = NEWSMTSC_DIR / "train.jsonl"
DEV = (NEWSMTSC_DIR / "experiments_splits" / "newsmtsc-mt" / "dev.jsonl",
       NEWSMTSC_DIR / "experiments_splits" / "newsmtsc-rw" / "dev.jsonl")
TEST = (NEWSMTSC_DIR / "experiments_splits" / "newsmtsc-mt" / "test.jsonl",
        NEWSMTSC_DIR / "experiments_splits" / "newsmtsc-rw" / "test.jsonl")


def split_name(path: str | Path) -> str:
    """A NewsMTSC file as ``split/file`` (``newsmtsc-mt/dev.jsonl``), as model metadata names it."""
    return Path(path).parent.name + "/" + Path(path).name


_POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive", -1: "negative", 0: "neutral", 1: "positive"}

NEWSMTSC_COLUMNS: dict[str, str] = {
    "sentence_id": "the sentence's id (primary_gid; the target id for the -hf format)",
    "target_id": "the target's id (Input.gid or id)",
    "sentence": "the sentence text",
    "start": "offset of the target mention in the sentence",
    "end": "offset after the target mention",
    "mention": "the target mention as written",
    "label": "gold label: negative, neutral or positive",
}
"""Columns of :func:`read_newsmtsc`'s table, in order."""


@dataclass(frozen=True)
class GoldTarget:
    """One annotated target (see :data:`NEWSMTSC_COLUMNS`)."""

    sentence_id: str
    target_id: str
    sentence: str
    start: int
    end: int
    mention: str
    label: str


def _label(polarity: object, where: str) -> str:
    try:
        return _POLARITY[polarity]  # type: ignore[index]
    except KeyError:
        raise ValueError(f"{where}: unknown polarity {polarity!r} (expected 2/4/6 or -1/0/1)") from None


def _targets_of(record: dict, where: str) -> Iterable[GoldTarget]:
    if "sentence_normalized" in record:
        sentence = record["sentence_normalized"]
        for target in record.get("targets", []):
            yield GoldTarget(str(record.get("primary_gid", where)), str(target.get("Input.gid", where)), sentence,
                             int(target["from"]), int(target["to"]), target.get("mention", ""),
                             _label(target["polarity"], where))
    elif "sentence" in record:
        target_id = str(record.get("id", where))
        yield GoldTarget(target_id, target_id, record["sentence"], int(record["from"]), int(record["to"]),
                         record.get("mention", ""), _label(record["polarity"], where))
    else:
        raise ValueError(f"{where}: neither a NewsMTSC sentence (sentence_normalized) nor an -hf row (sentence)")


def read_newsmtsc(path: str | Path) -> pd.DataFrame:
    """Read a NewsMTSC jsonl file (original or ``-hf`` format) into one row per target.

    Args:
        path: the ``.jsonl`` file.

    Returns:
        A table with the columns of :data:`NEWSMTSC_COLUMNS`.

    Raises:
        ValueError: a line is not JSON or not in either format (the message names the line).
    """
    rows: list[GoldTarget] = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{where}: not JSON ({error.msg})") from None
            rows.extend(_targets_of(record, where))
    return pd.DataFrame([r.__dict__ for r in rows], columns=list(NEWSMTSC_COLUMNS))
