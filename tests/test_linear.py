"""The extractors' work grows with the length of a paragraph or a document, not with its square.

Work is counted, not timed: the number of function calls (Python and built-in) made on one
paragraph of N invented sentences and on one of 4N, on a document of N paragraphs and of 4N, and
by cleaning N and 4N paragraphs. Linear work gives a ratio near 4; a scan per name over the whole
paragraph (``list.index``) gave about 10 at these sizes, comparing each person named by family
alone with every other person of the document (and each date, name and sentence with all the
others of its paragraph) about 11, and both grow without bound.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.length import sentences  # noqa: E402
from store.ingest.clean import clean  # noqa: E402
from store.ingest.model import DocContext, Para  # noqa: E402
from store.ingest.pipeline import run_extractors  # noqa: E402


def calls(text: str, lang: str) -> int:
    """Function calls made by the extractors on *text* as one paragraph (caches warmed first)."""
    return doc_calls([text], lang)


def doc_calls(texts: list[str], lang: str) -> int:
    """Function calls made by the extractors on a document of *texts* (caches warmed first)."""
    paras = [Para(f"p-{i}", i, lang, t) for i, t in enumerate(texts)]
    ctx = DocContext("d-0", languages=[lang])
    run_extractors(paras, ctx)
    return counted(lambda: run_extractors(paras, ctx))


def counted(work) -> int:
    """Function calls made while *work* runs."""
    n = 0

    def count(frame, event, arg):
        nonlocal n
        if event in ("call", "c_call"):
            n += 1

    sys.setprofile(count)
    try:
        work()
    finally:
        sys.setprofile(None)
    return n


@pytest.mark.parametrize("lang", ["ru", "ky", "en"])
def test_work_on_one_paragraph_is_linear_in_its_length(lang, monkeypatch):
    from store.ingest import people

    # natasha is skipped on paragraphs over NER_MAX_CHARS: both sizes must be on the same side of it
    monkeypatch.setattr(people, "NER_MAX_CHARS", 10 ** 9)
    n = 30
    text = " ".join(sentences(4 * n, seed=3, lang=lang))
    short = " ".join(sentences(n, seed=3, lang=lang))
    assert text.startswith(short)
    ratio = calls(text, lang) / calls(short, lang)
    assert 3.0 <= ratio <= 5.5, ratio


_SYLLABLES = ["бар", "кем", "тул", "сан", "мир", "гал", "дор", "вис", "лен", "пах", "рус", "ток"]
_GIVEN = ["Иван", "Пётр", "Олег", "Денис", "Артём", "Глеб", "Роман", "Марат"]


def _family(i: int) -> str:
    """An invented family name, a different one for each *i* below 1,728."""
    return "".join(_SYLLABLES[i // 12 ** k % 12] for k in range(3)).capitalize() + "ов"


def _report(n: int) -> list[str]:
    """*n* paragraphs, each naming a person in full, a minister by family alone and a dated seminar."""
    return [f"{_GIVEN[i % 8]} {_family(i)} выступил на заседании {i % 28 + 1} марта {2000 + i % 20} года. "
            f"Министр {_family(i + 800)} провёл семинар фонда в Бишкеке {i % 28 + 1} апреля 2024 года."
            for i in range(n)]


def test_work_on_a_document_is_linear_in_its_paragraphs():
    ratio = doc_calls(_report(100), "ru") / doc_calls(_report(25), "ru")
    assert 3.0 <= ratio <= 5.5, ratio


def test_cleaning_is_linear_in_the_number_of_paragraphs():
    def page(n: int) -> str:  # paragraphs, some repeated and some cut short (scraped copies to drop)
        paras = [" ".join(sentences(2, seed=i)) for i in range(n)]
        paras += [p for p in paras[::5]] + [p[: len(p) // 2] for p in paras[1::7]]
        return "\n\n".join(paras)

    short, long = page(60), page(240)
    assert len(clean(long).paragraphs) == 4 * len(clean(short).paragraphs) == 240
    ratio = counted(lambda: clean(long)) / counted(lambda: clean(short))
    assert 3.0 <= ratio <= 5.5, ratio


def test_sentences_that_cannot_be_the_lead_are_not_dated(monkeypatch):
    """A long report's sentences after a lead that says what, when and where are never dated: no
    later sentence can score higher, and each is dated only if something asks for its date."""
    from store.ingest import event_sentences
    from store.ingest.doc import Doc
    from store.ingest.events import extract_events

    dated: list[str] = []
    real = event_sentences.find_dates

    def counting(text, *args):
        dated.append(text)
        return real(text, *args)

    monkeypatch.setattr(event_sentences, "find_dates", counting)
    later = [f"Отчёт за {i % 28 + 1} марта {2000 + i % 20} года опубликован в сети." for i in range(40)]
    text = " ".join(["В Бишкеке 5 мая 2024 года прошёл семинар."] + later)
    events = extract_events(Doc.build([Para("p-0", 0, "ru", text)], DocContext("d-0", languages=["ru"])))
    assert [e.date for e in events] == ["2024-05-05"]
    assert len(dated) <= 2, len(dated)  # the lead's dates, not one per sentence
