# Copyright 2024 newsclean developers. Licensed under the Apache License, Version 2.0.
"""Markup evidence for the byline and the publication date inside the page body.

Many pages carry no author in ``<head>`` or JSON-LD, but their templates mark the
byline in the body: ``<a rel="author">``, ``itemprop="author"``, or a class name
such as ``author``, ``byline``, ``autor``, ``auteur`` or ``entry-author``. The same
templates mark the date: ``<time class="published" datetime="...">``,
``<abbr class="published" title="...">``, ``itemprop="datePublished"``.

Everything here is *evidence* kept as raw strings, in document order: the
assembler parses the names and dates. Elements inside comment threads, sidebars,
widgets and teaser lists are skipped (their authors are commenters and other
articles' writers), and so are long elements (an author box with a biography;
its own name element, if marked, is found on its own).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

import regex

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["BodyMarks", "copyright_holder", "find_body_marks"]


@dataclass(frozen=True, slots=True)
class BodyMarks:
    """Author and date evidence marked up in the page body.

    .. versionadded:: 0.1.0
    """

    bylines: tuple[str, ...] = ()
    """Texts of elements marked as the author or byline: those that name the author itself
    (``rel="author"``, ``itemprop="author"``, an ``author-name`` or hCard ``fn`` class) first,
    then byline strips, each group in document order."""
    published: tuple[str, ...] = ()
    """Machine-readable dates of elements marked as the publication date, in document order."""
    updated: tuple[str, ...] = ()
    """Machine-readable dates of elements marked as the modification date, in document order."""
    copyright: str | None = None
    """The holder the page footer's copyright notice names ("© 2012 Jane Doe. All rights
    reserved." gives ``"Jane Doe"``): the last notice in a footer, in document order."""


# Class and id words that mark a byline in many languages' templates: "author", "byline",
# "autor", "auteur", "autore", "autorenzeile", "verfasser", "writer", "firma" (Spanish).
_AUTHOR_CLASS = regex.compile(
    r"(?:^|[^a-z])(?:by-?line|author|autor|auteur|autore|verfasser|writer|reporter|firma)", regex.IGNORECASE
)
# The words of _AUTHOR_CLASS in lower case, without its word-start condition: a cheap test before
# it (see _may_name_author).
_AUTHOR_WORDS = re.compile(r"by-?line|aut(?:hor|or|eur)|verfasser|writer|reporter|firma")
# ... but not an author's avatar, biography or description, nor a comment's author.
_AUTHOR_NOT = regex.compile(
    r"avatar|image|img|photo|picture|bio|desc|about|social|follow|comment|date|time|more|other|list", regex.IGNORECASE
)
# Regions whose bylines belong to someone else: comments, sidebars, widgets, teasers, related lists.
# Matched per class word: a post's own classes name its tags and categories ("tag-menu").
_ELSEWHERE = regex.compile(
    r"comment|sidebar|widget[-_]|textwidget|teaser|related|recommend|popular|trending|most-?read|recent|reply|respond|"
    r"kommentar|commentaire|comentario|forum|breadcrumb|^nav|[-_]nav|menu|"
    # the page's footer credits its theme's designer with rel="author"; an article's footer is fine
    r"copyright|colophon|^footer|site-?footer|page-?footer",
    regex.IGNORECASE,
)
# Layout words of the page's main container ("right-sidebar", "has-sidebar", "sidebar-left").
_LAYOUT = regex.compile(r"(?:left|right|has|with|no|both|one|two)[-_]?sidebar|^sidebar[-_]?(?:left|right)$")
# The elements a date class or id name marks (an itemprop marks any element).
_DATE_TAGS = frozenset({"time", "abbr", "span", "meta"})
_TAXONOMY = ("tag-", "category-", "categories-", "postid-", "author-", "format-", "status-")
# A name element inside the byline: hCard's "fn", or a class naming an author's name ("author-name").
_NAME_OWNERS = ("author", "autor", "auteur", "autore", "byline")
_PUBLISHED_CLASS = regex.compile(
    r"(?:^|[^a-z])(?:published|pubdate|publish-?date|post-?date|entry-date)", regex.IGNORECASE
)
_UPDATED_CLASS = regex.compile(r"(?:^|[^a-z])(?:updated|modified)(?:[^a-z]|$)", regex.IGNORECASE)
# A copyright notice: the sign or word, years, an optional "by", then the holder up to a
# separator, a year or a rights clause ("All rights reserved", "Alle Rechte vorbehalten").
_COPYRIGHT = regex.compile(
    r"(?:©|\(c\)|(?<!\p{L})copyrights?(?!\p{L}))(?:\s*(?:©|\(c\)))?\s*"
    r"(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)\d{2})?)?[\s,]*)?(?:by\s+)?"
    r"(?P<holder>[^|•·,.;:()\[\]©\s][^|•·,.;:()\[\]©]{1,59}?)"
    r"(?=\s*(?:$|[|•·,.;:()\[\]])|\s+\d|\s+(?:all|alle|tous|todos)\s)",
    regex.IGNORECASE,
)
# Class and id words of a page footer, where the site's copyright notice sits.
_FOOTER = regex.compile(r"footer|copyright|colophon|site-?info", regex.IGNORECASE)
# <noscript> stays: pages that draw the byline with a script often repeat it there.
_SKIP_TAGS = frozenset({"script", "style", "template", "svg", "head", "title", "meta", "link", "button"})
# A byline element's text stays short: names, a role, a date. Longer ones are author boxes.
MAX_BYLINE_CHARS = 120
# Ancestors checked for a comment thread or a sidebar; deeper nesting is rare in templates.
MAX_ANCESTORS = 25
_MAX_MARKS = 20


def _attrs(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _region_word(word: str) -> bool:
    word = word.lower()
    return not word.startswith(_TAXONOMY) and not _LAYOUT.search(word) and bool(_ELSEWHERE.search(word))


def _elsewhere(el: etree._Element, words: dict[str, bool]) -> bool:
    """Whether ``el`` sits in a comment thread, a sidebar, a widget or a teaser list.

    ``words`` memoizes :func:`_region_word` for one page: the marks of a page share their ancestors.
    """
    node: etree._Element | None = el
    for _ in range(MAX_ANCESTORS):
        # the page's own classes ("has-sidebar", "comments-open") say nothing about one element
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html"):
            return False
        if node.tag in ("aside", "nav"):
            return True
        for word in _attrs(node).split():
            region = words.get(word)
            if region is None:
                region = words[word] = _region_word(word)
            if region:
                return True
        node = node.getparent()
    return False


def _strong(el: etree._Element) -> bool:
    """Whether the element itself names the author, not a strip around the byline."""
    if "author" in (el.get("itemprop") or "").lower():
        return True
    if el.tag == "a" and "author" in (el.get("rel") or "").lower().split():
        return True
    return any(_names_author(w.lower()) for w in (el.get("class") or "").split())


def _names_author(word: str) -> bool:
    """Whether a class word names the author's name: ``fn``, ``author-name``, ``BylineName``."""
    if word == "fn":
        return True
    head, found, _ = word.rpartition("name")
    return bool(found) and any(owner in head for owner in _NAME_OWNERS)


def _text(el: etree._Element) -> str:
    """The element's visible text, whitespace collapsed (scripts and styles skipped), capped."""
    parts: list[str] = []
    size = 0
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag in _SKIP_TAGS:
            if node is not el and node.tail:
                parts.append(node.tail)
            continue
        for piece in (node.text, node.tail if node is not el else None):
            if piece:
                parts.append(piece)
                size += len(piece)
        if size > 4 * MAX_BYLINE_CHARS:
            break
    return " ".join(" ".join(parts).split())


def _is_author_mark(tag: str, attrib: dict[str, str], classes: dict[str, bool] | None = None) -> bool:
    """Whether an element (its tag and attributes) marks an author or a byline.

    ``classes`` memoizes the class and id test for one page: its elements repeat a few class names.
    """
    if "author" in (attrib.get("itemprop") or "").lower():
        return True
    if tag == "a" and "author" in (attrib.get("rel") or "").lower().split():
        return True
    attrs = f"{attrib.get('class') or ''} {attrib.get('id') or ''}"
    if classes is None:
        return _author_class(attrs)
    found = classes.get(attrs)
    if found is None:
        found = classes[attrs] = _author_class(attrs)
    return found


def _author_class(attrs: str) -> bool:
    """Whether class and id names (``attrs``) mark an author or a byline, not an avatar or a bio."""
    return _may_name_author(attrs) and bool(_AUTHOR_CLASS.search(attrs)) and not _AUTHOR_NOT.search(attrs)


def _may_name_author(attrs: str) -> bool:
    """A cheap test that passes wherever :data:`_AUTHOR_CLASS` matches (and on a few more).

    Its words in the lower-cased names, with a case-sensitive scan (much faster than a
    case-insensitive one); names with a letter outside ASCII pass, since ``str.lower`` does not
    fold every letter the way a case-insensitive match does (``ſ``).
    """
    return _AUTHOR_WORDS.search(attrs.lower()) is not None or not attrs.isascii()


def _author_text(el: etree._Element) -> str | None:
    """The byline text of an author element: its name property, else its own short text."""
    for child in el.iter():
        if child is not el and (child.get("itemprop") or "").lower() == "name":
            value = child.get("content") if child.tag == "meta" else _text(child)
            if value and value.strip():
                return " ".join(value.split())
    text = _text(el)
    if not text or len(text) > MAX_BYLINE_CHARS:
        return None
    return text


def _date_value(attrib: dict[str, str]) -> str | None:
    value = attrib.get("datetime") or attrib.get("content") or attrib.get("title")
    return " ".join(value.split()) if value and value.strip() else None


def find_body_marks(root: etree._Element) -> BodyMarks:
    """Collect the byline texts and publication dates the page body marks up.

    Args:
        root: the root of an lxml HTML tree (see :func:`~newsclean.html.parse_html`).

    Returns:
        The evidence, in document order; comment threads and sidebars are skipped.

    >>> from newsclean.html.parse import parse_html
    >>> marks = find_body_marks(parse_html(
    ...     '<article><p class="byline">Von <a rel="author" href="/a/x">Ann Lee</a></p>'
    ...     '<time class="entry-date published" datetime="2024-05-01T08:00:00+02:00">1. Mai</time>'
    ...     '<div class="comments"><span class="comment-author">Bob</span></div></article>'))
    >>> marks.bylines, marks.published
    (('Ann Lee', 'Von Ann Lee'), ('2024-05-01T08:00:00+02:00',))

    .. versionadded:: 0.1.0
    """
    body = root.find("body")
    if body is None:
        body = root
    strong: list[str] = []
    weak: list[str] = []
    published: list[str] = []
    updated: list[str] = []
    holder: str | None = None
    region_words: dict[str, bool] = {}  # see _elsewhere
    author_classes: dict[str, bool] = {}  # see _is_author_mark
    date_classes: dict[str, str | None] = {}  # see _read_date
    for el in body.iter():
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP_TAGS or el is body:
            continue
        text = el.text
        if text:
            holder = _copyright(el, text) or holder
        items = el.items()
        if not items:  # most elements: no attribute marks an author or a date
            continue
        # one read of the attributes: each el.get() is a call into lxml (libxml2 keeps no duplicates,
        # and the HTML parser gives str names and values)
        attrib = cast("dict[str, str]", dict(items))
        if (
            len(strong) + len(weak) < _MAX_MARKS
            and _is_author_mark(tag, attrib, author_classes)
            and not _elsewhere(el, region_words)
        ):
            text = _author_text(el)
            if text:
                (strong if _strong(el) else weak).append(text)
        if (len(published) < _MAX_MARKS or len(updated) < _MAX_MARKS) and (
            tag in _DATE_TAGS or "itemprop" in attrib  # any other element: _read_date would return at once
        ):
            _read_date(el, tag, attrib, published, updated, region_words=region_words, classes=date_classes)
    bylines = tuple(dict.fromkeys(strong + weak))
    return BodyMarks(bylines=bylines, published=tuple(published), updated=tuple(updated), copyright=holder)


def _copyright(el: etree._Element, text: str) -> str | None:
    """The holder the copyright notice in the element's own text (``text``) names, when it sits in a footer."""
    holder = copyright_holder(text)
    return holder if holder is not None and _in_footer(el) else None


def copyright_holder(text: str) -> str | None:
    """The holder a copyright notice names, or ``None`` when ``text`` is no short notice.

    >>> copyright_holder("Copyright (c) 2012- Jane Doe. All rights reserved.")
    'Jane Doe'
    >>> copyright_holder("© Example e.V. 2020"), copyright_holder("Photo: Ann Lee")
    (None, None)

    .. versionadded:: 0.1.0
    """
    if len(text) > MAX_BYLINE_CHARS or not _may_hold_copyright(text) or _COPYRIGHT_HINT.search(text) is None:
        return None
    match = _COPYRIGHT.search(text)
    if match is None or _ABBREVIATION.match(text, match.end()):
        return None
    return " ".join(match.group("holder").split()) or None


# The holder's name goes on past a dot: "Example e.V.", "Infor Sp. z o.o." name companies.
_ABBREVIATION = regex.compile(r"\.(?:\S|\s+\p{Ll})")


# A cheap test before the full pattern: most text holds neither the sign nor the word.
_COPYRIGHT_HINT = regex.compile(r"©|\(c\)|copyright", regex.IGNORECASE)


def _may_hold_copyright(text: str) -> bool:
    """A cheap test that passes wherever :data:`_COPYRIGHT_HINT` matches (and on a few more).

    Substring tests on the lower-cased text, about four times cheaper than the case-insensitive
    search. Only ``copyr`` is required of the word: the engine's case folding matches the dotted
    capital ``İ`` for its ``i``, which ``str.lower`` turns into two characters (every other letter of
    the sign and the word matches its ASCII cases only: checked over all code points in the tests).
    """
    if "©" in text:
        return True
    low = text.lower()
    return "(c)" in low or "copyr" in low


def _in_footer(el: etree._Element) -> bool:
    """Whether the element sits in the page footer: a ``<footer>`` or a footer/copyright class."""
    node: etree._Element | None = el
    for _ in range(MAX_ANCESTORS):
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html"):
            return False
        if node.tag == "footer" or _FOOTER.search(_attrs(node)):
            return True
        node = node.getparent()
    return False


def _read_date(
    el: etree._Element,
    tag: str,
    attrib: dict[str, str],
    published: list[str],
    updated: list[str],
    *,
    region_words: dict[str, bool],
    classes: dict[str, str | None] | None = None,
) -> None:
    """Add the machine-readable date of a marked date element to ``published`` or ``updated``.

    ``tag`` and ``attrib`` are the element's, read once by the caller; ``region_words`` is the
    page's memo for :func:`_elsewhere`, ``classes`` its memo for :func:`_date_class`.
    """
    prop = (attrib.get("itemprop") or "").lower()
    if prop in ("datepublished", "datecreated"):
        kind = published
    elif prop == "datemodified":
        kind = updated
    elif tag not in _DATE_TAGS:
        return
    else:
        attrs = f"{attrib.get('class') or ''} {attrib.get('id') or ''}"
        if classes is None:
            named = _date_class(attrs)
        elif attrs in classes:
            named = classes[attrs]
        else:
            named = classes[attrs] = _date_class(attrs)
        if named == "updated":
            kind = updated
        elif named == "published" or attrib.get("pubdate") is not None:
            kind = published
        else:
            return
    value = _date_value(attrib)
    if value and not _elsewhere(el, region_words):
        kind.append(value)


def _date_class(attrs: str) -> str | None:
    """Which date class and id names (``attrs``) mark: ``"updated"``, ``"published"`` or ``None``."""
    if _UPDATED_CLASS.search(attrs):
        return "updated"
    if _PUBLISHED_CLASS.search(attrs):
        return "published"
    return None
