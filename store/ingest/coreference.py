"""Which mentions of names are one person (coreference within a document).

Mentions that share a family name (also declined, or spelled alike: ``names.phonetic_key``) and a
compatible given name or initial are one person; a family name named alone first joins the person
later named in full; a family name alone, however often, is one person; and once everyone is known,
each later family name alone ("Жумабеков отметил") is another mention of the person it names.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from .doc import Doc, Tok, fold
from .model import Para
from .names import is_capitalized, is_initial, phonetic_key, strip_case


@dataclass
class Mention:
    para: Para
    start: int
    end: int
    surface: str
    given: str | None
    family: str | None
    patronymic: str | None
    written: str  # nominative words in the written order, patronymic kept
    role: str | None = None
    organization: str | None = None
    cue: int = 0  # 2 an honorific, 1 a role word or a speech verb next to the name (``_has_cue``)
    rules: dict[str, str] = field(default_factory=dict)  # field -> the rule that set it (``rules.RULES``)
    bare: bool = False  # a family name alone, right after a role word ("президент Соколов")


@dataclass
class Person:
    mentions: list[Mention] = field(default_factory=list)


def group_mentions(mentions: list[Mention], doc: Doc) -> list[Person]:
    """The people of a document from its name mentions in text order (see the module docstring)."""
    people: list[Person] = []
    index: dict[tuple[str, str], set[int]] = {}  # who can be _same() as a mention: see _same_keys
    spelled: dict[int, dict[tuple[str | None, str | None, str | None], Mention]] = {}  # a person's mentions with a given name, one per spelling
    for m in mentions:
        keys = _same_keys(m)
        candidates = sorted(set().union(*(index.get(k, ()) for k in keys)))
        pid = next((i for i in candidates if any(_same(m, x) for x in spelled[i].values())), None)
        if pid is None:
            pid = len(people)
            people.append(Person([m]))
        else:
            people[pid].mentions.append(m)
        if m.given:
            spelled.setdefault(pid, {}).setdefault((m.given, m.family, m.patronymic), m)  # all _same reads
            for k in keys:
                index.setdefault(k, set()).add(pid)
    for p in people:  # "президент Соколов … Иван Соколов": a family named alone first joins the one named in full
        if p.mentions and not any(m.given for m in p.mentions):
            near = sorted(set().union(*(index.get(k, ()) for k in _same_keys(p.mentions[0]))))  # not every person
            q = next((people[i] for i in near if people[i] is not p
                      and any(_same(p.mentions[0], x) for x in spelled[i].values())), None)
            if q is not None:
                q.mentions.extend(p.mentions)
                p.mentions = []
    alone: dict[str, Person] = {}
    for p in people:  # "Орлов … Орлов": one person the text names by family alone, however often
        if p.mentions and not any(m.given for m in p.mentions) and p.mentions[0].family:
            first = alone.setdefault(fold(p.mentions[0].family), p)
            if first is not p:
                first.mentions.extend(p.mentions)
                p.mentions = []
    people = [p for p in people if p.mentions]
    families: dict[str, int] = {}
    for i, p in enumerate(people):
        for m in p.mentions:
            if m.family and not is_initial(m.family):
                families.setdefault(fold(m.family), i)
    if families:
        seen = {(m.para.id, m.start) for p in people for m in p.mentions}
        inside = {(i, m.para.id, k) for i, p in enumerate(people) for m in p.mentions for k in range(m.start, m.end)}
        for paragraph in doc.paragraphs:
            para = paragraph.para
            for pid, m in _surname_mentions(para, paragraph.tokens, families):
                if (para.id, m.start) not in seen and (pid, para.id, m.start) not in inside:  # not in one of pid's
                    people[pid].mentions.append(m)
                    inside.update((pid, para.id, k) for k in range(m.start, m.end))
    return people


def _surname_mentions(para: Para, toks: list[Tok], families: dict[str, int]) -> list[tuple[int, Mention]]:
    """Later mentions by family name alone ("Жумабеков отметил") among the tokens *toks* of *para*."""
    out = []
    for t in toks:
        if not t.is_word or not is_capitalized(t.text):
            continue
        base = strip_case(t.text, para.lang)
        key = fold(base)
        pid = _first_family(key, families)
        if pid is not None:
            out.append((pid, Mention(para, t.start, t.end, t.text, None, base, None, base)))
    return out


def _first_family(key: str, families: dict[str, int]) -> int | None:
    """The person of the first family name (they are in person order) that *key* is, or extends by
    up to 3 letters (family names of 5+ letters), or None.

    >>> _first_family("жумабековдун", {"жумабеков": 0}), _first_family("жумабек", {"жумабеков": 0})
    (0, None)
    """
    hits = [families[key[:n]] for n in range(max(5, len(key) - 3), len(key)) if key[:n] in families]
    if key in families:
        hits.append(families[key])
    return min(hits) if hits else None


def _same(a: Mention, b: Mention) -> bool:
    if not a.family or not b.family:
        return display(a) == display(b)
    fa, fb = fold(a.family), fold(b.family)
    fam_ok = fa == fb or phonetic_key(a.family) == phonetic_key(b.family) or (
        min(len(fa), len(fb)) >= 5 and (fa.startswith(fb) or fb.startswith(fa)) and abs(len(fa) - len(fb)) <= 2) \
        or _declined_alike(fa, fb)
    if not fam_ok:
        return False
    if not a.given or not b.given:
        return True
    ga, gb = fold(a.given), fold(b.given)
    if ga.rstrip(".")[:1] != gb.rstrip(".")[:1] and phonetic_key(a.given)[:1] != phonetic_key(b.given)[:1]:
        return False
    if "." in ga or "." in gb:
        return True
    return ga == gb or phonetic_key(a.given) == phonetic_key(b.given) or ga.startswith(gb) or gb.startswith(ga)


def _declined_alike(fa: str, fb: str) -> bool:
    """Two folded family names that differ only in a case ending of up to three letters after a
    common stem of five or more ("белогорский", "белогорского": a family of the adjective kind).

    >>> _declined_alike("белогорский", "белогорскому"), _declined_alike("петров", "петренко")
    (True, False)
    """
    common = len(os.path.commonprefix([fa, fb]))
    return common >= 5 and max(len(fa), len(fb)) - common <= 3


def _same_keys(m: Mention) -> list[tuple[str, str]]:
    """Keys two mentions share whenever ``_same`` holds: the display name, the folded family name,
    its phonetic key and its first five letters (the prefix rule needs five)."""
    keys = [("display", display(m))]
    if m.family:
        fa = fold(m.family)
        keys += [("family", fa), ("phonetic", phonetic_key(m.family))]
        if len(fa) >= 5:
            keys.append(("prefix", fa[:5]))
    return keys


def display(m: Mention) -> str:
    """"Given Family"; a name made of a given name and "Father уулу" keeps the patronymic."""
    parts = [p for p in (m.given, m.family) if p]
    if not m.family and m.patronymic:
        parts.append(m.patronymic)
    return " ".join(parts)
