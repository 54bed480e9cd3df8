"""Attributions that report nothing: a cue under a modal or a negation ("will not necessarily insist"), a
request for anonymity, an answer to a request for comment, a refusal to comment, a question word alone, an intention
in a restrictive relative clause ("voters who plan to ...")."""

from __future__ import annotations

from analysis.quotes.cues import Hit, lexicon
from analysis.quotes.tokens import ParagraphTokens, Q, W


def negation(low: str) -> bool:
    """Is the lower-case token a negation ("not", "never", "didn't", "won’t")?"""
    return low in ("not", "never") or low.endswith(("n't", "n\u2019t"))


def hedged(toks: ParagraphTokens, hit: Hit) -> bool:
    """Is the cue under a modal or a negation ("Trump will not necessarily insist on ..., a senior aide said"):
    no statement made, but what the closing attribution reports?"""
    return any(toks.low[k] in lexicon().modal or negation(toks.low[k]) for k in range(max(hit.s1, 0), hit.c1))


def reports_nothing(toks: ParagraphTokens, hit: Hit) -> bool:
    """Is the attribution a source's request for anonymity ("who asked not to be named", "asked for anonymity
    to discuss ...", "who requested anonymity", "asked that their names be withheld"), an answer to a request for comment ("did not
    respond to a request for comment", "responded to emails seeking comment") or the request itself ("an email
    seeking comment"), a refusal to comment ("would
    not comment on the report"), a question word alone ("didn't say who") or an intention in a restrictive relative
    clause ("voters who plan to ..."), which report nothing?"""
    s, e = hit.content[0]
    if len(hit.content) == 1 and (toks.low[s] in lexicon().interrogative or toks.low[s] == "which") \
            and not toks.raw[s].isupper():  # (not "the World Health Organisation (WHO)")
        if e == s + 1 or s + 1 >= len(toks.low) or toks.low[s + 1] in (".", ";", ")"):
            return True  # "although it didn't say who": a question word, nothing said
    if hit.cue.cue_type == "intention" and hit.s1 - hit.s0 == 1 and toks.low[hit.s0] in ("who", "that") \
            and hit.s0 > 0 and toks.kind[hit.s0 - 1] == W:
        return True  # "voters who plan to vote for Trump", "parents who want children": a restrictive relative
        # clause that says which people, no statement of theirs (not "Trump, who wants to ...")
    k = hit.c1
    words = toks.low[k:k + 10]
    if hit.cue.lemma in ("respond", "reply"):
        return bool(words) and words[0] == "to" and "comment" in words
    if hit.cue.lemma == "comment" and toks.low[hit.c1 - 1] in ("comment", "commented"):  # "would not comment on"
        return any(negation(toks.low[j]) for j in range(max(0, hit.c0 - 3), hit.c1)) \
            and not any(toks.kind[j] == Q for j in range(k, min(len(toks.kind), k + 10)))
    if hit.cue.lemma in ("seek", "ask", "request") and (words[:1] == ["comment"] or any(
            words[j:j + 2] == ["for", "comment"] for j in range(4))):
        return True  # "didn't return an email seeking comment", "asked the minister for comment": a request, no words
    if hit.cue.lemma not in ("ask", "request"):
        return False
    return words[:3] == ["not", "to", "be"] or words[:2] in (["for", "anonymity"], ["anonymity", "to"]) \
        or words[:1] == ["anonymity"] \
        or bool(words) and words[0] == "that" and any(w in ("name", "names") for w in words[1:4])
