"""Words typed in two alphabets: a look-alike letter of another script inside a word is put back into the
script of the word's other letters.

Scraped and hand-typed pages mix look-alike letters ("Bрач" with a Latin B, "Anna Sӧdеr" with Cyrillic
letters, a Greek omicron for an o); the word then matches no lexicon, no name and no search. Only words
with letters of two scripts side by side are touched, and only letters with a look-alike in the word's
main script change.
"""
from __future__ import annotations

import re

_LATIN = "A-Za-z\u00c0-\u024f\u0250-\u02af"
_CYRILLIC = "\u0400-\u04ff"
_GREEK = "\u0370-\u03ff\u1f00-\u1fff"
# two letters of different scripts next to each other, inside a run of letters
_PAIR = (rf"(?:[{_LATIN}][{_CYRILLIC}{_GREEK}]|[{_CYRILLIC}{_GREEK}][{_LATIN}]"
         rf"|[{_CYRILLIC}][{_GREEK}]|[{_GREEK}][{_CYRILLIC}])")
_HAS_PAIR = re.compile(_PAIR)
_MIXED = re.compile(rf"[^\W\d_]*{_PAIR}[^\W\d_]*")

_CYR = "аеорсухіјѕӧәАВЕКМНОРСТХУІЈЅӦӘ"
_LAT = "aeopcyxijsöəABEKMHOPCTXYIJSÖƏ"
_GRK = "οόαάέίιυκρΟΑΒΕΗΙΚΜΝΡΤΧΥΖ"
_GRK_LAT = "ooaaeeiiukpOABEHIKMNPTXYZ"
_GRK_ACCENTED = {"ό": "ó", "ά": "á", "έ": "é", "ί": "í"}
_TO_LATIN = {**dict(zip(_CYR, _LAT)), **dict(zip(_GRK, _GRK_LAT)), **_GRK_ACCENTED}
_TO_CYRILLIC = dict(zip(_LAT, _CYR))


def _script(ch: str) -> str | None:
    """``_script("ж") -> "cyrillic"``; None for a character of none of the three alphabets."""
    if re.match(f"[{_LATIN}]", ch):
        return "latin"
    if re.match(f"[{_CYRILLIC}]", ch):
        return "cyrillic"
    if re.match(f"[{_GREEK}]", ch):
        return "greek"
    return None


def _one_script(word: str) -> str:
    """The word with its minority letters in its main script, where a look-alike exists.

    >>> _one_script("Bрач"), _one_script("Pаvеl")
    ('Врач', 'Pavel')
    """
    counts: dict[str, int] = {}
    for ch in word:
        s = _script(ch)
        if s:
            counts[s] = counts.get(s, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2 or ranked[0][1] == ranked[1][1]:
        return word  # no main script to go by
    main = ranked[0][0]
    table = _TO_LATIN if main == "latin" else _TO_CYRILLIC if main == "cyrillic" else {}
    return "".join(table.get(ch, ch) if _script(ch) != main else ch for ch in word)


def one_script(text: str) -> str:
    """*text* with every word of mixed alphabets put into one (a no-op on ordinary text).

    >>> one_script("Aдвокат Ivаn Pеtrоv")
    'Адвокат Ivan Petrov'
    """
    if not _HAS_PAIR.search(text):
        return text
    return _MIXED.sub(lambda m: _one_script(m.group()), text)
