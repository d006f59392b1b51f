"""Layout tables of layout-preserving dumps: read column by column (newsclean.layout)."""

from __future__ import annotations

from newsclean import CleanConfig, clean
from newsclean.layout import (
    MIN_LAYOUT_COLUMN,
    MIN_PROSE_COLUMN,
    column_ranges,
    padded_blocks,
    read_columns,
    split_columns,
)

ARTICLE = [
    "The council met on Monday and agreed that the old bridge would reopen to traffic in the spring.",
    "Repairs to the deck and the railings were finished last week, ahead of the schedule set in May.",
    "Officials said the cost of the work had stayed within the budget the council approved last year.",
]
SIDEBAR = ["Latest news", "Storm closes the port", "Schools reopen after the holiday", "Museum opens new wing"]


def _table(left: list[str], right: list[str], left_width: int = 100, right_width: int = 40) -> list[str]:
    """A two-column table as inscriptis prints it: every cell padded, every line the same length."""
    rows = max(len(left), len(right))
    lefts = [*left, *[""] * (rows - len(left))]
    rights = [*right, *[""] * (rows - len(right))]
    return [f"  {a:<{left_width}}  {b:<{right_width}}" for a, b in zip(lefts, rights, strict=True)]


def test_a_padded_run_is_a_block_and_ragged_lines_are_not() -> None:
    raws = ["Menu", *_table(ARTICLE, SIDEBAR), "Footer line"]
    assert padded_blocks(raws) == [(1, 4)]
    assert padded_blocks([a.rstrip() for a in raws]) == []


def test_equal_lines_without_padding_are_no_block() -> None:
    assert padded_blocks(["x" * 50] * 4) == []


def test_the_gutter_splits_the_columns() -> None:
    ranges = column_ranges(_table(ARTICLE, SIDEBAR))
    assert len(ranges) == 2
    assert ranges[1][0] == 2 + 100 + 2


def test_a_one_space_gap_is_no_gutter() -> None:
    assert column_ranges(["aaaa bbbb  ", "cccc dddd  ", "ee   ff    "]) == [(0, 11)]


def test_layout_columns_are_read_one_after_the_other() -> None:
    raws = ["Top", *_table(ARTICLE, SIDEBAR), "End"]
    rows = split_columns(raws)
    texts = [text.strip() for text, _, _ in rows]
    assert texts[1:4] == ARTICLE
    assert [t for t in texts[5:] if t][:4] == SIDEBAR
    assert texts[-1] == "End"
    # the article keeps its source lines; the sidebar follows with an empty span at the table's end
    assert [(s, e) for _, s, e in rows[1:5]] == [(1, 2), (2, 3), (3, 4), (4, 5)]
    assert all(s == e == 5 for _, s, e in rows[5:-1])
    assert rows[-1][1:] == (5, 6)


def test_every_cell_is_a_substring_of_its_source_line() -> None:
    raws = _table(ARTICLE, SIDEBAR)
    for text, start, end in split_columns(raws):
        if text.strip():
            assert any(text.strip() in raw for raw in raws[start : max(end, start + 1)] + raws)


def test_a_data_table_is_read_row_by_row() -> None:
    # narrow cells (a position, a number): a data table, printed as it stands
    narrow = MIN_LAYOUT_COLUMN - 2
    raws = [f"  {'LB':<{narrow}}  {'74':<{narrow}}  {s:<{MIN_PROSE_COLUMN + 5}}" for s in ARTICLE]
    assert split_columns(raws) == [(raw, i, i + 1) for i, raw in enumerate(raws)]


def test_narrow_columns_only_are_read_row_by_row() -> None:
    raws = _table(SIDEBAR, SIDEBAR, left_width=MIN_PROSE_COLUMN - 20, right_width=MIN_PROSE_COLUMN - 20)
    assert split_columns(raws) == [(raw, i, i + 1) for i, raw in enumerate(raws)]


def test_a_page_without_tables_is_unchanged() -> None:
    raws = ["Headline", "", *ARTICLE]
    assert split_columns(raws) == [(raw, i, i + 1) for i, raw in enumerate(raws)]


def test_clean_keeps_the_article_column_and_labels_whole_source_lines() -> None:
    page = "\n".join(["Home  News  Sport", "", *_table(ARTICLE, SIDEBAR)])
    article = clean(page)
    assert len(article.lines) == len(page.splitlines())
    for paragraph in ARTICLE:
        assert paragraph in article.body
    # the body is the article column's text (newsclean.columns): the sidebar's text on the
    # article's rows stays out, as does the sidebar's own row below the article
    for teaser in SIDEBAR:
        assert teaser not in article.body
    # the source lines are labelled whole
    source = page.splitlines()
    for ll in article.lines:
        if ll.label.value == "body":
            assert ll.line.text == " ".join(source[ll.line.start].split())


def test_the_column_reader_gives_each_row_its_source_lines() -> None:
    page = "\n".join(["Home  News  Sport", "", *_table(ARTICLE, SIDEBAR)])
    assert len(clean(page, config=CleanConfig(columns=False)).lines) == len(page.splitlines())
    rows, sources = read_columns(page.splitlines())
    assert sources is not None
    assert len(sources) == len(rows)
    assert read_columns(["Headline", "", *ARTICLE])[1] is None


def test_a_one_space_gutter_counts_when_cells_start_there() -> None:
    # the left column's widest line runs up to the one space between the cells
    left = ["Bridge reopens", "By Jane Doe", "May 2, 2024", *ARTICLE]
    width = max(map(len, left))
    raws = [f"{a:<{width}} {b:<40}" for a, b in zip(left, [*SIDEBAR, "", ""], strict=True)]
    assert column_ranges(raws) == [(0, width), (width + 1, width + 41)]
    assert [text.strip() for text, _, _ in split_columns(raws) if text.strip()] == [*left, *SIDEBAR]


def test_a_lone_space_down_a_few_prose_lines_is_no_gutter() -> None:
    raws = [f"{s:<100}" for s in ("The bridge is open again", "Its deck is new and wide", "All of it was paid for")]
    assert column_ranges(raws) == [(0, 100)]
