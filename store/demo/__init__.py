"""The built-in demo corpus: short FICTIONAL reports written for Kerben (no real article, no real person)."""
from __future__ import annotations

from pathlib import Path


def corpus_dir() -> Path:
    """The folder holding the demo documents."""
    return Path(__file__).resolve().parent
