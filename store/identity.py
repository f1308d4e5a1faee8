"""Corpus-level identity of people: which person records from many documents are one person.

Pure functions over plain records (``{"name", "aliases", "role", "organization", "doc_id"}``,
a person row, ``model.Person.to_row()``, plus the document id). Two records are one person when
their family names have the same sound key (anyascii plus a small phonetic key, so
"Qriqoryev" ~ "Григорьев") and their given names agree, and, when the names are not written the
same, the context agrees too (same organization, role words or document). "Жумабеков" and
"Жумабаев" have different keys; two people sharing a family name differ in the given name.

>>> a = {"name": "Sergey Qriqoryev", "organization": "IOM", "doc_id": "d1"}
>>> b = {"name": "Сергей Григорьев", "organization": "МОМ (IOM)", "doc_id": "d2"}
>>> same_person(a, b)
True
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from store.ingest.doc import fold
from store.ingest.names import is_initial, is_patronymic, order_name, phonetic_key, translit

_STOP = frozenset({"of", "the", "and", "и", "по", "в", "жана", "və", "va", "ва"})


@lru_cache(maxsize=65536)
def _parts(name: str) -> tuple[str, str]:
    """(given, family) of a "Given Family" name: ``_parts("R. Alimov") -> ("R.", "Alimov")``."""
    words = [w for w in name.replace(".", ". ").split() if w]
    words = [w for w in words if not is_patronymic(w)] or words
    given, family, _ = order_name(words)
    return given or "", family or ""


def person_key(name: str) -> str:
    """Blocking key: the sound key of the family name.

    >>> person_key("Müşfiq Səfərov") == person_key("Мушфиг Сафаров")
    True
    >>> person_key("Бакыт Жумабеков") == person_key("Бакыт Жумабаев")
    False
    """
    _, family = _parts(name)
    return phonetic_key(family or name)


@lru_cache(maxsize=65536)
def _given_match(a: str, b: str) -> str:
    """"same", "initial" (one is an initial of the other), "" (absent) or "no"."""
    if not a or not b:
        return ""
    if is_initial(a) or is_initial(b) or len(a.rstrip(".")) <= 2 or len(b.rstrip(".")) <= 2:
        ia, ib = translit(a)[:1], translit(b)[:1]
        return "initial" if ia and ia == ib else "no"
    if fold(a) == fold(b) or phonetic_key(a) == phonetic_key(b):
        return "same"
    return "same" if fuzz.ratio(translit(a), translit(b)) >= 85 else "no"


@lru_cache(maxsize=65536)
def _words(text: str | None) -> frozenset[str]:
    return frozenset(translit(w)[:5] for w in (text or "").replace("(", " ").replace(")", " ").split()
                     if len(w) > 2 and fold(w) not in _STOP)


def context_overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Same document, or organization / role words in common (any script)."""
    if a.get("doc_id") and a.get("doc_id") == b.get("doc_id"):
        return True
    for field in ("organization", "role"):
        wa, wb = _words(a.get(field)), _words(b.get(field))
        if wa and wb and wa & wb:
            return True
    ta = _words(a.get("organization")) | _words(a.get("role"))
    tb = _words(b.get("organization")) | _words(b.get("role"))
    return bool(ta & tb)


def same_person(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two person records name one person (see the module docstring).

    >>> same_person({"name": "Бакыт Жумабеков"}, {"name": "Бакыт Жумабаев"})
    False
    """
    names_a = [a.get("name") or ""] + list(a.get("aliases") or [])
    ga, fa = _parts(names_a[0])
    gb, fb = _parts(b.get("name") or "")
    if not fa or not fb or phonetic_key(fa) != phonetic_key(fb):
        return False
    given = _given_match(ga, gb)
    if given == "no":
        return False
    exact = fold(fa) == fold(fb) and given == "same" and fold(ga) == fold(gb)
    if exact:
        return True
    return context_overlap(a, b)


def cluster(records: list[dict[str, Any]]) -> list[list[int]]:
    """Groups of record indexes that are one person; full names anchor, initials join one group.

    A record joins a group only if it is the same person as every member already there, so
    "R. Alimov" cannot chain "Rustam Alimov" and "Ruslan Alimov" together.

    >>> cluster([{"name": "Rustam Alimov"}, {"name": "Ruslan Alimov"}, {"name": "Rustam Alimov"}])
    [[0, 2], [1]]
    """
    blocks: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        blocks.setdefault(person_key(r.get("name") or ""), []).append(i)
    groups: list[list[int]] = []
    for idxs in blocks.values():
        order = sorted(idxs, key=lambda i: ("." in (records[i].get("name") or ""), i))
        local: list[list[int]] = []
        for i in order:
            for g in local:
                if all(same_person(records[i], records[j]) for j in g):
                    g.append(i)
                    break
            else:
                local.append([i])
        groups.extend(sorted(g) for g in local)
    return sorted(groups, key=lambda g: g[0])
