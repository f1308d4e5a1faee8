"""Role and organization from the words next to a name.

Russian, Tajik and English put the role word first and the organization after it
("руководитель Центра …", "Director of …"); Kyrgyz, Kazakh, Uzbek and Azerbaijani put the
organization first, in the genitive, and the role word last ("… борборунун жетекчиси",
"… Agentliyinin sədri"). Both sides of a name are read: before it without a comma, after it
between commas or in brackets.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .cases import genitive_stem, head_first, ru_nomn_phrase
from .lexicon.grammar import grammar_for
from .lexicon.orgs import RU_PURPOSE_LINK, SUBORDINATE_WORDS
from .lexicon.roles import (BARE_PLURAL_ENDINGS, CLASS_RANK_HEADS, CLASS_RANK_WORDS, HEAD_OF_GOVERNMENT,
                             MINISTER_TO_MINISTRY, RANKS)
from .names import is_abbreviation, is_capitalized
from .doc import Tok, fold
from .people_tokens import (BOUNDARY, QUOTE_CHARS, is_conj, is_honorific, is_honorific_after, is_org_word,
                            is_role_prefix, is_role_word, is_stop)
from .spans import Spans

_LEADING_FUNCTION = ("of", "the", "at", "in", "for", "по", "при", "в")
MAX_WORDS = 18


class Apposition(NamedTuple):
    """A role written next to a name, and the body it names when it names one."""

    role: str
    organization: str | None


@lru_cache(maxsize=32768)
def _ru_verbish(word: str) -> bool:
    from .nlp import pymorphy

    if word[:1].isupper():
        return False
    p = pymorphy().parse(word.lower())[0]
    return p.tag.POS in ("VERB", "INFN", "GRND", "PRTS", "ADVB", "PRED", "PRCL")


@lru_cache(maxsize=32768)
def _ru_finite(word: str) -> bool:
    from .nlp import pymorphy

    return pymorphy().parse(word.lower())[0].tag.POS in ("VERB", "INFN", "GRND", "PRTS")


def _ru_adverb(word: str) -> bool:
    """The dictionary's likeliest reading of a Russian word is an adverb ("особо")."""
    from .nlp import pymorphy

    return bool(pymorphy().parse(word.lower())[0].tag.POS == "ADVB")


@lru_cache(maxsize=32768)
def _ru_adjective(word: str) -> bool:
    """The dictionary's likeliest reading of a Russian word is a full adjective ("федеральной")."""
    from .nlp import pymorphy

    pos: str | None = pymorphy().parse(word.lower())[0].tag.POS
    return pos == "ADJF"


def _spaced(text: str, t: Tok) -> bool:
    return t.start > 0 and text[t.start - 1].isspace() and t.end < len(text) and text[t.end].isspace()


def _in_name(k: int, names: Spans) -> bool:
    return names.covers(k)


def _span(text: str, start: int, end: int) -> str:
    """text[start:end] widened to take in quotation marks that open or close inside it."""
    inner = text[start:end]
    opens = sum(inner.count(c) for c in "«“„")
    closes = sum(inner.count(c) for c in "»”")
    if start > 0 and text[start - 1] in QUOTE_CHARS and (closes > opens or inner.count('"') % 2):
        start -= 1
    if end < len(text) and text[end] in QUOTE_CHARS and (opens > closes or text[start:end].count('"') % 2):
        end += 1
    return text[start:end]


def _clean(s: str) -> str:
    return " ".join(s.replace("*", " ").split()).strip(" ,;:–—-")


def _strip_quotes(s: str) -> str:
    s = s.strip()
    while s and s[0] in QUOTE_CHARS and s[-1] in QUOTE_CHARS:
        s = s[1:-1].strip()
    if s.count("«") != s.count("»"):
        s = s.replace("«", "").replace("»", "")
    if s.count('"') % 2:
        s = s.replace('"', "").strip()  # 'Xavfsiz Yo'l" tashkiloti': its opening quote was left outside
    pairs = {"«": "»", "“": "”", "„": "“"}
    closer = pairs.get(s[:1], s[:1])
    balanced = s.count(s[:1]) == s.count(closer) if closer != s[:1] else s.count(s[:1]) % 2 == 0
    # a stray opening quote goes; one that a later quote closes ("«X» фонду") stays
    return s.strip(QUOTE_CHARS + " ") if s[:1] in QUOTE_CHARS and s.count(s[0]) == 1 and not balanced else s


def _named_body(words: list[Tok], lang: str) -> int | None:
    """The first body whose name opens with a capital: its type word after capitalized adjectives
    ("заведующий отделом … | Республиканской налоговой службы"), so a unit named before it stays in the role."""
    for k, w in enumerate(words):
        if k == 0 or not is_org_word(w.text, lang):
            continue
        b = k
        while b > 0 and _ru_adjective(words[b - 1].text):
            b -= 1
        if b < k and is_capitalized(words[b].text):
            return k
    return None


def _org_head_first(words: list[Tok], text: str, lang: str, role_words: list[Tok]) -> str | None:
    if not words:
        return None
    g = grammar_for(lang)
    body = next((k for k, w in enumerate(words) if is_org_word(w.text, lang) and is_capitalized(w.text)), None)
    if body is None and g.name_case == "first-word":  # "руководитель управления": the type word is a common noun
        body = _named_body(words, lang) if g.morphology_dictionary else None
        if body is None:
            body = next((k for k, w in enumerate(words) if is_org_word(w.text, lang)), None)
    while body and g.morphology_dictionary and _ru_adjective(words[body - 1].text):
        body -= 1  # "палестинской делегации": an adjective before the body's type word is the body's
    if body and all(w.text.islower() for w in words[:body]):  # "руководитель | аппарата Совета по …": a unit before the body named belongs to the role
        words = words[body:]
    elif body and fold(words[0].text) in g.complement_preps and fold(words[0].text) != g.of_preposition:
        # the role's field, then the body: "Vice-Rector for Academic Affairs | of the University",
        # "сотрудник по связям с общественностью | Министерства …" (the body in the genitive)
        ofs = [k for k in range(body) if fold(words[k].text) == g.of_preposition]
        words = words[ofs[-1] + 1:] if ofs else words if g.of_preposition else words[body:]
    phrase = _strip_quotes(_clean(text[words[0].start:words[-1].end]))
    object_of = phrase.startswith("по ")  # "министр по делам молодёжи": of the "Министерство по делам молодёжи"
    while phrase and phrase.split(" ", 1)[0].lower() in _LEADING_FUNCTION:
        phrase = phrase.split(" ", 1)[1] if " " in phrase else ""
    if not phrase:
        return None
    has_org = any(is_org_word(w.text, lang) or is_capitalized(w.text) or is_abbreviation(w.text) for w in words)
    last_role = fold(role_words[-1].text) if role_words else ""
    for stem, ministry in MINISTER_TO_MINISTRY.get(lang, ()):
        if last_role.startswith(HEAD_OF_GOVERNMENT):
            break  # "премьер-министр Японии" heads a government, not a ministry
        if stem.split()[-1] in last_role and not any(is_org_word(w.text, lang) for w in words[:1]):
            joiner = f" {g.of_preposition} " if g.of_preposition else " по " if object_of else " "
            return ministry + joiner + phrase
    if not has_org:
        return None
    return ru_nomn_phrase(phrase, role=False) if g.morphology_dictionary else phrase


@lru_cache(maxsize=16)
def _pattern(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


# A body's board: its chair's role, not the body ("… Təftiş Heyətinin sədri", "председатель правления").
_BOARD = ("heyət", "правлени")
_SUBUNIT = {"bo'lim", "bo‘lim", "boʻlim", "бўлим", "бөлүм", "бөлім", "şöbə", "sektor", "сектор"}


def _org_head_last(words: list[Tok], text: str, lang: str, role_from: int) -> str | None:
    """Organization of a Turkic apposition: up to the last genitive word before the role words."""
    cut = None
    for i in range(role_from - 1, -1, -1):
        w = words[i].text
        if genitive_stem(w, lang) and (not is_role_word(w, lang) or is_org_word(w, lang)):
            cut = i
            break
    if cut is None:
        if role_from and any(is_org_word(w.text, lang) or is_abbreviation(w.text) or is_capitalized(w.text)
                             for w in words[:role_from]):
            end = role_from - 1
            if end > 0 and fold(words[end].text) in _SUBUNIT:
                end -= 1  # "Bandlik bosh boshqarmasi | bo'lim boshlig'i": the unit word belongs to the role
            return _strip_quotes(_clean(text[words[0].start:words[end].end]))
        return None
    if any(is_org_word(w.text, lang) and not genitive_stem(w.text, lang) for w in words[cut + 1:role_from]):
        # "Fanlar akademiyasining Ural bo‘limi iqtisodiyot instituti | direktori": the body after the genitive owns the role
        return _strip_quotes(_clean(text[words[0].start:words[role_from - 1].end])) or None
    stem = genitive_stem(words[cut].text, lang) or words[cut].text
    head = _span(text, words[0].start, words[cut].start) if cut else ""
    return _strip_quotes(_clean(head + stem)) or None


def _scan(toks: list[Tok], k: int, step: int, lang: str, text: str, depth: list[int], names: Spans) -> list[int]:
    """Word indices of an apposition from *k* in direction *step* until a boundary."""
    idx: list[int] = []
    n = len(toks)
    found_role = False
    listed = False  # inside "труда, миграции и занятости": the "и" of the list goes on
    g = grammar_for(lang)
    role_first = head_first(g)
    while 0 <= k < n and len(idx) < MAX_WORDS:
        t = toks[k]
        quoted = depth[t.start] > 0 if t.start < len(depth) else False
        if t.kind == "p":
            if t.text in QUOTE_CHARS or t.text == "*" or quoted:
                k += step
                continue
            paren = k - 2 if step < 0 else k + 2  # "Ташкилоти (ХМТ) бош директори X": the body's abbreviation
            if t.text == (")" if step < 0 else "(") and 0 <= paren < n and toks[paren].text == ("(" if step < 0 else ")") \
                    and is_abbreviation(toks[k + step].text):
                k += 3 * step
                continue
            if t.text == "," and step < 0 and role_first and not found_role and idx \
                    and _role_just_before(toks, k, lang):
                k += step  # "заместитель министра труда, социального обеспечения и миграции X"
                continue
            if t.text == "," and step > 0 and g.name_case == "every-word" and found_role and k + 2 < n \
                    and toks[k + 1].is_word and is_capitalized(toks[k + 1].text) and not _in_name(k + 1, names) \
                    and toks[k + 2].text in ("and", ","):
                k += step  # "Minister of Labour, Migration and Employment": a list inside the body's name
                continue
            if t.text == "," and step > 0 and role_first and found_role and g.morphology_dictionary and k + 2 < n \
                    and toks[k + 1].is_word and toks[k + 1].text[:1].islower() and not is_conj(toks[k + 1].text, lang) \
                    and any(is_conj(x.text, lang) for x in toks[k + 2:k + 5]):
                listed = True
                k += step  # "заместитель министра труда, миграции и занятости населения": a list inside the body's name
                continue
            if t.text in BOUNDARY or (t.text in "–—" or (t.text == "-" and _spaced(text, t))):
                break
            k += step
            continue
        if _in_name(k, names):
            break
        if t.kind == "n" and not quoted:
            break
        if t.is_word and not quoted:
            if is_stop(t.text, lang) and not is_role_word(t.text, lang) and not (
                    fold(t.text) in g.object_preps and k + 1 < n
                    and (toks[k + 1].text[:1].islower() or step < 0 and not _in_name(k + 1, names))
                    and any(fold(toks[x].text) == RU_PURPOSE_LINK
                            for x in (idx if step > 0 else range(max(0, k - 6), k)))) \
                    and not (k > 0 and fold(t.text) in g.complement_preps
                             and is_role_word(toks[k - 1].text, lang)) \
                    and not _links_capitals(toks, k, g.capitalised_name_links) \
                    and not (step < 0 and idx and fold(t.text) == g.name_place_preposition
                             and is_capitalized(toks[k + 1].text) and k > 0 and toks[k - 1].is_word):
                break  # but "Центра по борьбе | с торговлей людьми", "по связям | с Японией": the object of the purpose,
                # "Vice-Rector | for Academic Affairs": the role's own field, and
                # "Намояндагии … дар Тоҷикистон": the country of a body's office
            if step < 0 and idx and fold(t.text) in g.comitative and is_role_word(toks[k + 1].text, lang):
                break  # "вохӯрии вазир бо | роҳбари …": "with" before the role, the person met
            if is_conj(t.text, lang):
                left = toks[k - 1] if k > 0 else None
                right = toks[k + 1] if k + 1 < n else None
                caps = left is not None and right is not None and is_capitalized(left.text) and is_capitalized(right.text)
                # "Еңбек және халықты әлеуметтік қорғау министрлігі": a capitalised word before "and" opens the body's name
                named_left = step < 0 and not role_first and left is not None and is_capitalized(left.text) \
                    and left.is_word and not _in_name(k - 1, names)
                opener = _list_opener(toks, k, names) if step < 0 and not role_first and not named_left else None
                if opener is not None:  # "Эмгек, социалдык камсыздоо жана миграция министри": the body's fields
                    idx.extend(x for x in range(k, opener - 1, -1) if toks[x].is_word)
                    k = opener - 1
                    continue
                if not caps and not named_left and (found_role or not role_first) and not listed:
                    break
                listed = False
            if g.morphology_dictionary and step < 0 and _ru_verbish(t.text) and (not found_role or _ru_finite(t.text)) \
                    and not (k + 1 < n and _ru_adverb(t.text) and _ru_adjective(toks[k + 1].text)):
                break  # "Тренерами выступили | эксперт ОБСЕ X": a verb before the role ends it too (but not
                # an adverb of degree before an adjective: "по | особо важным делам")
            if g.morphology_dictionary and step > 0 and _ru_verbish(t.text):
                break
            if g.past_participle_ending and fold(t.text).endswith(g.past_participle_ending) \
                    and not is_role_word(t.text, lang):
                break
            if step < 0 and g.possessive_dative and _pattern(g.possessive_dative).search(t.text) and not is_org_word(t.text, lang) \
                    and not (k + 1 < n and (fold(toks[k + 1].text) in SUBORDINATE_WORDS
                                            or any(re.search(r"(?:үү|уу|оо|өө|ыу|іу)$", fold(x.text))
                                                   for x in toks[k + 1:k + 3]))):
                break  # "Ачылыш аземине | … өкүлү X катышты": what X took part in, not X's body
            if is_role_word(t.text, lang):
                found_role = True
        idx.append(k)
        k += step
    return idx if step > 0 else idx[::-1]


def _links_capitals(toks: list[Tok], k: int, links: frozenset[str]) -> bool:
    """A link word between two capitalized words is inside a proper name: "Centre | for | Social Research"."""
    return 0 < k < len(toks) - 1 and fold(toks[k].text) in links and is_capitalized(toks[k - 1].text) \
        and toks[k + 1].is_word and is_capitalized(toks[k + 1].text)


def _list_opener(toks: list[Tok], k: int, names: Spans) -> int | None:
    """Where a head-last body's list of fields opens, walking back from the "and" at *k*: a capitalised word
    then a comma, with only lowercase words between ("Эмгек, социалдык камсыздоо жана …"), else None.

    >>> from store.ingest.doc import tokenize
    >>> t = tokenize("Эмгек, социалдык камсыздоо жана миграция министри")
    >>> _list_opener(t, 4, Spans([]))
    0
    """
    j = k - 1
    while j >= 0 and k - j <= 6 and toks[j].is_word and toks[j].text.islower():
        j -= 1
    if j < 1 or j == k - 1 or toks[j].text != ",":
        return None
    i = j - 1
    while i > 0 and j - i < 4 and toks[i].is_word and toks[i].text.islower():
        i -= 1  # "Саламаттык сактоо, …": the first field may be two words
    return i if toks[i].is_word and is_capitalized(toks[i].text) and not _in_name(i, names) else None


def _is_rank(word: str, lang: str) -> bool:
    """``_is_rank("полковник", "ru") -> True``: a military or police rank, not a role or a body."""
    w = fold(word).split("-")[0]  # "генерал-майор"
    return any(w.startswith(r.split()[0]) and len(w) <= len(r.split()[0]) + 3 for r in RANKS.get(lang, ()))


def _role_just_before(toks: list[Tok], k: int, lang: str) -> bool:
    """A role word within the few lowercase words before the comma at *k* (a list inside a body's name)."""
    title_case = grammar_for(lang).name_case == "every-word"
    for j in range(k - 1, max(-1, k - 5), -1):
        t = toks[j]
        if t.is_word and is_role_word(t.text, lang):
            return True
        if title_case and t.is_word and (is_capitalized(t.text) or t.text in ("of", "for", "the")):
            continue  # "Deputy Minister of Labour, Migration and Employment, X": the ministry's name
        if not t.is_word or is_capitalized(t.text):
            return False
    return False


def _result(words: list[Tok], text: str, lang: str, *, before: bool) -> Apposition | None:
    roles = [i for i, w in enumerate(words) if is_role_word(w.text, lang)]
    if not roles:
        return None
    g = grammar_for(lang)
    if head_first(g):
        first = roles[0]
        while first > 0 and is_role_prefix(words[first - 1].text, lang):
            first -= 1
        rank = next((k for k in range(roles[0] + 1, len(words)) if _is_rank(words[k].text, lang)), None)
        if rank is not None and before:  # "… начальника ГУВД | полковник милиции X": the rank ends the role
            words = words[:rank]
            roles = [i for i in roles if i < rank]
            if not roles:
                return None
        if not before and first > 3:
            return None
        last = roles[-1]
        # the role words run on while they follow each other ("первый заместитель начальника управления")
        run_end = roles[0]
        for r in roles[1:]:
            if is_capitalized(words[r].text) and is_org_word(words[r].text, lang):
                break  # "руководитель секретариата | Совета …": a body's name, not a second role word
            if r - run_end <= 2:
                run_end = r
        last = run_end
        role = _clean(_span(text, words[first].start, words[-1].end))
        if g.morphology_dictionary:
            role = ru_nomn_phrase(role, role=True)
        lead = words[:first]
        while lead and lead[0].text.islower() and fold(lead[0].text) in g.capitalised_name_links:
            lead = lead[1:]  # "the | OSCE Project Co-ordinator"
        if g.name_case == "every-word" and lead and all(is_abbreviation(w.text) or is_capitalized(w.text) for w in lead) \
                and any(is_abbreviation(w.text) or is_org_word(w.text, lang) for w in lead):
            # "IOM Chief of Mission", "UNICEF Representative in Osh": the body comes first
            return Apposition(role, _clean(_span(text, lead[0].start, lead[-1].end)))
        if not before and g.name_case == "every-word" and lead and all(is_capitalized(w.text) for w in lead):
            role = _clean(_span(text, lead[0].start, words[-1].end))  # "X, Human Rights Officer at …": the title's own words
        org = _org_head_first(words[last + 1:], text, lang, [words[i] for i in roles if i <= last])
        return Apposition(role, org)
    last = roles[-1]
    if before and last < len(words) - 3:
        return None
    if not before and last < len(words) - 2:
        return None
    first_role = last
    while first_role > 0 and ((is_role_word(words[first_role - 1].text, lang)
                               and not (is_org_word(words[first_role - 1].text, lang)
                                        and genitive_stem(words[first_role - 1].text, lang)
                                        and not fold(words[first_role - 1].text).startswith(_BOARD)))  # "мэриясынын өкүлү"
                              or is_role_prefix(words[first_role - 1].text, lang)):
        first_role -= 1
    start = 0
    if before and len(words) > 1 and is_capitalized(words[0].text) and fold(words[0].text).endswith(
            ("да", "де", "та", "те", "də", "da", "ta", "tə", "дә", "те",
             "га", "ге", "го", "гө", "ға")) and not is_org_word(words[0].text, lang):
        start = 1  # "Семинарда | …", "Жыйынга | …": where or what the person took part in
    elif before and len(words) > 1 and len(words[0].text) > 5 and fold(words[0].text).endswith(g.accusative_suffixes) \
            and not is_org_word(words[0].text, lang) and not genitive_stem(words[0].text, lang):
        start = 1  # "Konferensiyani | Migratsiya agentligi direktori …": the object of the sentence
    if before and len(words) > start + 2 and words[start].text.islower() \
            and fold(words[start].text).endswith(BARE_PLURAL_ENDINGS) and is_capitalized(words[start + 1].text) \
            and last > start + 1:
        start += 1  # "дипломатлар | Тюмен … палатаси раиси": the subject of the sentence
    words = words[start:]
    first_role -= start
    last -= start
    role = _clean(_span(text, words[0].start, words[last].end))
    org = _org_head_last(words, text, lang, first_role)
    return Apposition(role, org)


def pre_apposition(toks: list[Tok], a: int, lang: str, text: str, depth: list[int], names: Spans) -> Apposition | None:
    """(role, organization) written before the name at token *a*, or None.

    >>> from store.ingest.doc import tokenize
    >>> from store.ingest.people_tokens import quote_depth
    >>> s = "Борбордун жетекчиси Нурлан Абдыкадыров"
    >>> pre_apposition(tokenize(s), 2, "ky", s, quote_depth(s), Spans([(2, 4)]))
    Apposition(role='Борбордун жетекчиси', organization='Борбор')
    """
    k = _rank_phrase_start(toks, a, lang) - 1
    while k >= 0 and (toks[k].text == "*" or (toks[k].is_word and is_honorific(toks[k].text))):
        k -= 1
    if grammar_for(lang).role_comma_before_name and k > 0 and toks[k].text == ",":
        k -= 1  # "The Director of the Migration Service, Tolgonai Asanova, said"
    elif k > 0 and (toks[k].text in "–—" or toks[k].text == "-" and _spaced(text, toks[k])):
        k -= 1  # "муовини раиси шаҳр – Ф. Раҳимов": a dash between the post and the name
    idx = _scan(toks, k, -1, lang, text, depth, names)
    if idx and any(fold(toks[i].text).split("-")[-1] in CLASS_RANK_WORDS for i in idx[:2]) \
            and fold(toks[idx[-1]].text).startswith(CLASS_RANK_HEADS):  # "II dərəcəli … müşaviri"
        j = idx[0] - 1
        while j > 0 and (toks[j].text == "-" or toks[j].text.isdigit()):
            j -= 1  # "1-darajali": the rank's number
        if j > 0 and toks[j].text == ",":
            idx = _scan(toks, j - 1, -1, lang, text, depth, names) or idx  # the post before the class rank
    if not idx:
        return None
    return _result([toks[i] for i in idx], text, lang, before=True)


def _runs_into_name(toks: list[Tok], k: int, lang: str, names: Spans) -> bool:
    """Whether the words from token *k* run on into a name, with no punctuation and only
    capitalised words and small words between (a body's name read on past where the role stopped).

    >>> from store.ingest.doc import tokenize
    >>> toks = tokenize("Centre | for Assistance to Victims Anna Lee")
    >>> _runs_into_name(toks, 2, "en", Spans([(7, 9)])), _runs_into_name(toks, 2, "en", Spans([]))
    (True, False)
    """
    links = grammar_for(lang).capitalised_name_links | grammar_for(lang).stop_prepositions  # "of", "the", "to"
    while k < len(toks) and toks[k].is_word and not _in_name(k, names):
        w = toks[k].text
        if not (is_capitalized(w) or is_abbreviation(w) or fold(w) in links):
            return False
        k += 1
    return k < len(toks) and toks[k].is_word  # stopped on a word: the next name's first


def _rank_phrase_start(toks: list[Tok], a: int, lang: str) -> int:
    """Where a rank written before the name at token *a* begins, with up to two lowercase words
    before the rank ("retired police colonel X"); *a* when no rank stands there.

    >>> from store.ingest.doc import tokenize
    >>> toks = tokenize("chairman of the union, retired police colonel Jane Doe")
    >>> _rank_phrase_start(toks, 8, "en"), _rank_phrase_start(toks, 3, "en")
    (5, 3)
    """
    k, rank = a - 1, False
    while k >= 0 and toks[k].is_word and is_honorific(toks[k].text):
        rank = rank or _is_rank(toks[k].text, lang)
        k -= 1
    if not rank:
        return a
    j = k
    while j >= 0 and k - j < 2 and toks[j].is_word and toks[j].text.islower() and not is_role_word(toks[j].text, lang):
        j -= 1
    return j + 1 if j >= 0 and toks[j].text == "," else k + 1


def ranked_after_comma(toks: list[Tok], a: int, lang: str) -> bool:
    """Whether the name at token *a* follows ", <rank>": the rank opens the name's own phrase and
    the role before the comma is this person's ("Deputy Chief of the Office, Major Jane Doe").

    >>> from store.ingest.doc import tokenize
    >>> ranked_after_comma(tokenize("Head of the Unit, Major Jane Doe"), 6, "en")
    True
    """
    k = _rank_phrase_start(toks, a, lang) - 1
    return k >= 0 and k < a - 1 and toks[k].text == ","


def set_off_before(toks: list[Tok], a: int, lang: str) -> bool:
    """Whether a comma or "and" parts the name at token *a* from the words before it
    ("…, Ambassador, Mr. X, the Head of …": the title before the comma closes the previous person).
    """
    k = a - 1
    while k >= 0 and (toks[k].text == "*" or (toks[k].is_word and is_honorific(toks[k].text))):
        k -= 1
    return k >= 0 and (toks[k].text == "," or is_conj(toks[k].text, lang))


def post_apposition(toks: list[Tok], b: int, lang: str, text: str, depth: list[int], names: Spans) -> Apposition | None:
    """(role, organization) written after the name ending before token *b*, or None.

    >>> from store.ingest.doc import tokenize
    >>> from store.ingest.people_tokens import quote_depth
    >>> s = "Nurlan Abdykadyrov, Director of the Migration Centre, said"
    >>> post_apposition(tokenize(s), 2, "en", s, quote_depth(s), Spans([(0, 2)]))
    Apposition(role='Director of the Migration Centre', organization='Migration Centre')
    """
    k = b
    n = len(toks)
    while k < n and (toks[k].text == "*" or (toks[k].is_word and is_honorific_after(toks[k].text))):
        k += 1
    if k >= n or not (toks[k].text in ",(" or toks[k].text in "–—" or (toks[k].text == "-" and _spaced(text, toks[k]))):
        return None
    if k + 1 < n and is_conj(toks[k + 1].text, lang):
        return None  # "X, and the Minister of …": the next person of a list, not X's role
    idx = _scan(toks, k + 1, 1, lang, text, depth, names)
    if not idx or (idx[-1] + 1 < n and _in_name(idx[-1] + 1, names) and toks[idx[-1]].is_word):
        return None  # "A, советники Центра B": a role that runs into the next name is that name's
    j = idx[-1] + 1
    while j < n and toks[j].text in QUOTE_CHARS:
        j += 1  # '… Union "Safe Roads" | , …'
    j += 1
    while j < n and j - idx[-1] <= 8 and toks[j].is_word and (is_honorific(toks[j].text) or toks[j].text.islower()):
        j += 1
    if j < n and _in_name(j, names) and ranked_after_comma(toks, j, lang):
        return None  # "A, Head of the Unit, (retired) Major B": the role is B's, set off with B's rank
    if _runs_into_name(toks, idx[-1] + 1, lang, names):
        return None  # "A, Psychologist of the Centre | for Assistance to … B": the body's name runs on into B's
    return _result([toks[i] for i in idx], text, lang, before=False)
