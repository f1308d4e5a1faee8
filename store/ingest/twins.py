"""Documents that are versions of one report in different languages ("twins"), as pure functions.

- ``anchors(row)``: what a document shares with its translation whatever the language: numbers,
  day-month dates, Latin tokens (USAID, IOM), consonant skeletons of capitalised names, and the
  publication date. The store indexes them (one row per document and anchor) so that candidate
  twins are the documents sharing rare anchors, never all pairs.
- ``twin_score(row_a, row_b)``: 0..1 evidence that two documents are twins.
- ``align_pair(paras_a, paras_b)``: paragraph pairs between two twins, by the aligner of
  ``align.py`` (the same monotone dynamic programme and signals).

``row`` is an export-shaped dict (``{"document": {...}, "paragraphs": [...]}``).
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

import numpy as np

from . import embed
from .align import align_open, truncated_copies
from .alternation import with_first_chars
from .anchors import text_anchors
from .doc import per_text
from .lexicon.grammar import UND, grammar_for
from .lexicon.months import MONTH_STEMS
from .model import Pair, Para

def _month_regex() -> tuple[re.Pattern[str], dict[str, int]]:
    alts = []
    for stems in MONTH_STEMS.values():
        for k, stem in enumerate(stems):
            alts.append((stem, k + 1))
    group = "|".join(f"(?P<m{i}>{stem})" for i, (stem, _) in enumerate(alts))
    numbers = {f"m{i}": month for i, (_, month) in enumerate(alts)}
    day_first = rf"(?<!\d)(?P<d1>[0-3]?\d)(?:-?(?:го|ci|cü|cı|cu|nchi|inchi|th))?[\s\-.]*(?:{group})"
    return with_first_chars(day_first), numbers  # matched on lowercased text: much faster than IGNORECASE


_DAY_MONTH, _MONTH_NO = _month_regex()
_DIGIT = re.compile(r"\d")
_MONTH_DAY = with_first_chars(
    "(?:" + "|".join(sorted({s for stems in MONTH_STEMS.values() for s in stems})) + r")\w*\s+(?P<d>[0-3]?\d)(?!\d)")
_MONTH_ALT = [(re.compile(stem, re.IGNORECASE), k + 1) for stems in MONTH_STEMS.values() for k, stem in enumerate(stems)]


def day_months(text: str) -> set[str]:
    """Day and month mentioned in a text, as ``MM-DD``, in any of the region's languages.

    >>> sorted(day_months("2023-жылдын 14-апрелинде"))
    ['04-14']
    >>> sorted(day_months("14 апреля 2023 года")), sorted(day_months("Oktyabrın 12-də")), sorted(day_months("14 қарашада"))
    (['04-14'], ['10-12'], ['11-14'])
    """
    out: set[str] = set()
    if not _DIGIT.search(text):
        return out
    text = text.replace("İ", "i").lower()
    for m in _DAY_MONTH.finditer(text):
        month: int | None = next(_MONTH_NO[k] for k, v in m.groupdict().items() if v and k.startswith("m"))
        day = int(m.group("d1"))
        if 1 <= day <= 31:
            out.add(f"{month:02d}-{day:02d}")
    for m in _MONTH_DAY.finditer(text):
        head = m.group(0)
        month = next((no for rx, no in _MONTH_ALT if rx.match(head)), None)
        day = int(m.group("d"))
        if month and 1 <= day <= 31:
            out.add(f"{month:02d}-{day:02d}")
    return out


@per_text(8192)  # a republished copy's paragraphs are read once
def _para_anchors(text: str) -> frozenset[str]:
    """A paragraph's anchors and its ``t:`` day-and-month anchors."""
    return frozenset(text_anchors(text) | {"t:" + d for d in day_months(text)})


def anchors(row: dict[str, Any]) -> set[str]:
    """Anchors of a document (see the module docstring); ``t:`` dates, ``p:`` publication date.

    >>> row = {"document": {"published": "2023-04-06"}, "paragraphs": [{"text": "5-апрелинде IOM 27 мугалим"}]}
    >>> sorted(anchors(row))
    ['l:iom', 'n:27', 'n:5', 'p:2023-04-06', 't:04-05']
    """
    if row.get("anchors") is not None:  # computed by the import worker
        return set(row["anchors"])
    paras = row.get("paragraphs") or []
    published = (row.get("document") or {}).get("published")
    key = ((row.get("document") or {}).get("id"), published, len(paras), sum(len(p.get("text") or "") for p in paras))
    if key[0] and key in _ANCHOR_CACHE:  # a stored document scored against several new ones
        return set(_ANCHOR_CACHE[key])
    out: set[str] = set()
    for p in paras:
        out |= _para_anchors(p.get("text") or "")
    if published:
        out.add("p:" + published)
    if key[0]:
        if len(_ANCHOR_CACHE) > 8192:
            _ANCHOR_CACHE.clear()
        _ANCHOR_CACHE[key] = frozenset(out)
    return out


_ANCHOR_CACHE: dict[tuple[str | None, str | None, int, int], frozenset[str]] = {}


def index_anchors(row: dict[str, Any]) -> set[str]:
    """The anchors worth an index row: rare enough to find a twin (no small numbers or years alone).

    >>> sorted(index_anchors({"document": {}, "paragraphs": [{"text": "В 2023 году 27 учителей и IOM, 5 апреля"}]}))
    ['l:iom', 'n:27', 't:04-05']
    """
    keep: set[str] = set()
    for a in anchors(row):
        kind, value = a[:2], a[2:]
        if kind == "n:" and (len(value) < 2 or re.fullmatch(r"(19|20)\d\d", value)):
            continue
        if kind in ("n:", "l:", "t:", "k:"):
            keep.add(a)
    return keep


_WEIGHT = {"t:": 2.0, "l:": 1.5, "n:": 1.0, "k:": 0.5}


def _weight(anchor: str) -> float:
    kind, value = anchor[:2], anchor[2:]
    if kind == "n:" and (len(value) < 2 or re.fullmatch(r"(19|20)\d\d", value)):
        return 0.2
    return _WEIGHT.get(kind, 0.0)


def _languages(row: dict[str, Any]) -> list[str]:
    langs = (row.get("document") or {}).get("languages")
    if langs:
        return list(langs)
    seen: list[str] = []
    for p in row.get("paragraphs") or []:
        if p.get("lang") and p["lang"] != UND and p["lang"] not in seen:
            seen.append(p["lang"])
    return seen


def _days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)  # type: ignore[index]
    except (TypeError, ValueError):
        return None


def anchor_overlap(a: set[str], b: set[str]) -> float:
    """Weighted share of the smaller document's anchors found in the other one (0..1).

    >>> anchor_overlap({"l:iom", "n:27", "t:04-05"}, {"l:iom", "n:27", "t:04-05", "n:12"})
    1.0
    """
    a = {x for x in a if not x.startswith("p:")}
    b = {x for x in b if not x.startswith("p:")}
    wa, wb = sum(map(_weight, a)), sum(map(_weight, b))
    if not wa or not wb:
        return 0.0
    shared = sum(_weight(x) for x in a & b)
    return shared / min(wa, wb)


_VECTORS: dict[tuple[str, str], np.ndarray | None] = {}  # by (document id, language): ids are content hashes


def _doc_vector(row: dict[str, Any], lang: str) -> np.ndarray | None:
    doc_id = (row.get("document") or {}).get("id")
    if doc_id and (doc_id, lang) in _VECTORS:
        return _VECTORS[(doc_id, lang)]
    texts = [p["text"] for p in row.get("paragraphs") or [] if p.get("lang") == lang][:4]
    v = None
    if texts:
        v = embed.embed(texts).mean(axis=0)
        v = v / (np.linalg.norm(v) or 1.0)
    if doc_id:
        if len(_VECTORS) > 4096:
            _VECTORS.clear()
        _VECTORS[(doc_id, lang)] = v
    return v


_MAX_BOOST = 1.5


def twin_score(row_a: dict[str, Any], row_b: dict[str, Any], use_embedding: bool = True, *, anchors_a: set[str] | None = None,
               at_least: float = 0.0) -> float:
    """Evidence (0..1) that two documents report the same thing in different main languages.

    Anchors decide (dates, Latin tokens, numbers, names shared by both); a publication date more
    than a week apart halves the score; the embedding of the opening paragraphs, when
    available, confirms or vetoes. Documents in the same main language score 0 (duplicates are
    not twins). ``anchors_a`` saves recomputing the first document's anchors for each candidate.
    A caller that only needs to know whether the score reaches ``at_least`` saves the embedding
    when the anchors leave it out of reach (the model can raise a score by half at most).
    """
    la, lb = _languages(row_a), _languages(row_b)
    if not la or not lb or la[0] == lb[0] or (set(la) == set(lb) and len(la) > 1):
        return 0.0
    aa, ab = (anchors_a if anchors_a is not None else anchors(row_a)), anchors(row_b)
    shared_strong = [x for x in aa & ab if _weight(x) >= 1.0]
    score = anchor_overlap(aa, ab)
    if len(shared_strong) < 2:
        score *= 0.5
    apart = _days_apart((row_a.get("document") or {}).get("published"), (row_b.get("document") or {}).get("published"))
    if apart is not None:
        score = score * 0.5 if apart > 7 else min(1.0, score + (0.15 if apart <= 1 else 0.05))
    if use_embedding and 0.2 <= score and score * _MAX_BOOST >= at_least and embed.available():
        va, vb = _doc_vector(row_a, la[0]), _doc_vector(row_b, lb[0])
        if va is not None and vb is not None:
            cos = float(va @ vb)
            # same-genre unrelated texts reach ~0.85; translations ~0.9 and above
            score = min(1.0, score * (0.5 + max(0.0, min(1.0, (cos - 0.82) / 0.08))))  # x0.5 .. x_MAX_BOOST
    return round(max(0.0, min(1.0, score)), 3)


def align_pair(paras_a: list[Para], paras_b: list[Para]) -> list[Pair]:
    """Paragraph pairs between two twin documents, for each pair of their languages.

    ``a`` is the side not in the contact language (Russian) whichever document it comes from; paragraph ids tell the
    document. Truncated repeats are left out, as within one document.
    """
    junk = truncated_copies(paras_a) | truncated_copies(paras_b)
    pa = [p for p in paras_a if p.id not in junk and p.lang != UND]
    pb = [p for p in paras_b if p.id not in junk and p.lang != UND]
    langs_a = list(dict.fromkeys(p.lang for p in pa))
    langs_b = list(dict.fromkeys(p.lang for p in pb))
    combos = [(x, y) for x in langs_a for y in langs_b if x != y]
    if not combos:
        return []
    out: list[Pair] = []
    for x, y in combos:
        side_x = [p for p in pa if p.lang == x]
        side_y = [p for p in pb if p.lang == y]
        if grammar_for(x).contact_language and not grammar_for(y).contact_language:
            side_x, side_y = side_y, side_x
        out.extend(align_open(side_x, side_y))
    return out
