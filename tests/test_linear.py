"""The extractors' work grows with the length of a paragraph, not with its square.

Work is counted, not timed: the number of function calls (Python and built-in) that the
extractors make on one paragraph of N invented sentences and on one of 4N. Linear work gives a
ratio near 4; a scan per name over the whole paragraph (``list.index``) gave about 10 at these
sizes and grows without bound.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.length import sentences  # noqa: E402
from store.ingest.model import DocContext, Para  # noqa: E402
from store.ingest.pipeline import run_extractors  # noqa: E402


def calls(text: str, lang: str) -> int:
    """Function calls made by the extractors on *text* as one paragraph (caches warmed first)."""
    paras = [Para("p-0", 0, lang, text)]
    ctx = DocContext("d-0", languages=[lang])
    run_extractors(paras, ctx)
    n = 0

    def count(frame, event, arg):
        nonlocal n
        if event in ("call", "c_call"):
            n += 1

    sys.setprofile(count)
    try:
        run_extractors(paras, ctx)
    finally:
        sys.setprofile(None)
    return n


@pytest.mark.parametrize("lang", ["ru", "ky", "en"])
def test_work_on_one_paragraph_is_linear_in_its_length(lang):
    n = 30
    text = " ".join(sentences(4 * n, seed=3, lang=lang))
    short = " ".join(sentences(n, seed=3, lang=lang))
    assert text.startswith(short)
    ratio = calls(text, lang) / calls(short, lang)
    assert 3.0 <= ratio <= 5.5, ratio
