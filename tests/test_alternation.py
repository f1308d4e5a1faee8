"""The grouped alternation finds what the plain one finds, in the same order of preference."""
import re

import pytest

from store.ingest.alternation import by_first_letter

WORDS = ["Talmor", "talmo", "Tal", "ılvek", "ilveka", "İlvo", "quend", "quendar", "Ös", "ös", "x"]
TEXT = "Talmoran talmo TALMOR ılveka ILVEKA İlvo ilvo quendaro Quend ös ÖS x xy tal Tal"


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("order", [WORDS, sorted(WORDS, key=len, reverse=True), sorted(WORDS)])
def test_same_matches_as_the_plain_alternation(flags, order):
    tail = r"(?P<rest>[^\W\d_]*)"
    plain = re.compile("(?P<w>" + "|".join(map(re.escape, order)) + ")" + tail, flags)
    grouped = re.compile("(?P<w>" + by_first_letter(order, flags) + ")" + tail, flags)
    assert [(m.span(), m.group("w")) for m in grouped.finditer(TEXT)] == \
        [(m.span(), m.group("w")) for m in plain.finditer(TEXT)]
    # a word that must be followed by a capital backtracks into the next word of the list alike
    after = r"(?=[A-ZÖİ])"
    assert [m.span() for m in re.finditer("(?:" + by_first_letter(order, flags) + ")" + after, TEXT, flags)] == \
        [m.span() for m in re.finditer("(?:" + "|".join(map(re.escape, order)) + ")" + after, TEXT, flags)]
