"""The body of a person's role when the role does not spell it out: a minister's ministry, a region word alone.

Small rules over the role text and the document, used by ``people.extract_people``.
"""
from __future__ import annotations

from .cases import org_nominative
from .lexicon.grammar import grammar_for
from .lexicon.name_shapes import DISTRICT_AFTER, DISTRICT_BEFORE, DISTRICTS_BEFORE
from .lexicon.places import CITY_AFTER, REGION_AFTER
from .lexicon.roles import HEAD_OF_PLACE, HEAD_OF_PLACE_TAIL, MINISTER_TO_MINISTRY_LAST, MINISTRY_STEMS
from .model import Para
from .names import _ru_parses, is_capitalized, is_cyrillic, is_initial
from .doc import Tok, fold, tokenize
from .orgs import find_orgs
from .people_tokens import is_role_word


# Words for a region or a settlement (the places lexicon's): alone they name no body.
AREA_WORDS = frozenset(REGION_AFTER) | frozenset(CITY_AFTER) | {"область", "ноҳия"}


def ministry_of_role(role: str, lang: str) -> str | None:
    """The ministry a head-last minister's role names ("<field> министри" -> "<field> министрлиги").

    >>> ministry_of_role("Эмгек жана миграция министри", "ky")
    'Эмгек жана миграция министрлиги'
    >>> ministry_of_role("министр", "ky") is None
    True
    """
    head, _, last = role.rpartition(" ")
    for minister, ministry in MINISTER_TO_MINISTRY_LAST.get(lang, ()):
        if head and fold(last) == minister:
            return f"{head} {ministry}"
    return None


def the_ministry(paras: list[Para], lang: str) -> str | None:
    """The one ministry the document names in *lang* (as a subject), or None if it names none or several.

    >>> the_ministry([Para("p", 0, "ky", "Эмгек министрлиги семинар өткөрдү.")], "ky")
    'Эмгек министрлиги'
    """
    found: dict[str, str] = {}
    for para in paras:
        if para.lang != lang:
            continue
        for hit in find_orgs(para.text, lang):
            words = fold(hit.name).split()
            if hit.head != "abbr" and any(w.startswith(MINISTRY_STEMS) for w in words):
                name = org_nominative(hit.name, lang)
                found.setdefault(hit.key or fold(name), name)
    return next(iter(found.values())) if len(found) == 1 else None


def names_a_place(org: str, lang: str) -> bool:
    """A body that is a place the dictionary knows (Russian): the head of a city, a region or a
    country ("мэр Твери", "премьер-министр Японии") belongs to the place, not to a body of it.

    >>> names_a_place("Тверь", "ru"), names_a_place("Фонд", "ru"), names_a_place("Тверь", "ky")
    (True, False, False)
    """
    if not grammar_for(lang).morphology_dictionary or " " in org or not is_cyrillic(org) or not is_capitalized(org):
        return False
    return any("Geox" in p.tag and p.is_known for p in _ru_parses(org))


def heads_a_place(role: str, lang: str) -> bool:
    """A Russian role that is a head of a place and names no place or body ("Президент", "мэр города").

    >>> heads_a_place("первый президент", "ru"), heads_a_place("президент фонда", "ru"), heads_a_place("мэр", "ky")
    (True, False, False)
    """
    if not grammar_for(lang).morphology_dictionary:  # the heads of places are listed where the dictionary knows places
        return False
    words = fold(role).split()
    rest = [w for w in words if w not in HEAD_OF_PLACE_TAIL]
    return " ".join(rest) in HEAD_OF_PLACE


def the_place(paras: list[Para]) -> str | None:
    """The place a Russian report names most often (twice at least, and more than any other), in the nominative.

    Capitalized words inside sentences that the dictionary knows only as places count; a place
    that is also a given name ("Владимир") does not.
    >>> the_place([Para("p", 0, "ru", "Выборы в Норвегии прошли спокойно. Жители Норвегии и Дании рады.")])
    'Норвегия'
    """
    counts: dict[str, int] = {}
    for para in paras:
        if not grammar_for(para.lang).morphology_dictionary:
            continue
        toks = tokenize(para.text)
        for k, t in enumerate(toks):
            if not t.is_word or not is_capitalized(t.text) or k == 0 or toks[k - 1].text in ".!?«\"":
                continue
            parses = [p for p in _ru_parses(t.text) if p.is_known]
            if not parses or "Geox" not in parses[0].tag or any({"Name", "Surn"} & set(p.tag.grammemes) for p in parses):
                continue
            name = t.text if t.text.isupper() else "-".join(w.capitalize() for w in parses[0].normal_form.split("-"))
            counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]



def names_a_district(toks: list[Tok], a: int, b: int, lang: str) -> bool:
    """A name that is a district's (districts are named after people): right before a district word, or in
    the list of capitalized names that follows one (one lower-case word, an adjective, may follow it), unless
    a role stands before the district word (the head of the district is named after its name).

    >>> names_a_district(tokenize("ноҳияҳои Ашт ва Р. Набиев"), 3, 5, "tg")
    True
    >>> names_a_district(tokenize("Б. Ахмедов тумани"), 0, 2, "uz"), names_a_district(tokenize("раиси ноҳияи Рашт Б. Ахмедов"), 3, 5, "tg")
    (True, False)
    >>> names_a_district(tokenize("дар ноҳияи Рашт Ахмедов Бахтиёр"), 3, 5, "tg")
    False
    """
    if b < len(toks) and toks[b].is_word and fold(toks[b].text).startswith(DISTRICT_AFTER):
        return True
    k = a - 1
    while k >= 0 and a - k <= 12:
        t = toks[k]
        if t.is_word and fold(t.text).startswith(DISTRICT_BEFORE):
            listed = any(toks[j].text == "," or fold(toks[j].text) in _LIST_WORDS for j in range(k + 1, a))
            if fold(t.text) in DISTRICT_BEFORE or (k < a - 1 and not listed and not fold(t.text).startswith(DISTRICTS_BEFORE)):
                return False  # "… ноҳия | X Y": the bare word names none; "ноҳияи A | X Y": only the one after it
            return not (k > 0 and toks[k - 1].is_word and is_role_word(toks[k - 1].text, lang))
        lower_adjective = t.is_word and k > 0 and fold(toks[k - 1].text).startswith(DISTRICT_BEFORE)
        listed = t.is_word and (is_capitalized(t.text) or is_initial(t.text) or fold(t.text) in _LIST_WORDS)
        if not (t.text in ",." or listed or lower_adjective):
            return False
        k -= 1
    return False


# Conjunctions inside a list of district names.
_LIST_WORDS = frozenset({"ва", "ҳамда", "ва/ё", "и", "va", "hamda", "жана", "және", "və"})
