"""Which spellings name one body: the abbreviation key of an organization's name ("МОМ", "IOM",
"Международная организация по миграции" -> 'IOM'), from the abbreviations of ``lexicon.orgs``."""
from __future__ import annotations

from functools import lru_cache

from .lexicon import orgs as lex


@lru_cache(maxsize=1)
def abbreviations() -> tuple[dict[str, str], list[tuple[list[str], str]]]:
    """An abbreviation's spelling -> its key; and each expansion's casefolded words with its key."""
    abbr: dict[str, str] = {}
    expansions: list[tuple[list[str], str]] = []
    for key, (spellings, exps) in lex.ABBREVIATIONS.items():
        for s in spellings:
            abbr[s] = key
        for e in exps + [key]:
            expansions.append((e.replace("İ", "i").casefold().split(), key))
    return abbr, expansions


def _word_eq(a: str, b: str) -> bool:
    if a == b:
        return True
    n = min(len(a), len(b))
    common = 0
    while common < n and a[common] == b[common]:
        common += 1
    return common >= max(3, min(len(a), len(b)) - 3) and common >= len(min(a, b, key=len)) - 3


def link_key(name: str) -> str | None:
    """The abbreviation key of a name: ``link_key("Международной организации по миграции") -> 'IOM'``."""
    abbr = abbreviations()[0]
    words = name.split()
    for n, word in enumerate(words):
        core = word.split("-")[0].strip("()")
        if core in abbr:
            if "-" in word and n + 1 < len(words):
                return None  # "ATƏT-in Gənclər Proqramı": a body of the one abbreviated, not that body
            return abbr[core]
    words = name.replace("İ", "i").casefold().replace("(", " ").replace(")", " ").split()
    index = _expansion_index()
    cands = {id(x): x for w in words for x in index.get(w[:3], ())}
    for exp, key in cands.values():
        if len(exp) < 2 or len(exp) > len(words):
            continue
        for i in range(len(words) - len(exp) + 1):
            if all(_word_eq(e, w) for e, w in zip(exp, words[i:i + len(exp)])):
                return key
    return None


@lru_cache(maxsize=1)
def _expansion_index() -> dict[str, list[tuple[list[str], str]]]:
    index: dict[str, list[tuple[list[str], str]]] = {}
    for exp, key in abbreviations()[1]:
        if exp:
            index.setdefault(exp[0][:3], []).append((exp, key))
    return index
