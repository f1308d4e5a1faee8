"""Organization names in a paragraph, and whether the text makes them organizers or funders.

Spans come from organization-type head words (``lexicon/orgs.py``): head-last languages (ky, kk,
uz, az) walk back from the head to the first capitalized word ("Жаштарды колдоо
борбору", "Gənclər Xidmətləri Agentliyi"); head-first ones (ru, tg, en) take the adjectives before
the head and the genitive complement after it ("Государственным комитетом по делам религии").
Known abbreviations (USAID, МОМ/IOM/BMqT, ОБСЕ/OSCE, ООН/БУУ/BMT, …) link a name to its
expansions, and a capitalized run right after a cue ("при поддержке Acme Relief") is a name too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .doc import tokenize
from .lexicon import orgs as lex
from .lexicon.events import PROJECT_WORDS, ROUND_TABLE_FIRST, ROUND_TABLE_SECOND
from .lexicon.grammar import LANGUAGES, Grammar, every, every_pattern, grammar_for, languages_with
from .org_keys import abbreviations, link_key
from .people_tokens import is_role_word
from .lexicon.org_types import TYPE_ABBREVIATIONS, TYPE_QUALIFIERS
from .lexicon.roles import MINISTRY_STEMS

_CAP = re.compile(r"^[A-ZА-ЯЁӨҮҢҚҒҰӘІҲҶӢӮƏİŞÇĞÖÜЎ]")
_UPPER_ABBR = re.compile(r"^[A-ZА-ЯЁӨҮҢҚҒҰӘІƏİŞÇĞÖÜ][A-ZА-ЯЁӨҮҢҚҒҰӘІƏİŞÇĞÖÜa-zq]{1,7}$")
_RU_ADJ = re.compile(every_pattern("adjective_endings"))  # an agreeing adjective (Russian)
_PARTICIPLE = re.compile(every_pattern("participle_markers"))
_SURNAME = re.compile(r"(?:" + "|".join(every("surname_endings")) + r")$")
_STRONG_SURNAME = re.compile(r"(?:" + "|".join(every("strong_surname_endings")) + r")$")
_PREP = frozenset(every("stop_prepositions"))
_RIGHT_LINK = frozenset(every("name_links"))  # inside a head-first name, after its head
_COMPLEMENT = frozenset(every("complement_preps"))  # "по", "оид", "of": a head-first name's complement follows
_FIRST_LANGS = languages_with("first")
_LAST_LANGS = languages_with("last")
_CONJ = frozenset(every("conjunctions"))
_FIRST_CONJ = frozenset(every("conjunctions", _FIRST_LANGS))  # "и", "ва", "and"
# "Gənclər və İdman Nazirliyi": a postpositional language's conjunction inside a head-last name
_CONJ_WORDS = frozenset(every("conjunctions", tuple(c for c in LANGUAGES if grammar_for(c).adposition == "post")))


@dataclass(frozen=True, slots=True)
class OrgHit:
    """One organization mention; ``key`` links spellings of one body (an abbreviation key)."""

    name: str
    start: int
    end: int
    key: str | None = None
    nominative: bool = True
    head: str = ""  # "first" | "last" | "abbr" | "cue"
    rule: str = ""  # the rule of ``org_roles`` that gave it its role (``rules.RULES``)


class _Tables(NamedTuple):
    """The organization lexicon indexed for lookup."""

    first: dict[str, tuple[str, ...]]  # language -> head-first head stems
    last: dict[str, tuple[str, ...]]  # language -> head-last head stems
    abbr: dict[str, str]  # an abbreviation's spelling -> its key
    expansions: list[tuple[list[str], str]]  # the casefolded words of an expansion, its key


class Token(NamedTuple):
    """A word or punctuation mark of a paragraph, with its span."""

    text: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    first = {lang: tuple(stems) for lang, stems in lex.HEADS_FIRST.items()}
    last = {lang: tuple(stems) for lang, stems in lex.HEADS_LAST.items()}
    abbr, expansions = abbreviations()
    return _Tables(first, last, abbr, expansions)


def _tokens(text: str) -> list[Token]:
    return [Token(t.text, t.start, t.end) for t in tokenize(text)]


def _is_word(tok: str) -> bool:
    return tok[0].isalnum() and not tok[0].isdigit()


@lru_cache(maxsize=64)
def _stem_index(stems: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for s in stems:
        index.setdefault(s[:2], []).append(s)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


@lru_cache(maxsize=1 << 14)  # a word is asked about again and again: once per token, per walk, per language
def _head_match(tok: str, stems: tuple[str, ...]) -> str | None:
    low = tok.replace("İ", "i").casefold()
    if low.startswith(lex.NOT_HEAD_PREFIXES):
        return None
    for s in _stem_index(stems).get(low[:2], ()):
        if low.startswith(s) and not low[len(s):].startswith(_AGENT_SUFFIXES):
            return s
    return None


# "təşkilatçı(lığı)" is the organizer (or organizing), not the organization: an agent suffix ends a head
_AGENT_SUFFIXES = every("agent_suffixes")


def _nominative_rest(rest: str) -> bool:
    """A head-last head with only a possessive ending: "борбору", "Nazirliyi", "бірлестігі"."""
    return len(rest) <= 3 and not _CASE_END.search(rest)


_CASE_END = re.compile(r"(?:" + "|".join(every("head_case_endings")) + r")$")  # n: "Xidməti-nin"




_DATIVE_END = re.compile(r"(?:" + "|".join(every("dative_suffixes")) + r")$")
_VOWELS = frozenset("аоуыэеёюяиөүәіұaeiouıəöü")


def _dative(low: str) -> bool:
    """A Turkic dative: its k/q form ("-ка", "-қа", "-ka", "-qa") follows a voiceless consonant, never a vowel, so
    a loanword ending so is a nominative ("pedagogika instituti").

    >>> _dative("oilalarga"), _dative("ishtirokka"), _dative("pedagogika"), _dative("статистика")
    (True, True, False, False)
    """
    m = _DATIVE_END.search(low)
    if m is None:
        return False
    return not (m.group(0)[:1] in "kqкқ" and low[m.start() - 1:m.start()] in _VOWELS)
_VERBAL_NOUN = re.compile(r"(?:" + "|".join(every("verbal_noun_suffixes")) + r")$")


def _name_starts_before(toks: list[Token], j: int, last_stems: tuple[str, ...]) -> bool:
    """Whether a capitalized word opens the phrase that a conjunction at *j* sits in."""
    k = j - 1
    while k >= 0 and j - k <= 6:
        t = toks[k][0]
        if t == ",":
            k -= 1
            continue
        if not _is_word(t) or t.casefold() in lex.STOP_WORDS or _head_match(t, last_stems):
            return False
        if _CAP.match(t):
            prev = toks[k - 1][0] if k > 0 else ""
            return not prev or not _is_word(prev) or any(c.isdigit() for c in prev) \
                or prev.casefold() in lex.STOP_WORDS or bool(_LOC_WORD.match(prev.casefold()))
        k -= 1
    return False


def _walk_back(toks: list[Token], i: int, last_stems: tuple[str, ...], kind_words: re.Pattern[str], g: Grammar) -> int | None:
    """Start index of a head-last name ending at token *i*, or None when no capital starts it.

    Title Case names (English) are capitalised words (and of/for/and/the) up to the head: a comma or a
    lowercase word ends them ("said Maria Lindqvist, IOM Chief of Mission" is no name).
    """
    j = i - 1
    earliest = None
    steps = 0
    title_case = g.name_case == "every-word"
    while j >= 0 and steps < 9:
        tok = toks[j][0]
        low = tok.replace("İ", "i").casefold()
        if title_case and (tok == "," or (_is_word(tok) and not _CAP.match(tok) and low not in g.capitalised_name_links)):
            break
        if tok in _CLOSE_Q and title_case and earliest is not None and earliest != j + 1:
            break
        if tok == ")" and not title_case and j >= 3 and toks[j - 2][0] == "(" and _UPPER_ABBR.match(toks[j - 1][0]) \
                and _CAP.match(toks[j - 3][0]):
            j -= 3  # "Təşkilatının (BMqT) Gürcüstandakı Nümayəndəliyi": the abbreviation of the part before
            steps += 1
            continue
        if tok in _CLOSE_Q:
            k = next((k for k in range(j - 1, max(-1, j - 14), -1) if toks[k][0] in _OPEN_Q), None)
            if k is not None:
                earliest = k
            break
        if (low in _CONJ or low == ",") and j > 0 and _CAP.match(toks[j - 1][0]) \
                and _is_word(toks[j - 1][0]) and not _head_match(toks[j - 1][0], last_stems) \
                and (_CAP.match(toks[j + 1][0]) or low != "," or any(t[0] in _CONJ_WORDS for t in toks[j + 1:i])):
            j -= 1
            steps += 1
            continue
        if (tok == "," and j > 0 and _is_word(toks[j - 1][0]) and any(t[0] in _CONJ_WORDS for t in toks[j + 1:i])) \
                or (low in _CONJ_WORDS and _name_starts_before(toks, j, last_stems)):
            j -= 1
            steps += 1
            continue
        if _STRONG_SURNAME.search(tok) and _CAP.match(tok) and j > 0 and _CAP.match(toks[j - 1][0]) \
                and not title_case and not _head_match(tok, last_stems) and not _places_re().match(toks[j - 1][0]):
            break  # "… yordamchisi Botir Xolmatov | oilalarga …": a person's name is no part of a body's
        if g.dative_suffixes and not _CAP.match(tok) and _dative(low) \
                and not (j + 1 < i and (toks[j + 1][0].casefold() in lex.SUBORDINATE_WORDS
                                        or any(_VERBAL_NOUN.search(t[0].casefold()) for t in toks[j + 1:min(i, j + 3)]))):
            # "oilalarga | tuman hokimligi": a dative is the object of a verb, not part of the name; but
            # "… мигранттарына көмөктөшүү борбору": the object of the verbal noun inside the name
            break
        if not _is_word(tok) or low in lex.STOP_WORDS or kind_words.match(low) \
                or (low in ROUND_TABLE_SECOND and j > 0 and toks[j - 1][0].casefold() in ROUND_TABLE_FIRST):
            break  # "Тегерек стол | Сорос-Кыргызстан фондунун колдоосу менен"
        stem = _head_match(tok, last_stems)
        if stem and _nominative_rest(low[len(stem):]) and stem not in g.adjective_heads \
                and not _regional_branch(toks, j) \
                and not (i == j + 2 and toks[j + 1][0].replace("İ", "i").casefold() in TYPE_QUALIFIERS):
            break  # another body in the nominative ends here; not before a legal form ("… Mərkəzi İctimai Birliyi")
        if _SUBORD_WORD.fullmatch(low) or _LOC_WORD.match(low) \
                or (_places_re().match(tok) and _LOC_END.search(low)):
            break  # "Нарын шаарында", "Gəncədə": the place of the event, not part of a name
        if _CAP.match(tok):
            earliest = j
        j -= 1
        steps += 1
    if _CAP.match(toks[i][0]) and earliest is None:
        return i
    return earliest


def _head_nominative(word: str, lang: str = "") -> bool:
    """Whether a head-last head word is in the nominative: "бөлүмү" yes, "бөлүмүнүн" no."""
    last = _tables().last
    stems = tuple(st for lg in ([lang] if lang else list(last)) for st in last.get(lg, ()))
    stem = _head_match(word, stems) if stems else None
    return bool(stem) and stem is not None and _nominative_rest(word.replace("İ", "i").casefold()[len(stem):])


def _regional_branch(toks: list[Token], j: int) -> bool:
    """Whether the head at *j* is a state body whose regional unit follows: "… агентлиги Андижон
    вилояти бўлими" is the agency's regional department, one name, not two bodies. The region word
    is the plain possessive ("вилояти", not "облустук" or "облысының"), and a body with a quoted
    name ("«X» фонду Нарын облусу …") is complete: what follows is another body."""
    if j + 2 >= len(toks) or not _CAP.match(toks[j + 1][0]):
        return False
    if toks[j + 2][0].casefold() not in _region_words():
        return False
    return not any(t[0] in _CLOSE_Q or t[0] in _OPEN_Q for t in toks[max(0, j - 6):j])


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    """The possessive forms of the region words ("вилояти", "облусу") from the places lexicon."""
    from .lexicon.places import REGION_AFTER

    return frozenset(form for word, form in REGION_AFTER.items() if form != word)


_PROJECT_WORDS = PROJECT_WORDS  # read by org_roles
_SUBORD_WORD = re.compile("|".join(lex.SUBORDINATE_AFTER))
_LOC_WORD = re.compile(r"^(?:" + "|".join(every("settlement_words")) + r")\w*(?:да|де|та|те|нда|нде|da|də|ida|ində)$")
_LOC_END = re.compile(r"(?:" + "|".join(every("locative_suffixes")) + r")$")
_OPEN_Q = {"«", "“", "\"", "„"}
_CLOSE_Q = {"»", "”", "\"", "“"}
TYPE_ABBR = TYPE_ABBREVIATIONS  # read by org_roles


def _quoted_end(toks: list[Token], j: int) -> int | None:
    """Index of the closing quote when token *j* opens a quoted name."""
    if j < len(toks) and toks[j][0] in _OPEN_Q:
        return next((k for k in range(j + 1, min(len(toks), j + 14)) if toks[k][0] in _CLOSE_Q), None)
    return None


def _walk_right(toks: list[Token], i: int, g: Grammar, places_re: re.Pattern[str]) -> int:
    """Last token index of a head-first name starting with its head at *i*."""
    end = i
    j = i + 1
    phase_a = True
    named = parent = False  # a capitalised name after the head ("Фонда Сорос-Кыргызстан"): the name is complete
    purpose = False  # the name has a "по …" complement, whose object may follow with "с"
    taken = 0
    title_case = g.name_case == "every-word"
    while j < len(toks) and taken < 10:
        tok = toks[j][0]
        low = tok.casefold()
        q = _quoted_end(toks, j)
        if q is not None:
            return q
        if tok == "," and j + 1 < len(toks) and toks[j + 1][0][:1].islower() \
                and any(t[0] in _FIRST_CONJ for t in toks[j + 1:j + 5]):
            j += 1
            taken += 1
            continue
        if tok == "," and title_case and j + 1 < len(toks) and _CAP.match(toks[j + 1][0]) \
                and not places_re.match(toks[j + 1][0]) \
                and any(toks[m][0] == "and" and _CAP.match(toks[m + 1][0]) for m in range(j + 1, min(j + 5, len(toks) - 1))):
            j += 1  # "Ministry of Labour, Social Security and Migration": a list inside the name
            taken += 1
            continue
        if not _is_word(tok):
            break
        if _CAP.match(tok):
            if j + 1 < len(toks) and _CAP.match(toks[j + 1][0]) and _SURNAME.search(toks[j + 1][0]) \
                    and not _UPPER_ABBR.match(tok) and not places_re.match(tok) and not parent:
                break  # "… Защиты Бакыт Токтосунов": a person follows; not "при Кабинете Министров"
            if len(tok) == 1 and j + 2 < len(toks) and toks[j + 1][0] == "." and _CAP.match(toks[j + 2][0]) \
                    and (_SURNAME.search(toks[j + 2][0]) or (len(toks[j + 2][0]) == 1 and j + 3 < len(toks)
                                                            and toks[j + 3][0] == ".")):
                break  # "управления Т. Сыдыков", "Т.Т. Сыдыков": an initial opens a person's name
            izafet = toks[j - 1][0].casefold().endswith(g.izafet_endings)  # "Хадамоти муҳоҷирати Вазорати …"
            if phase_a or izafet or _UPPER_ABBR.match(tok) or places_re.match(tok) \
                    or low.startswith(("республик", "federat")):
                end = j
                named = named or (not parent and not _RU_ADJ.search(low))  # "Карагандинской" still wants its noun
            else:
                break
        elif low == "при" and j + 1 < len(toks) and re.match(
                r"(?:поддержк|содействи|финансировани|участи|помощ|партн[её]рств|сотрудничеств)",
                toks[j + 1][0].casefold()):
            break  # "Управление … | при содействии фонда": the funder's cue, not "при Правительстве"
        elif purpose and low in g.object_preps and j + 1 < len(toks) \
                and toks[j + 1][0][:1].islower():
            phase_a = False  # "Центр по борьбе | с торговлей людьми": the object of its purpose
        elif j + 1 < len(toks) and (low, toks[j + 1][0].casefold()) in g.name_adverbials:
            end = j + 1  # "Фонд поддержки студентов | за рубежом"
            j += 2
            taken += 2
            continue
        elif low == "and" and j + 1 < len(toks) and (toks[j + 1][0].endswith(("’s", "'s")) or toks[j + 1][0] == "the"):
            break  # "… Youth and Sports | and Kyrgyzstan’s Ombudsman", "… | and the Steppe Centre": another body
        elif low in lex.PARENT_LINKS and j + 1 < len(toks) and _CAP.match(toks[j + 1][0]):
            phase_a = parent = True  # "Агентство миграции при Кабинете Министров": the parent's name is part of the name
        elif parent and is_role_word(tok, g.code):
            break  # "Совет при Президенте по … | глава РФ": a person's role ends the name
        elif low in _RIGHT_LINK:
            purpose = purpose or low in g.complement_preps
            phase_a = low in _COMPLEMENT or title_case
        elif low == g.name_place_preposition and j + 1 < len(toks) and _CAP.match(toks[j + 1][0]):
            phase_a = True  # "Созмони амният ва ҳамкорӣ дар Аврупо": "in Europe" is part of the name
        elif g.verb_endings and (named or low in g.auxiliaries or (len(low) > 4 and _pattern(g.verb_endings).search(low))
                                 or (len(low) > 5 and _pattern(g.short_participle_endings or "$^").search(low))):
            break  # "Фонда Сорос-Кыргызстан | был проведен", "Центра … | организован"
        elif title_case or low in lex.STOP_WORDS or low in _PREP \
                or _kind_words().match(low) or low in ROUND_TABLE_FIRST:
            break
        elif g.izafet_endings and not toks[j - 1][0].endswith(g.izafet_endings + g.conjunctions + (",",)):
            break
        else:
            phase_a = False
            end = j
        j += 1
        taken += 1
    return end


@lru_cache(maxsize=64)
def _pattern(regex: str) -> re.Pattern[str]:
    """A grammar field's regex, compiled once."""
    return re.compile(regex)


@lru_cache(maxsize=1)
def _places_re() -> re.Pattern[str]:
    from .lexicon import places as pl

    forms: set[str] = set()
    for block in (pl.COUNTRIES, pl.CITIES, pl.REGIONS):
        for line in block.strip().splitlines():
            forms.update(f.strip() for f in line.partition(":")[2].split("|") if f.strip())
    stems = sorted({f[:-1] if len(f) > 4 and f[-1] in "аяь" else f for f in forms}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(s) for s in stems) + r")")


@lru_cache(maxsize=1)
def _kind_phrases() -> re.Pattern[str]:
    """Event words and phrases ("тегерек стол", "дөңгелек үстел") at the start of a text."""
    from .lexicon.events import KIND_WORDS

    words = sorted({w for ws in KIND_WORDS.values() for w in ws}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")", re.IGNORECASE)


@lru_cache(maxsize=1)
def _kind_words() -> re.Pattern[str]:
    from .lexicon.events import KIND_WORDS

    stems = sorted({w for words in KIND_WORDS.values() for w in words if " " not in w}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(s) for s in stems) + r")")


def find_orgs(text: str, lang: str = "") -> list[OrgHit]:
    """Organization mentions in *text*, in order, overlaps removed (longest first).

    >>> [o.name for o in find_orgs("Gənclər Xidmətləri Agentliyi ilə birgə seminar keçirdi", "az")]
    ['Gənclər Xidmətləri Agentliyi']

    Several extractors ask for the same paragraph, once per person or quote: the hits are
    cached per paragraph, so a long document is read once.
    """
    return list(_find_orgs(text, lang))


@lru_cache(maxsize=1 << 16)  # a whole 20 MB file's paragraphs: resolve_generic reads them all, per person
def _find_orgs(text: str, lang: str) -> tuple[OrgHit, ...]:
    first, last, abbr, _ = _tables()
    toks = _tokens(text)
    kinds = _kind_words()
    places = _places_re()
    g = grammar_for(lang)
    # a language's own head words where its names put them; every language's when it is unknown
    langs_first = [lang] if "first" in g.org_heads else [] if g.org_heads else list(_FIRST_LANGS)
    langs_last = [lang] if "last" in g.org_heads else [] if g.org_heads else list(_LAST_LANGS)
    stems_first = tuple(s for lg in langs_first for s in first.get(lg, ()))
    stems_last = tuple(s for lg in langs_last for s in last.get(lg, ()))
    found: list[OrgHit] = []
    title_case = g.name_case == "every-word"
    for i, (tok, s, e) in enumerate(toks):
        if not _is_word(tok):
            continue
        core = tok.split("-")[0]
        q = _quoted_end(toks, i + 1) if tok in TYPE_ABBR else None
        if q is not None:
            found.append(OrgHit(text[s:toks[q][2]], s, toks[q][2], None, True, "first"))
            continue
        if core in abbr:
            found.append(OrgHit(core, s, s + len(core), abbr[core], "-" not in tok, "abbr"))
            continue
        stem = _head_match(tok, stems_last) if stems_last else None
        if stem and not (i + 1 < len(toks) and toks[i + 1][0] in g.complement_preps):
            low = tok.replace("İ", "i").casefold()
            start_i = _walk_back(toks, i, stems_last, kinds, g)
            if start_i is not None and (start_i < i or _CAP.match(tok)):
                if start_i == i and stem in g.adjective_heads:
                    continue
                name = text[toks[start_i][1]:e]
                found.append(OrgHit(name, toks[start_i][1], e, None, _nominative_rest(low[len(stem):]), "last"))
                continue
            def _low(t: str) -> bool:
                return _is_word(t) and t.islower() and t not in lex.STOP_WORDS and not _head_match(t, stems_last) \
                    and not (g.dative_suffixes and (_dative(t) or _LOC_END.search(t)))

            if start_i is None and i >= 1 and _low(toks[i - 1][0]):
                # a lowercase name ("вилоят ҳокимлиги"): kept weak, a cue must make it a party
                st = i - 2 if i >= 2 and _low(toks[i - 2][0]) else i - 1
                found.append(OrgHit(text[toks[st][1]:e], toks[st][1], e, None, False, "weak"))
                continue
        stem = _head_match(tok, stems_first) if stems_first else None
        if stem:
            k = i
            while k - 1 >= 0 and k > i - 3 and _is_word(toks[k - 1][0]) and toks[k - 1][0].casefold() not in _PREP \
                    and not _PARTICIPLE.search(toks[k - 1][0].casefold()) \
                    and (_RU_ADJ.search(toks[k - 1][0].casefold()) or (title_case and _CAP.match(toks[k - 1][0]))):
                k -= 1
            end_i = _walk_right(toks, i, g, places)
            span_toks = [t[0] for t in toks[k:end_i + 1]]
            quoted = span_toks[-1] in _CLOSE_Q
            has_cap = quoted or any(_CAP.match(t) for t in span_toks[1:] if t[0].isalpha()) or _CAP.match(span_toks[0])
            paren_abbr = end_i + 3 < len(toks) and toks[end_i + 1][0] == "(" and toks[end_i + 2][0] in abbr
            # "министерством труда и социальной защиты": a ministry named by its field is one body, capitals or not
            ministry = k == i and end_i > i and stem.startswith(MINISTRY_STEMS)
            if not has_cap and not paren_abbr and not ministry:
                continue
            named = i < end_i and _CAP.match(toks[i + 1][0]) and not places.match(toks[i + 1][0])  # "фонда Acme"
            if g.name_case == "first-word" and toks[k][0][0].islower() and not paren_abbr and not quoted \
                    and not _CAP.match(toks[min(k + 1, end_i)][0]) and not ministry and not named:
                continue
            if toks[k][0] in ("The", "the") and k < i:
                k += 1
            name = text[toks[k][1]:toks[end_i][2]]
            nominative = bool(_pattern(g.nominative_heads).match(toks[i][0].casefold())) if g.nominative_heads else True
            found.append(OrgHit(name, toks[k][1], toks[end_i][2], None, nominative, "first"))
    if title_case:
        found = _join_heads(found, text)
    # a known abbreviation in parentheses right after a name links the two
    linked: list[OrgHit] = []
    for o in found:
        key = o.key
        if o.head != "abbr":
            m = re.match(r"\s*\((?P<a>[^()]{2,12})\)", text[o.end:o.end + 16])
            if m:
                a = m.group("a").strip()
                key = abbr.get(a) or (a if _UPPER_ABBR.match(a) else None)
            key = key or link_key(o.name)
        linked.append(OrgHit(o.name, o.start, o.end, key, o.nominative, o.head))
    ends = {o.end for o in linked if o.head != "abbr"}
    linked = [o for o in linked if not (o.head == "abbr" and _after_open_paren(text, o.start, ends))]
    linked.sort(key=lambda o: (-(o.end - o.start), o.start))
    kept: list[OrgHit] = []
    taken = bytearray(len(text) + 1)  # characters covered by a kept hit: an overlap test without a scan
    for o in linked:
        if any(taken[o.start:o.end]):
            continue
        kept.append(o)
        taken[o.start:o.end] = b"\x01" * (o.end - o.start)
    kept.sort(key=lambda o: o.start)
    return tuple(kept)


def _join_heads(found: list[OrgHit], text: str) -> list[OrgHit]:
    """Title Case names whose head is two type words ("OSCE Programme | Office in Dushanbe"): the
    head-last hit and the hit that starts right after it, with only a space between, are one name.
    """
    out: list[OrgHit] = []
    for o in sorted(found, key=lambda h: h.start):
        prev = out[-1] if out else None
        if prev is not None and prev.head == "last" and o.head in ("first", "last") \
                and o.start > prev.end and text[prev.end:o.start] == " ":
            out[-1] = OrgHit(text[prev.start:o.end], prev.start, o.end, None, o.nominative, o.head)
            continue
        out.append(o)
    return out


def _after_open_paren(text: str, start: int, ends: set[int]) -> bool:
    """Whether only "(" and spaces separate *start* from the end of a hit in *ends* ("Фонд «…» (ФР)").

    >>> _after_open_paren("Фонд ( ФР", 7, {4}), _after_open_paren("Фонд и ФР", 7, {4})
    (True, False)
    """
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == 0 or text[k - 1] != "(":
        return False
    j = k - 1
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return any(e in ends for e in range(j, k))


_QUOTED = re.compile(r"[«\"“„].+?[»\"”“]")


@lru_cache(maxsize=16384)  # asked once per person or quote for every organization of a document
def is_generic(org: str) -> bool:
    """An organization named only by its type ("the fund", "Қор", "İctimai Birlik"): one word, or
    a type qualifier and one word, with no quoted name.

    >>> is_generic("Фонд"), is_generic("Жамоат бирлашмаси"), is_generic("Миграция кызматы"), is_generic("«Тоолуу Демилге» коомдук фонду")
    (True, True, False, False)
    >>> is_generic("IOM"), is_generic("ОФ")
    (False, True)
    """
    if _QUOTED.search(org):
        return False
    raw = [t for t, _s, _e in _tokens(org) if _is_word(t)]
    words = [t.replace("İ", "i").casefold() for t in raw]
    if len(words) == 1:
        abbr = _UPPER_ABBR.match(raw[0]) and sum(c.isupper() for c in raw[0]) >= 2
        return not (abbr and raw[0] not in TYPE_ABBR)  # "IOM", "BMqT" name one body; "Fund", "ОФ" do not
    return len(words) == 2 and words[0] in TYPE_QUALIFIERS


@lru_cache(maxsize=16384)  # asked once per person or quote for every organization of a document
def _same_type(generic: str, name: str) -> bool:
    """Whether a type-only mention and a named organization share their type word (any case form).

    >>> _same_type("Қор", "«Ак Ниет» қоғамдық қоры"), _same_type("фонд", "«Ак Жол» коомдук фонду"), _same_type("Фонд", "Маркази «Умед»")
    (True, True, False)
    """
    gw = [t.replace("İ", "i").casefold() for t, _s, _e in _tokens(generic) if _is_word(t)]
    nw = [t.replace("İ", "i").casefold() for t, _s, _e in _tokens(name) if _is_word(t)]
    for w in gw:
        for c in nw:
            n = 0
            while n < min(len(w), len(c)) and w[n] == c[n]:
                n += 1
            if n >= 3 and n >= min(len(w), len(c)) - 2:
                return True
    return False


def resolve_generic(org: str, at: int, texts: list[tuple[str, str]]) -> str:
    """The named organization a type-only mention refers to, else *org* unchanged.

    ``texts`` are the document's paragraphs as ``(text, lang)`` and ``at`` the index of the one
    holding the mention. Candidates are the document's named organizations of the same type (the
    type word in any case form). The first one named up to the mention wins, a subject (in the
    nominative) before a genitive ("the fund's support"); failing that, the first one after it.

    >>> doc = [("«Ак Жол» коомдук фонду Таласта семинар өткөрдү.", "ky"), ("Фонддун жетекчиси сүйлөдү.", "ky")]
    >>> resolve_generic("Фонд", 1, doc), resolve_generic("Министрлик", 1, doc)
    ('«Ак Жол» коомдук фонду', 'Министрлик')
    """
    if not is_generic(org):
        return org
    first, subject = _first_of_type(org, texts)
    return org if first is None else subject[1].name if subject and subject[0] <= at else first[1].name


_Found = tuple[int, OrgHit] | None
_LAST_DOC: tuple[list[tuple[str, str]], dict[str, tuple[_Found, _Found]]] = ([], {})  # last document, answers


def _first_of_type(org: str, texts: list[tuple[str, str]]) -> tuple[_Found, _Found]:
    """The first named organization of *org*'s type in *texts* and the first in the nominative, with their
    paragraph's index: the document is read once per type word, not once per mention."""
    if _LAST_DOC[0] != texts:
        _LAST_DOC[0][:] = texts
        _LAST_DOC[1].clear()
    if org not in _LAST_DOC[1]:
        hits = [(k, hit) for k, (text, lang) in enumerate(texts) for hit in find_orgs(text, lang)
                if not is_generic(hit.name) and _same_type(org, hit.name)]
        _LAST_DOC[1][org] = (hits[0] if hits else None, next((h for h in hits if h[1].nominative), None))
    return _LAST_DOC[1][org]
