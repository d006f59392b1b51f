"""Peak memory of ``clean()`` grows linearly with the page and stays a small multiple of it.

Measured with :mod:`tracemalloc` (Python allocations; lxml's C allocations are not traced),
after a warm-up call so lazily loaded models and caches do not count.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

import pytest

import newsclean
from tests.strategies import MENU_ITEMS

PARAS = (
    "The old bridge reopened on Monday after a repair that took two years, officials said.",
    "Traffic on the river road is expected to ease by spring, the city council said in a statement.",
    "Residents had waited for a decision on the budget since the last election, when the plan stalled.",
    "Grüße aus Berlin: Die Stadt hat am Montag beschlossen, dass die neue Brücke wieder geöffnet wird.",
    "Город заявил в понедельник, что новый мост откроется после ремонта, а движение улучшится весной.",
)


def text_page(paragraphs: int) -> str:
    """A text dump: a menu, a headline, a byline, then ``paragraphs`` paragraphs and a footer menu."""
    menu = "\n".join(f"* {item}" for item in MENU_ITEMS[:10])
    body = "\n\n".join(f"{PARAS[i % len(PARAS)]} Paragraph {i} adds its own detail." for i in range(paragraphs))
    return f"{menu}\n\nBridge Reopens After Two Years\n\nBy Jane Doe\n\nNovember 7, 2024\n\n{body}\n\n{menu}\n"


def html_page(paragraphs: int) -> str:
    """The same page as HTML."""
    nav = "".join(f'<li><a href="/{i}">{item}</a></li>' for i, item in enumerate(MENU_ITEMS[:10]))
    body = "".join(f"<p>{PARAS[i % len(PARAS)]} Paragraph {i} adds its own detail.</p>" for i in range(paragraphs))
    return (f"<!DOCTYPE html><html><head><title>Bridge Reopens</title></head><body><nav><ul>{nav}</ul></nav>"
            f"<article><h1>Bridge Reopens After Two Years</h1><p class=byline>By Jane Doe</p>{body}</article>"
            f"<footer><ul>{nav}</ul></footer></body></html>")


def peak(page: str) -> int:
    """Peak traced bytes while cleaning ``page``."""
    newsclean.clean(page)  # warm-up: lazy imports, language models, caches
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        newsclean.clean(page)
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("make", [text_page, html_page], ids=["text", "html"])
def test_peak_memory_grows_linearly(make: Callable[[int], str]) -> None:
    small, large = peak(make(100)), peak(make(400))
    assert large / small < 6, (small, large)


@pytest.mark.parametrize("make", [text_page, html_page], ids=["text", "html"])
def test_peak_memory_is_a_small_multiple_of_a_median_page(make: Callable[[int], str]) -> None:
    page = make(60)  # ~8 KB of article text: a median news page's text
    size = len(page.encode())
    used = peak(page)
    assert used < 20 * size, f"peak {used:,} bytes for a {size:,}-byte page ({used / size:.1f}x)"


def test_peak_measure_sees_allocations() -> None:
    # guards the measure: a page's peak is at least the size of the Article it returns
    page = text_page(60)
    assert peak(page) > len(newsclean.clean(page).body)
