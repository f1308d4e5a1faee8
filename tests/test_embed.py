"""The embedding model is asked once per distinct paragraph in a process (republished copies)."""
from __future__ import annotations

import numpy as np

from store.ingest import embed


class CountingModel:
    dim = 3

    def __init__(self):
        self.asked: list[list[str]] = []

    def passage(self, texts):
        self.asked.append(list(texts))
        return [[len(t), t.count("а"), 1.0] for t in texts]


def test_a_paragraph_seen_again_is_not_embedded_again(monkeypatch):
    model = CountingModel()
    monkeypatch.setattr(embed, "_state", {"model": model})
    monkeypatch.setattr(embed, "_cache", type(embed._cache)())
    monkeypatch.delenv("KERBEN_NO_EMBED", raising=False)
    first = embed.embed(["Встреча прошла в мае.", "Собрание отложено."])
    again = embed.embed(["Собрание отложено.", "Встреча прошла в мае.", "Новый абзац о работе."])
    assert model.asked == [["Встреча прошла в мае.", "Собрание отложено."], ["Новый абзац о работе."]]
    assert np.array_equal(again[0], first[1]) and np.array_equal(again[1], first[0])
    assert np.allclose(np.linalg.norm(again, axis=1), 1.0)
