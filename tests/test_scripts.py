"""Words typed in two alphabets, put back into one, on strings written for the test."""
import pytest

from store.ingest.clean import normalize_text
from store.ingest.doc import Doc
from store.ingest.model import DocContext, Para
from store.ingest.people import extract_people
from store.ingest.scripts import one_script


@pytest.mark.parametrize("text,fixed", [
    ("Bрач Олег Смирнов", "Врач Олег Смирнов"),  # a Latin B in a Cyrillic word
    ("Jοhn Ѕmіth", "John Smith"),  # a Greek omicron and Cyrillic letters in Latin words
    ("Обычный текст and plain text, 2024", "Обычный текст and plain text, 2024"),
])
def test_look_alike_letters_go_back_to_the_words_script(text, fixed):
    assert one_script(text) == fixed


def test_a_name_typed_with_look_alike_letters_is_found_in_its_own_script():
    text = normalize_text("Ambassador Jοhn Ѕmіth, Head of the Bright Paths Centre, praised the police.")
    found = extract_people(Doc.build([Para("p-0", 0, "en", text)], DocContext("d-test")))
    assert [p.to_row()["name"] for p in found] == ["John Smith"]
