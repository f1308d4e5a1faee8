"""Placeholder: replaced by the extraction work (see the issues)."""
from __future__ import annotations

from .model import DocContext, Para


def extract_quotes(paras: list[Para], ctx: DocContext, people: list[dict]) -> list[dict]:
    return []
