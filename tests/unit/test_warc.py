"""newsclean.warc: pages out of WARC and WET archives, written here with warcio itself."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pytest

pytest.importorskip("warcio")

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsclean.errors import InvalidInputError
from newsclean.warc import Record, is_archive, iter_records, looks_like_archive

if TYPE_CHECKING:
    from pathlib import Path

HTML = b"<html><head><title>Bridge</title></head><body><p>The bridge reopened on Monday.</p></body></html>"


def _response(writer: WARCWriter, url: str, body: bytes, ctype: str, status: str = "200 OK") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(body)))],
                               protocol="HTTP/1.1")
    # length= keeps warcio from spooling the payload to a temporary file it never closes.
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                                  http_headers=headers))


def _plain(writer: WARCWriter, url: str, kind: str, body: bytes, ctype: str) -> None:
    writer.write_record(writer.create_warc_record(url, kind, payload=io.BytesIO(body), length=len(body),
                                                  warc_headers_dict={"Content-Type": ctype}))


def write_warc(path: Path, *, gzip: bool = True) -> None:
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gzip)
        request = b"GET /a HTTP/1.1\r\n\r\n"
        _plain(w, "https://example.com/a", "request", request, "application/http; msgtype=request")
        _response(w, "https://example.com/a", HTML, "text/html; charset=utf-8")
        _response(w, "https://example.com/logo.png", b"\x89PNG....", "image/png")
        _response(w, "https://example.com/gone", b"<html>gone</html>", "text/html", status="404 Not Found")
        _response(w, "https://example.com/x", b"<html><body>xhtml</body></html>", "application/xhtml+xml")
        _plain(w, "https://example.com/meta", "metadata", b"fetchTimeMs: 12", "application/warc-fields")
        _plain(w, "https://example.com/wet", "conversion", "Grüße aus Berlin.\n".encode(), "text/plain")
        _plain(w, "https://example.com/res", "resource", b"<html><body>res</body></html>", "text/html")


def test_html_responses_and_conversions_in_archive_order(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    records = list(iter_records(path))
    assert [(r.url, r.kind) for r in records] == [
        ("https://example.com/a", "html"),
        ("https://example.com/x", "html"),
        ("https://example.com/wet", "text"),
        ("https://example.com/res", "html"),
    ]
    assert records[0].content == HTML
    assert records[2].content.decode() == "Grüße aus Berlin.\n"


def test_streams_and_uncompressed_files_read_the_same(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_warc(path, gzip=False)
    from_path = list(iter_records(str(path)))
    with path.open("rb") as fh:
        from_stream = list(iter_records(fh))
    assert from_path == from_stream
    assert all(isinstance(r, Record) for r in from_path)


def test_not_an_archive_raises_invalid_input(tmp_path: Path) -> None:
    path = tmp_path / "page.warc"
    path.write_bytes(b"<html>this is not a WARC</html>" * 10)
    with pytest.raises(InvalidInputError, match="WARC"):
        list(iter_records(path))


def test_empty_archive_yields_nothing() -> None:
    assert list(iter_records(io.BytesIO(b""))) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.warc", True), ("a.warc.gz", True), ("CC.warc.wet.gz", True), ("a.WET", True),
     ("a.html", False), ("a.jsonl", False), ("warc.txt", False)],
)
def test_is_archive_by_extension(name: str, expected: bool) -> None:
    assert is_archive(name) is expected


def test_looks_like_archive_sniffs_gzip_too(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    write_warc(path)
    assert looks_like_archive(path.read_bytes()[:4096])
    assert not looks_like_archive(b"\x1f\x8bnot really gzip")
