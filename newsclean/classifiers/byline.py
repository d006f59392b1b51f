"""Byline: who wrote the article.

Delegates the reading of the line to :func:`newsclean.metadata.authors.byline_score`
("By Jane Doe", "Von Jana Schmidt", "Devdiscourse News Desk", "Jane Doe | Tokyo |
Updated: …") and adds page evidence: HTML ``rel=author``/``itemprop=author`` and
``byline``/``author`` class hints.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsclean.classifiers._util import hint
from newsclean.classifiers.base import PageContext, Vote
from newsclean.labels import Label
from newsclean.lines import Line
from newsclean.metadata.authors import byline_score

__all__ = ["Byline"]


@dataclass(frozen=True, slots=True)
class Byline:
    """Votes ``BYLINE`` on author lines.

    >>> from newsclean.lines import split_lines
    >>> Byline().classify(split_lines("By Jane Doe"), PageContext())[0].label.name
    'BYLINE'

    .. versionadded:: 0.1.0
    """

    name: str = "byline"
    """Registry name."""
    max_words: int = 30
    """Bylines are short; longer lines are not read at all (they may mention "by")."""
    min_score: float = 0.35
    """Lowest :func:`byline_score` that earns a vote."""

    def classify(self, lines: Sequence[Line], context: PageContext) -> list[Vote | None]:
        """Vote on each line."""
        votes: list[Vote | None] = []
        for line in lines:
            if line.is_blank or line.words > self.max_words:
                votes.append(None)
                continue
            score = byline_score(line.text, language=context.language)
            why = "byline shape"
            markup = line.markup
            if markup is not None and (
                markup.rel_author or markup.itemprop == "author" or hint(line, "byline", "author")
            ):
                score = max(score, 0.5) + 0.25
                why = "html: author markup"
            votes.append(
                Vote(Label.BYLINE, min(score, 1.0), f"{why} ({score:.2f})") if score >= self.min_score else None
            )
        return votes
