"""Read pages out of WARC and WET archives (Common Crawl and friends).

Needs the optional ``warcio`` dependency: ``pip install "newsclean[warc]"``.

Two kinds of record hold a page:

* ``response`` records whose HTTP ``Content-Type`` is HTML (``text/html``,
  ``application/xhtml+xml``), and ``resource`` records with such a
  ``Content-Type``: yielded as ``kind="html"``;
* ``conversion`` records, the plain text that WET files hold: yielded as
  ``kind="text"``.

Everything else (requests, metadata, DNS, images, PDFs, redirects) is skipped.

>>> import io
>>> list(iter_records(io.BytesIO(b"")))  # doctest: +SKIP
[]

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import io
import os
import zlib
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, Literal

from newsclean.errors import InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["ARCHIVE_SUFFIXES", "Record", "is_archive", "iter_records", "looks_like_archive"]

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".arc", ".arc.gz")
"""File name endings :func:`is_archive` recognises."""

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)


@dataclass(frozen=True, slots=True)
class Record:
    """One page from an archive.

    .. versionadded:: 0.1.0
    """

    url: str | None
    """The record's ``WARC-Target-URI``."""
    content: bytes
    """The payload: the HTTP body (decompressed, de-chunked) or the WET text, as bytes."""
    kind: Literal["html", "text"]
    """``"html"`` for HTML responses, ``"text"`` for WET conversion records."""


def is_archive(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` names a WARC, ARC or WET file, by its extension.

    >>> is_archive("CC-MAIN-2024.warc.wet.gz"), is_archive("page.html")
    (True, False)
    """
    return os.fspath(path).lower().endswith(ARCHIVE_SUFFIXES)


def looks_like_archive(head: bytes) -> bool:
    r"""Whether bytes from the start of a file look like a WARC or ARC archive (gzipped or not).

    >>> looks_like_archive(b"WARC/1.0\r\n"), looks_like_archive(b"<html>")
    (True, False)
    """
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith((b"WARC/", b"filedesc://"))


def iter_records(source: str | os.PathLike[str] | IO[bytes]) -> Iterator[Record]:
    """Yield the pages of a WARC or WET archive, in archive order.

    Args:
        source: a path, or a binary stream (gzip-compressed or not).

    Yields:
        :class:`Record` for each HTML response and each WET conversion record.

    Raises:
        ImportError: ``warcio`` is not installed (``pip install "newsclean[warc]"``).
        InvalidInputError: the file is not a WARC/ARC archive.

    .. versionadded:: 0.1.0
    """
    try:
        from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415  (optional dependency)
        from warcio.exceptions import ArchiveLoadFailed  # noqa: PLC0415
    except ImportError as exc:  # pragma: no cover  (exercised only without the extra)
        raise ImportError('reading WARC/WET files needs warcio: pip install "newsclean[warc]"') from exc

    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as stream:  # noqa: PTH123  (accepts str and PathLike alike)
            yield from _records(stream, ArchiveIterator, ArchiveLoadFailed)
    else:
        yield from _records(source, ArchiveIterator, ArchiveLoadFailed)


def _records(stream: IO[bytes], reader: Any, failure: type[Exception]) -> Iterator[Record]:
    if not stream.seekable():
        stream = io.BytesIO(stream.read())
    start = stream.tell()
    head = stream.read(4096)
    stream.seek(start)
    if not head:
        return
    # warcio reads almost anything as an ARC file; refuse what does not start like an archive.
    if not looks_like_archive(head):
        raise InvalidInputError("not a WARC/WET archive: it does not start with a 'WARC/' record header")
    yield from _iterate(reader(stream, arc2warc=True), failure)


def _iterate(records: Any, failure: type[Exception]) -> Iterator[Record]:
    try:
        for rec in records:
            kind = _kind(rec)
            if kind is None:
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI")
            yield Record(url=url or None, content=rec.content_stream().read(), kind=kind)
    except failure as exc:
        raise InvalidInputError(f"not a readable WARC/WET archive: {exc}") from exc


def _kind(rec: Any) -> Literal["html", "text"] | None:
    rec_type = rec.rec_type
    if rec_type == "conversion":
        ctype = _media_type(rec.rec_headers.get_header("Content-Type"))
        # WET records say text/plain; a missing type is treated as text, as WET readers do.
        return "text" if ctype in {"", *_TEXT_TYPES} else None
    if rec_type == "response":
        if rec.http_headers is None:
            return None
        status = rec.http_headers.get_statuscode()
        if status and not str(status).startswith("2"):
            return None
        ctype = _media_type(rec.http_headers.get_header("Content-Type"))
        return "html" if ctype in _HTML_TYPES else None
    if rec_type == "resource":
        ctype = _media_type(rec.rec_headers.get_header("Content-Type"))
        if ctype in _HTML_TYPES:
            return "html"
        return "text" if ctype in _TEXT_TYPES else None
    return None


def _media_type(value: str | None) -> str:
    return (value or "").split(";", 1)[0].strip().lower()
