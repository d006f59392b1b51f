# Copyright 2024 newsclean developers. Licensed under the Apache License, Version 2.0.
"""Bytes to text for HTML pages: BOM, declared charset, UTF-8, detection, cp1252.

The order follows what browsers do (WHATWG "encoding sniffing"), minus the
network: a byte-order mark wins, then a ``<meta charset>`` or ``http-equiv``
declaration in the first 4 KB, then strict UTF-8 (most of the web), then
statistical detection with ``charset-normalizer``, then cp1252 with
replacement characters, which never fails.

The result is always safe for lxml: lone surrogates (which make libxml2 stop
reading the text node) become U+FFFD and NUL characters are removed.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import codecs
import re

from newsclean.errors import InvalidInputError

__all__ = ["decode_html", "scrub_text"]

# The stdlib ``re`` is used in this package's hot paths: the patterns are plain
# and it is measurably faster than ``regex`` for them.
_SURROGATE = re.compile("[\ud800-\udfff]")
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""",
    re.IGNORECASE,
)
_SNIFF_BYTES = 4096
# Detection is statistical; a large sample costs time and adds nothing.
_DETECT_BYTES = 65_536
_CP1252_SLACK = 0.1

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# WHATWG label overrides: a page that says latin-1 or ascii is decoded as
# windows-1252 by every browser, and a page that says UTF-16 in an ASCII meta
# tag cannot be UTF-16.
_OVERRIDES = {
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "utf-16": "utf-8",
    "utf-16-le": "utf-8",
    "utf-16-be": "utf-8",
    "utf-32": "utf-8",
    "utf-32-le": "utf-8",
    "utf-32-be": "utf-8",
}


def scrub_text(text: str) -> str:
    r"""Make text safe for libxml2: lone surrogates to U+FFFD, NUL removed.

    Args:
        text: any text.

    Returns:
        The text, unchanged when it was already safe.

    >>> scrub_text("a\x00b\ud800c")
    'ab\ufffdc'

    .. versionadded:: 0.1.0
    """
    if "\x00" in text:
        text = text.replace("\x00", "")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # only lone surrogates fail to encode
            text = _SURROGATE.sub("\ufffd", text)
    return text


def _decoded(raw: bytes, encoding: str, errors: str = "strict") -> str:
    # Python's codecs never produce lone surrogates from bytes, so only NUL is left to remove.
    text = raw.decode(encoding, errors)
    return text.replace("\x00", "") if "\x00" in text else text


def _declared(data: bytes) -> str | None:
    match = _META_CHARSET.search(data, 0, _SNIFF_BYTES)
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return _OVERRIDES.get(name, name)


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # noqa: PLC0415 - slow import, rarely needed

    matches = from_bytes(data[:_DETECT_BYTES])
    best = matches.best()
    if best is None:
        return None
    # cp1252 is by far the most common legacy encoding of the web, and short Latin
    # samples fool the detector into cp1257 or mac_latin2: prefer cp1252 when it is
    # nearly as clean as the winner. Cyrillic or CJK bytes read as cp1252 are not.
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos + _CP1252_SLACK:
            return "cp1252"
    return str(best.encoding)


def decode_html(data: bytes | str) -> str:
    r"""Decode an HTML page to text the way a browser would pick its encoding.

    Args:
        data: the page as served (``bytes``) or already decoded (``str``).

    Returns:
        The page text, with lone surrogates replaced by U+FFFD and NUL removed.

    Raises:
        InvalidInputError: ``data`` is neither ``bytes`` nor ``str``.

    >>> decode_html(b'<meta charset="iso-8859-1"><p>caf\xe9')
    '<meta charset="iso-8859-1"><p>café'
    >>> decode_html("\ufeff<p>x</p>")
    '<p>x</p>'

    .. versionadded:: 0.1.0
    """
    if isinstance(data, str):
        return scrub_text(data.removeprefix("\ufeff"))
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InvalidInputError(
            f"decode_html() takes bytes or str, not {type(data).__name__}; pass the page as served"
        )
    raw = bytes(data)
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _decoded(raw[len(bom) :], encoding, "replace")
    declared = _declared(raw)
    if declared is not None:
        try:
            return _decoded(raw, declared)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return _decoded(raw, "utf-8")
    except UnicodeDecodeError:
        pass
    detected = _detect(raw)
    for candidate in (detected, declared):
        if candidate is not None:
            try:
                return _decoded(raw, candidate, "replace")
            except LookupError:
                continue
    return _decoded(raw, "cp1252", "replace")
