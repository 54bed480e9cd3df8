"""The package's shape: no import cycle (function-local imports included), small modules, prediction apart
from training and evaluation, figures apart from the NLP steps, documented columns in step with the docs."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from analysis.paths import PACKAGE_DIR, PROJECT_DIR

MAX_LINES = 700


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE_DIR.rglob("*.py"))}


def imports_of(path: Path, name: str) -> set[str]:
    """The analysis modules a module imports anywhere in its body (function-local imports too)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in MODULES else base)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: imports_of(path, name) for name, path in MODULES.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return out


def test_no_import_cycle_anywhere():
    assert _cycles(GRAPH) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _reaches(start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for nxt in GRAPH[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m.startswith("analysis.stance")))
def test_prediction_never_imports_training_or_evaluation(module):
    assert not {m for m in _reaches(module) if m.startswith(("analysis.training", "analysis.evaluate"))}


@pytest.mark.parametrize("module", ["analysis.figures", "analysis.view"])
def test_figures_never_import_nlp_steps(module):
    if module not in MODULES:
        pytest.skip(f"{module} is not in this package")
    steps = ("analysis.quotes", "analysis.speakers", "analysis.stance", "analysis.text", "analysis.targets")
    assert not {m for m in _reaches(module) if m.startswith(steps)}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_over_700_lines(module):
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module} has {lines} lines: split it by pass"


def test_tables_doc_is_current():
    from analysis.tables_doc import render

    doc = PROJECT_DIR / "docs" / "tables.md"
    assert doc.exists() and doc.read_text(encoding="utf-8") == render(), \
        "docs/tables.md is stale: regenerate it with `python -m analysis.tables_doc`"
