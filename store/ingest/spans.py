"""Spans of a text asked whether they cover a position or overlap a span, in log time.

A long paragraph holds thousands of names, dates and sentences; asking each of them against all
the others (``any(a <= k < b for a, b in spans)``) makes the work grow with the square of the
length. These two sorted structures answer the same questions by bisection.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from itertools import accumulate


class Spans:
    """A fixed set of ``(start, end)`` spans, overlapping or not.

    >>> s = Spans([(10, 20), (0, 4), (12, 14)])
    >>> s.covers(3), s.covers(4), s.covers(19), s.overlaps(4, 10), s.overlaps(19, 30)
    (True, False, True, False, True)
    """

    __slots__ = ("_starts", "_reach")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        pairs = sorted(spans)
        self._starts = [a for a, _ in pairs]
        self._reach = list(accumulate((b for _, b in pairs), max))  # the furthest end among spans so far

    def covers(self, k: int) -> bool:
        """Whether some span has ``start <= k < end``."""
        i = bisect_right(self._starts, k)
        return i > 0 and self._reach[i - 1] > k

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span has ``span.start < end and start < span.end``."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start


class Disjoint:
    """Spans that overlap none of the others, added one at a time (the hits kept so far).

    >>> kept = Disjoint()
    >>> kept.add(5, 9); kept.add(0, 2)
    >>> kept.overlaps(2, 5), kept.overlaps(8, 12), kept.overlaps(1, 3)
    (False, True, True)
    """

    __slots__ = ("_spans",)

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> None:
        """Add a span the caller has checked overlaps none held."""
        insort(self._spans, (start, end))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span has ``span.start < end and start < span.end`` (disjoint spans sorted by
        start are sorted by end too: the last one starting before *end* reaches furthest)."""
        i = bisect_left(self._spans, (end,))
        return i > 0 and self._spans[i - 1][1] > start
