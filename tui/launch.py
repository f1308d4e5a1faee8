"""``kerben`` and ``kerben browse`` in a terminal, started from cli.py without Typer or rich.

The database is opened and the first page of events read in a thread while the main thread
imports Textual, so the rows are there when the first screen is. This module imports neither
Textual nor sqlite-utils itself: ``start`` imports the app once the thread is under way.
"""
from __future__ import annotations

import gc
import threading
from pathlib import Path


def open_first(path: str | Path | None, into: dict) -> None:
    """Fill *into* with ``db`` and ``readonly`` (``store.db.open_current``) and ``first_page``.

    Leaves *into* without ``db`` when the database cannot be opened that way (missing, older,
    corrupt): the full command then opens it and says what is wrong in one sentence.
    """
    from store.db import open_current

    from .data import read_first_page

    try:
        into["db"], into["readonly"] = open_current(path)
    except Exception:  # noqa: BLE001 - the full command reports it
        return
    try:
        into["first_page"] = read_first_page(into["db"])
    except Exception:  # noqa: BLE001 - the screen reads it again and shows the error
        pass


def start(path: str | Path | None) -> int | None:
    """Open the browser on *path*; None when it cannot be opened here (the caller falls back)."""
    opened: dict = {}
    reading = threading.Thread(target=open_first, args=(path, opened), name="kerben-first-page", daemon=True)
    reading.start()
    # Importing Textual creates some hundred thousand objects that live as long as the program:
    # the cycle collector would walk them again and again for nothing (about 7% of the import).
    gc.disable()
    try:
        from .app import run
    finally:
        gc.enable()
    gc.freeze()  # and later collections leave them out
    reading.join()
    if "db" not in opened:
        return None
    run(opened["db"], readonly=opened["readonly"], first_page=opened.get("first_page"))
    return 0
