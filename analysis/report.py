"""Executing the numbered notebooks headless into self-contained HTML reports (papermill, then nbconvert).

``build_report(corpus, out)`` builds everything in a new folder beside ``out`` and swaps it into place only
when every notebook ran, so a failed run never leaves stale pages beside new ones (it is kept as
``OUT.failed/`` for its tracebacks, and ``OUT`` stays as it was). A report folder holds:

- ``NN-name.html``: each notebook executed on the corpus (``NN-name.ipynb``, the executed copy, beside it);
  self-contained: figures embedded, tables explorable offline, nothing loaded from another host;
- ``tables/{quotes,speakers,stance}.{csv,parquet}``: the tables the report was built from, linked from it;
- ``figures/``: every figure as PNG and CSV, and the CSV of the quotes behind each figure of notebook 03;
- ``articles/``: the articles listed in the reports, each rendered with its quotes highlighted.

Notebooks declare the project's kernel (``analysis``); a report runs them on the interpreter that builds it.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from analysis.paths import NOTEBOOKS, PACKAGE_DIR, SAMPLE_CORPUS
from analysis.workers import die_with_parent

NOTEBOOK_NAME = re.compile(r"^\d\d-[\w-]+\.ipynb$")
KERNEL_NAME = "python3"
"""The kernel the reports run on: the ipykernel of the interpreter running the report."""
NOTEBOOK_KERNEL = "analysis"
"""The kernelspec the notebooks declare (``make setup`` installs it as "Python (analysis)")."""
TEMPLATES = PACKAGE_DIR / "templates"
"""nbconvert templates: ``report`` is JupyterLab's without the scripts it loads from a CDN."""
EXPORTED = ("quotes", "speakers", "stance")
"""The tables a report writes to ``tables/`` (CSV and Parquet) and links."""
MARKER = ".analysis-report"
"""The file that marks a folder as a built report (so a rebuild may replace it)."""
REPORT_LAYOUT = re.compile(r"^(\d\d-[\w-]+\.(html|ipynb)|figures|tables|articles|\..*)$")
"""Names a report folder holds; a folder holding anything else is not replaced."""


class ReportError(RuntimeError):
    """A notebook failed while building the report; the message names it and where its traceback is."""


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
    """Convert an executed notebook to a self-contained HTML page (images embedded, no external script)."""
    import nbformat
    from nbconvert import HTMLExporter

    from analysis.tables import atomic_path

    notebook = nbformat.read(executed, as_version=4)
    exporter = HTMLExporter(embed_images=True, template_name="report", extra_template_basedirs=[str(TEMPLATES)])
    body, _ = exporter.from_notebook_node(notebook)
    with atomic_path(html) as tmp:
        tmp.write_text(body, encoding="utf-8")
    return html


def export_tables(corpus: str, folder: Path, *, jobs: int = 2, cache: bool = True,
                  progress: bool = False) -> list[Path]:
    """Run the pipeline on a corpus and write :data:`EXPORTED` as CSV and Parquet into ``folder``.

    The notebooks ask the pipeline for the same tables, so with the cache they read these back.
    """
    from analysis.pipeline import run
    from analysis.tables import write_table

    result = run(corpus, tables=EXPORTED, jobs=jobs, cache=cache, progress=progress)
    written = []
    for name in EXPORTED:
        for suffix in ("csv", "parquet"):
            path = folder / f"{name}.{suffix}"
            write_table(result[name], path)
            written.append(path)
    return written


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _clear_leftovers(out: Path) -> None:
    """Remove the build and swap folders of earlier runs on ``out`` whose process is gone (killed builds)."""
    for path in out.parent.glob(f".{out.name}.*-*"):
        match = re.fullmatch(rf"\.{re.escape(out.name)}\.(building|old)-(\d+)-\w+", path.name)
        if match and path.is_dir() and not _pid_alive(int(match.group(2))):
            shutil.rmtree(path, ignore_errors=True)


def _check_replaceable(out: Path) -> None:
    """Refuse to replace a folder that holds anything but a report."""
    if not out.exists():
        return
    if not out.is_dir():
        raise ValueError(f"{out} is a file, not a report folder")
    if (out / MARKER).exists():
        return
    foreign = sorted(p.name for p in out.iterdir() if not REPORT_LAYOUT.match(p.name))
    if foreign:
        raise ValueError(f"{out} holds files that are not a report ({', '.join(foreign[:3])}); give --out a new "
                         f"or empty folder")


def _swap(build: Path, out: Path) -> None:
    """Put the finished build in place of ``out`` (two renames; the old report is removed after)."""
    old = None
    if out.exists():
        old = out.parent / f".{out.name}.old-{os.getpid()}-{build.name.rsplit('-', 1)[-1]}"
        os.replace(out, old)
    os.replace(build, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


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
    """Execute the numbered notebooks on a corpus and write one HTML report per notebook, with its tables.

    Args:
        corpus: corpus path given to each notebook's ``corpus`` parameter; ``""`` means the bundled sample.
        out: the report folder; replaced whole when the build succeeds, untouched when it fails.
        notebooks: only these notebooks (names like ``01-explore-corpus``); default all.
        parameters: further papermill parameters (``report_dir`` is ``"."``: the kernels run in the folder being
            built, so every link in a report is relative to it).
        progress: progress bars; ``None`` shows them on a terminal (papermill's never with ``jobs`` > 1).
        timeout: seconds one cell may run.
        jobs: notebooks executed at once, each in its own process; also the pipeline's worker processes.

    Returns:
        The HTML files written, in notebook order.

    Raises:
        FileNotFoundError: the corpus or a named notebook does not exist.
        ValueError: ``out`` holds files that are not a report.
        ReportError: a notebook raised; the failed build (executed copies with tracebacks) is kept as
            ``OUT.failed`` and ``OUT`` is left as it was. With ``jobs`` > 1 the other notebooks still finish;
            the first failure in notebook order is raised.
    """
    out = Path(out).absolute()
    if corpus and not Path(corpus).exists():
        raise FileNotFoundError(f"corpus {corpus} does not exist")
    found = find_notebooks(only=notebooks)
    _check_replaceable(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    _clear_leftovers(out)
    build = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-{os.getpid()}-", dir=out.parent))
    os.chmod(build, 0o777 & ~_umask())
    params = {"corpus": str(Path(corpus).resolve()) if corpus else "", "report_dir": "."}  # the kernel's cwd
    params.update(parameters or {})
    terminal = sys.stderr.isatty() if progress is None else progress
    try:
        (build / "tables").mkdir()
        _in_child(export_tables, params["corpus"] or str(SAMPLE_CORPUS), build / "tables",
                  jobs=max(1, jobs), cache=bool(params.get("cache", True)), progress=terminal)
        outcomes = _execute_all(found, build, params, progress=terminal and jobs <= 1, timeout=timeout, jobs=jobs)
        failures = [o for o in outcomes if isinstance(o, BaseException)]
        if failures:
            raise failures[0]
        (build / MARKER).write_text("built by analysis.report.build_report\n")
    except BaseException as exc:
        failed = out.parent / f"{out.name}.failed"
        shutil.rmtree(failed, ignore_errors=True)
        os.replace(build, failed)
        if isinstance(exc, ReportError):
            where = f"; see {failed / exc.args[1]}" if len(exc.args) > 1 else f"; see {failed}"
            raise ReportError(f"{exc.args[0]}{where} (the reports in {out} are unchanged)") from exc
        raise
    _swap(build, out)
    return [out / path.name for path in outcomes]


def _in_child(function, *args, **kwargs):  # noqa: ANN001, ANN202 (any function and its result)
    """Run a function in a forked process (where there is fork), so the report process stays small."""
    if os.name != "posix":
        return function(*args, **kwargs)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
        return pool.submit(function, *args, **kwargs).result()


def _execute_all(found: list[Path], build: Path, params: dict, *, progress: bool, timeout: int,
                 jobs: int) -> list[Path | BaseException]:
    if jobs <= 1 or len(found) == 1:
        outcomes: list[Path | BaseException] = []
        for notebook in found:
            try:
                outcomes.append(execute_notebook(notebook, build, params, progress=progress, timeout=timeout))
            except ReportError as exc:
                outcomes.append(exc)
        return outcomes
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(found)), mp_context=context, initializer=die_with_parent,
                             initargs=(os.getpid(),)) as pool:  # a killed report leaves no notebook running
        futures = [pool.submit(execute_notebook, nb, build, params, progress=False, timeout=timeout) for nb in found]
        return [future.exception() or future.result() for future in futures]


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
    """Execute one notebook into ``out`` with papermill (working folder ``out``) and convert it to HTML.

    Raises:
        ReportError: the notebook raised; ``args`` are the message and the executed copy's file name.
    """
    # imports jupyter_client, which only report processes need
    from analysis.kernels import ReportKernelManager, kernel_config

    papermill = _papermill()
    executed = out / notebook.name
    sockets = Path(tempfile.mkdtemp(prefix="analysis-kernel-"))
    try:
        papermill.execute_notebook(
            str(notebook), str(executed), parameters=params, kernel_name=KERNEL_NAME,
            progress_bar=progress, cwd=str(out), execution_timeout=timeout, config=kernel_config(sockets),
            kernel_manager_class=ReportKernelManager,
        )
    except papermill.PapermillExecutionError as exc:
        raise ReportError(f"{notebook.name} failed ({exc.ename}: {exc.evalue})", executed.name) from exc
    except Exception as exc:  # the kernel did not start or died: the notebook did not run
        raise ReportError(f"{notebook.name} could not run ({type(exc).__name__}: {exc})", executed.name) from exc
    finally:
        shutil.rmtree(sockets, ignore_errors=True)
    return to_html(executed, out / f"{notebook.stem}.html")
