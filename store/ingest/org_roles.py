"""Which organizations the text makes organizers or funders of its event.

The cues are lexicon data (``lexicon/orgs.py``): a support phrase before or after a body ("при
поддержке", "… колдоосу менен", "with support from"), an organizing phrase, a verb of holding whose
subject the body is, a labelled field ("Организаторы: …"), a body listed with one that has a role,
and the body whose event it is ("X бирикмесинин тегерек столу"). Names come from ``orgs.find_orgs``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from .doc import Tok, sentence_spans, stem_match, tokenize
from .lexicon import orgs as lex
from .lexicon.grammar import grammar_for
from .lexicon.months import MONTHS, SHORT_LATIN
from .lexicon.places import COUNTRIES
from .lexicon.roles import ROLE_STEMS
from .orgs import (_LOC_END, _DATIVE_END, _PREP, _PROJECT_WORDS, OrgHit, TYPE_ABBR, _head_match, _head_nominative,
                   _kind_phrases, _kind_words, _tables, find_orgs)
from .org_keys import link_key
from .people_tokens import is_role_word


_SUPPORT = re.compile(r"помощ|поддерж|финанс|жардам|колдо|support|assistance|funding|грант|грантов|дастгир|кӯмак|"
                      r"qoldau|қолдау|ko[‘'ʻ’]?mak|dəstə|maliyy", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cue_res() -> tuple[re.Pattern[str], ...]:
    def comp(pats: list[str], before: bool) -> re.Pattern[str]:
        alt = "|".join(pats)
        if before:
            return re.compile(r"(?:^|(?<=[\s,(«“\"]))(?:" + alt + r")(?:\s+(?:the|a|an))?(?:\s+[a-z]+)?\s*$",
                              re.IGNORECASE)
        return re.compile(r"^\s*\)?\s*(?:\([^()]{1,15}\)\s*)?(?:" + alt + r")(?![^\W\d_])", re.IGNORECASE)

    return (comp(lex.FUNDER_BEFORE, True), comp(lex.FUNDER_AFTER, False), comp(lex.ORGANIZER_BEFORE, True),
            comp(lex.ORGANIZER_AFTER, False), re.compile(r"(?<![^\W\d_])(?:" + "|".join(lex.HOLD_VERBS) + r")(?![^\W\d_])", re.IGNORECASE),
            re.compile(r"^\s*(?:\([^()]{1,15}\)\s*)?(?:" + "|".join(lex.SUBORDINATE_AFTER) + r")(?![^\W\d_])", re.IGNORECASE))


@lru_cache(maxsize=1)
def _cue_any() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(r"(?<![^\W\d_])(?:" + "|".join(p) + r")", re.IGNORECASE)
                 for p in (lex.FUNDER_BEFORE, lex.ORGANIZER_BEFORE, lex.FUNDER_AFTER, lex.ORGANIZER_AFTER))


_ORGANIZER_LABEL = re.compile(r"^\W*(?:организатор\w*|соорганизатор\w*|уюштуруучу\w*|ұйымдастырушы\w*|tashkilotchi\w*|"
                              r"ташкилотчи\w*|təşkilatçı\w*|ташкилкунанда\w*|organi[sz]er\w*)\W*[:—–-]", re.IGNORECASE)
_FUNDER_LABEL = re.compile(r"^\W*(?:при\s+(?:финансовой\s+)?поддержке|донор\w*|спонсор\w*|демөөрчү\w*|демеуші\w*|"
                           r"homiy\w*|ҳомий\w*|sponsor\w*|donor\w*|funded\s+by|funder\w*|with\s+(?:the\s+)?support\s+(?:of|from)|"
                           r"maliyyə\w*|каржылоо\w*|financ\w*|финансир\w*)\W*[:—–-]", re.IGNORECASE)
# "X и Y", "X (ABC), the Y", "X, and the Y": Y is listed with X
_CONJ = re.compile(r"^\s*(?:\([^()]{1,15}\)\s*)?(?:,|,?\s*(?:и|and|va|və|жана|және|ва|ҳамда|hamda|&|" + lex.AS_WELL_AS
                   + r"))\s*(?:the\s+)?$", re.IGNORECASE)
_CAP_RUN_AFTER = re.compile(
    r"^\s*(?P<run>[«“\"]?[A-ZА-ЯЁӨҮҢҚҒҰӘІƏİŞÇĞÖÜ][\w’'‘ʻ.&-]*(?:\s+(?:of|for|and|the|de|и|по)?\s*[A-ZА-ЯЁӨҮҢҚҒҰӘІƏİŞÇĞÖÜ][\w’'‘ʻ.&-]*){0,6}[»”\"]?)"
)
_CAP_RUN_BEFORE = re.compile(
    r"(?P<run>[A-Z][\w’'‘ʻ.&-]*(?:\s+(?:of|for|and|the|de)?\s*[A-Z][\w’'‘ʻ.&-]*){0,5})\s*$"
)


def labelled_role(text: str) -> str | None:
    """``"organizer"`` or ``"funder"`` when *text* is a labelled field ("Организаторы: …").

    >>> labelled_role("**При поддержке:** фонда «Мост»"), labelled_role("Семинар прошёл в Оше.")
    ('funder', None)
    """
    if _FUNDER_LABEL.match(text):
        return "funder"
    if _ORGANIZER_LABEL.match(text):
        return "organizer"
    return None


_THROUGH = re.compile(r"через|through|аркылуу", re.IGNORECASE)  # a channel: a funder only beside a support word


def names_funding(text: str) -> bool:
    """Whether *text* has a funding cue ("funded by", "при поддержке", "… колдоосу менен").

    >>> names_funding("The project is funded by the Acme Trust."), names_funding("The centre opened in May.")
    (True, False)
    """
    fb_any, _ob, fa_any, _oa = _cue_any()
    return any(not _THROUGH.fullmatch(m.group(0).strip())
               for cue in (fb_any, fa_any) for m in cue.finditer(text))


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    return sentence_spans(text)


_GENITIVE_END = re.compile(r"(?:[нтд][ыиуүі]н|[нтд][ыі]ң|ning|нинг|n[ıiuü]n)$")


def _any_in(values: list[int], lo: int, hi: int) -> bool:
    """Whether the sorted *values* hold one in lo..hi.

    >>> _any_in([3, 9], 4, 8), _any_in([3, 9], 4, 9)
    (False, True)
    """
    i = bisect_left(values, lo)
    return i < len(values) and values[i] <= hi


def _after_stop(text: str, s: int) -> bool:
    """Whether text[:s] ends with ".", "!", "?" or ":" and spaces.

    >>> _after_stop("Итак: X", 6), _after_stop("и X", 2)
    (True, False)
    """
    k = s
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] in ".!?:"


def _holds_event(text: str, o: OrgHit, lang: str) -> bool:
    """Whether *o* is the possessor of an event word: a head-last body in the genitive right before it
    ("«…» қорының дөңгелек үстелі өтті") or a head-first body right after it ("брифинг Союза …").

    >>> t = "«Мост» коомдук бирикмесинин тегерек столу өттү."
    >>> _holds_event(t, find_orgs(t, "ky")[0], "ky")
    True
    >>> t = "«Мост» коомдук бирикмесинин имаратында жолугушуу өттү."
    >>> _holds_event(t, find_orgs(t, "ky")[0], "ky")
    False
    """
    heads = grammar_for(lang).org_heads
    if heads == ("last",):  # a head-last body in the genitive, then the event word
        last = o.name.split()[-1] if o.name.split() else ""
        if not _GENITIVE_END.search(last.casefold()):
            return False
        after = text[o.end:o.end + 60]
        words = after.split()
        if words and words[0][:1].isupper():
            return False
        starts = [m.start() for m in re.finditer(r"(?<!\S)\S", after)][:2]  # the event word, or one word before it
        if starts and _kind_phrases().match(after, starts[0]):
            return True
        # one word may stand between ("онлайн брифингі"), but not a place ("имаратында жолугушуу")
        return len(starts) > 1 and not _LOC_END.search(words[0]) and not _DATIVE_END.search(words[0]) \
            and bool(_kind_phrases().match(after, starts[1]))
    if heads == ("first",):
        prev = re.findall(r"[^\W\d_][\w-]*", text[max(0, o.start - 30):o.start])
        return bool(prev) and bool(_kind_words().match(prev[-1].casefold())) and not o.nominative
    return False


_CAPITAL = re.compile(r"^[A-ZА-ЯЁӨҮҢҚҒҰӘІƏİŞÇĞÖÜ]")


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """The one-word names of the countries (``lexicon/places.py``)."""
    return frozenset(n for line in COUNTRIES.strip().splitlines() for n in line.partition(":")[2].split("|")
                     if n and " " not in n)


@lru_cache(maxsize=1)
def _multiword_abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    """The abbreviations spelt in two words ("УНП ООН", "UN Women"), as one pattern, and each one's key."""
    keys = {sp: key for key, (spellings, _exp) in lex.ABBREVIATIONS.items() for sp in spellings if " " in sp}
    alt = "|".join(re.escape(sp) for sp in sorted(keys, key=len, reverse=True))
    return re.compile(r"(?<![^\W\d_])(?:" + alt + r")(?![^\W\d_])"), keys


def _spelled_abbreviations(text: str, orgs: list[OrgHit]) -> list[OrgHit]:
    """The hits with an abbreviation spelt in two words standing for the finder's part of it ("УНП ООН", not "ООН").

    >>> [o.name for o in _spelled_abbreviations("Семинар провело УНП ООН.", find_orgs("Семинар провело УНП ООН.", "ru"))]
    ['УНП ООН']
    """
    pattern, keys = _multiword_abbreviations()
    found = [OrgHit(m.group(0), m.start(), m.end(), keys[m.group(0)], True, "abbr") for m in pattern.finditer(text)]
    if not found:
        return orgs
    kept = [o for o in orgs if not any(f.start < o.end and o.start < f.end for f in found)]
    return sorted(kept + found, key=lambda o: o.start)


_TYPED = re.compile(r"(?<![^\W\d_])(?:" + "|".join(sorted(TYPE_ABBR)) + r")\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,4})")


def _typed_names(text: str, orgs: list[OrgHit]) -> list[OrgHit]:
    """Title Case names right after a legal-form abbreviation ("the NGO Steppe Road") that the finder missed.

    >>> [o.name for o in _typed_names("the NGO Steppe Road and IOM", [])]
    ['NGO Steppe Road']
    """
    return [OrgHit(text[m.start():m.end()], m.start(), m.end(), link_key(m.group("name")), True, "first")
            for m in _TYPED.finditer(text) if not any(o.start < m.end() and m.start() < o.end for o in orgs)]


def _country_office(o: OrgHit, text: str) -> OrgHit:
    """An abbreviated body and the country right after it: its office there ("IOM Azerbaijan").

    >>> _country_office(OrgHit("IOM", 0, 3, "IOM", head="abbr"), "IOM Kyrgyzstan held it").name
    'IOM Kyrgyzstan'
    """
    m = re.match(r" ([^\W\d_]+)", text[o.end:o.end + 40]) if o.head == "abbr" else None
    if m is None or m.group(1) not in _countries():
        return o
    return replace(o, name=text[o.start:o.end + m.end()], end=o.end + m.end())


def _heads(lang: str) -> tuple[str, ...]:
    """The organization head words of *lang*, head-first and head-last ones alike."""
    t = _tables()
    return t.first.get(lang, ()) + t.last.get(lang, ())


def _listed(text: str, start: int, stop: int, lang: str, orgs: list[OrgHit]) -> list[tuple[int, int]]:
    """Spans of the names listed in text[start:stop] right after a cue, in a language whose names capitalise
    every word: "by the A in Astana, the B under the C Academy, the D, E and F" gives A in Astana, B under the
    C Academy, D, E and F. A name after the first one is taken when it has a head word, is one word, opens
    with an owner ("Kyrgyzstan's Ombudsman") or is a body already found; a role word (a person) ends the list.

    >>> t = "by the Acme Centre in Osh, the Steppe League, the Union of Crisis Centres and Novak."
    >>> [t[a:b] for a, b in _listed(t, 2, len(t), "en", find_orgs(t, "en"))]
    ['Acme Centre in Osh', 'Union of Crisis Centres', 'Novak']
    """
    g = grammar_for(lang)
    toks = tokenize(text[start:stop])
    heads, owners = _heads(lang), g.genitive_suffixes
    roles = ROLE_STEMS.get(lang, ())
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        j = i
        while j + 1 < len(toks) and (toks[j].text.casefold() in lex.LIST_ARTICLES or toks[j].text in TYPE_ABBR):
            j += 1  # "the NGO Acme": the type is no part of the name
        k = j
        while not i and k < len(toks) and k - j < 4 and toks[k].text.islower() and toks[k].text not in lex.LIST_ARTICLES:
            k += 1  # "the non-governmental organizations the A": a type phrase before the first name
        if k > j and _head_match(toks[k - 1].text, heads):  # not "the journalism faculty of A": a unit of A
            j = k + (k < len(toks) and toks[k].text.casefold() in lex.LIST_ARTICLES)
        if j >= len(toks) or not _CAPITAL.match(toks[j].text):
            break
        end, k = _name_run(toks, j, lang)
        a, b = start + toks[j].start, start + toks[end].end
        longer = next((o for o in orgs if o.start <= a < o.end and o.end > b and text[b:b + 1] == ","), None)
        if longer is not None:  # "the Ministry of Labour, Social Security and Migration": a list inside a name
            b = longer.end
            k = next((n for n, t in enumerate(toks) if start + t.start >= b), len(toks))
        words = [t.text for t in toks[j:end + 1] if t.kind == "w"]
        if i and stem_match(words[0].casefold(), roles, 2):
            break  # "…, the Head of the Centre": a person's role, not a body
        if not i or end == j or any(_head_match(w, heads) or w.casefold() in _PROJECT_WORDS for w in words) \
                or words[0].endswith(owners) \
                or any(o.start < b and a < o.end for o in orgs):
            spans.append((a, b))
        while k < len(toks) and toks[k].text == "(":  # "(INL)": the abbreviation of the name before
            k = next((n + 1 for n in range(k, min(len(toks), k + 6)) if toks[n].text == ")"), len(toks))
        if k < len(toks) and toks[k].text == ",":
            k += 1
        elif not (k < len(toks) and toks[k].text.casefold() in g.conjunctions):
            # "… Project implemented by X, and the Y": what qualifies a name, up to the comma or "and" before the next
            sep = next((n for n in range(k, min(len(toks), k + 9))
                        if toks[n].text == "," or toks[n].text.casefold() in g.conjunctions), None)
            if sep is None:
                break
            k = sep + (toks[sep].text == ",")
        if k < len(toks) and toks[k].text.casefold() in g.conjunctions:
            k += 1
        i = k
    return spans


@lru_cache(maxsize=1)
def _months() -> re.Pattern[str]:
    """A month's name at a word's start (every language's stems)."""
    stems = {st for forms in MONTHS.values() for script in forms.values() for st in script} - SHORT_LATIN
    return re.compile(r"(?:" + "|".join(sorted(stems, key=len, reverse=True)) + r")\w{0,2}$", re.IGNORECASE)


def _month(word: str) -> bool:
    """Whether *word* names a month ("May", "June"): "in May" is a date, no part of a name.

    >>> _month("May"), _month("Astana")
    (True, False)
    """
    return bool(_months().match(word))


def _name_run(toks: list[Tok], j: int, lang: str) -> tuple[int, int]:
    """The last token of a listed Title Case name opening at *j*, and the index after it. "and" ends the name
    before "the", after a head word or after a one-word name ("A Centre and B", "ACME-X and Borealis"), "in"
    keeps a place ("Office in Astana"), and a lowercase head word after the capitals closes it ("A and B
    ministries")."""
    g = grammar_for(lang)
    heads = _heads(lang)
    end, k = j, j + 1
    while k < len(toks):
        w, low = toks[k].text, toks[k].text.casefold()
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        if toks[k].kind == "w" and _CAPITAL.match(w):
            end = k
        elif low in g.conjunctions:  # "… and Kyrgyzstan's Ombudsman": another body, its owner first
            if not _CAPITAL.match(nxt) or end == j or _head_match(toks[end].text, heads) or nxt.endswith(g.genitive_suffixes):
                break
        elif low in g.locative_prepositions:
            if not _CAPITAL.match(nxt) or _month(nxt):  # "Office in Astana", "Trafficking in Persons"; not "in May"
                break
        elif low in lex.LIST_NAME_LINKS:
            if not (_CAPITAL.match(nxt) or nxt.casefold() in lex.LIST_ARTICLES):
                break
        elif w == "-" and _CAPITAL.match(nxt):
            pass
        else:
            if toks[k].kind == "w" and w.islower() and _head_match(w, heads):
                end, k = k, k + 1
            break
        k += 1
    return end, end + 1 if k <= end else k


_Listed = tuple[int, int, OrgHit, tuple[str, str]]  # a listed name's span, its hit, its role and rule


def _cue_lists(text: str, lang: str, orgs: list[OrgHit],
               cues: tuple[re.Pattern[str], re.Pattern[str]]) -> tuple[dict[int, _Listed], list[tuple[int, int]]]:
    """The names listed after a funding or an organizing cue (``_listed``), in a language whose names capitalise
    every word: each name's start -> (start, end, its hit, (its role, the rule)), and the spans from each cue to
    its last name (a type phrase before the names is no name). A name the finder found whole keeps its hit.

    >>> t = "It was organized by the Acme Centre, the Steppe Union and Novak."
    >>> fb, ob = _cue_any()[:2]
    >>> [(h.name, r) for _a, _b, h, r in _cue_lists(t, "en", find_orgs(t, "en"), (fb, ob))[0].values()]
    [('Acme Centre', ('organizer', 'organizer-cue')), ('Steppe Union', ('organizer', 'shares-role')), ('Novak', ('organizer', 'shares-role'))]
    """
    out: dict[int, _Listed] = {}
    covered: list[tuple[int, int]] = []
    if grammar_for(lang).name_case != "every-word":
        return out, covered
    spans = _sentences(text)
    for cue_re, role, rule in ((cues[0], "funder", "funder-cue-before"), (cues[1], "organizer", "organizer-cue")):
        for m in cue_re.finditer(text):
            if _THROUGH.fullmatch(m.group(0).strip()):
                continue
            stop = next((b for a, b in spans if a <= m.start() < b), len(text))
            names = _listed(text, m.end(), stop, lang, orgs)
            if names and _person_apposition(text, *names[0], lang):
                names = []  # "led by A B, Labour Prosecutor from …": a person, no list of bodies
            for n, (a, b) in enumerate(names):
                hit = next((o for o in orgs if (o.start, o.end) == (a, b)), None) \
                    or OrgHit(text[a:b], a, b, link_key(text[a:b]), True, "cue")
                out.setdefault(a, (a, b, hit, (role, "shares-role" if n else rule)))
            if names:
                covered.append((m.end(), names[-1][1]))
    return out, covered


def _members_held(after: str, hold: re.Pattern[str], verbal_nouns: tuple[str, ...]) -> bool:
    """Whether the body in the genitive before *after* is followed by its people and a verb of holding in its
    sentence ("… орталығының психологтары … акция өткізді").

    >>> _members_held(" психологтары акция өткізді.", _cue_res()[4], ("уу",)), _members_held(" үйінде өтті.", _cue_res()[4], ())
    (True, False)
    """
    m = re.match(r"\s*([^\W\d_]+)", after)
    if m is None or m.group(1).casefold() not in lex.MEMBERS_AFTER:
        return False
    return _holds(hold, re.split(r"[.!?]", after[m.end():], maxsplit=1)[0], verbal_nouns)


def _holds(hold: re.Pattern[str], text: str, verbal_nouns: tuple[str, ...]) -> bool:
    """Whether *text* has a verb of holding that is no verbal noun ("… tadbir o‘tkazish taklifi": a proposal to hold).

    >>> h = _cue_res()[4]
    >>> _holds(h, " seminar o‘tkazdi.", ("ish",)), _holds(h, " seminar o‘tkazish taklifi.", ("ish",))
    (True, False)
    """
    return any(not m.group(0).casefold().endswith(verbal_nouns) for m in hold.finditer(text)) if verbal_nouns \
        else bool(hold.search(text))


def _person_apposition(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the name text[start:end], with no head word, is followed by a comma and a role ("…, Labour
    Prosecutor from X"): a person, not a body ("by the Acme Centre, the director said" keeps the centre).

    >>> t = "led by Jan Novak, Labour Prosecutor from Borealis"
    >>> _person_apposition(t, 7, 16, "en"), _person_apposition("run by Acme, a trust", 7, 11, "en")
    (True, False)
    >>> _person_apposition("by the Acme Centre, the director said", 7, 18, "en")
    False
    """
    if any(_head_match(w, _heads(lang)) or w.isupper() for w in text[start:end].split()):
        return False
    m = re.match(r"\s*\)?\s*,\s*((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)", text[end:end + 60])
    return m is not None and any(is_role_word(w, lang) for w in m.group(1).split())


_PREV_WORD = re.compile(r"([^\W\d_]+)(?:\s+(?:" + "|".join(lex.LIST_ARTICLES) + r"))?\s*$")
_UNDER = re.compile(r"\s+under\s+(?:the\s+)?")


def _owner(orgs: list[OrgHit], j: int, text: str) -> int:
    """Index of the body that the hit at *j* is the parent of ("X under the Y, Z": Z is listed with X).

    >>> t = "by the Academy under the Ministry, the Fund"
    >>> _owner([OrgHit("Academy", 7, 14), OrgHit("Ministry", 25, 33)], 1, t)
    0
    """
    while j > 0 and _UNDER.fullmatch(text[orgs[j - 1].end:orgs[j].start]):
        j -= 1
    return j


@lru_cache(maxsize=512)
def org_roles(text: str, lang: str = "") -> list[tuple[OrgHit, str]]:
    """Organizations of *text* the text makes organizers or funders: ``[(org, "organizer"|"funder")]``.

    >>> [(o.name, r) for o, r in org_roles("При поддержке Фонда «Мост» был проведен тренинг", "ru")][:1]
    [('Фонда «Мост»', 'funder')]
    """
    f_before, f_after, o_before, o_after, hold, subord = _cue_res()
    g = grammar_for(lang)
    orgs = _spelled_abbreviations(text, find_orgs(text, lang))
    if g.name_case == "every-word":  # "led by an international expert": a lowercase phrase names no body here
        orgs = [_country_office(o, text) for o in orgs if o.head != "weak"]
        orgs = sorted(orgs + _typed_names(text, orgs), key=lambda o: o.start)
    extra: list[OrgHit] = []
    # capitalized runs right after a "before" cue or right before an "after" cue are names too
    fb_any, ob_any, fa_any, oa_any = _cue_any()
    text_start = len(text) - len(text.lstrip(" \t«\"“"))
    starts, ends = [o.start for o in orgs], [o.end for o in orgs]  # in order, no overlaps: bisect, no scans
    for cue_re in (fb_any, ob_any):
        for m in cue_re.finditer(text):
            if _any_in(starts, m.end(), m.end() + 2):
                continue
            lead = re.match(r"\s*(?:(?:the|an?)\s+)?(?:(?:" + "|".join(TYPE_ABBR) + r")\s+)?", text[m.end():m.end() + 20])
            skip = lead.end() if lead and lead.group(0).strip() else 0  # "hosted by the NGO Safe Home"
            run = _CAP_RUN_AFTER.match(text[m.end() + skip:m.end() + skip + 80])
            if run:
                s = m.end() + skip + run.start("run")
                name = run.group("run").rstrip(".").strip("«»“”\" ")
                i = bisect_right(ends, s)  # the first hit ending after s, the only one that can overlap
                if len(name) > 2 and not (i < len(orgs) and starts[i] < s + len(run.group("run"))) \
                        and not _person_apposition(text, s, s + len(run.group("run")), lang):
                    extra.append(OrgHit(name, s, s + len(run.group("run")), link_key(name), True, "cue"))
    taken = {x.start for x in extra}  # where a cue's name starts already: a look-up, not a scan of them all
    for cue_re in (fa_any, oa_any):
        for m in cue_re.finditer(text):
            if _any_in(ends, m.start() - 12, m.start()):
                continue
            run = _CAP_RUN_BEFORE.search(text[max(0, m.start() - 60):m.start()])
            if run:
                s = max(0, m.start() - 60) + run.start("run")
                name = run.group("run")
                # a body in the nominative inside the run is the subject before it ("Nazirliyi | ATƏT-in … X")
                for w in list(re.finditer(r"\S+", name))[-2::-1]:
                    if _head_nominative(w.group(0), lang):
                        s, name = s + w.end() + 1, name[w.end() + 1:]
                        break
                head_word = re.match(r"\S+", name)
                at_start = s <= text_start or _after_stop(text, s)
                if head_word and " " in name and at_start:
                    low = head_word.group(0).casefold()
                    if _kind_words().match(low) or low in lex.STOP_WORDS or low in _PROJECT_WORDS:
                        s, name = s + head_word.end() + 1, name[head_word.end() + 1:]  # "Seminar | Acme …"
                if s not in taken:  # two cues after one name
                    extra.append(OrgHit(name, s, s + len(name), link_key(name), True, "cue"))
                    taken.add(s)
    listed, covered = _cue_lists(text, lang, orgs, (fb_any, ob_any))
    if listed:  # the names of a list after a cue stand for the finder's cuts and merges in it
        orgs = [o for o in orgs + extra if not any(a < o.end and o.start < b for a, b in covered)]
        orgs += [h for _a, _b, h, _r in listed.values()]
        extra = []
    orgs = sorted(orgs + extra, key=lambda o: o.start)
    if _FUNDER_LABEL.match(text):
        return [(replace(o, rule="funder-label"), "funder") for o in orgs]
    if _ORGANIZER_LABEL.match(text):
        return [(replace(o, rule="organizer-label"), "organizer") for o in orgs]
    roles: list[tuple[OrgHit, str]] = []
    role_of: dict[int, str] = {}
    sentence_spans = _sentences(text)
    sentence_starts = [a for a, _b in sentence_spans]
    for idx, o in enumerate(orgs):
        before = text[max(0, o.start - 60):o.start]
        after = text[o.end:o.end + 240]  # (a cue may look ahead to the verb at the end of the clause)
        k = bisect_right(sentence_starts, o.start) - 1
        sent = sentence_spans[k] if k >= 0 and o.start < sentence_spans[k][1] else (0, len(text))
        sentence = text[sent[0]:sent[1]]
        role: str | None = None
        rule = ""  # set with the role
        fb = f_before.search(before)
        if o.start in listed:
            role, rule = listed[o.start][3]
        elif fb and (not re.search(r"через|through", fb.group(0), re.I) or _SUPPORT.search(sentence)):
            role, rule = "funder", "funder-cue-before"
        elif f_after.match(after) and (not re.match(r"^\s*(?:\([^()]*\)\s*)?аркылуу", after) or _SUPPORT.search(sentence)):
            role, rule = "funder", "funder-cue-after"
        elif o_before.search(before) or o_after.match(after):
            role, rule = "organizer", "organizer-cue"
        elif o.head == "weak":
            pass
        elif idx > 0 and (_owner(orgs, idx - 1, text)) in role_of and _CONJ.match(text[orgs[idx - 1].end:o.start]):
            role, rule = role_of[_owner(orgs, idx - 1, text)], "shares-role"  # "при поддержке X и Y": Y shares X's role
        elif idx > 0 and role_of.get(idx - 1) == "organizer" \
                and re.fullmatch(r"\s*(?:\([^()]{1,15}\)\s*)?,?\s*(?:together\s+)?with(?:\s+the)?\s*",
                                 text[orgs[idx - 1].end:o.start]):
            role, rule = "organizer", "partner-with"  # "organised by X with the ILO": a partner, not a funder
        if role is None:
            # "X, Y жана Z менен биргеликте": X and Y share the cue that follows Z
            j = idx
            # a comma or a conjunction joins them; bare juxtaposition is a subject and the body in
            # the genitive its cue governs ("X Y-нын колдоосу менен": X organizes, Y funds)
            while j + 1 < len(orgs) and re.match(r"^\s*(?:\([^()]{1,15}\))?\s*(?:,|и|and|va|və|жана|және|ва|hamda|ҳамда|ва\s+ҳамчунин|,?\s*(?:"
                                                 + lex.AS_WELL_AS + r"))\s*$",
                                                 text[orgs[j].end:orgs[j + 1].start], re.I):
                j += 1
                nxt_after = text[orgs[j].end:orgs[j].end + 60]
                if f_after.match(nxt_after):
                    role, rule = "funder", "shares-role"
                    break
                if o_after.match(nxt_after):
                    role, rule = "organizer", "shares-role"
                    break
        # a lowercase body right after the place ("Исфана шаарында облустук миграция бөлүмү … уюштурду")
        weak_subject = o.head == "weak" and "last" in g.org_heads and re.search(
            r"[^\W\d_]{3,}(?:да|де|та|те|до|дө|то|тө|da|də|ta|tə)\s*$", before) is not None \
            and _head_nominative(o.name.split()[-1], lang)
        if role is None and (o.nominative and o.head != "weak" or weak_subject) and not subord.match(after):
            prev_word = _PREV_WORD.search(before)  # "the relations of the Office": the word before the article
            if not (prev_word and prev_word.group(1).casefold() in _PREP) and not re.search(r"[«“\"]\s*$", before):
                if _holds(hold, text[o.end:sent[1]], g.verbal_noun_suffixes):
                    role, rule = "organizer", "hold-verb-subject"
        if role is None and g.member_words and o.head != "weak":
            prev_word = re.search(r"([^\W\d_]+)\s*$", before)
            if prev_word and prev_word.group(1).casefold() in g.member_words and hold.search(text[o.end:sent[1]]):
                role, rule = "organizer", "members-held"  # "волонтёры движения «Келечек» провели акцию": its people held it
        if role is None and "last" in g.org_heads and not o.nominative and _members_held(after, hold, g.verbal_noun_suffixes):
            role, rule = "organizer", "members-held"  # "… орталығының психологтары … өткізді": its people held it
        if role is None and o.head != "abbr" and _holds_event(text, o, lang):
            role, rule = "organizer", "event-possessor"  # "X қорының дөңгелек үстелі", "брифинг Союза …"
        if subord.match(after) and role == "organizer" and not o_after.match(after):
            role = None
        if role:
            role_of[idx] = role
            roles.append((replace(o, rule=rule), role))
    return roles
