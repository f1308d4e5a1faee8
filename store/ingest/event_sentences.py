"""A sentence read for events: its event words, dates (those that can be the event's day), places and
whether it has a verb of holding. ``events.py`` picks an event's fields from these.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .dates import DateHit, dateline, find_dates, names_a_day
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

    A word in quotation marks is a name (a hotel «Караван», a project «Тренинг») when the sentence names its
    event outside them:

    >>> [k for k, _, _ in find_kinds("«Караван» мейманканасында тегерек стол өттү")]
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
    if len(out) > 1:
        quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
        outside = [k for k in out if not any(a <= k.start < b for a, b in quoted)]
        out = outside or out
    return out


_QUOTED = re.compile(r"[«“„\"][^«»“”„\"\n]{1,80}[»”“\"]")


@lru_cache(maxsize=16384)  # every sentence's, read again when the event's place is picked (a long paragraph has thousands)
def places_in(text: str, lang: str) -> list[PlaceHit]:
    return find_places(text, lang)


class Sent:
    """A sentence read for events. Its event words are found at once (they decide which sentences are
    about an event); its dates, places and verb of holding when first asked for: most sentences of a
    long document are never asked (``best_sentence`` stops scoring a sentence as soon as it cannot win)."""

    __slots__ = ("para", "start", "end", "text", "kinds", "pos", "published", "_dates", "_event_dates", "_places",
                 "_hold")

    def __init__(self, para: Para, start: int, end: int, pos: int, published: str | None) -> None:
        self.para, self.start, self.end, self.pos, self.published = para, start, end, pos, published
        self.text = para.text[start:end]
        self.kinds: list[KindHit] = find_kinds(self.text)
        self._dates: list[DateHit] | None = None
        self._event_dates: list[DateHit] | None = None
        self._places: list[PlaceHit] | None = None
        self._hold: bool | None = None

    @property
    def dates(self) -> list[DateHit]:
        if self._dates is None:
            self._dates = find_dates(self.text, self.para.lang, self.published) if self._datey() else []
        return self._dates

    @property
    def event_dates(self) -> list[DateHit]:
        """The dates that can be the event's day (not the end of a span, an occasion or a signing)."""
        if self._event_dates is None:
            self._event_dates = self._find_event_dates()
        return self._event_dates

    @property
    def places(self) -> list[PlaceHit]:
        if self._places is None:
            self._places = places_in(self.text, self.para.lang)
        return self._places

    @property
    def hold(self) -> bool:
        """Whether the sentence has a verb of holding, or "took place"."""
        if self._hold is None:
            self._hold = bool(patterns().hold.search(self.text))
        return self._hold

    def _datey(self) -> bool:
        return names_a_day(self.text)

    def _find_event_dates(self) -> list[DateHit]:
        dates = [d for d in self.dates if d.precision in ("day", "month", "relative") and not _until(self.text, d)
                 and not _OCCASION.match(self.text, d.end) and not _SIGNED.match(self.text, d.end)]
        if len(dates) > 1 and self.start == 0 and dates[0].value == dateline(self.para.text, self.para.lang):
            return dates[1:]  # "TASHKENT, 3 April 2025 — … met on 2-3 April": the dateline is the filing day
        return dates

    def score(self) -> float:
        """How well the sentence says what happened, when and where (event word 2, date 2 or a relative
        word 1.5, a local place 1, a verb of holding 1), less 0.15 a paragraph."""
        return self._score(self._dated(), self._placed())

    def _dated(self) -> float:
        if any(d.precision in ("day", "month") for d in self.dates):
            return 2.0
        return 1.5 if any(d.precision == "relative" for d in self.dates) else 0.0

    def _placed(self) -> float:
        return 1.0 if any(p.kind != "country" and (p.locative or p.cue) for p in self.places) else 0.0

    def _score(self, dated: float, placed: float, hold: float | None = None) -> float:
        s = 2.0 if self.kinds else 0.0
        s += dated + placed
        if self.hold if hold is None else hold:
            s += 1
        return s - 0.15 * self.pos


def best_sentence(sents: list[Sent]) -> Sent:
    """The best-scoring sentence, the first of equals (``max`` by score, then the earlier paragraph):
    a sentence is scored in full only while an upper bound of its score can still beat the best so far.

    >>> p = Para("p", 0, "ru", "Итоги года. В Оше 5 мая 2024 года прошёл семинар. Семинар прошёл в Оше.")
    >>> from store.ingest.doc import sentence_spans
    >>> best_sentence([Sent(p, a, b, 0, None) for a, b in sentence_spans(p.text)]).text
    'В Оше 5 мая 2024 года прошёл семинар.'
    """
    best: tuple[float, int] | None = None
    found = sents[0]
    for s in sents:
        if best is not None and (s._score(2.0, 1.0, True), -s.pos) <= best:
            continue  # even with a date, a place and a verb of holding it would not win
        if best is not None and (s._score(2.0, 1.0), -s.pos) <= best:
            continue
        placed = s._placed()
        if best is not None and (s._score(2.0, placed), -s.pos) <= best:
            continue
        key = (s._score(s._dated(), placed), -s.pos)
        if best is None or key > best:
            best, found = key, s
    return found


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
