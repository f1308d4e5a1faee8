"""The panes' query API (store.browse): a broad search walks the list instead of listing every match,
and must show exactly the rows, in the order, that the narrow plan shows."""
import pytest

from store import browse
from store.browse import Filters
from store.db import open_db
from test_tui import build_corpus


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    db = open_db(build_corpus(tmp_path_factory.mktemp("browse") / "b.db", extra_docs=40))
    yield db
    db.close()


@pytest.mark.parametrize("pane", ["events", "quotes", "documents"])
@pytest.mark.parametrize("query", ["миграц", "Мы работаем", "Bakı", "документ", "insan alver", "nothing here"])
def test_broad_and_narrow_plans_show_the_same_page(big, monkeypatch, pane, query):
    monkeypatch.setattr(browse, "BROAD", {pane: 10**9})
    narrow = [r["id"] for r in browse.page(big, pane, Filters(), query, limit=7)]
    narrow_next = [r["id"] for r in browse.page(big, pane, Filters(), query, limit=7, offset=7)]
    monkeypatch.setattr(browse, "BROAD", {pane: 1})
    assert browse._broad(big, pane, Filters(), query) == (query != "nothing here")
    assert [r["id"] for r in browse.page(big, pane, Filters(), query, limit=7)] == narrow
    assert [r["id"] for r in browse.page(big, pane, Filters(), query, limit=7, offset=7)] == narrow_next


def test_broad_plan_is_not_used_under_filters(big, monkeypatch):
    monkeypatch.setattr(browse, "BROAD", {"events": 1})
    assert not browse._broad(big, "events", Filters(lang="ky"), "миграц")
    assert [r["place"] for r in browse.page(big, "events", Filters(country="KG"), "миграц")] == ["Нарын"]
