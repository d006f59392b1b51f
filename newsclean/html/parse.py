# Copyright 2024 newsclean developers. Licensed under the Apache License, Version 2.0.
"""Hardened HTML parsing with lxml: no network, no entity expansion, no silent loss.

libxml2's HTML parser is fast and forgiving, but it has limits that make it
*drop the rest of a page without raising*: past a nesting depth of 256 (2,048
with ``huge_tree``) everything after the deep point is gone, and so are text
nodes over 10,000,000 characters without ``huge_tree``. :func:`parse_html`
parses with ``huge_tree`` (the input size is capped by ``max_bytes`` instead),
then reads the parser's error log; when the tree was truncated it *flattens*
the markup with a linear tokenizer and parses again:

1. tags nested deeper than the depth limit are removed (a removed block tag
   becomes ``<br>``, so the line boundary survives), the text is kept;
2. if that still trips the limit, every tag is removed except block
   boundaries, and the text is kept.

``max_depth`` is enforced the same way: a page nested deeper is flattened,
never rejected, so all of its text still reaches the classifiers.

Entities: the HTML parser never expands entities declared in a DOCTYPE's
internal subset (``<!ENTITY a "...">`` is not HTML), so a "billion laughs"
page parses in linear time and its ``&a;`` references stay literal text.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re

from lxml import etree

from newsclean.errors import InvalidInputError, LimitExceededError
from newsclean.html.decode import scrub_text

__all__ = ["LXML_MAX_DEPTH", "flatten_markup", "parse_html", "strip_markup"]

LXML_MAX_DEPTH = 2048
"""libxml2's nesting limit with ``huge_tree``; deeper content is dropped by the parser."""
# Flatten well below the libxml2 limit: the tokenizer's depth count is an
# estimate (implied end tags, misnested formatting elements).
_SAFE_DEPTH = 1000

_TOKEN = re.compile(
    # Inside a tag, "[^<>]*" rather than "[^>]*": a "<" ends the attempt at once, so a page of
    # unclosed "<a<a<a" is tokenized in linear time instead of rescanning to the end from each "<".
    r"<!--.*?(?:-->|\Z)"  # comment (unterminated runs to the end, as in browsers)
    r"|<(script|style|textarea|title|xmp|plaintext)\b[^<>]*>.*?(?:</\1\s*>|\Z)"  # raw-text element
    r"|<(/?)([A-Za-z][A-Za-z0-9:\-]*)[^<>]*>"  # start or end tag
    r"|<![^<>]*>|<\?[^<>]*>",  # doctype, processing instruction
    re.DOTALL | re.IGNORECASE,
)
_VOID = frozenset(
    [
        "area",
        "base",
        "basefont",
        "bgsound",
        "br",
        "col",
        "command",
        "embed",
        "frame",
        "hr",
        "image",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
    ]
)
"""Block-level elements: each starts a new line in a browser's rendering."""
_BLOCK = BLOCK_TAGS | {"td", "th"}  # flattening also breaks lines at table cells
_BREAKS = _BLOCK | {"br"}


def _parser() -> etree.HTMLParser:
    # One parser per call: lxml parsers are not thread-safe and keep their error log.
    return etree.HTMLParser(  # type: ignore[call-arg]  # lxml-stubs lacks default_doctype
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
        recover=True,
        compact=True,
        collect_ids=False,
        default_doctype=False,
    )


def _empty_root() -> etree._Element:
    root = etree.Element("html")
    etree.SubElement(root, "body")
    return root


def _parse(data: bytes) -> tuple[etree._Element, bool]:
    """Parse UTF-8 bytes; return the root and whether libxml2 truncated the tree."""
    if not data.strip():
        return _empty_root(), False
    parser = _parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return _empty_root(), False
    truncated = any(entry.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for entry in parser.error_log)
    if root is None:
        return _empty_root(), truncated
    return root, truncated


def _depth_exceeds(root: etree._Element, limit: int) -> bool:
    depth = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def flatten_markup(text: str, max_depth: int) -> str:
    """Remove tags nested deeper than ``max_depth``, keeping their text and line breaks.

    A linear tokenizer estimates nesting (void elements and self-closed tags do
    not nest; comments and raw-text elements such as ``<script>`` are skipped
    whole). Start and end tags past the limit are removed; a removed block tag
    becomes ``<br>`` so the line boundary survives.

    Args:
        text: HTML markup.
        max_depth: the deepest nesting kept.

    Returns:
        Markup no deeper than about ``max_depth``.

    >>> flatten_markup("<div><div><p>a</p></div></div>", 2)
    '<div><div><br>a<br></div></div>'

    .. versionadded:: 0.1.0
    """
    depth = 0
    out: list[str] = []
    pos = 0
    for match in _TOKEN.finditer(text):
        name = match.group(3)
        if name is None:
            continue
        out.append(text[pos : match.start()])
        pos = match.end()
        lname = name.lower()
        if match.group(2):  # end tag
            if lname in _VOID:
                continue
            if depth > max_depth:
                out.append("<br>" if lname in _BLOCK else "")
            else:
                out.append(match.group(0))
            depth = max(depth - 1, 0)
        else:
            opens = lname not in _VOID and not match.group(0).endswith("/>")
            if opens:
                depth += 1
            if depth > max_depth:
                out.append("<br>" if lname in _BLOCK or lname == "br" else "")
            else:
                out.append(match.group(0))
    out.append(text[pos:])
    return "".join(out)


def strip_markup(text: str) -> str:
    """Remove every tag, keeping text and turning block tags into ``<br>`` line breaks.

    The last resort for pages that defeat :func:`flatten_markup`: the result
    has no nesting at all. Comments and ``<script>``/``<style>`` contents go.

    Args:
        text: HTML markup.

    Returns:
        Flat markup: text, entities and ``<br>`` only.

    >>> strip_markup("<div><b>a</b><p>b<script>x</script></div>")
    '<br>a<br>b<br>'

    .. versionadded:: 0.1.0
    """

    def replace(match: re.Match[str]) -> str:
        name = match.group(3)
        if name is not None and name.lower() in _BREAKS:
            return "<br>"
        return ""

    return _TOKEN.sub(replace, text)


def parse_html(text: str, *, max_bytes: int = 50_000_000, max_depth: int = 10_000) -> etree._Element:
    """Parse an HTML page into an lxml tree, safely and without silent loss.

    No network access, no DTD loading, no entity expansion, comments and
    processing instructions dropped. A tree that libxml2 truncated (nesting
    past its limit) or that is deeper than ``max_depth`` is rebuilt from
    flattened markup: deep elements lose their tags, never their text.

    Args:
        text: the decoded page (see :func:`~newsclean.html.decode_html`).
        max_bytes: the largest page accepted, in UTF-8 bytes.
        max_depth: the deepest element nesting kept; deeper markup is flattened.
            Checking a depth below lxml's own limit (2,048) costs one extra walk.

    Returns:
        The ``<html>`` root element; an empty page gives ``<html><body/></html>``.

    Raises:
        InvalidInputError: ``text`` is not a ``str``.
        LimitExceededError: the page is larger than ``max_bytes`` (``limit="max_bytes"``).

    >>> root = parse_html("<p>Hello <b>world</b>")
    >>> root.findtext("body/p")
    'Hello '

    .. versionadded:: 0.1.0
    """
    if not isinstance(text, str):
        raise InvalidInputError(
            f"parse_html() takes str, not {type(text).__name__}; decode bytes with decode_html() first"
        )
    if len(text) > max_bytes:
        raise LimitExceededError(
            f"the page has {len(text):,} characters, over max_bytes={max_bytes:,}; raise the limit",
            limit="max_bytes",
        )
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        data = scrub_text(text).encode("utf-8")
    if len(data) > max_bytes:
        raise LimitExceededError(
            f"the page has {len(data):,} bytes, over max_bytes={max_bytes:,}; raise the limit to read it",
            limit="max_bytes",
        )
    if b"\x00" in data:
        data = data.replace(b"\x00", b"")
    root, truncated = _parse(data)
    limit = min(max_depth, LXML_MAX_DEPTH)
    too_deep = not truncated and max_depth < LXML_MAX_DEPTH and _depth_exceeds(root, max_depth)
    if not (truncated or too_deep):
        return root
    markup = data.decode("utf-8")
    # html/body and implied elements add a few levels the tokenizer cannot see.
    target = max(min(limit, _SAFE_DEPTH) - 3, 1)
    root, truncated = _parse(flatten_markup(markup, target).encode("utf-8"))
    if truncated or (max_depth < LXML_MAX_DEPTH and _depth_exceeds(root, max_depth)):
        root, _ = _parse(strip_markup(markup).encode("utf-8"))
    return root
