# Copyright 2024 newsclean developers. Licensed under the Apache License, Version 2.0.
"""Page-level metadata as evidence: ``<title>``, ``<meta>``, ``<link>`` and JSON-LD.

Everything here is *evidence* for the metadata extractors, kept as raw strings
(dates are not parsed, names are not validated beyond dropping URLs). One pass
over the few element types that carry metadata, with lxml's C-level tag filter.

JSON-LD is read tolerantly: HTML comments and CDATA wrappers are stripped, a
block that still fails to parse is skipped, blocks over 1 MB are skipped, and
the walk over the parsed objects is iterative and capped.

How the assembler weighs this evidence against what the page shows
(:mod:`newsclean.assemble`), strongest first:

Publication date
    1. A date the page shows: in the labelled byline and dateline lines, then in the
       marked byline elements, then in the lines around the article's start (and the date a
       long first paragraph opens with), then in short lines of the article and just after
       it. A labelled line that shows only an update ("Stand: 12.11.2021") ends the search.
    2. :attr:`PageMeta.published` (a statement that *this* is the publication date), else a
       full date in the URL, replaces the shown date unless both name the same day, the shown
       date is the metadata's modification day or its instant in another zone, or the page
       shows only its update: a shown date that disagrees is more often a teaser's or a
       comment's than the metadata is wrong.
    3. :attr:`PageMeta.dated` (a generic ``date`` meta, often a CMS record's creation or
       last change) dates only a page that shows no date.
    4. Then :attr:`PageMeta.modified`; last, the first date on the page in the URL's
       year-month slot (``/2010/05/slug``).

Authors
    1. The visible byline (a marked one: "By", "Von", "Por").
    2. :attr:`PageMeta.authors` win over an unmarked visible byline, or when they give a
       full name; with several, those the visible byline confirms. Desks, wires, the
       site's own name and placeholders go to ``source`` or are dropped.
    3. :attr:`PageMeta.bylines`, the elements the template marks, when the visible byline
       is weak or missing.
    4. On a page that credits nobody (no person, no desk): the body's one bare-name line in
       its second half (a signature), then :attr:`PageMeta.copyright` when the byline parser
       reads the holder as one person's name (a personal site's owner).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import html
import json
import re
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsclean.html.byline import find_body_marks

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml import etree

__all__ = ["PageMeta", "extract_meta"]


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What a page says about itself, outside its visible text.

    .. versionadded:: 0.1.0
    """

    title: str | None = None
    """The ``<title>`` text."""
    og_title: str | None = None
    """``og:title``, else ``twitter:title``."""
    headline: str | None = None
    """JSON-LD ``headline`` of an article object (``NewsArticle``, ``Article``, ``BlogPosting``...)."""
    authors: tuple[str, ...] = ()
    """Author names from JSON-LD, ``<meta name="author">`` and ``article:author`` (URLs dropped)."""
    published: str | None = None
    """Raw publication date: JSON-LD ``datePublished``, ``article:published_time``,
    ``pubdate``/``DC.date.issued`` metas, ``<time pubdate>``, a body element marked as the
    publication date, then JSON-LD ``dateCreated`` (never the modification date)."""
    dated: str | None = None
    """Raw date of a generic ``date``, ``DC.date`` or ``dcterms.date`` meta, which does not say
    whether it is the publication, the creation or the last change: weaker evidence than
    :attr:`published` and than a date the page shows."""
    modified: str | None = None
    """Raw modification date: JSON-LD ``dateModified``, ``article:modified_time``,
    ``og:updated_time``, then a body element marked as the update date."""
    description: str | None = None
    """``og:description``, else ``description``, else ``twitter:description``,
    else JSON-LD ``description``."""
    site_name: str | None = None
    """``og:site_name``, else the JSON-LD publisher's name."""
    canonical_url: str | None = None
    """``<link rel="canonical">``, else ``og:url``."""
    language: str | None = None
    """``<html lang>``, else a ``content-language`` meta, else ``og:locale`` or
    JSON-LD ``inLanguage``."""
    section: str | None = None
    """``article:section``, else JSON-LD ``articleSection``."""
    tags: tuple[str, ...] = ()
    """``article:tag``, ``keywords``, ``news_keywords`` and JSON-LD ``keywords``, de-duplicated."""
    copyright: str | None = None
    """The holder the footer's copyright notice names; see :mod:`~newsclean.html.byline`."""
    bylines: tuple[str, ...] = ()
    """Texts of body elements marked as the author (``rel="author"``, ``itemprop="author"``,
    classes such as ``byline`` or ``autor``), in document order; see :mod:`~newsclean.html.byline`."""


_ARTICLE_TYPES = frozenset(
    t.lower()
    for t in [
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "BackgroundNewsArticle",
        "AskPublicNewsArticle",
        "SatiricalArticle",
        "ScholarlyArticle",
        "TechArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "Report",
        "Review",
    ]
)
_PUBLISHED = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "published_time", "dc.date.issued", "dc.date.created",
    "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
    "article.published", "original-publish-date", "date_published", "displaydate",
    "cxenseparse:recs:publishtime",
)  # fmt: skip
# Metas that date the document without saying which event: Dublin Core's "date" is "a point or
# period of time associated with an event in the lifecycle of the resource", and CMSs fill it
# with the record's creation or last change, not the day the article went out.
_DATED = ("date", "dc.date", "dcterms.date")
_MODIFIED = (
    "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified",
    "dc.date.modified", "article.updated", "lastmod",
)  # fmt: skip
_AUTHORS = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
            "byl", "cxenseparse:author", "twitter:creator")  # fmt: skip
_SECTION = ("article:section", "section", "parsely-section", "cxenseparse:section")
_TAGS = ("article:tag", "keywords", "news_keywords", "parsely-tags", "sailthru.tags")
_MAX_JSON = 1_000_000
_MAX_NODES = 20_000
_MAX_TAGS = 100
_CDATA = re.compile(r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)|(?:-->|\]\]>|//\s*\]\]>)\s*$")
_BY = re.compile(r"^\s*(?:by|von|por|par|di|door)\s+", re.IGNORECASE)
_URL = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    if "&" in value and ";" in value:
        value = html.unescape(value)
    value = " ".join(value.split())
    return value or None


def _types(obj: dict[str, Any]) -> set[str]:
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {v.rsplit("/", 1)[-1].lower() for v in values if isinstance(v, str)}


def _objects(data: object) -> Iterator[dict[str, Any]]:
    """Every dict in a JSON-LD document, breadth-first, capped."""
    queue: deque[object] = deque([data])
    seen = 0
    while queue and seen < _MAX_NODES:
        item = queue.popleft()
        seen += 1
        if isinstance(item, dict):
            yield item
            queue.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            queue.extend(v for v in item if isinstance(v, (dict, list)))


def _names(value: object, ids: dict[str, dict[str, Any]] | None = None) -> list[str]:
    """Person names from a JSON-LD ``author`` value (string, object or list).

    An object that only points at another one (``{"@id": ".../#/schema/person/1"}``, as
    ``@graph`` documents do) is looked up in ``ids``.
    """
    out: list[str] = []
    values = value if isinstance(value, list) else [value]
    for item in values[:50]:
        if isinstance(item, dict) and "name" not in item and ids and isinstance(item.get("@id"), str):
            item = ids.get(item["@id"], item)  # noqa: PLW2901 - the object the reference names
        name = _clean(item.get("name")) if isinstance(item, dict) else _clean(item)
        if name and not _URL.match(name):
            out.append(name)
    return out


def _keywords(value: object) -> list[str]:
    if isinstance(value, list):
        return [k for v in value[:_MAX_TAGS] if (k := _clean(v))]
    text = _clean(value)
    if not text:
        return []
    return [k for part in text.split(",") if (k := " ".join(part.split()))]


def _load_json(text: str) -> object:
    if len(text) > _MAX_JSON:
        return None
    text = _CDATA.sub("", text).strip().rstrip(";")
    if not text:
        return None
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return None


def _first(values: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        for value in values.get(key, ()):
            if value:
                return value
    return None


def _dedupe(values: list[str], limit: int) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        key = value.casefold()
        if key not in seen:
            seen.add(key)
            out.append(value)
            if len(out) == limit:
                break
    return tuple(out)


def extract_meta(root: etree._Element) -> PageMeta:
    """Read the page's own metadata: title, Open Graph, JSON-LD and common ``<meta>`` names.

    Args:
        root: the root of an lxml HTML tree (see :func:`~newsclean.html.parse_html`).

    Returns:
        The metadata found; fields the page does not give are ``None`` or empty.

    >>> from newsclean.html.parse import parse_html
    >>> meta = extract_meta(parse_html(
    ...     '<html lang="en"><head><title>T | Site</title>'
    ...     '<meta property="og:title" content="T">'
    ...     '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T!",'
    ...     ' "author": [{"@type": "Person", "name": "Ann Lee"}], "datePublished": "2024-05-01"}'
    ...     '</script></head><body></body></html>'))
    >>> meta.title, meta.og_title, meta.headline, meta.authors, meta.published, meta.language
    ('T | Site', 'T', 'T!', ('Ann Lee',), '2024-05-01', 'en')

    .. versionadded:: 0.1.0
    """
    metas: dict[str, list[str]] = {}
    title: str | None = None
    title_in_head = False
    canonical: str | None = None
    jsonld: list[object] = []
    time_published: str | None = None
    for el in root.iter("meta", "title", "link", "script", "time"):
        tag = el.tag
        if tag == "meta":
            key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
            content = _clean(el.get("content"))
            if key and content:
                metas.setdefault(key.strip().lower(), []).append(content)
        elif tag == "title":
            parent = el.getparent()
            in_head = parent is not None and parent.tag == "head"
            if title is None or (in_head and not title_in_head):
                text = _clean(el.text)
                if text:
                    title, title_in_head = text, in_head
        elif tag == "link":
            if canonical is None and "canonical" in (el.get("rel") or "").lower().split():
                canonical = _clean(el.get("href"))
        elif tag == "script":
            if "ld+json" in (el.get("type") or "").lower() and el.text:
                data = _load_json(el.text)
                if data is not None:
                    jsonld.append(data)
        elif time_published is None and (
            el.get("pubdate") is not None or (el.get("itemprop") or "").lower() == "datepublished"
        ):
            time_published = _clean(el.get("datetime"))

    article: dict[str, Any] | None = None
    publisher: str | None = None
    language_ld: str | None = None
    ids: dict[str, dict[str, Any]] = {}
    for data in jsonld:
        for obj in _objects(data):
            if isinstance(obj.get("@id"), str) and "name" in obj:
                ids.setdefault(obj["@id"], obj)
            types = _types(obj)
            if article is None and types & _ARTICLE_TYPES:
                article = obj
            if publisher is None and ("organization" in types or "newsmediaorganization" in types):
                publisher = _clean(obj.get("name"))
            if language_ld is None:
                language_ld = _clean(obj.get("inLanguage"))
    if article is None:  # fall back on any object with a headline (WebPage, untyped)
        for data in jsonld:
            article = next((o for o in _objects(data) if isinstance(o.get("headline"), str)), None)
            if article is not None:
                break
    ld: dict[str, Any] = article or {}
    pub = ld.get("publisher")
    if isinstance(pub, dict) and _clean(pub.get("name")):
        publisher = _clean(pub.get("name"))

    authors = _names(ld.get("author"), ids) + _names(ld.get("creator"), ids)
    for key in _AUTHORS:
        for value in metas.get(key, ()):
            value = _BY.sub("", value)  # noqa: PLW2901 - "By Ann Lee" in NYT's byl
            if not _URL.match(value) and not value.startswith("@"):
                authors.append(value)
    section_ld = ld.get("articleSection")
    if isinstance(section_ld, list):
        section_ld = section_ld[0] if section_ld else None
    tags = [k for key in _TAGS for value in metas.get(key, ()) for k in _keywords(value)]
    tags += _keywords(ld.get("keywords"))
    html_lang = _clean(root.get("lang")) if isinstance(root.tag, str) else None
    marks = find_body_marks(root)

    return PageMeta(
        title=title,
        og_title=_first(metas, ("og:title", "twitter:title")),
        headline=_clean(ld.get("headline")) or _clean(ld.get("name")) if ld else None,
        authors=_dedupe(authors, 20),
        published=_clean(ld.get("datePublished"))
        or _first(metas, _PUBLISHED)
        or time_published
        or next(iter(marks.published), None)
        or _clean(ld.get("dateCreated")),
        dated=_first(metas, _DATED),
        modified=_clean(ld.get("dateModified")) or _first(metas, _MODIFIED) or next(iter(marks.updated), None),
        description=_first(metas, ("og:description", "description", "twitter:description"))
        or _clean(ld.get("description")),
        site_name=_first(metas, ("og:site_name",)) or publisher,
        canonical_url=canonical or _first(metas, ("og:url",)),
        language=html_lang or _first(metas, ("content-language", "language", "og:locale")) or language_ld,
        section=_first(metas, _SECTION) or _clean(section_ld),
        tags=_dedupe(tags, _MAX_TAGS),
        bylines=marks.bylines,
        copyright=marks.copyright,
    )
