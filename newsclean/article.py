"""The result of :func:`newsclean.clean`: an :class:`Article` and its labelled lines.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from newsclean.labels import Label
from newsclean.lines import Line

__all__ = ["Article", "LabeledLine"]


@dataclass(frozen=True, slots=True)
class LabeledLine:
    """One input line with the label it got and why.

    .. versionadded:: 0.1.0
    """

    line: Line
    """The line (for text input, one physical input line; for HTML, one rendered block)."""
    label: Label
    """The final label, after the context pass."""
    score: float
    """The deciding vote's weighted score (0 to 1)."""
    classifier: str
    """Who decided: a classifier's name, or ``"context"`` when the context pass revised it."""
    reason: str
    """Why, in a few words."""
    block: int
    """Index of the logical line (reflowed paragraph) this line belongs to."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "index": self.line.start,
            "text": self.line.text,
            "label": self.label.value,
            "score": round(self.score, 4),
            "classifier": self.classifier,
            "reason": self.reason,
            "block": self.block,
        }


@dataclass(frozen=True, slots=True)
class Article:
    """What :func:`newsclean.clean` found on a page. Never ``None``; an empty ``body`` means no article.

    .. versionadded:: 0.1.0
    """

    body: str = ""
    """The article text: its paragraphs, separated by blank lines."""
    paragraphs: tuple[str, ...] = ()
    """The body's paragraphs, in page order."""
    headline: str | None = None
    """The article's own headline."""
    summary: str | None = None
    """The standfirst (dek) under the headline."""
    authors: tuple[str, ...] = ()
    """Person names from the byline, as written."""
    byline: str | None = None
    """The raw byline line."""
    source: str | None = None
    """Wire service, agency or desk ("Reuters", "dpa", "News Desk")."""
    published: datetime | date | None = None
    """Publication time: timezone-aware when the page states a zone, naive or a bare date otherwise."""
    published_raw: str | None = None
    """The text ``published`` was parsed from."""
    updated: datetime | date | None = None
    """Last update time, when the page states one apart from publication."""
    updated_raw: str | None = None
    """The text ``updated`` was parsed from."""
    dateline: str | None = None
    """The place the story was filed from ("Tokyo", "WASHINGTON")."""
    language: str | None = None
    """The page's language (ISO 639-1)."""
    tags: tuple[str, ...] = ()
    """Topic labels the page shows as labelled lines ("Country: Japan")."""
    url: str | None = None
    """The URL passed to ``clean()``, or the page's canonical URL."""
    lines: tuple[LabeledLine, ...] = ()
    """Every input line with its label, score and reason (built on first read for :func:`newsclean.clean`'s
    results: most callers read only the fields, and a reflowed page's source lines are then never built)."""
    warnings: tuple[str, ...] = ()
    """Notes on anything approximate: an ambiguous date, a truncated line, a recovered parse."""

    def to_dict(self, *, lines: bool = False) -> dict[str, Any]:
        """A JSON-ready dict of the fields; ``lines=True`` adds every labelled line.

        >>> Article(body="Hi.").to_dict()["body"]
        'Hi.'
        """
        out: dict[str, Any] = {
            "headline": self.headline,
            "summary": self.summary,
            "authors": list(self.authors),
            "byline": self.byline,
            "source": self.source,
            "published": _iso(self.published),
            "published_raw": self.published_raw,
            "updated": _iso(self.updated),
            "updated_raw": self.updated_raw,
            "dateline": self.dateline,
            "language": self.language,
            "tags": list(self.tags),
            "url": self.url,
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "warnings": list(self.warnings),
        }
        if lines:
            out["lines"] = [ll.to_dict() for ll in self.lines]
        return out

    def to_json(self, *, lines: bool = False, indent: int | None = 2) -> str:
        """The :meth:`to_dict` form as JSON text (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(lines=lines), ensure_ascii=False, indent=indent)


class _Deferred:
    """What :attr:`Article.lines`' slot holds until the lines are read: the function that builds them."""

    __slots__ = ("build",)

    def __init__(self, build: Callable[[], tuple[LabeledLine, ...]]) -> None:
        self.build = build


_LINES_SLOT: Any = Article.__dict__["lines"]


class _LinesOnDemand:
    """The descriptor of :attr:`Article.lines`: its slot, with a :class:`_Deferred` built on the first read.

    Every read goes through here (the fields' ``__eq__``, ``__hash__``, ``repr``, pickling and
    :func:`dataclasses.replace` included), so no caller sees the recipe. Two threads reading at once
    may both build the lines; they build equal tuples, and either one stays.
    """

    def __get__(self, obj: Article | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = _LINES_SLOT.__get__(obj, owner)
        if type(value) is _Deferred:
            value = value.build()
            _LINES_SLOT.__set__(obj, value)
        return value

    def __set__(self, obj: Article, value: Any) -> None:
        _LINES_SLOT.__set__(obj, value)


type.__setattr__(Article, "lines", _LinesOnDemand())


def with_lines_on_demand(article: Article, build: Callable[[], tuple[LabeledLine, ...]]) -> Article:
    """``article`` (made with no ``lines``), whose :attr:`Article.lines` ``build()`` makes when first read.

    For :func:`newsclean.assemble.assemble`: ``build`` must be pure (it runs once, or twice when two
    threads read at once) and hold only what the lines need.
    """
    _LINES_SLOT.__set__(article, _Deferred(build))
    return article


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None
