"""A sentence read for events: its event words, dates (those that can be the event's day), places and
whether it has a verb of holding. ``events.py`` picks an event's fields from these.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .dates import DateHit, dateline, find_dates
from .lexicon import events as lex
from .lexicon.orgs import HOLD_VERBS
from .model import Para
from .places import PlaceHit, find_places

QUOTE = r"[«“\"„]([^«»“”\"„]{3,200})[»”\"“]"


class _Patterns(NamedTuple):
    """The compiled event-lexicon patterns (event words themselves are matched by ``find_kinds``)."""

    hold: re.Pattern[str]  # a verb of holding, or "took place"
    t_after: re.Pattern[str]  # a quoted title before its cue ("«…» деген")
    t_before: re.Pattern[str]  # a quoted title after its cue ("на тему «…»")
    participate: re.Pattern[str]  # a verb of taking part


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    hold = re.compile(r"(?<![^\W\d_])(?:" + "|".join(HOLD_VERBS) + "|" + lex.HAPPENED + r")(?![^\W\d_])", re.IGNORECASE)
    t_after = re.compile(QUOTE + r"\s*(?:" + "|".join(lex.TITLE_AFTER) + r")(?![^\W\d_])", re.IGNORECASE)
    t_before = re.compile(r"(?<![^\W\d_])(?:" + "|".join(lex.TITLE_BEFORE[:2] + lex.TITLE_BEFORE[3:]) + r")\s*:?\s*"
                          + QUOTE, re.IGNORECASE)
    participate = re.compile(r"(?<![^\W\d_])(?:" + lex.PARTICIPATE + r")", re.IGNORECASE)
    return _Patterns(hold, t_after, t_before, participate)


@lru_cache(maxsize=1)
def _kind_index() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    index: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for kind, words in lex.KIND_WORDS.items():
        for w in sorted(words, key=len, reverse=True):
            pat = re.compile(re.escape(w.casefold()).replace(r"\ ", r"\s+"))
            index.setdefault(w.casefold()[:2], []).append((pat, kind))
    for k in index:
        index[k].sort(key=lambda x: len(x[0].pattern), reverse=True)
    return index


_WORD = re.compile(r"[^\W\d_][^\W\d_'‘’ʻ-]*")


class KindHit(NamedTuple):
    """An event word in a text: its kind and span."""

    kind: str
    start: int
    end: int


def find_kinds(text: str) -> list[KindHit]:
    """Event words in *text*, in order, each a ``KindHit(kind, start, end)``.

    >>> [k for k, _, _ in find_kinds("Ош шаарында тегерек стол өттү")]
    ['roundtable']
    """
    index = _kind_index()
    low = text.replace("İ", "I").lower()
    out: list[KindHit] = []
    for m in _WORD.finditer(low):
        for pat, kind in index.get(m.group(0)[:2], ()):
            hit = pat.match(low, m.start())
            if hit:
                out.append(KindHit(kind, hit.start(), hit.end()))
                break
    return out



@lru_cache(maxsize=16384)  # every sentence's, read again when the event's place is picked (a long paragraph has thousands)
def places_in(text: str, lang: str) -> list[PlaceHit]:
    return find_places(text, lang)


_DATEY = re.compile(r"\d|сегодня|вчера|накануне|бүгүн|кечээ|бүгін|кеше|bugun|kecha|бугун|кеча|имрӯз|"
                    r"дирӯз|bu\s*gün|dünən|today|yesterday", re.IGNORECASE)


class Sent:
    __slots__ = ("para", "start", "end", "text", "kinds", "dates", "event_dates", "places", "hold", "pos")

    def __init__(self, para: Para, start: int, end: int, pos: int, published: str | None) -> None:
        self.para, self.start, self.end, self.pos = para, start, end, pos
        self.text = para.text[start:end]
        self.kinds: list[KindHit] = find_kinds(self.text)
        self.dates: list[DateHit] = find_dates(self.text, para.lang, published) if self._datey() else []
        self.event_dates = self._event_dates()
        self.places: list[PlaceHit] = places_in(self.text, para.lang)
        self.hold = bool(patterns().hold.search(self.text))

    def _datey(self) -> bool:
        return bool(_DATEY.search(self.text))

    def _event_dates(self) -> list[DateHit]:
        dates = [d for d in self.dates if d.precision in ("day", "month", "relative") and not _until(self.text, d)
                 and not _OCCASION.match(self.text, d.end) and not _SIGNED.match(self.text, d.end)]
        if len(dates) > 1 and self.start == 0 and dates[0].value == dateline(self.para.text, self.para.lang):
            return dates[1:]  # "TASHKENT, 3 April 2025 — … met on 2-3 April": the dateline is the filing day
        return dates

    def score(self) -> float:
        s = 0.0
        if self.kinds:
            s += 2
        if any(d.precision in ("day", "month") for d in self.dates):
            s += 2
        elif any(d.precision == "relative" for d in self.dates):
            s += 1.5
        if any(p.kind != "country" and (p.locative or p.cue) for p in self.places):
            s += 1
        if self.hold:
            s += 1
        return s - 0.15 * self.pos


_OCCASION = re.compile(r"\s*[-–—]\s*(?:[^\W\d_][\w'‘’ʻ-]*\s+){0,8}?(?:" + lex.OCCASION_DAY + r")(?![^\W\d_])", re.IGNORECASE)
_UNTIL_GLUED = re.compile(r"(?:" + lex.UNTIL_GLUED + r")$", re.IGNORECASE)
_UNTIL_AFTER = re.compile(r"^\s+(?:" + lex.UNTIL_AFTER + r")(?![^\W\d_])", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + lex.UNTIL_BEFORE + r")\s+$", re.IGNORECASE)
_SIGNED = re.compile(r"[^\W\d_]{0,4}\s+(?:" + lex.SIGNED_AFTER + r")(?![^\W\d_])", re.IGNORECASE)


def _until(text: str, d: DateHit) -> bool:
    """The date ends a span ("тадбирлар 27 ноябрига қадар давом этади"): not the day of the event.

    >>> t = "Акция 5 мая началась и продлится до 9 мая."
    >>> [_until(t, d) for d in find_dates(t, "ru", "2024-05-05")]
    [False, True]
    """
    return bool(_UNTIL_GLUED.search(text[d.start:d.end]) or _UNTIL_AFTER.match(text[d.end:d.end + 12])
                or _UNTIL_BEFORE.search(text[max(0, d.start - 8):d.start]))
