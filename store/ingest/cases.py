"""A noun phrase put back into the nominative: the name of a body as the subject of a sentence.

Russian declines the head and the adjectives that agree with it ("Министерством внутренних дел" ->
"Министерство внутренних дел"), read with the morphology dictionary; the Turkic languages mark a body
before its role word with a genitive ending, taken off its last word ("… ұйымының" -> "… ұйымы").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .doc import fold
from .lexicon.grammar import Grammar, grammar_for
from .names import is_abbreviation


def head_first(g: Grammar) -> bool:
    """A head-first language puts the role (the head) before the body it governs ("руководитель Центра")."""
    return "first" in g.org_heads


def _genitive(g: Grammar) -> tuple[str, ...]:
    """The endings of a body in the genitive before its role word; a head-first language puts the body after."""
    return () if head_first(g) else g.genitive_suffixes


def genitive_stem(word: str, lang: str) -> str | None:
    """The word without its genitive ending, or None if it has none.

    >>> genitive_stem("борборунун", "ky"), genitive_stem("Agentliyinin", "az"), genitive_stem("BMT-nin", "az")
    ('борбору', 'Agentliyi', 'BMT')
    """
    w = fold(word)
    g = grammar_for(lang)
    for e in _genitive(g):
        if w.endswith(e) and len(w) - len(e) >= 3:
            stem = word[: len(word) - len(e)]
            if g.genitive_n_after_vowel and len(e) == 2 and stem[-1:].lower() in "aıoueəiöü":
                continue
            stem = stem.rstrip("-")
            if g.voiced_k_stems and fold(stem).endswith(g.voiced_k_stems):
                stem = stem[:-1] + ("k" if stem[-2] in "iü" else "q")
            return stem
    return None


# A Russian abbreviation with a case ending ("МИДа", "МВД", "ЦИКом"): capitals, then a short lowercase ending.
_DECLINED_ABBR = re.compile(r"([А-ЯЁ]{2,})(?:а|у|ом|е)")


@lru_cache(maxsize=8192)  # a long document names the same bodies again and again
def ru_nomn_phrase(phrase: str, *, role: bool) -> str:
    """Put the head of a Russian noun phrase into the nominative.

    >>> ru_nomn_phrase("Комитета по делам молодежи", role=False)
    'Комитет по делам молодежи'
    >>> ru_nomn_phrase("норвежского МИДа", role=False)
    'норвежский МИД'
    """
    from .nlp import pymorphy

    words = phrase.split(" ")
    out = list(words)
    gender = None
    for i, w in enumerate(words):
        head, sep, last = w.rpartition("-") if ("-" in w and role) else ("", "", w)
        declined = _DECLINED_ABBR.fullmatch(last)
        if declined:  # "японского МИДа": an abbreviation with a case ending; the adjectives agree
            out[i] = head + sep + declined.group(1)
            for j in range(i):
                ap = next((p for p in pymorphy().parse(words[j]) if p.tag.POS == "ADJF"), None)
                ai = ap.inflect({"nomn", "sing", "masc"}) if ap else None
                if ai:
                    out[j] = ai.word[:1].upper() + ai.word[1:] if words[j][:1].isupper() else ai.word
            break
        if not last or not last[0].isalpha() or is_abbreviation(last):
            break
        parses = pymorphy().parse(last)
        noun = next((p for p in parses if p.tag.POS == "NOUN" and p.tag.case != "nomn"), None)
        adj = next((p for p in parses if p.tag.POS == "ADJF"), None)
        if adj and (noun is None or parses[0].tag.POS == "ADJF") and i + 1 < len(words):
            continue_adj = True
        else:
            continue_adj = False
        if continue_adj:
            continue
        if noun is None:
            break
        if not noun.is_known and last[:1].isupper() and i + 1 < len(words) and words[i + 1][:1].isupper():
            break  # "Жогорку Кенеша": a foreign proper name the dictionary only guesses at stays as written
        # the body keeps its number: "вооружённых сил" are "вооружённые силы"
        inf = (noun.inflect({"nomn", "plur"}) if noun.tag.number == "plur" else None) \
            or noun.inflect({"nomn", "sing"}) or noun.inflect({"nomn"})
        if inf:
            new = inf.word
            new = new[:1].upper() + new[1:] if last[:1].isupper() else new
            out[i] = head + sep + new
            gender = inf.tag.gender if inf.tag.number != "plur" else None
            for j in range(i):  # adjectives before the noun agree with it
                ap = next((p for p in pymorphy().parse(words[j]) if p.tag.POS == "ADJF"), None)
                if ap:
                    ai = ap.inflect({"nomn", "sing", gender}) if gender else ap.inflect({"nomn", str(inf.tag.number)})
                    if ai:
                        out[j] = ai.word[:1].upper() + ai.word[1:] if words[j][:1].isupper() else ai.word
        break
    return " ".join(out)


def org_nominative(name: str, lang: str) -> str:
    """An organization's name as a subject: Russian in the nominative, a Turkic head without its genitive.

    >>> org_nominative("Министерством внутренних дел", "ru"), org_nominative("Халықаралық көші-қон ұйымының", "kk")
    ('Министерство внутренних дел', 'Халықаралық көші-қон ұйымы')
    """
    g = grammar_for(lang)
    if g.morphology_dictionary:
        return ru_nomn_phrase(name, role=False)
    if g.comitative_suffix:  # "… басқармасымен" (together with the department)
        vowels = "".join(sorted({p[-1] for p in g.possessive_suffixes}))
        name = re.sub(rf"(?<=[{vowels}])(?:{'|'.join(g.comitative)})$", "", name)
    if _genitive(g) and " " in name:
        head, _, last = name.rpartition(" ")
        stem = genitive_stem(last, lang)
        return f"{head} {stem}" if stem else name
    return name
