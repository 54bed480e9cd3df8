"""Annotation helper: read articles of ``../shared`` and turn snippet-based working files into offset labels.

Annotators never type offsets. They write a *working file* (JSON Lines, kept outside the repository because it
holds article words) where each item quotes the words it labels; ``anchor`` finds those words in the article
and writes the committed label file, which holds only character offsets, labels and the annotator's notes.

    python scripts/annotate.py show bbc:politics/011            # the article, paragraphs numbered with offsets
    python scripts/annotate.py anchor WORK.jsonl -o benchmarks/data/attribution/labels-bbc-a.jsonl \
        --task attribution --annotator a
    python scripts/annotate.py review LABELS.jsonl [--article REF]   # the words each label points at
    python scripts/annotate.py check benchmarks/data/attribution/labels-bbc-a.jsonl   # offsets still fit the texts

Working-file fields (one JSON object a line, items of an article in the order their content starts):

* every task: ``article`` (``bbc:politics/011``, ``allsides:<id>``), ``content`` (a string or a list of
  strings: the content pieces in order), ``source`` (the speaker mention at the attribution, or null),
  ``entity`` (the fullest name of the speaker in the article, or a description for an unnamed one; null
  without a source), ``doubtful`` (true or false), ``note`` (your words, never the article's);
  optional ``content_at`` (which occurrence of the first piece, 1-based) and ``entity_at``.
* ``attribution``: ``cue`` (the cue words or null), ``kind`` (direct, mixed, indirect), ``entity_type``
  (person, organisation, document, group, unknown), ``classes`` (list of tags from the guidelines).
* ``stance``: ``target`` (a canonical target name), ``mention`` (the words of the quote naming the target,
  or null when implicit), ``mention_type`` (alias, demonym, adjective, pronoun, leader, implicit),
  ``speaker_country`` (canonical name or null), ``label`` (positive, negative, neutral).

Matching is tolerant of quote-mark style, dashes and white space, not of any other difference. Cue, source
and mention are taken at the occurrence nearest to the content (or, for the source, to the cue) within the same
sentence where there is one. To pin one down, quote a few words around it and mark the labelled part with
double braces: ``"source": "{{Mr Fox}} responded"``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from analysis.datasets.shared import ArticleRef, raw_texts, text_digest

_QUOTES = "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb`\u2032\u2033"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015"
TASKS = ("attribution", "stance")
KINDS = ("direct", "mixed", "indirect")
ENTITY_TYPES = ("person", "organisation", "document", "group", "unknown")
LABELS = ("negative", "neutral", "positive")
MENTION_TYPES = ("alias", "demonym", "adjective", "pronoun", "leader", "implicit")


class AnchorError(ValueError):
    """A snippet could not be placed in its article."""


def snippet_pattern(snippet: str) -> re.Pattern:
    """A pattern matching the snippet with any quote-mark style, dash and white-space run."""
    parts: list[str] = []
    for char in snippet.strip():
        if char.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif char in _QUOTES:
            parts.append("[" + re.escape(_QUOTES) + "]{1,2}")
        elif char in _DASHES:
            parts.append("[" + re.escape(_DASHES) + "]{1,2}")
        elif char == "\u2026":
            parts.append(r"(?:\u2026|\.\.\.)")
        else:
            parts.append(re.escape(char))
    if not parts:
        raise AnchorError("empty snippet")
    return re.compile("".join(parts))


def occurrences(text: str, snippet: str) -> list[tuple[int, int]]:
    """Every non-overlapping place of the snippet in the text."""
    return [m.span() for m in snippet_pattern(snippet).finditer(text)]


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s|\n")


def _nearest(text: str, spans: list[tuple[int, int]], lo: int, hi: int) -> tuple[int, int]:
    """The span closest to [lo, hi), preferring one not separated from it by a sentence end."""
    def rank(span: tuple[int, int]) -> tuple[bool, int, int]:
        start, end = span
        if end <= lo:
            gap = text[end:lo]
        elif start >= hi:
            gap = text[hi:start]
        else:
            gap = ""
        return (bool(_SENTENCE_END.search(gap)), len(gap), start)
    return min(spans, key=rank)


_MARKED = re.compile(r"\{\{(.+?)\}\}")


def marked_occurrences(text: str, snippet: str) -> list[tuple[int, int]]:
    """Places of a snippet; with ``{{...}}`` inside it, the places of the marked part within the whole."""
    mark = _MARKED.search(snippet)
    if not mark:
        return occurrences(text, snippet)
    before, inner, after = snippet[:mark.start()], mark.group(1), snippet[mark.end():]
    pattern = re.compile((snippet_pattern(before).pattern + r"\s*" if before.strip() else "")
                         + "(" + snippet_pattern(inner).pattern + ")"
                         + (r"\s*" + snippet_pattern(after).pattern if after.strip() else ""))
    return [m.span(1) for m in pattern.finditer(text)]


def _place(text: str, snippet: str | None, what: str, lo: int, hi: int) -> list[int] | None:
    if snippet is None or snippet == "":
        return None
    found = marked_occurrences(text, snippet)
    if not found:
        raise AnchorError(f"{what} {snippet!r} is not in the article")
    return list(_nearest(text, found, lo, hi))


def _content(text: str, pieces: list[str], cursor: int, at: int | None, warnings: list[str]) -> list[list[int]]:
    spans: list[list[int]] = []
    first = occurrences(text, pieces[0])
    if not first:
        raise AnchorError(f"content {pieces[0][:60]!r} is not in the article")
    if at is not None:
        if not 1 <= at <= len(first):
            raise AnchorError(f"content_at={at} but the first piece occurs {len(first)} times")
        span = first[at - 1]
    else:
        after = [s for s in first if s[0] >= cursor]
        span = (after or first)[0]
        if len(first) > 1:
            warnings.append(f"first piece occurs {len(first)} times; took the one at {span[0]} (set content_at)")
    spans.append(list(span))
    for piece in pieces[1:]:
        later = [s for s in occurrences(text, piece) if s[0] >= spans[-1][1]]
        if not later:
            raise AnchorError(f"content piece {piece[:60]!r} is not after the previous piece")
        spans.append(list(later[0]))
    return spans


def _choice(item: dict, name: str, allowed: tuple[str, ...], *, required: bool = True) -> str | None:
    value = item.get(name)
    if value is None and not required:
        return None
    if value not in allowed:
        raise AnchorError(f"{name}={value!r}; expected one of {', '.join(allowed)}")
    return value


def anchor_item(text: str, item: dict, *, task: str, cursor: int, warnings: list[str]) -> dict:
    """Turn one working item into a label record of offsets (see the module docstring)."""
    pieces = item.get("content")
    pieces = [pieces] if isinstance(pieces, str) else list(pieces or [])
    if not pieces:
        raise AnchorError("no content")
    content = _content(text, pieces, cursor, item.get("content_at"), warnings)
    lo, hi = content[0][0], content[-1][1]
    record: dict = {"content": content}
    if task == "attribution":
        record["cue"] = _place(text, item.get("cue"), "cue", lo, hi)
        around = record["cue"] or [lo, hi]
    else:
        around = [lo, hi]
    record["source"] = _place(text, item.get("source"), "source", around[0], around[1])
    entity = item.get("entity")
    if entity:
        found = marked_occurrences(text, entity)
        if not found:
            raise AnchorError(f"entity {entity!r} is not in the article (use words as the article writes them)")
        at = item.get("entity_at") or 1
        if not 1 <= at <= len(found):
            raise AnchorError(f"entity_at={at} but the entity occurs {len(found)} times")
        record["entity"] = list(found[at - 1])
    else:
        record["entity"] = None
    if task == "attribution":
        record["kind"] = _choice(item, "kind", KINDS)
        record["entity_type"] = _choice(item, "entity_type", ENTITY_TYPES, required=record["source"] is not None)
        record["classes"] = sorted(set(item.get("classes") or []))
    else:
        record["target"] = str(item.get("target") or "").strip()
        if not record["target"]:
            raise AnchorError("no target")
        record["mention_type"] = _choice(item, "mention_type", MENTION_TYPES)
        mention = item.get("mention")
        record["mention"] = None if mention in (None, "") else _place(text, mention, "mention", lo, hi)
        record["speaker_country"] = item.get("speaker_country") or None
        record["label"] = _choice(item, "label", LABELS)
    record["doubtful"] = bool(item.get("doubtful"))
    record["note"] = str(item.get("note") or "")
    return record


def anchor_file(work: Path, *, task: str, annotator: str) -> tuple[list[dict], list[str]]:
    """Anchor every item of a working file; return the records and the problems found (errors and warnings)."""
    items = [json.loads(line) for line in work.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = raw_texts(sorted({str(ArticleRef.parse(item["article"])) for item in items}))
    records: list[dict] = []
    problems: list[str] = []
    cursor: dict[str, int] = {}
    counters: dict[str, int] = {}
    for number, item in enumerate(items, start=1):
        ref = str(ArticleRef.parse(item["article"]))
        text = texts[ref]
        warnings: list[str] = []
        try:
            record = anchor_item(text, item, task=task, cursor=cursor.get(ref, 0), warnings=warnings)
        except AnchorError as exc:
            problems.append(f"line {number} ({ref}): ERROR {exc}")
            continue
        problems.extend(f"line {number} ({ref}): warning {w}" for w in warnings)
        counters[ref] = counters.get(ref, 0) + 1
        cursor[ref] = record["content"][0][0]
        records.append({"article": ref, "digest": text_digest(text), "item": counters[ref],
                        "annotator": annotator, **record})
    return records, problems


def show(ref: str) -> str:
    """The article with each paragraph prefixed by its number and start offset."""
    text = raw_texts([ref])[ref]
    out = []
    for number, match in enumerate(re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text)):
        out.append(f"[p{number} @{match.start()}] {match.group()}")
    return "\n\n".join(out)


def check(path: Path) -> list[str]:
    """Problems of a committed label file: a changed source text or offsets outside it."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = raw_texts(sorted({r["article"] for r in records}))
    problems = []
    for record in records:
        text = texts[record["article"]]
        if text_digest(text) != record["digest"]:
            problems.append(f"{record['article']} item {record['item']}: the source text changed")
        spans = list(record["content"]) + [record.get(k) for k in ("cue", "source", "entity", "mention")]
        if any(s is not None and not 0 <= s[0] < s[1] <= len(text) for s in spans):
            problems.append(f"{record['article']} item {record['item']}: an offset is outside the text")
    return problems


def review(path: Path, article: str | None = None) -> str:
    """The labels of a file with the words their offsets point at (for checking by eye; never commit it)."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if article in (None, r["article"])]
    texts = raw_texts(sorted({r["article"] for r in records}))
    out = []
    for r in records:
        text = texts[r["article"]]
        words = {k: (text[r[k][0]:r[k][1]] if r.get(k) else None) for k in ("cue", "source", "entity", "mention")}
        content = " | ".join(text[s:e] for s, e in r["content"])
        extra = {k: r[k] for k in ("kind", "entity_type", "classes", "target", "mention_type", "label",
                                   "speaker_country", "doubtful") if k in r}
        out.append(f"{r['article']} #{r['item']}: {content}\n    {words} {extra}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_show = sub.add_parser("show", help="print an article with numbered paragraphs and offsets")
    p_show.add_argument("ref")
    p_anchor = sub.add_parser("anchor", help="working file -> label file of offsets")
    p_anchor.add_argument("work", type=Path)
    p_anchor.add_argument("-o", "--out", type=Path, required=True)
    p_anchor.add_argument("--task", choices=TASKS, required=True)
    p_anchor.add_argument("--annotator", required=True)
    p_check = sub.add_parser("check", help="check a label file against the texts")
    p_check.add_argument("labels", type=Path)
    p_review = sub.add_parser("review", help="print labels with the words they point at")
    p_review.add_argument("labels", type=Path)
    p_review.add_argument("--article")
    args = parser.parse_args(argv)
    if args.command == "review":
        print(review(args.labels, args.article))
        return 0
    if args.command == "show":
        print(show(args.ref))
        return 0
    if args.command == "check":
        problems = check(args.labels)
        print("\n".join(problems) or "ok")
        return 1 if problems else 0
    records, problems = anchor_file(args.work, task=args.task, annotator=args.annotator)
    for problem in problems:
        print(problem, file=sys.stderr)
    errors = sum("ERROR" in p for p in problems)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} items anchored, {errors} errors, {len(problems) - errors} warnings -> {args.out}",
          file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
