"""The classifier contract: a :class:`LineClassifier` votes on every line of a page.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from newsclean.config import CleanConfig
from newsclean.labels import Label
from newsclean.lines import Line

if TYPE_CHECKING:
    from newsclean.html import PageMeta

__all__ = ["LineClassifier", "PageContext", "Vote"]


@dataclass(frozen=True, slots=True)
class Vote:
    """One classifier's opinion of one line.

    .. versionadded:: 0.1.0
    """

    label: Label
    """What the classifier thinks the line is."""
    score: float
    """How sure it is, from 0 to 1. Weighted by the pipeline before votes are compared."""
    reason: str
    """A short human-readable why, shown by ``--explain``: "menu: 6 short title-case items"."""


@dataclass(frozen=True, slots=True)
class PageContext:
    """What a classifier may know about the page besides its lines.

    .. versionadded:: 0.1.0
    """

    config: CleanConfig = field(default_factory=CleanConfig)
    """The settings of this ``clean()`` call."""
    language: str | None = None
    """The page's language (ISO 639-1), when known."""
    url: str | None = None
    """The page's URL, when given."""
    url_words: frozenset[str] = frozenset()
    """Case-folded words of the URL path (the slug), for headline matching."""
    meta: PageMeta | None = None
    """Page-level HTML metadata (title, OpenGraph, JSON-LD), for HTML input."""


@runtime_checkable
class LineClassifier(Protocol):
    """What a line classifier is: a ``name`` and a pure ``classify`` method.

    ``classify`` returns exactly one :class:`Vote` or ``None`` (abstain) per line, in
    order; it must not mutate anything and must give the same votes for the same
    input. Check an implementation with :func:`newsclean.testing.check_classifier`.

    >>> class Shouting:
    ...     name = "shouting"
    ...     def classify(self, lines, context):
    ...         return [Vote(Label.PROMO, 0.5, "all caps") if l.text.isupper() else None for l in lines]
    >>> isinstance(Shouting(), LineClassifier)
    True

    .. versionadded:: 0.1.0
    """

    name: str

    def classify(self, lines: Sequence[Line], context: PageContext) -> Sequence[Vote | None]:
        """Vote on every line."""
        ...  # pragma: no cover
