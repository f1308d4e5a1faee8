"""HTML pages: main text only, title and date from the page, and nothing fetched."""
import socket
from pathlib import Path

import pytest

from store.errors import IngestError
from store.ingest.pipeline import process_bytes

PAGE = Path(__file__).parent / "fixtures" / "page.html"


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*a, **k):
        raise AssertionError("HTML extraction tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_main_text_title_date(no_network):
    row = process_bytes(PAGE.read_bytes(), "page.html", extract=False)
    texts = [p["text"] for p in row["paragraphs"]]
    assert any("Центр поддержки мигрантов" in t for t in texts)
    assert not any("Курс доллара" in t or "Все новости" in t or "Все права" in t or "var x" in t for t in texts)
    assert row["document"]["published"] == "2024-03-06"
    assert "семинар" in row["document"]["title"]


def test_page_without_article_text(no_network):
    with pytest.raises(IngestError, match="no (article|body) text"):
        process_bytes(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "empty.html", extract=False)
