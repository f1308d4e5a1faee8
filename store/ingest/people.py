"""People named in the body text, with their role and organization as the text states them.

A name is a run of capitalized words (or initials) that has a name shape (a surname or
patronymic ending), or a cue next to it (an honorific, a role word, a speech verb). Russian
paragraphs with capitalized pairs that the rules cannot explain also go through natasha NER.
Names are put into the nominative and "Given Family" order (``names.py``); roles come from an
apposition on either side of the name (``apposition.py``).

>>> from store.ingest.model import Para, DocContext
>>> p = Para("p-1", 0, "ru", "Руководитель центра Нурлан Абдыкадыров выступил с докладом.")
>>> [x.name for x in extract_people(Doc.build([p], DocContext("d-1")))]
['Нурлан Абдыкадыров']
"""
from __future__ import annotations

import re
from bisect import bisect_left

from . import model
from .coreference import Mention, display, group_mentions
from .apposition import MAX_WORDS, post_apposition, pre_apposition, ranked_after_comma, set_off_before
from .cases import genitive_stem, org_nominative
from .lexicon.grammar import grammar_for
from .lexicon.name_shapes import ORG_NAME_MARKERS_AFTER, ORG_NAME_MARKERS_BEFORE, PATRONYMIC_WORDS
from .lexicon.speech import is_speech_word
from .model import Para, stable_id
from .lexicon.roles import MINISTER_WORDS, ONE_OF, PLURAL_ROLE_ENDINGS
from .orgs import is_generic, resolve_generic
from .person_body import (AREA_WORDS, heads_a_place, ministry_of_role, names_a_district, names_a_place, the_ministry,
                          the_place)
from .rules import Why, note, sentence_at
from .spans import Spans
from .names import (_ru_parses, is_capitalized, is_cyrillic, is_initial, is_patronymic, name_key, order_name,
                    phonetic_key, ru_nominative, ru_noun_cases, strip_case, surname_strength)
from .person_words import (_bare_family, _blocker, _given_in_dict, _lone_family, _natasha_spans, _ru_opener, _runs,
                           _sentence_start, _split_run, _words, titled_caps)
from .doc import Doc, Tok, fold
from .people_tokens import (is_conj, is_honorific, is_honorific_after, is_org_word, is_role_prefix, is_role_word,
                            quote_depth)

# natasha's NER costs ~0.1 s per KB: a "paragraph" longer than this is a dump, not prose, and
# its names come from the rules alone (real report paragraphs stay under ~2,000 characters).
NER_MAX_CHARS = 10_000


def _has_cue(toks: list[Tok], a: int, b: int, lang: str) -> int:
    """2 for an honorific just before; 1 for a role word just before, a speech verb or ", role" after."""
    k = a - 1
    while k >= 0 and toks[k].kind == "p" and toks[k].text in "*«“\"":
        k -= 1
    if k >= 0 and toks[k].is_word and is_honorific(toks[k].text):
        return 2
    if k >= 0 and toks[k].is_word and (is_role_word(toks[k].text, lang) and not genitive_stem(toks[k].text, lang)
                                       or is_speech_word(toks[k].text, lang) and k and toks[k - 1].kind == "p"):
        return 1  # a role word, or an inverted attribution ('"…," said Jane Doe')
    if k >= 1 and toks[k].is_word and toks[k - 1].is_word \
            and (fold(toks[k - 1].text), fold(toks[k].text)) in (("according", "to"), ("по", "словам")) \
            and b + 1 < len(toks) and toks[b].text == "," \
            and (toks[b + 1].text in "«“\"„" or any(t.is_word and is_role_word(t.text, lang) for t in toks[b + 1:b + 5])):
        return 1  # "According to Sarah Whitfield, "…"" / ", head of …": the speaker of what follows
    if k >= 1 and toks[k].text == "," and b - a > 1 and b < len(toks) and toks[b].text in ",." \
            and any(t.is_word and is_role_word(t.text, lang) for t in toks[max(0, k - 6):k]):
        return 1  # "the country director, Jane Doe, said": a full name set off by commas after its role
    k = b
    while k < len(toks) and (toks[k].kind == "p" and toks[k].text in "*"
                             or toks[k].is_word and fold(toks[k].text) in PATRONYMIC_WORDS):
        k += 1  # "Gulnara Bekmurza kyzy, head of …"
    if k < len(toks) and toks[k].is_word and is_honorific_after(toks[k].text):
        return 2
    if k < len(toks) and toks[k].is_word and is_speech_word(toks[k].text, lang):
        return 1
    if k + 1 < len(toks) and toks[k].text in ",(–—" and toks[k + 1].is_word:
        window = [t.text for t in toks[k + 1:k + 5] if t.is_word]
        return int(any(is_role_word(w, lang) for w in window))
    return 0


def _org_embedded(toks: list[Tok], a: int, b: int, lang: str) -> bool:
    """A name inside an organization's name ("Центр имени …", "… атындагы университет")."""
    k = a - 1
    while k >= 0 and toks[k].kind == "p" and toks[k].text in "«“\"„":
        k -= 1
    if k >= 0 and toks[k].is_word:
        w = fold(toks[k].text)
        if w in ORG_NAME_MARKERS_BEFORE:
            return True
        if is_org_word(toks[k].text, lang) and not is_role_word(toks[k].text, lang):
            initials = is_initial(toks[a].text)
            quoted = any(toks[j].text in "«“\"„" for j in range(max(0, k - 1), k))
            role_before = _role_within(toks, k, lang)
            if quoted or not role_before or (initials and k + 1 < a):
                return True  # ("Начальник управления Т. Сыдыков": the role makes it a person)
    return b < len(toks) and toks[b].is_word and fold(toks[b].text) in ORG_NAME_MARKERS_AFTER \
        or names_a_district(toks, a, b, lang) or _body_word_after(toks, b, lang)


def _body_word_after(toks: list[Tok], b: int, lang: str) -> bool:
    """In a language that capitalizes every word of a name, a body's type word among the two capitalized
    words right after the name: the name is the body's ("… Daniel Orbeli Police Academy")."""
    if grammar_for(lang).name_case != "every-word":
        return False
    for j in range(b, min(b + 2, len(toks))):
        if not (toks[j].is_word and is_capitalized(toks[j].text)):
            return False
        if is_org_word(toks[j].text, lang):
            return True
    return False


def _role_within(toks: list[Tok], k: int, lang: str, span: int = MAX_WORDS) -> bool:
    """A role word among the *span* words before token *k* (as long as a role may run), with no
    punctuation between: the body named before a name is the role's ("представитель комитета при
    министерстве Анна Орлова").

    >>> from store.ingest.doc import tokenize
    >>> toks = tokenize("представитель комитета при министерстве Анна")
    >>> _role_within(toks, 3, "ru"), _role_within(tokenize("Тогда, комитета при министерстве"), 4, "ru")
    (True, False)
    """
    j = k - 1
    while j >= 0 and k - j <= span and toks[j].is_word:
        if is_role_word(toks[j].text, lang):
            return True
        j -= 1
    return False


def _accept(words: list[Tok], lang: str, cue: int, role_before: bool = False) -> bool:
    g = grammar_for(lang)
    texts = [w.text for w in words if fold(w.text) not in PATRONYMIC_WORDS]
    if not texts or len(texts) > 3 + g.middle_names:
        return False
    initials = [w for w in texts if is_initial(w)]
    full = [w for w in texts if not is_initial(w)]
    if initials:
        return len(full) == 1 and len(full[0]) >= 3 and (surname_strength(strip_case(full[0], lang), lang) > 0 or cue > 0)
    if len(full) < 2 or (all(_RU_ADJECTIVE.search(w) for w in full)
                         and not (g.morphology_dictionary and _given_in_dict(full[0]))):
        return False  # but "с Анной Петровой": a woman's name in an oblique case ends like an adjective
    if any(is_patronymic(w) for w in texts) or len(texts) < len(words):
        return True
    strength = max(surname_strength(strip_case(w, lang), lang) for w in texts)
    if strength == 2 or cue == 2:
        return True
    if role_before and g.name_case != "every-word" and len(full) == 2 and all(len(w) >= 3 and w[1:].islower() for w in full):
        return True  # "советник X Y", "rəhbəri X Y": a role just before two capitalised words names a person
    if not cue:
        return False
    if g.middle_names:
        return True
    if g.name_case_suffixes and strength >= 1:
        return True
    return not g.name_case_suffixes and is_cyrillic(texts[0]) and _given_in_dict(texts[0])


# "Государственной Налоговой (Службы)": adjectives of a body's name, not a person's name
_RU_ADJECTIVE = re.compile(r"(?:ой|ая|ое|ые|ых|ого|ому|ими|ыми)$")  # not -ий/-ый: "Анатолий", "Белый"


def _trim(words: list[Tok], lang: str, cue: int = 0) -> list[Tok]:
    """Keep at most Given + Family (+ patronymic) out of a longer run.

    Three words after a role word, none a patronymic, are one foreign name with a middle name
    ("ассистент Анна Мария Росси").
    """
    core = [w for w in words if fold(w.text) not in PATRONYMIC_WORDS]
    if len(core) <= 2 or any(is_initial(w.text) for w in core) or any(is_patronymic(w.text) for w in core):
        return words
    g = grammar_for(lang)
    if g.middle_names and len(core) in (3, 4):
        return words  # "Anna Maria Rossi", "Ana Lucia Pereira Gomes": middle names, two family names
    if g.morphology_dictionary and len(core) == 3 and (_ru_declined_place(core[0].text) or is_role_word(
            core[0].text, lang) and not _given_in_dict(core[0].text)):  # "Совета | Министров | Анна Орлова" too
        return core[1:]  # "глава правительства | Израиля | Давид Ашкенази": the role's place, then the name
    if cue and len(core) == 3 and is_cyrillic(core[0].text) and _given_in_dict(core[0].text):
        return words
    strengths = [surname_strength(strip_case(w.text, lang), lang) for w in core]
    best = max(range(len(core)), key=lambda i: (strengths[i], -i))
    if best > 0:
        return core[best - 1:best + 1]
    return core[:2]


def _ru_declined_place(word: str) -> bool:
    """A word the dictionary knows as a place in an oblique case, even if also as a given name.

    >>> _ru_declined_place("Израиля"), _ru_declined_place("Давид")
    (True, False)
    """
    return is_cyrillic(word) and any("Geox" in p.tag and p.is_known and p.tag.case != "nomn" for p in _ru_parses(word))


_RU_OBLIQUE_BEFORE = {"словам", "мнению", "у", "от", "для", "без", "против", "среди", "около", "со"}


def _oblique_context(toks: list[Tok], a: int, lang: str) -> bool:
    """Whether the words before the name at token *a* put it in the genitive or accusative (Russian).

    The head of a role phrase decides ("заместителя мэра города X": genitive; "заместитель мэра
    города X": nominative), else a preposition or "по словам" right before the name.
    """
    if not grammar_for(lang).morphology_dictionary:
        return False
    words: list[Tok] = []
    k = a - 1
    while k >= 0 and len(words) < 6 and toks[k].is_word:
        words.append(toks[k])
        k -= 1
    if not words:
        return False
    if fold(words[0].text) in _RU_OBLIQUE_BEFORE:
        return True
    heads = [w for w in words if is_role_word(w.text, lang)]
    if not heads:
        return False
    parses = ru_noun_cases(heads[-1].text)
    return any(c in ("gent", "accs") for c, _n in parses) and not any(c == "nomn" and n == "sing" for c, n in parses)


def _mention(para: Para, words: list[Tok], lang: str, oblique: bool = False) -> Mention:
    texts = ["-".join(x.capitalize() for x in w.text.split("-")) if _caps_family(w.text, lang) else w.text
             for w in words]
    last = len(texts) - 1
    g = grammar_for(lang)
    clean = []
    for i, t in enumerate(texts):
        if fold(t) in PATRONYMIC_WORDS or is_initial(t):
            clean.append(t)
            continue
        given_like = surname_strength(t, lang) == 0 and not is_patronymic(t)
        if given_like and surname_strength(strip_case(t, lang), lang) == 2:
            given_like = False  # a surname under a case ending ("Ergashevaning", "Содиқованинг")
        clean.append(strip_case(t, lang, given=given_like) if (i == last or g.suffix_on_every_name_word) else t)
    given, family, patr = order_name(clean, lang)
    if (g.morphology_dictionary or (not g.name_case_suffixes and is_cyrillic("".join(clean)))) and family:
        g2, family = ru_nominative(given, family, oblique=oblique)
        if given and g2 and " " not in given:
            given = g2
    written = " ".join(clean)
    surface = para.text[words[0].start:words[-1].end]
    return Mention(para, words[0].start, words[-1].end, surface, given, family, patr, written)


def _caps_family(word: str, lang: str) -> bool:
    """A family name written in capitals, as the press sets it beside a given name ("Анна ОРЛОВА",
    "ОРЛОВА Анна"); a capitalised abbreviation has no family-name ending.

    >>> _caps_family("ОРЛОВА", "ru"), _caps_family("МВД", "ru"), _caps_family("Орлова", "ru")
    (True, False, False)
    """
    return len(word) >= 4 and word.isupper() and surname_strength(word.capitalize(), lang) == 2


def _with_caps_families(toks: list[Tok], runs: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """Each run of capitalized words with a capitals family name right before or after it (see
    ``_caps_family``) taken in, so the name is read whole."""
    out = []
    for a, b in runs:
        if b < len(toks) and toks[b].kind == "w" and _caps_family(toks[b].text, lang):
            b += 1
        elif a > 0 and toks[a - 1].kind == "w" and _caps_family(toks[a - 1].text, lang):
            a -= 1
        out.append((a, b))
    return out


def _needs_ner(toks: list[Tok], runs: list[tuple[int, int]], accepted: set[int], lang: str) -> bool:
    if not grammar_for(lang).analyser:  # natasha's named entities
        return False
    for a, b in runs:
        if a in accepted:
            continue
        ws = _words(toks, a, b)
        if len(ws) >= 2 and not any(_blocker(w.text, lang) for w in ws):
            return True
        if len(ws) == 1 and _lone_family(ws[0].text, lang) and not _quoted(toks, a):
            return True
    return False


def _quoted(toks: list[Tok], k: int) -> bool:
    """The word at *k* opens a quoted name of one or two words: a body's, a paper's or a brand's
    name («Рассвет», «Новый путь»), not a person's.

    >>> from store.ingest.doc import tokenize
    >>> [_quoted(tokenize(s), 2) for s in ("Фонд «Рассвет» помог.", "Фонд «Новый путь» помог.", "Он: «Орлов забил гол»")]
    [True, True, False]
    """
    if k == 0 or toks[k - 1].text not in "«“„\"":
        return False
    return any(t.text in "»”“\"" for t in toks[k + 1:k + 3])


def _word_indexes(toks: list[Tok], starts: list[int], s: int, e: int) -> list[int]:
    """Indexes of the words lying within characters s..e (*starts*: each token's start, in order).

    >>> from store.ingest.doc import tokenize
    >>> toks = tokenize("Он и Анна Петрова.")
    >>> _word_indexes(toks, [t.start for t in toks], 5, 17)
    [2, 3]
    """
    out = []
    k = bisect_left(starts, s)
    while k < len(toks) and toks[k].start < e:
        if toks[k].is_word and toks[k].end <= e:
            out.append(k)
        k += 1
    return out


def _opens_caps(toks: list[Tok], k: int, lang: str) -> bool:
    """A capitalized post that opens its phrase, as official texts write it ("вчера | Посол Франции X"),
    not a word inside a body's capitalized name: before it only its own adjectives ("Чрезвычайный и
    Полномочный"), then a lowercase word, a mark or the sentence's first word."""
    j = k - 1
    while j >= 0 and toks[j].is_word and (is_role_prefix(toks[j].text, lang) or is_conj(toks[j].text, lang)):
        j -= 1
    return j < 0 or not toks[j].is_word or toks[j].text.islower() or _sentence_start(toks, j)


def _para_mentions(para: Para, toks: list[Tok]) -> list[Mention]:
    lang = para.lang
    toks = titled_caps(toks, lang)
    text = para.text
    runs = _with_caps_families(toks, _runs(toks), lang)
    at = {t.start: k for k, t in enumerate(toks)}  # a token's index, without a list.index scan
    found: list[tuple[int, int, int]] = []  # word range, the cue (``_has_cue``)
    bare: list[int] = []
    accepted: set[int] = set()
    ner: set[int] = set()
    for a, b in runs:
        for sa, sb in _split_run(toks, a, b, lang):
            words = _words(toks, sa, sb)
            first = at[words[0].start]
            cue = _has_cue(toks, first, at[words[-1].start] + 1, lang)
            k = first - 1
            while k > 0 and first - k < 6 and toks[k].is_word and not is_role_word(toks[k].text, lang) \
                    and not is_speech_word(toks[k].text, lang):
                k -= 1  # "роҳбари | Созмони … | X Y", "посол | Японии в Канаде | X Y": what the role is of
            if not (k >= 0 and toks[k].is_word and is_role_word(toks[k].text, lang)):
                k = _izafet_role(toks, first, lang)
            role_before = k >= 0 and toks[k].is_word and is_role_word(toks[k].text, lang) \
                and not genitive_stem(toks[k].text, lang) \
                and (k == first - 1 or toks[k].text.islower() or _sentence_start(toks, k) or _opens_caps(toks, k, lang))
            if len(words) == 1 and ((role_before and k == first - 1) or cue) and _bare_family(words[0].text, lang):
                bare.append(first)  # "министр Соколов", "президента Соколова": a person the text names by family only
                accepted.add(a)
                continue
            if len(words) == 4 and role_before and first > 0 and toks[first - 1].is_word \
                    and is_org_word(toks[first - 1].text, lang) and toks[first - 1].text.islower():
                words = words[2:]  # "капитан клуба | Северная Звезда | Иван Орлов": the body's name, then the person
            if not _accept(words, lang, cue, role_before):
                continue
            words = _trim(words, lang, cue)
            ia, ib = at[words[0].start], at[words[-1].start] + 1
            if _org_embedded(toks, ia, ib, lang):
                accepted.add(a)
                continue
            found.append((ia, ib, cue))
            accepted.add(a)
    if len(text) <= NER_MAX_CHARS and _needs_ner(toks, runs, accepted, lang):
        taken = {i for a, b, _ in found for i in range(a, b)}
        starts = [t.start for t in toks]
        for s, e in _natasha_spans(text):
            idx = _word_indexes(toks, starts, s, e)
            if len(idx) > 1 and _sentence_start(toks, idx[0]) and _ru_opener(toks, idx[0], idx[-1] + 1):
                idx = idx[1:]  # "Впрочем Орлов": the sentence's first word
            if len(idx) == 1 and idx[0] not in taken and _lone_family(toks[idx[0]].text, lang) \
                    and len(starts) > 2 and not _quoted(toks, idx[0]) and not _org_embedded(toks, idx[0], idx[0] + 1, lang):
                bare.append(idx[0])  # "Старовойтов забил второй гол": natasha's person named by family alone
                ner.add(idx[0])
                continue
            if len(idx) < 2 or any(k in taken for k in idx) or all(is_initial(toks[k].text) for k in idx):
                continue  # initials alone ("В. Л.", an author's signature) name no one
            words = [toks[k] for k in idx]
            if any(_blocker(w.text, lang) or not (is_capitalized(w.text) or is_initial(w.text)) for w in words):
                continue
            if len(words) > 3 or _org_embedded(toks, idx[0], idx[-1] + 1, lang):
                continue
            found.append((idx[0], idx[-1] + 1, False))
            ner.add(idx[0])
    depth = quote_depth(text)
    out = []
    found += [(a, a + 1, True) for a in bare]
    name_spans = Spans((a, b) for a, b, _ in found)
    shared: tuple[int, tuple[str, str | None]] | None = None  # where a plural role's first name ended, the role
    for a, b, cue in sorted(found):
        m = _mention(para, _words(toks, a, b), lang, _oblique_context(toks, a, lang))
        m.cue = cue
        m.bare = a in bare and b == a + 1
        m.rules["name"] = ("natasha-per" if a in ner else "family-after-role" if m.bare
                           else "name-cue" if cue else "name-shape")
        pre = pre_apposition(toks, a, lang, text, depth, name_spans)
        post = post_apposition(toks, b, lang, text, depth, name_spans)
        if post and _plural_of_role(post[0], lang) and not (a > 0 and is_conj(toks[a - 1].text, lang)) \
                and not (b + 1 < len(toks) and fold(toks[b + 1].text) in ONE_OF):
            post = None  # "A, представители прокуратуры": a plural role after one name is the list's next item
        chosen = post if pre and post and set_off_before(toks, a, lang) and not ranked_after_comma(toks, a, lang) \
            else pre or post
        if chosen:
            m.role, m.organization = chosen
            m.rules.update(role="role-before-name" if chosen is pre else "role-after-name", organization="role-apposition")
        elif shared and _second_of_pair(toks, shared[0], a, lang):
            m.role, m.organization = shared[1]  # "эксперты X (…) и Y": the plural role is Y's too
            m.rules.update(role="plural-role-pair", organization="role-apposition")
        shared = (b, pre) if pre and _plural_role(pre[0], lang) else None
        out.append(m)
    return out


def _izafet_role(toks: list[Tok], first: int, lang: str, span: int = 16) -> int:
    """The role word that opens an izafet chain ending right before the name at *first*, or -1: each word
    of the chain is bound by the izafet of the word before it, or is a name link or a place preposition
    ("роҳбари Намояндагии идораи Комиссари олии … оид ба гурезаҳо дар Тоҷикистон | X Y").

    >>> from store.ingest.doc import tokenize
    >>> toks = tokenize("бо роҳбари Намояндагии Созмони Муттаҳид оид ба гурезаҳо дар Тоҷикистон Марта Ковалски")
    >>> _izafet_role(toks, 10, "tg"), _izafet_role(tokenize("бо раҳбари ширкат дар шаҳр ҳамроҳ Марта Ковалски"), 6, "tg")
    (1, -1)
    """
    g = grammar_for(lang)
    if not g.izafet_endings:
        return -1
    links = set(g.name_links) | set(g.locative_prepositions)
    j = first - 1
    while j > 0 and first - j <= span and toks[j].is_word:
        if is_role_word(toks[j].text, lang) and toks[j].text.islower():
            return j  # a capitalised one ("Комиссари олии"): a word of the body's name
        prev = toks[j - 1]
        bound = prev.is_word and (fold(prev.text).endswith(g.izafet_endings) or fold(prev.text) in links)
        if not (bound or fold(toks[j].text) in links):
            return -1
        j -= 1
    return -1


def _plural_endings(lang: str) -> tuple[str, ...]:
    """The plural endings a role word may take in *lang*: not those the language's izafet or possessive
    also takes ("раиси" is the chairman "of", "rahbari" "its head", not two of them).

    >>> "и" in _plural_endings("ru"), "и" in _plural_endings("tg"), "ҳо" in _plural_endings("tg")
    (True, False, True)
    """
    g = grammar_for(lang)
    bound = set(g.izafet_endings) | set(g.possessive_suffixes)
    return tuple(e for e in PLURAL_ROLE_ENDINGS if e not in bound)


def _plural_role(role: str, lang: str) -> bool:
    """Whether the role phrase opens with a plural role word ("советники …", "experts of …")."""
    first = role.split()[0] if role.split() else ""
    return fold(first).endswith(_plural_endings(lang)) and is_role_word(first, lang)


def _plural_of_role(role: str, lang: str) -> bool:
    """Whether the role phrase opens with the plural of a role word: the word less a plural ending is
    a role word too ("представители" -> "представител"); "лидер" only ends like a plural.

    >>> _plural_of_role("представители прокуратуры", "ru"), _plural_of_role("лидер партии", "ru")
    (True, False)
    """
    first = fold(role.split()[0]) if role.split() else ""
    return any(first.endswith(e) and is_role_word(first[:-len(e)], lang) for e in _plural_endings(lang))


def _second_of_pair(toks: list[Tok], end: int, a: int, lang: str) -> bool:
    """Whether only a parenthesis and a conjunction part the name ending at *end* from the one at *a*."""
    k = end
    if k < a and toks[k].text == "(":
        while k < a and toks[k].text != ")":
            k += 1
        k += 1
    return k == a - 1 and is_conj(toks[k].text, lang)


def extract_people(doc: Doc) -> list[model.Person]:
    """One record per distinct person named in the document (see the module docstring)."""
    paras, ctx = doc.paras, doc.ctx
    people = group_mentions([m for paragraph in doc.paragraphs for m in _para_mentions(paragraph.para, paragraph.tokens)],
                            doc)
    out: list[model.Person] = []
    texts: list[tuple[str, str]] | None = None
    resolved: dict[tuple[str, int], str] = {}
    ministries: dict[str, str | None] = {}
    place: list[str | None] = []  # the place the report is about, once looked for
    named: set[str] | None = None
    for p in people:
        full = [m for m in p.mentions if m.given]
        if not full:
            bare_family = {fold(m.family or "") for m in p.mentions if m.bare}
            if named is None:  # the family names of everyone named in full (p is not: no given name)
                named = {fold(x.family or "") for q in people for x in q.mentions if x.given}
            if not bare_family or bare_family & named:
                continue  # a family name alone is a person only when no one named in full carries it
            full = [m for m in p.mentions if m.bare]
        counts: dict[str, int] = {}
        for m in full:
            counts[display(m)] = counts.get(display(m), 0) + 1
        # prefer a full given name over initials, then the most frequent form, then the first
        name = max(counts, key=lambda n: ("." not in n, counts[n], -list(counts).index(n)))
        aliases = []
        for m in full:
            for form in (display(m), m.written, m.surface):
                if form and form != name and form not in aliases:
                    aliases.append(form)
            if m.patronymic:
                form = " ".join(x for x in (m.family, m.given, m.patronymic) if x)
                if form != name and form not in aliases:
                    aliases.append(form)
        role_m = next((m for m in p.mentions if m.role), None)
        org_m = next((m for m in p.mentions if m.organization), None)
        organization = org_m.organization if org_m else None
        why: Why = {}
        name_m = next(m for m in full if display(m) == name)
        note(why, "name", name_m.rules.get("name", "name-shape"), sentence_at(name_m.para.text, name_m.start, name_m.end))
        for field_, m_ in (("role", role_m), ("organization", org_m)):
            if m_:
                note(why, field_, m_.rules[field_], sentence_at(m_.para.text, m_.start, m_.end))
        if org_m and organization and is_generic(organization) and not names_a_place(organization, org_m.para.lang):
            # "the fund's head": which fund the text named (a mayor's city or a premier's country is no fund)
            if texts is None:
                texts = [(x.text, x.lang) for x in paras]
                para_at = {x.id: k for k, x in reversed(list(enumerate(paras)))}
            at = para_at.get(org_m.para.id, 0)
            if (organization, at) not in resolved:  # many people of a long document share one
                resolved[organization, at] = resolve_generic(organization, at, texts)
            if not any(fold(w) in fold(resolved[organization, at]).split() for w in name.split()[1:]):
                organization = resolved[organization, at]  # but not "фонда | Анна Орлова": the person's own name
            if not is_generic(organization):
                note(why, "organization", "generic-resolved", sentence_at(org_m.para.text, org_m.start, org_m.end))
            if is_generic(organization) and (organization[:1].islower() or fold(organization) in AREA_WORDS):
                organization = None  # "координатор проекта", "Облыс әкімінің …" with no body named: a bare word says nothing
            else:  # named in the genitive or instrumental elsewhere: "… қорының", "объединением «…»"
                organization = org_nominative(organization, org_m.para.lang)
        ministry = ministry_of_role(role_m.role, role_m.para.lang) if role_m and role_m.role else None
        if role_m and ministry and (organization is None or ministry.startswith(organization)):
            organization = ministry  # "Билим берүү | министри": the field alone is not the body
            note(why, "organization", "minister-of-field", sentence_at(role_m.para.text, role_m.start, role_m.end))
        if organization is None and role_m and any(w in fold(role_m.role) for w in MINISTER_WORDS):
            if role_m.para.lang not in ministries:
                ministries[role_m.para.lang] = the_ministry(paras, role_m.para.lang)
            said = sentence_at(role_m.para.text, role_m.start, role_m.end)  # or the one named beside the minister
            lang = role_m.para.lang
            organization = ministries[lang] or the_ministry([Para("s", 0, lang, said)], lang)
            note(why, "organization", "the-ministry", said)
        if organization is None and role_m and role_m.role and heads_a_place(role_m.role, role_m.para.lang):
            if not place:
                place.append(the_place(paras))
            organization = place[0]  # "Президент X …": the head of the place the report is about
            if organization:
                note(why, "organization", "the-place", sentence_at(role_m.para.text, role_m.start, role_m.end))
        pids = list(dict.fromkeys(m.para.id for m in p.mentions))
        out.append(model.Person(
            id=stable_id("person", ctx.doc_id, name_key(name)),
            name=name,
            aliases=tuple(aliases),
            role=role_m.role if role_m else None,
            organization=organization,
            paragraph_ids=tuple(pids),
            mentions=tuple(model.Mention(m.para.id, m.surface, m.start, m.end) for m in p.mentions),
            key=phonetic_key(name),
            why=why,
        ))
    return out
