"""Property tests: the text functions take any Unicode and never raise, and finish quickly.

Inputs mix what scraped reports really contain (Cyrillic and Latin of the region's languages,
quotes and dashes, page-furniture words, dates) with what they sometimes contain by accident
(control characters, terminal escapes, RTL and zero-width marks, surrogate-free astral
characters, very long lines). Examples are kept few so that CI stays fast.
"""
from __future__ import annotations

import time
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from store import fold
from store.errors import IngestError, QueryError
from store.ingest import clean as cleaning
from store.ingest import language

WORDS = ["Бишкек", "Ош", "мигрант", "торговля", "людьми", "тренинг", "өткөрүлдү", "жетекчиси", "Қазақстан",
         "көші-қон", "Toshkent", "o‘tkazildi", "shahrida", "Təşkilatı", "insan", "alveri", "vurğuladı",
         "training", "said", "Нурлан", "Абдыкадыров", "Aygün", "Məmmədova", "15", "2024", "12.03.2024",
         "5-мартында", "марта", "«", "»", "“", "”", "—", "–", "-", ":", ".", ",", "!", "?", "(", ")", "/", "|",
         "Главная", "Поделиться", "Читайте также", "© 2024", "Фото:", "Просмотров: 12", "https://x.kg/a",
         "[bold red]x[/]", "**жирный**", "# Заголовок", "> цитата", "`код`"]
ODD = ["\x00", "\x07", "\x1b", "\x1b[31m", "\x1b]0;t\x07", "\x7f", "\x85", "\x9b", "\u00ad", "\u200b", "\u200d",
       "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\u2028", "\u2029", "\ufeff", "\ufffd", "\t",
       "\r", "\r\n", "\n", "\n\n", "\f", "\v", "\u0301", "\u0308", "ﷺ", "𝔘", "😀", "👩‍👩‍👧", "\U000e0001",
       "עברית", "العربية", "中文", "İ", "ı", "ß", "ﬁ", "Ⅻ", "①", "٣", "߀", "\u00a0", "\u3000"]

token = st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD), st.text(max_size=8),
                  st.sampled_from([" ", " ", " ", "\n", "\n\n"]))
mixed = st.lists(token, max_size=60).map("".join)
long_line = st.builds(lambda s, n: (s + " ") * n, st.text(min_size=1, max_size=40), st.integers(100, 800))
any_text = st.one_of(st.text(max_size=400), mixed, long_line)

FAST = settings(max_examples=60, deadline=timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(any_text, st.booleans())
def test_clean_total(text, markdown):
    out = cleaning.clean(text, markdown=markdown)
    assert isinstance(out.paragraphs, list)
    for p in out.paragraphs:
        assert isinstance(p, str) and p == p.strip() and p
        assert "\x1b" not in p and "\x00" not in p and "\x9b" not in p
        assert "\n" not in p
    for item in out.removed:
        assert len(item) == 2


@FAST
@given(any_text)
def test_normalize_is_idempotent(text):
    once = cleaning.normalize_text(text)
    assert cleaning.normalize_text(once) == once


@FAST
@given(any_text)
def test_language_detect_total(text):
    lang = language.detect(text)
    assert isinstance(lang, str) and 2 <= len(lang) <= 3 and lang.isascii() and lang.islower()
    assert language.detect_many([text, text]) == [lang, lang]


@FAST
@given(any_text)
def test_loose_and_fts_query(text):
    folded = fold.loose(text)
    assert isinstance(folded, str)
    q = fold.fts_query(text)
    words = fold.terms(text)
    if not words:
        assert q is None
        return
    parts = q.split(" ")
    assert len(parts) == len(words)
    for part, w in zip(parts, words):
        assert part == f'"{w}"*' and '"' not in w


@FAST
@given(any_text)
def test_dates_total(text):
    from store.ingest.dates import date_spans, find_dates

    for lang in ("ru", "ky", "uz", "az", "en", ""):
        hits = find_dates(text, lang, "2024-03-05")
        assert isinstance(hits, list)
    for s, e in date_spans(text):
        assert 0 <= s <= e <= len(text)


@FAST
@given(any_text)
def test_figures_and_quote_spans_total(text):
    from store.ingest.figures import find_figures
    from store.ingest.quotes import quoted_spans

    assert isinstance(find_figures(text, "ru"), list)
    for s, e in quoted_spans(text):
        assert 0 <= s <= e <= len(text)


@pytest.fixture(scope="module")
def search_db(tmp_path_factory):
    from store import corpus
    from store.db import open_db
    from store.ingest.pipeline import process_text

    db = open_db(tmp_path_factory.mktemp("prop") / "p.db")
    text = ("Тренинг для мигрантов прошёл в Оше.\n\nTəşkilatın nümayəndəsi Aygün Məmmədova çıxış edib.\n\n"
            "O‘zbekiston va Qirg‘iziston vakillari Toshkent shahrida uchrashdi.\n")
    corpus.add(db, process_text(text, "p.txt", sha256="ab" * 32, extract=False))
    yield db
    db.close()


@settings(max_examples=100, deadline=timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow,
                                                                                   HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=80), mixed, st.sampled_from(['"', "*", "NEAR(", "a OR", "AND", "(", "^x",
                                                                 "col:x", "-x", "x:", "'", "\x00"])))
def test_search_never_raises_but_query_error(search_db, query):
    from store import corpus

    try:
        hits = corpus.search(search_db, query, limit=5)
    except QueryError:  # the one error a query may raise
        return
    assert isinstance(hits, list)
    for h in hits:
        for s, e in h["spans"]:
            assert 0 <= s < e <= len(h["text"])


@pytest.fixture(scope="module")
def warm_pipeline():
    """Load the models once, so that the per-example deadline measures the work, not the loading."""
    from store.ingest.pipeline import process_text

    process_text("Тренинг прошёл в Оше 5 марта 2024 года. «Мы рады», — сказал Нурлан Абдыкадыров.\n\n"
                 "Тренинг Ош шаарында өттү. «Биз кубанычтабыз», – деди Нурлан Абдыкадыров.\n",
                 "warm.txt", sha256="cd" * 32)
    return process_text


@settings(max_examples=40, deadline=timedelta(seconds=10),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.one_of(mixed, long_line, st.lists(mixed, min_size=2, max_size=6).map("\n\n".join)))
def test_process_text_total_and_quick(warm_pipeline, text):
    t0 = time.perf_counter()
    try:
        row = warm_pipeline(text, "x.txt", sha256="ef" * 32)
    except IngestError as exc:
        assert str(exc).endswith(".")
        return
    assert time.perf_counter() - t0 < 10
    ids = {p["id"] for p in row["paragraphs"]}
    assert len(ids) == len(row["paragraphs"])
    for p in row["paragraphs"]:
        assert "\x1b" not in p["text"]
    for q in row["quotes"]:
        assert q.get("paragraph_id") in ids
    for e in row["events"]:
        assert set(e.get("paragraph_ids") or []) <= ids


@settings(max_examples=30, deadline=timedelta(seconds=10),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600))
def test_process_bytes_total(warm_pipeline, data):
    from store.ingest.pipeline import process_bytes

    assume(data)
    try:
        process_bytes(data, "b.txt", extract=True)
    except IngestError as exc:
        assert str(exc).endswith(".")
