"""Corpus-level identity: one person across documents and scripts, namesakes kept apart."""
import doctest

from store import identity
from store.identity import cluster, person_key, same_person


def test_doctests():
    assert doctest.testmod(identity).failed == 0


def test_cross_script_same_org_merges():
    a = {"name": "Elçin Quliyev", "organization": "Dövlət Miqrasiya Xidməti", "doc_id": "d1"}
    b = {"name": "Эльчин Гулиев", "organization": "Государственная миграционная служба", "role": "начальник",
         "doc_id": "d2"}
    c = {"name": "Эльчин Гулиев", "organization": "Dövlət Miqrasiya Xidməti", "doc_id": "d3"}
    assert person_key(a["name"]) == person_key(b["name"])
    assert same_person(a, c)


def test_near_namesakes_stay_apart():
    assert not same_person({"name": "Нурлан Жумабеков", "doc_id": "d1"}, {"name": "Нурлан Жумабаев", "doc_id": "d1"})


def test_shared_surname_different_given_stay_apart():
    assert not same_person({"name": "Айгуль Асанова", "doc_id": "d1"}, {"name": "Гульнара Асанова", "doc_id": "d1"})


def test_same_written_name_merges_without_context():
    assert same_person({"name": "Бакыт Асанов", "doc_id": "d1"}, {"name": "Бакыт Асанов", "doc_id": "d9"})


def test_initial_needs_context():
    full = {"name": "Rustam Alimov", "organization": "Migration Agency", "doc_id": "d1"}
    assert not same_person({"name": "R. Alimov", "doc_id": "d2"}, full)
    assert same_person({"name": "R. Alimov", "organization": "Migration Agency", "doc_id": "d3"}, full)


def test_cluster_does_not_chain_through_initials():
    recs = [{"name": "Rustam Alimov", "doc_id": "d1"}, {"name": "Ruslan Alimov", "doc_id": "d1"},
            {"name": "R. Alimov", "doc_id": "d1"}]
    groups = cluster(recs)
    assert [0, 1] not in groups and sorted(i for g in groups for i in g) == [0, 1, 2]
    assert any(g == [0, 2] for g in groups)
