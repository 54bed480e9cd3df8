"""Match kinds, speaker rules and candidate pairs (analysis.lineage.match, analysis.lineage.index)."""

import numpy as np
import pytest

from analysis.lineage import index
from analysis.lineage.index import fragment_pairs, shingle_pairs, unique_counts
from analysis.lineage.match import compare, may_match, rendering_strings, speakers_allow
from analysis.lineage.words import Vocabulary, words


def encode(vocabulary, *texts):
    return [vocabulary.encode(words(t)) for t in texts]


# the invented examples of benchmarks/data/lineage/GUIDELINES.md, and harder ones written for this project
@pytest.mark.parametrize("a, b, kind", [
    ("We will not back down.", "we will not back down", "exact"),
    ("We will never back down from this fight", "We will never back down", "partial"),
    ("The [regime] must go", "The Assad regime must go", "near-exact"),
    ("We went through the biggest witch hunt in political history",
     "We went to the greatest witch hunt in political history", "near-exact"),  # two words changed
    ("Our schools need more teachers, not more paperwork",
     "Our schools need more teachers and less paperwork", "near-exact"),
    ("grave mistake", "It would be a grave mistake to leave the talks now, and we will not do it", "partial"),
    ("the era of big government is over", "era of big government is over", "partial"),  # trimmed, not edited
    ("We will not comment on ongoing investigations", "We do not comment on personnel matters", None),
    ("The economy is strong", "The weather is strong", None),
    ("If we had confidence that the president clearly did not commit a crime we would have said so",
     "we did not, however, make a determination as to whether the president did commit a crime", None),
    # two trims of one long quote, overlapping by a run of eight words
    ("and we will rebuild the roads and the bridges of this great state together",
     "we will rebuild the roads and the bridges of this great state, and we will do it by spring", "partial"),
])
def test_compare_kinds(a, b, kind):
    vocabulary = Vocabulary()
    first, second = encode(vocabulary, a, b)
    content = vocabulary.content_mask().tolist()
    assert compare(first, second, content).kind == kind
    assert compare(second, first, content).kind == kind  # symmetric


def test_may_match_keeps_every_pair_compare_accepts():
    vocabulary = Vocabulary()
    texts = ["we will never back down from this fight", "we will never back down", "the regime must go",
             "the assad regime must go", "completely unrelated words here and there", "we will go"]
    renderings = encode(vocabulary, *texts)
    tokens = np.array([w for r in renderings for w in r], dtype=np.int32)
    offsets = np.r_[0, np.cumsum([len(r) for r in renderings])]
    pairs = np.array([(i, j) for i in range(len(texts)) for j in range(i + 1, len(texts))])
    kept = may_match(rendering_strings(tokens, offsets), pairs, np.zeros(len(pairs), dtype=np.int64))
    content = vocabulary.content_mask().tolist()
    for (i, j), keep in zip(pairs.tolist(), kept.tolist()):
        if compare(renderings[i], renderings[j], content).kind is not None:
            assert keep, (texts[i], texts[j])


@pytest.mark.parametrize("first, second, matched, content, near, allowed", [
    ("ortiz", "ortiz", 2, 2, False, True),       # "grave mistake", same speaker
    ("ortiz", "ortiz", 9, 1, False, True),       # "they are here whether we want them or not"
    ("ortiz", "ortiz", 4, 1, False, False),      # "we will not comment"
    (None, "ortiz", 6, 4, True, False),          # an unnamed source's short phrase
    (None, None, 12, 6, True, True),             # a long passage, sources unnamed, within days
    (None, None, 12, 6, False, False),           # ... but not years apart (a phrase in circulation)
    (None, None, 15, 6, False, True),            # a long passage whenever
    ("ortiz", "lee", 7, 3, True, False),         # a stock phrase from two speakers
    ("ortiz", "lee", 9, 4, True, True),          # a passage of a statement misattributed in one article
    ("ortiz", "lee", 9, 4, False, False),        # ... but not months apart
    ("ortiz", "lee", 20, 9, False, True),        # a long passage whoever says it
])
def test_speakers_allow(first, second, matched, content, near, allowed):
    assert speakers_allow(first, second, matched, content, near=near) is allowed


def _corpus(*texts):
    vocabulary = Vocabulary()
    renderings = encode(vocabulary, *texts)
    tokens = np.array([w for r in renderings for w in r], dtype=np.int32)
    return tokens, np.r_[0, np.cumsum([len(r) for r in renderings])].astype(np.int64), vocabulary.content_mask()


def test_shingle_pairs_find_trimmed_and_edited_copies_and_count_shared_shingles():
    tokens, offsets, content = _corpus(
        "it would be a grave mistake to leave the talks now and we will not do it",
        "a grave mistake to leave the talks now",
        "it would be a grave mistake to quit the talks now and we will not do it",
        "nothing in common with the others at all here",
    )
    pairs, shared = shingle_pairs(tokens, offsets, content)
    found = dict(zip(map(tuple, pairs.tolist()), shared.tolist()))
    assert found[(0, 1)] == 4 and found[(0, 2)] == 5  # the trim inside the full quote; the edited copy
    assert (1, 2) not in found  # no run of five words in common: they meet through the full quote
    assert not any(3 in pair for pair in found)


def test_shingles_held_by_too_many_renderings_are_stock_phrases(monkeypatch):
    monkeypatch.setattr(index, "MAX_DF", 2)
    tokens, offsets, content = _corpus(*(f"thank you all for coming today {w}" for w in ("a", "b", "c")))
    pairs, _ = shingle_pairs(tokens, offsets, content)
    assert len(pairs) == 0


def test_fragment_pairs_find_short_renderings_inside_longer_ones():
    tokens, offsets, content = _corpus("grave mistake", "it would be a grave mistake to leave",
                                       "a mistake that was grave", "the plan", "the plan is dead")
    pairs = {tuple(p) for p in fragment_pairs(tokens, offsets, content).tolist()}
    assert pairs == {(0, 1)}  # "the plan": fewer than two content words


def test_fragment_pairs_honour_the_include_mask():
    tokens, offsets, content = _corpus("grave mistake", "it would be a grave mistake to leave")
    assert len(fragment_pairs(tokens, offsets, content, include=np.array([True, False]))) == 0


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_unique_counts_is_np_unique(seed):
    values = np.random.default_rng(seed).integers(0, 50, size=1000).astype(np.uint64)
    expected = np.unique(values, return_counts=True)
    got = unique_counts(values)
    assert np.array_equal(got[0], expected[0]) and np.array_equal(got[1], expected[1])
