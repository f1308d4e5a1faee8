"""Events: what happened, when, where, organized and paid for by whom.

A document usually reports one event. Its *lead* is the sentence with an event word
(``lexicon/events.py``) that best says when/where/how it happened (a date, a place in the
locative, a verb of holding); the date, place, title, organizers, funders and participant counts
are read from the lead first and from the other sentences about the event after it. A second
event is reported only when another sentence names an event with a different full date.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from .cases import genitive_stem, org_nominative
from .dates import dateline, dateline_head, find_dates
from .event_sentences import QUOTE, KindHit, Sent, best_sentence, patterns, places_in
from .lexicon import events as lex
from .lexicon.grammar import Grammar, every, grammar_for
from .lexicon.places import CAPITAL_WORDS, CAPITALS
from .model import DocContext, Event, Para, stable_id
from .org_roles import labelled_role, names_funding, org_roles
from .participants import participants
from .orgs import OrgHit, find_orgs
from .places import PlaceHit, find_places, in_a_list, natasha_places, seat_of_body
from .doc import Doc, Paragraph
from .rules import Why, note, note_item, sentence_at
from .spans import Spans

_MAX_EVENTS = 6
_BACKGROUND = re.compile(lex.BACKGROUND, re.IGNORECASE)


def _best_kind(kinds: list[str]) -> str | None:
    specific = [k for k in kinds if k != "other"]
    if specific:
        return specific[0]
    return "other" if kinds else None


def _pick_place(sents: list[Sent], why: Why | None = None) -> PlaceHit | None:
    """The settlement or region of the event: the lead's place in the locative first."""
    for i, s in enumerate(sents):
        local = [p for p in s.places if p.kind != "country" and not _dative_place(s, p) and not seat_of_body(s.text, p, s.para.lang)]
        if i > 0:
            local = [p for p in local if p.locative or p.cue]
        if not local:
            continue
        local.sort(key=lambda p: (not p.locative, not p.cue, p.kind != "city", p.start))
        note(why, "place", ("lead-" if i == 0 else "later-") + "locative" if local[0].locative
             else "lead-place" if i == 0 else "cue-word", s.text)
        return local[0]
    lead = sents[0] if sents else None
    g = grammar_for(lead.para.lang) if lead else None
    if lead and g and g.analyser and _preposition_place(g).search(lead.text):
        found = [p for p in natasha_places(lead.text) if p.locative]
        if found:
            note(why, "place", "natasha-locative", lead.text)
            return found[0]
    return None


def _dative_place(s: Sent, p: PlaceHit) -> bool:
    """A place in the dative ("Алматыга жасаган сапары", "a trip to Almaty") is where someone went, not the event's.

    >>> p = Para("p", 0, "ky", "Төрайым Алматыга барды.")
    >>> s = Sent(p, 0, len(p.text), 0, None)
    >>> [_dative_place(s, h) for h in s.places]
    [True]
    """
    tail = s.text[p.start:p.end][len(p.name):].casefold()
    return bool(tail) and tail in grammar_for(s.para.lang).dative_suffixes


@lru_cache(maxsize=8)
def _preposition_place(g: Grammar) -> re.Pattern[str]:
    """A locative preposition and a capitalised word ("в Оше"): the analyser may find a place there."""
    preps = "|".join(f"{p}|{p.capitalize()}" for p in g.locative_prepositions)
    return re.compile(rf"\b(?:{preps})\s+[А-ЯЁ][а-яё]+")


def _dateline_place(paras: list[Para]) -> PlaceHit | None:
    """The settlement a news dateline names ("Ош, 5 мая 2024 г. — …"), when the first paragraphs open with one."""
    for p in paras[:6]:
        head = dateline_head(p.text, p.lang)
        if head is not None:
            local = [h for h in places_in(head, p.lang) if h.kind != "country"]
            return local[0] if local else None
    return None


# A labelled field giving the event's date ("Дата и место: 27 октября", "Date: 3 May").
_DATE_LABEL = re.compile(r"^\W*(?:" + lex.DATE_LABELS + r")\w*(?:\s+(?:" + "|".join(every("conjunctions")) + r")\s+\w+)?\W*:",
                         re.IGNORECASE)


class _Dated(NamedTuple):
    """The event's date and the sentence it was read in."""

    value: str | None
    sent: Sent | None


def _pick_date(sents: list[Sent], why: Why | None = None) -> _Dated:
    participate = patterns().participate
    lead = sents[0]
    for d in lead.event_dates:
        if d.precision in ("day", "month"):
            note(why, "date", "dateline" if lead.start == 0 and d.value == dateline(
                lead.para.text, lead.para.lang) else "lead-sentence-date", lead.text)
            return _Dated(d.value, lead)
    for d in lead.event_dates:
        note(why, "date", "relative-word", lead.text)
        return _Dated(d.value, lead)  # a relative word: resolved or null, never another date
    for s in sents[1:]:
        if not (s.kinds or s.hold or participate.search(s.text) or _DATE_LABEL.match(s.text)):
            continue  # "… отметил, что весной вступили в силу поправки": a date of something else
        for d in s.event_dates:
            if d.precision in ("day", "month"):
                note(why, "date", "later-sentence-date", s.text)
                return _Dated(d.value, s)
    return _Dated(None, None)


def _pick_titles(sents: list[Sent], why: Why | None = None) -> list[str]:
    t_after, t_before = patterns().t_after, patterns().t_before
    by_lang: dict[str, str] = {}
    for pass_ in (0, 1):
        for s in sents:
            if s.para.lang in by_lang:
                continue
            title = None
            if pass_ == 0:
                m = t_after.search(s.text) or t_before.search(s.text)
                if m and (t_after.search(s.text) or s.kinds):
                    title = m.group(1)
            else:
                for kind, ks, ke in s.kinds:
                    while ke < len(s.text) and s.text[ke].isalpha():
                        ke += 1  # the kind matched a stem ("акци|я «…»"): from the end of the word
                    after = re.match(r"\s*,?\s*(?:по|on|:)?\s*" + QUOTE, s.text[ke:ke + 220])
                    before = re.search(QUOTE + r"\s*(?:[^\W\d_]+\s+){0,1}$", s.text[max(0, ks - 220):ks])
                    m = after or before
                    if m:
                        title = m.group(1)
                        break
            if title and not _names_an_org(s, title):
                by_lang[s.para.lang] = " ".join(title.split())
                note_item(why, "titles", by_lang[s.para.lang], "quoted-after-event-word" if pass_ else "title-cue", s.text)
    return list(by_lang.values())


def _names_an_org(s: Sent, quoted: str) -> bool:
    """Whether the quoted words are an organization's name ("объединение «Закон и Общество» провело")."""
    q = " ".join(quoted.split())
    return any(q in " ".join(h.name.split()) and h.head != "abbr" for h in find_orgs(s.text, s.para.lang))


@dataclass(slots=True)
class _Body:
    """The mentions of one organization in a report, and what they make it."""

    names: list[OrgHit] = field(default_factory=list)
    roles: Counter[str] = field(default_factory=Counter)
    first: dict[str, tuple[str, str]] = field(default_factory=dict)  # role -> (rule, sentence) of its first mention


class _Bodies(NamedTuple):
    """Organizers and funders of an event, and the paragraphs naming them."""

    organizers: list[str]
    funders: list[str]
    paragraph_ids: set[str]


def _orgs(sents: list[Sent], mine: list[Sent] | None = None, why: Why | None = None) -> _Bodies:
    """Organizers and funders named in the paragraphs of *sents*, one name per body, in the sentences
    of the event (*mine*, all of them by default): not in those of another event in the same paragraph."""
    groups: dict[str, _Body] = {}
    pids: set[str] = set()
    seen_paras: set[str] = set()
    spans: dict[str, list[tuple[int, int]]] = {}
    for s in (mine if mine is not None else sents):
        spans.setdefault(s.para.id, []).append((s.start, s.end))
    inside = {pid: Spans(v) for pid, v in spans.items()}
    for s in sents:
        if s.para.id in seen_paras:
            continue
        seen_paras.add(s.para.id)
        for org, role in org_roles(s.para.text, s.para.lang):
            if s.para.id not in inside or not inside[s.para.id].covers(org.start):
                continue  # named in a sentence of another event of the same paragraph
            declines = grammar_for(s.para.lang).nominative_heads is not None  # a head-first head in any case
            if (declines and org.head != "abbr") or org.head in ("last", "cue", "weak"):
                # "Министерством внутренних дел", "… көші-қон ұйымының қолдауымен": named as the subject
                org = replace(org, name=_subject_form(org, s.para.lang))
            key = org.key or " ".join(org.name.casefold().split())
            if key in groups and _another_body(org, role, groups[key]):
                key = f"{key}|{role}"  # "IOM Mission … organized", "co-funded by IOM Development Fund": two bodies
            g = groups.setdefault(key, _Body())
            g.names.append(org)
            g.roles[role] += 1
            g.first.setdefault(role, (org.rule, sentence_at(s.para.text, org.start, org.end)))
            pids.add(s.para.id)
    organizers: list[str] = []
    funders: list[str] = []
    for g in groups.values():
        name = _display(g.names)
        funds = g.roles["funder"] > g.roles["organizer"]
        (funders if funds else organizers).append(name)
        note_item(why, "funders" if funds else "organizers", name, *g.first["funder" if funds else "organizer"])
    return _Bodies(organizers, funders, pids)


def _subject_form(org: OrgHit, lang: str) -> str:
    """The organization's name as a subject (``org_nominative``); a one-word head-last name loses its genitive
    too ("Kitabxananın" -> "Kitabxana").

    >>> _subject_form(OrgHit("Kitabxananın", 0, 12, head="last"), "az"), _subject_form(OrgHit("IOM", 0, 3, head="abbr"), "az")
    ('Kitabxana', 'IOM')
    """
    if org.head == "last" and " " not in org.name:
        return genitive_stem(org.name, lang) or org.name
    return org_nominative(org.name, lang)


def _another_body(org: OrgHit, role: str, group: _Body) -> bool:
    """Whether *org*, sharing an abbreviation's key with *group*, is another body: a full name in a new role
    that none of the group's names spells ("IOM Mission" organizes, "IOM Development Fund" funds).

    >>> g = _Body([OrgHit("IOM Mission", 0, 11, "IOM")], Counter({"organizer": 1}))
    >>> _another_body(OrgHit("IOM Development Fund", 40, 60, "IOM"), "funder", g)
    True
    >>> _another_body(OrgHit("IOM", 40, 43, "IOM", head="abbr"), "funder", g)
    False
    """
    if role in group.roles or org.head == "abbr":
        return False
    name = " ".join(org.name.casefold().split())
    return all(h.head != "abbr" and " ".join(h.name.casefold().split()) != name for h in group.names)


def _display(hits: list[OrgHit]) -> str:
    full = [h.name for h in hits if h.head != "abbr"]
    if full:
        return max(full, key=len)
    return hits[0].name


def _country(paras: list[Para], ctx: DocContext, lead: Sent, place: PlaceHit | None, org_names: list[str],
             why: Why | None = None) -> str | None:
    if place and place.country:
        placed = why.get("place") if why else None  # the sentence the place was read in
        note(why, "country", "place-country", placed["evidence"] if isinstance(placed, dict) else place.name)
        return place.country
    votes: Counter[str] = Counter()
    for p in paras:
        weight = 3 if p.id == lead.para.id else 1
        for h in places_in(p.text, p.lang):
            if h.country and h.country not in ("US",) and not (h.kind == "country" and in_a_list(p.text, h)) \
                    and not _destination(p, h):
                votes[h.country] += weight * (1 if h.kind == "country" else 2)
    for name in org_names:
        for h in find_places(name):
            if h.country:
                votes[h.country] += 2
    if ctx.title and not any(ctx.title == p.text for p in paras):
        for h in find_places(ctx.title):
            if h.country:
                votes[h.country] += 2
    if votes:
        note(why, "country", "vote-places", _voter(paras, ctx, votes.most_common(1)[0][0]))
        return votes.most_common(1)[0][0]
    for lang in ctx.languages or [p.lang for p in paras]:
        country = grammar_for(lang).country
        if country:
            note(why, "country", "document-language", f"the report's language: {lang}")
            return country
    return None


def _destination(p: Para, h: PlaceHit) -> bool:
    """A place in the dative ("Россияга кеткен мигранттар", "Qazaxıstana gedənlər"): where people go, no venue.

    >>> _destination(Para("p", 0, "ky", "Мигранттар Россияга кетишет."), places_in("Мигранттар Россияга кетишет.", "ky")[0])
    True
    """
    tail = p.text[h.start:h.end][len(h.name):].casefold()
    return bool(tail) and tail in grammar_for(p.lang).dative_suffixes


def _voter(paras: list[Para], ctx: DocContext, country: str) -> str:
    """The first sentence (or the title) naming a place of *country*: evidence of the vote."""
    for p in paras:
        hit = next((h for h in places_in(p.text, p.lang) if h.country == country), None)
        if hit:
            return sentence_at(p.text, hit.start, hit.end)
    return ctx.title or ""


def _event(ctx: DocContext, n: int, sents: list[Sent], paras: list[Para], all_kinds: list[str]) -> Event:
    lead = sents[0]
    why: Why = {}
    date, date_sent = _pick_date(sents, why)
    if date is None and n == 0 and ctx.dateline:
        date = ctx.dateline  # "Нарын, 05.03.25 /Agency/. … met …": a news item reports the day it was filed
        note(why, "date", "filing-day", paras[0].text if paras else "")
    place = _pick_place(sents, why)
    if place is None and n == 0:
        place = _dateline_place(paras)
        if place:
            note(why, "place", "dateline-place", next((p.text for p in paras if place.name in p.text), ""))
    lead_kinds = [k for k, _, _ in lead.kinds]
    kind = _best_kind(lead_kinds)
    note(why, "kind", "discussed-verb" if lead.kinds[:1] == [("meeting", 0, 0)] else "lead-event-word", lead.text)
    if kind in (None, "other"):
        kind = _best_kind(all_kinds) or "other"
        if kind == "other":
            note(why, "kind", "no-event-word", lead.text)
        else:
            note(why, "kind", "document-event-word", next((s.text for s in sents if kind in [k for k, _, _ in s.kinds]), ""))
    # "Организаторы: …", "The project is funded by …", a verb of holding: "The series was co-organized by …", "X … təşkil edib"
    organizers, funders, org_pids = _orgs([s for s in sents if s.kinds or s.para.id == lead.para.id
                                           or labelled_role(s.para.text) or names_funding(s.text) or s.hold],
                                          sents, why)
    total, women, men = participants(sents, why)
    pids = {lead.para.id} | org_pids
    if date_sent:
        pids.add(date_sent.para.id)
    pids |= {s.para.id for s in sents if s.kinds}
    order = {p.id: p.index for p in paras}
    titles = _pick_titles(sents, why)  # before the country: ``why`` keeps the order the fields were set in
    country = _country(paras, ctx, lead, place, organizers + funders, why)
    place_name = place.name if place else _capital(lead, country, why)
    return Event(stable_id("e", ctx.doc_id, n), kind, tuple(titles), date, place_name, country,
                 tuple(organizers), tuple(funders), total, women, men,
                 tuple(sorted((i for i in pids if i), key=lambda i: order.get(i, 0))), why)


def _capital(lead: Sent, country: str | None, why: Why | None = None) -> str | None:
    """The capital of *country* when the lead sentence names the capital but not its name ("в столице")."""
    if country not in CAPITALS or not _capital_words().search(lead.text):
        return None
    cyrillic, latin = CAPITALS[country]
    name = cyrillic if re.search(r"[а-яёА-ЯЁ]", lead.text) else latin
    note(why, "place", "capital-word", lead.text)
    return name


@lru_cache(maxsize=1)
def _capital_words() -> re.Pattern[str]:
    return re.compile(r"(?<![^\W\d_])(?:" + CAPITAL_WORDS + r")", re.IGNORECASE)


def _title_para(paras: list[Para], ctx: DocContext) -> Para | None:
    """The headline as a pseudo-paragraph when cleaning kept it out of the body."""
    if not ctx.title or not paras:
        return None
    key = " ".join(ctx.title.split())[:60]
    if any(" ".join(p.text.split()).startswith(key) for p in paras):
        return None
    return Para("", -1, paras[0].lang, ctx.title)


DATE_LINE_CHARS = 60  # a paragraph this short holding a full date is a date line (a dateline, a byline's date)


def _date_lines(paras: list[Para]) -> dict[int, str]:
    """Paragraph index -> the full date on a short line among the first paragraphs (the item's own day,
    which dates "today", "в среду" and a bare "10 марта" under it).

    >>> _date_lines([Para("a", 0, "ru", "Новости 5 марта 2024 | 12:00"), Para("b", 1, "ru", "03.04.2018  2 мин.")])
    {0: '2024-03-05', 1: '2018-04-03'}
    """
    out = {}
    for p in paras[:6]:
        if len(p.text) <= DATE_LINE_CHARS:
            day = next((d.value for d in find_dates(p.text, p.lang) if d.precision == "day" and d.value), None)
            if day:
                out[p.index] = day
    return out


def extract_events(doc: Doc) -> list[Event]:
    """Events of one document, shaped like ``events`` in the export contract."""
    paras, ctx = doc.paras, doc.ctx
    sents: list[Sent] = []
    title = _title_para(paras, ctx)
    # a bare "10 марта" takes its year from the publication date, else from the report's first full date,
    # or from the last date line standing before it (the item's own date, nearer than a page header's),
    # which also dates "сегодня" and "в среду" under it
    context = ctx.published or next((d.value[:4] for p in paras[:4] for d in find_dates(p.text, p.lang)
                                     if d.precision == "day" and d.value), None)
    date_lines = {} if ctx.published else _date_lines(paras)
    for paragraph in ((Paragraph(title),) if title else ()) + doc.paragraphs:
        p = paragraph.para
        day = next((d for i, d in sorted(date_lines.items(), reverse=True) if i < p.index), context)
        for sentence in paragraph.sentences:
            sents.append(Sent(p, sentence.start, sentence.end, p.index, day))
    event_sents = [s for s in sents if s.kinds]
    if not event_sents:
        discussed = re.compile(lex.DISCUSSED, re.IGNORECASE)
        for s in sents:  # "В Бишкеке обсудили …": a meeting without an event word
            if discussed.search(s.text) and (s.event_dates or any(p.locative for p in s.places if p.kind != "country")):
                s.kinds = [KindHit("meeting", 0, 0)]
                event_sents.append(s)
                break
    if not event_sents:
        return []
    all_kinds = [k for s in event_sents for k, _, _ in s.kinds]
    # the lead: the best-scoring sentence about an event; its neighbours in the same paragraph follow
    lead = best_sentence(sents)
    if lead.score() < 2:
        lead = event_sents[0]
    main_date = next((d.value for d in lead.event_dates if d.precision in ("day", "month")), None)
    # other dated events: a sentence with an event word and another full date
    others: dict[str, list[Sent]] = {}
    for s in event_sents:
        if s is lead:
            continue
        days = [d.value for d in s.dates if d.precision == "day" and d.value is not None]  # only a relative has none
        if days and main_date and days[0] > main_date and not _BACKGROUND.search(s.text) \
                and (s.hold or any(p.locative for p in s.places)):
            others.setdefault(days[0], []).append(s)
    # a sentence after another event's sentence in the same paragraph, with no date of its own, is about it
    # ("… 5-июнда жолугушуу уюштурду. | Жолугушууга 85 бүтүрүүчү катышты.")
    group_of = {id(s): v for v in others.values() for s in v}  # one look, not a scan of every group
    owner: list[Sent] | None = None
    for s in sents:
        group = group_of.get(id(s))
        if group is not None:
            owner = group
        elif owner is None or s is lead or s.para.id != owner[-1].para.id or s.event_dates:  # dates read last
            owner = None
        else:
            owner.append(s)
    apart = {id(s) for v in others.values() for s in v}
    main_sents = [lead] + [s for s in sents if s is not lead and s.kinds and id(s) not in apart]
    taken = {id(s) for s in main_sents} | apart
    main_sents += [s for s in sents if s.para.id == lead.para.id and id(s) not in taken]
    main_sents += [s for s in sents if id(s) not in taken and s.para.id != lead.para.id]
    events = [_event(ctx, 0, main_sents, paras, all_kinds)]
    for n, (_, group) in enumerate(sorted(others.items())[: _MAX_EVENTS - 1], start=1):
        ev = _event(ctx, n, group, paras, [k for s in group for k, _, _ in s.kinds])
        if (ev.date, ev.place) != (events[0].date, events[0].place):
            events.append(ev)
    return events
