"""Hard-wrapped lines the reflow left apart: a line cut by the wrap is a paragraph's piece."""

from __future__ import annotations

import newsclean
from newsclean.hardwrap import cut_by_wrap, page_width
from newsclean.labels import Label
from newsclean.lines import split_lines

WRAPPED = (
    "The council said on Monday that the repairs to the old bridge over the river\n"
    "would last well into the spring, and the ferry would run until they were done.\n"
    "done."
)


def test_a_line_cut_mid_sentence_at_the_page_width_is_cut_by_the_wrap() -> None:
    lines = split_lines(WRAPPED)
    width = page_width(lines)
    assert cut_by_wrap(lines, 0, width)


def test_a_line_ending_a_sentence_is_not() -> None:
    lines = split_lines(WRAPPED)
    assert not cut_by_wrap(lines, 1, page_width(lines))


def test_the_last_line_is_not() -> None:
    lines = split_lines(WRAPPED)
    assert not cut_by_wrap(lines, len(lines) - 1, page_width(lines))


def test_a_short_line_is_not_even_on_a_page_of_short_lines() -> None:
    lines = split_lines("the old bridge over\nthe river reopens")
    assert not cut_by_wrap(lines, 0, page_width(lines))


def test_a_line_under_which_a_capitalised_item_follows_is_not() -> None:
    lines = split_lines("June 9 - Tampa, FL, at the Amalie Arena with guests at 7\nJune 12 - Atlanta, GA")
    assert not cut_by_wrap(lines, 0, page_width(lines))


def test_a_line_shorter_than_the_page_is_not() -> None:
    text = "x " * 60 + "end.\nmore.\n\nthe council said on Monday that the repairs would\nlast into the spring."
    lines = split_lines(text)
    i = next(k for k, ln in enumerate(lines) if ln.text.startswith("the council"))
    assert not cut_by_wrap(lines, i, page_width(lines))


def test_a_line_over_a_blank_line_is_not() -> None:
    lines = split_lines("The council said on Monday that the repairs to the old bridge over the river\n\nwould last.")
    assert not cut_by_wrap(lines, 0, page_width(lines))


def test_a_script_without_capitals_goes_on_with_any_word() -> None:
    lines = split_lines("ا ا ا ا ا ا ا ااا اااا اااا اااااا؟ قالت 0 قالت قالت المسؤولون المسؤولون ا ا ا\nا ا؟ قالت")
    assert cut_by_wrap(lines, 0, page_width(lines))


def test_a_wrapped_paragraph_under_a_date_is_no_list_closing_the_article() -> None:
    # the date reads as a list's intro and the wrapped lines, short and holding digits, as its items
    text = (
        "* Home\n* News\n\nA a a a a a a a.\n\nJanuary 1, 2000\n\n"
        "ا ا ا ا ا ا ا ااا اااا اااا اااااا؟ قالت 0 قالت قالت المسؤولون المسؤولون؟ ا ا ا\n"
        "ا ا؟ قالت 0 قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت\n"
        "قالت؟\n"
    )
    article = newsclean.clean(text, format="text")
    listed = [ln for ln in article.lines if ln.reason.startswith("list that continues the article")]
    assert listed == []
    date = next(ln for ln in article.lines if ln.line.text == "January 1, 2000")
    assert date.label is not Label.BODY


def test_a_paragraph_printed_unwrapped_does_not_set_the_width() -> None:
    # a wide unwrapped paragraph stands alone between blank lines; the wrapped one under it shows the width
    text = "x " * 60 + "end.\n\nthe council said on Monday that the repairs would\nlast into the spring."
    lines = split_lines(text)
    i = next(k for k, ln in enumerate(lines) if ln.text.startswith("the council"))
    assert cut_by_wrap(lines, i, page_width(lines))
