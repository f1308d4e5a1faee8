"""``python -m benchmarks.quality``: extraction quality on real text, per language, into QUALITY.md.

Scores three corpora with the shared scorer (``../shared/tools/score.py``), each imported into a
fresh store and exported as JSON Lines exactly as a user would (``kerben import`` + ``export``):

- the seeds (``../shared/seeds`` against ``../shared/gold``);
- the real development pages (``../dev-texts`` restored from ``../shared/dev``; pages not restored
  are named, and scored against the gold of the restored ones only, with the full-gold figure beside);
- factRuEval-2016's development set (``../shared/peer/factru-dev``: Russian news, people only).

The dev pages are also scored per language (the gold's first language). Goals are issue 11's.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV_TEXTS = ROOT.parent / "dev-texts"
OUT = Path(__file__).resolve().parent / "QUALITY.md"

GOALS_DEV = {"people": 0.90, "role": 0.75, "organization": 0.70, "quotes": 0.88, "speaker": 0.85, "events": 0.85,
             "date": 0.85, "place": 0.80, "country": 0.90, "kind": 0.80, "organizers": 0.70, "figures": 0.80,
             "furniture_removed": 0.90, "body_kept": 0.98, "languages": 0.97}
GOALS_FACTRU = {"people": 0.92, "name_nominative": 0.92, "role": 0.70, "organization": 0.60}
TALLIES = ("languages", "events", "people", "quotes", "parallel", "figures", "organizers", "funders")
RATIOS = ("date", "place", "country", "kind", "title", "participants", "role", "organization", "name_nominative",
          "speaker", "furniture_removed", "body_kept")
LANGS = ("ru", "ky", "kk", "uz", "tg", "az", "en")



# Measured by hand, not by this command: the held-out pages' texts and our gold for them stay outside
# the repository (third-party pages), like the dev texts.
HELD_OUT = "\n".join([
    "**Pages nobody tuned on** (2026-12-03). Each round is a set of fresh pages of the genre from the page "
    "store (in no earlier list, half ru/en, half ky/kk/uz/tg/az), annotated by hand before any kerben output "
    "was looked at and scored before any rule was written for them; after that a round is in-sample (rules "
    "were written on it). The texts and our gold stay outside the repository (third-party text), so these "
    "figures are stated by hand from `kerben import DIR && kerben export --format jsonl | score.py - GOLD`. "
    "Round 5 was never tuned on: its last column is the honest estimate for unseen pages now.",
    "",
    "| figure | goal (unseen) | round 1, 34 pages | round 2, 26 at `f7d2732` | round 3, 28 at `cdb3a33` "
    "| round 4, 28 at `cdb3a33` -> `4387fc7` | round 5, 28 at `cdb3a33` -> `4387fc7` -> final |",
    "|---|---:|---:|---:|---:|---:|---:|",
    "| people F1 | 0.88 | 0.92 | 0.78 | 0.78 | 0.85 -> 0.85 | 0.86 -> 0.85 -> 0.86 |",
    "| role | 0.70 | 0.78 | 0.57 | 0.56 | 0.68 -> 0.63 | 0.72 -> 0.69 -> 0.72 |",
    "| organization | 0.60 | 0.71 | 0.72 | 0.45 | 0.54 -> 0.51 | 0.55 -> 0.55 -> 0.59 |",
    "| quotes F1 | 0.85 | 0.61 | 0.90 | 0.75 | 0.76 -> 0.76 | 0.86 -> 0.86 -> 0.93 |",
    "| speaker | 0.85 | 0.40 | 0.69 | 0.60 | 0.61 -> 0.61 | 0.75 -> 0.75 -> 0.88 |",
    "| events F1 | 0.82 | 0.87 | 0.88 | 0.91 | 0.80 -> 0.84 | 0.81 -> 0.79 -> 0.79 |",
    "| date | 0.80 | 0.67 | 0.75 | 0.76 | 0.69 -> 0.73 | 0.54 -> 0.54 -> 0.54 |",
    "| place | 0.75 | 0.67 | 0.55 | 0.83 | 0.69 -> 0.69 | 0.62 -> 0.62 -> 0.62 |",
    "| country | 0.85 | - | 0.85 | 0.90 | 0.81 -> 0.81 | 0.75 -> 0.75 -> 0.75 |",
    "| kind | 0.75 | - | 0.85 | 0.90 | 0.73 -> 0.73 | 0.83 -> 0.83 -> 0.83 |",
    "| organizers F1 | 0.60 | 0.40 | 0.47 | 0.43 | 0.40 -> 0.50 | 0.68 -> 0.75 -> 0.75 |",
    "| furniture removed | 0.85 | 0.49 | 0.36 | 0.69 | 0.44 -> 0.52 | 0.51 -> 0.70 -> 0.70 |",
    "| body kept | 0.97 | - | 1.00 | 1.00 | 1.00 -> 1.00 | 1.00 -> 1.00 -> 1.00 |",
    "| languages | 0.97 | - | 0.98 | 1.00 | 0.93 -> 0.93 | 0.97 -> 0.97 -> 0.97 |",
    "",
    "What the rounds say: rules written on a round lift it by 0.10-0.45 in-sample (round 4 after its own "
    "rules: people 0.95, role 0.84, organization 0.77, quotes 1.00, speaker 0.96, furniture 0.96, "
    "languages 1.00), but the next fresh round moves far less. On round 5, the work of this stop moved "
    "quotes, speaker, organizers, organization and furniture; people, role, date, place and country did not "
    "move. Missed on round 5: people, organization (just), events, date, place, country and furniture.",
])


def _scorer():
    spec = importlib.util.spec_from_file_location("kerben_shared_score", SHARED / "tools" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"No scorer at {SHARED / 'tools' / 'score.py'}.")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _kerben() -> list[str]:
    exe = Path(sys.executable).with_name("kerben")
    return [str(exe)] if exe.exists() else [sys.executable, "-c", "from cli import app; app()"]


def export_of(docs: Path, work: Path) -> tuple[list[dict], float]:
    """Import *docs* into a fresh store under *work* and return its export and the import time."""
    db = work / "q.db"
    t0 = time.perf_counter()
    subprocess.run(_kerben() + ["import", str(docs), "--db", str(db)], check=True, capture_output=True)
    elapsed = time.perf_counter() - t0
    out = subprocess.run(_kerben() + ["export", "--db", str(db), "--format", "jsonl"], check=True,
                         capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()], elapsed


def flat(result: dict) -> dict[str, float | None]:
    """One number per figure: F1 for the tallies, the ratio for the accuracies."""
    row: dict[str, float | None] = {k: result["tallies"][k]["f1"] for k in TALLIES}
    row.update({k: result["accuracy"][k] for k in RATIOS})
    return row


def _subset(gold_dir: Path, names: list[str], work: Path) -> Path:
    sub = work / f"gold-{len(list(work.iterdir()))}"
    sub.mkdir()
    for n in names:
        shutil.copy(gold_dir / n, sub / n)
    return sub


def _cell(v: float | None, goal: float | None = None) -> str:
    if v is None:
        return "–"
    mark = "" if goal is None else (" ✓" if v >= goal else " ✗")
    return f"{v:.2f}{mark}"


def _goal(goals: dict[str, float], f: str) -> str:
    return f"{goals[f]:.2f}" if f in goals else "–"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(OUT), help="where to write the report (default: benchmarks/QUALITY.md)")
    args = ap.parse_args(argv)
    score = _scorer()
    lines = ["# Extraction quality on real text", "",
             f"`python -m benchmarks.quality`, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, at "
             f"`{subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], cwd=ROOT, capture_output=True, text=True).stdout.strip()}`. "
             "F1 for events, people, quotes, figures, organizers, funders, languages, parallel; accuracy for the rest "
             "(the scorer's own definitions, `../shared/tools/score.py`). ✓/✗: against issue 11's goal.", "",
             "How to read it: the dev pages are a development set. The rules were written while looking at their "
             "misses (as general facts of a language or of the genre, each with a unit test on an invented "
             "sentence), so their figures are in-sample and overstate what unseen pages of the genre will give; "
             "factRuEval's development set (people only) was also looked at. The seeds are asserted at 1.00 by the tests.",
             "", HELD_OUT, ""]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # seeds
        (work / "s").mkdir()
        rows, _ = export_of(SHARED / "seeds", work / "s")
        seeds = flat(score.score(rows, SHARED / "gold"))
        # dev
        dev_gold = SHARED / "dev" / "gold"
        restored = sorted(p.name for p in DEV_TEXTS.glob("d*.txt")) if DEV_TEXTS.is_dir() else []
        missing = sorted(p.stem for p in dev_gold.glob("*.json") if f"{p.stem}.txt" not in restored)
        dev = dev_full = None
        per_lang: dict[str, tuple[int, dict]] = {}
        if restored:
            (work / "d").mkdir()
            rows, secs = export_of(DEV_TEXTS, work / "d")
            names = [n[:-4] + ".json" for n in restored]
            dev = flat(score.score(rows, _subset(dev_gold, names, work)))
            dev_full = flat(score.score(rows, dev_gold))
            by_lang: dict[str, list[str]] = {}
            for n in names:
                lang = (json.loads((dev_gold / n).read_text(encoding="utf-8")).get("languages") or ["und"])[0]
                by_lang.setdefault(lang, []).append(n)
            for lang in LANGS:
                if by_lang.get(lang):
                    per_lang[lang] = (len(by_lang[lang]), flat(score.score(rows, _subset(dev_gold, by_lang[lang], work))))
        # factru
        (work / "f").mkdir()
        factru_dir = SHARED / "peer" / "factru-dev"
        rows, _ = export_of(factru_dir / "docs", work / "f")
        factru = flat(score.score(rows, factru_dir / "gold"))

    figures = ["languages", "events", "date", "place", "country", "kind", "title", "participants", "organizers",
               "funders", "people", "role", "organization", "name_nominative", "quotes", "speaker", "figures",
               "parallel", "furniture_removed", "body_kept"]
    lines += ["## Whole corpora", "",
              "| figure | seeds | dev (restored pages) | dev (all 51 gold files) | goal on dev | factru-dev | goal on factru |",
              "|---|---:|---:|---:|---:|---:|---:|"]
    for f in figures:
        lines.append(f"| {f} | {_cell(seeds.get(f))} | {_cell(dev.get(f) if dev else None, GOALS_DEV.get(f))} | "
                     f"{_cell(dev_full.get(f) if dev_full else None)} | {_goal(GOALS_DEV, f)} | "
                     f"{_cell(factru.get(f), GOALS_FACTRU.get(f)) if f in GOALS_FACTRU or f == 'people' else '–'} | "
                     f"{_goal(GOALS_FACTRU, f)} |")
    lines += ["", f"Dev pages restored: {len(restored)} of {len(restored) + len(missing)}"
              + (f"; not restored (not in the page store): {', '.join(missing)}." if missing else "."), ""]
    if per_lang:
        lines += ["## Dev pages per language", "",
                  "| figure | " + " | ".join(f"{lang} ({per_lang[lang][0]})" for lang in per_lang) + " |",
                  "|---|" + "---:|" * len(per_lang)]
        for f in figures:
            lines.append(f"| {f} | " + " | ".join(_cell(per_lang[lang][1].get(f), GOALS_DEV.get(f))
                                                 for lang in per_lang) + " |")
        lines.append("")
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
