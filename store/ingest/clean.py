"""From decoded text to body paragraphs: furniture out, metadata pulled, duplicates dropped.

Each step is a small pure function over a list of lines/paragraphs; ``clean`` chains them.
The rules are general (shapes of lines, lexicons of furniture words), never a site's strings.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .dates import find_dates
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


_NAV = {_fold(x) for x in lex.all_of(lex.NAV_LINES)}
_RELATED = [_fold(x) for x in lex.RELATED_HEADERS]
_SOCIAL = {_fold(x) for x in lex.SOCIAL}
_SHARE = sorted({_fold(x) for x in lex.SHARE_WORDS}, key=len, reverse=True)
_CRUMB_SEP = re.compile(r"\s+(?:/|>|»|›|→|\|)\s+")


def _breadcrumbs(line: str) -> bool:
    """``Главная / Новости / Миграция``: short segments joined by path separators (two only after a home link)."""
    parts = _CRUMB_SEP.split(line.strip())
    if len(parts) == 2 and _fold(parts[0]) not in _NAV:  # two segments only from "Home / ..."
        return False
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
    if _breadcrumbs(line):
        return "breadcrumbs"
    if _TIME_VIEWS.match(line) and not re.search(r"[^\W\d_]{3,}", line.replace("просмотр", "")):
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
    if s[-1] in ".;:,":
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

    >>> join_broken_lines(["Тренеры: Асан Усенов,", "представители фонда."])
    ['Тренеры: Асан Усенов, представители фонда.']
    """
    out: list[str] = []
    for line in lines:
        if out:
            prev = out[-1]
            starts_lower = line[:1].islower()
            prev_open = prev.endswith((",", "-", "«", "(", "—", "–")) and not _BULLET.match(line)
            if prev_open or (starts_lower and not _SENT_END.search(prev) and not prev.endswith(";")
                             and not _BULLET.match(line)):
                sep = "" if prev.endswith("-") and not prev.endswith(" -") else " "
                out[-1] = prev + sep + line
                continue
        out.append(line)
    return out


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
    keep: list[str] = []
    removed: list[tuple[str, str]] = []
    for i, (p, k) in enumerate(zip(paras, keys)):
        dup = False
        for j, other in enumerate(keys):
            if j == i or not k:
                continue
            if other == k and j < i:
                dup = True
            elif len(other) > len(k) and other.startswith(k) and len(k) >= 12:
                dup = True
            if dup:
                break
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
    m = re.search(r"(\s\S+(?:\s\S+){1,7}[.!?])\s?((?:\S+\s){1,7}\S+[.!?])$", para)
    if m and m.group(1).strip().endswith(m.group(2).strip()):
        return para[: m.start(2)].rstrip()
    return para


def pick_title(lines: list[str]) -> str | None:
    """The first short headline-like line, else the first sentence of the text, whole (a sentence
    running past ``TITLE_MAX`` characters is cut after a word and marked with "…"); screens cut it.

    >>> pick_title(["Бишкекте эмгек мигранттарынын укуктары боюнча эл аралык тегерек стол өттү жана "
    ...             "анда Кыргызстан менен Казакстандын өкүлдөрү сүйлөштү. Экинчи сүйлөм."]).endswith("сүйлөштү.")
    True
    """
    for line in lines[:3]:
        if 3 <= len(line) <= 200 and not furniture_reason(line) and not line.endswith((".", ":")):
            return line.rstrip("… ")
    if lines:
        from ..clip import clip

        first = re.split(r"(?<=[.!?])\s", lines[0], maxsplit=1)[0]
        return clip(first, TITLE_MAX) or None
    return None


TITLE_MAX = 1000


def clean(text: str, *, markdown: bool = False) -> Cleaned:
    """The whole cleaning chain over one document's text."""
    text = normalize_text(text)
    blocks = split_blocks(text)
    lines: list[str] = []
    for block in blocks:
        block_lines = [strip_markdown(x) for x in block] if markdown or _looks_markdown(block) else block
        lines.extend(join_broken_lines([x for x in block_lines if x]))
    lines, meta, removed = pull_metadata(lines)
    body: list[str] = []
    in_related = False
    for line in lines:
        if is_related_header(line):
            in_related = True
            removed.append((line, "related links"))
            continue
        reason = furniture_reason(line)
        if in_related and not reason and headline_like(line):
            reason = "related links"
        elif not reason:
            in_related = False
        if reason:
            removed.append((line, reason))
        else:
            body.append(line)
    title = pick_title(body)
    body = join_broken_lines(body)
    body, runs = drop_headline_runs(body)
    removed.extend(runs)
    body, dups = drop_duplicates(body)
    removed.extend(dups)
    body = [drop_repeated_tail(p) for p in body]
    body = [p for p in body if any(ch.isalnum() for ch in p)]
    return Cleaned(paragraphs=body, title=title, published=meta.get("published"), byline=meta.get("byline"),
                   removed=removed)


def _looks_markdown(block: list[str]) -> bool:
    return any(_MD_HEAD.match(x) or "**" in x or _MD_LINK.search(x) or re.search(r"(?<!\w)\*[^*\s]", x)
               for x in block)
