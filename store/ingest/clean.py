"""From decoded text to body paragraphs: furniture out, metadata pulled, duplicates dropped.

Each step is a small pure function over a list of lines/paragraphs; ``clean`` chains them.
The rules are general (shapes of lines, lexicons of furniture words), never a site's strings.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from . import furniture_shapes as shapes
from .dates import find_dates
from .edges import dated, edge_verdicts, is_prose, split_glued_headings
from .furniture import (BULLET, SENT_END, fold, furniture_reason, headline_like, is_related_header, line_verdicts,
                        shape_reason)
from .language import split_bilingual
from .lexicon import furniture as lex
from .scripts import one_script

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ISO_DATE = r"(\d{4})-(\d{2})(?:-(\d{2}))?"
_NUM_DATE = r"(\d{1,2})[./](\d{1,2})[./](\d{4})"
_META_PREFIX_RX = [(p, re.compile(rf"{re.escape(p)}\s*[:：]\s*\S"), fld) for p, fld in lex.META_PREFIXES]
_EN_BYLINE = re.compile(r"^By\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:\s*(?:,|and)\s*[\w ,'’-]{0,50})?$"
                        # "By the Press Service of the Ministry of Labour": a body's name, its small words lower case
                        r"|^By\s+the\s+[A-Z][\w'’.-]+(?:(?:\s+(?:of|the|and|for|on))*\s+[A-Z][\w'’.-]+){0,8}$")
_PUBLISHED_WORD = re.compile(r"^(?:published|posted|updated|опубликовано|обновлено|жарыяланды|жарияланды)\s*:?\s+(?P<rest>.{6,40})$",
                             re.IGNORECASE)
_META_DATE_LINE = re.compile(
    rf"^\s*(?:{_ISO_DATE}|{_NUM_DATE})(?:[,\s]+(?:в\s)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*$")
_LEADING_META = re.compile(rf"^\s*(?:date|дата|published|tarix)\s*:?\s*{_ISO_DATE}\s+", re.I)
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
    text = one_script(_ZERO_WIDTH.sub("", _CONTROL.sub("", text)))
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


def pull_metadata(lines: list[str]) -> tuple[list[str], dict[str, str | None], list[tuple[str, str]]]:
    """Metadata lines (a date stamp, a byline) out of the head and tail of the text.

    >>> pull_metadata(["date 2022-07 Body text here."])[1]
    {'published': '2022-07'}
    """
    kept, meta, removed = _metadata_pass(split_glued_headings(lines))
    return [x for x in kept if x is not None], meta, removed


def _metadata_pass(lines: list[str]) -> tuple[list[str | None], dict[str, str | None], list[tuple[str, str]]]:
    """``pull_metadata`` line by line: each line, its rest once a leading stamp is cut, or None where
    it was metadata (so that later steps know what stood next to what)."""
    meta: dict[str, str | None] = {}  # the first value found wins, even None (an impossible date)
    removed: list[tuple[str, str]] = []
    out: list[str | None] = []
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
            out.append(None)
            continue
        stamp = shapes.date_line(line)
        if stamp:  # "15:40, 3 марта 2021, Ош - site.kg", "29.07.2021ж. 20:00"
            meta.setdefault("published", stamp)
            removed.append((line, "metadata"))
            out.append(None)
            continue
        low = line.casefold()
        if _EN_BYLINE.match(line.strip()):  # "By Daniel Novak, Staff Reporter"
            meta.setdefault("byline", line.strip()[3:].strip())
            removed.append((line, "metadata"))
            out.append(None)
            continue
        pub = _PUBLISHED_WORD.match(line.strip())
        if pub:  # "Published 4 December 2025", "Опубликовано 4 декабря 2025"
            days = [d for d in find_dates(pub.group("rest")) if d.precision == "day"]
            if days:
                meta.setdefault("published", days[0].value)
                removed.append((line, "metadata"))
                out.append(None)
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
                    out.append(None)
                    continue
            else:
                meta.setdefault("byline", value)
                removed.append((line, "metadata"))
                out.append(None)
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
            prev_open = prev.endswith((",", "-", "«", "(", "—", "–")) and not BULLET.match(line)
            if prev_open or (starts_lower and not SENT_END.search(prev) and not prev.endswith(";")
                             and not BULLET.match(line)):
                out[-1].append(("" if prev.endswith("-") and not prev.endswith(" -") else " ") + line)
                continue
        out.append([line])
    return ["".join(parts) for parts in out]


def drop_headline_runs(paras: list[str], min_run: int = 3) -> tuple[list[str], list[tuple[str, str]]]:
    """Remove runs of headline-like lines (related-news lists) and the block after a related header.

    A run above the first paragraph of prose ends with the story's own headline: that line stays.

    >>> drop_headline_runs(["Новости региона", "Лента за неделю", "В Таласе открылся центр для мигрантов",
    ...                     "Центр открыли в понедельник при поддержке фонда, в нём будут работать юристы."])[0][0]
    'В Таласе открылся центр для мигрантов'
    """
    keep: list[str] = []
    removed: list[tuple[str, str]] = []
    i, n = 0, len(paras)
    first_prose = next((k for k, p in enumerate(paras) if is_prose(p)), n)
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
            if j - i >= min_run and any(len(p.split()) > 3 for p in paras[i:j]):  # names one a line are a list
                spare = _run_headline(paras, i, j) if j == first_prose else None
                if spare is not None and not _shares_words(paras[spare], paras[j:]):
                    spare = None  # a headline of another story: nothing of it is in the body
                removed.extend((p, "related links") for k, p in enumerate(paras[i:j], i) if k != spare)
                keep.extend(paras[k] for k in (spare,) if k is not None)
                i = j
                continue
        keep.append(paras[i])
        i += 1
    return keep, removed


def _run_headline(paras: list[str], i: int, j: int) -> int | None:
    """The story's headline in a run of headline-like lines ``paras[i:j]`` right above the body: its
    last line that is not furniture by itself, or None."""
    return next((k for k in range(j - 1, i - 1, -1) if not furniture_reason(paras[k])), None)


def _stems(text: str) -> set[str]:
    """The first five letters of each word of five letters or more, folded (a crude stem)."""
    return {w[:5] for w in fold(text).split() if len(w) >= 5 and not w.isdigit()}


def _shares_words(line: str, paras: list[str]) -> bool:
    """Whether *line* shares a word's stem with the paragraphs of prose in *paras* (a headline with its story).

    >>> body = ["Нарында жаштар кеңеши мектеп бүтүрүүчүлөр үчүн эки күндүк тренинг өткөрдү."]
    >>> _shares_words("Жаштар кеңеши тренинг өткөрдү", body), _shares_words("Аба ырайы суукка бурулат", body)
    (True, False)
    """
    mine = _stems(line)
    return any(mine & _stems(p) for p in paras if is_prose(p))


def _key(s: str) -> str:
    return fold(s.rstrip("…. "))


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
    last = para.rsplit(None, 1)[-1] if para.strip() else ""
    if not last or para.count(last, cut) < 2:
        return para  # both copies end with the last word: with it once, the search (backtracking) is spared
    m = _REPEATED_TAIL.search(para, cut)
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
        from .doc import first_sentence_end

        end = first_sentence_end(lines[0])
        first = lines[0][:end].rstrip() if end else lines[0]
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
    kept, meta, removed = _metadata_pass(split_glued_headings(lines))
    kept = _strip_markers(kept, removed)
    body = _sort_page(kept, removed, meta)
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


def _sort_page(kept: list[str | None], removed: list[tuple[str, str]], meta: dict[str, str | None]) -> list[str]:
    """The body lines of a page: furniture by line (``line_verdicts``), then at the page's edges
    (``edges.edge_verdicts``, which also sees where metadata stood, None in *kept*), into *removed*;
    a date alone above the body dates the page in *meta* unless a stamp did already, and an author's
    name alone above it is its byline.

    >>> _sort_page(["Our Work", None, "Our Work", "Migrants met officials in the city hall on Monday to talk."], [], {})
    ['Migrants met officials in the city hall on Monday to talk.']
    """
    present = [x for x in kept if x is not None]
    found = iter(line_verdicts(present))
    verdicts = [next(found) if x is not None else "metadata" for x in kept]
    lines = [x or "" for x in kept]
    marked = edge_verdicts(lines, verdicts)
    removed.extend((x, v) for x, v, old in zip(lines, marked, verdicts) if v and old != "metadata")
    for x, v in zip(lines, marked):
        if v == "date stamp":
            meta.setdefault("published", dated(x))
        if v == "byline":
            meta.setdefault("byline", x.strip())
    return [x for x, v in zip(lines, marked) if not v]


def _strip_markers(lines: list[str | None], removed: list[tuple[str, str]]) -> list[str | None]:
    """CMS shortcodes, a photo credit glued after the last sentence and a 'read more' link after a
    cut lead out of each line (into *removed*); a line left empty is None, as metadata is.

    >>> _strip_markers(["Итоги подвели в мае.[divider]", "[caption]", None], [])
    ['Итоги подвели в мае.', None, None]
    """
    out: list[str | None] = []
    for line in lines:
        if line is None:
            out.append(None)
            continue
        line, gone = shapes.strip_shortcodes(line)
        removed.extend((g, "template marker") for g in gone)
        stamp = shapes.card_stamp(line)
        if stamp:  # "3 дня назад 1200 site.kz Имя Фамилия, юрист": the stamp goes, the name stays
            line = line[len(stamp):].lstrip()
            removed.append((stamp, "metadata"))
        credit = shapes.trailing_credit(line)
        if credit:  # "… сообщили в мэрии. Фото: пресс-служба"
            line = line[: len(line) - len(credit)].rstrip()
            removed.append((credit, "credit"))
        more = shapes.read_more_link(line)
        if more:  # "В Оше открылся центр… Подробнее": the cut lead stays for the duplicate check
            line = line[: len(line) - len(more)].rstrip()
            removed.append((more, "navigation"))
        out.append(line or None)
    return out


def _looks_markdown(block: list[str]) -> bool:
    return any(_MD_HEAD.match(x) or "**" in x or _MD_LINK.search(x) or re.search(r"(?<!\w)\*[^*\s]", x)
               for x in block)
