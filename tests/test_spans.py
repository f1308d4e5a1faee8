"""The bisection answers of store.ingest.spans equal those of a scan over every span."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from store.ingest.spans import Disjoint, Spans

_span = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(_span, max_size=30), st.integers(-2, 80), _span)
def test_spans_answer_as_a_scan_does(spans, k, probe):
    s, (a, b) = Spans(spans), probe
    assert s.covers(k) == any(x <= k < y for x, y in spans)
    assert s.overlaps(a, b) == any(a < y and x < b for x, y in spans)


@given(st.lists(_span, max_size=40))
def test_disjoint_keeps_what_a_scan_over_the_kept_keeps(candidates):
    kept_scan: list[tuple[int, int]] = []
    kept, held = [], Disjoint()
    for a, b in candidates:
        if not any(a < y and x < b for x, y in kept_scan):
            kept_scan.append((a, b))
        if not held.overlaps(a, b):
            kept.append((a, b))
            held.add(a, b)
    assert kept == kept_scan
