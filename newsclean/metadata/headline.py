"""Headline text: trim a site-name suffix only when the page proves it is one.

"Bridge reopens | Daily Planet" keeps its suffix unless another copy of the headline
on the page ("Bridge reopens") shows where the headline ends.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable

import regex
from rapidfuzz import fuzz

__all__ = ["headline_text"]

# " | Site", " - Site", " – Site", " :: Site", " — Site" at the end.
_SUFFIX = regex.compile(r"\s+(?:\||-|–|—|::|·|»)\s+(?:(?!\s(?:\||-|–|—|::|·|»)\s).){1,80}$")
# How similar another copy must be to the trimmed headline to prove the cut.
AGREE_RATIO = 92.0
_MAX = 300


def headline_text(text: str, copies: Iterable[str] = ()) -> str:
    """The headline, without a " | Site" suffix when another copy shows it is not part of it.

    Args:
        text: the headline line.
        copies: other lines or metadata titles that may repeat the headline.

    Returns:
        The headline, whitespace collapsed.

    >>> headline_text("Bridge reopens | Daily Planet", ["Bridge reopens"])
    'Bridge reopens'
    >>> headline_text("Trump - the sequel", [])
    'Trump - the sequel'

    .. versionadded:: 0.1.0
    """
    text = " ".join(text.split())
    others = [" ".join(c.split())[:_MAX] for c in copies if c]
    current = text
    for _ in range(2):
        m = _SUFFIX.search(current)
        if not m:
            break
        head = current[: m.start()]
        if len(head.split()) < 2 or not any(fuzz.ratio(head[:_MAX], o) >= AGREE_RATIO for o in others):
            break
        current = head
    return current
