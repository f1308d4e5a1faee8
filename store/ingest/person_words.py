"""Which capitalized words can make up a person's name: runs of them, the words that cut a run
(places, bodies, roles, speech verbs), and words that can stand alone for a person.

Used by ``people._para_mentions``; pure functions over tokens.

>>> from store.ingest.doc import tokenize
>>> toks = tokenize("Вчера министр Анна Орлова открыла школу.")
>>> [[t.text for t in _words(toks, a, b)] for a, b in _runs(toks)]
[['Вчера'], ['Анна', 'Орлова']]
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon.grammar import grammar_for
from .lexicon.name_shapes import PATRONYMIC_WORDS, PLACE_BEFORE_IZAFET
from .lexicon.speech import is_speech_word
from .names import (_ru_parses, is_abbreviation, is_capitalized, is_cyrillic, is_initial, is_not_name, is_patronymic,
                    strip_case, surname_strength)
from .doc import Tok, fold, per_text
from .people_tokens import is_honorific, is_org_word, is_role_prefix, is_role_word
from .places import is_place_word


def _name_like(t: Tok) -> bool:
    """A capitalized word or an initial (a word opening with a lower-case letter is neither: one look)."""
    if t.kind != "w" or (t.text[0].isalpha() and not t.text[0].isupper()):
        return False
    return is_capitalized(t.text) or is_initial(t.text)


def _runs(toks: list[Tok]) -> list[tuple[int, int]]:
    """Index ranges of adjacent capitalized words, initials and trailing patronymic words."""
    runs, i, n = [], 0, len(toks)
    while i < n:
        if not _name_like(toks[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = toks[j]
            if _name_like(t) or (t.is_word and fold(t.text) in PATRONYMIC_WORDS):
                j += 1
            elif t.kind == "p" and t.text == "*" and j + 1 < n and _name_like(toks[j + 1]):
                j += 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _sentence_start(toks: list[Tok], i: int) -> bool:
    k = i - 1
    while k >= 0 and toks[k].kind == "p" and toks[k].text in "*«“\"„(":
        k -= 1
    return k < 0 or (toks[k].kind == "p" and toks[k].text in ".!?:")


@lru_cache(maxsize=65536)
def _blocker(word: str, lang: str) -> bool:
    """Capitalized words that cannot be part of a person's name."""
    return (is_not_name(word) or is_org_word(word, lang) or is_role_word(word, lang) or is_role_prefix(word, lang)
            or is_honorific(word) or is_abbreviation(word) or is_speech_word(word, lang)
            or (grammar_for(lang).morphology_dictionary and (_ru_place_name(word) or _ru_not_name_script(word))))


def _ru_not_name_script(word: str) -> bool:
    """In Russian text a person's name is written in Cyrillic (foreign names are transliterated): a
    Latin word is a brand, a body or an original spelling; a word with a lowercase part after a
    hyphen ("Гран-при") is no name either.

    >>> _ru_not_name_script("Companion"), _ru_not_name_script("Гран-при"), _ru_not_name_script("Жан-Мари")
    (True, True, False)
    """
    if not is_cyrillic(word):
        return any(c.isalpha() for c in word)
    return any(part[:1].islower() for part in word.split("-")[1:])


def _ru_place_name(word: str) -> bool:
    """A Russian word the dictionary knows only as a declined place, never as a name ("Японии", not a name that is also a place).

    A place reading the dictionary only guesses from the ending is no place: "Вальдзее" is a name.
    >>> _ru_place_name("Японии"), _ru_place_name("Вальдзее")
    (True, False)
    """
    parses = _ru_parses(word) if is_cyrillic(word) else ()
    geo = [p for p in parses if "Geox" in p.tag and p.is_known]
    return bool(geo) and all(p.tag.case != "nomn" and "Fixd" not in p.tag for p in geo) \
        and not any("Name" in p.tag or "Surn" in p.tag for p in parses)


def _after_place_name(toks: list[Tok], a: int, b: int, lang: str) -> int:
    """Where a person's name starts in the run *a*..*b* that follows a place word in the izafet ("ноҳияи
    Рашт Каримов Ҷамшед"): the place's name comes first, the person's two words (three with a patronymic) last.

    >>> from store.ingest.doc import tokenize
    >>> toks = tokenize("раиси ноҳияи Рашт Каримов Ҷамшед")
    >>> _after_place_name(toks, 2, 5, "tg"), _after_place_name(tokenize("ноҳияи Рашт Каримов"), 1, 3, "tg")
    (3, 1)
    """
    g = grammar_for(lang)
    if not g.izafet_endings or a == 0 or not toks[a - 1].is_word:
        return a
    head = fold(toks[a - 1].text)
    if not (head.startswith(PLACE_BEFORE_IZAFET) and head.endswith(g.izafet_endings)):
        return a
    words = [k for k in range(a, b) if toks[k].is_word]
    size = 3 if words and is_patronymic(strip_case(toks[words[-1]].text, lang)) else 2
    return words[-size] if len(words) > size else a


def _split_run(toks: list[Tok], a: int, b: int, lang: str) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    cur: list[int] = []
    g = grammar_for(lang)
    in_body = False  # inside a body's name whose words are linked by the izafet ("Созмони Байналмилалии Муҳоҷират")
    a = _after_place_name(toks, a, b, lang)
    for k in range(a, b):
        t = toks[k]
        if t.kind == "p":
            continue
        if k == a and g.morphology_dictionary and _sentence_start(toks, k) and _ru_opener(toks, k, b):
            continue
        if cur and is_cyrillic(toks[cur[-1]].text) != is_cyrillic(t.text):
            parts.append((cur[0], cur[-1] + 1))  # "Reuters Иванов": a name keeps to one script
            cur = []
        linked = in_body and bool(g.izafet_endings) and fold(toks[k - 1].text).endswith(g.izafet_endings)
        in_body = linked or (is_org_word(t.text, lang) and not is_role_word(t.text, lang))
        if linked:
            if cur:
                parts.append((cur[0], cur[-1] + 1))
            cur = []
            continue
        keep = is_patronymic(t.text) or (surname_strength(t.text, lang) == 2 and not is_org_word(t.text, lang))
        if is_initial(t.text) and cur and not is_initial(toks[cur[-1]].text) \
                and not _initials_close(toks, cur[-1], k, b, lang):
            parts.append((cur[0], cur[-1] + 1))
            cur = []
        if cur and k > a and is_place_word(t.text) and surname_strength(toks[cur[-1]].text, lang) == 2:
            parts.append((cur[0], cur[-1] + 1))  # "… sədri Aynur Həsənova Qəbələ Rayon Mərkəzində": the place opens a body
            cur = []
            continue
        if _blocker(t.text, lang) and not keep:
            if cur:
                parts.append((cur[0], cur[-1] + 1))
            cur = []
        else:
            cur.append(k)
    if cur:
        parts.append((cur[0], cur[-1] + 1))
    return parts


def _caps_word(t: Tok) -> bool:
    return t.kind == "w" and len(t.text) >= 3 and t.text.isupper() and t.text.isalpha()


def titled_caps(toks: list[Tok], lang: str) -> list[Tok]:
    """*toks* with a name written in capitals in title case: two words in capitals, or a capitalized given
    name and a family name in capitals, the family name known by its ending and neither word a body, role
    or place word ("СНХ: АЙГҮЛ СЕРІКОВА- ДИРЕКТОР", a TV script's caption; "Aziz KARIMOV (surat)").
    Three or more words in capitals in a row are a headline.

    >>> from store.ingest.doc import tokenize
    >>> [t.text for t in titled_caps(tokenize("СНХ: АЙГҮЛ СЕРІКОВА- ДИРЕКТОР"), "kk")][2:4]
    ['Айгүл', 'Серікова']
    >>> [t.text for t in titled_caps(tokenize("Aziz KARIMOV (surat)"), "uz")][:2]
    ['Aziz', 'Karimov']
    >>> [t.text for t in titled_caps(tokenize("ЕҢБЕК МИГРАЦИЯСЫ МӘСЕЛЕЛЕРІ"), "kk")][:2]
    ['ЕҢБЕК', 'МИГРАЦИЯСЫ']
    """
    caps = [k for k, t in enumerate(toks) if t.kind == "w" and len(t.text) >= 3 and t.text.isupper() and t.text.isalpha()]
    if not caps:
        return toks
    out = list(toks)
    runs: list[list[int]] = []  # words in capitals, each next to the other across one space
    for k in caps:
        if runs and runs[-1][-1] == k - 1 and toks[k].start - toks[k - 1].end == 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        if len(run) == 1:
            k = run[0]
            given = k - 1  # "Aziz KARIMOV": the given name before, in title case
            if given < 0 or toks[k].start - toks[given].end != 1 or not (toks[given].is_word and is_capitalized(toks[given].text)):
                continue
            run = [given, k]
        elif len(run) > 2:
            continue
        pair = [toks[k].text if not _caps_word(toks[k]) else toks[k].text[0] + toks[k].text[1:].lower() for k in run]
        if not any(surname_strength(w, lang) == 2 for w in pair) or any(_blocker(w, lang) for w in pair):
            continue
        if grammar_for(lang).morphology_dictionary and not any(_given_in_dict(w) for w in pair):
            continue
        for k, w in zip(run, pair):
            out[k] = toks[k]._replace(text=w)
    return out


def _initials_close(toks: list[Tok], last: int, k: int, b: int, lang: str) -> bool:
    """Initials that close a run after a family name belong to it ("Family I." in official lists and
    reports: "сардори шуъба Раҳимов Б."); initials followed by another name word open the next name.

    >>> from store.ingest.doc import tokenize
    >>> toks = tokenize("сардори шуъба Раҳимов Б., ва Каримов")
    >>> _initials_close(toks, 2, 3, 4, "tg"), _initials_close(tokenize("Раҳимов Б. Каримов"), 0, 1, 3, "tg")
    (True, False)
    """
    if any(toks[j].is_word and not is_initial(toks[j].text) for j in range(k, b)):
        return False
    return surname_strength(toks[last].text, lang) > 0


@lru_cache(maxsize=65536)
def _known_parses(word: str) -> tuple:  # type: ignore[type-arg]
    """The dictionary's parses of *word* that are known forms (asking pymorphy whether a form is
    known walks its dictionary again: once per word, not per run of capitalized words)."""
    return tuple(p for p in _ru_parses(word) if p.is_known)


def _words(toks: list[Tok], a: int, b: int) -> list[Tok]:
    return [t for t in toks[a:b] if t.is_word]


def _given_in_dict(word: str) -> bool:
    """pymorphy knows *word* as a first name or a surname (Russian text only)."""
    return any("Name" in p.tag or "Surn" in p.tag for p in _ru_parses(word))


@lru_cache(maxsize=65536)
def _lone_family(word: str, lang: str) -> bool:
    """A word that can be a family name standing alone, for natasha to confirm: a Russian family
    ending, the dictionary's family-name reading, or a word the dictionary does not know at all
    (a foreign family name); never a known place, body or given name.

    >>> _lone_family("Старовойтов", "ru"), _lone_family("Хиггинсон", "ru"), _lone_family("Москвы", "ru")
    (True, True, False)
    >>> _lone_family("Наталья", "ru"), _lone_family("Совет", "ru")
    (False, False)
    """
    if not grammar_for(lang).morphology_dictionary or not is_cyrillic(word) or len(word) < 3 or not is_capitalized(word) or _blocker(word, lang) \
            or any(c.isdigit() for c in word) or fold(word).endswith(("ских", "ские", "цких", "цкие")):
        return False  # "Формулы-1"; "Королёвских (чтениях)": a plural adjective names no one
    parses = _known_parses(word)
    if any({"Geox", "Orgn"} & set(p.tag.grammemes) for p in parses) or (parses and "Name" in parses[0].tag):
        return False
    return surname_strength(word, lang) == 2 or not parses or any("Surn" in p.tag for p in parses)


@lru_cache(maxsize=65536)
def _bare_family(word: str, lang: str) -> bool:
    """A word that can stand alone for a person: a Russian family name by its ending or the dictionary.

    >>> _bare_family("Соколова", "ru"), _bare_family("Москвы", "ru"), _bare_family("Асанов", "ky")
    (True, False, False)
    """
    if not grammar_for(lang).morphology_dictionary or not is_cyrillic(word) or len(word) < 4 or _blocker(word, lang) or not is_capitalized(word):
        return False
    if surname_strength(word, lang) == 2:
        return True
    parses = _ru_parses(word)
    return any("Surn" in p.tag for p in parses[:2]) and not any({"Geox", "Orgn", "Name"} & set(p.tag.grammemes)
                                                                   for p in parses)


_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "ADVB", "INTJ", "VERB", "INFN", "GRND", "PRED", "NPRO", "COMP"})


def _ru_opener(toks: list[Tok], k: int, b: int) -> bool:
    """The first word of a sentence, capitalized only by its place, is no part of the name after it
    (Russian): a word the dictionary knows only as a function word, adverb or verb ("Кроме Орлова"),
    or a common inanimate noun before one family name in the genitive ("Визит Орлова").

    >>> from store.ingest.doc import tokenize
    >>> [_ru_opener(tokenize(s), 0, 2) for s in ("Кроме Орлова", "Визит Орлова", "Алмаз Орлов", "Анна Орлова")]
    [True, True, False, False]
    """
    parses = _known_parses(toks[k].text)
    if not parses or any({"Name", "Surn", "Patr", "Geox", "Orgn"} & set(p.tag.grammemes) for p in parses):
        return False
    if all(p.tag.POS in _FUNCTION_POS for p in parses):
        return True
    rest = [t for t in toks[k + 1:b] if t.is_word]
    return len(rest) == 1 and all(p.tag.POS == "NOUN" and "inan" in p.tag for p in parses) \
        and any(("Surn" in p.tag or "Geox" in p.tag) and p.tag.case == "gent" for p in _ru_parses(rest[0].text))


@per_text(1024)
def _natasha_spans(text: str) -> tuple[tuple[int, int], ...]:
    """natasha's PER spans, each cut before a bracket (a foreign name's original spelling follows it
    there) and split at commas (a name has none: "Орлов, Седов" is a list of two).

    >>> s = "Сказал Джон Доу (John Doe)."
    >>> [s[a:b] for a, b in _natasha_spans(s)]
    ['Джон Доу']
    """
    from .nlp import ner_spans

    return tuple(part for start, stop, kind in ner_spans(text) if kind == "PER" for part in _name_parts(text, start, stop))


def _name_parts(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The parts of text[start:stop] that can each be one name: before a bracket, between commas,
    bullets and line breaks (a list of names).

    >>> s = "Орлов, Седов • Блинов (Orlov, Sedov)"
    >>> [s[a:b] for a, b in _name_parts(s, 0, len(s))]
    ['Орлов', 'Седов', 'Блинов']
    """
    cut = text.find("(", start, stop)
    if cut > start:
        stop = len(text[:cut].rstrip())
    out = []
    for part in re.finditer(r"[^,;•·|\n]+", text[start:stop]):
        lead = len(part.group()) - len(part.group().lstrip())
        out.append((start + part.start() + lead, start + part.start() + len(part.group().rstrip())))
    return out
