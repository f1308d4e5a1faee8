"""Errors a user can cause. Each carries one sentence meant for the user; the CLI prints it."""
from __future__ import annotations


class KerbenError(Exception):
    """Base class: ``str(exc)`` is a complete sentence for the user."""

    exit_code = 1


class IngestError(KerbenError):
    """A file could not be imported (missing, binary, too big, undecodable...)."""


class StoreError(KerbenError):
    """The database cannot be opened, written or read."""

    exit_code = 2


class QueryError(KerbenError):
    """A search or filter that cannot be answered (e.g. only punctuation)."""

    exit_code = 2


class NotFound(KerbenError):
    """A document, event or person that is not in the store."""

    exit_code = 1


class BadValue(KerbenError):
    """A value given by the user that a field or a filter cannot hold (a malformed date, an unknown kind...)."""

    exit_code = 1
