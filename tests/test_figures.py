import matplotlib
import pandas as pd
import pytest

from analysis import figures
from analysis.figures import stance_heatmap

matplotlib.use("Agg")


def stance_rows(rows):
    from analysis.speakers import canonical_speakers

    frame = pd.DataFrame(rows, columns=["article_id", "quote_id", "speaker", "target", "label"])
    return frame.assign(speaker_canonical=canonical_speakers(frame))  # as the stance table carries it


def test_heatmap_merges_a_speaker_named_differently_in_two_articles():
    stance = stance_rows([
        ("a1", "q1", "Donald Trump", "China", "negative"),
        ("a1", "q2", "Donald Trump", "China", "negative"),
        ("a2", "q3", "Trump", "China", "positive"),
        ("a2", "q4", "Wang Wenbin", "United States", "negative"),
        ("a3", "q5", None, "China", "positive"),
    ])
    figure = stance_heatmap(stance)
    data = figure.data.set_index(["speaker", "target"])
    assert set(data.index) == {("Donald Trump", "China"), ("Wang Wenbin", "United States")}
    assert data.loc[("Donald Trump", "China"), "count"] == 3
    assert data.loc[("Donald Trump", "China"), "mean"] == pytest.approx(-1 / 3)


def test_heatmap_of_nothing_is_an_empty_figure():
    figure = stance_heatmap(stance_rows([]))
    assert figure.data.empty


def test_a_saved_figure_writes_png_and_csv_and_shows_the_file(tmp_path):
    articles = pd.DataFrame({"article_id": ["a", "b"], "text": ["one two three", "four five"]})
    fig = figures.article_lengths(articles)
    png, csv = fig.save(tmp_path)  # unpacks as the two paths
    assert png == tmp_path / "article_lengths.png" and csv == tmp_path / "article_lengths.csv"
    assert pd.read_csv(csv)["words"].tolist() == [3, 2]
    data, meta = fig.save(tmp_path)._repr_png_()  # what a notebook shows: the file itself, at display size
    assert data == png.read_bytes() and data.startswith(b"\x89PNG")
    width = int.from_bytes(data[16:20], "big")
    assert meta == {"width": round(width * figures.DISPLAY_DPI / figures.SAVE_DPI)}
    assert fig._repr_png_().startswith(b"\x89PNG")  # an unsaved figure draws itself
