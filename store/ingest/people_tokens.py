"""Word classes shared by the people and quotes extractors (tokens come from ``doc``)."""
from __future__ import annotations

import re
from functools import lru_cache

from .doc import fold, stem_match
from .lexicon.grammar import grammar_for
from .lexicon.honorifics import all_after, all_before
from .lexicon.roles import APPOSITION_STOP, LIST_CONJ, MAX_TAIL, NOT_ROLE, ORG_STEMS, ROLE_PREFIX, ROLE_STEMS
from .names import is_cyrillic

QUOTE_CHARS = "«»“”„\"‟‹›"
BOUNDARY = frozenset(",.;:!?()[]")
DASHES = frozenset("–—-")


def _langs(lang: str, word: str) -> tuple[str, ...]:
    """The languages whose role words *word* may be: its own and the loans its texts use (``role_word_loans``);
    the contact language's (Russian) only for a Cyrillic word.

    >>> _langs("ky", "директору"), _langs("ky", "direktor"), _langs("uz", "direktor"), _langs("und", "director")
    (('ky', 'ru'), ('ky',), ('uz', 'en'), ('en', 'az', 'uz'))
    """
    if lang in ROLE_STEMS:
        loans = grammar_for(lang).role_word_loans
        return (lang,) + tuple(x for x in loans if is_cyrillic(word) or not grammar_for(x).contact_language)
    return ("ru",) if is_cyrillic(word) else ("en", "az", "uz")


@lru_cache(maxsize=65536)
def is_role_word(word: str, lang: str) -> bool:
    """``is_role_word("жетекчиси", "ky") -> True``; ``is_role_word("Министерства", "ru") -> False``."""
    w = fold(word)
    for lg in _langs(lang, word):
        if w.startswith(NOT_ROLE.get(lg, ())):
            continue
        if stem_match(w, ROLE_STEMS.get(lg, ()), MAX_TAIL.get(lg, 4)):
            return True
    lead, _, head = w.rpartition("-")
    # a post with a short prefix joined by a hyphen: "экс-председатель", "вице-губернатора", "co-founder"
    return 0 < len(lead) <= 5 and lead.isalpha() and len(head) > 2 and is_role_word(head, lang)


@lru_cache(maxsize=65536)
def is_role_prefix(word: str, lang: str) -> bool:
    """Adjectives that open a role phrase: ``is_role_prefix("первый", "ru") -> True``."""
    w = fold(word)
    return any(stem_match(w, ROLE_PREFIX.get(lg, ()), 4) for lg in _langs(lang, word))


@lru_cache(maxsize=65536)
def is_org_word(word: str, lang: str) -> bool:
    """``is_org_word("борборунун", "ky") -> True``; ``is_org_word("Agentliyi", "az") -> True``."""
    w = fold(word)
    for lg in _langs(lang, word):
        tail = 3 if "first" in grammar_for(lg).org_heads else 7  # head-last: a possessive and a case follow
        if stem_match(w, ORG_STEMS.get(lg, ()), tail):
            return True
    return False


@lru_cache(maxsize=65536)
def is_stop(word: str, lang: str) -> bool:
    """Words that end an apposition: ``is_stop("edən", "az") -> True``."""
    w = fold(word)
    return any(w in APPOSITION_STOP.get(lg, ()) for lg in _langs(lang, word))


@lru_cache(maxsize=65536)
def is_conj(word: str, lang: str) -> bool:
    """``is_conj("жана", "ky") -> True``."""
    w = fold(word)
    return any(w in LIST_CONJ.get(lg, ()) for lg in _langs(lang, word))


_QUOTE_MARK = re.compile("[«„»“”\"]")
_BEFORE = all_before()
_AFTER = all_after()


def is_honorific(word: str) -> bool:
    """``is_honorific("cənab") -> True``; ``is_honorific("Mr.") -> True``."""
    return fold(word) in _BEFORE or fold(word).rstrip(".") in _BEFORE


def is_honorific_after(word: str) -> bool:
    """``is_honorific_after("мырза") -> True``."""
    return fold(word) in _AFTER


def quote_depth(text: str) -> list[int]:
    """Per character, how many quotation marks are open (guillemets and curly quotes).

    >>> quote_depth("a «b» c")
    [0, 0, 1, 1, 1, 0, 0]
    """
    depth, out, pos = 0, [], 0
    for m in _QUOTE_MARK.finditer(text):  # between two marks the depth stays as it is
        i = m.start()
        out.extend([depth] * (i - pos))
        pos = i + 1
        ch = m.group()
        if ch in "«„":
            depth += 1
            out.append(depth)
            continue
        if ch == "»" and depth:
            out.append(depth)
            depth -= 1
            continue
        if ch in "“”\"":
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            opening = (prev.isspace() or prev in "([:—–-") and not nxt.isspace()
            if opening:
                depth += 1
                out.append(depth)
                continue
            if depth:
                out.append(depth)
                depth -= 1
                continue
        out.append(depth)
    out.extend([depth] * (len(text) - pos))
    return out
