"""The text model (how a sentence treats a target) and the speaker model (the speaker's stance) as shipped."""

import gzip
import json

import pytest

from analysis.stance import LABELS, Stance, predict_many, target_stance
from analysis.stance.features import (
    FEATURES_VERSION,
    Speaking,
    cue_lemma,
    speaker_features,
    speaker_key,
)
from analysis.stance.labels import SPEAKER_MODEL, TEXT_MODEL
from analysis.stance.linear import LinearModel, ModelFileError, load_model

from .helpers import span

TWO_TARGETS = [
    ("Tokyo was praised for its generous aid, while Beijing was condemned for its brutal crackdown.",
     "Tokyo", "positive"),
    ("Tokyo was praised for its generous aid, while Beijing was condemned for its brutal crackdown.",
     "Beijing", "negative"),
    ("Smith is a brilliant and honest leader, but Jones is a corrupt liar.", "Smith", "positive"),
    ("Smith is a brilliant and honest leader, but Jones is a corrupt liar.", "Jones", "negative"),
]


@pytest.mark.parametrize("method", ["default", "vader"])
@pytest.mark.parametrize(("text", "word", "label"), TWO_TARGETS)
def test_two_targets_in_one_sentence_get_their_own_label(method, text, word, label):
    stance = target_stance(text, *span(text, word), method=method)
    assert stance.label == label
    assert (stance.score > 0) == (label == "positive")


TEXT_CASES = [
    ("Beijing's brutal crackdown was condemned by rights groups.", "Beijing", "negative"),
    ("The senator praised Smith as a brilliant, decent leader.", "Smith", "positive"),
    ("Smith met Jones in Geneva on Tuesday.", "Smith", "neutral"),
    ("Jones was indicted on fraud charges and accused of lying to investigators.", "Jones", "negative"),
]


@pytest.mark.parametrize(("text", "word", "label"), TEXT_CASES)
def test_text_model_hard_cases(text, word, label):
    stance = target_stance(text, *span(text, word))
    assert isinstance(stance, Stance) and stance.method == "linear" and stance.label == label
    assert -1 <= stance.score <= 1 and stance.evidence and all(isinstance(e, str) for e in stance.evidence)


def test_predict_many_matches_one_by_one():
    texts = [t for t, _, _ in TEXT_CASES]
    spans = [span(t, w) for t, w, _ in TEXT_CASES]
    assert predict_many(texts, [s for s, _ in spans], [e for _, e in spans]) == \
        [target_stance(t, s, e) for t, (s, e) in zip(texts, spans)]


def test_bad_method_and_span_are_refused():
    with pytest.raises(ValueError, match="unknown stance method"):
        target_stance("Beijing.", 0, 7, method="magic")
    with pytest.raises(ValueError, match="outside"):
        target_stance("Beijing.", 0, 70)


@pytest.mark.parametrize("path", [TEXT_MODEL, SPEAKER_MODEL])
def test_shipped_models_are_small_json_for_these_features(path):
    assert path.stat().st_size < 5_000_000
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    assert data["features_version"] == FEATURES_VERSION and data["labels"] == list(LABELS)
    assert len(data["weights"]) == len(load_model(str(path)).names) > 50


def test_a_model_of_other_features_is_refused(tmp_path):
    path = tmp_path / "old.json.gz"
    path.write_bytes(gzip.compress(json.dumps({"format": "analysis.stance.linear/1", "labels": list(LABELS),
                                               "features_version": "stance-features-1", "weights": {},
                                               "intercept": [0, 0, 0]}).encode()))
    with pytest.raises(ModelFileError, match="retrain"):
        LinearModel.load(path)


@pytest.mark.parametrize(("cue", "lemma"), [("said", "say"), ("has accused", "accuse"), ("pointed out", "point out"),
                                             ("according to", "according to"), ("", "")])
def test_cue_lemmas(cue, lemma):
    assert cue_lemma(cue) == lemma


def test_speaker_features_know_who_speaks_of_whom():
    from analysis.stance.context import target_context

    text = "\u201cThese smears against Beijing are groundless,\u201d the spokesman said."
    ctx = target_context(text, *span(text, "Beijing"))
    own = speaker_features(ctx, Speaking("China", "official", "China", "said", "direct"), (0.5, 0.3, 0.2))
    foreign = speaker_features(ctx, Speaking("China", "official", "United States", "said", "direct"), (0.5, 0.3, 0.2))
    assert "spk:own" in own and "lean:denial" in own and "text:neg&own" in own
    assert "spk:foreign" in foreign and "spk:pair=United States>China" in foreign and "spk:own" not in foreign
    named = speaker_features(ctx, Speaking("China", "official", "United States", "said", "direct", "alias",
                                           "Mike Pompeo"), (0.5, 0.3, 0.2))
    assert "who:pompeo>China" in named and not any(name.startswith("who:") for name in foreign)


@pytest.mark.parametrize(("speaker", "key"), [("Donald Trump", "trump"), ("Mr. Trump", "trump"), ("Trump", "trump"),
                                              ("the State Department", "department"), ("Xi Jinping", "jinping"),
                                              ("", ""), ("2020", "")])
def test_speaker_key_is_the_last_word_of_the_name(speaker, key):
    assert speaker_key(speaker) == key


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("ab AB'\u2019\".,;:-!?\n\u201c\u201d") + ["not", "Beijing", "Xi'an", "US"]),
                max_size=40).map("".join), st.data())
def test_any_text_and_span_never_raise(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for method in ("default", "vader"):
        stance = target_stance(text, start, end, method=method)
        assert stance.label in LABELS and -1 <= stance.score <= 1
    stance = target_stance(text, start, end, speaker_type="official", speaker_country="China", cue="said")
    assert stance.label in LABELS


@pytest.mark.parametrize(("name", "words"), [
    ("R:slammed", "'slammed' after the target"),
    ("L:NOT_good", "'not good' before the target"),
    ("lexp:R2-", "negative words 2-3 words from the target, after it"),
    ("lex:cneg|speaker", "negative words in its clause (target is a speaker (X said / according to X))"),
    ("tm:PRONOUN", "the target is a pronoun"),
    ("bias", "prior (bias)"),
    ("spk:own", "the speaker's own country"),
    ("spk:pair=United States>Russia", "speaker from United States on Russia"),
    ("lean:near-&own", "words near the target leaning against it (own country)"),
    ("cue:accusation", "a cue of an accusation"),
    ("text:pos&own", "text model: pos reading (own country)"),
])
def test_evidence_reads_as_words(name, words):
    from analysis.stance.features import describe_feature

    assert describe_feature(name) == words
