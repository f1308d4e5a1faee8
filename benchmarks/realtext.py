"""The real-text benchmark corpus: real reports, each republished with small edits, and long pages.

Sources are the seeds (``../shared/seeds``) and the restored dev texts (``../dev-texts``); a
source that is not there is skipped with a note. Each report appears three times, as news sites
republish a release: the original, a copy with its date line changed and furniture lines added
(share bar, "read also"), and a copy with one word changed, its last short line dropped and the
date changed again. A few long pages join several reports, as digest pages do. The share of
bilingual reports is the sources' own. The corpus is written under ``benchmarks/data/`` (git-
ignored): the texts never enter the repository.

``python -m benchmarks.realtext`` builds it and prints what it holds.
"""
from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = {"seeds": ROOT.parent / "shared" / "seeds", "dev-texts": ROOT.parent / "dev-texts"}
OUT = Path(__file__).resolve().parent / "data" / "realtext"
LONG_PAGES = 3  # pages made of several reports
PER_LONG_PAGE = 6
FURNITURE = ["Поделиться:", "Читайте также", "Бөлүшүү", "Share this:", "Версия для печати", "Подписывайтесь на нас"]
_DATE = re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_WORD = re.compile(r"[^\W\d_]{6,}")


def redate(text: str, rng: random.Random) -> str:
    """The first date changed to another day, or a date line added at the top when there is none.

    >>> redate("Бишкек, 05.03.2024 — текст", random.Random(1)) != "Бишкек, 05.03.2024 — текст"
    True
    """
    day = rng.randint(1, 28)
    m = _DATE.search(text)
    if not m:
        return f"{day:02d}.{rng.randint(1, 12):02d}.{rng.randint(2019, 2025)}\n\n{text}"
    if m.group(1):
        new = f"{day:02d}{m.group(2)}{m.group(3)}{m.group(2)}{m.group(4)}"
    else:
        new = f"{m.group(5)}-{m.group(6)}-{day:02d}"
    if new == m.group(0):
        new = new.replace(f"{day:02d}", f"{day % 28 + 1:02d}", 1)
    return text[:m.start()] + new + text[m.end():]


def add_furniture(text: str, rng: random.Random) -> str:
    """Two furniture lines (share bar, "read also") added after the body."""
    return text.rstrip("\n") + "\n\n" + "\n".join(rng.sample(FURNITURE, 2)) + "\n"


def reword(text: str, rng: random.Random) -> str:
    """One long word changed (two letters swapped), as an editor's or a typist's change.

    >>> out = reword("один словечко", random.Random(0))
    >>> out != "один словечко", sorted(out) == sorted("один словечко")
    (True, True)
    """
    words = list(_WORD.finditer(text))
    if not words:
        return text + " "
    m = words[rng.randrange(len(words))]
    w = m.group(0)
    i = rng.randrange(1, len(w) - 2)
    return text[:m.start()] + w[:i] + w[i + 1] + w[i] + w[i + 2:] + text[m.end():]


def drop_last_short_line(text: str) -> str:
    """The last non-empty line removed when it is short (a byline, a source line, a tag list)."""
    lines = text.rstrip("\n").split("\n")
    if len(lines) > 3 and len(lines[-1]) < 80:
        lines.pop()
    return "\n".join(lines) + "\n"


def languages(text: str) -> list[str]:
    """The document languages the pipeline finds in *text* (no extraction)."""
    from store.ingest.pipeline import process_bytes

    return process_bytes(text.encode("utf-8"), "report.txt", extract=False)["document"]["languages"]


def _monolingual(texts: list[str], langs: list[list[str]]) -> list[str]:
    """The texts of the most common single language."""
    by_lang: dict[str, list[str]] = {}
    for t, ls in zip(texts, langs):
        if len(ls) == 1:
            by_lang.setdefault(ls[0], []).append(t)
    return max(by_lang.values(), key=len, default=[])


def sources() -> tuple[list[tuple[str, Path]], list[str]]:
    """``(label, file)`` of every real report found, and a note for each source not found."""
    files, notes = [], []
    for label, d in SOURCES.items():
        found = sorted(p for p in d.glob("*") if p.suffix in (".txt", ".html", ".htm", ".md")) if d.is_dir() else []
        if not found:
            notes.append(f"{label} ({d}) not present: skipped")
        files += [(label, p) for p in found]
    return files, notes


def build(out: Path = OUT, seed: int = 12) -> dict:
    """Write the corpus into *out* (rebuilt from scratch) and return what it holds."""
    files, notes = sources()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(seed)
    texts = []
    for label, p in files:
        text = p.read_text(encoding="utf-8")
        texts.append(text)
        stem = f"{label}_{p.stem}"
        (out / f"{stem}{p.suffix}").write_text(text, encoding="utf-8")
        (out / f"{stem}_rep1{p.suffix}").write_text(add_furniture(redate(text, rng), rng), encoding="utf-8")
        (out / f"{stem}_rep2{p.suffix}").write_text(redate(drop_last_short_line(reword(text, rng)), rng),
                                                   encoding="utf-8")
    langs = [languages(t) for t in texts]
    same = _monolingual(texts, langs)  # a site's digest page: several of its reports, in its one language
    for k in range(LONG_PAGES if len(same) >= PER_LONG_PAGE else 0):
        picked = rng.sample(same, PER_LONG_PAGE)
        (out / f"long_page_{k}.txt").write_text("\n\n".join(t.strip() for t in picked) + "\n", encoding="utf-8")
    docs = sorted(out.iterdir())
    return {"path": str(out.relative_to(ROOT)), "reports": len(files),
            "by_source": {label: sum(1 for lb, _ in files if lb == label) for label in SOURCES},
            "docs": len(docs), "bytes": sum(d.stat().st_size for d in docs), "notes": notes,
            "made_of": f"{len(files)} real reports x 3 (original + 2 republished copies with small edits)"
                       f" + {len(docs) - 3 * len(files)} long pages of {PER_LONG_PAGE} reports each in one language",
            "bilingual_reports": sum(1 for ls in langs if len(ls) > 1)}


if __name__ == "__main__":
    print(json.dumps(build(), indent=1, ensure_ascii=False))
