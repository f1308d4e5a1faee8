"""From decoded text to body paragraphs: furniture out, metadata pulled, duplicates dropped.

Each step is a small pure function over a list of lines/paragraphs; ``clean`` chains them.
The rules are general (shapes of lines, lexicons of furniture words), never a site's strings.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field

from . import furniture_shapes as shapes
from .dates import find_dates
from .language import split_bilingual
from .lexicon import furniture as lex

TERMINAL = ".!?…:;»\"”“)"
_SENT_END = re.compile(r"[.!?…][»\"”'’)]*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_URL = re.compile(r"^(?:https?://|www\.)\S+$|^\S+@\S+\.\w+$", re.I)
_BULLET = re.compile(r"^(?:\d{1,2}[.)]\s|[-–—•*·▪►]\s?|[a-zа-я]\)\s)", re.I)
_ISO_DATE = r"(\d{4})-(\d{2})(?:-(\d{2}))?"
_NUM_DATE = r"(\d{1,2})[./](\d{1,2})[./](\d{4})"
_META_PREFIX_RX = [(p, re.compile(rf"{re.escape(p)}\s*[:：]\s*\S"), fld) for p, fld in lex.META_PREFIXES]
_EN_BYLINE = re.compile(r"^By\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:\s*(?:,|and)\s*[\w ,'’-]{0,50})?$")
_PUBLISHED_WORD = re.compile(r"^(?:published|posted|updated|опубликовано|обновлено|жарыяланды|жарияланды)\s*:?\s+(?P<rest>.{6,40})$",
                             re.IGNORECASE)
_META_DATE_LINE = re.compile(
    rf"^\s*(?:{_ISO_DATE}|{_NUM_DATE})(?:[,\s]+(?:в\s)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*$")
_LEADING_META = re.compile(rf"^\s*(?:date|дата|published|tarix)\s*:?\s*{_ISO_DATE}\s+", re.I)
_TIME_VIEWS = re.compile(r"^[\d\s.:,/|–—-]*(?:\d{1,2}:\d{2})[\d\s.:,/|–—-]*(?:просмотр\w*|views?|көрүү|baxış)?\s*$",
                         re.I)
_MD_LINK = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]+)\]\((?:[^)(]|\([^)]*\))*\)")
_MD_EMPH = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s)([^_\n]+?)(?<!\s)_(?![\w_])")
_MD_HEAD = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_MD_CODE = re.compile(r"`([^`]*)`")
_REPEATED_TAIL = re.compile(r"(\s\S+(?:\s\S+){1,7}[.!?])\s?((?:\S+\s){1,7}\S+[.!?])$")


@dataclass(slots=True)
class Cleaned:
    """What cleaning keeps and what it pulled out."""

    paragraphs: list[str]
    title: str | None = None
    published: str | None = None
    byline: str | None = None
    removed: list[tuple[str, str]] = field(default_factory=list)  # (text, reason)


def normalize_text(text: str) -> str:
    """NFC, unified line ends, no control or zero-width characters, ESC made visible.

    >>> normalize_text("a\\u00a0b\\r\\nc\\x1b[31m")
    'a b\\nc␛[31m'
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\x1b", "␛").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _ZERO_WIDTH.sub("", _CONTROL.sub("", text))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def strip_markdown(line: str) -> str:
    """Markdown markup out, its text kept.

    >>> strip_markdown("**Модератор:** *Асанов Бакыт*, [сайт](http://x.kg)")
    'Модератор: Асанов Бакыт, сайт'
    """
    if _MD_RULE.match(line):
        return ""
    line = _MD_HEAD.sub("", line)
    line = _MD_QUOTE.sub("", line)
    line = _MD_LINK.sub(lambda m: m.group(1) or "", line)
    for _ in range(2):
        line = _MD_EMPH.sub(lambda m: m.group(2) or m.group(3) or m.group(4) or "", line)
    line = _MD_CODE.sub(r"\1", line)
    line = re.sub(r"\s*#+\s*$", "", line) if line.rstrip().endswith("#") and " #" in line else line
    return line.strip()


def _fold(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.casefold()).split())


_NAV = {_fold(x) for x in lex.all_of(lex.NAV_LINES) + lex.COMMENT_LINES}
_RELATED = [_fold(x) for x in lex.RELATED_HEADERS]
_SOCIAL = {_fold(x) for x in lex.SOCIAL}
_SHARE = sorted({_fold(x) for x in lex.SHARE_WORDS}, key=len, reverse=True)
_CRUMB_SEP = re.compile(r"\s+(?:/|>|»|›|→|\|)\s+")


def _breadcrumbs(line: str) -> bool:
    """``Главная / Новости / Миграция``: short segments joined by path separators (two only after a home link)."""
    parts = _CRUMB_SEP.split(line.strip())
    if len(parts) == 2 and _fold(parts[0]) not in _NAV:  # two segments only from "Home / ..."
        return False
    if len(parts) >= 3 and _fold(parts[0]) in _NAV and all(0 < len(p.split()) <= 4 for p in parts[:-1]) \
            and len(line) < 260:
        return True  # "Home / News / <the story's headline>": the trail ends with the headline
    return (len(parts) >= 2 and len(line) < 120 and all(0 < len(p.split()) <= 4 for p in parts)
            and not _SENT_END.search(line))


def furniture_reason(line: str) -> str | None:
    """Why a single line is page furniture, or None.

    >>> furniture_reason("Все новости")
    'navigation'
    >>> furniture_reason("Фото: пресс-служба министерства")
    'credit'
    >>> furniture_reason("Тренинг прошёл в Оше.") is None
    True
    """
    f = _fold(line)
    low = line.casefold().strip()
    if not f:
        return "empty" if not any(ch.isalnum() for ch in line) else None
    if f in _NAV or f.rstrip(" .") in _NAV:
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
    if shapes.is_placeholder(s):
        return "placeholder"
    if shapes.is_file_name(s):
        return "file name"
    if shapes.is_font_widget(s):
        return "widget"
    if shapes.is_language_switcher(s):
        return "language switcher"
    if shapes.is_tab_labels(s):
        return "tab labels"
    if shapes.is_site_name(s):
        return "site name"
    if shapes.is_section_count(s):
        return "counter"
    if shapes.is_clock_widget(s):
        return "clock"
    if shapes.is_caption(s):
        return "caption"
    if shapes.is_weather(s):
        return "weather"
    if shapes.is_short_stamp(s):
        return "timestamp"
    return None


def is_related_header(line: str) -> bool:
    """A header that opens a list of related links ("Читайте также:"), alone or before a link."""
    f = _fold(line)
    if not f:
        return False
    if len(f.split()) <= 5 and any(f == h or f.startswith(h) for h in _RELATED):
        return True
    head = line.split(":", 1)[0] if ":" in line[:40] else ""
    return bool(head) and _fold(head) in _RELATED


def headline_like(line: str) -> bool:
    """Short, no sentence end, not a list item: the shape of a link in a related-news list.

    >>> headline_like("В Бишкеке открыли новый центр для мигрантов")
    True
    >>> headline_like("Участие приняли 43 человека.")
    False
    """
    s = line.strip()
    if not s or _BULLET.match(s) or len(s) > 220:
        return False
    words = s.split()
    if len(words) < 2 and _fold(s) not in _NAV:
        return False
    if s[-1] in ".;:," and not s.endswith("..."):  # a lead cut short ("...", "…") is a headline
        return False
    if is_field_line(s):
        return False
    return True


_LABELS = [_fold(x) for x in lex.all_of(lex.FIELD_LABELS)]


def is_field_line(line: str) -> bool:
    """``Организаторы: фонд X`` — a labelled field of an event note, not a headline.

    >>> is_field_line("Дата и место: 27 октября, Джалал-Абад"), is_field_line("Победный дебют: тренер выиграл")
    (True, False)
    """
    head, sep, rest = line.partition(":")
    if not sep or not rest.strip() or len(head) > 40:
        return False
    words = _fold(head).split()
    label = " ".join(words)
    return bool(words) and any(label.startswith(x) or any(w.startswith(x) for w in words) for x in _LABELS)


def pull_metadata(lines: list[str]) -> tuple[list[str], dict[str, str], list[tuple[str, str]]]:
    """Metadata lines (a date stamp, a byline) out of the head and tail of the text.

    >>> pull_metadata(["date 2022-07 Body text here."])[1]
    {'published': '2022-07'}
    """
    meta: dict[str, str] = {}
    removed: list[tuple[str, str]] = []
    out: list[str] = []
    for i, line in enumerate(lines):
        m = _LEADING_META.match(line)
        if m:
            meta.setdefault("published", _iso(m.group(1), m.group(2), m.group(3)))
            removed.append((line[: m.end()].strip(), "metadata"))
            line = line[m.end():]
        d = _META_DATE_LINE.match(line)
        if d:
            if d.group(1):
                meta.setdefault("published", _iso(d.group(1), d.group(2), d.group(3)))
            else:
                meta.setdefault("published", _iso(d.group(6), d.group(5), d.group(4)))
            removed.append((line, "metadata"))
            continue
        stamp = shapes.date_line(line)
        if stamp:  # "15:40, 3 марта 2021, Ош - site.kg", "29.07.2021ж. 20:00"
            meta.setdefault("published", stamp)
            removed.append((line, "metadata"))
            continue
        low = line.casefold()
        if _EN_BYLINE.match(line.strip()):  # "By Daniel Novak, Staff Reporter"
            meta.setdefault("byline", line.strip()[3:].strip())
            removed.append((line, "metadata"))
            continue
        pub = _PUBLISHED_WORD.match(line.strip())
        if pub:  # "Published 4 December 2025", "Опубликовано 4 декабря 2025"
            days = [d for d in find_dates(pub.group("rest")) if d.precision == "day"]
            if days:
                meta.setdefault("published", days[0].value)
                removed.append((line, "metadata"))
                continue
        hit = next(((p, fld) for p, rx, fld in _META_PREFIX_RX if rx.match(low)), None)
        if hit and len(line) < 120:
            value = line.split(":", 1)[1].strip() if ":" in line else line
            if hit[1] == "published":
                dm = re.search(rf"{_ISO_DATE}|{_NUM_DATE}", value)
                if dm:
                    meta.setdefault("published", _iso(dm.group(1), dm.group(2), dm.group(3)) if dm.group(1)
                                    else _iso(dm.group(6), dm.group(5), dm.group(4)))
                    removed.append((line, "metadata"))
                    continue
            else:
                meta.setdefault("byline", value)
                removed.append((line, "metadata"))
                continue
        out.append(line)
    return out, meta, removed


def _iso(y: str | None, m: str | None, d: str | None) -> str | None:
    if not y:
        return None
    yi, mi = int(y), int(m) if m else None
    if not (1900 <= yi <= 2100) or (mi is not None and not 1 <= mi <= 12):
        return None
    if d and 1 <= int(d) <= 31:
        return f"{yi:04d}-{mi:02d}-{int(d):02d}"
    return f"{yi:04d}-{mi:02d}" if mi else f"{yi:04d}"


def split_blocks(text: str) -> list[list[str]]:
    """Blocks separated by blank lines, each a list of non-empty lines."""
    blocks: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def join_broken_lines(lines: list[str]) -> list[str]:
    """Join a line to the previous one when the text was broken mid-sentence.

    A line continues the previous one when that one ends with a comma, a hyphen or an open
    quote, or when it starts with a lower-case letter and the previous one has no sentence end.
    A line that is furniture by its shape (a widget, a switcher, tab labels) joins nothing.

    >>> join_broken_lines(["Тренеры: Асан Усенов,", "представители фонда."])
    ['Тренеры: Асан Усенов, представители фонда.']
    """
    out: list[list[str]] = []  # each paragraph's pieces, joined once at the end (no quadratic copying)
    apart = False  # the previous line is furniture by its shape ("A+ A-", "Az En"): nothing joins it
    for line in lines:
        was_apart, apart = apart, bool(shape_reason(line))
        if out and not apart and not was_apart:
            prev = "".join(out[-1][-3:])[-40:]  # the end of the paragraph so far
            starts_lower = line[:1].islower()
            prev_open = prev.endswith((",", "-", "«", "(", "—", "–")) and not _BULLET.match(line)
            if prev_open or (starts_lower and not _SENT_END.search(prev) and not prev.endswith(";")
                             and not _BULLET.match(line)):
                out[-1].append(("" if prev.endswith("-") and not prev.endswith(" -") else " ") + line)
                continue
        out.append([line])
    return ["".join(parts) for parts in out]


def drop_headline_runs(paras: list[str], min_run: int = 3) -> tuple[list[str], list[tuple[str, str]]]:
    """Remove runs of headline-like lines (related-news lists) and the block after a related header."""
    keep: list[str] = []
    removed: list[tuple[str, str]] = []
    i, n = 0, len(paras)
    while i < n:
        if is_related_header(paras[i]):
            j = i + 1
            while j < n and (headline_like(paras[j]) or furniture_reason(paras[j])):
                j += 1
            removed.extend((p, "related links") for p in paras[i:j])
            i = j
            continue
        if headline_like(paras[i]):
            j = i
            while j < n and (headline_like(paras[j]) or furniture_reason(paras[j])):
                j += 1
            if j - i >= min_run:
                removed.extend((p, "related links") for p in paras[i:j])
                i = j
                continue
        keep.append(paras[i])
        i += 1
    return keep, removed


def _key(s: str) -> str:
    return _fold(s.rstrip("…. "))


def drop_duplicates(paras: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Drop repeated paragraphs and truncated copies (a scraped title before the full text).

    >>> drop_duplicates(["Бишкекте семинар өттү жана", "Бишкекте семинар өттү жана катышуучулар келди."])[0]
    ['Бишкекте семинар өттү жана катышуучулар келди.']
    """
    keys = [_key(p) for p in paras]
    # in sorted order, the keys that start with k come right after k's copies: one look at the next
    # different key tells whether k is a truncated copy (no pairwise comparison of paragraphs)
    ordered = sorted(set(k for k in keys if k))
    longer = {k: nxt.startswith(k) for k, nxt in zip(ordered, ordered[1:])}
    seen: set[str] = set()
    keep: list[str] = []
    removed: list[tuple[str, str]] = []
    for p, k in zip(paras, keys):
        dup = bool(k) and (k in seen or (len(k) >= 12 and longer.get(k, False)))
        seen.add(k)
        if dup:
            removed.append((p, "duplicate"))
        else:
            keep.append(p)
    return keep, removed


def drop_repeated_tail(para: str) -> str:
    """A sentence fragment repeated at the very end of a paragraph, once.

    >>> drop_repeated_tail("Позицию фонда или партнёров. или партнёров.")
    'Позицию фонда или партнёров.'
    """
    cut = max(0, len(para) - 400)  # the two fragments are a few words each: only the tail is searched
    m = _REPEATED_TAIL.search(para, cut)
    if m and m.group(1).strip().endswith(m.group(2).strip()):
        return para[: m.start(2)].rstrip()
    return para


def pick_title(lines: list[str]) -> str | None:
    """The first short headline-like line, else the first sentence of the text (120 chars)."""
    for line in lines[:3]:
        if 3 <= len(line) <= 200 and not furniture_reason(line) and not line.endswith((".", ":")):
            return line.rstrip("… ")
    if lines:
        first = re.split(r"(?<=[.!?])\s", lines[0], maxsplit=1)[0]
        return first[:120].rstrip() or None
    return None


def clean(text: str, *, markdown: bool = False) -> Cleaned:
    """The whole cleaning chain over one document's text."""
    text = normalize_text(text)
    blocks = split_blocks(text)
    lines: list[str] = []
    for block in blocks:
        block_lines = [strip_markdown(x) for x in block] if markdown or _looks_markdown(block) else block
        lines.extend(join_broken_lines([x for x in block_lines if x]))
    lines, meta, removed = pull_metadata(lines)
    lines = _strip_markers(lines, removed)
    body, dropped = sort_lines(lines)
    removed.extend(dropped)
    title = pick_title(body)
    body = join_broken_lines(body)
    body, runs = drop_headline_runs(body)
    removed.extend(runs)
    body, dups = drop_duplicates(body)
    removed.extend(dups)
    body = [drop_repeated_tail(p) for p in body]
    body = [part for p in body if any(ch.isalnum() for ch in p) for part in split_bilingual(p)]
    return Cleaned(paragraphs=body, title=title, published=meta.get("published"), byline=meta.get("byline"),
                   removed=removed)


_TAIL_FURNITURE = {"site title", "credit", "related links", "link", "share bar", "navigation", "placeholder",
                   "tags", "notice", "file name"}


def sort_lines(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Body lines kept, furniture lines removed with their reason, in one pass (plus a look back from the end).

    Beyond ``furniture_reason``: a related header opens a list of headlines (in capitals too; items
    sharing a rubric, until a line without it); language names one a line; a line ending with the
    headline that follows is its breadcrumb trail; lines ending with the site's ' - Name' are its
    titles, and the name alone is furniture; headlines left after the last furniture at the end
    of a page are related links.

    >>> sort_lines(["Главная Жаңылыктар Ошто жаштар форуму өттү", "Ошто жаштар форуму өттү", "Форумга 300 жаш катышты."])[0]
    ['Ошто жаштар форуму өттү', 'Форумга 300 жаш катышты.']
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
    body = [x for x, v in zip(lines, verdicts) if not v]
    return body, [(x, v) for x, v in zip(lines, verdicts) if v]


class _RelatedList:
    """The state of a list of related headlines after its header."""

    def __init__(self) -> None:
        self.active, self.rubric, self.shared = False, None, False

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


_SUFFIX = re.compile(r"[^.!?»”\"…\s]\s[-–—|]\s((?:[^\s\-–—|]\S*)(?:\s[^\s\-–—|]\S*){0,3})$")


def site_names(lines: list[str]) -> dict[str, bool]:
    """The site's name, folded: a `` - Name`` ending two or more lines (page and image titles: True),
    or ending a line that is another line (the headline) plus the name (False: the name alone might
    be an author's, so a line of it alone stays).

    >>> site_names(["Ошто жаштар форуму өттү - Кабар Медиа", "Мигранттар үйлөрүнө кайтып келишти - Кабар Медиа"])
    {'кабар медиа': True}
    >>> site_names(["Ошто жаштар форуму өттү", "Ошто жаштар форуму өттү | Ош Пресс", "Форумга 300 жаш катышты."])
    {'ош пресс': False}
    """
    folded = {_fold(x) for x in lines if len(x) < 220}
    counts: dict[str, int] = {}
    sites: set[str] = set()
    for line in lines:
        hit = _suffix(line)
        if hit:
            head, key = hit
            counts[key] = counts.get(key, 0) + 1
            if _fold(head) in folded:
                sites.add(key)
    return {k: counts[k] >= 2 for k in sites | {k for k, n in counts.items() if n >= 2}}


def _suffix(line: str) -> tuple[str, str] | None:
    """(the title, the folded `` - Name``) of a title-like line ending with a name (no sentence end), or None."""
    if len(line) >= 220 or _SENT_END.search(line[-3:]):
        return None
    m = _SUFFIX.search(line[-60:])
    head = line[: len(line) - len(m.group(0)) + 1] if m else ""
    if not m or len(m.group(1)) > 40 or len(head.split()) < 3:
        return None  # a title has words before its site; 'Name - Country' in a list of speakers does not
    return head, _fold(m.group(1))


def _site_line(line: str, sites: dict[str, bool]) -> str | None:
    """'site title' for a title ending with the site's name, 'site name' for a repeated name alone."""
    hit = _suffix(line)
    if hit and hit[1] in sites:
        return "site title"
    return "site name" if len(line) <= 40 and sites.get(_fold(line)) else None


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


def _strip_markers(lines: list[str], removed: list[tuple[str, str]]) -> list[str]:
    """CMS shortcodes and a photo credit glued after the last sentence out of each line (into
    *removed*); a line left empty goes.

    >>> _strip_markers(["Итоги подвели в мае.[divider]", "[caption]"], [])
    ['Итоги подвели в мае.']
    """
    out = []
    for line in lines:
        line, gone = shapes.strip_shortcodes(line)
        removed.extend((g, "template marker") for g in gone)
        credit = shapes.trailing_credit(line)
        if credit:  # "… сообщили в мэрии. Фото: пресс-служба"
            line = line[: len(line) - len(credit)].rstrip()
            removed.append((credit, "credit"))
        if line:
            out.append(line)
    return out


def _looks_markdown(block: list[str]) -> bool:
    return any(_MD_HEAD.match(x) or "**" in x or _MD_LINK.search(x) or re.search(r"(?<!\w)\*[^*\s]", x)
               for x in block)
