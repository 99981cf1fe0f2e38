"""The shape of the package: the core never imports Textual or the UI, and no module imports itself back."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

CORE = [
    "briefing.model",
    "briefing.sanitize",
    "briefing.sources",
    "briefing.extract",
    "briefing.search",
    "briefing.search.persist",
    "briefing.export",
    "briefing.store",
    "briefing.events",
    "briefing.facts",
    "briefing.marks",
    "briefing.walk",
    "briefing.loaded",
    "briefing.extraction",
    "briefing.indexing",
    "briefing.session",
    "briefing.serialize",
    "briefing.profile",
    "briefing.lookup",
    "briefing.cli",
]


def test_core_modules_do_not_import_textual() -> None:
    probe = (
        "import importlib, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module(name)\n"
        "leaks = sorted(m for m in sys.modules if m == 'textual' or m.startswith(('textual.', 'briefing.ui')))\n"
        "print(','.join(leaks))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def _modules(package: Path) -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name, for its ``__init__``)."""
    found = {}
    for path in package.rglob("*.py"):
        parts = path.relative_to(package.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def import_graph(package: Path) -> dict[str, set[str]]:
    """Which of the package's modules each one imports: at the top, inside functions or only for the checker.

    ``from a.b import c`` counts as importing ``a.b.c`` when that is a module, else ``a.b``. Python runs a
    package's ``__init__`` before any of its modules, but that is not an import of the package's own names
    and is not counted: ``from briefing.sources import feeds`` in a module of ``sources`` is not a cycle,
    ``from briefing.sources import load_bytes`` there would be.
    """
    modules = _modules(package)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names if alias.name in modules)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from the module's own package, up ``level - 1`` more
                    here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
                    base = ".".join([*here[: len(here) - node.level + 1], *([base] if base else [])])
                for alias in node.names:
                    target = f"{base}.{alias.name}"
                    if target in modules:
                        imported.add(target)
                    elif base in modules:
                        imported.add(base)
        graph[name] = imported - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each group of modules that import one another, round and back (Tarjan's strongly connected components)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(name: str) -> None:
        order[name] = low[name] = len(order)
        stack.append(name)
        for target in sorted(graph[name]):
            if target not in order:
                visit(target)
                low[name] = min(low[name], low[target])
            elif target in stack:
                low[name] = min(low[name], order[target])
        if low[name] == order[name]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == name:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for name in sorted(graph):
        if name not in order:
            visit(name)
    return found


def test_no_module_of_briefing_imports_itself_back() -> None:
    graph = import_graph(REPO / "briefing")
    assert len(graph) > 50 and "briefing.session" in graph["briefing.cli"]
    assert cycles(graph) == []


def test_the_cycle_finder_finds_cycles_late_imports_included(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg import b\n")
    (package / "b.py").write_text("def late():\n    from pkg.a import thing\n")
    (package / "sub" / "__init__.py").write_text("from pkg.sub import c\n")
    (package / "sub" / "c.py").write_text("from pkg.sub import d\nfrom . import e\n")
    (package / "sub" / "d.py").write_text("")
    (package / "sub" / "e.py").write_text("from .. import sub\n")
    graph = import_graph(package)
    assert graph["pkg.sub.c"] == {"pkg.sub.d", "pkg.sub.e"}
    assert cycles(graph) == [["pkg.a", "pkg.b"], ["pkg.sub", "pkg.sub.c", "pkg.sub.e"]]


def test_the_readme_layout_names_every_file_of_the_core_and_no_other() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    layout = readme.split("## Layout", 1)[1].split("```")[1]
    named = set(re.findall(r"[\w.]+\.(?:py|tcss)|[\w]+/", layout))
    core = REPO / "briefing"
    files = {path.name for path in core.iterdir() if path.suffix == ".py" and path.name != "__init__.py"}
    folders = {f"{path.name}/" for path in core.iterdir() if path.is_dir() and path.name != "__pycache__"}
    ui_files = {path.name for path in (core / "ui").iterdir() if path.suffix in (".py", ".tcss")} - {"__init__.py"}
    assert files | folders <= named, "in briefing/ but not in the README's layout"
    assert ui_files <= named, "in briefing/ui/ but not in the README's layout"
    written = {name for name in named if name.endswith((".py", ".tcss"))}
    assert written <= {path.name for path in core.rglob("*")}, "in the README's layout but not in briefing/"
