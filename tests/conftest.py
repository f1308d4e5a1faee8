"""Shared fixtures: the seeds beside the project, a fresh DB, a CLI runner."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"


def pytest_configure(config):
    if os.environ.get("CI") == "true" and not SEEDS.is_dir():
        raise pytest.UsageError(f"CI=true but the seeds are missing at {SEEDS}: seed tests must not be skipped.")


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present (outside CI)")
    return SEEDS


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "kerben.db"


@pytest.fixture
def db(db_path):
    from store.db import open_db

    d = open_db(db_path)
    yield d
    d.close()


@pytest.fixture
def runner():
    from typer.testing import CliRunner

    return CliRunner()


def load_score():
    """``score()`` from ../shared/tools/score.py."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("kerben_score", SHARED / "tools" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.score
