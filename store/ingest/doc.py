"""The document model every extractor reads: paragraphs -> sentences -> tokens.

One fold for words (case, apostrophes, dotted İ), one tokenizer and one sentence splitter, each
computed once per paragraph text (cached) and shared by the extractors through ``Doc``:

>>> from store.ingest.model import DocContext, Para
>>> doc = Doc.build([Para("p-1", 0, "ru", "В г. Оше прошёл семинар. Его открыл А. Иванов!")], DocContext("d-1"))
>>> [s.text for s in doc.paragraphs[0].sentences]
['В г. Оше прошёл семинар.', 'Его открыл А. Иванов!']
>>> [t.text for t in doc.paragraphs[0].sentences[1].tokens]
['Его', 'открыл', 'А.', 'Иванов', '!']
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache, wraps
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from .lexicon.abbreviations import NO_SENTENCE_END

if TYPE_CHECKING:  # the records import rules, which reads sentences from here
    from .model import DocContext, Para

APOSTROPHES = "'’‘ʻʼ`"
_APOS = str.maketrans({a: "'" for a in APOSTROPHES[1:]})


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """The one comparison form of a word: lower case, apostrophes unified, dotted İ as i.

    >>> fold("O‘rinbosari"), fold("İCLAS"), fold("Ёлка")
    ("o'rinbosari", 'iclas', 'ёлка')
    """
    return word.lower().translate(_APOS).replace("i̇", "i")


@lru_cache(maxsize=256)
def _stem_set(stems: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stems)


def stem_match(folded: str, stems: tuple[str, ...], tail: int) -> bool:
    """Whether a folded word is one of *stems* followed by at most *tail* letters: each of the word's
    openings that leave a short enough tail is looked up, instead of trying every stem.

    >>> stem_match("директору", ("директор", "посол"), 4), stem_match("директорами", ("директор",), 2)
    (True, False)
    """
    found = _stem_set(stems)
    return any(folded[:k] in found for k in range(max(0, len(folded) - tail), len(folded) + 1))


_R = TypeVar("_R")
SHORT_TEXT = 4000  # characters: an ordinary paragraph; longer texts are computed afresh, never kept


def per_text(maxsize: int) -> Callable[[Callable[..., _R]], Callable[..., _R]]:
    """Cache a pure function of a text (and further hashable arguments) for texts of up to
    ``SHORT_TEXT`` characters: a paragraph or sentence seen again (a republished copy of a report,
    the same sentence read by two extractors) costs a dictionary look-up. The memory held is
    bounded (*maxsize* short texts and their results); the cached result is shared, so callers must
    not change it (return tuples or frozen records).

    >>> calls = []
    >>> @per_text(8)
    ... def words(text):
    ...     calls.append(text)
    ...     return tuple(text.split())
    >>> words("a b"), words("a b"), len(calls)
    (('a', 'b'), ('a', 'b'), 1)
    >>> long = "a " * SHORT_TEXT  # a long text is computed each time, never kept
    >>> words(long) == words(long), len(calls)
    (True, 3)
    """
    def wrap(fn: Callable[..., _R]) -> Callable[..., _R]:
        cached = lru_cache(maxsize=maxsize)(fn)

        @wraps(fn)
        def call(text: str, *args: object) -> _R:
            return cached(text, *args) if len(text) <= SHORT_TEXT else fn(text, *args)

        return call

    return wrap


# ---------------------------------------------------------------- tokens

_TOKEN = re.compile(r"(?P<w>[^\W\d_][\w'’‘ʻʼ\-]*)|(?P<n>\d[\d.,]*)|(?P<p>[^\w\s])")
_CAMEL = re.compile(r"(?<=[a-zəıöüçşğа-яёөүңқғұәіһӯӣҷҳ]{3})(?=[A-ZƏİÖÜÇŞĞА-ЯЁӨҮҢҚҒҰӘІҲҶ])")


class Tok(NamedTuple):
    """A word ("w"), a number ("n") or one punctuation mark ("p") with its offsets in the paragraph
    (a named tuple: a long paragraph makes hundreds of thousands, built several times faster than
    a frozen dataclass's)."""

    text: str
    start: int
    end: int
    kind: str

    @property
    def is_word(self) -> bool:
        return self.kind == "w"


@lru_cache(maxsize=4096)
def tokenize(text: str) -> list[Tok]:
    """Words, numbers and single punctuation marks; an initial keeps its dot ("Н."), glued words
    written without a space after a sentence ("годаВ") are split.

    The result is cached: callers must not change the list.

    >>> [t.text for t in tokenize("Г-н Б.Сатыбалдиев, вице-министр")]
    ['Г-н', 'Б.', 'Сатыбалдиев', ',', 'вице-министр']
    """
    out: list[Tok] = []
    n = len(text)
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "p"
        s, e = m.span()
        word = m.group()
        if kind == "w":
            while word[-1] in "'’‘ʼ-":  # (a word opens with a letter: never emptied)
                word, e = word[:-1], e - 1
            if len(word) > 6 and not word[3:].islower():  # a capital inside, where a glued word may start
                pos = s
                for part in _CAMEL.split(word):
                    out.append(Tok(part, pos, pos + len(part), "w"))
                    pos += len(part)
                core = out[-1].text
            else:
                out.append(Tok(word, s, e, "w"))
                core = word
            if len(core) <= 2 and e < n and text[e] == "." and core[0].isupper() and (
                    len(core) == 1 or core[1].islower()):
                out[-1] = Tok(core + ".", out[-1].start, e + 1, "w")
            continue
        if word == "." and out and out[-1].end > s and out[-1].text.endswith("."):
            continue  # the dot an initial swallowed
        out.append(Tok(word, s, e, kind))
    return out


# ---------------------------------------------------------------- sentences

_END = re.compile(r"[.!?…]+[»\"”’)]*(?=\s)|\n")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\.?$")


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    """Whether the mark at *m* ends a sentence: not the dot of an initial or an abbreviation,
    and what follows is not a lower-case word."""
    if m.group() == "\n":
        return True
    nxt = text[m.end():m.end() + 40].lstrip()
    first = nxt.lstrip("«“„\"'(—–- ")[:1]
    if first.islower():
        return False
    if text[m.start()] != ".":
        return True
    before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if before is None:
        return True
    word = before.group(1)
    if len(word) == 1 and word.isupper():  # an initial: "А. Иванов"
        return False
    return fold(word) not in NO_SENTENCE_END


def first_sentence_end(text: str) -> int | None:
    """Where the first sentence of *text* ends (after its mark), or None when it runs to the end;
    no dateline joining: for a clause that follows something else, not a paragraph's start.

    >>> t = "сказал Т. Осмонов в г. Оше. Потом добавил"
    >>> t[:first_sentence_end(t)]
    'сказал Т. Осмонов в г. Оше.'
    """
    for m in _END.finditer(text):
        if _ends_sentence(text, m):
            return m.end()
    return None


@lru_cache(maxsize=4096)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of *text*, blank ones left out; a line break always ends one.

    A dateline's pieces at the paragraph's start stay with the lead ("Ош. 5 мая. В городе …").

    >>> t = "Семинар прошёл 5 мая 2024 г. в Оше. Mr. Smith spoke! Далее — итоги."
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['Семинар прошёл 5 мая 2024 г. в Оше.', 'Mr. Smith spoke!', 'Далее — итоги.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if _ends_sentence(text, m):
            spans.append((start, m.end()))
            start = m.end()
    spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    while len(out) > 1 and _dateline_piece(text[out[0][0]:out[0][1]]):  # "Алматы. 16 мая. Агентство - …"
        out[:2] = [(out[0][0], out[1][1])]
    return tuple(out)


def _dateline_piece(sentence: str) -> bool:
    """A paragraph's first "sentence" of at most three words, a date or capitalised words only: a
    dateline piece (a place, a date) that belongs to the lead sentence after it.

    >>> _dateline_piece("Алматы."), _dateline_piece("16 мая."), _dateline_piece("Семинар прошёл.")
    (True, True, False)
    >>> _dateline_piece("Photo: IOM.")  # a credit, not a dateline
    False
    """
    words = sentence.split()
    return (sentence.endswith(".") and len(words) <= 3 and not any(c in sentence for c in ":\n")
            and (any(c.isdigit() for c in sentence) or all(w[0].isupper() for w in words)))


# ---------------------------------------------------------------- the model

@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its offsets in the paragraph and its tokens (offsets in the paragraph too)."""

    para: Para
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.para.text[self.start:self.end]

    @property
    def tokens(self) -> list[Tok]:
        return [t for t in tokenize(self.para.text) if self.start <= t.start < self.end]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the document with its sentences and tokens, computed on first use."""

    para: Para

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(Sentence(self.para, a, b) for a, b in sentence_spans(self.para.text))

    @property
    def tokens(self) -> list[Tok]:
        return tokenize(self.para.text)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding character *offset*, if any."""
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None


@dataclass(frozen=True)
class Doc:
    """One document as the extractors see it: ``pipeline.run_extractors`` builds it once per document
    and hands the same object to every extractor."""

    paragraphs: tuple[Paragraph, ...]
    ctx: DocContext

    @classmethod
    def build(cls, paras: list[Para], ctx: DocContext) -> Doc:
        return cls(tuple(Paragraph(p) for p in paras), ctx)

    @property
    def paras(self) -> list[Para]:
        return [p.para for p in self.paragraphs]
