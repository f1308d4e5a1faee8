"""A regex alternation of many words that the engine tries quickly.

Python's ``re`` tries the words of ``a|b|c|…`` one by one at every position it reaches. Grouped
by first letter (``m(?:arch|ay)|j(?:une|uly)``) it tries a few letters and then only the words of
the one group that can match, with the same result.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as _C, _parser  # type: ignore[attr-defined]  # the standard library's own pattern parser
from typing import Any


def by_first_letter(words: list[str], flags: int = 0) -> str:
    """An alternation of *words*, tried in their order, grouped by first letter for the regex *flags*.

    Words whose first letters one character can match (as "i" and "ı" case-blind) share a group,
    so the first word of the list that matches (and the next on backtracking) is the same as in
    the plain alternation.

    >>> by_first_letter(["июня", "июль", "март"])
    '(?:и(?:юня|юль)|м(?:арт))'
    >>> re.fullmatch(by_first_letter(["Iyun", "ıyul"], re.IGNORECASE), "IYUL", re.IGNORECASE) is not None
    True
    """
    groups: list[list[str]] = []
    group_of: dict[str, list[str]] = {}  # a first letter -> its group (letters compared once, not once per word)
    for w in words:
        group = group_of.get(w[0])
        if group is None:
            group = next((g for g in groups if _same_letter(g[0][0], w[0], flags)), None)
            if group is None:
                group = []
                groups.append(group)
            group_of[w[0]] = group
        group.append(w)
    return "(?:" + "|".join(_group(g) for g in groups) + ")"


def _same_letter(a: str, b: str, flags: int) -> bool:
    return bool(re.fullmatch(re.escape(a), b, flags) or re.fullmatch(re.escape(b), a, flags))


def _group(words: list[str]) -> str:
    first = words[0][0]
    if all(w[0] == first and len(w) > 1 for w in words):
        return re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) for w in words) + ")"
    return "(?:" + "|".join(map(re.escape, words)) + ")"


def first_chars(pattern: str, flags: int = 0) -> str | None:
    r"""A character class holding every character a match of *pattern* can begin with (letters in both
    cases), or None when that cannot be listed (a negated set, or a match that may be empty).

    >>> first_chars(r"(?<!\w)(?:более|около|over)\s+$", re.IGNORECASE)
    '[OoБОбо]'
    >>> first_chars(r"(?<![\d.])(?:19|20)\d\d|\d+-й"), first_chars(r"[^,]+") is None
    ('[12\\d]', True)
    >>> first_chars(r"(?:с\s+)?[0-3]?\d")
    '[0123\\dСс]'
    """
    found = _firsts(_parser.parse(pattern, flags))
    return "[" + "".join(sorted(found)) + "]" if found else None


_CATEGORIES = {_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_NOT_DIGIT: r"\D", _C.CATEGORY_SPACE: r"\s",
               _C.CATEGORY_NOT_SPACE: r"\S", _C.CATEGORY_WORD: r"\w", _C.CATEGORY_NOT_WORD: r"\W"}


def _letter(code: int) -> set[str]:
    """One character of a class, escaped, with its other case."""
    c = chr(code)
    return {re.escape(x) for x in (c, c.lower(), c.upper()) if len(x) == 1}


def _firsts(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    """The class members (escaped characters, ``\\d``…) the parsed *items* can begin a match with."""
    optional: set[str] = set()  # what an optional item before could begin the match with
    for op, av in items:
        if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            continue  # a look-behind, look-ahead or anchor takes no character: the next item begins the match
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] == 0:
            maybe = _firsts(av[2])
            if maybe is None:
                return None
            optional |= maybe  # "[0-3]?\d": the optional item's first characters, or the next item's
            continue
        found = _first_of(op, av)
        return None if found is None else optional | found
    return None  # the pattern can match the empty string


def _first_of(op: Any, av: Any) -> set[str] | None:
    """The class members one parsed item that takes a character can begin with."""
    if op is _C.LITERAL:
        return _letter(av)
    if op is _C.IN:
        out: set[str] = set()
        for o, a in av:
            if o is _C.LITERAL:
                out |= _letter(a)
            elif o is _C.RANGE and a[1] - a[0] < 256:
                out.update(x for code in range(a[0], a[1] + 1) for x in _letter(code))
            elif o is _C.CATEGORY and a in _CATEGORIES:
                out.add(_CATEGORIES[a])
            else:
                return None  # a negated set
        return out
    if op is _C.SUBPATTERN:
        return _firsts(av[-1])
    if op is _C.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            firsts = _firsts(branch)
            if firsts is None:
                return None
            union |= firsts
        return union
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        return _firsts(av[2])  # taken at least once
    return None


def with_first_chars(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """*pattern* compiled with a look-ahead for the characters its matches begin with in front: the same
    matches, but a search rejects most positions with one character test instead of trying every
    word of a long alternation there (a search anchored at the end of a short window, as "the words
    before a number", tries every position of the window).

    >>> with_first_chars(r"(?:более|около)\\s*$", re.IGNORECASE).search("их было Около ").group()
    'Около '
    """
    chars = first_chars(pattern, flags)
    return re.compile(pattern if chars is None else f"(?={chars})(?:{pattern})", flags)
