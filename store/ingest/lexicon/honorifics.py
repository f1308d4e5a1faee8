"""Honorifics and address forms that stand right before (or after) a person's name.

Keyed by language; matched case-insensitively on whole words. ``AFTER`` lists forms that
follow the name (Kyrgyz "мырза", Kazakh "мырза", Tajik "ҷаноб" precedes).
"""
from __future__ import annotations

BEFORE: dict[str, tuple[str, ...]] = {
    "ru": ("г-н", "г-жа", "господин", "господина", "господину", "госпожа", "госпожи", "госпоже", "гражданин",
           "гражданка", "доктор", "профессор", "д-р", "проф.",
           # "respected", the official address before a leader's name ("уважаемого Президента …")
           "уважаемый", "уважаемого", "уважаемому", "уважаемым", "уважаемом", "уважаемая", "уважаемой",
           "уважаемую"),
    "ky": ("мырза", "айым", "урматтуу"),
    "kk": ("мырза", "ханым", "құрметті"),
    "tg": ("ҷаноби", "ҷаноб", "хонум", "хонуми", "мӯҳтарам", "муҳтарам"),
    "uz": ("janob", "janobi", "xonim", "hurmatli", "жаноб", "хоним", "ҳурматли"),
    "az": ("cənab", "cənabı", "xanım", "xanımı", "hörmətli"),
    "en": ("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "madam", "ambassador",
           "h.e.", "honorable", "hon.",
           # military and police ranks written capitalized before the name ("Major Jane Doe")
           "major", "colonel", "lieutenant", "lieutenant-colonel", "captain", "sergeant", "general",
           "major-general", "lieutenant-general", "brigadier",
           # academic titles before the name ("Associate Professor Jane Doe")
           "professor", "associate"),
}

AFTER: dict[str, tuple[str, ...]] = {
    "ky": ("мырза", "айым", "мырзанын", "айымдын"),
    "kk": ("мырза", "ханым", "мырзаның", "ханымның"),
    "az": ("bəy", "xanım", "müəllim"),
    "uz": ("xonim", "janob", "aka", "opa"),
    "tg": ("хонум",),
}


def all_before() -> frozenset[str]:
    """Every honorific that can precede a name, lower-cased: ``"cənab" in all_before()``."""
    return frozenset(w.lower() for words in BEFORE.values() for w in words)


def all_after() -> frozenset[str]:
    """Every honorific that can follow a name, lower-cased."""
    return frozenset(w.lower() for words in AFTER.values() for w in words)
