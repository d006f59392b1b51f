"""Columns: a page read in side-by-side columns keeps a body made of whole source lines."""

from __future__ import annotations

import textwrap

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
SIDEBAR = ["Most read", "Council approves budget", "for school repairs", "", "Library opens on Sundays"]


def _page() -> list[str]:
    """A headline, a paragraph wrapped at 44 columns beside a sidebar, the sidebar alone, prose at full width."""
    left = textwrap.wrap(LEFT, 44)
    head = ["  • Home", "  • News", "", "Households asked to cut their water use", "", "By Ann Lee", ""]
    rows = [
        f"{(left[i] if i < len(left) else ''):<44} {SIDEBAR[i] if i < len(SIDEBAR) else ''}".rstrip()
        for i in range(max(len(left), len(SIDEBAR)))
    ]
    rows += [" " * 45 + "Market hall gets a roof", " " * 45 + "Weather", ""]
    return [*head, *rows, *textwrap.wrap(MORE, 79)]


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


def test_a_column_page_keeps_whole_source_lines_in_its_body() -> None:
    text = "\n".join(_page())
    article = newsclean.clean(text, format="text")
    # the left column's paragraph is found: its lines are body, whole (the sidebar's words on them too)
    assert "Council approves budget" in article.body
    assert "households in the district to cut their use" in article.body
    # the sidebar's own rows are not
    assert "Market hall gets a roof" not in article.body
    # the body is the body-labelled source lines, joined per block, as on any page
    seen: dict[int, list[str]] = {}
    for ll in article.lines:
        if ll.label is Label.BODY and ll.line.text.strip():
            seen.setdefault(ll.block, []).append(ll.line.text)
    assert article.paragraphs == tuple(join_wrapped(parts) for parts in seen.values())
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
    assert out.paragraphs == ("Home Storm closes News the port.",)
    assert out.body == "Home Storm closes News the port."


def test_a_line_with_text_in_its_right_column_only_takes_that_columns_label() -> None:
    lines = (_labeled(0, "Most read", Label.BLANK, 0),)
    revised = [Revised(Label.BLANK, 1.0, "blank", "empty line"), Revised(Label.PROMO, 0.8, "promo", "teaser")]
    out = column_body(Article(lines=lines), revised, [range(1), range(1)])
    assert out.lines[0].label is Label.PROMO
    assert out.body == ""
