"""The seeds through the real CLI: import, export, score with ../shared/tools/score.py."""
import json

from cli import app
from conftest import GOLD, load_score


def test_seed_cleaning_and_languages(runner, seeds_dir, tmp_path):
    db = tmp_path / "seeds.db"
    r = runner.invoke(app, ["import", str(seeds_dir), "--db", str(db), "--jobs", "1", "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["added"] == 5
    r = runner.invoke(app, ["export", "--db", str(db)])
    rows = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    result = load_score()(rows, GOLD)
    acc = result["accuracy"]
    assert result["tallies"]["languages"]["f1"] == 1.0
    assert acc["furniture_removed"] == 1.0
    assert acc["body_kept"] == 1.0
    assert acc["docs_found"] == 1.0
    assert result["duplicate_paragraphs"] == 0
