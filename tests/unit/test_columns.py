"""Columns: a page read in side-by-side columns labels its source lines whole and keeps the article column's text."""

from __future__ import annotations

import textwrap

import pytest

import newsclean
from newsclean.article import Article, LabeledLine
from newsclean.columns import body_sources, column_body
from newsclean.labels import Label
from newsclean.lines import Line
from newsclean.pipeline import Revised
from newsclean.reflow import detect_wrap_width, find_columns, join_wrapped, reflow_columns

LEFT = (
    "The regional water authority has asked households in the district to cut their use by a fifth "
    "after the driest spring on record left its two main reservoirs at less than half their usual level."
)
MORE = (
    "Officials said the restrictions would stay in place until the end of the summer, and that farms "
    "drawing water from the river would be asked to keep to the hours agreed with the authority last year. "
    "A hosepipe ban has not been ruled out if the coming weeks stay dry."
)
# the column's text: long enough to stand beside the sidebar on four rows at 132 columns
COLUMN = LEFT + (
    " Its engineers have begun to draw on a third reservoir, held in reserve since the drought of 1976, "
    "and said the pipes that link it to the treatment works had been tested in the spring."
)
AFTER = (
    "Farmers' groups said they had already cut the water they draw by a third since March, and asked the "
    "authority to say how long the reservoirs would take to fill again once the autumn rain returned. The "
    "authority said it would publish its figures every week until the restrictions were lifted."
)
SIDEBAR = ["Most read", "Council approves budget", "for school repairs", "", "Library opens on Sundays"]


def _page(width: int = 80) -> list[str]:
    """A headline, a paragraph wrapped beside a sidebar, the sidebar alone, prose at the full ``width``."""
    gutter = width // 2  # 40 at 80 columns
    left = textwrap.wrap(COLUMN, gutter)
    head = ["  • Home", "  • News", "", "Households asked to cut their water use", "", "By Ann Lee", ""]
    rows = [
        f"{(left[i] if i < len(left) else ''):<{gutter}} {SIDEBAR[i] if i < len(SIDEBAR) else ''}".rstrip()
        for i in range(max(len(left), len(SIDEBAR)))
    ]
    rows += [" " * (gutter + 1) + "Market hall gets a roof", " " * (gutter + 1) + "Weather", ""]
    # a wide page needs more full-width prose before its wrap width shows
    after = ["", *textwrap.wrap(AFTER, width - 1)] if width > 80 else []
    return [*head, *rows, *textwrap.wrap(MORE, width - 1), *after]


def test_right_column_rows_come_with_the_source_lines_they_were_read_from() -> None:
    raws = _page()
    width = detect_wrap_width(raws)
    assert width is not None
    rows, sources = reflow_columns(raws, width)
    assert sources is not None
    assert len(sources) == len(rows)
    # every row with an empty span is a right-hand column's: its text sits on the lines it names
    for (text, start, end), src in zip(rows, sources, strict=True):
        if start == end and text.strip():
            assert all(piece in " ".join(raws[k] for k in src) for piece in text.split())
    covered = [i for _, start, end in rows for i in range(start, end)]
    assert covered == list(range(len(raws)))


def test_a_page_without_columns_has_no_sources() -> None:
    raws = textwrap.wrap(LEFT * 3, 79)
    assert reflow_columns(raws, 79)[1] is None


def test_a_width_the_flowing_lines_do_not_show_reads_no_columns() -> None:
    # a width set by a table's wide rows (cells apart by wide gaps) is not the wrap of the prose
    raws = _page()
    width = detect_wrap_width(raws)
    assert width is not None
    wider = width + 20
    assert find_columns(raws, wider)
    assert reflow_columns(raws, wider)[1] is None


def test_a_column_pages_body_is_the_article_column_without_the_sidebar_beside_it() -> None:
    text = "\n".join(_page())
    article = newsclean.clean(text, format="text")
    # the left column's paragraph is found whole, as the column reads
    assert join_wrapped(textwrap.wrap(COLUMN, 40)) in article.paragraphs
    # the sidebar's items on the rows the paragraph shares are not in the body, nor its own rows
    assert "Council approves budget" not in article.body
    assert "Most read" not in article.body
    assert "Market hall gets a roof" not in article.body
    # but the source lines the paragraph sits on are labelled body, whole
    shared = [ll for ll in article.lines if "Council approves budget" in ll.line.text]
    assert [ll.label for ll in shared] == [Label.BODY]
    # no source line with text is labelled blank
    assert all(ll.label is not Label.BLANK for ll in article.lines if ll.line.text.strip())


def test_reading_rows_across_loses_the_left_column_paragraph() -> None:
    text = "\n".join(_page())
    across = newsclean.clean(text, format="text", config=newsclean.CleanConfig(columns=False))
    read = newsclean.clean(text, format="text")
    assert len(read.body) > len(across.body)


def _labeled(k: int, text: str, label: Label, block: int) -> LabeledLine:
    return LabeledLine(Line(index=k, text=text, start=k, end=k + 1), label, 0.5, "x", "why", block)


def test_body_sources_are_the_lines_of_body_rows() -> None:
    body = Revised(Label.BODY, 0.9, "body", "prose")
    nav = Revised(Label.NAVIGATION, 0.9, "navigation", "menu")
    assert body_sources([nav, body, nav], [range(2), range(1, 3), range(3, 3)]) == {1, 2}
    assert body_sources([nav], [range(4)]) == frozenset()


def test_a_line_whose_right_column_is_body_becomes_body() -> None:
    # row 0: left column (nav) on lines 0-1; row 1: blank; row 2: right column (body) read from lines 0-1
    lines = (_labeled(0, "Home Storm closes", Label.NAVIGATION, 0), _labeled(1, "News the port.", Label.NAVIGATION, 0))
    revised = [
        Revised(Label.NAVIGATION, 0.9, "navigation", "menu"),
        Revised(Label.BODY, 0.9, "body", "prose"),
    ]
    article = Article(body="Storm closes the port.", paragraphs=("Storm closes the port.",), lines=lines)
    out = column_body(article, revised, [range(2), range(2)])
    assert [ll.label for ll in out.lines] == [Label.BODY, Label.BODY]
    # the body stays the column's text, without the menu beside it
    assert out.paragraphs == ("Storm closes the port.",)
    assert out.body == "Storm closes the port."


def test_a_line_with_text_in_its_right_column_only_takes_that_columns_label() -> None:
    lines = (_labeled(0, "Most read", Label.BLANK, 0),)
    revised = [Revised(Label.BLANK, 1.0, "blank", "empty line"), Revised(Label.PROMO, 0.8, "promo", "teaser")]
    out = column_body(Article(lines=lines), revised, [range(1), range(1)])
    assert out.lines[0].label is Label.PROMO
    assert out.body == ""


@pytest.mark.parametrize("width", [72, 80, 100, 132])
def test_the_sidebar_beside_the_article_stays_out_of_the_body_at_any_wrap_width(width: int) -> None:
    raws = _page(width)
    article = newsclean.clean("\n".join(raws), format="text")
    assert join_wrapped(textwrap.wrap(COLUMN, width // 2)) in article.paragraphs
    assert "Council approves budget" not in article.body
    assert "Library opens on Sundays" not in article.body
