"""An article rendered as HTML with its quotes highlighted: each quote in its speaker's colour, the cue and the
speaker mention marked, so a researcher can audit every attribution in context.

Article text is untrusted input: every piece of it is escaped (a ``<script>`` in an article shows as text).
Styles are inline (``style="..."`` on each element, no ``<style>`` block), so the highlighting survives where
a notebook is opened untrusted and JupyterLab drops style sheets; class names stay for whoever restyles it.
Each quote's first piece carries the id :func:`quote_anchor` gives, so a link can point at it.
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass

import pandas as pd

COLOURS = ("#fde2a7", "#c8e6c9", "#bbdefb", "#f8bbd0", "#d1c4e9", "#ffccbc", "#b2dfdb", "#f0f4c3", "#cfd8dc",
           "#ffe0b2")
"""Pastel backgrounds for quotes, one per speaker, cycled."""

STYLES = {
    "qv": "font-family:Georgia,serif;line-height:1.6;max-width:52em",
    "q": "border-radius:3px;padding:0 1px",
    "cue": "font-weight:bold;text-decoration:underline",
    "who": "border:2px solid #555555;border-radius:3px",
    "legend": "display:inline-block;margin:0 .6em .3em 0;padding:0 .4em;border-radius:3px",
    "meta": "color:#555555;font-family:sans-serif;font-size:.9em",
}
"""The inline style of each marked element, by class name."""


def quote_anchor(quote_id: str) -> str:
    """The HTML id of a quote in an article view (``q-`` and 12 hex digits of its id's hash)."""
    return "q-" + hashlib.blake2b(str(quote_id).encode(), digest_size=6).hexdigest()


@dataclass
class ArticleView:
    """An HTML rendering that Jupyter displays (``_repr_html_``) and that can be saved with :meth:`save`."""

    html: str

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:  # the text a notebook keeps beside the HTML: not the HTML again
        return f"<article view: {len(self.html):,} characters of HTML>"

    def save(self, path: str, *, title: str = "Article") -> None:
        """Write a standalone HTML page."""
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(page(self.html, title=title))


def page(body: str, *, title: str) -> str:
    """A standalone HTML page around a fragment (nothing loaded from elsewhere)."""
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'</head><body style="margin:1.5em auto;max-width:56em;padding:0 1em">{body}</body></html>\n')


def _marks(quotes: pd.DataFrame, colour_of: dict[str, str]) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, value) for every piece to mark: quote pieces, cues and speaker mentions."""
    marks = []
    for row in quotes.itertuples(index=False):
        speaker = row.speaker if isinstance(row.speaker, str) and row.speaker else "(no speaker)"
        title = f"{row.kind} · {speaker} · rule {row.rule}"
        anchor = quote_anchor(row.quote_id) if hasattr(row, "quote_id") else ""
        for start, end in row.spans:
            marks.append((int(start), int(end), "q", f"{colour_of[speaker]}|{anchor}|{title}"))
            anchor = ""  # the first piece only
        if getattr(row, "cue_start", -1) is not None and row.cue_start >= 0:
            marks.append((int(row.cue_start), int(row.cue_end), "cue", ""))
        if row.speaker_start is not None and row.speaker_start >= 0:
            marks.append((int(row.speaker_start), int(row.speaker_end), "who", speaker))
    return marks


def _classes_at(marks: list[tuple[int, int, str, str]], start: int, end: int) -> tuple[str | None, bool, str | None]:
    # the innermost piece: a nested attribution's words show its own speaker's colour inside the outer's
    quote = min(((e - s, v) for s, e, k, v in marks if k == "q" and s <= start and end <= e),
                key=lambda found: found[0], default=(0, None))[1]
    cue = any(k == "cue" and s <= start and end <= e for s, e, k, _ in marks)
    who = next((v for s, e, k, v in marks if k == "who" and s <= start and end <= e), None)
    return quote, cue, who


def _segment(text: str, quote: str | None, cue: bool, who: str | None, anchors: set[str]) -> str:
    body = html.escape(text).replace("\n\n", "</p><p>").replace("\n", "<br>")
    if who:
        body = (f'<span class="who" style="{STYLES["who"]}" title="speaker: {html.escape(who, quote=True)}">'
                f"{body}</span>")
    if cue:
        body = f'<span class="cue" style="{STYLES["cue"]}">{body}</span>'
    if quote:
        colour, anchor, title = quote.split("|", 2)
        ident = f' id="{anchor}"' if anchor and anchor not in anchors else ""
        anchors.add(anchor)
        body = (f'<span class="q"{ident} style="background-color:{colour};{STYLES["q"]}" '
                f'title="{html.escape(title, quote=True)}">{body}</span>')
    return body


def article_html(text: str, quotes: pd.DataFrame, *, title: str | None = None) -> ArticleView:
    """Render one article with its quotes highlighted.

    Args:
        text: the article text (``articles.text``).
        quotes: the rows of the quotes table for this article.
        title: a heading (escaped).

    Returns:
        An :class:`ArticleView`; in Jupyter it displays itself.
    """
    speakers = [s if isinstance(s, str) and s else "(no speaker)" for s in quotes["speaker"]] if len(quotes) else []
    colour_of = {s: COLOURS[i % len(COLOURS)] for i, s in enumerate(dict.fromkeys(speakers))}
    marks = _marks(quotes, colour_of) if len(quotes) else []
    cuts = sorted({0, len(text), *(p for s, e, _, _ in marks for p in (s, e) if 0 <= p <= len(text))})
    anchors: set[str] = set()
    pieces = [_segment(text[a:b], *_classes_at(marks, a, b), anchors) for a, b in zip(cuts, cuts[1:]) if a < b]
    legend = "".join(f'<span style="background-color:{c};{STYLES["legend"]}">{html.escape(s)}</span>'
                     for s, c in colour_of.items())
    heading = f"<h3>{html.escape(title)}</h3>" if title else ""
    meta = (f'<p class="meta" style="{STYLES["meta"]}">{len(quotes)} attributions; hover a quote for its kind, '
            f'speaker and rule; <span class="cue" style="{STYLES["cue"]}">cue</span> and '
            f'<span class="who" style="{STYLES["who"]}">speaker mention</span> marked.</p>')
    body = (f'<div class="qv tex2jax_ignore mathjax_ignore" style="{STYLES["qv"]}">{heading}{meta}'
            f'<p class="legend">{legend}</p><p>{"".join(pieces)}</p></div>')
    return ArticleView(body)


def quotes_view(articles: pd.DataFrame, quotes: pd.DataFrame, article_id: str) -> ArticleView:
    """Render the article ``article_id`` of a corpus with its quotes.

    Raises:
        KeyError: no such article (the message lists a few ids that exist).
    """
    match = articles[articles["article_id"] == article_id]
    if match.empty:
        sample = ", ".join(articles["article_id"].head(5))
        raise KeyError(f"no article {article_id!r} in the corpus (e.g. {sample})")
    article = match.iloc[0]
    title = article["title"] if isinstance(article.get("title"), str) else article_id
    return article_html(article["text"], quotes[quotes["article_id"] == article_id], title=title)
