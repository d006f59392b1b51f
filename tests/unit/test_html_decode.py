# Copyright 2024 newsclean developers. Licensed under the Apache License, Version 2.0.
"""Tests for newsclean.html.decode: encoding sniffing order and text safety."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.errors import InvalidInputError
from newsclean.html.decode import decode_html, scrub_text

TEXT = "Grüße, café — «naïve» 東京"


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_bom_wins_over_a_wrong_declaration(bom: bytes, codec: str) -> None:
    page = f'<meta charset="iso-8859-1"><p>{TEXT}</p>'
    assert decode_html(bom + page.encode(codec)) == page


def test_meta_charset_is_used() -> None:
    page = f"<html><head><meta charset=windows-1251></head><body>Привет {TEXT[:5]}</body>"
    data = page.encode("cp1251", errors="ignore")
    assert "Привет" in decode_html(data)


def test_http_equiv_content_type_is_used() -> None:
    page = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15"><p>50 €</p>'
    assert decode_html(page.encode("iso-8859-15")).endswith("<p>50 €</p>")


def test_latin1_label_means_cp1252() -> None:
    # Browsers read "iso-8859-1" as windows-1252: 0x93/0x94 are curly quotes.
    data = b'<meta charset="iso-8859-1"><p>\x93quoted\x94</p>'
    assert "“quoted”" in decode_html(data)


def test_wrong_declaration_falls_back_to_utf8() -> None:
    data = f'<meta charset="ascii"><p>{TEXT}</p>'.encode()
    assert TEXT in decode_html(data)


def test_undeclared_utf8() -> None:
    assert decode_html(f"<p>{TEXT}</p>".encode()) == f"<p>{TEXT}</p>"


def test_undeclared_legacy_bytes_are_detected_or_cp1252() -> None:
    data = ("<p>" + "Ceci est une phrase française, très jolie et déjà lue. " * 20 + "</p>").encode("cp1252")
    text = decode_html(data)
    assert "française" in text
    assert "\ufffd" not in text


def test_undecodable_bytes_never_raise() -> None:
    text = decode_html(bytes(range(256)) * 4)
    assert isinstance(text, str)
    assert "\x00" not in text


def test_lone_surrogate_and_nul_in_str() -> None:
    assert decode_html("<p>a\ud800b\x00c</p>") == "<p>a\ufffdbc</p>"


def test_bom_in_str_is_dropped() -> None:
    assert decode_html("\ufeff<p>x</p>") == "<p>x</p>"


def test_rejects_other_types() -> None:
    with pytest.raises(InvalidInputError):
        decode_html(12)  # type: ignore[arg-type]


@given(st.text())
def test_scrub_result_always_encodes(text: str) -> None:
    scrubbed = scrub_text(text)
    scrubbed.encode("utf-8")
    assert "\x00" not in scrubbed
    assert len(scrubbed) == len(text) - text.count("\x00")


@given(st.text())
def test_utf8_round_trip(text: str) -> None:
    safe = scrub_text(text).removeprefix("\ufeff")
    assert decode_html(safe.encode("utf-8")) == safe
