"""Building the HTML reports: executed notebooks, exported tables, self-contained pages, atomic replacement,
quiet runs, and every report built on corpora without dates, outlets or quotes."""

import json
import re
import subprocess
import sys

import nbformat
import pytest

from analysis.paths import PROJECT_DIR, SAMPLE_CORPUS
from analysis.report import MARKER, ReportError, build_report, find_notebooks

FIGURES = {
    "01-explore-corpus": ("articles_per_month", "article_lengths", "articles_by_source", "sentences_per_article"),
    "02-attribute-quotes": (),
    "03-make-figures": ("top_speakers", "quotes_by_kind", "source_types", "stance_heatmap", "stance_by_target",
                        "stance_over_time"),
    "04-who-repeats-whom": (),  # the sample shares no statement between outlets: each figure gives its reason
}
LISTED = FIGURES["03-make-figures"]  # each followed by the quotes behind it
EXTERNAL = re.compile(r"""(<script[^>]*\ssrc=|<link[^>]*\shref=["']?https?:|src=["']?https?:|url\(["']?https?:)""",
                      re.IGNORECASE)


def test_every_notebook_becomes_an_html_report(built_report):
    out, written = built_report
    assert [p.name for p in written] == [f"{name}.html" for name in FIGURES]
    for name, figures in FIGURES.items():
        html = (out / f"{name}.html").read_text()
        assert (out / f"{name}.ipynb").exists()  # the executed copy, beside the report; the source is untouched
        assert html.count("data:image/png;base64") >= len(figures)
        for figure in figures:
            assert (out / "figures" / f"{figure}.png").stat().st_size > 1000
            assert (out / "figures" / f"{figure}.csv").exists()
    assert "12 articles, 0 errors" in (out / "01-explore-corpus.html").read_text()
    fourth = (out / "04-who-repeats-whom.html").read_text()
    for name in ("most_carried", "outlet_overlap", "pickup_lag", "renderings"):
        assert f"No figure <code>{name}</code>: no statement in this corpus is carried by two outlets" in fourth
    assert (out / MARKER).exists() and not list(out.parent.glob(".reports.*"))  # swapped in, nothing left


@pytest.mark.parametrize("table", ["quotes", "speakers", "stance"])
def test_the_tables_are_exported_and_linked(built_report, table):
    out, _ = built_report
    for suffix in ("csv", "parquet"):
        assert (out / "tables" / f"{table}.{suffix}").stat().st_size > 100
    html = (out / "02-attribute-quotes.html").read_text()
    assert f'href="tables/{table}.csv"' in html and f'href="tables/{table}.parquet"' in html


@pytest.mark.parametrize("name", LISTED)
def test_each_figure_of_notebook_03_is_followed_by_the_quotes_behind_it(built_report, name):
    out, _ = built_report
    html = (out / "03-make-figures.html").read_text()
    assert f"Quotes behind {name}</b>" in html
    assert f'href="figures/{name}-quotes.csv"' in html and (out / "figures" / f"{name}-quotes.csv").exists()


def test_article_links_of_the_listings_lead_to_highlighted_articles(built_report):
    out, _ = built_report
    html = (out / "03-make-figures.html").read_text()
    links = set(re.findall(r'href="(articles/[^"#]+)#(q-[0-9a-f]{12})"', html))
    assert len(links) > 20
    for page, anchor in links:
        target = (out / page).read_text()
        assert f'id="{anchor}"' in target and 'class="cue"' in target and "background-color:" in target


@pytest.mark.parametrize("name", FIGURES)
def test_reports_are_self_contained(built_report, name):
    out, _ = built_report
    html = (out / f"{name}.html").read_text()
    assert 'src="http' not in html
    assert not EXTERNAL.search(html), EXTERNAL.search(html)
    assert "MathJax.Hub" not in html and "require.min.js" not in html


@pytest.mark.parametrize("name", FIGURES)
def test_executed_notebooks_keep_the_projects_kernel(built_report, name):
    out, _ = built_report
    notebook = json.loads((out / f"{name}.ipynb").read_text())
    assert notebook["metadata"]["kernelspec"]["name"] == "analysis"
    streams = [o for c in notebook["cells"] for o in c.get("outputs", []) if o.get("name") == "stderr"]
    assert streams == [], "a report prints no warnings"


def test_article_view_is_in_the_quotes_report_with_inline_styles(built_report):
    out, _ = built_report
    html = (out / "02-attribute-quotes.html").read_text()
    view = html[html.index('class="qv'):]
    assert 'class="cue" style="font-weight:bold' in view and 'class="who" style="border:' in view
    assert "Stance rows of " in html  # 02 shows the stance of the article it renders


def _bare_corpus(folder, *, quotes: bool):
    """Plain .txt files without dates or a metadata.csv (no outlets); with the sample's quotes or none."""
    folder.mkdir()
    if quotes:
        for path in sorted(SAMPLE_CORPUS.glob("00[1-3]_*.txt")):
            (folder / path.name).write_text(re.sub(r"^\s*date \d{4}-\d\d-\d\d\s*", "", path.read_text()))
    else:
        (folder / "a.txt").write_text("The river rose overnight.\n\nShops on the quay closed early.\n")
        (folder / "b.txt").write_text("Rain is forecast for the weekend across the region.\n")
    return folder


def test_a_corpus_without_dates_or_outlets_builds_every_report_quietly(tmp_path):
    corpus = _bare_corpus(tmp_path / "bare", quotes=True)
    env = {**__import__("os").environ, "ANALYSIS_CACHE": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-m", "analysis", "report", "--corpus", str(corpus), "--out",
                           str(tmp_path / "out"), "--no-progress"], capture_output=True, text=True, env=env,
                          cwd=PROJECT_DIR, timeout=900)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no warning a user can do nothing about
    assert done.stdout.split() == [str(tmp_path / "out" / f"{n}.html") for n in FIGURES]
    first = (tmp_path / "out" / "01-explore-corpus.html").read_text()
    assert "No figure <code>articles_per_month</code>: no article in this corpus has a date" in first
    assert "No figure <code>articles_by_source</code>: no article in this corpus names its outlet" in first
    third = (tmp_path / "out" / "03-make-figures.html").read_text()
    assert "No figure <code>stance_over_time</code>: no article in this corpus has a date" in third
    assert (tmp_path / "out" / "figures" / "stance_heatmap.png").exists()


def test_a_corpus_without_quotes_builds_every_report(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_CACHE", str(tmp_path / "cache"))
    written = build_report(_bare_corpus(tmp_path / "plain", quotes=False), tmp_path / "out", jobs=2)
    assert [p.name for p in written] == [f"{name}.html" for name in FIGURES]
    third = (tmp_path / "out" / "03-make-figures.html").read_text()
    for name in LISTED:
        assert f"No figure <code>{name}</code>:" in third
    assert not list((tmp_path / "out" / "figures").glob("*.png")) or \
        {p.stem for p in (tmp_path / "out" / "figures").glob("*.png")} == {"article_lengths", "sentences_per_article"}


def test_a_failed_build_leaves_the_previous_report_untouched(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "out"
    out.mkdir()
    (out / MARKER).write_text("")
    (out / "01-explore-corpus.html").write_text("the previous corpus's report")
    with pytest.raises(ReportError, match=r"01-explore-corpus\.ipynb failed .*see .*out\.failed.*unchanged"):
        build_report(SAMPLE_CORPUS, out, notebooks=["01-explore-corpus", "02-attribute-quotes"],
                     parameters={"jobs": "two"}, jobs=2)
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "01-explore-corpus.html"]
    assert (out / "01-explore-corpus.html").read_text() == "the previous corpus's report"
    failed = tmp_path / "out.failed"
    assert (failed / "02-attribute-quotes.ipynb").exists()  # the other one still ran, kept for reading
    assert "PapermillExecutionError" not in (failed / "01-explore-corpus.ipynb").read_text()
    assert not list(tmp_path.glob(".out.*"))


def test_a_folder_that_is_not_a_report_is_never_replaced(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ValueError, match="not a report"):
        build_report(SAMPLE_CORPUS, tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_report_errors_are_clear(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        build_report(tmp_path / "missing", tmp_path / "out")
    with pytest.raises(FileNotFoundError, match="no such notebook"):
        find_notebooks(only=["99-nothing"])


@pytest.mark.parametrize("path", sorted((PROJECT_DIR / "notebooks").glob("*.ipynb")), ids=lambda p: p.name)
def test_notebooks_declare_the_projects_kernel(path):
    notebook = nbformat.read(path, as_version=4)
    assert notebook.metadata.kernelspec == {"name": "analysis", "display_name": "Python (analysis)",
                                            "language": "python"}


def test_report_processes_import_papermill_without_the_iri_checker_and_leave_it_importable():
    pytest.importorskip("rfc3987_syntax")  # installed with JupyterLab's dependencies
    script = ("import sys\nfrom analysis.report import _papermill\n_papermill()\n"
              "skipped = 'rfc3987_syntax' not in sys.modules\n"
              "import nbformat\nnbformat.validate(nbformat.read('notebooks/03-make-figures.ipynb', as_version=4))\n"
              "import rfc3987_syntax\nprint(skipped, rfc3987_syntax.is_valid_syntax('iri', 'https://example.org/a'))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT_DIR)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]
