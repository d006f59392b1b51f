# Copyright 2026 newsclean developers. Licensed under the Apache License 2.0.
"""Given names: whether a bare, name-shaped credit reads as a person.

A byline without a marker ("Jane Doe" alone on a line) is two or three capitalised words, and so is
a German heading ("Grüner Wasserstoff", "Weiterführende Links"), a product or a section's name
("Bedroom Stories"). A person's name opens with a given name, or in family-name-first order ends
with one ("Kovács Szilvia"). The given names come from ``data/given_names.json``, which
``scripts/gen_given_names.py`` derives from a pooled name register; they are in Latin script, so a
name in another script is left unjudged.
"""

from __future__ import annotations

import json
import unicodedata
from importlib import resources

__all__ = ["FAMILY_NAME_FIRST", "is_given_name", "reads_as_person"]


def _load() -> frozenset[str]:
    path = resources.files("newsclean") / "data" / "given_names.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["names"])


_GIVEN: frozenset[str] = _load()


def _fold(word: str) -> str:
    """Casefolded, without accents: "José" -> "jose", the list's own form."""
    folded = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name on the list, in any case and with or without accents.

    >>> is_given_name("José"), is_given_name("CLAUDIA"), is_given_name("Wasserstoff")
    (True, True, False)

    .. versionadded:: 0.1.0
    """
    return _fold(word) in _GIVEN


def reads_as_person(name: str, language: str | None = None) -> bool | None:
    """Whether a name-shaped credit names a person: its first word is a given name.

    On a page in a language that puts the family name first (Hungarian: "Kovács Szilvia"), its last
    word may be the given name instead. Titles and initials ("Prof.", "Dr.", "T.") are passed over,
    and a hyphenated word counts by its parts ("Pierre-Yves"). ``None`` when the name is one word (a
    handle, a nickname) or holds a word in a script the list does not cover (Cyrillic, Greek,
    Han...): such a name is not judged.

    >>> reads_as_person("Claudia Duwe"), reads_as_person("Kovács Szilvia", "hu"), reads_as_person("Dr. Rainer Quitzow")
    (True, True, True)
    >>> reads_as_person("Grüner Wasserstoff"), reads_as_person("Weitere Links"), reads_as_person("Kovács Szilvia")
    (False, False, False)
    >>> reads_as_person("Иван Петров") is None
    True

    .. versionadded:: 0.1.0
    """
    words = [w for w in name.split() if not w.endswith(".")]
    if len(words) < 2:  # a handle or a nickname ("macbacchi") is no register's name
        return None
    if any(not _fold(w).isascii() for w in words):
        return None
    given = [words[0]]
    if language is not None and language.split("-")[0].casefold() in FAMILY_NAME_FIRST:
        given.append(words[-1])
    return any(is_given_name(part) for word in given for part in word.strip(",;:()").split("-") if part)


FAMILY_NAME_FIRST = frozenset({"hu"})
"""Languages written in Latin script whose names put the family name first."""
