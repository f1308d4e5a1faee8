"""Name-shape rules: is a word a surname, a patronymic, an initial; cut case endings; put a
name into the nominative and into "Given Family" order; keys for matching across scripts.

All functions are pure and cheap; pymorphy3 is used only for Russian and loaded lazily.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from anyascii import anyascii

from .doc import APOSTROPHES, fold
from .lexicon.grammar import UND, grammar_for

from .lexicon.name_shapes import (
    ATTRIBUTIVE_ENDINGS,
    BACK_VOWELS,
    CASE_ENDINGS,
    FRONT_VOWELS,
    NOT_NAME_STEMS,
    PATRONYMIC_SUFFIXES,
    PATRONYMIC_WORDS,
    SURNAME_SUFFIXES_CYRL,
    SURNAME_SUFFIXES_LATN,
    WEAK_SURNAME_SUFFIXES_LATN,
)

_CYRL = re.compile(r"[\u0400-\u04ff]")
_GLUED_TURKIC = ("ұлы", "улы", "қызы", "кызы", "уулу", "uly", "uli", "qizi", "kyzy", "uulu")
_SHORT_TAILS = frozenset({"", "а", "е", "у", "ы", "и", "ка", "ко", "ке", "та", "то", "те", "ту", "тун", "тон",
                          "ун", "да", "до", "де", "дын", "дун", "го", "га", "ta", "da", "a", "e", "u", "un",
                          "da", "dan", "ya", "ya", "də", "a", "ə"})


_PATR_FOLDED = tuple(fold(s) for s in PATRONYMIC_SUFFIXES)


def is_cyrillic(word: str) -> bool:
    """``is_cyrillic("Токтосунов") -> True``; ``is_cyrillic("Səfərov") -> False``."""
    return bool(_CYRL.search(word))


@lru_cache(maxsize=65536)  # asked of every word, several times
def is_capitalized(word: str) -> bool:
    """A capital then at least one lower-case letter: ``is_capitalized("МОМ") -> False``."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and letters[0].isupper() and any(c.islower() for c in letters[1:])


def is_abbreviation(word: str) -> bool:
    """``is_abbreviation("USAID") -> True``; ``is_abbreviation("BMqT") -> True``; with a Turkic case
    suffix after a hyphen too: ``is_abbreviation("DMX-nin") -> True``, ``is_abbreviation("Ali-Zadə") -> False``."""
    letters = [c for c in word.split("-")[0] if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


@lru_cache(maxsize=65536)
def is_patronymic(word: str) -> bool:
    """``is_patronymic("Токтогулович") -> True``; ``is_patronymic("уулу") -> True``."""
    w = fold(word)
    return w in PATRONYMIC_WORDS or (len(w) > 5 and w.endswith(_PATR_FOLDED))


@lru_cache(maxsize=65536)
def surname_strength(word: str, lang: str = "") -> int:
    """2 for a clear family-name ending, 1 for a weak one, 0 otherwise.

    >>> surname_strength("Токтосунов"), surname_strength("Məmmədli"), surname_strength("Бакыт")
    (2, 1, 0)
    """
    w = fold(word)
    if len(w) < 4 or is_patronymic(word):
        return 0
    if is_cyrillic(w):
        genitives = grammar_for(lang).surname_like_genitives
        if genitives and w.endswith(genitives):
            return 0
        return 2 if w.endswith(SURNAME_SUFFIXES_CYRL) else 0
    if w.endswith(SURNAME_SUFFIXES_LATN):
        return 2
    return 1 if len(w) >= 5 and w.endswith(WEAK_SURNAME_SUFFIXES_LATN) else 0


@lru_cache(maxsize=65536)
def is_not_name(word: str) -> bool:
    """Places, months and common capitalized words: ``is_not_name("Бишкекте") -> True``;
    Turkic attributive words ("Сенаттағы", "Миграциялык"), but a surname under the ending is one.

    >>> is_not_name("Сенаттағы"), is_not_name("Миграциялык"), is_not_name("Абдулмалик"), is_not_name("Омаровдогу")
    (True, True, False, False)
    """
    w = fold(word)
    for e in ATTRIBUTIVE_ENDINGS:
        stem = w[:-len(e)]
        if w.endswith(e) and len(stem) >= 4 and not stem.endswith(SURNAME_SUFFIXES_CYRL + SURNAME_SUFFIXES_LATN):
            return True
    for k in range(len(w) + 1):  # each opening of the word that is a stem, looked up (not every stem tried)
        if w[:k] in _NOT_NAME_SET and ((w[k:] in _SHORT_TAILS) if k <= 3 else len(w) - k <= 4):
            return True
    return False


_NOT_NAME_SET = frozenset(NOT_NAME_STEMS)


def _harmonic(stem: str, ending: str) -> bool:
    """Kyrgyz/Kazakh vowel harmony of an ending with the last vowel of *stem*."""
    last = next((c for c in reversed(stem.lower()) if c in BACK_VOWELS or c in FRONT_VOWELS), None)
    ev = next((c for c in ending if c in BACK_VOWELS or c in FRONT_VOWELS), None)
    if last is None or ev is None:
        return True
    return (last in BACK_VOWELS) == (ev in BACK_VOWELS)


@lru_cache(maxsize=65536)
def strip_case(word: str, lang: str, *, given: bool = False) -> str:
    """Cut a Turkic case ending glued to a name.

    A surname loses the ending only when what is left still looks like a surname; a given name
    (``given=True``) only when the ending is harmonic and what is left is long enough.

    >>> strip_case("Токтосуновдун", "ky"), strip_case("Səfərovun", "az"), strip_case("Жолдошбекке", "ky", given=True)
    ('Токтосунов', 'Səfərov', 'Жолдошбек')
    >>> strip_case("Олимовичро", "tg")
    'Олимович'
    
    """
    endings = CASE_ENDINGS.get(lang) or ()
    if not endings and (not lang or lang == UND) and is_cyrillic(word):  # unidentified: Kyrgyz endings
        endings = CASE_ENDINGS["ky"]
    for a in APOSTROPHES:
        if word.endswith(a + "s"):
            return word[:-2]
    if not endings or is_patronymic(word):
        return word
    low = fold(word)
    for e in sorted(endings, key=len, reverse=True):
        if not low.endswith(e) or len(low) - len(e) < 3:
            continue
        stem = word[: len(word) - len(e)]
        if given:
            if len(e) >= 2 and len(stem) >= 4 and (len(e) >= 3 or _harmonic(stem, e)) and not stem[-1].lower() in "аеиоуыэюяaeiouəı":
                if is_cyrillic(stem) == is_cyrillic(e):
                    return stem
            continue
        if is_patronymic(stem) and len(e) >= 2:
            return stem  # "Олимовичро", "Олимовичнинг": a patronymic with the case of the whole name
        if surname_strength(stem, lang) == 2 and surname_strength(word, lang) < 2 or (
                surname_strength(stem, lang) == 2 and len(e) >= 2 and grammar_for(lang).dative_suffixes  # cases are suffixes
                and not fold(word).endswith(("ova", "eva", "yeva", "ова", "ева"))):
            return stem
    return word


# --- Russian morphology --------------------------------------------------------------------

_RU_MASC_GIVEN = (("ом", ""), ("ем", "й"), ("ым", ""), ("а", ""), ("я", "й"), ("у", ""), ("ю", "й"), ("е", ""))
_RU_FEM_GIVEN = (("ой", "а"), ("ей", "я"), ("ы", "а"), ("и", "я"), ("у", "а"), ("ю", "я"), ("е", "а"))


@lru_cache(maxsize=8192)
def _ru_parses(word: str) -> tuple[Any, ...]:  # pymorphy3's Parse objects (no type information)
    from .nlp import pymorphy

    return tuple(pymorphy().parse(word))


def _ru_family_in_vich(given: str, word: str) -> bool:
    """A given name then a word in -ович/-евич the dictionary does not know as a patronymic: a family
    name (Serbian, Belarusian, Jewish families end so: "Марко Бранкович"), not a father's name,
    whether or not the dictionary holds the given name ("Предраг Бранкович").

    >>> _ru_family_in_vich("Марко", "Бранкович"), _ru_family_in_vich("Иван", "Петрович")
    (True, False)
    >>> _ru_family_in_vich("Предраг", "Бранкович")
    True
    """
    if not is_cyrillic(word) or not is_cyrillic(given) or not fold(word).endswith(("ович", "евич")):
        return False
    return not any("Patr" in p.tag and p.is_known for p in _ru_parses(word))


def _keep_case(model: str, new: str) -> str:
    return new[:1].upper() + new[1:] if model[:1].isupper() else new


def ru_surname_case(word: str) -> tuple[str, str, str] | None:
    """Gender, case and nominative of a Russian-declined surname, by its ending.

    >>> ru_surname_case("Жумабековым"), ru_surname_case("Жумабековой")
    (('masc', 'ablt', 'Жумабеков'), ('femn', 'obl', 'Жумабекова'))
    """
    w = word.lower()
    table = {"": ("masc", "nomn", ""), "а": ("?", "gent|nomn", ""), "у": ("?", "datv|accs", ""),
             "ым": ("masc", "ablt", ""), "ом": ("masc", "ablt", ""), "е": ("masc", "loct", ""),
             "ой": ("femn", "obl", "а")}
    for suf in ("ов", "ев", "ёв", "ин", "ын"):
        base = w.rfind(suf)
        if base < 2:
            continue
        tail = w[base + 2:]
        if tail in table:
            gender, case, add = table[tail]
            return gender, case, word[: base + 2] + add
    return None


def _ru_given_nominative(word: str, gender: str) -> str:
    """``_ru_given_nominative("Бакытом", "masc") -> "Бакыт"`` (dictionary first, then endings)."""
    if not is_cyrillic(word):
        return word
    parses = [p for p in _ru_parses(word) if "Name" in p.tag]
    for p in parses:
        if gender in ("?", None) or p.tag.gender == gender:
            if p.tag.case == "nomn":
                return word
            inf = p.inflect({"nomn"})
            if inf:
                return _keep_case(word, inf.word)
    low = word.lower()
    table = _RU_MASC_GIVEN if gender == "masc" else _RU_FEM_GIVEN
    for end, repl in table:
        if low.endswith(end) and len(low) - len(end) >= 3:
            stem = word[: len(word) - len(end)]
            if end in ("а", "я", "у", "ю", "е") and gender == "masc" and stem[-1].lower() in "аеиоуыэюя":
                continue
            return stem + repl
    return word


def ru_noun_cases(word: str) -> list[tuple[str, str]]:
    """``(case, number)`` of each noun reading of a Russian word: ``ru_noun_cases("министра")`` holds ``("gent", "sing")``."""
    return [(p.tag.case, p.tag.number) for p in _ru_parses(word) if p.tag.POS == "NOUN"]


def ru_nominative(given: str | None, family: str, *, oblique: bool = False) -> tuple[str | None, str]:
    """Russian (given, family) in the nominative, agreeing in gender and case.

    ``oblique``: the words before the name govern the genitive or accusative ("по словам …",
    "заместителя мэра …"), so "-ова" is a man's surname in that case, not a woman's nominative.

    >>> ru_nominative("Бакытом", "Жумабековым")
    ('Бакыт', 'Жумабеков')
    >>> ru_nominative("Гульнур", "Жумабекова")
    ('Гульнур', 'Жумабекова')
    >>> ru_nominative("Улана", "Токтосунова", oblique=True)
    ('Улан', 'Токтосунов')
    """
    info = ru_surname_case(family)
    if info is None:
        if oblique and _ru_genitive_a(family) and (given is None or _given_reading(given) is None
                                                   and not _ru_feminine_genitive(given)):
            # "уважаемого Алишери Кодира": a man's family name in the genitive after a given name that does not decline
            return (given[:-1] if given and _ru_genitive_a(given) else given), family[:-1]
        return _ru_by_given_case(given, family)
    gender, case, base = info
    if case == "nomn":
        return given, family
    if oblique and case == "gent|nomn" and given and len(given.rstrip(".")) > 2 \
            and not any("Name" in p.tag and p.tag.gender == "femn" and p.tag.case in ("gent", "accs")
                        for p in _ru_parses(given)):
        return _ru_given_nominative(given, "masc"), base
    if given is None or len(given.rstrip(".")) <= 2:
        if gender == "femn":
            return given, base
        return given, (base if case != "gent|nomn" or oblique else family)  # "президента Соколова": his genitive
    g_low = given.lower()
    if case == "gent|nomn":  # -ова: masculine genitive or feminine nominative
        if _given_reading(given) == ("masc", "gent"):
            return _ru_given_nominative(given, "masc"), base
        return given, family
    if case == "datv|accs":  # -ову: masculine dative or feminine accusative
        if g_low.endswith(("у", "ю")) and any("Name" in p.tag and p.tag.gender == "femn" for p in _ru_parses(given)):
            return _ru_given_nominative(given, "femn"), base + "а"
        return _ru_given_nominative(given, "masc"), base
    if gender == "femn":
        return _ru_given_nominative(given, "femn"), base
    return _ru_given_nominative(given, "masc"), base


def _given_reading(given: str) -> tuple[str, str] | None:
    """The gender and case of a Russian given name when the dictionary is fairly sure of them (its
    likeliest reading twice as likely as the next); an animate accusative counts as the genitive.

    >>> _given_reading("Дмитрия"), _given_reading("Анна"), _given_reading("Влада"), _given_reading("Алия")
    (('masc', 'gent'), ('femn', 'nomn'), ('masc', 'gent'), None)
    """
    weights: dict[tuple[str, str], float] = {}
    for p in _ru_parses(given):
        if "Name" not in p.tag:
            continue
        case = "gent" if p.tag.case == "accs" and p.tag.gender == "masc" else str(p.tag.case)
        key = (str(p.tag.gender) if p.tag.gender in ("masc", "femn") else "masc", case)
        weights[key] = max(weights.get(key, 0.0), p.score)  # a guess spreads evenly: no reading adds up
    if not weights:
        return None
    ranked = sorted(weights.values(), reverse=True)
    best = max(weights, key=lambda k: weights[k])
    return best if len(ranked) == 1 or ranked[0] >= 2 * ranked[1] else None


def _ru_genitive_a(word: str) -> bool:
    """A Cyrillic name word ending in a consonant then "-а": a consonant-final name in the genitive.

    >>> _ru_genitive_a("Кодира"), _ru_genitive_a("Алишери"), _ru_genitive_a("Ия")
    (True, False, False)
    """
    w = fold(word)
    return len(w) >= 4 and is_cyrillic(w) and w.endswith("а") and w[-2] not in "аеёиоуыэюяьйъ"


def _ru_feminine_genitive(word: str) -> bool:
    """A given name in a woman's genitive: "-ы", or "-и" after a velar or hushing consonant.

    >>> _ru_feminine_genitive("Гульнары"), _ru_feminine_genitive("Малики"), _ru_feminine_genitive("Алишери")
    (True, True, False)
    """
    w = fold(word)
    return w.endswith("ы") or (w.endswith("и") and w[-2:-1] in set("гкхжшчщ"))


def _ru_by_given_case(given: str | None, family: str) -> tuple[str | None, str]:
    """A name whose surname is not of the -ов/-ин kind takes its case from the given name when the given
    name's case is sure ("Виктором Ковальчуком", "Джорджа Смита"): both go back to the nominative.

    >>> _ru_by_given_case("Виктором", "Ковальчуком")
    ('Виктор', 'Ковальчук')
    >>> _ru_by_given_case("Анна", "Шмидт")
    ('Анна', 'Шмидт')
    >>> _ru_by_given_case("Петру", "Белогорскому")  # a family name of the adjective kind declines as one
    ('Пётр', 'Белогорский')
    """
    if not given or not is_cyrillic(given) or not is_cyrillic(family):
        return given, family
    reading = _given_reading(given)
    if reading is None or reading[1] == "nomn":
        return given, family  # unknown, already nominative, or ambiguous
    gender, case = reading
    parses = sorted(_ru_parses(family), key=lambda p: "Surn" not in p.tag)  # a surname reading first
    for p in parses:
        if p.tag.case in (case, "accs" if case == "gent" else case) and p.tag.number != "plur" \
                and p.tag.gender in (gender, None) and ("Surn" in p.tag or p.tag.POS in ("NOUN", "ADJF")):
            inf = p.inflect({"nomn"})
            if inf and inf.word != family.lower() and abs(len(inf.word) - len(family)) <= 3:
                return _ru_given_nominative(given, gender), _keep_case(family, inf.word)
    return _ru_given_nominative(given, gender), family  # "Анной Шмидт": the surname does not decline


# --- order and keys ------------------------------------------------------------------------

def is_initial(word: str) -> bool:
    """``is_initial("R.") -> True``; ``is_initial("Sh.") -> True``; ``is_initial("Иван") -> False``."""
    core = word.rstrip(".")
    return word.endswith(".") and 1 <= len(core) <= 2 and core[:1].isupper()


def order_name(words: list[str], lang: str = "") -> tuple[str | None, str | None, str | None]:
    """Split name words into (given, family, patronymic), whatever the written order.

    >>> order_name(["Асанов", "Бакыт", "Токтогулович"])
    ('Бакыт', 'Асанов', 'Токтогулович')
    >>> order_name(["Жумабекова", "Гульнур"])
    ('Гульнур', 'Жумабекова', None)
    >>> order_name(["Нурбек", "Асан", "уулу"])
    ('Нурбек', None, 'Асан уулу')
    """
    words = [w for w in words if w]
    patr = None
    if len(words) >= 2 and fold(words[-1]) in PATRONYMIC_WORDS:
        patr = words[-2] + " " + words[-1]
        words = words[:-2]
        if len(words) == 1:
            return words[0], None, patr
    rest = []
    for w in words:
        if patr is None and is_patronymic(w) and len(words) > 1:
            patr = w
        else:
            rest.append(w)
    if not rest:
        return None, None, patr
    if len(rest) == 1:
        if patr and " " not in patr and fold(patr).endswith(_GLUED_TURKIC):
            return rest[0], patr, None  # Kazakh/Kyrgyz family names in -ұлы/-қызы/-уулу
        if patr and " " in patr:
            return rest[0], None, patr
        if patr and _ru_family_in_vich(rest[0], patr):
            return rest[0], patr, None
        return None, rest[0], patr
    initials = [w for w in rest if is_initial(w)]
    if initials:
        full = [w for w in rest if not is_initial(w)]
        return " ".join(initials), " ".join(full) or None, patr
    strengths = [surname_strength(w, lang) for w in rest]
    if len(rest) == 2:
        if strengths[0] > strengths[1]:
            return rest[1], rest[0], patr
        if strengths[0] == strengths[1] and patr is not None and words.index(patr) == len(words) - 1 \
                and strengths[0] > 0:
            return rest[1], rest[0], patr  # "Family Given Patronymic"
        return rest[0], rest[1], patr
    # three or more words: the strongest surname is the family name; the others are given names
    best = max(range(len(rest)), key=lambda i: (strengths[i], i))
    given = " ".join(w for i, w in enumerate(rest) if i != best)
    return given, rest[best], patr


_PHON = (
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("sh", "s"), ("ch", "c"), ("ts", "c"),
    ("yo", "e"), ("ye", "e"), ("yu", "u"), ("ya", "a"), ("iy", "i"), ("q", "g"), ("x", "h"), ("w", "v"),
    ("y", "i"), ("k", "k"), ("ph", "f"),
)
_AZ_LATN = str.maketrans({"c": "j", "ç": "ch", "ş": "sh", "x": "kh", "ğ": "gh", "ə": "a", "ı": "y", "ö": "o",
                          "ü": "u", "q": "g"})
_UZ_LATN = str.maketrans({"x": "kh", "q": "k", "'": "", "ʻ": "", "‘": "", "’": ""})


def translit(text: str) -> str:
    """Lower-case ASCII of a name in any script: ``translit("Vəli") -> "vali"``, ``translit("Тофиг") -> "tofig"``."""
    t = unicodedata.normalize("NFC", text).lower()
    if not is_cyrillic(t):
        if any(c in t for c in "əğıç"):
            t = t.translate(_AZ_LATN)
        elif any(c in t for c in "'ʻ‘’"):
            t = t.translate(_UZ_LATN)
    out = anyascii(t).lower()
    return re.sub(r"[^a-z ]+", "", out)


@lru_cache(maxsize=65536)  # asked for both names of every pair of mentions compared
def phonetic_key(text: str) -> str:
    """A coarse sound key for cross-script matching.

    >>> phonetic_key("Qriqoryev") == phonetic_key("Григорьев")
    True
    >>> phonetic_key("Жумабеков") == phonetic_key("Жумабаев")
    False
    """
    t = translit(text)
    for a, b in _PHON:
        t = t.replace(a, b)
    words = []
    for w in t.split():
        if not w:
            continue
        head, tail = w[0], w[1:]
        skel = re.sub(r"[aeiouh]", "", tail)
        head = {"h": "", "e": "", "i": "", "a": "", "o": "", "u": ""}.get(head, head)
        words.append((head + skel) or w[:1])
    return " ".join(words)


def name_key(name: str) -> str:
    """Order-free, case-free key of a nominative name: ``name_key("Гульнур Жумабекова") == name_key("жумабекова гульнур")``."""
    return " ".join(sorted(translit(w) for w in name.split() if not is_patronymic(w)))
