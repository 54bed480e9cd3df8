"""The walk over an article's paragraphs and sentences: attributions found sentence by sentence, and the
quotations without an attribution of their own given to the speaker they continue.

Quotations without an attribution continue the previous speaker: a follow-on quote sentence in the same
paragraph joins the previous quotation (so does a sentence without a cue that opens with quoted words,
``But "..."``); a quoted paragraph after a quotation joins it as another piece, or starts a new one by the same
speaker after reported speech; ``X said:`` takes the quotation that follows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from analysis.quotes.content_end import trim
from analysis.quotes.cues import Hit, lexicon
from analysis.quotes.quoted import quoted_attributions
from analysis.quotes.records import (
    Quote,
    continue_quote,
    extend_quote,
    hit_quote,
    make_quote,
    token_spans,
)
from analysis.quotes.sentence import attribute_sentence
from analysis.quotes.special import (
    colon_attribution,
    dash_attribution,
    embedded_post,
    headline_colon,
    headline_line,
    inline_labels,
    quote_verb_attribution,
    signature_after,
    subject_before_quote,
    subject_verb_quote,
    title_hits,
    transcript_label,
)
from analysis.quotes.tokens import (
    ParagraphTokens,
    Q,
    W,
    paragraph_tokens,
    sentence_ranges,
)
from analysis.text.document import Document

HEADING_WORDS = 8
"""The most words of a quoted subheading: a paragraph that is one short quotation without final punctuation."""


def quoted_heading(text: str, toks: ParagraphTokens) -> bool:
    """Is the paragraph a subheading made of a quotation ("'Tariff man'", "‘NOT GOING TO BLAME MYSELF’"): one
    closed quotation and nothing else, at most ``HEADING_WORDS`` words, no punctuation before its closing mark?
    A heading is no one's words here (the words may be quoted in the section it heads)."""
    if len(toks.kind) != 1 or toks.kind[0] != Q:
        return False
    quotation = toks.blob[0]
    inner = text[quotation.start + 1:quotation.end - 1].strip()
    return quotation.closed and 0 < len(inner.split()) <= HEADING_WORDS and inner[-1:].isalnum()


def quote_only(toks: ParagraphTokens, a: int, b: int) -> bool:
    """Is the sentence tokens[a:b] nothing but quotations and punctuation?"""
    has_q = False
    for k in range(a, b):
        if toks.kind[k] == Q:
            has_q = True
        elif toks.kind[k] == W:
            return False
    return has_q


def find_quotes(doc: Document | object, *, title: bool = False) -> list[Quote]:
    """Find the quotations and reported statements of one article, with their cues and speaker mentions.

    Args:
        doc: the article's document (or its text; anything that is not a string, such as None or a missing
            value, has no attributions).
        title: the text is the article's title (:mod:`analysis.quotes.headlines`): its line is read as a
            sentence, not skipped as a headline inside the text would be.

    Returns:
        The attributions in text order. Speakers are the mentions at the attribution, unresolved
        (:func:`analysis.quotes.extract_quotes` resolves them). Never raises on odd input: unbalanced quote
        marks leave a quotation running to its paragraph's end, an empty text gives an empty list.
    """
    if not isinstance(doc, Document):
        doc = Document("", doc)
    if not doc.text.strip():
        return []
    return Reader(doc, title=title).read()


class Reader:
    """Walks the paragraphs and sentences of one text, keeping the state that continuations need."""

    def __init__(self, doc: Document, *, title: bool = False) -> None:
        self.doc = doc
        self.text = doc.text
        self.title = title  # the text is a title: no line of it is skipped as a headline
        self.quotes: list[Quote] = []
        self.last: Quote | None = None  # the latest attribution with a speaker
        self.last_at: tuple[int, int] = (-1, -1)  # (paragraph, sentence) that last produced or extended it
        self.pending: tuple[ParagraphTokens, Hit, int] | None = None  # "X said:" waiting for its quotation

    def read(self) -> list[Quote]:
        doc = self.doc
        open_chain = False
        for p, quotations in enumerate(doc.quotations):
            toks = paragraph_tokens(doc, p)
            if not open_chain and self.pending is None and quoted_heading(self.text, toks):
                continue  # a subheading ("'Tariff man'"), not after "X said:"
            self._paragraph(p, toks, open_chain)
            open_chain = bool(quotations) and not quotations[-1].closed
        self.quotes.extend(quoted_attributions(doc, self.quotes))
        self.quotes.sort(key=lambda q: q.start)
        return self.quotes

    def _add(self, quote: Quote, p: int, si: int) -> None:
        self.quotes.append(quote)
        self.last, self.last_at = quote, (p, si)

    def _passage(self, p: int, toks: ParagraphTokens, sentences: list[tuple[int, int]],
                 found: list[tuple[list[Hit], Hit | None]]) -> bool:
        """A paragraph without quotation marks after "X wrote:" closing the paragraph before: a passage set off
        as a block ("According to Education Week:" then the quoted paragraph). It is what X wrote, when it opens
        with no quotation and holds six words at least ("Advertisement" is none); attributions inside it are X's
        report of others' words, nested rows. True when it was taken."""
        ptoks, phit, pp = self.pending
        if sum(kind == W for kind in toks.kind) < 6 or toks.kind[0] == Q or ptoks.low[-1] != ":":
            return False
        quote = hit_quote(self.text, ptoks, phit, pp)
        quote = retarget(self.text, quote, token_spans(toks, [(0, len(toks.kind))]), p, phit.rule + "_passage")
        self._add(quote, p, len(sentences) - 1)
        for hits, _dangling in found:
            for hit in hits:  # "Trump said:" then a passage with "he probably says ..." in it
                nested = hit_quote(self.text, toks, hit, p)
                nested.rule, nested.outer = "nested_" + hit.rule, quote
                self.quotes.append(nested)
        self.pending = None
        self.last_at = (p, -2)
        return True

    def _paragraph(self, p: int, toks: ParagraphTokens, open_chain: bool) -> None:
        text = self.text
        label = transcript_label(toks, self.doc) or headline_colon(toks, first=p == 0) or embedded_post(toks)
        if label is not None:  # "TAPPER: Do you think ...": the whole paragraph is what the speaker says
            self._add(hit_quote(text, toks, label, p), p, 0)
            if label.rule == "transcript_label":  # or the turns up to the next label in capitals
                for turn in inline_labels(toks, label):
                    self._add(hit_quote(text, toks, turn, p), p, 0)
            self.last_at = (p, -2)
            return
        if not self.title and headline_line(self.doc, p, toks):
            return  # a headline, a heading or a link to another story: no one's words in the article
        sentences = sentence_ranges(self.doc, p, toks)
        found = [attribute_sentence(toks, a, b) for a, b in sentences]
        found = [([hit for hit in hits if not _reader_speaks(toks, hit)],
                  None if dangling is not None and _reader_speaks(toks, dangling) else dangling)
                 for hits, dangling in found]  # "If you don't know ...", "you know, ...": no one's words
        if self.title:  # "Minister accused of lying": a title's passive reports nothing the subject said
            found = [(title_hits(toks, hits, b), dangling) for (hits, dangling), (_a, b) in zip(found, sentences)]
        signed = signature_after(self.doc, p) if not any(hits for hits, _dangling in found) else None
        if signed is not None:  # a roundup's quoted paragraph, signed by the line after it: "Harry Enten, CNN"
            spans = token_spans(toks, [(k, k + 1) for k, kind in enumerate(toks.kind) if kind == Q])
            last = self.last
            if last is not None and last.rule.startswith("signature_line") and last.speaker_start == signed[0]:
                extend_quote(text, last, spans, "+paragraphs")  # the run's next paragraph
                self.last_at = (p, -2)
                return
            quote = make_quote(text, spans, p, "signature_line")
            quote.speaker_mention, quote.speaker_start, quote.speaker_end = text[slice(*signed)], *signed
            self._add(quote, p, len(sentences) - 1)
            self.last_at, self.pending = (p, -2), None
            return
        if self.pending is not None and self.pending[2] == p - 1 and self._passage(p, toks, sentences, found):
            return
        last_para = self.last_at[0]
        prev_sentence_last = last_para == p - 1 and self.last_at[1] == -2
        para_last: Quote | None = None  # latest attribution of this paragraph
        para_quote: Quote | None = None  # latest direct or mixed attribution of this paragraph
        loose: tuple[int, int] | None = None  # a preceding quote-only sentence nobody has claimed
        for si, (a, b) in enumerate(sentences):
            hits, dangling = found[si]
            if hits:
                para_quote = None
            for hit in hits:
                quote = hit_quote(text, toks, hit, p)
                self._add(quote, p, si)
                para_last = quote
                for inner in hit.nested:  # not a speaker the next sentences continue ...
                    nested = hit_quote(text, toks, inner, p)
                    nested.rule, nested.outer = "nested_" + inner.rule, quote
                    self.quotes.append(nested)
                    if hit.cue.frame == "according":  # ... but '"...," Tusk said, according to Reuters' is Tusk's
                        self.last, para_last, quote = nested, nested, nested
                if quote.kind != "indirect":
                    para_quote = quote
            loose_before = loose  # ('"...?" Trump, whom critics have attacked for ..., said.': a quotation before
            # a sentence whose own attributions come first is still its closing speaker's)
            if hits:
                self.pending, loose = None, None
            if dangling is not None:
                if loose_before is not None:
                    la, lb = loose_before
                    dangling.content = [(k, k + 1) for k in range(la, lb) if toks.kind[k] == Q]
                    dangling.rule = "content_" + dangling.rule
                    quote = hit_quote(text, toks, dangling, p)
                    self._add(quote, p, si)
                    para_last, loose = quote, None
                elif b - 1 >= a and toks.low[b - 1] == ":" or not hits:
                    self.pending = (toks, dangling, p)
                continue
            if not hits:
                dash = (dash_attribution(toks, a, b) or quote_verb_attribution(toks, a, b)
                        or colon_attribution(toks, a, b) or subject_verb_quote(toks, a, b))
                if dash is not None:
                    quote = hit_quote(text, toks, dash, p)
                    self._add(quote, p, si)
                    para_last = para_quote = quote
                    loose = None
                    continue
            if hits or not quote_only(toks, a, b):
                if not hits:
                    loose = None
                    if para_quote is not None and self.last_at == (p, si - 1) and para_quote is para_last \
                            and quoted_sentence(toks, a, b):
                        # '"A," he said. But "B." ': a sentence with quoted words goes on with the quotation
                        extend_quote(text, para_quote, token_spans(toks, [trim(toks, a, b) or (a, b)]), "+follow_on")
                        self.last_at = (p, si)
                    elif self.last is not None and (self.last_at == (p, si - 1) or si == 0 and prev_sentence_last) \
                            and reported_continuation(toks, a, b) and reported_passage(self.last):
                        # 'Ms Khan said ... . It could become common to ...': reported speech goes on
                        quote = continue_quote(text, self.last, token_spans(toks, [trim(toks, a, b) or (a, b)]), p,
                                               "reported_continuation")
                        self._add(quote, p, si)
                        para_last = quote
                continue
            spans = token_spans(toks, [(k, k + 1) for k in range(a, b) if toks.kind[k] == Q])
            if si + 1 < len(found) and not found[si + 1][0] and found[si + 1][1] is not None:
                loose = (a, b)  # '"Nooo!" The crowd cried.': the next sentence attributes it
            elif self.pending is not None:
                ptoks, phit, pp = self.pending
                quote = hit_quote(text, ptoks, phit, pp)
                quote = retarget(text, quote, spans, p, phit.rule + "_colon")
                self._add(quote, p, si)
                para_last, self.pending = quote, None
            elif si == 0 and open_chain and self.last is not None and self.last_at[0] == p - 1:
                extend_quote(text, self.last, spans, "+paragraphs")
                self.last_at, para_last = (p, si), self.last
            elif para_last is not None and para_last.speaker_start >= 0:
                target = para_quote if para_quote is not None else para_last
                if target.kind == "indirect":
                    quote = continue_quote(text, target, spans, p, "follows_speaker")
                    self._add(quote, p, si)
                    para_last = para_quote = quote
                else:
                    extend_quote(text, target, spans, "+follow_on")
                    self.last_at = (p, si)
            elif si == 0 and prev_sentence_last and self.last is not None and self.last.speaker_start >= 0:
                if self.last.kind != "direct":
                    quote = continue_quote(text, self.last, spans, p, "follows_speaker")
                    self._add(quote, p, si)
                    para_last = quote
                else:
                    extend_quote(text, self.last, spans, "+next_paragraph")
                    self.last_at, para_last = (p, si), self.last
            elif si > 0 and not found[si - 1][0] and found[si - 1][1] is None \
                    and (named := subject_before_quote(toks, sentences[si - 1], a, b)) is not None:
                quote = hit_quote(text, toks, named, p)  # 'Merkley was more candid. "We were all confident ..."'
                self._add(quote, p, si)
                para_last = para_quote = quote
            elif self.last is not None and self.last.speaker_start >= 0 and 0 <= p - self.last_at[0] <= RECENT:
                # a quotation on its own between narrative sentences (paragraphs run together): the latest speaker
                quote = continue_quote(text, self.last, spans, p, "follows_recent_speaker")
                self._add(quote, p, si)
                para_last = quote
            else:
                loose = (a, b)
        if self.last_at[0] == p and self.last_at[1] == len(sentences) - 1:
            self.last_at = (p, -2)  # the paragraph ended with the latest attribution


def _reader_speaks(toks: ParagraphTokens, hit: Hit) -> bool:
    """Is the hit's speaker the reader, or anyone, addressed as "you" outside quotation marks ("If you don't know
    ...", "as you can see", a transcript's "you know")? Inside a quotation "you" is someone the speaker addresses
    (:mod:`analysis.quotes.quoted` reads those)."""
    return hit.s1 - hit.s0 == 1 and toks.low[hit.s0].replace("\u2019", "'").partition("'")[0] in lexicon().reader


def quoted_sentence(toks: ParagraphTokens, a: int, b: int) -> bool:
    """Does a sentence without attribution carry quoted words early on ('But "B."', '"B" to the rest')? Not when
    the words before them name a source of their own ('A Tory spokesman "totally refuted" ...': a role)."""
    first_q = next((k for k in range(a, b) if toks.kind[k] == Q), -1)
    return first_q >= 0 and sum(1 for k in range(a, first_q) if toks.kind[k] == W) <= FOLLOW_WORDS \
        and not any(toks.low[k] in lexicon().role_head for k in range(a, first_q))


def reported_passage(quote: Quote) -> bool:
    """Is a quotation reported speech in the past that a next sentence may carry on: said or written (a speech
    or document cue, not a participle, an infinitive or a modal one: "calling for", "to disclose", "would
    assume"), not a direct quotation, its speaker known, and its own words backshifted ("said the movement had
    to use ...", "could", "would")? A continuation carries on as its passage did."""
    if quote.speaker_start < 0 or quote.outer is not None or quote.kind == "direct":
        return False
    if quote.rule != "reported_continuation":
        first = (quote.cue or "").lower().split()[:1]
        if quote.cue_type not in ("speech", "document") or not first or first[0].endswith("ing") \
                or first[0] == "to" or first[0] in lexicon().modal:
            return False
    words = _WORDS.findall(quote.text.lower())
    return any(w == "had" or backshift_at(words, k, len(words)) for k, w in enumerate(words))


_WORDS = re.compile(r"[a-z']+")


def backshift_at(low: Sequence[str], k: int, end: int) -> bool:
    """Is the lower-case word at k (of ``low``, read up to ``end``) a past modal (``backshift`` words), "had to",
    "needed to" or "was (not) going to"?"""
    word = low[k]
    if word in lexicon().backshift or word in ("had", "needed") and k + 1 < end and low[k + 1] == "to":
        return True
    return word in ("was", "were") and [w for w in low[k + 1:min(end, k + 4)] if w != "not"][:2] == ["going", "to"]


def reported_continuation(toks: ParagraphTokens, a: int, b: int) -> bool:
    """Does a sentence with no quotation read as reported speech going on: is its first finite verb a past
    modal ("could", "would": ``backshift`` words), "had to", "needed to" or "was going to"? Within its first
    twenty words; a present or plain past verb before it ("is", "was", "will") says no."""
    words = lexicon()
    first = next((k for k in range(a, b) if toks.kind[k] == W and toks.low[k] not in words.continuation_link), b)
    if first == b:
        return False
    pointing = toks.low[first] in words.anaphoric_subject
    seen = 0
    for k in range(a, b):
        if toks.kind[k] == Q:
            return False
        if toks.kind[k] != W:
            continue
        seen += 1
        if seen > 20:
            return False
        if backshift_at(toks.low, k, b):  # a subject that points back, else "also" by it ("More also needed to")
            return pointing or any(toks.low[i] == "also" for i in range(max(first, k - 1), k + 2))
        if toks.low[k] in words.finite:
            return False
    return False


FOLLOW_WORDS = 4  # words before the first quotation of a follow-on sentence ('Unless X, "..."')

RECENT = 4
"""A quotation standing alone goes to the latest speaker when that one spoke in its paragraph or the one before."""


def retarget(text: str, quote: Quote, spans: list[tuple[int, int]], paragraph: int, rule: str) -> Quote:
    new = make_quote(text, spans, paragraph, rule)
    return replace(quote, kind=new.kind, spans=new.spans, text=new.text, paragraph=paragraph, rule=rule)
