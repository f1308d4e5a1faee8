"""Placeholder: replaced by the extraction work (see the issues)."""
from __future__ import annotations

from .model import DocContext, Para


def extract_events(paras: list[Para], ctx: DocContext) -> list[dict]:
    return []
