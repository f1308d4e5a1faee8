"""Grammar as data: every language's record is complete, and the extractors ask it instead of
branching on the language code."""
from __future__ import annotations

import ast
from dataclasses import fields
from pathlib import Path

import pytest

from store.ingest.language import FOCUS
from store.ingest.lexicon.grammar import GRAMMARS, LANGUAGES, UNDETERMINED, Grammar, grammar_for, is_empty

ROOT = Path(__file__).resolve().parents[1]
# Modules that ask the grammar; language identification (language.py) may branch on the code.
CONVERTED = ["store/ingest/orgs.py", "store/ingest/events.py", "store/ingest/quotes.py", "store/ingest/dates.py",
             "store/ingest/twins.py", "store/ingest/lexicon/speech.py", "store/ingest/apposition.py",
             "store/ingest/people.py", "store/ingest/people_tokens.py",
             "store/ingest/org_roles.py", "store/ingest/person_body.py",
             "store/ingest/names.py", "store/ingest/person_words.py", "store/ingest/event_sentences.py",
             "store/ingest/participants.py", "store/ingest/coreference.py", "store/ingest/cases.py"]


def test_every_identified_language_has_a_grammar():
    assert set(GRAMMARS) == set(LANGUAGES) == set(FOCUS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_field_is_filled_or_declared_absent_with_a_reason(lang):
    g = GRAMMARS[lang]
    names = {f.name for f in fields(Grammar)} - {"code", "absent"}
    assert g.code == lang
    assert set(g.absent) <= names, "absent names a field the record does not have"
    for name in names:
        value = getattr(g, name)
        if is_empty(value):
            assert g.absent.get(name, "").strip(), f"{lang}.{name} is empty with no reason given"
        else:
            assert name not in g.absent, f"{lang}.{name} has a value but is declared absent"


def test_an_unknown_code_gets_the_undetermined_record():
    assert grammar_for("xx") is UNDETERMINED and grammar_for("") is UNDETERMINED
    assert UNDETERMINED.org_heads == () and UNDETERMINED.conjunctions == ()


def _lang_like(node: ast.AST) -> bool:
    if isinstance(node, ast.Name):
        return "lang" in node.id
    if isinstance(node, ast.Attribute):
        return node.attr == "lang"
    if isinstance(node, ast.Subscript):
        return isinstance(node.slice, ast.Constant) and node.slice.value == "lang"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get":
        return any(isinstance(a, ast.Constant) and a.value == "lang" for a in node.args)
    return False


def _strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [s for e in node.elts for s in _strings(e)]
    return []


def language_branches(source: str) -> list[int]:
    """Lines comparing a language (``lang``, ``p.lang``, ``row["lang"]``) with a string, or anything
    with a language code ("ru", ("ky", "kk"))."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        strings = [s for o in operands for s in _strings(o)]
        if any(s in LANGUAGES for s in strings) or (strings and any(_lang_like(o) for o in operands)):
            lines.append(node.lineno)
    return lines


def test_the_checker_sees_language_branches():
    code = ('if lang == "ru": pass\nif p.lang in ("ky", "kk"): pass\nif row["lang"] != "und": pass\n'
            'if x in ("en",): pass\nif lang == other: pass\nif word == "и": pass\n')
    assert language_branches(code) == [1, 2, 3, 4]


@pytest.mark.parametrize("module", CONVERTED)
def test_converted_modules_ask_the_grammar_instead_of_branching_on_the_language(module):
    assert language_branches((ROOT / module).read_text(encoding="utf-8")) == []


def test_a_language_that_uses_russian_words_finds_russian_statement_nouns():
    from store.ingest.lexicon.speech import release_noun

    # Uzbek Cyrillic with a Russian loan word ("заявление"): the statement is the ministry's
    assert release_noun("вазирлик заявлениесида айтилишича", "uz") == "заявлени"
    assert release_noun("vazirlik bayonotida aytilishicha", "az") is None


@pytest.mark.parametrize("lang, text, name", [
    ("kk", "Жастар және Спорт орталығы семинар өткізді.", "Жастар және Спорт орталығы"),
    ("uz", "Yoshlar va Sport markazi seminar o‘tkazdi.", "Yoshlar va Sport markazi"),
])
def test_a_body_named_with_a_conjunction_is_the_subject_in_every_language(lang, text, name):
    from store.ingest.model import Para
    from store.ingest.quotes import subject_organization

    assert subject_organization([Para("p", 0, lang, text)]) == name


def test_a_date_label_joined_by_any_languages_conjunction_dates_the_event():
    from store.ingest.doc import Doc
    from store.ingest.events import extract_events
    from store.ingest.model import DocContext, Para

    paras = [Para("p-0", 0, "tg", "Маркази «Умеди Нав» семинар гузаронд."),
             Para("p-1", 1, "tg", "Таърих ва макон: 14 майи 2025, Хуҷанд.")]
    events = extract_events(Doc.build(paras, DocContext("d-test", title=None, published=None, languages=["tg"])))
    assert events and events[0].date == "2025-05-14"
