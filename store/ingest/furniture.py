"""What a line of a page is: furniture by its words or shape, a headline, a related header, a field.

``furniture_reason`` judges one line; ``line_verdicts`` judges the lines of a page together (lists
after a related header, language-name runs, the site's titles, breadcrumb trails, trailing links).
The words are in ``lexicon/furniture.py``, the shapes in ``furniture_shapes.py``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, NamedTuple

from . import furniture_shapes as shapes
from .doc import per_text
from .lexicon import furniture as lex

SENT_END = re.compile(r"[.!?…][»\"”'’)]*$")
BULLET = re.compile(r"^(?:\d{1,2}[.)]\s|[-–—•*·▪►]\s?|[a-zа-я]\)\s)", re.I)
_URL = re.compile(r"^(?:https?://|www\.)\S+$|^\S+@\S+\.\w+$", re.I)
_TIME_VIEWS = re.compile(r"^[\d\s.:,/|–—-]*(?:\d{1,2}:\d{2})[\d\s.:,/|–—-]*(?:просмотр\w*|views?|көрүү|baxış)?\s*$",
                         re.I)


def fold(s: str) -> str:
    """Case-folded words without punctuation, one space apart.

    >>> fold("Читайте также:")
    'читайте также'
    """
    return " ".join(re.sub(r"[^\w\s]", " ", s.casefold()).split())


_NAV = {fold(x) for x in lex.all_of(lex.NAV_LINES) + lex.COMMENT_LINES}
# A navigation line cut short mid-word where an excerpt ends ("Contact the edi"): its openings of ten
# characters or more that stop inside a word of a line of two words or more.
_NAV_CUT = {x[:k] for x in _NAV if " " in x for k in range(10, len(x)) if x[k - 1] != " " and x[k] != " "}
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")
_RELATED = [fold(x) for x in lex.RELATED_HEADERS]
_RELATED_OPENINGS = tuple(_RELATED)  # one startswith for them all
_SOCIAL = {fold(x) for x in lex.SOCIAL}
_META_LABELS = {fold(p) for p, _field in lex.META_PREFIXES}  # "Date:", "Опубликовано:" with no value
_SHARE = sorted({fold(x) for x in lex.SHARE_WORDS}, key=len, reverse=True)
_CRUMB_SEP = re.compile(r"\s+(?:/|>|»|›|→|\|)\s+")


def _breadcrumbs(line: str) -> bool:
    """``Главная / Новости / Миграция``: short segments joined by path separators (two only after a home link)."""
    parts = _CRUMB_SEP.split(line.strip())
    if len(parts) == 2 and fold(parts[0]) not in _NAV:  # two segments only from "Home / ..."
        return False
    if len(parts) >= 3 and fold(parts[0]) in _NAV and all(0 < len(p.split()) <= 4 for p in parts[:-1]) \
            and len(line) < 260:
        return True  # "Home / News / <the story's headline>": the trail ends with the headline
    return (len(parts) >= 2 and len(line) < 120 and all(0 < len(p.split()) <= 4 for p in parts)
            and not SENT_END.search(line))


@per_text(16384)  # the same lines (a site's menus, share bars, credits) come back page after page
def furniture_reason(line: str) -> str | None:
    """Why a single line is page furniture, or None.

    >>> furniture_reason("Все новости")
    'navigation'
    >>> furniture_reason("Фото: пресс-служба министерства")
    'credit'
    >>> furniture_reason("Тренинг прошёл в Оше.") is None
    True
    """
    f = fold(line)
    low = line.casefold().strip()
    if not f:
        return "empty" if not any(ch.isalnum() for ch in line) else None
    if f in _NAV or f.rstrip(" .") in _NAV or fold(_LIST_NUMBER.sub("", line)) in _NAV:
        return "navigation"  # (also an item of a numbered breadcrumb list: "1. Home")
    if f in _NAV_CUT and " " in f:
        return "navigation"
    if any(low.startswith(p) for p in lex.CREDIT_PREFIXES):
        return "credit"
    if _URL.match(line.strip()):
        return "link"
    words = f.split()
    if len(words) <= 40 and any(w in low for w in lex.NOTICE_WORDS):
        return "notice"
    if any(low.startswith(p) for p in lex.TAG_PREFIXES):
        return "tags"
    if low.endswith(":") and f in _META_LABELS:
        return "empty field"
    if len(words) <= 10 and re.search(r"\d", line) and any(w in low for w in lex.COUNTER_WORDS):
        return "counter"
    rest = f
    for w in _SHARE:
        rest = rest.replace(w, " ")
    rest_words = rest.split()
    if len(words) <= 12 and (rest != f or len(words) >= 2) and all(w in _SOCIAL for w in rest_words) \
            and (rest != f or rest_words):
        return "share bar"
    if _TIME_VIEWS.match(line) and not re.search(r"[^\W\d_]{3,}", line.replace("просмотр", "")):
        return "timestamp"
    shape = shape_reason(line)
    if shape:
        return shape
    if _breadcrumbs(line):
        return "breadcrumbs"
    if shapes.is_menu(line):
        return "menu"
    return None


@lru_cache(maxsize=8192)  # asked twice a line: when joining broken lines and when sorting furniture out
def shape_reason(line: str) -> str | None:
    """Furniture known by its shape rather than its words (see ``furniture_shapes``).

    >>> shape_reason("• EUR 96.12"), shape_reason("IMG_0412"), shape_reason("Az En"), shape_reason("2690")
    ('ticker', 'file name', 'language switcher', 'numbers only')
    """
    s = line.strip()
    if len(s) > 200:  # a paragraph, not a widget
        return None
    if shapes.is_ticker(s):
        return "ticker"
    if not any(ch.isalpha() for ch in s):
        return "numbers only" if len(s) <= 30 else None
    return next((reason for test, reason in _SHAPES if test(s)), None)


# The shapes of a line with letters, in the order they are tried.
_SHAPES: tuple[tuple[Callable[[str], bool], str], ...] = (
    (shapes.is_placeholder, "placeholder"), (shapes.is_file_name, "file name"), (shapes.is_camera_caption, "file name"),
    (shapes.is_font_widget, "widget"),
    (shapes.is_language_switcher, "language switcher"), (shapes.is_tab_labels, "tab labels"),
    (shapes.is_site_name, "site name"), (shapes.is_section_count, "counter"),
    (shapes.is_bracket_count, "counter"), (shapes.is_short_credit, "credit"), (shapes.is_contact, "contact"),
    (shapes.is_hashtags, "tags"), (shapes.is_clock_widget, "clock"),
    (shapes.is_caption, "caption"), (shapes.is_logo_caption, "caption"), (shapes.is_bracket_credit, "credit"), (shapes.is_weather, "weather"), (shapes.is_short_stamp, "timestamp"),
    (shapes.is_reading_time, "reading time"), (shapes.is_prayer_time, "prayer times"),
)


def is_related_header(line: str) -> bool:
    """A header that opens a list of related links ("Читайте также:"), alone or before a link."""
    f = fold(line)
    if not f:
        return False
    if len(f.split()) <= 5 and f.startswith(_RELATED_OPENINGS):
        return True
    head = line.split(":", 1)[0] if ":" in line[:40] else ""
    return bool(head) and fold(head) in _RELATED


def headline_like(line: str) -> bool:
    """Short, no sentence end, not a list item: the shape of a link in a related-news list.

    >>> headline_like("В Бишкеке открыли новый центр для мигрантов")
    True
    >>> headline_like("Участие приняли 43 человека.")
    False
    """
    s = line.strip()
    if not s or BULLET.match(s) or len(s) > 220:
        return False
    words = s.split()
    if len(words) < 2 and fold(s) not in _NAV:
        return False
    if s[-1] in ".;:," and not s.endswith("..."):  # a lead cut short ("...", "…") is a headline
        return False
    if is_field_line(s):
        return False
    return True


_LABELS = [fold(x) for x in lex.all_of(lex.FIELD_LABELS)]


def is_field_line(line: str) -> bool:
    """``Организаторы: фонд X`` — a labelled field of an event note, not a headline.

    >>> is_field_line("Дата и место: 27 октября, Джалал-Абад"), is_field_line("Победный дебют: тренер выиграл")
    (True, False)
    """
    head, sep, rest = line.partition(":")
    if not sep or not rest.strip() or len(head) > 40:
        return False
    words = fold(head).split()
    label = " ".join(words)
    return bool(words) and any(label.startswith(x) or any(w.startswith(x) for w in words) for x in _LABELS)


_TAIL_FURNITURE = {"site title", "credit", "related links", "link", "share bar", "navigation", "placeholder",
                   "tags", "notice", "file name"}


def line_verdicts(lines: list[str]) -> list[str | None]:
    """Why each line of a page is furniture, or None for a body line, in one pass (plus a look back
    from the end).

    Beyond ``furniture_reason``: a related header opens a list of headlines (in capitals too; items
    sharing a rubric, until a line without it); language names one a line; a line ending with the
    headline that follows is its breadcrumb trail; lines ending with the site's ' - Name' are its
    titles, and the name alone is furniture; headlines left after the last furniture at the end
    of a page are related links.

    >>> line_verdicts(["Главная Жаңылыктар Ошто жаштар форуму өттү", "Ошто жаштар форуму өттү", "Форумга 300 жаш катышты."])
    ['breadcrumbs', None, None]
    """
    names = [shapes.is_language_name(x) for x in lines]
    sites = site_names(lines)
    verdicts: list[str | None] = []
    related = _RelatedList()
    for i, line in enumerate(lines):
        if is_related_header(line):
            related.open()
            verdicts.append("related links")
            continue
        reason = furniture_reason(line)
        if not reason and names[i] and ((i > 0 and names[i - 1]) or (i + 1 < len(names) and names[i + 1])):
            reason = "language switcher"  # "English" / "Русский" / "Oʻzbek", one a line
        if not reason and sites:
            reason = _site_line(line, sites)
        if not reason and i + 1 < len(lines) and _crumbs_before(line, lines[i + 1]):
            reason = "breadcrumbs"
        if not reason and related.takes(line):
            reason = "related links"
        verdicts.append(reason)
    _trailing_headlines(lines, verdicts)
    return verdicts


class _RelatedList:
    """The state of a list of related headlines after its header."""

    def __init__(self) -> None:
        self.active, self.shared = False, False
        self.rubric: str | None = None

    def open(self) -> None:
        self.active, self.rubric, self.shared = True, None, False

    def takes(self, line: str) -> bool:
        """Whether *line* (not furniture by itself) is one more item of the open list."""
        if not self.active:
            return False
        rub = _rubric(line)
        if self.shared and rub != self.rubric:
            self.active = False  # items shared a rubric: the first line without it is the body
            return False
        if headline_like(line) or _capitals(line) or (rub and rub == self.rubric):
            self.shared = self.shared or bool(rub and rub == self.rubric)
            self.rubric = rub
            return True
        self.active = False
        return False


_RUBRIC = re.compile(r"^([^\W\d_][^.!?:]{1,40}?)\.\s")


def _rubric(line: str) -> str | None:
    """The capitalised rubric an item opens with (``ОШ ШААРЫ. …``), or None.

    >>> _rubric("ЖАЙЫЛ РАЙОНУ. Мектепте жолугушуу өттү"), _rubric("Семинар прошёл. Итоги подвели.")
    ('ЖАЙЫЛ РАЙОНУ', None)
    """
    m = _RUBRIC.match(line)
    return m.group(1) if m and _capitals(m.group(1), 4) else None


def _capitals(line: str, least: int = 8) -> bool:
    """A line written in capitals (a headline whatever its punctuation)."""
    letters = [c for c in line[:240] if c.isalpha()]
    return len(letters) >= least and all(c.isupper() for c in letters)


_STOP_SUFFIX = re.compile(r"\.\s[-–—|]\s((?:[^\s\-–—|]\S*)(?:\s[^\s\-–—|]\S*){0,3})$")
_SUFFIX = re.compile(r"[^.!?»”\"…\s]\s[-–—|]\s((?:[^\s\-–—|]\S*)(?:\s[^\s\-–—|]\S*){0,3})$")


def site_names(lines: list[str]) -> dict[str, bool]:
    """The site's name, folded: a `` - Name`` ending two or more lines (page and image titles: True),
    or ending a line that is another line (the headline) plus the name (False: the name alone might
    be an author's, so a line of it alone stays).

    >>> site_names(["Ошто жаштар форуму өттү - Жаңы Медиа", "Мигранттар үйлөрүнө кайтып келишти - Жаңы Медиа"])
    {'жаңы медиа': True}
    >>> site_names(["Ошто жаштар форуму өттү", "Ошто жаштар форуму өттү | Ош Пресс", "Форумга 300 жаш катышты."])
    {'ош пресс': False}
    """
    folded = {fold(x) for x in lines if len(x) < 220}
    counts: dict[str, int] = {}
    sites: set[str] = set()
    for line in lines:
        hit = _suffix(line)
        if hit:
            counts[hit.site] = counts.get(hit.site, 0) + 1
            if fold(hit.title) in folded:
                sites.add(hit.site)
    for line in lines:  # an image's title ending like a sentence ("Migrants at a centre. - Site") counts too
        hit = _suffix(line, after_stop=True)
        if hit and hit.site in counts and not _suffix(line):
            counts[hit.site] += 1
    return {k: counts[k] >= 2 for k in sites | {k for k, n in counts.items() if n >= 2}}


class _Titled(NamedTuple):
    """A title-like line ending with `` - Name``."""

    title: str  # the line up to the name
    site: str  # the name, folded


def _suffix(line: str, after_stop: bool = False) -> _Titled | None:
    """The title and the site's name of a title-like line ending with a name (no sentence end), or None;
    *after_stop*: only a title that ends with a full stop before the name.

    >>> _suffix("Ошто жаштар форуму өттү - Жаңы Медиа"), _suffix("Мигранттар үйгө келишти. - Жаңы Медиа", after_stop=True)
    (_Titled(title='Ошто жаштар форуму өттү', site='жаңы медиа'), _Titled(title='Мигранттар үйгө келишти.', site='жаңы медиа'))
    """
    if len(line) >= 220 or SENT_END.search(line[-3:]):
        return None
    m = (_STOP_SUFFIX if after_stop else _SUFFIX).search(line[-60:])
    head = line[: len(line) - len(m.group(0)) + 1] if m else ""
    if not m or len(m.group(1)) > 40 or len(head.split()) < 3:
        return None  # a title has words before its site; 'Name - Country' in a list of speakers does not
    return _Titled(head, fold(m.group(1)))


def _site_line(line: str, sites: dict[str, bool]) -> str | None:
    """'site title' for a title ending with the site's name, 'site name' for a repeated name alone."""
    hit = _suffix(line) or _suffix(line, after_stop=True)
    if hit and hit.site in sites:
        return "site title"
    return "site name" if len(line) <= 40 and sites.get(fold(line)) else None


def _crumbs_before(line: str, nxt: str) -> bool:
    """``Главная Раздел Заголовок`` before ``Заголовок``: a few words of navigation, then the headline."""
    if len(nxt.split()) < 3 or not line.endswith(nxt) or len(line) == len(nxt):
        return False
    head = line[: len(line) - len(nxt)].strip()
    return bool(head) and len(head.split()) <= 8 and not re.search(r"[.!?:;,]", head)


def _trailing_headlines(lines: list[str], verdicts: list[str | None]) -> None:
    """Headlines after the last furniture of a page (another story's title, a related item) are links."""
    i = len(lines) - 1
    while i >= 0 and not verdicts[i] and headline_like(lines[i]) and len(lines[i].split()) >= 5:
        i -= 1
    if i < len(lines) - 1 and i > 0 and verdicts[i] in _TAIL_FURNITURE and not all(verdicts[:i]):
        for j in range(i + 1, len(lines)):
            verdicts[j] = "related links"
