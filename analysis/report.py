"""Executing the numbered notebooks headless into HTML reports (papermill, then nbconvert).

Each ``notebooks/NN-name.ipynb`` is executed with the corpus as its ``corpus`` parameter into
``OUT/NN-name.ipynb`` (never over the source), then converted to ``OUT/NN-name.html`` with its figures embedded.
Figures and their numbers are saved by the notebooks under ``OUT/figures/``.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from analysis.paths import NOTEBOOKS

NOTEBOOK_NAME = re.compile(r"^\d\d-[\w-]+\.ipynb$")
KERNEL_NAME = "python3"
"""The kernel the reports run on: the ipykernel of the interpreter running the report."""


class ReportError(RuntimeError):
    """A notebook failed while building the report; the message names it and where its partial output is."""


def find_notebooks(folder: str | Path = NOTEBOOKS, *, only: Sequence[str] | None = None) -> list[Path]:
    """Return the numbered notebooks of a folder, in reading order.

    Args:
        folder: where the notebooks are.
        only: restrict to these names (with or without ``.ipynb``).

    Raises:
        FileNotFoundError: no numbered notebook found, or one named in ``only`` does not exist.
    """
    found = sorted(p for p in Path(folder).glob("*.ipynb") if NOTEBOOK_NAME.match(p.name))
    if only:
        wanted = {name.removesuffix(".ipynb") for name in only}
        missing = wanted - {p.stem for p in found}
        if missing:
            raise FileNotFoundError(f"no such notebook in {folder}: {', '.join(sorted(missing))}")
        found = [p for p in found if p.stem in wanted]
    if not found:
        raise FileNotFoundError(f"no numbered notebooks (NN-name.ipynb) in {folder}")
    return found


def to_html(executed: Path, html: Path) -> Path:
    """Convert an executed notebook to a standalone HTML page (images embedded, inputs shown)."""
    import nbformat
    from nbconvert import HTMLExporter

    from analysis.tables import atomic_path

    notebook = nbformat.read(executed, as_version=4)
    body, _ = HTMLExporter(embed_images=True).from_notebook_node(notebook)
    with atomic_path(html) as tmp:
        tmp.write_text(body, encoding="utf-8")
    return html


def build_report(
    corpus: str | Path = "",
    out: str | Path = "reports",
    *,
    notebooks: Sequence[str] | None = None,
    parameters: dict | None = None,
    progress: bool | None = None,
    timeout: int = 1800,
    jobs: int = 1,
) -> list[Path]:
    """Execute the numbered notebooks on a corpus and write one HTML report per notebook.

    Args:
        corpus: corpus path given to each notebook's ``corpus`` parameter; ``""`` means the bundled sample.
        out: output folder for executed notebooks, HTML pages and ``figures/``.
        notebooks: only these notebooks (names like ``01-explore-corpus``); default all.
        parameters: further papermill parameters (``figures_dir`` defaults to ``OUT/figures``).
        progress: papermill's cell progress bar; ``None`` shows it on a terminal (never with ``jobs`` > 1).
        timeout: seconds one cell may run.
        jobs: notebooks executed at once, each in its own process. Notebooks that ask the pipeline for the same
            tables compute them once: the pipeline cache makes the later ones wait and read them
            (:func:`analysis.pipeline.cache_lock`).

    Returns:
        The HTML files written, in notebook order.

    Raises:
        FileNotFoundError: the corpus or a named notebook does not exist.
        ReportError: a notebook raised; its executed copy (with the traceback) is kept beside the reports. With
            ``jobs`` > 1 the other notebooks still finish; the first failure in notebook order is raised.
    """
    out = Path(out)
    if corpus and not Path(corpus).exists():
        raise FileNotFoundError(f"corpus {corpus} does not exist")
    out.mkdir(parents=True, exist_ok=True)
    params = {"corpus": str(Path(corpus).resolve()) if corpus else "", "figures_dir": str((out / "figures").resolve())}
    params.update(parameters or {})
    show = (sys.stderr.isatty() if progress is None else progress) and jobs <= 1
    found = find_notebooks(only=notebooks)
    if jobs <= 1 or len(found) == 1:
        return [execute_notebook(nb, out, params, progress=show, timeout=timeout) for nb in found]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    from analysis.workers import die_with_parent

    with ProcessPoolExecutor(max_workers=min(jobs, len(found)), mp_context=context, initializer=die_with_parent,
                             initargs=(os.getpid(),)) as pool:  # a killed report leaves no notebook running
        futures = [pool.submit(execute_notebook, nb, out, params, progress=False, timeout=timeout) for nb in found]
        outcomes = [future.exception() or future.result() for future in futures]
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome
    return outcomes


def _papermill():  # noqa: ANN202 (the papermill module)
    """Import papermill for a report process, without the one import that costs most.

    papermill reads notebooks with nbformat, which validates them with jsonschema; jsonschema's optional checker
    of the ``iri`` formats (the ``rfc3987-syntax`` package, which JupyterLab's dependencies install) builds a
    parser grammar when it is imported: 0.9 s in every report process, more than a cached notebook's own cells.
    Notebook schemas use no IRI format and jsonschema skips checkers whose package is missing, so where
    jsonschema is not imported yet it is imported with that package hidden, then the package is importable again
    (the notebooks' kernels are processes of their own, untouched).
    """
    if "jsonschema" not in sys.modules and "rfc3987_syntax" not in sys.modules:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]  # an ImportError for jsonschema
        try:
            import papermill
        finally:
            del sys.modules["rfc3987_syntax"]
    import papermill

    return papermill


def execute_notebook(notebook: Path, out: Path, params: dict, *, progress: bool, timeout: int) -> Path:
    """Execute one notebook into ``out`` with papermill and convert it to HTML; return the HTML path.

    Raises:
        ReportError: the notebook raised (its executed copy, with the traceback, is kept).
    """
    papermill = _papermill()
    executed = out / notebook.name
    try:
        papermill.execute_notebook(
            str(notebook), str(executed), parameters=params, kernel_name=KERNEL_NAME,
            progress_bar=progress, cwd=str(out), execution_timeout=timeout,
        )
    except papermill.PapermillExecutionError as exc:
        raise ReportError(f"{notebook.name} failed ({exc.ename}: {exc.evalue}); see {executed}") from exc
    return to_html(executed, out / f"{notebook.stem}.html")
