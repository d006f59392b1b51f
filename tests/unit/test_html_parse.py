# Copyright 2024 newsclean developers. Licensed under the Apache License, Version 2.0.
"""Tests for newsclean.html.parse: hostile pages keep their text, in bounded time."""

from __future__ import annotations

import re
import time
import tracemalloc
from typing import TYPE_CHECKING

import pytest

from newsclean.errors import InvalidInputError, LimitExceededError
from newsclean.html import html_to_page
from newsclean.html.parse import LXML_MAX_DEPTH, flatten_markup, parse_html, strip_markup

if TYPE_CHECKING:
    from collections.abc import Callable


def kept_text(page: str | bytes, **limits: int) -> str:
    return " ".join(block.text for block in html_to_page(page, **limits).blocks)


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def elapsed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def deep_divs(n: int) -> str:
    return (
        "<html><body>" + "<div>" * n + "<p>deep text</p>" + "</div>" * n + "<p>END of page</p></body></html>"
    )


def unclosed_bold(n: int) -> str:
    return "<html><body>" + "".join(f"<b>w{i} " for i in range(n)) + "<p>END of page</p></body></html>"


def test_deep_divs_keep_all_text() -> None:
    page = deep_divs(100_000)
    assert words(kept_text(page)) == ["deep", "text", "END", "of", "page"]


def test_deep_divs_time_grows_linearly() -> None:
    small = min(elapsed(lambda: html_to_page(deep_divs(10_000))) for _ in range(2))
    large = min(elapsed(lambda: html_to_page(deep_divs(100_000))) for _ in range(2))
    assert large / max(small, 1e-4) < 30  # 10x input; quadratic would be ~100x


def test_unclosed_bold_keeps_all_text() -> None:
    page = unclosed_bold(5_000)
    expected = [f"w{i}" for i in range(5_000)] + ["END", "of", "page"]
    assert words(kept_text(page)) == expected


def test_unclosed_bold_time_grows_linearly() -> None:
    small = min(elapsed(lambda: html_to_page(unclosed_bold(1_000))) for _ in range(2))
    large = min(elapsed(lambda: html_to_page(unclosed_bold(10_000))) for _ in range(2))
    assert large / max(small, 1e-4) < 30


def test_huge_text_node_is_kept() -> None:
    page = "<html><body><p>" + "a" * 12_000_000 + "</p><p>END</p></body></html>"
    blocks = html_to_page(page).blocks
    assert [len(b.text) for b in blocks] == [12_000_000, 3]


def test_lone_surrogate_does_not_truncate() -> None:
    page = "<html><body><p>before\ud800after</p><p>END</p></body></html>"
    assert kept_text(page) == "before\ufffdafter END"


def test_entity_bomb_is_not_expanded() -> None:
    entities = (
        '<!ENTITY a "'
        + "a" * 100
        + '">'
        + "".join(
            f'<!ENTITY {n} "{("&" + p + ";") * 10}">' for p, n in zip("abcdefgh", "bcdefghi", strict=True)
        )
    )
    page = f"<!DOCTYPE x [{entities}]><html><body><p>&i;&i;&i; END</p></body></html>"
    small = elapsed(lambda: html_to_page(page))
    text = kept_text(page)
    assert "aaaa" not in text  # nothing expanded
    assert text.endswith("&i;&i;&i; END")  # references stay literal, as in browsers
    tracemalloc.start()
    html_to_page(page)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 50 * len(page) + 1_000_000
    assert small < 1000 * elapsed(lambda: html_to_page("<p>x</p>")) + 1.0


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("<p>one<p>two<div>three <span>four</div>five", ["one", "two", "three four", "five"]),
        ("<ul><li>a<li>b</ul><table><tr><td>c<td>d</table>", ["a", "b", "c | d"]),
        ("<p>unterminated <b>bold <i>italic</p> tail", ["unterminated bold italic", "tail"]),
        ("<div>text <!-- unterminated comment", ["text"]),
        ("</p></div>stray ends<p>x", ["stray ends", "x"]),
        ("<p a=b=c d='x>y'>attr soup</p>", ["attr soup"]),
    ],
)
def test_broken_markup_keeps_text(page: str, expected: list[str]) -> None:
    assert [b.text for b in html_to_page(page).blocks] == expected


def test_script_only_page_has_no_blocks() -> None:
    assert html_to_page("<script>document.write('<p>hi</p>')</script>").blocks == ()


@pytest.mark.parametrize(
    "page", ["", b"", "   \n", b"\xef\xbb\xbf", "<!-- only a comment -->", "<html></html>"]
)
def test_empty_pages(page: str | bytes) -> None:
    result = html_to_page(page)
    assert result.blocks == ()
    assert result.meta.title is None


def test_parse_empty_gives_html_body() -> None:
    root = parse_html("", max_bytes=10, max_depth=10)
    assert root.tag == "html"
    assert root.find("body") is not None


def test_max_bytes() -> None:
    with pytest.raises(LimitExceededError) as info:
        html_to_page(b"<p>" + b"x" * 100, max_bytes=50)
    assert info.value.limit == "max_bytes"
    with pytest.raises(LimitExceededError):
        parse_html("é" * 40, max_bytes=50)  # 80 UTF-8 bytes


def test_parse_rejects_bytes() -> None:
    with pytest.raises(InvalidInputError):
        parse_html(b"<p>x</p>")  # type: ignore[arg-type]


def test_max_depth_flattens_instead_of_raising() -> None:
    page = deep_divs(300)
    root = parse_html(page, max_depth=50)
    depth = max(len(list(el.iterancestors())) for el in root.iter())
    assert depth <= 50
    assert words(kept_text(page, max_depth=50)) == ["deep", "text", "END", "of", "page"]


def test_depth_under_lxml_limit_is_untouched() -> None:
    page = deep_divs(LXML_MAX_DEPTH // 2)
    root = parse_html(page)
    assert max(len(list(el.iterancestors())) for el in root.iter()) > LXML_MAX_DEPTH // 2


def test_flatten_keeps_text_and_boundaries() -> None:
    markup = "<div><div><p>a <b>b</b></p><script>if (a<b) x()</script><br/>c</div></div>"
    flat = flatten_markup(markup, 1)
    assert flat.startswith("<div>")
    assert "<script>if (a<b) x()</script>" in flat
    assert re.sub(r"<[^>]+>", "", flat.replace("<script>if (a<b) x()</script>", "")) == "a bc"


def test_strip_markup_is_flat() -> None:
    assert strip_markup("<div><b>a</b><p>b<style>p{}</style><br>c") == "<br>a<br>b<br>c"
