"""The built-in demo corpus: short FICTIONAL reports written for Kerben (no real article, no real person)."""
from __future__ import annotations

from pathlib import Path

SUPPORTED = (".txt", ".md", ".html")


def corpus_dir() -> Path:
    """The folder holding the demo documents."""
    return Path(__file__).resolve().parent


def demo_files() -> list[Path]:
    """The demo documents (the folder's README is not one)."""
    return sorted(p for p in corpus_dir().iterdir()
                  if p.suffix in SUPPORTED and p.stem.lower() != "readme")
