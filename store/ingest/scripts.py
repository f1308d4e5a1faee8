"""Words typed in two alphabets: a look-alike letter of another script inside a word is put back into the
script of the word's other letters.

Scraped and hand-typed pages mix look-alike letters ("Bрач" with a Latin B, "Anna Sӧdеr" with Cyrillic
letters, a Greek omicron for an o); the word then matches no lexicon, no name and no search. Only words
with letters of two scripts side by side are touched, and only letters with a look-alike in the word's
main script change.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_LATIN = "A-Za-z\u00c0-\u024f\u0250-\u02af\u1e00-\u1eff"  # with the IPA block: Azerbaijani "ə" is there
_CYRILLIC = "\u0400-\u052f"
_GREEK = "\u0370-\u03ff\u1f00-\u1fff"
# A letter's script by its code block (Ә, Ө, Ү, Қ, Ҳ … are Cyrillic too): one table for every caller.
_LETTERS = (("latn", re.compile(f"[{_LATIN}]")), ("cyrl", re.compile(f"[{_CYRILLIC}]")),
            ("grek", re.compile(f"[{_GREEK}]")), ("arab", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")))
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


@lru_cache(maxsize=8192)
def script_of_char(ch: str) -> str | None:
    """``latn``, ``cyrl``, ``grek`` or ``arab`` for a character of those alphabets, else None.

    >>> script_of_char("ж"), script_of_char("ə"), script_of_char("ο"), script_of_char("7")
    ('cyrl', 'latn', 'grek', None)
    """
    return next((name for name, rx in _LETTERS if rx.match(ch)), None)


def script_counts(text: str) -> Counter[str]:
    """How many letters of each script *text* has.

    >>> sorted(script_counts("Ош city").items())
    [('cyrl', 2), ('latn', 4)]
    """
    out: Counter[str] = Counter()
    for ch, n in Counter(text).items():
        s = script_of_char(ch)
        if s:
            out[s] += n
    return out


def _one_script(word: str) -> str:
    """The word with its minority letters in its main script, where a look-alike exists.

    >>> _one_script("Bрач"), _one_script("Pаvеl")
    ('Врач', 'Pavel')
    """
    ranked = script_counts(word).most_common()
    if len(ranked) < 2 or ranked[0][1] == ranked[1][1]:
        return word  # no main script to go by
    main = ranked[0][0]
    table = _TO_LATIN if main == "latn" else _TO_CYRILLIC if main == "cyrl" else {}
    return "".join(table.get(ch, ch) if script_of_char(ch) != main else ch for ch in word)


def one_script(text: str) -> str:
    """*text* with every word of mixed alphabets put into one (a no-op on ordinary text).

    >>> one_script("Aдвокат Ivаn Pеtrоv")
    'Адвокат Ivan Petrov'
    """
    if not _HAS_PAIR.search(text):
        return text
    return _MIXED.sub(lambda m: _one_script(m.group()), text)
