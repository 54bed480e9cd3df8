"""Building the HTML report executes the notebooks headless (papermill + nbconvert)."""

import pytest

from analysis.report import ReportError, build_report, find_notebooks

FIGURES = {
    "01-explore-corpus": ("articles_per_month", "article_lengths", "articles_by_source", "sentences_per_article"),
    "02-attribute-quotes": ("quotes_by_kind",),
    "03-make-figures": ("top_speakers", "quotes_by_kind", "stance_heatmap", "stance_over_time", "source_types"),
    "04-who-repeats-whom": ("most_carried", "outlet_overlap", "pickup_lag", "renderings"),
}


@pytest.fixture(scope="module")
def report(tmp_path_factory, sample_corpus):
    out = tmp_path_factory.mktemp("reports")
    cache = tmp_path_factory.mktemp("cache")
    mp = pytest.MonkeyPatch()
    mp.setenv("ANALYSIS_CACHE", str(cache))  # the kernels inherit it: the test never touches the user cache
    try:
        written = build_report(sample_corpus, out, jobs=2)  # two notebooks at once, as `analysis report` does
    finally:
        mp.undo()
    return out, written


def test_every_notebook_becomes_an_html_report(report):
    out, written = report
    assert [p.name for p in written] == [f"{name}.html" for name in FIGURES]
    for name, figures in FIGURES.items():
        html = (out / f"{name}.html").read_text()
        assert "data:image/png;base64" in html
        assert (out / f"{name}.ipynb").exists()  # the executed copy, beside the report; the source is untouched
        for figure in figures:
            assert (out / "figures" / f"{figure}.png").stat().st_size > 1000
            assert (out / "figures" / f"{figure}.csv").exists()
    assert "12 articles, 0 errors" in (out / "01-explore-corpus.html").read_text()


def test_article_view_is_in_report_and_escaped(report):
    out, _ = report
    html = (out / "02-attribute-quotes.html").read_text()
    assert 'class="qv"' in html and 'class="cue"' in html and 'class="who"' in html


def test_report_errors_are_clear(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        build_report(tmp_path / "missing", tmp_path)
    with pytest.raises(FileNotFoundError, match="no such notebook"):
        find_notebooks(only=["99-nothing"])
    assert issubclass(ReportError, RuntimeError)


def test_a_failing_notebook_names_itself_when_notebooks_run_at_once(tmp_path, sample_corpus, monkeypatch):
    monkeypatch.setenv("ANALYSIS_CACHE", str(tmp_path / "cache"))
    with pytest.raises(ReportError, match=r"01-explore-corpus\.ipynb failed .*see"):
        build_report(sample_corpus, tmp_path / "out", notebooks=["01-explore-corpus", "02-attribute-quotes"],
                     parameters={"jobs": "two"}, jobs=2)
    assert (tmp_path / "out" / "02-attribute-quotes.ipynb").exists()  # the other one still ran


def test_report_processes_import_papermill_without_the_iri_checker_and_leave_it_importable():
    import subprocess
    import sys

    from analysis.paths import PROJECT_DIR

    pytest.importorskip("rfc3987_syntax")  # installed with JupyterLab's dependencies
    script = ("import sys\nfrom analysis.report import _papermill\n_papermill()\n"
              "skipped = 'rfc3987_syntax' not in sys.modules\n"
              "import nbformat\nnbformat.validate(nbformat.read('notebooks/03-make-figures.ipynb', as_version=4))\n"
              "import rfc3987_syntax\nprint(skipped, rfc3987_syntax.is_valid_syntax('iri', 'https://example.org/a'))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT_DIR)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]
