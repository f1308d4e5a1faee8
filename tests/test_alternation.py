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


# ---------------------------------------------------------------- with_first_chars

from store.ingest.alternation import first_chars, with_first_chars  # noqa: E402

PATTERNS = [  # (pattern, flags): alternations, look-behinds, categories, an inline flag, an anchored end
    (r"(?:более|около|over|at\s+least)\s*$", re.IGNORECASE),
    (r"(?<![^\W\d_])(?:из\s+них|İçində|ılı|among\s+them)\s*[:—–-]?\s*$", re.IGNORECASE),
    (r"(?:№|(?-i:(?<![^\W\d_])N)|(?<![^\W\d_])(?:стать[яиеё]\w*|тел\.?)|\+|[$€])\s*:?\s*$", re.IGNORECASE),
    (r"(?<![\d.,/-])((?:19|20)\d\d)\s*-?\s*(?:жыл|год|year)[^\W\d_]*", re.IGNORECASE),
    (r"(?<![\d.,/])(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)(?!\d)", 0),
    (r"(?P<n>[a-f]+)-(?:x|y)", 0),
    (r"(?<!\d)(?P<d>[0-3]?\d)(?:-?(?:го|th))?[\s\-.]*(?:мая|марта|june)", re.IGNORECASE),  # an optional first item
]
SAMPLE = ("Около 40 слушателей, из них 12 — женщины. İÇİNDƏ ılı 7; at least 3 at LEAST 9. Статья 5, тел.: +996 "
          "N 12, n 13, № 4. 5-го мая, 31 Марта, 7th June. В 2019 году, 2020-жылы, 1999 years; 05.03.2024, 5/3/2024; fed-x abc-y. More OVER 50.")


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_the_look_ahead_changes_no_match(pattern, flags):
    plain, quick = re.compile(pattern, flags), with_first_chars(pattern, flags)
    assert quick.pattern != pattern  # each of these gets its look-ahead
    for end in range(len(SAMPLE) + 1):  # every window "before a position", as the figures search them
        for start in (0, max(0, end - 30)):
            window = SAMPLE[start:end]
            a, b = plain.search(window), quick.search(window)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), window
    assert [(m.span(), m.groups()) for m in quick.finditer(SAMPLE)] == [(m.span(), m.groups()) for m in plain.finditer(SAMPLE)]


def test_the_class_admits_every_character_a_first_letter_matches():
    words = ["İlvo", "ılı", "Ωmega", "straße", "ſun", "Kelvin", "Ёлка", "ǅar", "ǆem"]
    cls = re.compile(first_chars("(?:" + "|".join(words) + ")x", re.IGNORECASE), re.IGNORECASE)
    for code in range(0x2200):  # Latin, Greek, Cyrillic and their special case pairs (ſ, K, ǅ)
        c = chr(code)
        if any(re.match(w[0], c, re.IGNORECASE) for w in words):
            assert cls.fullmatch(c), c
    assert first_chars(r"[^,]+") is None and first_chars(r"(?:a|b?)c") is None  # a negated set; may begin with c
