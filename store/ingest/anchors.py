"""Tokens that survive translation: numbers, Latin-script names, transliterated proper names.

Used by the paragraph aligner (``align.py``) and by cross-document linking (``twins.py``).
An anchor is a short string with a kind prefix: ``n:43`` (a number), ``l:usaid`` (a Latin token
in a Cyrillic text, or an acronym), ``k:tSbl`` (the consonant skeleton of a capitalised word,
comparable across scripts: Токтосунов / Toktosunov, Həsənov / Гасанов).
"""
from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)?")
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:[-‘’'ʻʼ`][^\W\d_]+)*", re.UNICODE)
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u052F]")
_AZ_LETTERS = set("əƏ")
_LATIN_LETTER = re.compile(r"[^\W\d_\u0250-\U0010FFFF]")  # letters below U+0250: Latin with its extensions

# Digraphs of anyascii output that stand for one sound, then letters merged across scripts.
_DIGRAPHS = (("dzh", "j"), ("zh", "j"), ("sh", "S"), ("ch", "C"), ("kh", "h"), ("gh", "g"), ("ts", "C"))
_MERGE = str.maketrans({"q": "k", "x": "h", "g": "h", "w": "v", "c": "k"})
_VOWELS = set("aeiouy'`")
# Latin letters of Azerbaijani/Turkish/Uzbek that anyascii flattens too far.
_PRE = str.maketrans({"ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "ğ": "gh", "Ğ": "Gh"})

SKELETON_PREFIX = 4


@lru_cache(maxsize=65536)
def skeleton(word: str, az: bool = False) -> str:
    """Consonant skeleton of a word, the same in Cyrillic and Latin spellings.

    >>> skeleton("Токтосунов") == skeleton("Toktosunov")
    True
    >>> skeleton("Həsənov", az=True) == skeleton("Гасанов"), skeleton("Məmmədova", az=True) == skeleton("Мамедова")
    (True, True)
    >>> skeleton("Şükürova", az=True) == skeleton("Шукурова"), skeleton("Cəlilov", az=True) == skeleton("Джалилов")
    (True, True)
    """
    w = word.translate(_PRE)
    if az:
        w = w.replace("c", "dzh").replace("C", "Dzh")
    s = anyascii(w).lower()
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = s.translate(_MERGE)
    out: list[str] = []
    for ch in s:
        if ch in _VOWELS or not ch.isalpha():
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out)


def numbers(text: str) -> set[str]:
    """Numbers written with digits, thousands separators removed.

    >>> sorted(numbers("В 2023 году 1 200 граждан, из них 35,5%"))
    ['1200', '2023', '35.5']
    """
    out = set()
    for m in _NUMBER.finditer(text):
        raw = re.sub(r"[ \u00a0\u202f]", "", m.group()).replace(",", ".")
        raw = raw.lstrip("0") or "0"
        out.add(raw)
    return out


def is_latin_text(text: str) -> bool:
    """True when most letters are Latin.

    >>> is_latin_text("Bakıda konfrans keçirilib"), is_latin_text("Тренинг для мигрантов Eurasia Partners")
    (True, False)
    """
    head = text[:400]
    lat = len(_LATIN_LETTER.findall(head))
    cyr = len(_CYRILLIC.findall(head))
    return lat > cyr


def text_anchors(text: str) -> set[str]:
    """Anchors of one paragraph (see the module docstring for the kinds).

    >>> sorted(text_anchors("Тренинг Eurasia Partners тарабынан 27 мугалимге өттү"))
    ['k:trnh', 'l:eurasia', 'l:partners', 'n:27']
    >>> sorted(text_anchors("Vüsal Həsənov 2022-ci ildə IOM ilə görüşüb"))
    ['k:hsnv', 'k:vsl', 'l:iom', 'n:2022']
    """
    clean = text.replace("*", " ").replace("#", " ")
    out = {"n:" + n for n in numbers(clean)}
    latin_text = is_latin_text(clean)
    az = "ə" in clean or "Ə" in clean
    for m in _WORD.finditer(clean):
        w = m.group()
        latin_word = bool(_LATIN.match(w))
        if latin_word and (not latin_text or (w.isupper() and len(w) >= 2)):
            out.add("l:" + w.lower())
            if not latin_text:
                continue
        if w[0].isupper() and len(w) >= 4:
            sk = skeleton(w, az=az)
            if len(sk) >= 3:
                out.add("k:" + sk[:SKELETON_PREFIX])
    return out


STEM = 5  # letters of a word that identify it across a Turkic text and its Russian translation
STEM_MIN = 6  # shorter words are function words or too likely to share an opening by chance


def word_stems(text: str) -> set[str]:
    """Openings of the long words (``w:``): loanwords keep them across languages of one script.

    A Kyrgyz, Kazakh, Tajik or Uzbek text and its Russian translation share the international and
    Russian words they both use, whatever their endings (сессиялардын / сессий, реформалары /
    реформ); so do an Azerbaijani or Uzbek Latin text and its English one.

    >>> sorted(word_stems("Сессиялардын жүрүшүндө пенсиялык реформалар талкууланды"))
    ['w:жүрүш', 'w:пенси', 'w:рефор', 'w:сесси', 'w:талку']
    >>> sorted(word_stems("В ходе сессий обсудили пенсионные реформы") & word_stems("Сессиялардын жүрүшүндө пенсиялык реформалар"))
    ['w:пенси', 'w:рефор', 'w:сесси']
    """
    return {"w:" + w[:STEM].casefold().replace("ё", "е") for w in _WORD.findall(text.replace("*", " "))
            if len(w) >= STEM_MIN and not w[:STEM].isupper()}


def is_strong(anchor: str) -> bool:
    """Numbers of two digits or more and Latin tokens: rarely shared by chance.

    >>> is_strong("n:43"), is_strong("n:5"), is_strong("l:usaid"), is_strong("k:trnn")
    (True, False, True, False)
    """
    if anchor.startswith("n:"):
        return len(anchor) >= 4
    return anchor.startswith("l:")
