"""Given names: whether a bare, name-shaped credit reads as a person."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsclean.metadata.names import is_given_name, reads_as_person


def test_given_names_fold_case_and_accents() -> None:
    assert is_given_name("José")
    assert is_given_name("jose")
    assert is_given_name("CLAUDIA")
    assert not is_given_name("Wasserstoff")


@pytest.mark.parametrize(
    "name",
    ["Claudia Duwe", "Jane Doe", "Dr. Rainer Quitzow", "Boris T. Kaiser", "Pierre-Yves Hamel", "Nuño Domínguez"],
)
def test_names_opening_with_a_given_name_read_as_people(name: str) -> None:
    assert reads_as_person(name) is True


@pytest.mark.parametrize(
    "name", ["Grüner Wasserstoff", "Weiterführende Links", "Feature Reportage", "Deutsche Sprache", "Radio Maryja"]
)
def test_name_shaped_headings_read_as_no_person(name: str) -> None:
    assert reads_as_person(name) is False


def test_family_name_first_only_on_a_page_in_such_a_language() -> None:
    assert reads_as_person("Kovács Szilvia", "hu") is True
    assert reads_as_person("Kovács Szilvia", "de") is False
    # the given name closing a heading is no name on a page that puts it first
    assert reads_as_person("Liebeshoroskop Löwe", "de") is False


@pytest.mark.parametrize("name", ["macbacchi", "Иван Петров", "Ørsted A/S", "", "Dr."])
def test_handles_and_other_scripts_are_not_judged(name: str) -> None:
    assert reads_as_person(name) is None


def test_the_list_is_lowercase_latin_without_function_words() -> None:
    document = json.loads((resources.files("newsclean") / "data" / "given_names.json").read_text(encoding="utf-8"))
    names = document["names"]
    assert names == sorted(set(names))
    assert all(n.isascii() and n.isalpha() and n == n.lower() and len(n) >= document["min_chars"] for n in names)
    assert not set(document["left_out"]) & set(names)
    assert "Permission is hereby granted" in document["license"]  # the source's MIT notice travels with its data
