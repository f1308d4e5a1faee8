"""A regex alternation of many words that the engine tries quickly.

Python's ``re`` tries the words of ``a|b|c|…`` one by one at every position it reaches. Grouped
by first letter (``m(?:arch|ay)|j(?:une|uly)``) it tries a few letters and then only the words of
the one group that can match, with the same result.
"""
from __future__ import annotations

import re


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
