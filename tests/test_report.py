"""Building the HTML report executes the notebooks headless (papermill + nbconvert)."""

import pytest

from analysis.report import ReportError, build_report, find_notebooks


def test_notebook_01_on_the_sample_corpus(tmp_path, sample_corpus):
    written = build_report(sample_corpus, tmp_path, notebooks=["01-explore-corpus"])
    html = (tmp_path / "01-explore-corpus.html").read_text()
    assert written == [tmp_path / "01-explore-corpus.html"]
    assert "data:image/png;base64" in html
    assert "12 articles, 0 errors" in html
    for name in ("articles_per_month", "article_lengths", "articles_by_source", "sentences_per_article"):
        assert (tmp_path / "figures" / f"{name}.png").stat().st_size > 1000
        assert (tmp_path / "figures" / f"{name}.csv").exists()
    assert (tmp_path / "01-explore-corpus.ipynb").exists()  # executed copy beside the report, source untouched


def test_report_errors_are_clear(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        build_report(tmp_path / "missing", tmp_path)
    with pytest.raises(FileNotFoundError, match="no such notebook"):
        find_notebooks(only=["99-nothing"])
    assert issubclass(ReportError, RuntimeError)
