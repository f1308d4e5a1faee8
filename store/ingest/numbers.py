"""Reading numbers as a report writes them: digits, grouped digits, scale words and number words.

"12 500" -> 12500, "140,521" -> 140521, "7.8 million" -> 7800000, "2,5 млн" -> 2500000,
"1 миң 300" -> 1300, "1 миллион 200 миң" -> 1200000, "екі жарым миллион" -> 2500000,
"двухсот" -> 200, "twenty-two" -> 22. The words are in ``lexicon/numbers.py``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from .lexicon import numbers as lex

_DIGITS = (r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?![.,]?\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[.,]\d+)?")
_GROUPED = re.compile(r"\d{1,3}(?:[ .]\d{3})+|\d{1,3}(?:,\d{3})+")
_JOIN = re.compile(r"[ \t\u00a0\u202f]*-?[ \t\u00a0\u202f]*")


@dataclass(frozen=True)
class Number:
    """One number phrase: its span, its value and how it was written."""

    start: int
    end: int
    value: float
    digits: str | None = None  # the digits, when the phrase is one written number and nothing else
    suffix: str | None = None  # a hyphenated ending on the digits ("2-ci", "12-nin")
    scale: str | None = None  # the scale word closing the phrase, as written ("миңге", "млн")
    words: bool = False  # written with number words only
    bare: bool = False  # a scale word alone ("миллиондон ашык", "более миллиона")


def parse_number(raw: str) -> float | None:
    """``parse_number("100.000") -> 100000.0``; ``parse_number("1,5") -> 1.5``; ``"140,521" -> 140521.0``."""
    s = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if _GROUPED.fullmatch(s):
        return float(re.sub(r"[ .,]", "", s))
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


@functools.cache
def _scales(lang: str) -> tuple[re.Pattern[str], list[int]]:
    """One pattern for every scale stem of *lang* with a short ending, and the factors by group."""
    stems = {**lex.SCALES, **lex.SCALES_BY_LANG.get(lang, {})}
    pattern = "|".join(f"(?P<s{i}>{re.escape(stem)})" + ("(?:ə)?" if stem == "min" else r"\w{0,3}")
                       for i, stem in enumerate(stems))
    return re.compile(pattern), list(stems.values())


def scale_factor(word: str, lang: str = "") -> int | None:
    """The factor of a scale word with any short ending: ``scale_factor("миңге") -> 1000``, else None."""
    pattern, factors = _scales(lang)
    m = pattern.fullmatch(word.casefold())
    return factors[int(m.lastgroup[1:])] if m and m.lastgroup else None


def vague_scale(word: str) -> bool:
    """Whether a scale word is a plural of no particular size: ``vague_scale("мыңдаған") -> True``."""
    low = word.casefold()
    return any(low.endswith(e) for e in lex.VAGUE_SCALE_ENDINGS) and not low.endswith(lex.ABBREVIATED)


_HALF_SCALE = re.compile("(?P<stem>" + "|".join(lex.HALF_SCALES) + r")\w{0,2}")


class _Part(NamedTuple):
    """One token of a number phrase."""

    kind: str  # "digit" | "word" | "hundred" | "half" | "scale"
    value: float


@functools.cache
def _vocabulary(lang: str) -> dict[str, _Part]:
    """Number words of *lang* (and its kin) with their kind.

    >>> _vocabulary("ky")["жүз"]
    _Part(kind='hundred', value=100.0)
    """
    vocab = {w: _Part("half", 0.5) for w in lex.HALF.get(lang, ())}
    vocab.update({w: _Part("hundred", 100.0) for w in lex.HUNDRED.get(lang, ())})
    for lg in (*lex.KIN.get(lang, ()), lang):
        vocab.update({w: _Part("word", v) for w, v in lex.WORDS.get(lg, {}).items()})
    return vocab


@functools.cache
def _tokens(lang: str) -> re.Pattern[str]:
    """Digits, or a word opening like a number, half-scale or scale word of *lang* (most words never do)."""
    words = [*_vocabulary(lang), *lex.SCALES, *lex.SCALES_BY_LANG.get(lang, {}), *lex.HALF_SCALES]
    openings = sorted({re.escape(w[:2]) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<![\w.,/+№-])(?P<num>" + _DIGITS + r")(?P<suffix>-[^\W\d_]+)?"
                      r"|\b(?<!['‘’ʻ])(?P<word>(?:" + "|".join(openings) + r")[^\W\d_]*(?:['‘’ʻ][^\W\d_]+)*)",
                      re.IGNORECASE)


def _kind(m: re.Match[str], lang: str) -> _Part | None:
    if m.group("num"):
        value = parse_number(m.group("num"))
        return None if value is None else _Part("digit", value)
    return _word_kind(m.group("word").casefold(), lang)


@functools.lru_cache(maxsize=16384)  # a report repeats its words: each is looked up once
def _word_kind(w: str, lang: str) -> _Part | None:
    """What a (case-folded) word is in a number phrase: a number word, a half, a scale word, or None.

    >>> _word_kind("миңге", "ky"), _word_kind("мигрант", "ky")
    (_Part(kind='scale', value=1000.0), None)
    """
    found = _vocabulary(lang or "en").get(w)
    if found:
        return found
    half = _HALF_SCALE.fullmatch(w)
    if half:
        return _Part("word", float(lex.HALF_SCALES[half.group("stem")]))
    factor = scale_factor(w, lang)
    return _Part("scale", float(factor)) if factor else None


def _fits(kind: str, parts: list[_Part]) -> bool:
    """Whether a token of *kind* continues the phrase so far ("1 миллион 200", not "100 200" or "5 пять")."""
    if not parts:
        return kind != "half"
    follows = {"digit": ("scale",), "word": ("word", "hundred", "scale"), "hundred": ("digit", "word", "scale"),
               "half": ("digit", "word"), "scale": ("digit", "word", "hundred", "half")}
    return parts[-1].kind in follows[kind]


def _value(parts: list[_Part]) -> float:
    total = current = 0.0
    for kind, v in parts:
        if kind in ("digit", "word"):
            current += v
        elif kind == "half":
            current += 0.5
        elif kind == "hundred":
            current = (current or 1) * 100
        else:
            total += (current or 1) * v
            current = 0.0
    return total + current


def read_numbers(text: str, lang: str = "") -> list[Number]:
    """Every number phrase in *text*.

    >>> [n.value for n in read_numbers("1 миң 300 киши жана эки жүз элүү бала", "ky")]
    [1300.0, 250.0]
    >>> [n.value for n in read_numbers("some 7.8 million workers, twenty-two of them", "en")]
    [7800000.0, 22.0]
    """
    tokens = list(_tokens(lang or "en").finditer(text))
    read = [_kind(t, lang) for t in tokens]  # once per token: a phrase that stops at a token starts again there
    out: list[Number] = []
    i = 0
    while i < len(tokens):
        parts: list[_Part] = []
        j = i
        while j < len(tokens):
            part = read[j]
            if part is None or not _fits(part.kind, parts):
                break
            if parts and not _JOIN.fullmatch(text[tokens[j - 1].end():tokens[j].start()]):
                break
            parts.append(part)
            j += 1
            if tokens[j - 1].group("suffix"):
                break  # "12-nin": the ending closes the number
        if not parts:
            i += 1
            continue
        first, last = tokens[i], tokens[j - 1]
        end = last.end()
        if last.group("word") and last.group("word").casefold().startswith(lex.ABBREVIATED) \
                and text[end:end + 1] == ".":
            end += 1
        value = _value(parts)
        kinds = {p.kind for p in parts}
        if not (kinds <= {"word"} and value <= 1):  # "бир", "one" alone are an article
            out.append(Number(
                start=first.start(), end=end, value=value,
                digits=first.group("num") if len(parts) == 1 and first.group("num") else None,
                suffix=last.group("suffix"),
                scale=last.group("word") if parts[-1].kind == "scale" else None,
                words="digit" not in kinds,
                bare=len(parts) == 1 and parts[0].kind == "scale",
            ))
        i = j
    return out
