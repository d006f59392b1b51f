# Copyright 2026 newsclean developers. Licensed under the Apache License 2.0.
"""Spaces a text dump lost around dates: "2. Februar 20202. Februar 2020Author Jane".

Dumps of inline elements drop the space between them, so a theme's published and modified
dates, a date and its time, or a date and the label after it run together. Both the byline
parser and the date finder read such lines; this module is where the glue is found.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped, unused-ignore]  # no stubs installed everywhere

__all__ = ["GLUED_AFTER_DATE", "GLUE_HINT", "glue_points", "unglue"]

GLUED_AFTER_DATE = regex.compile(
    r"(?<=(?<!\d)(?:19|20)\d{2})(?=\d{1,2}\.\s?\p{L}|\d{1,2}([./-])\d{1,2}\1|\p{Lu}\p{Ll})"
    r"|(?<=(?<!\d)\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}))(?=\d{1,2}:\d{2}(?!\d))"
)
"""What a text dump runs into the end of a date: a second date ("2. Februar 20202. Februar 2020": a
theme's published and modified dates, "17/11/201917/11/2019" too), a time ("28.09.1912:44") or a
label ("25. Januar 2022Author")."""
GLUE_HINT = regex.compile(r"\p{Ll}{2}[\p{Lu}\d]|(?:19|20)\d{2}(?:\d|\p{Lu})|\.\d{3,}:")
"""What the kinds of glue have in common; a line without it has nothing to split."""


def glue_points(text: str) -> list[int]:
    """Offsets in ``text`` where a dump ran something into the end of a date (empty when none).

    Example:
        >>> glue_points("10. Februar 20199. Februar 2019")
        [16]
        >>> glue_points("17/11/201917/11/2019 ~ Jane Doe")
        [10]
    """
    if GLUE_HINT.search(text) is None:
        return []
    return [m.start() for m in GLUED_AFTER_DATE.finditer(text)]


def unglue(text: str) -> str:
    """Put back the spaces a text dump lost around the dates of a byline strip.

    Only a space is inserted, where a year or a day-month-year date runs into another date,
    a time or a capitalised word; no character is changed.

    Args:
        text: one line of a page.

    Returns:
        The line with the spaces put back (the same string when nothing is glued).

    Example:
        >>> unglue("Posted on 25. Januar 202225. Januar 2022Author Redaktion")
        'Posted on 25. Januar 2022 25. Januar 2022 Author Redaktion'
        >>> unglue("jdoe28.09.1912:44")
        'jdoe28.09.19 12:44'

    .. versionadded:: 0.1.0
    """
    if GLUE_HINT.search(text) is None:
        return text
    return GLUED_AFTER_DATE.sub(" ", text)
