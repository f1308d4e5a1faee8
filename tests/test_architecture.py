"""Layering: the TUI never imports the CLI, the store never imports the TUI or the CLI, and
importing the CLI does not import Textual (so ``kerben search`` starts fast)."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(package: str) -> dict[str, set[str]]:
    """Top-level module names each file of *package* imports (absolute and relative resolved)."""
    out: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        names: set[str] = set()
        rel_parts = path.relative_to(ROOT).with_suffix("").parts
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = rel_parts[: len(rel_parts) - node.level]
                    names.add(base[0] if base else (node.module or "").split(".")[0])
                else:
                    names.add((node.module or "").split(".")[0])
        out[str(path.relative_to(ROOT))] = names
    return out


def test_tui_does_not_import_cli():
    bad = {f: n & {"cli"} for f, n in imported_modules("tui").items() if n & {"cli"}}
    assert not bad


def test_store_does_not_import_tui_or_cli():
    bad = {f: n & {"tui", "cli", "textual"} for f, n in imported_modules("store").items() if n & {"tui", "cli", "textual"}}
    assert not bad


def test_the_checker_sees_imports():
    found = imported_modules("tui")
    assert any("textual" in n for n in found.values()) and any("store" in n for n in found.values())


def test_importing_cli_does_not_import_textual():
    code = "import sys, cli; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


SPY = """
import sys
started = []


class Spy:  # notes each module as its import starts, in order
    def find_spec(self, name, path=None, target=None):
        started.append(name)


sys.meta_path.insert(0, Spy())
log, sys.argv = sys.argv[-1], sys.argv[1:-1]  # python -c SPY cli.py ARGS... LOG: run cli.py ARGS...
import atexit
atexit.register(lambda: open(log, "w").write("\\n".join(started)))
import runpy
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def test_the_browser_opens_without_sqlite_utils_typer_or_the_clis_rich(tmp_path):
    """`kerben browse` in a terminal: Textual brings rich; Kerben's own path imports neither the
    command tree (Typer, Click, rich) nor sqlite-utils, before the first screen or after it."""
    from test_faults import _in_terminal
    from test_tui import build_corpus

    db, log = build_corpus(tmp_path / "k.db"), tmp_path / "imports.txt"
    code, screen = _in_terminal([sys.executable, "-c", SPY, str(ROOT / "cli.py"), "browse", "--db", str(db),
                                 str(log)], keys=b"q", until="Events")
    assert code == 0, screen[-2000:]
    started = log.read_text().split()
    tops = [m.split(".")[0] for m in started]
    assert "textual" in tops and not {"sqlite_utils", "typer", "click"} & set(tops)
    assert tops.index("rich") > tops.index("textual")
    later = {"tui.screens.help", "tui.screens.reader", "tui.screens.language_pair", "tui.screens.edit",
             "tui.screens.export", "tui.widgets.timeline_view", "tui.widgets.paragraph_view", "store.timeline",
             "store.corrections", "store.ingest.rules"}  # key ?, enter, s/l, E, e, 5, w and correcting load them
    assert "tui.screens.browse" in started and not later & set(started)
