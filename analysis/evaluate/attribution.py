"""Score quote attribution on the team's annotated news set (``benchmarks/data/attribution``), strictly.

A gold item is **found** when one predicted quote holds its words (at least :data:`COVERAGE` of the item's
word tokens lie inside the quote's content spans) and does not run on into another speaker's item (it shares
fewer than :data:`RUN_ON_WORDS` words with any gold item of a different speaker, outside the words of the item
itself and of its speaker's other items: two sources of one content are no run-on, nor are two quotations of one
speaker that a document quoting them both holds too); a prediction that would find
an item but runs on into another's counts as an **overrun**. The speaker is **right** when the item is found and
the predicted speaker names the gold entity (:func:`speaker_matches`). Rows are given overall, per kind and per
error class (:func:`item_classes`), with a 95% interval from resampling articles.

Predicted quotes that overlap no gold item by half their words are **spurious** (precision). The PolNeAR-style
text metrics (token IoU pairing, :mod:`analysis.evaluate.polnear`) are given beside them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.datasets.team import DATA_DIR, PARTS, Label, TeamSet, load_set
from analysis.evaluate import polnear
from analysis.speakers.lexicon import lexicon
from analysis.tables import infer_format, plain

COVERAGE = 0.9
"""Share of a gold item's words a predicted quote must hold for the item to be found."""

RUN_ON_WORDS = 2
"""A predicted quote sharing this many words with another speaker's gold item has run on into it."""

ITEM_COLUMNS: dict[str, str] = {
    "article": "the article (its reference, also its article_id)",
    "item": "the item's number in its article",
    "kind": "gold kind: direct, mixed or indirect",
    "entity_type": "gold speaker type: person, organisation, document, group, unknown",
    "classes": "the error classes the item belongs to (item_classes), ';'-joined",
    "gold_speaker": "the gold entity as written in the article",
    "found": "a predicted quote holds the item's words without running on into another speaker's item",
    "overrun": "a predicted quote holds the words but runs on into another speaker's item",
    "right_speaker": "found, and the predicted speaker names the gold entity",
    "quote_id": "the predicted quote that found it (None when not found)",
    "speaker": "that quote's speaker",
    "rule": "that quote's rule",
}
"""Columns of the per-item table of :func:`evaluate_attribution`."""

SCORE_COLUMNS: dict[str, str] = {
    "group": "all, kind:<kind>, class:<class> or type:<entity type>",
    "n": "gold items in the group",
    "found": "share of items found (strict: no overrun)",
    "found_lo": "2.5 percentile over article resamples",
    "found_hi": "97.5 percentile",
    "right_speaker": "share of items found with the right speaker",
    "right_lo": "2.5 percentile",
    "right_hi": "97.5 percentile",
    "overrun": "share of items held only by a quote that runs on into another speaker's item",
}
"""Columns of the scores table of :func:`evaluate_attribution`."""

_WORD = re.compile(r"\w+")
_PRONOUNS = frozenset("he she they it we i you his her their its who which".split())
_TITLES = frozenset("mr mrs ms miss dr prof sir dame lord lady baroness sen senator rep gov governor president pres "
                    "gen general col maj lt capt adm the a an".split())
"""Words a name is compared without, with the generational suffixes of ``name_parts.csv`` ("Robert S. Mueller
III")."""


def default_labels() -> list[Path]:
    """The team attribution label files (``benchmarks/data/attribution/labels-*.jsonl``)."""
    return sorted((DATA_DIR / "attribution").glob("labels-*.jsonl"))


def _words(text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for start, end in spans:
        out.update(m.start() for m in _WORD.finditer(text, start, end))
    return out


def _norm_words(text: str | None) -> list[str]:
    words = [w.lower() for w in _WORD.findall((text or "").replace("\u2019", "'"))]
    words = [w[:-1] if w.endswith("s") and len(w) > 3 and w not in _TITLES else w for w in words if w != "s"]
    # (a title is matched as written: "baroness", "miss" keep their "s")
    suffixes = lexicon().suffixes
    return [w for w in words if w not in _TITLES and w not in suffixes]


def _acronym(text: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", text)).lower()


def speaker_matches(predicted: str | None, gold: str | None, *, entity_type: str | None = None) -> bool:
    """Does a predicted speaker name the gold entity?

    Both are compared as lower-case words without titles, determiners, generational suffixes (``Jr``, ``III``)
    or a plural ``s``. A person is named
    when the prediction holds the gold name's last word and nothing outside the name (``Fox`` or ``Liam Fox``
    for ``Liam Fox``; not ``the prime minister``); another entity when one's words contain the other's
    (``the bank`` and ``Bank of England``) or one is the other's initials (``ONS``). A gold item without a
    speaker is right only when the prediction has none.
    """
    if not gold:
        return not predicted
    if not predicted:
        return False
    p, g = _norm_words(predicted), _norm_words(gold)
    if not p or not g:
        return False
    if entity_type == "person":
        return p[-1] == g[-1] and set(p) <= set(g)
    if set(p) <= set(g) or set(g) <= set(p):
        return True
    compact = predicted.replace(".", "").strip()
    return (compact.isupper() and compact.lower() == _acronym(gold)) or \
        (gold.replace(".", "").isupper() and gold.replace(".", "").lower() == _acronym(predicted))


def item_classes(label: Label, text: str) -> list[str]:
    """The error classes of a gold item: the annotator's tags plus those read off its spans.

    ``according_to`` (its cue), ``inverted`` (cue before source, content before both: ``..., said Mr Fogg``),
    ``interrupted`` (the attribution between content pieces), ``pronoun``, ``role`` (a description of a named
    person: no capitalised word of the entity in the source), ``organisation`` (entity type), plus the tags.
    """
    classes = set(label.get("classes") or [])
    cue = text[slice(*label.cue)].lower() if label.cue else ""
    source = text[slice(*label.source)] if label.source else ""
    if cue.startswith("according"):
        classes.add("according_to")
    if label.cue and label.source and label.cue[0] < label.source[0] and label.content[0][0] < label.cue[0]:
        classes.add("inverted")
    if label.cue and len(label.content) > 1 and label.content[0][1] <= label.cue[0] < label.content[-1][0]:
        classes.add("interrupted")
    if source.lower() in _PRONOUNS:
        classes.add("pronoun")
    entity = text[slice(*label.entity)] if label.entity else ""
    if label.source and label.get("entity_type") == "person" and source.lower() not in _PRONOUNS and \
            not set(re.findall(r"[A-Z][\w'-]+", source)) & set(re.findall(r"[A-Z][\w'-]+", entity)):
        classes.add("role")
    if label.get("entity_type") == "organisation":
        classes.add("organisation")
    return sorted(classes)


def _predictions(team: TeamSet) -> pd.DataFrame:
    from analysis.quotes import extract_quotes

    return extract_quotes(team.articles)


def score_items(team: TeamSet, quotes: pd.DataFrame) -> pd.DataFrame:
    """The per-item table (:data:`ITEM_COLUMNS`) of a team set against a quotes table."""
    by_article = {aid: frame for aid, frame in quotes.groupby("article_id", sort=False)} if len(quotes) else {}
    labels_by_article: dict[str, list[Label]] = {}
    for label in team.labels:
        labels_by_article.setdefault(label.article, []).append(label)
    texts = dict(zip(team.articles["article_id"], team.articles["text"]))
    rows = []
    for article, labels in labels_by_article.items():
        text = texts[article]
        gold_words = [_words(text, label.content) for label in labels]
        entities = [text[slice(*label.entity)] if label.entity else None for label in labels]
        keys = [" ".join(_norm_words(e)) or None for e in entities]
        preds = by_article.get(article)
        pred_rows = preds.to_dict("records") if preds is not None else []
        pred_words = [_words(text, [tuple(s) for s in row["spans"]]) for row in pred_rows]
        speakers_words: dict[str | None, set[int]] = {}
        for key, gold in zip(keys, gold_words):
            speakers_words.setdefault(key, set()).update(gold)
        for k, label in enumerate(labels):
            words = gold_words[k]
            own = speakers_words[keys[k]] if keys[k] is not None else words
            best, overrun = None, False
            for row, held in zip(pred_rows, pred_words):
                if not words or len(words & held) < COVERAGE * len(words):
                    continue
                # words of the item, or of another item of its speaker, are no run-on, even where a third item
                # (a document quoting them both) holds them too
                runs_on = any(j != k and keys[j] != keys[k] and len((held & gold_words[j]) - own) >= RUN_ON_WORDS
                              for j in range(len(labels)))
                if runs_on:
                    overrun = True
                    continue
                if best is None or len(held) < len(best[1]):
                    best = (row, held)
            found = best is not None
            speaker = best[0]["speaker"] if found else None
            right = found and speaker_matches(speaker if isinstance(speaker, str) else None, entities[k],
                                              entity_type=label.get("entity_type"))
            rows.append({"article": article, "item": label.item, "kind": label.get("kind"),
                         "entity_type": label.get("entity_type"), "classes": ";".join(item_classes(label, text)),
                         "gold_speaker": entities[k], "found": found, "overrun": overrun and not found,
                         "right_speaker": right, "quote_id": best[0]["quote_id"] if found else None,
                         "speaker": speaker, "rule": best[0]["rule"] if found else None})
    return pd.DataFrame(rows, columns=list(ITEM_COLUMNS))


def spurious(team: TeamSet, quotes: pd.DataFrame) -> tuple[int, int]:
    """(predicted quotes in the set's articles, those overlapping no gold item by half their words)."""
    texts = dict(zip(team.articles["article_id"], team.articles["text"]))
    gold: dict[str, set[int]] = {}
    for label in team.labels:
        gold.setdefault(label.article, set()).update(_words(texts[label.article], label.content))
    n = bad = 0
    for row in quotes.itertuples(index=False):
        if row.article_id not in gold:
            continue
        held = _words(texts[row.article_id], [tuple(s) for s in row.spans])
        n += 1
        bad += bool(held) and len(held & gold[row.article_id]) < 0.5 * len(held)
    return n, bad


def _share(values: np.ndarray) -> float:
    return float(values.mean()) if len(values) else float("nan")


def summarise(items: pd.DataFrame, *, bootstrap: int = 1000, seed: int = 0) -> pd.DataFrame:
    """The scores table (:data:`SCORE_COLUMNS`) of a per-item table: overall, per kind, class and type."""
    groups: dict[str, pd.Series] = {"all": pd.Series(True, index=items.index)}
    for kind in ("direct", "mixed", "indirect"):
        groups[f"kind:{kind}"] = items["kind"] == kind
    for entity_type in sorted(items["entity_type"].dropna().unique()):
        groups[f"type:{entity_type}"] = items["entity_type"] == entity_type
    all_classes = sorted({c for cs in items["classes"] for c in cs.split(";") if c})
    for name in all_classes:
        groups[f"class:{name}"] = items["classes"].str.split(";").apply(lambda cs, n=name: n in cs)
    articles = sorted(items["article"].unique())
    rng = random.Random(seed)
    draws = [[articles[rng.randrange(len(articles))] for _ in articles] for _ in range(bootstrap)] if articles else []
    rows = []
    for name, mask in groups.items():
        part = items[mask]
        if part.empty:
            continue
        row = {"group": name, "n": len(part), "found": _share(part["found"].to_numpy()),
               "right_speaker": _share(part["right_speaker"].to_numpy()),
               "overrun": _share(part["overrun"].to_numpy())}
        by_article = part.groupby("article")[["found", "right_speaker"]].agg(["sum", "count"])
        samples_found, samples_right = [], []
        for draw in draws:
            picked = by_article.reindex(draw).dropna()
            count = picked[("found", "count")].sum()
            if count:
                samples_found.append(picked[("found", "sum")].sum() / count)
                samples_right.append(picked[("right_speaker", "sum")].sum() / count)
        for key, samples in (("found", samples_found), ("right", samples_right)):
            lo, hi = np.percentile(samples, [2.5, 97.5]) if samples else (np.nan, np.nan)
            row[f"{key}_lo"], row[f"{key}_hi"] = float(lo), float(hi)
        rows.append(row)
    return pd.DataFrame(rows, columns=list(SCORE_COLUMNS))


def text_scores(team: TeamSet, quotes: pd.DataFrame, *, bootstrap: int = 0) -> pd.DataFrame:
    """PolNeAR's text metrics (:func:`analysis.evaluate.polnear.score`) on the team set."""
    texts = dict(zip(team.articles["article_id"], team.articles["text"]))
    gold: dict[str, list[polnear.Item]] = {}
    for label in team.labels:
        text = texts[label.article]
        content = " ".join(text[s:e] for s, e in label.content)
        source = text[slice(*label.source)] if label.source else None
        gold.setdefault(label.article, []).append(polnear.Item(content, label.get("kind") or "indirect", source))
    return polnear.score(gold, polnear.load_predictions(quotes), bootstrap=bootstrap)


def evaluate_attribution(paths: Sequence[str | Path] | None = None, *, parts: Sequence[str] | None = ("dev",),
                         quotes: pd.DataFrame | None = None, bootstrap: int = 1000, seed: int = 0
                         ) -> dict[str, object]:
    """Score attribution on the team set.

    Args:
        paths: label files (default :func:`default_labels`).
        parts: which parts of the set (``dev``, ``test``; None for all). Tune on dev; measure test once.
        quotes: predictions for the set's articles (default: :func:`analysis.extract_quotes` on them).
        bootstrap: article resamples for the intervals.
        seed: the resampling's seed.

    Returns:
        ``items`` (per-item table), ``scores`` (scores table), ``text`` (PolNeAR-style metrics), ``n_pred`` and
        ``n_spurious`` (predicted quotes, and those overlapping no gold item), ``n_articles``.
    """
    team = load_set(paths or default_labels(), parts=parts)
    if quotes is None:
        quotes = _predictions(team)
    elif len(quotes) and not quotes["article_id"].astype(str).isin(set(team.articles["article_id"])).any():
        raise ValueError("no predicted quote is keyed by an article of the set: article ids must be the set's "
                         "references (such as 'bbc:politics/199' or 'allsides:ID'), as "
                         "analysis.datasets.team.load_set loads the articles")
    items = score_items(team, quotes)
    n_pred, n_spurious = spurious(team, quotes)
    quotes = quotes[quotes["article_id"].astype(str).isin(set(team.articles["article_id"]))]
    return {"items": items, "scores": summarise(items, bootstrap=bootstrap, seed=seed),
            "text": text_scores(team, quotes),
            "n_pred": n_pred, "n_spurious": n_spurious, "n_articles": len(team.articles)}


def format_result(result: dict[str, object]) -> str:
    """The scores as text: the strict table, precision, and the PolNeAR-style F1s."""
    scores: pd.DataFrame = result["scores"]  # type: ignore[assignment]
    lines = [f"{result['n_articles']} articles; strict scores (found = holds >= {COVERAGE:.0%} of the words, "
             f"no run-on into another speaker's item):",
             f"{'group':28} {'n':>5} {'found':>7} {'95% CI':>13} {'speaker':>8} {'95% CI':>13} {'overrun':>8}"]
    for row in scores.itertuples(index=False):
        lines.append(f"{row.group:28} {row.n:5d} {row.found:7.1%} [{row.found_lo:5.1%},{row.found_hi:5.1%}] "
                     f"{row.right_speaker:8.1%} [{row.right_lo:5.1%},{row.right_hi:5.1%}] {row.overrun:8.1%}")
    n_pred, bad = result["n_pred"], result["n_spurious"]
    lines.append(f"predicted quotes {n_pred}, overlapping no gold item {bad} "
                 f"(precision {1 - bad / n_pred if n_pred else float('nan'):.1%})")
    text: pd.DataFrame = result["text"]  # type: ignore[assignment]
    for row in text[text["metric"].isin(["iou50", "e2e"])].itertuples(index=False):
        lines.append(f"text metric {row.category:13} {row.metric:6} P {row.precision:.3f} R {row.recall:.3f} "
                     f"F1 {row.f1:.3f}")
    return "\n".join(lines)


def main(args: argparse.Namespace | Sequence[str] | None = None) -> int:
    """``python -m analysis evaluate attribution [LABELS] [--part dev|test|all] [--items FILE] [--json FILE]
    [--predictions FILE] [--seed N]``."""
    if not isinstance(args, argparse.Namespace):
        parser = argparse.ArgumentParser(prog="analysis evaluate attribution", description=__doc__.split("\n\n")[0])
        parser.add_argument("path", nargs="?", default=None, help="a label file (default: the team set)")
        parser.add_argument("--part", default="dev", choices=[*PARTS, "all"], help="which part (default dev)")
        parser.add_argument("--bootstrap", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument("--items", type=Path, help="also write the per-item table here (CSV)")
        parser.add_argument("--json", type=Path, help="also write the scores here (JSON)")
        parser.add_argument("--predictions", type=Path, help="score these quotes (JSON Lines of `analysis quotes`)")
        args = parser.parse_args(args)
    if getattr(args, "method", "default") != "default":
        raise ValueError("--method applies to the stance evaluations; attribution scores the quotes step")
    paths = [Path(args.path)] if args.path else None
    quotes = read_predictions(args.predictions) if getattr(args, "predictions", None) else None
    result = evaluate_attribution(paths, parts=None if args.part == "all" else (args.part,), quotes=quotes,
                                  bootstrap=args.bootstrap, seed=getattr(args, "seed", 0))
    print(format_result(result))
    if args.items:
        result["items"].to_csv(args.items, index=False)  # type: ignore[union-attr]
    if getattr(args, "json", None):
        scores = plain(result_json(result, part=args.part))
        Path(args.json).write_text(json.dumps(scores, indent=1), encoding="utf-8")
    return 0


def read_predictions(path: str | Path) -> pd.DataFrame:
    """Quotes written by ``analysis quotes --format jsonl`` (or ``csv``/``parquet``), for scoring without a rerun.

    Raises:
        ValueError: the file lacks the columns the scorer reads (``article_id``, ``spans``, ``speaker``...).
    """
    fmt = infer_format(path)
    if fmt == "parquet":
        quotes = pd.read_parquet(path)
    elif fmt == "csv":
        quotes = pd.read_csv(path, converters={"spans": json.loads})
    else:
        quotes = pd.read_json(path, lines=True, dtype=False)
    missing = {"article_id", "quote_id", "spans", "speaker", "rule", "kind", "text"} - set(quotes.columns)
    if missing:
        raise ValueError(f"{path}: not a quotes table from `analysis quotes` (missing {sorted(missing)})")
    return quotes


def result_json(result: dict[str, object], *, part: str) -> dict[str, object]:
    """The scores of :func:`evaluate_attribution` as plain JSON (the per-item table is left to ``--items``)."""
    return {"part": part, "n_articles": result["n_articles"], "n_pred": result["n_pred"],
            "n_spurious": result["n_spurious"],
            "scores": result["scores"].to_dict("records"),  # type: ignore[union-attr]
            "text": result["text"].to_dict("records")}  # type: ignore[union-attr]


if __name__ == "__main__":
    sys.exit(main())
