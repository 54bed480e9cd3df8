"""Speaker resolution on PolNeAR's gold source mentions: speed, which rules fire, and checkable proxies.

PolNeAR marks each attribution's source as written ("he", "Mr. Trump", "the spokesman", "analysts") but has no
coreference and no canonical names, so accuracy cannot be scored against gold here. This script reports:

* speed: articles and mentions per second of :func:`analysis.speakers.resolve_speakers` (process time, one
  process), over every article of the split with its gold Source spans as the mentions;
* the share of mentions each rule resolves;
* proxies that must hold for a sensible canonical name:
  - surname consistency: one capitalised word linked to a full name ("Sanders" -> "Bernie Sanders") must be a
    word of that name;
  - named in text: the last word of every named speaker occurs in the article;
  - pronoun coverage: he/she/him/his/her mentions given a named person;
  - gender clash: he/she given a person whose gender the article or a given name says is the other one;
* ``--audit N``: N random resolutions of one rule with their context, to judge by hand (the README of the
  project quotes such a judged sample).

Usage::

    .venv/bin/python benchmarks/bench_speakers.py                      # dev split
    .venv/bin/python benchmarks/bench_speakers.py --split train --audit 50 --rule "pronoun->recent" --seed 1
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections import Counter
from pathlib import Path

from analysis.evaluate.polnear import source_spans
from analysis.speakers import _Article, resolve_speakers

POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "polnear" / "data"
PERSONAL = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def load(split: str) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(article, text, gold Source spans) for each article of a split, first annotator by sorted name."""
    return source_spans(POLNEAR / split)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", help="PolNeAR split: train or dev (test only for final figures)")
    parser.add_argument("--audit", type=int, default=0, help="print N random resolutions with context")
    parser.add_argument("--rule", default="pronoun->recent", help="the rule to audit ('*' for any)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    articles = load(args.split)
    n_mentions = sum(len(spans) for _a, _t, spans in articles)
    _Article("warm up the word lists.")
    start = time.process_time()
    results = [resolve_speakers(text, spans) for _a, text, spans in articles]
    seconds = time.process_time() - start
    print(f"PolNeAR {args.split}: {len(articles)} articles, {n_mentions} gold source mentions")
    print(f"speed: {len(articles) / seconds:.0f} articles/s, {n_mentions / seconds:.0f} mentions/s "
          f"({seconds * 1000 / len(articles):.2f} ms per article, process time)")

    rules = Counter(s.rule for res in results for s in res)
    print("rules: " + ", ".join(f"{r} {n / n_mentions:.1%}" for r, n in rules.most_common()))
    named = sum(s.named for res in results for s in res)
    print(f"named: {named / n_mentions:.1%} of mentions")

    surname = surname_ok = in_text = n_named = pronouns = pronouns_named = clashes = 0
    rows = []
    for (article, text, spans), res in zip(articles, results, strict=True):
        art = None
        for (s, e), got in zip(spans, res, strict=True):
            written = text[s:e]
            rows.append((article, text, s, e, got))
            if got.named and got.speaker:
                n_named += 1
                in_text += got.speaker.split()[-1].lower() in text.lower()
            words = written.split()
            if len(words) == 1 and words[0][:1].isupper() and got.rule == "surname->full":
                surname += 1
                word = re.sub(r"['\u2019]s?$", "", words[0].strip(".,")).lower()
                surname_ok += word in got.speaker.lower().split()
            gender = PERSONAL.get(written.strip().lower())
            if gender:
                pronouns += 1
                pronouns_named += got.named
                if got.named:
                    art = art or _Article(text)
                    person = next((p for p in art.people.values() if p.name == got.speaker), None)
                    clashes += person is not None and art.gender(person) not in ("", gender)
    print(f"surname consistency: {surname_ok}/{surname} = {surname_ok / max(surname, 1):.1%}")
    print(f"named speaker's last word in the article: {in_text}/{n_named} = {in_text / max(n_named, 1):.1%}")
    print(f"he/she/him/his/her given a named person: {pronouns_named}/{pronouns} = "
          f"{pronouns_named / max(pronouns, 1):.1%}; gender clashes: {clashes}")

    if args.audit:
        random.seed(args.seed)
        pool = [r for r in rows if args.rule == "*" or r[4].rule == args.rule]
        for article, text, s, e, got in random.sample(pool, min(args.audit, len(pool))):
            before = text[max(0, s - 300):s].replace("\n", " | ")
            print(f"\n--- {article}\n...{before}[[{text[s:e]}]]{text[e:e + 60]}".replace("\n", " | "))
            print(f"  => {got.speaker!r} role={got.role!r} org={got.org!r} {got.type} {got.country} ({got.rule})")


if __name__ == "__main__":
    main()
