# Copyright 2024 newsclean developers. Licensed under the Apache License, Version 2.0.
"""HTML input: bytes or text to rendered lines with markup evidence, plus page metadata.

The stages, each its own module:

* :mod:`~newsclean.html.decode`: bytes to text (BOM, declared charset, UTF-8, detection);
* :mod:`~newsclean.html.parse`: hardened lxml parsing that never loses text silently;
* :mod:`~newsclean.html.segment`: one linear walk to browser-like lines (:class:`Block`);
* :mod:`~newsclean.html.meta`: ``<title>``, ``<meta>`` and JSON-LD evidence (:class:`PageMeta`).

:func:`html_to_page` runs them all.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsclean.errors import InvalidInputError, LimitExceededError
from newsclean.html.decode import decode_html
from newsclean.html.meta import PageMeta, extract_meta
from newsclean.html.parse import parse_html
from newsclean.html.segment import Block, html_to_blocks

__all__ = [
    "Block",
    "HtmlPage",
    "PageMeta",
    "decode_html",
    "extract_meta",
    "html_to_blocks",
    "html_to_page",
    "looks_like_html",
    "parse_html",
]


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """An HTML page read into lines and metadata.

    .. versionadded:: 0.1.0
    """

    blocks: tuple[Block, ...]
    """The rendered lines, in document order, each with its markup evidence."""
    meta: PageMeta
    """What the page says about itself (title, JSON-LD, Open Graph...)."""


def html_to_page(data: bytes | str, *, max_bytes: int = 50_000_000, max_depth: int = 10_000) -> HtmlPage:
    """Read an HTML page: decode, parse safely, render to lines, collect metadata.

    Args:
        data: the page as served (``bytes``) or decoded (``str``).
        max_bytes: the largest page accepted.
        max_depth: the deepest element nesting kept; deeper markup is flattened
            (its tags dropped, its text and line breaks kept), never rejected.

    Returns:
        The page's blocks and metadata. An empty page gives no blocks.

    Raises:
        InvalidInputError: ``data`` is neither ``bytes`` nor ``str``.
        LimitExceededError: the page is larger than ``max_bytes`` (``limit="max_bytes"``).

    >>> page = html_to_page(b"<title>T</title><h1>Hello</h1><p>World &amp; more</p>")
    >>> [b.text for b in page.blocks], page.meta.title
    (['Hello', 'World & more'], 'T')

    .. versionadded:: 0.1.0
    """
    if not isinstance(data, (bytes, str)):
        raise InvalidInputError(
            f"html_to_page() takes bytes or str, not {type(data).__name__}; pass the page as served"
        )
    if len(data) > max_bytes:
        raise LimitExceededError(
            f"the page has {len(data):,} bytes, over max_bytes={max_bytes:,}; raise the limit to read it",
            limit="max_bytes",
        )
    root = parse_html(decode_html(data), max_bytes=max_bytes, max_depth=max_depth)
    return HtmlPage(blocks=html_to_blocks(root), meta=extract_meta(root))


_SNIFF = 4096
_MARKERS = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<", re.IGNORECASE)
_TAGS = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|ol|table|tr|td|h[1-6]|img|meta|link|script|style|b|i|em|strong|section"
    r"|article|nav|header|footer|form|input|title)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)


def looks_like_html(data: str | bytes) -> bool:
    """Guess cheaply whether a page is HTML rather than plain text.

    Looks at the first 4 KB only: a doctype or an ``<html>``, ``<head>`` or
    ``<body>`` tag decides; otherwise it takes at least six known tags of at
    least three kinds, so prose with a stray ``<b>`` stays text.

    Args:
        data: the page, as bytes or text.

    Returns:
        Whether to read the page as HTML.

    >>> looks_like_html("<!DOCTYPE html><p>x")
    True
    >>> looks_like_html("Use <b> for bold, says the manual.")
    False

    .. versionadded:: 0.1.0
    """
    head = data[:_SNIFF]
    text = head.decode("latin-1") if isinstance(head, bytes) else head
    if _MARKERS.search(text):
        return True
    names = [m.group(0).lstrip("</").split(None, 1)[0].rstrip("/>").lower() for m in _TAGS.finditer(text)]
    return len(names) >= 6 and len(set(names)) >= 3
